// One evaluation: the score sheet (per indicator the rule text, weight, computed score with its
// explanation, the evaluator's score, 评分说明, 存在问题, 有关建议), the running total, base score and
// grade computed live by the domain's evaluate() in the browser; the evaluator panel with each
// evaluator's score and the average; for clerks, the facts the rules score from; and the texts of the
// 自评报告 (ReportCard).
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Input,
  Select,
  Space,
  Spin,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import {
  ArrowLeftOutlined,
  CheckOutlined,
  EditOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  SaveOutlined,
} from '@ant-design/icons';
import { ApiError, newIdempotencyKey } from '../../shared/api/client';
import { useSession } from '../../shared/session/SessionContext';
import { useNotify } from '../../shared/ui/useNotify';
import { leaves, RULE_KIND_NAMES } from '../../../../src/domain/indicators/index.ts';
import { fixed } from '../../../../src/domain/money/index.ts';
import { evaluate, type IndicatorInput } from '../../../../src/domain/scoring/index.ts';
import { spans } from '../goals/merge';
import { evaluationsApi, type Evaluation, type SheetEntry } from './api';
import { InputsEditor } from './InputsEditor';
import { ReportCard } from './ReportCard';
import { evaluationsTexts as T } from './texts';
import { WorkflowPanel } from '../workflow/WorkflowPanel';

type Row = {
  id: string;
  l1: string;
  l2: string;
  l3: string;
  weight: string;
  ruleText: string;
  manual: boolean;
};

const DOCS = [
  { kind: 'project-sheet', label: T.docProjectSheet },
  { kind: 'score-table', label: T.docScoreTable },
  { kind: 'panel-sheet', label: T.docPanel },
  { kind: 'self-evaluation-report', label: T.docReport },
] as const;
const docUrl = (id: string, kind: string, format: 'docx' | 'pdf') =>
  `/api/evaluations/${encodeURIComponent(id)}/document?kind=${kind}&format=${format}`;

const gradeColor = (g: string) =>
  g === '优' ? 'green' : g === '良' ? 'blue' : g === '中' ? 'orange' : 'red';

export function EvaluationPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const notify = useNotify();
  const { can } = useSession();
  const [ev, setEv] = useState<Evaluation | null>(null);
  const [sheetId, setSheetId] = useState<string | null>(null);
  const [entries, setEntries] = useState<Record<string, SheetEntry>>({});
  const [inputs, setInputs] = useState<Record<string, IndicatorInput>>({});
  const [busy, setBusy] = useState(false);
  const [reloadTick, setReloadTick] = useState(0);

  const accept = useCallback((e: Evaluation, keepSheet?: string | null) => {
    setEv(e);
    setInputs(e.inputs);
    const chosen =
      e.sheets.find((s) => s.id === keepSheet) ??
      e.sheets.find((s) => s.mine) ??
      e.sheets.find((s) => s.submitted) ??
      null;
    setSheetId(chosen?.id ?? null);
    setEntries(chosen?.entries ?? {});
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    evaluationsApi
      .get(id, controller.signal)
      .then((e) => accept(e))
      .catch((err: unknown) => {
        if (!controller.signal.aborted) notify.error(err);
      });
    return () => controller.abort();
  }, [id, reloadTick, accept, notify]);

  const sheet = ev?.sheets.find((s) => s.id === sheetId) ?? null;
  const editing = !!sheet && sheet.mine && !sheet.submitted && can('work.score');

  const rows: Row[] = useMemo(() => {
    if (!ev) return [];
    return leaves(ev.template).map(({ node, path }) => ({
      id: node.id,
      l1: path[0]?.name ?? '',
      l2: path.length > 2 ? path[1]!.name : '',
      l3: path.length > 1 ? node.name : '',
      weight: node.weight,
      ruleText: node.ruleText ?? RULE_KIND_NAMES[(node.rule ?? { kind: 'manual' }).kind],
      manual: (node.rule ?? { kind: 'manual' }).kind === 'manual',
    }));
  }, [ev]);

  // The live computation: the same evaluate() the server runs, on what is on screen now.
  const live = useMemo(() => {
    if (!ev) return null;
    const totalOnly = sheet && Object.keys(sheet.entries).length === 0 && sheet.total !== null && !editing;
    const s = totalOnly
      ? { evaluator: { name: sheet.evaluatorName }, total: sheet.total! }
      : { evaluator: { name: sheet?.evaluatorName ?? '系统计算' }, scores: entries };
    try {
      return evaluate({ template: ev.template, inputs, sheets: [s] });
    } catch {
      return null;
    }
  }, [ev, inputs, entries, sheet, editing]);
  const liveSheet = live?.sheets[0] ?? null;
  const byId = new Map((liveSheet?.indicators ?? []).map((i) => [i.id, i]));

  const l1Spans = useMemo(() => spans(rows, (r) => r.l1), [rows]);
  const l2Spans = useMemo(() => spans(rows, (r) => `${r.l1}\u0000${r.l2}`), [rows]);

  const run = async (action: () => Promise<Evaluation>, done: string, keep?: string | null) => {
    setBusy(true);
    try {
      accept(await action(), keep);
      notify.success(done);
    } catch (err) {
      notify.error(err);
      if (err instanceof ApiError && err.status === 412) setReloadTick((t) => t + 1);
    } finally {
      setBusy(false);
    }
  };

  if (!ev) return <Spin style={{ display: 'block', margin: 48 }} />;

  const setEntry = (leaf: string, patch: Partial<SheetEntry>) =>
    setEntries((all) => {
      const next = { ...(all[leaf] ?? {}), ...patch };
      for (const k of Object.keys(next) as Array<keyof SheetEntry>) if (!next[k]) delete next[k];
      const out = { ...all, [leaf]: next };
      if (Object.keys(next).length === 0) delete out[leaf];
      return out;
    });

  const fillFull = () => {
    for (const r of rows)
      if (r.manual && !entries[r.id]?.score && !ev.inputs[r.id]?.notSet) setEntry(r.id, { score: r.weight });
  };

  const cellText = (r: Row, k: 'explanation' | 'problem' | 'suggestion') => {
    const value = entries[r.id]?.[k] ?? '';
    if (!editing) return value;
    const result = byId.get(r.id);
    const missing =
      k !== 'explanation' &&
      result?.findings.some((f) => f.includes(k === 'problem' ? '存在问题' : '有关建议'));
    return (
      <Input.TextArea
        autoSize={{ minRows: 1, maxRows: 3 }}
        status={missing ? 'error' : undefined}
        value={value}
        onChange={(e) => setEntry(r.id, { [k]: e.target.value })}
        data-testid={`entry-${k}-${r.id}`}
      />
    );
  };

  const columns: TableColumnsType<Row> = [
    { title: T.level1, dataIndex: 'l1', width: 100, onCell: (_r, i) => ({ rowSpan: l1Spans[i ?? 0] }) },
    { title: T.level2, dataIndex: 'l2', width: 100, onCell: (_r, i) => ({ rowSpan: l2Spans[i ?? 0] }) },
    { title: T.level3, dataIndex: 'l3', width: 130 },
    { title: T.weight, dataIndex: 'weight', width: 56, align: 'right' },
    {
      title: T.rule,
      dataIndex: 'ruleText',
      width: 170,
      render: (t: string) => <Typography.Text style={{ fontSize: 12 }}>{t}</Typography.Text>,
    },
    {
      title: T.computed,
      width: 220,
      render: (_v, r) => {
        const res = byId.get(r.id);
        if (!res) return '—';
        const score = res.score ? fixed(res.score, ev.template.rounding.places) : '—';
        return (
          <div data-testid={`computed-${r.id}`}>
            <Tag
              color={
                res.status === 'scored'
                  ? res.findings.length
                    ? 'orange'
                    : 'blue'
                  : res.status === 'not-set'
                    ? 'default'
                    : 'red'
              }
            >
              {res.status === 'not-set' ? T.notSet : score}
            </Tag>
            <div style={{ fontSize: 12, color: res.status === 'error' ? '#cf1322' : '#555' }}>
              {res.explanation}
            </div>
            {res.findings.map((f) => (
              <div key={f} style={{ fontSize: 12, color: '#d46b08' }}>
                {f}
              </div>
            ))}
          </div>
        );
      },
    },
    {
      title: T.myScore,
      width: 90,
      render: (_v, r) =>
        editing ? (
          <Input
            value={entries[r.id]?.score ?? ''}
            onChange={(e) => setEntry(r.id, { score: e.target.value.trim() })}
            data-testid={`entry-score-${r.id}`}
          />
        ) : (
          (entries[r.id]?.score ?? '')
        ),
    },
    { title: T.explanation, width: 130, render: (_v, r) => cellText(r, 'explanation') },
    { title: T.problem, width: 130, render: (_v, r) => cellText(r, 'problem') },
    { title: T.suggestion, width: 130, render: (_v, r) => cellText(r, 'suggestion') },
  ];

  const mine = ev.sheets.find((s) => s.mine);
  const visibleSheets = ev.sheets.filter((s) => s.mine || s.submitted);
  const places = ev.template.rounding.places;
  const totalOnly = sheet && Object.keys(sheet.entries).length === 0 && sheet.total !== null;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/evaluations')}>
        {T.back}
      </Button>
      <Card
        title={ev.title}
        extra={
          <Space wrap>
            {DOCS.filter((d) => d.kind !== 'project-sheet' || ev.projectId).map((d) => (
              <Space.Compact key={d.kind}>
                <Button
                  size="small"
                  icon={<FileWordOutlined />}
                  href={docUrl(ev.id, d.kind, 'docx')}
                  data-testid={`doc-${d.kind}-docx`}
                >
                  {d.label}
                </Button>
                <Button
                  size="small"
                  icon={<FilePdfOutlined />}
                  href={docUrl(ev.id, d.kind, 'pdf')}
                  data-testid={`doc-${d.kind}-pdf`}
                />
              </Space.Compact>
            ))}
          </Space>
        }
      >
        <Descriptions size="small" column={3}>
          <Descriptions.Item label={T.colOrg}>{ev.orgName}</Descriptions.Item>
          <Descriptions.Item label={T.chooseProject}>{ev.projectName ?? T.department}</Descriptions.Item>
          <Descriptions.Item label={T.fiscalYear}>{ev.fiscalYear}</Descriptions.Item>
          <Descriptions.Item
            label={T.colTemplate}
            span={2}
          >{`${ev.template.name}（第${ev.template.version}版）`}</Descriptions.Item>
          <Descriptions.Item label={T.rounding}>{ev.result.roundingText}</Descriptions.Item>
        </Descriptions>
      </Card>

      <WorkflowPanel
        documentId={ev.id}
        indicators={rows.map((r) => ({ id: r.id, name: r.l3 || r.l2 || r.l1 }))}
        onChanged={() => setReloadTick((t) => t + 1)}
        refreshKey={`${ev.version}:${ev.sheets.map((s) => s.version).join(',')}`}
      />

      <Card title={T.panelTitle} data-testid="panel">
        {ev.panel ? (
          <>
            <Table
              rowKey="sheetId"
              size="small"
              bordered
              pagination={false}
              dataSource={ev.panel.evaluators}
              columns={[
                { title: T.name, dataIndex: 'name' },
                { title: T.position, dataIndex: 'title' },
                { title: T.unit, dataIndex: 'unit' },
                {
                  title: T.sheetScore,
                  dataIndex: 'total',
                  align: 'right',
                  render: (v: string) => fixed(v, places),
                },
                { title: T.base, dataIndex: 'base', align: 'right', render: (v: string) => fixed(v, places) },
              ]}
            />
            <Space size={48} style={{ marginTop: 16 }}>
              <Statistic
                title={T.average}
                value={fixed(ev.panel.base, places)}
                styles={{ content: { color: '#1f5fa8' } }}
                data-testid="panel-average"
              />
              <Statistic
                title={T.grade}
                value={ev.panel.grade}
                valueRender={() => (
                  <Tag
                    color={gradeColor(ev.panel!.grade)}
                    style={{ fontSize: 20, padding: '4px 12px' }}
                    data-testid="panel-grade"
                  >
                    {ev.panel!.grade}
                  </Tag>
                )}
              />
            </Space>
            {ev.panel.disagreements.map((d) => (
              <Alert key={d.message} type="warning" showIcon style={{ marginTop: 12 }} title={d.message} />
            ))}
          </>
        ) : (
          <Typography.Text type="secondary">{T.noPanel}</Typography.Text>
        )}
      </Card>

      <Card
        title={T.scoreSheetTitle}
        extra={
          <Space wrap>
            {visibleSheets.length > 0 ? (
              <Select
                style={{ width: 260 }}
                value={sheetId ?? undefined}
                onChange={(v: string) => {
                  const s = ev.sheets.find((x) => x.id === v)!;
                  setSheetId(v);
                  setEntries(s.entries);
                }}
                options={visibleSheets.map((s) => ({
                  value: s.id,
                  label: `${s.mine ? T.mySheet : s.evaluatorName}（${s.submitted ? T.done : T.draft}）`,
                }))}
                data-testid="sheet-select"
              />
            ) : null}
            {can('work.score') && !mine ? (
              <Button
                type="primary"
                icon={<EditOutlined />}
                loading={busy}
                onClick={() =>
                  void run(() => evaluationsApi.startSheet(ev.id, newIdempotencyKey()), T.startScoring)
                }
                data-testid="start-scoring"
              >
                {T.startScoring}
              </Button>
            ) : null}
            {editing ? (
              <>
                <Button onClick={fillFull} data-testid="fill-full">
                  {T.fillFull}
                </Button>
                <Button
                  icon={<SaveOutlined />}
                  loading={busy}
                  onClick={() =>
                    void run(
                      () => evaluationsApi.saveSheet(sheet.id, entries, null, sheet.version),
                      T.saved,
                      sheet.id,
                    )
                  }
                  data-testid="save-sheet"
                >
                  {T.save}
                </Button>
                <Button
                  type="primary"
                  icon={<CheckOutlined />}
                  loading={busy}
                  data-testid="submit-sheet"
                  onClick={() =>
                    void run(
                      async () => {
                        // Save what is on screen, then submit that version.
                        const saved = await evaluationsApi.saveSheet(sheet.id, entries, null, sheet.version);
                        accept(saved, sheet.id);
                        const v = saved.sheets.find((s) => s.id === sheet.id)!.version;
                        return evaluationsApi.submitSheet(sheet.id, v);
                      },
                      T.submitted,
                      sheet.id,
                    )
                  }
                >
                  {T.submit}
                </Button>
              </>
            ) : null}
            {sheet && sheet.mine && sheet.submitted ? (
              <Button
                loading={busy}
                onClick={() =>
                  void run(() => evaluationsApi.withdrawSheet(sheet.id, sheet.version), T.withdrawn, sheet.id)
                }
              >
                {T.withdraw}
              </Button>
            ) : null}
          </Space>
        }
      >
        {!can('work.score') ? (
          <Alert type="info" showIcon title={T.notEvaluator} style={{ marginBottom: 12 }} />
        ) : null}
        {editing ? <Alert type="info" showIcon title={T.refusedHint} style={{ marginBottom: 12 }} /> : null}
        {liveSheet ? (
          <Space size={40} style={{ marginBottom: 16 }} data-testid="live-summary">
            <Statistic title={T.total} value={fixed(liveSheet.total, places)} data-testid="live-total" />
            <Statistic title={T.maxAfter} value={fixed(liveSheet.maxAfterExclusion, places)} />
            <Statistic title={T.base} value={fixed(liveSheet.base, places)} data-testid="live-base" />
            <Statistic
              title={T.grade}
              value={liveSheet.grade}
              valueRender={() => (
                <Tag
                  color={gradeColor(liveSheet.grade)}
                  style={{ fontSize: 18, padding: '2px 10px' }}
                  data-testid="live-grade"
                >
                  {liveSheet.grade}
                </Tag>
              )}
            />
            {sheet ? (
              <Typography.Text type="secondary">{`${sheet.evaluatorName}${sheet.submitted ? `（${T.done}）` : `（${T.draft}）`}`}</Typography.Text>
            ) : null}
          </Space>
        ) : null}
        {live && live.excluded.length > 0 ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={T.excluded(live.excluded.map((x) => x.name).join('、'))}
          />
        ) : null}
        {ev.result.disagreements.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={T.disagreements}
            description={
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {ev.result.disagreements.map((d) => (
                  <li key={d.message}>{d.message}</li>
                ))}
              </ul>
            }
          />
        ) : null}
        {totalOnly ? (
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title={T.totalOnly(sheet.total!)} />
        ) : null}
        <Table<Row>
          rowKey="id"
          bordered
          size="small"
          columns={columns}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 1320 }}
        />
      </Card>

      {can('work.edit') || Object.keys(ev.inputs).length > 0 ? (
        <Card
          title={T.inputsTitle}
          extra={
            can('work.edit') ? (
              <Button
                icon={<SaveOutlined />}
                loading={busy}
                onClick={() =>
                  void run(() => evaluationsApi.saveInputs(ev.id, inputs, ev.version), T.saved, sheetId)
                }
                data-testid="save-inputs"
              >
                {T.saveInputs}
              </Button>
            ) : null
          }
        >
          <InputsEditor
            template={ev.template}
            inputs={inputs}
            editable={can('work.edit')}
            onChange={setInputs}
          />
        </Card>
      ) : null}

      {ev.projectId ? (
        <ReportCard
          key={ev.id}
          evaluationId={ev.id}
          editable={can('work.edit')}
          docUrl={(format) => docUrl(ev.id, 'self-evaluation-report', format)}
        />
      ) : null}
    </Space>
  );
}
