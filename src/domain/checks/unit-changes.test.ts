/**
 * Changes whose figures are printed in two money units: a change in 万元 of a total printed in 亿元
 * ("收入总计2.35亿元 … 各增加2,140.36万元，增长10.02%"). The 亿元 figure is taken in 万元 with its rounding
 * (2.35亿元 is 23500 ± 50万元): a change consistent within it holds, one outside it is an error.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';
import { inMoneyUnit } from './verdict.ts';

const doc = (text: string) => checkTextReport(`2024年度部门决算情况说明。${text}`);
const changes = (text: string) => doc(text).claims.filter((c) => c.kind === 'change');
const errors = (text: string) => doc(text).findings.filter((f) => f.severity !== 'note');

describe('inMoneyUnit', () => {
  it('moves the printed precision with the unit (negative places: coarser than a unit)', () => {
    expect(inMoneyUnit('2.35', 2, '亿元', '万元')).toEqual({ value: '23500', places: -2 });
    expect(inMoneyUnit('1234.56', 2, '元', '万元')).toEqual({ value: '0.123456', places: 6 });
    expect(inMoneyUnit('3.5', 1, '万元', '万元')).toEqual({ value: '3.5', places: 1 });
    expect(inMoneyUnit('3.5', 1, '%', '万元')).toBeNull();
  });
});

describe('a change in 万元 of a base in 亿元 (the base and the change on one subject)', () => {
  const clean =
    '2024年度收入总计2.35亿元、支出总计2.35亿元。与2023年度相比，收入、支出总计各增加2,140.36万元，增长10.02%，主要原因是新建学校投入使用。';

  it('holds: last year 23500 − 2140.36 within the 亿元 figure’s rounding', () => {
    const r = doc(clean);
    expect(r.findings).toEqual([]);
    const c = changes(clean);
    expect(c).toHaveLength(1);
    expect(c[0]!.verified).toBe(true);
    expect(c[0]!.arithmetic).toContain('2.35亿元（即23500万元，精确到±50万元） − 2140.36 = 21359.64');
  });

  it('a % the base’s rounding explains is a note, never an error', () => {
    // 2140.36 ÷ (23450…23550 − 2140.36) = 9.997% … 10.044%.
    const text = clean.replace('10.02%', '10.04%');
    expect(errors(text)).toEqual([]);
    expect(doc(text).findings.map((f) => [f.rule, f.severity])).toEqual([['change.percent', 'note']]);
  });

  it('reports a % outside the base’s rounding, with the arithmetic', () => {
    const f = errors(clean.replace('10.02%', '11.02%'));
    expect(f.map((x) => x.rule)).toEqual(['change.percent']);
    expect(f[0]!.message).toContain('2140.36 ÷ 21359.64 × 100% = 10.02%，文中为11.02%');
    expect(errors(clean.replace('增长10.02%', '下降10.02%')).map((x) => x.rule)).toEqual([
      'change.direction',
    ]);
  });

  it('is not judged when the items named have different figures, or the base is not named', () => {
    const different = clean.replace('支出总计2.35亿元', '支出总计2.34亿元').replace('10.02%', '12.00%');
    expect(changes(different)).toEqual([]);
    expect(errors(different)).toEqual([]);
    const other = '2024年度收入总计2.35亿元。与2023年度相比，项目支出增加2,140.36万元，增长12.00%。';
    expect(changes(other)).toEqual([]);
    expect(errors(other)).toEqual([]);
  });

  it('prefers a base in the change’s own unit ("X万元（约Y亿元）")', () => {
    const text =
      '2024年度收、支总计均为10,522.29万元（约1.05亿元）。与上年相比，收、支总计各增加534.65万元，同比增长5.35%。';
    expect(changes(text).map((c) => c.arithmetic)).toEqual([
      '上年 10522.29 − 534.65 = 9987.64，534.65 ÷ 9987.64 × 100% = 5.35%，文中5.35%',
    ]);
  });
});

describe('a small 元 change of a 万元 base', () => {
  it('that holds only in 万元 proves the unit wrong', () => {
    const r = doc('“三公”经费财政拨款支出决算为54.74万元，比2023年度减少6.42元，下降10.50%。');
    const f = r.findings.filter((x) => x.severity === 'error');
    expect(f.map((x) => x.rule)).toEqual(['unit.yuan-for-wanyuan']);
    expect(f[0]!.message).toContain('6.42 ÷ 61.16 × 100% = 10.50% 只有按万元计才成立');
  });
  it('that does not hold in 万元 is taken in 元, as printed', () => {
    // 6,420.00 ÷ (547400 ± 50 + 6420) = 1.159% (in 万元 it would be 6420 ÷ 6474.74 = 99.15%).
    const text = '“三公”经费财政拨款支出决算为54.74万元，比2023年度减少6,420.00元，下降1.16%。';
    expect(doc(text).findings).toEqual([]);
    expect(changes(text).map((c) => [c.verified, c.arithmetic])).toEqual([
      [
        true,
        '上年 54.74万元（即547400元，精确到±50元） + 6420.00 = 553820.00，6420.00 ÷ 553820.00 × 100% = 1.16%，文中1.16%',
      ],
    ]);
    const f = errors(text.replace('1.16%', '11.60%'));
    expect(f.map((x) => x.rule)).toEqual(['change.percent']);
    expect(f[0]!.message).toContain('6420.00 ÷ 553820.00 × 100% = 1.16%，文中为11.60%');
  });
});

describe('both years stated in different money units', () => {
  it('checks the amount in the finer unit, within the coarser figures’ rounding', () => {
    const text = '2024年度收入总计2.35亿元，2023年度为2.14亿元，增加2,140.36万元。';
    // 23500 − 21400 = 2100, stated 2140.36: within ± (50 + 50 + 0.005).
    expect(errors(text)).toEqual([]);
    const c = changes(text);
    expect(c).toHaveLength(1);
    expect(c[0]!.verified).toBe(true);
    const f = errors(text.replace('2,140.36万元', '2,240.36万元'));
    expect(f.map((x) => x.rule)).toEqual(['change.amount']);
    expect(f[0]!.message).toContain('本年2.35亿元（即23500万元，精确到±50万元），上年2.14亿元');
  });
  it('checks a % of two years in 亿元 and 万元', () => {
    const text = '2024年度收入总计2.35亿元，2023年度为21,359.64万元，增长10.02%。';
    expect(changes(text).map((c) => c.verified)).toEqual([true]);
    expect(errors(text.replace('10.02%', '12.02%')).map((x) => x.rule)).toEqual(['change.percent']);
  });
});
