// A project's 项目绩效目标完成情况表: budget and execution (财政拨款 / 其他资金), the overall goal, and the
// indicator table with merged 一级 / 二级 cells. Met / not met, completion rate and the 优/良/中/差 level
// are computed by the domain in the browser as the user types; 保存 writes the project and its table
// under the project's version (a stale page gets the server's 412 message and reloads).
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  Alert,
  AutoComplete,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Input,
  Space,
  Spin,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { ArrowLeftOutlined, DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { ApiError } from '../../shared/api/client';
import { useSession } from '../../shared/session/SessionContext';
import { useNotify } from '../../shared/ui/useNotify';
import { STANDARD_CATALOGUE } from '../../../../src/domain/indicators/index.ts';
import { completionPercent, fixed, isDecimalString, sum } from '../../../../src/domain/money/index.ts';
import { goalsApi, type IndicatorRow, type ProjectDetail, type ProjectFields } from './api';
import { goalStatus } from './goal-status';
import { spans } from './merge';
import { goalsTexts as T } from './texts';
import { WorkflowPanel } from '../workflow/WorkflowPanel';
import type { WorkflowView } from '../workflow/api';

type Row = IndicatorRow & { key: string };

let keySeq = 0;
const withKey = (r: IndicatorRow): Row => ({ ...r, key: `r${++keySeq}` });

const LEVEL1_OPTIONS = STANDARD_CATALOGUE.map((c) => ({ value: c.level1 }));
const level2Options = (level1: string) =>
  (
    STANDARD_CATALOGUE.find((c) => c.level1 === level1)?.level2 ?? STANDARD_CATALOGUE.flatMap((c) => c.level2)
  ).map((value) => ({ value }));

const money = (v: string) => (isDecimalString(v.trim()) ? v.trim() : null);

function StatusTag({ row, index }: { row: Row; index: number }) {
  const s = goalStatus(row.target, row.actual, row.standards);
  const color =
    s.status === 'met'
      ? 'success'
      : s.status === 'not-met'
        ? 'error'
        : s.status === 'empty'
          ? 'default'
          : 'warning';
  const word =
    s.status === 'met'
      ? T.met
      : s.status === 'not-met'
        ? T.notMet
        : s.status === 'empty'
          ? T.empty
          : T.undetermined;
  return (
    <Tooltip title={s.message}>
      <div data-testid={`ind-status-${index}`}>
        <Tag color={color}>{s.level ? `${word}·${T.level(s.level)}` : word}</Tag>
        {s.rate ? <div style={{ fontSize: 12, color: '#666' }}>{T.rate(s.rate)}</div> : null}
      </div>
    </Tooltip>
  );
}

export function ProjectPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const notify = useNotify();
  const { can } = useSession();
  // The review workflow locks the goals while under review (except a step's own fields), and once frozen.
  const [review, setReview] = useState<WorkflowView | null>(null);
  const lockedByReview = review !== null && review.editScope.mode === 'none';
  const editable = can('work.edit') && !lockedByReview;
  const [project, setProject] = useState<ProjectDetail | null>(null);
  const [fields, setFields] = useState<ProjectFields | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [reloadTick, setReloadTick] = useState(0);

  const accept = useCallback((p: ProjectDetail) => {
    setProject(p);
    setFields({
      name: p.name,
      budgetFiscal: p.budgetFiscal,
      budgetOther: p.budgetOther,
      executedFiscal: p.executedFiscal,
      executedOther: p.executedOther,
      goalExpected: p.goalExpected,
      goalActual: p.goalActual,
    });
    setRows(
      p.indicators.map(
        ({ level1, level2, level3, target, standards, actual, deviationReason, improvement }) =>
          withKey({ level1, level2, level3, target, standards, actual, deviationReason, improvement }),
      ),
    );
    setDirty(false);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    goalsApi
      .get(id, controller.signal)
      .then(accept)
      .catch((err: unknown) => {
        if (!controller.signal.aborted) notify.error(err);
      });
    return () => controller.abort();
  }, [id, reloadTick, accept, notify]);

  const setField = (k: keyof ProjectFields, v: string) => {
    setFields((f) => (f ? { ...f, [k]: v } : f));
    setDirty(true);
  };
  const setRow = (index: number, patch: Partial<IndicatorRow>) => {
    setRows((rs) => rs.map((r, i) => (i === index ? { ...r, ...patch } : r)));
    setDirty(true);
  };
  // A merged cell edits every row of its run.
  const setRun = (start: number, length: number, patch: Partial<IndicatorRow>) => {
    setRows((rs) => rs.map((r, i) => (i >= start && i < start + length ? { ...r, ...patch } : r)));
    setDirty(true);
  };

  const l1Spans = useMemo(() => spans(rows, (r) => r.level1), [rows]);
  const l2Spans = useMemo(() => spans(rows, (r) => `${r.level1}\u0000${r.level2}`), [rows]);
  const showStandards = rows.some((r) => r.standards);

  const totals = useMemo(() => {
    if (!fields) return null;
    const parts = [fields.budgetFiscal, fields.budgetOther, fields.executedFiscal, fields.executedOther].map(
      money,
    );
    if (parts.some((p) => p === null)) return null;
    const budget = sum([parts[0]!, parts[1]!]);
    const executed = sum([parts[2]!, parts[3]!]);
    const rate = completionPercent(executed, budget);
    return {
      budget: fixed(budget, 2),
      executed: fixed(executed, 2),
      rate: rate ? `${fixed(rate, 2)}%` : '—',
    };
  }, [fields]);

  const save = async () => {
    if (!project || !fields) return;
    const bad = (['budgetFiscal', 'budgetOther', 'executedFiscal', 'executedOther'] as const).find(
      (k) => money(fields[k]) === null,
    );
    if (bad) {
      notify.error(new ApiError(400, 'VALIDATION', T.badMoney));
      return;
    }
    setSaving(true);
    try {
      let version = project.version;
      const changed = (Object.keys(fields) as Array<keyof ProjectFields>).some(
        (k) => fields[k] !== project[k],
      );
      if (changed) version = (await goalsApi.update(project.id, { ...fields, version })).version;
      const indicators = rows.map(({ key: _key, ...r }) => r);
      accept(await goalsApi.saveIndicators(project.id, indicators, version));
      notify.success(T.saved);
    } catch (err) {
      notify.error(err);
      if (err instanceof ApiError && err.status === 412) setReloadTick((t) => t + 1);
    } finally {
      setSaving(false);
    }
  };

  if (!project || !fields) return <Spin style={{ display: 'block', margin: 48 }} />;

  const text = (
    index: number,
    k: 'level3' | 'target' | 'actual' | 'deviationReason' | 'improvement',
    multi = false,
  ) =>
    editable ? (
      multi ? (
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 4 }}
          value={rows[index]![k]}
          onChange={(e) => setRow(index, { [k]: e.target.value })}
          data-testid={`ind-${k}-${index}`}
        />
      ) : (
        <Input
          value={rows[index]![k]}
          onChange={(e) => setRow(index, { [k]: e.target.value })}
          data-testid={`ind-${k}-${index}`}
        />
      )
    ) : (
      rows[index]![k]
    );

  const columns: TableColumnsType<Row> = [
    {
      title: T.level1,
      width: 130,
      onCell: (_r, i) => ({ rowSpan: l1Spans[i ?? 0] }),
      render: (_v, r, i) =>
        editable ? (
          <AutoComplete
            options={LEVEL1_OPTIONS}
            value={r.level1}
            onChange={(v: string) => setRun(i, l1Spans[i] ?? 1, { level1: v })}
            style={{ width: '100%' }}
          />
        ) : (
          r.level1
        ),
    },
    {
      title: T.level2,
      width: 140,
      onCell: (_r, i) => ({ rowSpan: l2Spans[i ?? 0] }),
      render: (_v, r, i) =>
        editable ? (
          <AutoComplete
            options={level2Options(r.level1)}
            value={r.level2}
            onChange={(v: string) => setRun(i, l2Spans[i] ?? 1, { level2: v })}
            style={{ width: '100%' }}
          />
        ) : (
          r.level2
        ),
    },
    { title: T.level3, width: 200, render: (_v, _r, i) => text(i, 'level3', true) },
    { title: T.target, width: 200, render: (_v, _r, i) => text(i, 'target', true) },
    ...(showStandards
      ? [
          {
            title: T.standards,
            width: 220,
            render: (_v: unknown, r: Row, i: number) =>
              r.standards ? (
                <Space.Compact>
                  {(['优', '良', '中', '差'] as const).map((g) =>
                    editable ? (
                      <Input
                        key={g}
                        size="small"
                        prefix={g}
                        value={r.standards![g]}
                        onChange={(e) => setRow(i, { standards: { ...r.standards!, [g]: e.target.value } })}
                        style={{ width: 96 }}
                      />
                    ) : (
                      <Tag key={g}>{`${g}:${r.standards![g]}`}</Tag>
                    ),
                  )}
                </Space.Compact>
              ) : null,
          },
        ]
      : []),
    { title: T.actual, width: 190, render: (_v, _r, i) => text(i, 'actual', true) },
    { title: T.result, width: 120, render: (_v, r, i) => <StatusTag row={r} index={i} /> },
    { title: T.deviationReason, width: 160, render: (_v, _r, i) => text(i, 'deviationReason', true) },
    { title: T.improvement, width: 160, render: (_v, _r, i) => text(i, 'improvement', true) },
    ...(editable
      ? [
          {
            title: T.actions,
            width: 110,
            render: (_v: unknown, r: Row, i: number) => (
              <Space orientation="vertical" size={0}>
                <Checkbox
                  checked={r.standards !== null}
                  onChange={(e) =>
                    setRow(i, { standards: e.target.checked ? { 优: '', 良: '', 中: '', 差: '' } : null })
                  }
                >
                  <span style={{ fontSize: 12 }}>{T.useStandards}</span>
                </Checkbox>
                <Button
                  size="small"
                  type="link"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => {
                    setRows((rs) => rs.filter((_x, j) => j !== i));
                    setDirty(true);
                  }}
                >
                  {T.removeIndicator}
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];

  const moneyInput = (k: 'budgetFiscal' | 'budgetOther' | 'executedFiscal' | 'executedOther') =>
    editable ? (
      <Input
        value={fields[k]}
        status={money(fields[k]) === null ? 'error' : undefined}
        onChange={(e) => setField(k, e.target.value)}
        placeholder={T.moneyHint}
        style={{ maxWidth: 200 }}
        data-testid={`project-${k}`}
      />
    ) : (
      fixed(fields[k], 2)
    );

  const addRow = () => {
    const last = rows[rows.length - 1];
    setRows((rs) => [
      ...rs,
      withKey({
        level1: last?.level1 ?? '产出指标',
        level2: last?.level2 ?? '数量指标',
        level3: '',
        target: '',
        standards: null,
        actual: '',
        deviationReason: '',
        improvement: '',
      }),
    ]);
    setDirty(true);
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/goals')}>
          {T.back}
        </Button>
        {dirty ? <Tag color="orange">{T.dirty}</Tag> : null}
      </Space>
      {lockedByReview ? (
        <Alert
          type="warning"
          showIcon
          title={T.lockedByReview(review.statusLabel)}
          data-testid="project-locked"
        />
      ) : !editable ? (
        <Alert type="info" showIcon title={T.readOnly} />
      ) : null}
      <Card
        title={
          <div style={{ textAlign: 'center' }}>
            <div>{T.tableTitle}</div>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {T.year(project.fiscalYear)}
            </Typography.Text>
          </div>
        }
        extra={
          editable ? (
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={saving}
              onClick={() => void save()}
              data-testid="project-save"
            >
              {T.save}
            </Button>
          ) : null
        }
      >
        <Descriptions bordered size="small" column={2} styles={{ label: { width: 150 } }}>
          <Descriptions.Item label={T.colName} span={2}>
            {editable ? (
              <Input
                value={fields.name}
                onChange={(e) => setField('name', e.target.value)}
                data-testid="project-name"
              />
            ) : (
              fields.name
            )}
          </Descriptions.Item>
          <Descriptions.Item label={`${T.budget}（万元）`}>
            <span data-testid="project-budget-total">{totals?.budget ?? '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label={`${T.executed}（万元）`}>
            <span data-testid="project-executed-total">{totals?.executed ?? '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label={T.fiscal}>{moneyInput('budgetFiscal')}</Descriptions.Item>
          <Descriptions.Item label={T.fiscal}>{moneyInput('executedFiscal')}</Descriptions.Item>
          <Descriptions.Item label={T.other}>{moneyInput('budgetOther')}</Descriptions.Item>
          <Descriptions.Item label={T.other}>{moneyInput('executedOther')}</Descriptions.Item>
          <Descriptions.Item label={T.executionRate} span={2}>
            <span data-testid="project-rate">{totals?.rate ?? '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label={`${T.overallGoal}·${T.expected}`}>
            {editable ? (
              <Input.TextArea
                autoSize={{ minRows: 2, maxRows: 6 }}
                value={fields.goalExpected}
                onChange={(e) => setField('goalExpected', e.target.value)}
                data-testid="project-goal-expected"
              />
            ) : (
              fields.goalExpected
            )}
          </Descriptions.Item>
          <Descriptions.Item label={T.actualGoal}>
            {editable ? (
              <Input.TextArea
                autoSize={{ minRows: 2, maxRows: 6 }}
                value={fields.goalActual}
                onChange={(e) => setField('goalActual', e.target.value)}
                data-testid="project-goal-actual"
              />
            ) : (
              fields.goalActual
            )}
          </Descriptions.Item>
        </Descriptions>
        <Typography.Title level={5} style={{ marginTop: 20 }}>
          {T.indicatorsTitle}
        </Typography.Title>
        <Table<Row>
          rowKey="key"
          bordered
          size="small"
          columns={columns}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 1300 }}
        />
        {editable ? (
          <Button
            icon={<PlusOutlined />}
            style={{ marginTop: 12 }}
            onClick={addRow}
            data-testid="add-indicator"
          >
            {T.addIndicator}
          </Button>
        ) : null}
      </Card>
      <WorkflowPanel
        documentId={project.id}
        onChanged={() => setReloadTick((t) => t + 1)}
        refreshKey={project.version}
        onView={setReview}
      />
    </Space>
  );
}
