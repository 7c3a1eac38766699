// 年度绩效指标完成情况: the indicator rows of a goal table with merged 一级 / 二级 cells, the optional
// 优/良/中/差 standards, and per row the met / not met mark, completion rate and level computed by the
// domain as the user types.
import { useMemo, type ReactNode } from 'react';
import { AutoComplete, Button, Checkbox, Input, Space, Table, Tag, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { STANDARD_CATALOGUE } from '../../../../src/domain/indicators/index.ts';
import { goalRowFromEntry } from '../../../../src/domain/indicators/library.ts';
import { DirectionCell, LibraryRowInfo, ProposeIndicatorButton } from '../indicator-library/GoalLibraryCells';
import { LibraryPickButton } from '../indicator-library/LibraryPicker';
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
  const s = goalStatus(row.target, row.actual, row.standards, {
    direction: row.direction ?? null,
    level2: row.level2,
    name: row.level3,
  });
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
  /** One more column after 改进措施 (the 佐证材料 of each indicator). */
  rowExtra?: { title: string; width: number; render: (row: GoalRow, index: number) => ReactNode };
  /** The 指标库 picker and 建议入库 (the project's organisation and year); absent = not offered. */
  library?: { orgId: string; year: number; projectId: string };
};

export function GoalTable({
  rows,
  editable,
  setRow,
  setRun,
  addRow,
  removeRow,
  rowExtra,
  library,
}: GoalTableProps) {
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
      // Wide enough for the longest standard names (项目完成指标, 可持续影响指标) in their inputs.
      width: 140,
      fixed: 'left',
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
      fixed: 'left',
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
    {
      title: T.level3,
      width: 200,
      fixed: 'left',
      render: (_v, r, i) => (
        <>
          {text(i, 'level3')}
          <LibraryRowInfo row={r} index={i} />
        </>
      ),
    },
    { title: T.target, width: 200, render: (_v, _r, i) => text(i, 'target') },
    {
      title: T.direction,
      width: 150,
      render: (_v, r, i) => (
        <DirectionCell row={r} index={i} editable={editable} onChange={(d) => setRow(i, { direction: d })} />
      ),
    },
    ...(showStandards
      ? [
          {
            title: T.standards,
            // Four inputs of 96 px side by side: the column is wide enough that 实际完成值 keeps its width.
            width: 410,
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
    ...(rowExtra
      ? [
          {
            title: rowExtra.title,
            width: rowExtra.width,
            render: (_v: unknown, r: GoalRow, i: number) => rowExtra.render(r, i),
          },
        ]
      : []),
    ...(editable
      ? [
          {
            title: T.actions,
            width: 130,
            fixed: 'right' as const,
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
                {library ? (
                  <ProposeIndicatorButton
                    row={r}
                    index={i}
                    orgId={library.orgId}
                    projectId={library.projectId}
                  />
                ) : null}
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
        // Fixed 一级/二级/三级 on the left and 操作 on the right; the rest scrolls at its full width.
        scroll={{ x: columns.reduce((w, c) => w + (Number(c.width) || 0), 0) }}
      />
      {editable ? (
        <Space style={{ marginTop: 12 }}>
          <Button icon={<PlusOutlined />} onClick={addRow} data-testid="add-indicator">
            {T.addIndicator}
          </Button>
          {library ? (
            <LibraryPickButton
              orgId={library.orgId}
              year={library.year}
              onPick={(entry) => {
                // A picked indicator fills the last row if it is still empty, else a new row.
                const patch = goalRowFromEntry(entry);
                const last = rows.length - 1;
                if (last >= 0 && rows[last]!.level3.trim() === '' && rows[last]!.target.trim() === '')
                  setRow(last, patch);
                else {
                  addRow();
                  setRow(rows.length, patch);
                }
              }}
            />
          ) : null}
        </Space>
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
