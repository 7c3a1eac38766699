/**
 * 项目支出绩效自评表 / 项目绩效目标完成情况表 (seeds 000 and 001): project, unit, 预算数 / 执行数 split
 * 财政拨款 / 其他资金 with the 执行率 computed, 年度总体目标 (预期 / 实际), and the indicator rows with
 * 一级 / 二级 merged as in the seeds and 是否完成 computed from 预期指标值 and 实际完成值 by the
 * indicators domain (a person's judgement only where the texts cannot be compared).
 */
import { completionPercent, dec, fixed, sum, type Dec } from '../../domain/money/index.ts';
import { defaultDirection, evaluateGoal, type GoalStatus } from '../../domain/indicators/index.ts';
import { cell, type DocumentModel, type Table, type TableCell, type TableRow } from '../model.ts';
import { roundingNote, titled } from './common.ts';
import { DocumentInputError, type ProjectIndicatorRow, type ProjectSheetData } from './types.ts';

export type IndicatorOutcome = {
  row: ProjectIndicatorRow;
  /** False for a 二级 printed without a 三级 (the seeds list unset categories). */
  set: boolean;
  status: GoalStatus;
  /** Whether the status came from a person (metOverride) rather than the texts. */
  judged: boolean;
  message: string;
};

export type ProjectFigures = {
  budgetTotal: Dec;
  executedTotal: Dec;
  /** 执行数 / 预算数 × 100, null when nothing was budgeted. */
  rate: Dec | null;
  fiscalRate: Dec | null;
  otherRate: Dec | null;
  outcomes: IndicatorOutcome[];
  counts: { set: number; met: number; notMet: number; undetermined: number };
};

function amount(text: string, what: string): Dec {
  const t = text.trim();
  if (!/^-?\d+(\.\d+)?$/.test(t))
    throw new DocumentInputError(`${what}“${text}”不是金额（应为万元的十进制数字，如 195.01）。`);
  return dec(t);
}

/** Every figure of the sheet, computed once and shared by the sheet and the report. */
export function projectFigures(p: ProjectSheetData): ProjectFigures {
  const bf = amount(p.budget.fiscal, '预算数（财政拨款）');
  const bo = amount(p.budget.other, '预算数（其他资金）');
  const ef = amount(p.executed.fiscal, '执行数（财政拨款）');
  const eo = amount(p.executed.other, '执行数（其他资金）');
  const budgetTotal = sum([bf, bo]);
  const executedTotal = sum([ef, eo]);
  const outcomes = p.indicators.map((row): IndicatorOutcome => {
    if (row.name.trim() === '' && row.target.trim() === '') {
      return { row, set: false, status: 'undetermined', judged: false, message: '未设定该指标。' };
    }
    const direction =
      row.direction ?? defaultDirection({ target: row.target, level2: row.level2, name: row.name });
    const g = evaluateGoal(row.target, row.actual, direction);
    if (g.status === 'undetermined' && row.metOverride !== undefined) {
      return {
        row,
        set: true,
        status: row.metOverride ? 'met' : 'not-met',
        judged: true,
        message: `${g.message}（经人工判断为${row.metOverride ? '已完成' : '未完成'}）`,
      };
    }
    return { row, set: true, status: g.status, judged: false, message: g.message };
  });
  const set = outcomes.filter((o) => o.set);
  return {
    budgetTotal,
    executedTotal,
    rate: completionPercent(executedTotal, budgetTotal),
    fiscalRate: completionPercent(ef, bf),
    otherRate: completionPercent(eo, bo),
    outcomes,
    counts: {
      set: set.length,
      met: set.filter((o) => o.status === 'met').length,
      notMet: set.filter((o) => o.status === 'not-met').length,
      undetermined: set.filter((o) => o.status === 'undetermined').length,
    },
  };
}

export const percentText = (x: Dec | null): string => (x === null ? '—' : `${fixed(x, 2)}%`);
export const wan = (x: Dec | string): string => fixed(x, 2);

/** 是否完成; a row nobody could judge stays blank (the self-check and the submission say so). */
const STATUS_TEXT: Record<GoalStatus, string> = { met: '是', 'not-met': '否', undetermined: '' };

/** Runs of equal values in a column, for rowSpan merging ("一级 merged once"). */
function runLengths(values: readonly string[], breaks: readonly boolean[] = []): number[] {
  const spans = new Array<number>(values.length).fill(0);
  let start = 0;
  for (let i = 1; i <= values.length; i++) {
    if (i === values.length || values[i] !== values[start] || breaks[i]) {
      spans[start] = i - start;
      start = i;
    }
  }
  return spans;
}

/** The indicator rows with 一级 / 二级 merged. */
function indicatorRows(outcomes: readonly IndicatorOutcome[]): TableRow[] {
  const l1 = outcomes.map((o) => o.row.level1.trim());
  const l2 = outcomes.map((o) => `${o.row.level1.trim()}\u0000${o.row.level2.trim()}`);
  const span1 = runLengths(l1);
  const span2 = runLengths(l2);
  return outcomes.map((o, i) => {
    const cells: TableCell[] = [];
    if (span1[i]! > 0) cells.push(cell(o.row.level1, { rowSpan: span1[i]! }));
    if (span2[i]! > 0) cells.push(cell(o.row.level2, { rowSpan: span2[i]! }));
    if (!o.set) {
      cells.push(cell('（未设定）'), cell(''), cell(''), cell('—'), cell(''));
      return { cells };
    }
    const remarks = [
      o.row.deviationReason ? `偏差原因：${o.row.deviationReason}` : '',
      o.row.improvement ? `改进措施：${o.row.improvement}` : '',
    ]
      .filter(Boolean)
      .join('\n');
    // Missing data stays blank: an official document prints no placeholder.
    cells.push(
      cell(o.row.name, { align: 'left' }),
      cell(o.row.target),
      cell(o.row.actual),
      cell(STATUS_TEXT[o.status]),
      cell(remarks, { align: 'left' }),
    );
    return { cells };
  });
}

export function buildProjectSheetTable(p: ProjectSheetData, f: ProjectFigures = projectFigures(p)): Table {
  if (p.indicators.length === 0) throw new DocumentInputError('项目没有绩效指标，无法生成自评表。');
  const label = (text: string, options: Omit<TableCell, 'text'> = {}): TableCell =>
    cell(text, { shade: true, ...options });
  const c = f.counts;
  const summary =
    `共设置三级指标${c.set}项，已完成${c.met}项，未完成${c.notMet}项` +
    (c.undetermined > 0 ? `，其余${c.undetermined}项未作判断` : '') +
    '。';
  const rows: TableRow[] = [
    { cells: [label('项目名称'), cell(p.projectName, { colSpan: 6, align: 'left' })] },
    p.department
      ? {
          cells: [
            label('主管部门及代码'),
            cell(`${p.department}${p.departmentCode ? `（${p.departmentCode}）` : ''}`, {
              colSpan: 2,
              align: 'left',
            }),
            label('实施单位'),
            cell(p.unit, { colSpan: 3, align: 'left' }),
          ],
        }
      : { cells: [label('预算单位'), cell(p.unit, { colSpan: 6, align: 'left' })] },
  ];
  if (p.manager || p.phone) {
    rows.push({
      cells: [
        label('项目负责人'),
        cell(p.manager ?? '', { colSpan: 2 }),
        label('联系电话'),
        cell(p.phone ?? '', { colSpan: 3 }),
      ],
    });
  }
  rows.push(
    {
      cells: [
        label('项目预算执行情况（万元）', { rowSpan: 4 }),
        label('资金来源', { colSpan: 2 }),
        label('预算数'),
        label('执行数'),
        label('执行率', { colSpan: 2 }),
      ],
    },
    {
      cells: [
        cell('年度资金总额', { colSpan: 2 }),
        cell(wan(f.budgetTotal)),
        cell(wan(f.executedTotal)),
        cell(percentText(f.rate), { colSpan: 2 }),
      ],
    },
    {
      cells: [
        cell('其中：财政拨款', { colSpan: 2 }),
        cell(wan(p.budget.fiscal)),
        cell(wan(p.executed.fiscal)),
        cell(percentText(f.fiscalRate), { colSpan: 2 }),
      ],
    },
    {
      cells: [
        cell('其他资金', { colSpan: 2 }),
        cell(wan(p.budget.other)),
        cell(wan(p.executed.other)),
        cell(percentText(f.otherRate), { colSpan: 2 }),
      ],
    },
    {
      cells: [
        label('年度总体目标完成情况', { rowSpan: 2 }),
        label('预期目标', { colSpan: 2 }),
        label('实际完成情况', { colSpan: 4 }),
      ],
    },
    {
      cells: [
        cell(p.overallGoal.expected, { colSpan: 2, align: 'left', vAlign: 'top' }),
        cell(p.overallGoal.actual, { colSpan: 4, align: 'left', vAlign: 'top' }),
      ],
    },
    // A full-width section row rather than a label spanning every indicator: a tall rowspan cannot break across pages.
    { cells: [label('年度绩效指标完成情况', { colSpan: 7, bold: true })] },
    {
      cells: [
        '一级指标',
        '二级指标',
        '三级指标',
        '预期指标值',
        '实际完成值',
        '是否完成',
        '偏差原因及改进措施',
      ].map((t) => label(t)),
    },
    ...indicatorRows(f.outcomes),
    { cells: [cell(summary, { colSpan: 7, align: 'left' })] },
  );
  const sums = [
    roundingNote('预算数年度资金总额', [p.budget.fiscal, p.budget.other], f.budgetTotal, 2, '万元'),
    roundingNote('执行数年度资金总额', [p.executed.fiscal, p.executed.other], f.executedTotal, 2, '万元'),
  ].filter((n): n is string => n !== null);
  return {
    kind: 'table',
    caption: p.sheetTitle ?? '项目支出绩效自评表',
    subcaption: `（${p.year}年度）`,
    columnWidths: [12, 11, 24, 12, 12, 8, 21],
    headerRows: 0,
    rows,
    fontSize: 10.5,
    note: `注：执行率＝执行数÷预算数×100%，四舍五入保留两位小数；“是否完成”由预期指标值与实际完成值按指标方向（正向≥、反向≤、等于=）比较得出。${sums.join('')}`,
  };
}

export function buildProjectSheet(p: ProjectSheetData): DocumentModel {
  // The title names the year; the table's own caption and "（2020年度）" line would repeat it.
  return {
    title: titled(p, p.sheetTitle ?? '项目支出绩效自评表'),
    bodySize: 12,
    pageNumbers: true,
    blocks: [{ ...buildProjectSheetTable(p), caption: undefined, subcaption: undefined }],
  };
}
