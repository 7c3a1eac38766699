/**
 * The national 三公 row (合计, 出国, 车辆小计, 购置, 运行, 接待 for 预算数 and 决算数) printing "—" for the items
 * the unit has none of: its dashes are the row's zeros (three-fees-order.ts feeRowFigures), so its sums and
 * the text against it are checked. Units, names and figures are made up.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const doc = (dash: string, actual = '41.70'): string =>
  [
    '                        2025年度“三公”经费支出情况表',
    '                                                                          单位：万元',
    '                                  2025年预算数                              2025年决算数',
    '  项目          合计    因公出国    公务用车购置及运行费   公务     合计    因公出国    公务用车购置及运行费   公务',
    '                        （境）费    小计   购置费  运行费  接待费           （境）费    小计   购置费  运行费  接待费',
    `  金额         52.00       ${dash}       40.00    ${dash}     40.00   12.00   ${actual}      ${dash}       31.60    ${dash}     31.60   10.10`,
    '',
    '  注：本局2025年度“三公”经费财政拨款支出决算41.70万元，完成预算的80.19%。其中：公务用车运行维护费31.60万元，',
    '  公务接待费10.10万元，未安排因公出国（境）费。',
  ].join('\n');

const report = (text: string) => checkTextReport(text, { year: 2025 });
const errors = (text: string): string[] =>
  report(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.found}`);

describe('a national 三公 row with dashes for zero', () => {
  for (const dash of ['—', '-'])
    it(`reads "${dash}" as zero: sums, completion and the text hold`, () => {
      const r = report(doc(dash));
      expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
      const sums = r.claims.filter((c) => c.kind === 'table' && c.verified);
      expect(sums.length).toBe(4);
      expect(r.claims.some((c) => c.kind === 'figure' && c.verified)).toBe(true);
    });

  it('finds a 决算 合计 that is not the sum of its items', () => {
    expect(errors(doc('—', '42.70'))).toEqual(['6 table.row-sum 42.70']);
  });
});
