// The rows of a score sheet: per indicator the levels (merged cells), weight, rule text, the score the
// rules compute with its explanation and findings, and — editable for the sheet's own evaluator — the
// evaluator's score, 评分说明, 存在问题 and 有关建议 (a missing one the rules ask for is marked red).
import { useMemo } from 'react';
import { Input, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { fixed } from '../../../../src/domain/money/index.ts';
import { spans } from '../goals/merge';
import { evaluationsTexts as T } from './texts';
import type { ScoreSheetState, SheetRow } from './useScoreSheet';

type Props = Pick<ScoreSheetState, 'rows' | 'entries' | 'editing' | 'byId' | 'setEntry'> & { places: number };

export function ScoreSheetTable({ rows, entries, editing, byId, setEntry, places }: Props) {
  const l1Spans = useMemo(() => spans(rows, (r) => r.l1), [rows]);
  const l2Spans = useMemo(() => spans(rows, (r) => `${r.l1}\u0000${r.l2}`), [rows]);

  const cellText = (r: SheetRow, k: 'explanation' | 'problem' | 'suggestion') => {
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

  const columns: TableColumnsType<SheetRow> = [
    {
      title: T.level1,
      dataIndex: 'l1',
      width: 100,
      fixed: 'left',
      onCell: (_r, i) => ({ rowSpan: l1Spans[i ?? 0] }),
    },
    {
      title: T.level2,
      dataIndex: 'l2',
      width: 100,
      fixed: 'left',
      onCell: (_r, i) => ({ rowSpan: l2Spans[i ?? 0] }),
    },
    { title: T.level3, dataIndex: 'l3', width: 130, fixed: 'left' },
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
        const score = res.score ? fixed(res.score, places) : '—';
        const color =
          res.status === 'scored'
            ? res.findings.length
              ? 'orange'
              : 'blue'
            : res.status === 'not-set'
              ? 'default'
              : 'red';
        return (
          <div data-testid={`computed-${r.id}`}>
            <Tag color={color}>{res.status === 'not-set' ? T.notSet : score}</Tag>
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

  return (
    <Table<SheetRow>
      rowKey="id"
      bordered
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 1320 }}
    />
  );
}
