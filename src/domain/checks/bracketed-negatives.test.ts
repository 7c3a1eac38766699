/**
 * A comparison table printing its decreases in brackets, as accountants do ("(6.60)", "(12.50%)"): read as
 * negative figures (layout-chars.ts isBracketedFigure), and 本年 = 上年 + 增减额 is the change claim only, never
 * a second finding as a row's 合计 (table-claims.ts). Units, names and figures are made up.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const TABLE = [
  '                    2025年度会议培训费支出对比表',
  '                                                                    单位：万元',
  '   项目                          2025年决算数      2024年决算数       增减额          增减率',
  '   合计                              58.40             64.00          (5.60)          (8.75%)',
  '   会议费                            22.00             20.00            2.00           10.00%',
  '   培训费                            36.40             44.00          (7.60)         (17.27%)',
  '     其中：线上培训费                 6.40              9.00          (2.60)         (28.89%)',
  '           线下培训费                30.00             35.00          (5.00)         (14.29%)',
].join('\n');

const report = (text: string) => checkTextReport(text, { year: 2025 });
const errors = (text: string): string[] =>
  report(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.found}`);

describe('bracketed negatives in a comparison table', () => {
  it('reads every bracketed 增减额 and 增减率 and finds them right', () => {
    const r = report(TABLE);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const changes = r.claims.filter((c) => c.verified && /增减额|增减率/.test(c.arithmetic));
    // 合计, 会议费, 培训费, 线上, 线下: an amount and a rate each.
    expect(changes.length).toBe(10);
    expect(changes.some((c) => c.arithmetic.includes('= -5.60'))).toBe(true);
  });

  it('finds a bracketed 增减额 and a bracketed 增减率 that are wrong, once each', () => {
    const bad = TABLE.replace('(7.60)', '(7.80)').replace('(28.89%)', '(25.89%)');
    expect(errors(bad)).toEqual(['6 table.change -7.80', '7 change.percent -25.89%']);
  });

  it('takes "(1)" and "（2）" for ordinals, not for negatives', () => {
    const ordinals = TABLE.replace('     其中：线上培训费', '  (1) 线上培训费').replace(
      '           线下培训费',
      '  （2）线下培训费',
    );
    expect(errors(ordinals)).toEqual([]);
  });
});
