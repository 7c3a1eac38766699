/**
 * The evaluator panel sheet (004's 三、评价人员): each evaluator's name, position, unit and score with a
 * signature cell, the average (the final score), the grade, and the 评价工作组组长 signature line.
 * Scores are each sheet's 基础得分 (so a sheet with 未设定 indicators is on the same 100-point scale).
 */
import { fixed, roundHalfUp, sum } from '../../domain/money/index.ts';
import type { EvaluationResult } from '../../domain/scoring/index.ts';
import { cell, para, type Block, type Table, type TableRow } from '../model.ts';
import { chineseDate, ROUNDING_NOTE_MARK } from './common.ts';
import type { PanelOptions } from './types.ts';

export function buildPanelTable(result: EvaluationResult): Table {
  const p = result.places;
  const rows: TableRow[] = [
    {
      cells: ['姓  名', '职务/职称', '单  位', '项目评分', '签  字'].map((t) =>
        cell(t, { shade: true, bold: true }),
      ),
    },
    ...result.sheets.map((s) => ({
      cells: [
        cell(s.evaluator.name),
        cell(s.evaluator.title ?? ''),
        cell(s.evaluator.unit ?? ''),
        cell(s.complete ? fixed(s.base, p) : ''),
        cell(''),
      ],
    })),
    {
      cells: [
        cell('平均得分', { colSpan: 3, bold: true }),
        cell(result.final.complete ? fixed(result.final.base, p) : '', { bold: true }),
        cell(''),
      ],
    },
    {
      cells: [
        cell('评价等次', { colSpan: 3, bold: true }),
        cell(result.final.complete ? result.final.grade : '', { bold: true }),
        cell(''),
      ],
    },
  ];
  return {
    kind: 'table',
    caption: '评价人员',
    columnWidths: [16, 20, 34, 14, 16],
    headerRows: 1,
    rows,
    fontSize: 12,
  };
}

export function panelBlocks(result: EvaluationResult, options: PanelOptions = {}): Block[] {
  const p = result.places;
  const scores = result.sheets.map((s) => fixed(s.base, p));
  const n = scores.length;
  // The printed scores' own average, against the printed average of the exact scores (presentation rule).
  const ofShown = roundHalfUp(sum(scores).div(n), p);
  const final = roundHalfUp(result.final.base, p);
  const differs = !ofShown.eq(final);
  const how = !result.final.complete
    ? `评价人员共${n}人，尚有评价人员未完成评分，暂不计算最终得分。`
    : n > 1
      ? `评价人员共${n}人，各自独立评分，最终得分取平均值：（${scores.join('＋')}）÷${n}＝${differs ? fixed(ofShown, p) : fixed(final, p)}分` +
        (differs
          ? `；按各人未舍入的得分计算为${fixed(final, p)}分，相差${fixed(ofShown.minus(final).abs(), p)}分，${ROUNDING_NOTE_MARK}，以${fixed(final, p)}分为准。`
          : '。')
      : `评价人员1人，最终得分即其评分。`;
  return [
    buildPanelTable(result),
    para(how, { size: 12 }),
    ...(result.final.complete
      ? [para(`最终得分为${fixed(result.final.base, p)}分，评价等次为${result.final.grade}。`, { size: 12 })]
      : []),
    {
      kind: 'signature',
      label: '评价工作组组长（签字并单位盖章）：',
      value: options.leader,
      date: options.date ? chineseDate(options.date) : '　　　　年　　月　　日',
    },
  ];
}
