/**
 * Changes stated against both years' figures, and rates that cannot be computed: the change amount
 * (增加/减少 X万元) against this year − last year, 持平 with two different figures, a % from a zero base,
 * a completion rate against a zero budget. Clean sentences give no error; rounding gives a note.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const doc = (sentence: string) => checkTextReport(`2024年度部门决算说明。${sentence}`);
const rules = (sentence: string, severity = 'error') =>
  doc(sentence)
    .findings.filter((f) => f.severity === severity)
    .map((f) => f.rule);

describe('change amount against both years stated', () => {
  it('holds when this year − last year is the amount', () => {
    const r = doc('2024年度机关运行经费支出120.00万元，2023年度为100.00万元，增加20.00万元，增长20.00%。');
    expect(r.findings).toEqual([]);
    expect(r.claims.filter((c) => c.kind === 'change')).toHaveLength(2);
    expect(r.claims.every((c) => c.verified)).toBe(true);
  });
  it('holds with last year first, and with 比上年 naming it', () => {
    expect(rules('2023年度公务接待费支出决算为3.80万元，2024年度为3.50万元，减少0.30万元。')).toEqual([]);
    expect(rules('公务接待费支出3.50万元，比上年3.80万元减少0.30万元。')).toEqual([]);
  });
  it('reports an amount that is not the difference, with the arithmetic', () => {
    const r = doc('2024年度机关运行经费支出120.00万元，2023年度为100.00万元，增加25.00万元。');
    const f = r.findings.find((x) => x.rule === 'change.amount')!;
    expect(f.severity).toBe('error');
    expect(f.message).toContain('120.00 − 100.00 = 20.00万元');
    expect(f.expected).toBe('增加20.00万元');
    expect(f.found).toBe('增加25.00万元');
  });
  it('reports the wrong direction', () => {
    expect(rules('2024年度机关运行经费支出120.00万元，2023年度为100.00万元，减少20.00万元。')).toEqual([
      'change.amount',
    ]);
  });
  it('takes a difference within the rounding of the printed figures as a note, never an error', () => {
    const r = doc('2024年度机关运行经费支出120.00万元，2023年度为100.00万元，增加20.01万元。');
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['change.amount', 'note']]);
  });
  it('does not guess when the figures are of different things or there are several', () => {
    expect(doc('本年收入合计120.00万元，上年支出合计100.00万元，增加25.00万元。').findings).toEqual([]);
    expect(
      doc(
        '人员经费120.00万元、公用经费30.00万元，上年分别为100.00万元、20.00万元，分别增加25.00万元和10.00万元。',
      ).findings,
    ).toEqual([]);
  });
  it('checks a % stated with both years and no amount', () => {
    expect(rules('机关运行经费支出12.00万元，上年为10.00万元，增长20.00%。')).toEqual([]);
    expect(rules('机关运行经费支出12.00万元，上年为10.00万元，增长25.00%。')).toEqual(['change.percent']);
    expect(rules('机关运行经费支出12.00万元，上年为10.00万元，下降20.00%。')).toEqual(['change.direction']);
  });
});

describe('持平', () => {
  it('holds when the two figures are equal', () => {
    const r = doc('公务接待费支出决算为3.50万元，2023年度为3.50万元，与上年持平。');
    expect(r.findings).toEqual([]);
    expect(r.claims.filter((c) => c.kind === 'change' && c.verified)).toHaveLength(1);
  });
  it('reports 持平 when they differ', () => {
    const f = doc('公务接待费支出决算为3.50万元，2023年度为3.80万元，与上年持平。').findings[0]!;
    expect(f).toMatchObject({
      rule: 'change.flat',
      severity: 'error',
      found: '持平',
      expected: '减少0.30万元',
    });
    expect(f.message).toContain('3.50 − 3.80');
  });
  it('leaves 基本持平 alone and notes a difference within rounding', () => {
    expect(doc('公务接待费支出决算为3.50万元，2023年度为3.80万元，基本持平。').findings).toEqual([]);
    expect(
      doc('公务接待费支出决算为3.5万元，2023年度为3.54万元，与上年持平。').findings.map((f) => f.severity),
    ).toEqual(['note']);
  });
});

describe('a % from a zero base', () => {
  it('is an error when last year (stated or computed) is 0', () => {
    expect(rules('机关运行经费支出12.00万元，2023年度为0.00万元，增加12.00万元，增长100.00%。')).toEqual([
      'change.zero-base',
    ]);
    expect(rules('机关运行经费支出12.00万元，上年为0万元，增长100%。')).toEqual(['change.zero-base']);
    expect(
      rules('2024年度机关运行经费支出12.00万元。与2023年度相比，机关运行经费增加12.00万元，增长100.00%。'),
    ).toEqual(['change.zero-base']);
  });
  it('is fine without a %', () => {
    const r = doc('机关运行经费支出12.00万元，2023年度为0.00万元，增加12.00万元（上年无此项支出）。');
    expect(r.findings).toEqual([]);
    expect(r.claims.filter((c) => c.kind === 'change' && c.verified)).toHaveLength(1);
  });
  it('says why in Chinese', () => {
    const f = doc('机关运行经费支出12.00万元，上年为0万元，增长100%。').findings[0]!;
    expect(f.message).toMatch(/上年为0.*无法计算/);
  });
});

describe('a completion rate against a zero budget', () => {
  it('is an error when something was spent', () => {
    const f = doc('公务接待费年初预算为0万元，支出决算为1.20万元，完成年初预算的100.00%。').findings[0]!;
    expect(f).toMatchObject({ rule: 'completion.zero-budget', severity: 'error', found: '100.00%' });
    expect(f.message).toContain('1.20万元 ÷ 0万元无法计算');
  });
  it('is a warning when nothing was spent either, and nothing without a rate', () => {
    expect(rules('公务接待费年初预算为0.00万元，支出决算为0.00万元，完成年初预算的0%。', 'warning')).toEqual([
      'completion.zero-budget',
    ]);
    expect(doc('公务接待费年初预算为0.00万元，支出决算为0.00万元。').findings).toEqual([]);
  });
  it('covers 预算执行率', () => {
    expect(rules('项目预算数0万元，执行数为5.00万元，预算执行率为100%。')).toEqual([
      'completion.zero-budget',
    ]);
  });
});

describe('what is not last year’s figure', () => {
  it('takes 上年结转 as this year’s money, not last year’s figure', () => {
    expect(doc('本年支出为100.00万元，使用上年结转20.00万元，增加15.00万元。').findings).toEqual([]);
  });
});

describe('last year stated at the head of a paragraph, this year in the paragraph before', () => {
  const text = (amount: string) =>
    [
      '某局2024年度部门整体支出绩效自评报告',
      '2024年度全年预算数为500.00万元，全年执行数为480.00万元，预算执行率为96.00%。其中：基本支出执行300.00万元，项目支出执行180.00万元。',
      `2023年度全年执行数为450.00万元，2024年度较上年增加${amount}万元，增长6.67%。`,
    ].join('\n');

  it('pairs the two figures of the same name', () => {
    const ok = checkTextReport(text('30.00'));
    expect(ok.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(ok.counts.change.recognised).toBeGreaterThanOrEqual(1);
    expect(checkTextReport(text('35.00')).findings).toContainEqual(
      expect.objectContaining({ rule: 'change.amount', severity: 'error', line: 3 }),
    );
  });
});
