/**
 * A change whose base (last year's figure) is stated in the sentence before — one that states changes of
 * its own, or the last sentence of the paragraph before. Made-up excerpts printed as `pdftotext -layout`
 * prints them; clean ones and near-misses give no error.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';
import { wrapped } from './__fixtures__/wrapped.ts';

const doc = (...paragraphs: string[]) => checkTextReport(wrapped('某某局2024年度部门决算说明', paragraphs));
const errors = (...paragraphs: string[]) =>
  doc(...paragraphs)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

const BASE = '2023年度支出决算为1.25亿元，主要是信息化建设项目集中支付，比上年增加0.05亿元。';
const CHANGE = (amount: string, rate: string) =>
  `2024年度支出决算1.38亿元，比上年增加${amount}亿元，增长${rate}%，主要是新增数据中心运维项目。`;

describe('a change against last year’s figure in the sentence before', () => {
  it('holds', () => {
    const r = doc(BASE + CHANGE('0.13', '10.40'));
    expect(r.findings).toEqual([]);
    expect(r.claims.some((c) => c.arithmetic === '1.38 − 1.25 = 0.13亿元，文中增加0.13亿元')).toBe(true);
  });
  it('reports a change amount that is not this year − last year', () => {
    expect(errors(BASE + CHANGE('0.15', '10.40'))).toContain('change.amount 增加0.13亿元 增加0.15亿元');
  });
  it('reports a % stated alone against the base before', () => {
    const alone = '2024年度支出决算1.38亿元，比上年增长12.40%。';
    expect(errors(BASE + alone)).toEqual(['change.percent 10.40% 12.40%']);
    expect(errors(BASE + '2024年度支出决算1.38亿元，比上年增长10.40%。')).toEqual([]);
  });
  it('reads the base in the last sentence of the paragraph before, across money units', () => {
    const before = '2023年度支出决算为12,500.00万元，比上年增加500.00万元。';
    expect(errors(before, '2024年度支出决算1.38亿元，比上年增加1,300.00万元。')).toEqual([]);
    expect(errors(before, '2024年度支出决算1.38亿元，比上年增加1,200.00万元。')).toEqual([
      'change.amount 增加1300.00万元 增加1200.00万元',
    ]);
  });
});

describe('near-misses: no base of another thing or another comparison', () => {
  it('another item, two of last year’s figures, a budget comparison', () => {
    const other = '2023年度收入决算为1.25亿元，比上年增加0.05亿元。';
    expect(errors(other + '2024年度支出决算1.38亿元，比上年增长12.40%。')).toEqual([]);
    const two = '2023年度支出决算为1.25亿元，上年支出决算为1.20亿元，比上年增加0.05亿元。';
    expect(errors(two + '2024年度支出决算1.38亿元，比上年增长12.40%。')).toEqual([]);
    expect(errors(BASE + '2024年度支出决算1.38亿元，比年初预算增长12.40%。')).toEqual([]);
  });
  it('a heading between the paragraphs', () => {
    expect(
      errors(
        '2023年度支出决算为1.25亿元，比上年增加0.05亿元。',
        '#（二）支出决算情况',
        '2024年度支出决算1.38亿元，比上年增长12.40%。',
      ),
    ).toEqual([]);
  });
});
