/**
 * A 评价结论 in prose: each 一级's full marks, score and 得分率 (score-rates.ts), and a count of indicators that lost
 * points followed by their names (named-counts.ts). Names and figures made up.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const findings = (text: string, severity = 'error'): string[] =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === severity)
    .map((f) => `${f.line} ${f.rule}`);

type Conclusion = Partial<{ rate: string; count: string; process: string }>;

const conclusion = (c: Conclusion = {}): string =>
  [
    '评价结论',
    '  经综合评价，东坪县2031年度小型水库除险加固项目总得分88.6分，评价等级为“良”。其中：决',
    `策类指标满分15分，得分13.5分，得分率90.00%；过程类指标满分25分，得分${c.process ?? '21.3'}分，得分率`,
    `${c.rate ?? '85.20'}%；产出与效益类指标满分60分，得分53.8分，得分率89.67%。在全部17项三级指标中，共有`,
    `${c.count ?? '4'}项指标存在扣分，分别为预算执行率、资金使用合规性、工程完工及时率、受益群众满意度，合计扣分`,
    '11.4分。',
  ].join('\n');

describe('a 得分率 in prose against its score and full marks', () => {
  it('reports a rate that is not 得分 ÷ 满分, on the rate', () => {
    expect(findings(conclusion({ rate: '82.50' }))).toEqual(['4 score.rate']);
    const f = checkTextReport(conclusion({ rate: '82.50' })).findings[0]!;
    expect(f.message).toContain('21.3 ÷ 25 × 100% = 85.20%');
    expect(f.expected).toBe('85.20%');
  });

  it('reads the score-first order with the full marks in brackets', () => {
    const text =
      '  产出指标得分36.60分（满分40分），得分率93.50%；效益指标得分27分（满分30分），得分率90.00%。';
    expect(findings(text)).toEqual(['1 score.rate']);
    expect(findings(text.replace('93.50', '91.50'))).toEqual([]);
  });

  it('reads the score named as the evaluation’s ("评价得分")', () => {
    const text = (rate: string) => `    产出指标分值30分，评价得分26.50分，得分率${rate}%。`;
    expect(findings(text('88.33'))).toEqual([]);
    expect(findings(text('83.33'))).toEqual(['1 score.rate']);
  });

  it('takes a rate within the rounding of the score as right, and a truncated one as a warning', () => {
    // 21.25 printed as 21.3: 21.25 ÷ 25 = 85.00 %, within the score's rounding.
    expect(findings(conclusion({ rate: '85.00' }))).toEqual([]);
    expect(findings(conclusion({ rate: '85.00' }), 'note')).toContain('4 score.rate');
    // 13 ÷ 15 = 86.666… %, the score exact: 86.66 is cut, not rounded.
    const cut = '  决策指标满分15分，得分13分，得分率86.66%。';
    expect(findings(cut)).toEqual([]);
    expect(findings(cut, 'warning')).toEqual(['1 score.rate']);
    expect(findings(cut.replace('86.66', '86.67'), 'warning')).toEqual([]);
  });

  it('reports nothing on a conclusion whose figures hold', () => {
    expect(findings(conclusion())).toEqual([]);
    expect(
      checkTextReport(conclusion()).claims.filter((c) => c.arithmetic.startsWith('得分率')),
    ).toHaveLength(3);
  });
});

describe('a count of indicators that lost points against their names', () => {
  it('reports a count the list does not bear out', () => {
    expect(findings(conclusion({ count: '5' }))).toEqual(['5 count.enumeration']);
    expect(findings(conclusion({ count: '3' }))).toEqual(['5 count.enumeration']);
  });

  it('leaves a list that ends in 等 or holds figures', () => {
    const open = conclusion({ count: '5' }).replace('受益群众满意度，', '受益群众满意度等，');
    expect(findings(open)).toEqual([]);
    const scored = conclusion({ count: '5' }).replace('预算执行率、', '预算执行率扣1.2分、');
    expect(findings(scored)).toEqual([]);
  });
});
