// 决算: the final accounts of the organisation selected in the tree, for a year — entry forms per
// table (amounts typed in 元 or 万元, stored in 元), XLSX template / import / export, the balance
// checks of every save with their places highlighted and explained, submission, the generated
// 决算情况说明 with its charts, and for a department the consolidation of its units.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  Alert,
  Badge,
  Button,
  Card,
  Empty,
  Modal,
  Segmented,
  Select,
  Space,
  Spin,
  Switch,
  Tabs,
  Tag,
  Tooltip,
  Upload,
} from 'antd';
import {
  CloudUploadOutlined,
  DownloadOutlined,
  ExportOutlined,
  SaveOutlined,
  SendOutlined,
  RollbackOutlined,
} from '@ant-design/icons';
import {
  ACCOUNTS_LAYOUT,
  layoutFields,
  needsExplanation,
  recomputeTotals,
  type Explanation,
  type FinalAccounts,
} from '../../../../src/domain/accounts/index.ts';
import { api, ApiError } from '../../shared/api/client';
import { useOrgs } from '../../shared/orgs/OrgContext';
import { useSession } from '../../shared/session/SessionContext';
import { useNotify } from '../../shared/ui/useNotify';
import { accountsApi, type AccountsDto, type Catalog, type Violation } from './api';
import type { EntryUnit } from './amount';
import { ConsolidationView } from './ConsolidationView';
import { DocumentButtons, downloadUrl } from './DocumentButtons';
import { ExplanationView } from './ExplanationView';
import { SheetForm, fieldId } from './SheetForm';
import { ViolationList } from './ViolationList';
import { ImportPreviewView } from './ImportPreviewView';
import { ProjectsFromGoals } from './ProjectsFromGoals';
import { settingsApi, type AccountsSettings, type ImportPreview } from './settings-api';
import { accountsTexts as T } from './texts';
import { WorkflowPanel } from '../workflow/WorkflowPanel';
import type { WorkflowView } from '../workflow/api';
import './accounts.css';

const cellKeyOf = (v: Violation) => `${v.location.table}/${v.location.row}/${v.location.column}`;
const FIELD_BY_CELL = new Map(
  layoutFields()
    .filter((f) => f.field.cell)
    .map((f) => [f.field.cell!, f]),
);

/** The sheet and input id where a violation's cell is entered. */
function locate(v: Violation): { sheet: string; id: string } {
  const known = FIELD_BY_CELL.get(cellKeyOf(v));
  if (known) return { sheet: known.sheet.id, id: fieldId('', known.field.path) };
  if (v.location.table === 'general')
    return { sheet: 'general', id: `f-general-${v.location.row}-${v.location.column}` };
  if (v.location.table === 'basic') return { sheet: 'basic', id: `f-basic-${v.location.row}` };
  return { sheet: v.location.table, id: '' };
}

export function AccountsPage() {
  const { currentOrg, orgs, setCurrentOrgId } = useOrgs();
  const { can } = useSession();
  const notify = useNotify();
  const [params, setParams] = useSearchParams();
  // Opened for a given organisation (a 决算 from the 审核 inbox: ?org=…&year=…): that organisation becomes
  // the current one, as if picked in the tree, when it is in the user's reach (nothing is loaded until
  // then); the address keeps the year.
  const orgParam = params.get('org');
  useEffect(() => {
    if (!orgParam || orgs.length === 0) return;
    if (orgs.some((o) => o.id === orgParam) && orgParam !== currentOrg?.id) setCurrentOrgId(orgParam);
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.delete('org');
        return next;
      },
      { replace: true },
    );
  }, [orgParam, orgs, currentOrg?.id, setCurrentOrgId, setParams]);
  const [years, setYears] = useState<number[]>([]);
  const orgId = orgParam ? null : (currentOrg?.id ?? null);
  const [settings, setSettings] = useState<AccountsSettings | null>(null);
  const [hideZero, setHideZero] = useState(false);
  const [preview, setPreview] = useState<{ file: File; result: ImportPreview } | null>(null);
  // Opens on the latest year with saved accounts (its own or, for a department, its units'), else the
  // latest fiscal year; nothing is loaded until the organisation's settings say which years have data.
  const [settingsOrg, setSettingsOrg] = useState<string | null>(null);
  const yearKnown = Number(params.get('year')) > 0 || (orgId !== null && settingsOrg === orgId);
  const year =
    Number(params.get('year')) ||
    settings?.yearsWithData[0] ||
    Math.max(0, ...years) ||
    new Date().getFullYear() - 1;

  const [dto, setDto] = useState<AccountsDto | null>(null);
  const [draft, setDraft] = useState<FinalAccounts | null>(null);
  const [explanations, setExplanations] = useState<Record<string, string>>({});
  const [dirty, setDirty] = useState(false);
  const [loading, setLoading] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [unit, setUnit] = useState<EntryUnit>('元');
  const [tab, setTab] = useState('entry');
  const [sheet, setSheet] = useState('summary');
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [explanation, setExplanation] = useState<Explanation | null>(null);
  const [importProblems, setImportProblems] = useState<string[]>([]);
  // The review workflow of the saved accounts (null until its panel has loaded).
  const [review, setReview] = useState<WorkflowView | null>(null);
  const [reloadTick, setReloadTick] = useState(0);

  useEffect(() => {
    api
      .get<{ items: { year: number }[] }>('/api/fiscal-years')
      .then(({ items }) => setYears(items.map((y) => y.year)))
      .catch(() => setYears([]));
  }, []);
  useEffect(() => {
    accountsApi.catalog(year).then(setCatalog).catch(notify.error);
  }, [year, notify]);
  useEffect(() => {
    if (!orgId) return;
    const controller = new AbortController();
    settingsApi
      .get(orgId, controller.signal)
      .then((next) => {
        setSettings(next);
        setSettingsOrg(orgId);
      })
      .catch(() => {
        if (controller.signal.aborted) return;
        setSettings(null);
        setSettingsOrg(orgId);
      });
    return () => controller.abort();
  }, [orgId]);

  const adopt = useCallback((d: AccountsDto) => {
    setDto(d);
    setDraft(d.data);
    setExplanations(
      Object.fromEntries(d.violations.filter((v) => v.explanation).map((v) => [v.key, v.explanation!])),
    );
    setDirty(false);
    setExplanation(null);
  }, []);

  useEffect(() => {
    if (!orgId || !yearKnown) return;
    const controller = new AbortController();
    setLoading(true);
    accountsApi
      .get(orgId, year, controller.signal)
      .then(adopt)
      .catch((err: unknown) => {
        if (!controller.signal.aborted) notify.error(err);
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [orgId, year, yearKnown, notify, adopt, reloadTick]);

  useEffect(() => {
    if (tab !== 'explanation' || !orgId || !dto?.exists || explanation) return;
    const controller = new AbortController();
    accountsApi
      .explanation(orgId, year, controller.signal)
      .then(setExplanation)
      .catch((err: unknown) => {
        if (!controller.signal.aborted) notify.error(err);
      });
    return () => controller.abort();
  }, [tab, orgId, year, dto, explanation, notify]);

  const violations = useMemo(() => dto?.violations ?? [], [dto]);
  const flagged = useMemo(() => new Set(violations.map(cellKeyOf)), [violations]);
  const perSheet = useMemo(() => {
    const m = new Map<string, number>();
    for (const v of violations) m.set(locate(v).sheet, (m.get(locate(v).sheet) ?? 0) + 1);
    return m;
  }, [violations]);
  // 科目表 warnings and rounding notes need no reason (needsExplanation): they never block submission.
  const unexplained = violations.filter((v) => needsExplanation(v) && !explanations[v.key]?.trim()).length;
  const canEdit = can('work.edit');
  // Under a review chain the workflow's submission is the accounts' (its panel submits and withdraws).
  const reviewOf = review && dto?.id && review.id === dto.id ? review : null;
  const underReview = reviewOf !== null && (reviewOf.chain !== null || reviewOf.status !== 'draft');
  const lockedByReview = reviewOf !== null && reviewOf.editScope.mode === 'none';
  const locked = dto?.status === 'submitted' || lockedByReview;
  const readOnly = !canEdit || locked;

  const focusLater = (id: string) => {
    window.setTimeout(() => {
      const el = document.getElementById(id);
      if (el) {
        el.scrollIntoView({ block: 'center' });
        el.focus();
      }
    }, 80);
  };
  const goTo = (v: Violation) => {
    const at = locate(v);
    setTab('entry');
    setSheet(at.sheet);
    if (at.id) focusLater(at.id);
  };
  const goToMissing = (field: string) => () => {
    setTab('entry');
    if (field.startsWith('reason:')) {
      setSheet('general');
      focusLater(`f-general-${field.slice(7)}-reason`);
    } else {
      setSheet('texts');
      focusLater(fieldId('', `texts.${field}`));
    }
  };

  if (!orgId) return <Empty />;

  const run = async (what: string, fn: () => Promise<void>) => {
    setBusy(what);
    try {
      await fn();
    } catch (err) {
      notify.error(err);
    } finally {
      setBusy(null);
    }
  };
  const save = () =>
    run('save', async () => {
      const next = await accountsApi.save(orgId, year, { version: dto!.version, data: draft!, explanations });
      adopt(next);
      notify.success(T.saved(next.violations.length));
    });
  const submit = () =>
    run('submit', async () => {
      adopt(await accountsApi.submit(orgId, year, dto!.version));
      notify.success(T.submitted);
    });
  const withdraw = () =>
    run('withdraw', async () => {
      adopt(await accountsApi.withdraw(orgId, year, dto!.version));
      notify.success(T.withdrawn);
    });
  const chooseTemplate = (templateId: string) =>
    run('settings', async () => {
      const next = await settingsApi.save(orgId, { version: settings?.version ?? 0, templateId });
      setSettings(next);
      notify.success(T.templateChosen(next.templates.find((t) => t.id === templateId)?.name ?? templateId));
    });
  // The import reads the file first (preview): problems per cell are shown and nothing is saved; a clean
  // file is imported at once, and the notes and 审核公式 results of the preview stay on the page.
  const importFile = (file: File) => {
    setImportProblems([]);
    void run('import', async () => {
      // The file itself is sent (no Base64): the server reads it in a parsing worker.
      const result = await settingsApi.preview(orgId, year, file);
      if (!result.ok || result.problems.length) {
        setPreview({ file, result });
        return;
      }
      setPreview(result.warnings.length || result.violations.length ? { file, result } : null);
      try {
        const next = await accountsApi.importXlsx(orgId, year, dto!.version, file);
        adopt(next);
        notify.success(T.imported(file.name));
      } catch (err) {
        if (err instanceof ApiError && err.status === 400) setImportProblems([err.message]);
        throw err;
      }
    });
    return false;
  };

  const statusTag = !dto ? null : !dto.exists ? (
    <Tag>{T.statusNew}</Tag>
  ) : locked ? (
    <Tag color="green">{T.statusSubmitted}</Tag>
  ) : (
    <Tag color="blue">{T.statusDraft}</Tag>
  );

  const entry = draft && (
    <Tabs
      tabPlacement="start"
      activeKey={sheet}
      onChange={setSheet}
      className="jx-acc-sheets"
      items={ACCOUNTS_LAYOUT.map((s) => ({
        key: s.id,
        label: (
          <span data-testid={`sheet-tab-${s.id}`}>
            {s.name}
            {perSheet.get(s.id) ? (
              <Badge count={perSheet.get(s.id)} size="small" style={{ marginLeft: 6 }} />
            ) : null}
          </span>
        ),
        children: (
          <SheetForm
            sheet={s}
            data={draft}
            unit={unit}
            readOnly={readOnly}
            flagged={flagged}
            catalog={catalog}
            projectsFromGoals={dto?.projectsFromGoals ?? []}
            projectsAction={
              dto?.exists && !readOnly ? (
                <ProjectsFromGoals orgId={orgId} year={year} unit={unit} dirty={dirty} onApplied={adopt} />
              ) : undefined
            }
            onChange={(next) => {
              // Totals (本年收入合计, 总计, 类 and 款 rows …) follow what is typed; they are read-only.
              setDraft(recomputeTotals(next));
              setDirty(true);
            }}
          />
        ),
      }))}
    />
  );

  const tabs = [
    { key: 'entry', label: currentOrg?.kind === 'unit' ? T.tabEntry : T.tabEntryOwn, children: entry },
    {
      key: 'checks',
      label: (
        <span data-testid="checks-tab">
          {T.tabChecks}{' '}
          {violations.length ? (
            <Badge count={violations.length} />
          ) : dto?.exists ? (
            <Tag color="green">✓</Tag>
          ) : null}
        </span>
      ),
      children: (
        <ViolationList
          violations={violations}
          explanations={explanations}
          editable={!readOnly}
          onLocate={goTo}
          onExplain={(key, text) => {
            setExplanations({ ...explanations, [key]: text });
            setDirty(true);
          }}
        />
      ),
    },
    {
      key: 'explanation',
      label: T.tabExplanation,
      children: !dto?.exists ? (
        <Empty description={T.notSavedYet} />
      ) : explanation ? (
        <>
          <DocumentButtons
            orgId={orgId}
            year={year}
            source="own"
            blocked={dto.unexplained > 0 ? T.downloadBlocked(dto.unexplained) : undefined}
          />
          <ExplanationView explanation={explanation} target={goToMissing} unexplained={dto.unexplained} />
        </>
      ) : (
        <Spin />
      ),
    },
    ...(currentOrg?.kind !== 'unit'
      ? [
          {
            key: 'consolidation',
            label: T.tabConsolidation,
            children: (
              <ConsolidationView orgId={orgId} year={year} unit={unit} canEdit={canEdit} catalog={catalog} />
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title={
        <Space>
          {T.pageTitle(currentOrg?.name ?? '', year)}
          {statusTag}
          {dirty && <Tag color="orange">{T.unsaved}</Tag>}
        </Space>
      }
    >
      <div className="jx-acc-toolbar">
        <Space wrap>
          <Select
            aria-label={T.year}
            value={year}
            style={{ width: 110 }}
            options={(years.length ? years : [year]).map((y) => ({ value: y, label: `${y}年` }))}
            onChange={(y) => setParams({ year: String(y) })}
          />
          {settings && (
            <Tooltip title={T.templateHint}>
              <Select
                aria-label={T.templateLabel}
                data-testid="template-select"
                style={{ width: 190 }}
                placeholder={T.templateDefault}
                value={settings.templateId ?? undefined}
                disabled={!canEdit || busy === 'settings'}
                options={settings.templates.map((t) => ({ value: t.id, label: t.name }))}
                onChange={(id: string) => void chooseTemplate(id)}
              />
            </Tooltip>
          )}
          <Space size={4}>
            <Switch size="small" checked={hideZero} onChange={setHideZero} data-testid="zero-switch" />
            <span>{T.hideZero}</span>
          </Space>
          <Segmented<EntryUnit>
            aria-label={T.unit}
            options={['元', '万元']}
            value={unit}
            onChange={setUnit}
            data-testid="unit-switch"
          />
          <Button
            icon={<DownloadOutlined />}
            onClick={() => downloadUrl(accountsApi.templateUrl(orgId, year))}
            data-testid="download-template"
          >
            {T.template}
          </Button>
          {canEdit && (
            <Upload accept=".xlsx" showUploadList={false} beforeUpload={importFile} disabled={readOnly}>
              <Button
                icon={<CloudUploadOutlined />}
                loading={busy === 'import'}
                disabled={readOnly}
                data-testid="import-xlsx"
              >
                {T.importXlsx}
              </Button>
            </Upload>
          )}
          <Button
            icon={<ExportOutlined />}
            disabled={!dto?.exists}
            onClick={() => downloadUrl(accountsApi.exportUrl(orgId, year))}
          >
            {T.export}
          </Button>
          {canEdit && !locked && (
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={busy === 'save'}
              onClick={() => void save()}
              data-testid="save-accounts"
            >
              {T.save}
            </Button>
          )}
          {canEdit && !locked && !underReview && (
            <Tooltip title={unexplained ? T.unexplained(unexplained) : dirty ? T.unsaved : undefined}>
              <Button
                icon={<SendOutlined />}
                loading={busy === 'submit'}
                disabled={!dto?.exists || dirty || unexplained > 0}
                onClick={() => void submit()}
                data-testid="submit-accounts"
              >
                {T.submit}
              </Button>
            </Tooltip>
          )}
          {canEdit && locked && !underReview && (
            <Button icon={<RollbackOutlined />} loading={busy === 'withdraw'} onClick={() => void withdraw()}>
              {T.withdraw}
            </Button>
          )}
        </Space>
      </div>
      {loading || !dto ? (
        <Spin />
      ) : (
        <>
          {preview && (
            <Modal
              open
              width={860}
              title={T.previewTitle(preview.file.name)}
              footer={null}
              onCancel={() => setPreview(null)}
            >
              <ImportPreviewView preview={preview.result} />
            </Modal>
          )}
          {importProblems.map((p) => (
            <Alert
              key={p}
              type="error"
              showIcon
              closable
              title={p}
              style={{ marginBottom: 12 }}
              data-testid="import-error"
              onClose={() => setImportProblems([])}
            />
          ))}
          {locked && (
            <Alert
              type="info"
              showIcon
              title={lockedByReview ? T.lockedByReview(reviewOf.statusLabel) : T.lockedHint}
              style={{ marginBottom: 12 }}
              data-testid="accounts-locked"
            />
          )}
          {!canEdit && <Alert type="info" showIcon title={T.readOnlyHint} style={{ marginBottom: 12 }} />}
          {violations.length > 0 && tab === 'entry' && (
            <Alert
              type="error"
              showIcon
              data-testid="violations-banner"
              title={`平衡校验发现 ${violations.length} 处问题（已在表中标红），${unexplained ? `其中 ${unexplained} 处未说明原因` : '均已说明原因'}`}
              action={
                <Button size="small" onClick={() => setTab('checks')}>
                  {T.tabChecks}
                </Button>
              }
              style={{ marginBottom: 12 }}
            />
          )}
          <div className={hideZero ? 'jx-hide-zero' : undefined}>
            <Tabs activeKey={tab} onChange={setTab} items={tabs} />
          </div>
          {dto.id ? (
            <WorkflowPanel
              documentId={dto.id}
              onChanged={() => setReloadTick((n) => n + 1)}
              refreshKey={dto.version}
              onView={setReview}
            />
          ) : null}
        </>
      )}
    </Card>
  );
}
