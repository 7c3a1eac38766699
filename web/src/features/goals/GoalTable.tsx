// 年度绩效指标完成情况: the indicator rows of a goal table with merged 一级 / 二级 cells, the optional
// 优/良/中/差 standards, and per row the met / not met mark, completion rate and level computed by the
// domain as the user types.
import { useMemo } from 'react';
import { AutoComplete, Button, Checkbox, Input, Space, Table, Tag, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { STANDARD_CATALOGUE } from '../../../../src/domain/indicators/index.ts';
import type { IndicatorRow } from './api';
import { goalStatus } from './goal-status';
import { spans } from './merge';
import { goalsTexts as T } from './texts';
import type { GoalRow } from './useProjectDraft';

const LEVEL1_OPTIONS = STANDARD_CATALOGUE.map((c) => ({ value: c.level1 }));
const level2Options = (level1: string) =>
  (
    STANDARD_CATALOGUE.find((c) => c.level1 === level1)?.level2 ?? STANDARD_CATALOGUE.flatMap((c) => c.level2)
  ).map((value) => ({ value }));

const STATUS_LOOK = {
  met: { color: 'success', word: T.met },
  'not-met': { color: 'error', word: T.notMet },
  empty: { color: 'default', word: T.empty },
  undetermined: { color: 'warning', word: T.undetermined },
} as const;

function StatusTag({ row, index }: { row: GoalRow; index: number }) {
  const s = goalStatus(row.target, row.actual, row.standards);
  const { color, word } = STATUS_LOOK[s.status];
  return (
    <Tooltip title={s.message}>
      <div data-testid={`ind-status-${index}`}>
        <Tag color={color}>{s.level ? `${word}·${T.level(s.level)}` : word}</Tag>
        {s.rate ? <div style={{ fontSize: 12, color: '#666' }}>{T.rate(s.rate)}</div> : null}
      </div>
    </Tooltip>
  );
}

type TextField = 'level3' | 'target' | 'actual' | 'deviationReason' | 'improvement';

export type GoalTableProps = {
  rows: GoalRow[];
  editable: boolean;
  setRow: (index: number, patch: Partial<IndicatorRow>) => void;
  setRun: (start: number, length: number, patch: Partial<IndicatorRow>) => void;
  addRow: () => void;
  removeRow: (index: number) => void;
};

export function GoalTable({ rows, editable, setRow, setRun, addRow, removeRow }: GoalTableProps) {
  const l1Spans = useMemo(() => spans(rows, (r) => r.level1), [rows]);
  const l2Spans = useMemo(() => spans(rows, (r) => `${r.level1}\u0000${r.level2}`), [rows]);
  const showStandards = rows.some((r) => r.standards);

  const text = (index: number, k: TextField) =>
    editable ? (
      <Input.TextArea
        autoSize={{ minRows: 1, maxRows: 4 }}
        value={rows[index]![k]}
        onChange={(e) => setRow(index, { [k]: e.target.value })}
        aria-label={`${COLUMN_TITLES[k]} ${index + 1}`}
        data-testid={`ind-${k}-${index}`}
      />
    ) : (
      rows[index]![k]
    );

  const columns: TableColumnsType<GoalRow> = [
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
    { title: T.level3, width: 200, render: (_v, _r, i) => text(i, 'level3') },
    { title: T.target, width: 200, render: (_v, _r, i) => text(i, 'target') },
    ...(showStandards
      ? [
          {
            title: T.standards,
            width: 220,
            render: (_v: unknown, r: GoalRow, i: number) =>
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
                        aria-label={`${T.standards} ${g} ${i + 1}`}
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
    { title: T.actual, width: 190, render: (_v, _r, i) => text(i, 'actual') },
    { title: T.result, width: 120, render: (_v, r, i) => <StatusTag row={r} index={i} /> },
    { title: T.deviationReason, width: 160, render: (_v, _r, i) => text(i, 'deviationReason') },
    { title: T.improvement, width: 160, render: (_v, _r, i) => text(i, 'improvement') },
    ...(editable
      ? [
          {
            title: T.actions,
            width: 110,
            render: (_v: unknown, r: GoalRow, i: number) => (
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
                  onClick={() => removeRow(i)}
                >
                  {T.removeIndicator}
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <Table<GoalRow>
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
    </>
  );
}

const COLUMN_TITLES: Record<TextField, string> = {
  level3: T.level3,
  target: T.target,
  actual: T.actual,
  deviationReason: T.deviationReason,
  improvement: T.improvement,
};
