/**
 * Shapes of rounds 53– (units, names and figures made up; docs/checker.md "Sets HS–"): what the blind rounds
 * showed the checker misreading or not reading, each with the clean document that must give no error.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.found}`);

describe('a breakdown after a change whose base is named after its subject (prose-totals.ts)', () => {
  const text = (basic: string) =>
    [
      '  （二）支出情况',
      '    2031 年度部门年初支出预算 5120.00 万元，调整后支出预算 8000.00 万元，全年支',
      '出决算 7650.00 万元，预算执行率 95.63%。支出决算比 2030 年度的 7100.00 万元增加',
      '550.00 万元，增长 7.75%，主要是补助标准提高。按支出性质分：',
      `    1．基本支出。调整预算 2050.00 万元，决算 ${basic} 万元，占支出决算总额的 26.14%。`,
      '    2．项目支出。调整预算 5950.00 万元，决算 5650.00 万元，占支出决算总额的 73.86%。',
    ].join('\n');
  it('sums the parts to the year’s outturn, not to last year’s figure compared with', () => {
    expect(errors(text('2,000.00'))).toEqual([]);
    expect(errors(text('2,100.00'))).toContain('5 share.percent 26.14%');
  });
});
