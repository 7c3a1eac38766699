// 部门合并: the members (the department's own accounts and its units'), the transfers to eliminate and
// the department's settings (name, last year's figures, its written reasons) — editable — and the
// consolidated tables, their checks and the department's explanation — read-only, computed by the server.
import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Input,
  Row,
  Select,
  Space,
  Spin,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  ACCOUNTS_LAYOUT,
  TEXT_KEYS,
  TEXT_LABEL,
  UNIT_KINDS,
  type FinalAccounts,
} from '../../../../src/domain/accounts/index.ts';
import { grouped } from '../../../../src/domain/money/index.ts';
import { useNotify } from '../../shared/ui/useNotify';
import { AmountInput } from './AmountInput';
import {
  accountsApi,
  type Catalog,
  type ConsolidationDto,
  type ConsolidationSettings,
  type Member,
  type Transfer,
} from './api';
import type { EntryUnit } from './amount';
import { DocumentButtons } from './DocumentButtons';
import { ExplanationView } from './ExplanationView';
import { SheetForm } from './SheetForm';
import { ViolationList } from './ViolationList';
import { accountsTexts as T } from './texts';

type Props = { orgId: string; year: number; unit: EntryUnit; canEdit: boolean; catalog: Catalog | null };

export function ConsolidationView({ orgId, year, unit, canEdit, catalog }: Props) {
  const notify = useNotify();
  const [dto, setDto] = useState<ConsolidationDto | null>(null);
  const [settings, setSettings] = useState<ConsolidationSettings | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    accountsApi
      .consolidated(orgId, year, controller.signal)
      .then((d) => {
        setDto(d);
        setSettings(d.settings);
      })
      .catch((err: unknown) => {
        if (!controller.signal.aborted) notify.error(err);
      });
    return () => controller.abort();
  }, [orgId, year, notify]);

  const members = dto?.members ?? [];
  const memberOptions = members.map((m) => ({ value: m.orgId, label: m.orgName }));
  const flagged = useMemo(
    () =>
      new Set(
        (dto?.violations ?? []).map((v) => `${v.location.table}/${v.location.row}/${v.location.column}`),
      ),
    [dto],
  );

  if (!dto || !settings) return <Spin />;

  const save = async () => {
    setSaving(true);
    try {
      const next = await accountsApi.saveConsolidation(orgId, year, {
        version: settings.version,
        unit: settings.unit,
        transfers: settings.transfers,
        previous: settings.previous,
        texts: settings.texts,
      });
      setDto(next);
      setSettings(next.settings);
      notify.success(T.settingsSaved);
    } catch (err) {
      notify.error(err);
    } finally {
      setSaving(false);
    }
  };

  const setTransfer = (i: number, patch: Partial<Transfer>) =>
    setSettings({
      ...settings,
      transfers: settings.transfers.map((t, k) => (k === i ? { ...t, ...patch } : t)),
    });
  const transferColumns: TableColumnsType<Transfer> = [
    {
      title: '类型',
      key: 'kind',
      width: 170,
      render: (_: unknown, t, i) => (
        <Select
          value={t.kind}
          disabled={!canEdit}
          style={{ width: '100%' }}
          options={Object.entries(T.transferKind).map(([value, label]) => ({ value, label }))}
          onChange={(kind) => setTransfer(i, { kind })}
        />
      ),
    },
    {
      title: T.transferFrom,
      key: 'from',
      render: (_: unknown, t, i) => (
        <Select
          value={t.fromOrgId}
          disabled={!canEdit}
          style={{ width: '100%' }}
          options={memberOptions}
          onChange={(fromOrgId) => setTransfer(i, { fromOrgId })}
        />
      ),
    },
    {
      title: T.transferTo,
      key: 'to',
      render: (_: unknown, t, i) => (
        <Select
          value={t.toOrgId}
          disabled={!canEdit}
          style={{ width: '100%' }}
          options={memberOptions}
          onChange={(toOrgId) => setTransfer(i, { toOrgId })}
        />
      ),
    },
    {
      title: `金额（${unit}）`,
      key: 'amount',
      width: 160,
      render: (_: unknown, t, i) => (
        <AmountInput
          id={`c-transfer-${i}`}
          yuan={t.amount}
          unit={unit}
          disabled={!canEdit}
          onChange={(y) => setTransfer(i, { amount: y ?? '0.00' })}
        />
      ),
    },
    ...(canEdit
      ? [
          {
            title: '',
            key: 'x',
            width: 48,
            render: (_: unknown, _t: Transfer, i: number) => (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={T.remove}
                onClick={() =>
                  setSettings({ ...settings, transfers: settings.transfers.filter((_x, k) => k !== i) })
                }
              />
            ),
          },
        ]
      : []),
  ];
  const memberColumns: TableColumnsType<Member> = [
    { title: '单位', dataIndex: 'orgName' },
    {
      title: '状态',
      dataIndex: 'status',
      width: 150,
      render: (s: string) => (
        <Tag color={s === 'submitted' ? 'green' : s === 'draft' ? 'blue' : 'default'}>
          {T.memberStatus[s]}
        </Tag>
      ),
    },
    {
      title: T.incomeTotal,
      dataIndex: 'incomeTotal',
      align: 'right',
      width: 180,
      render: (v: string | null) => (v === null ? '—' : grouped(v, 2)),
    },
    {
      title: T.expenditureTotal,
      dataIndex: 'expenditureTotal',
      align: 'right',
      width: 180,
      render: (v: string | null) => (v === null ? '—' : grouped(v, 2)),
    },
    {
      title: T.memberViolations,
      dataIndex: 'violations',
      align: 'right',
      width: 100,
      render: (n: number, m) =>
        m.status === 'missing' ? '—' : n ? <Tag color="red">{n}</Tag> : <Tag color="green">0</Tag>,
    },
  ];

  const previousSheet = ACCOUNTS_LAYOUT.find((s) => s.id === 'previous')!;
  const prevFields = previousSheet.blocks[0]!.kind === 'fixed' ? previousSheet.blocks[0]!.rows : [];
  const goToText = (field: string) => {
    if (field.startsWith('reason:')) return null;
    return () => document.getElementById(`c-texts.${field}`)?.focus();
  };

  const consolidatedForm = (c: FinalAccounts) => (
    <Tabs
      size="small"
      items={ACCOUNTS_LAYOUT.filter((s) => s.id !== 'info').map((s) => ({
        key: s.id,
        label: s.name,
        children: (
          <SheetForm
            sheet={s}
            data={c}
            onChange={() => undefined}
            unit={unit}
            readOnly
            flagged={flagged}
            catalog={catalog}
            idPrefix="c-"
          />
        ),
      }))}
    />
  );

  return (
    <div data-testid="consolidation">
      <Card size="small" title={T.members} style={{ marginBottom: 16 }}>
        <Table size="small" rowKey="orgId" pagination={false} columns={memberColumns} dataSource={members} />
      </Card>
      <Card
        size="small"
        title={T.transfers}
        style={{ marginBottom: 16 }}
        extra={
          canEdit && (
            <Space>
              <Button
                icon={<PlusOutlined />}
                onClick={() =>
                  setSettings({
                    ...settings,
                    transfers: [
                      ...settings.transfers,
                      {
                        kind: 'subsidy',
                        fromOrgId: orgId,
                        toOrgId: members.find((m) => m.orgId !== orgId)?.orgId ?? orgId,
                        amount: '0.00',
                      },
                    ],
                  })
                }
              >
                {T.addRow}
              </Button>
              <Button
                type="primary"
                loading={saving}
                onClick={() => void save()}
                data-testid="save-consolidation"
              >
                {T.saveSettings}
              </Button>
            </Space>
          )
        }
      >
        <Table
          size="small"
          rowKey={(t) => String(settings.transfers.indexOf(t))}
          pagination={false}
          columns={transferColumns}
          dataSource={settings.transfers}
          locale={{ emptyText: '无内部往来' }}
        />
        <Row gutter={24} style={{ marginTop: 16 }}>
          <Col span={10}>
            <Typography.Title level={5}>{T.deptInfo}</Typography.Title>
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Typography.Text type="secondary">{T.deptName}</Typography.Text>
              <Input
                aria-label={T.deptName}
                value={settings.unit.name}
                disabled={!canEdit}
                onChange={(e) =>
                  setSettings({ ...settings, unit: { ...settings.unit, name: e.target.value } })
                }
              />
              <Typography.Text type="secondary">{T.deptShort}</Typography.Text>
              <Input
                aria-label={T.deptShort}
                value={settings.unit.shortName}
                disabled={!canEdit}
                onChange={(e) =>
                  setSettings({ ...settings, unit: { ...settings.unit, shortName: e.target.value } })
                }
              />
              <Select
                value={settings.unit.kind}
                disabled={!canEdit}
                style={{ width: '100%' }}
                options={UNIT_KINDS.map((k) => ({ value: k, label: `${T.deptKind}：${k}` }))}
                onChange={(kind) => setSettings({ ...settings, unit: { ...settings.unit, kind } })}
              />
            </Space>
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {T.previous}
            </Typography.Title>
            {prevFields.map((row) => {
              const path = row.fields[0]!.path.replace(/^previous\./, '');
              const [a, b] = path.split('.');
              const value = b
                ? (settings.previous as unknown as Record<string, Record<string, string>>)[a!]![b]
                : (settings.previous as unknown as Record<string, string>)[a!];
              return (
                <Row key={path} gutter={8} style={{ marginBottom: 6 }} align="middle">
                  <Col span={12}>{row.label}</Col>
                  <Col span={12}>
                    <AmountInput
                      id={`c-previous.${path}`}
                      yuan={value}
                      unit={unit}
                      disabled={!canEdit}
                      onChange={(y) => {
                        const prev = structuredClone(settings.previous) as unknown as Record<string, unknown>;
                        if (b) (prev[a!] as Record<string, string>)[b] = y ?? '0.00';
                        else prev[a!] = y ?? '0.00';
                        setSettings({
                          ...settings,
                          previous: prev as unknown as ConsolidationSettings['previous'],
                        });
                      }}
                    />
                  </Col>
                </Row>
              );
            })}
          </Col>
          <Col span={14}>
            <Typography.Title level={5}>{T.deptTexts}</Typography.Title>
            {TEXT_KEYS.map((k) => (
              <div key={k} style={{ marginBottom: 8 }}>
                <Typography.Text type="secondary">{TEXT_LABEL[k]}</Typography.Text>
                <Input.TextArea
                  id={`c-texts.${k}`}
                  value={settings.texts[k]}
                  disabled={!canEdit}
                  autoSize={{ minRows: 1, maxRows: 6 }}
                  onChange={(e) =>
                    setSettings({ ...settings, texts: { ...settings.texts, [k]: e.target.value } })
                  }
                />
              </div>
            ))}
          </Col>
        </Row>
      </Card>
      {dto.error && (
        <Alert
          type="error"
          showIcon
          title={dto.error}
          style={{ marginBottom: 16 }}
          data-testid="consolidation-error"
        />
      )}
      {dto.consolidated ? (
        <>
          <Card size="small" title={T.consolidatedTables} style={{ marginBottom: 16 }}>
            {consolidatedForm(dto.consolidated)}
          </Card>
          <Card size="small" title={T.consolidatedChecks} style={{ marginBottom: 16 }}>
            <ViolationList
              violations={dto.violations}
              explanations={{}}
              editable={false}
              onExplain={() => undefined}
              onLocate={null}
            />
          </Card>
          <Card size="small" title={T.consolidatedExplanation}>
            <DocumentButtons orgId={orgId} year={year} source="consolidated" />
            {dto.explanation && <ExplanationView explanation={dto.explanation} target={goToText} />}
          </Card>
        </>
      ) : (
        !dto.error && <Empty />
      )}
    </div>
  );
}
