/**
 * Amounts listed before their total (trailing-totals.ts), and a 其中 list that ends with its bracket or
 * carries a bracketed breakdown of one part (prose-totals.ts). Units, names and figures are made up.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const report = (text: string) => checkTextReport(text, { year: 2031 });
const errors = (text: string): string[] =>
  report(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

const doc = (...paragraphs: string[]): string =>
  ['某区某局2031年度部门决算情况说明', ...paragraphs.map((p) => `    ${p}`)].join('\n');

describe('amounts listed before their total', () => {
  const CUTS =
    '据此，甲项目（中）压减12.30万元；乙项目（中）压减7.45万元；丙项目（差）压减60.00万元，合计压减下年度预算79.75万元。';
  const SPLIT = '基本支出中，人员经费410.20万元、公用经费88.35万元，两项合计498.55万元。';

  it('finds nothing when the list adds up, and counts the claims', () => {
    const r = report(doc(CUTS, SPLIT));
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const sums = r.claims.filter((c) => c.kind === 'sum' && c.arithmetic.includes('文中合计'));
    expect(sums.map((c) => c.verified)).toEqual([true, true]);
    expect(sums[0]!.arithmetic).toBe('12.30 + 7.45 + 60.00 = 79.75万元，文中合计79.75万元');
  });

  it('finds a list whose amounts do not add up to the total after it', () => {
    expect(errors(doc(CUTS.replace('7.45', '8.45')))).toEqual(['2 sum.parts 80.75万元 79.75万元']);
    expect(errors(doc(SPLIT.replace('88.35', '83.35')))).toEqual(['2 sum.parts 493.55万元 498.55万元']);
  });

  it('reads nothing when the total is of only some items, of another count, or the list is no plain list', () => {
    const texts = [
      // "甲和乙合计": only some of the list.
      '甲项目支出10.00万元，乙项目支出20.00万元，丙项目支出30.00万元，甲乙两项合计30.00万元。',
      // A count in the total's word that is not the number of amounts.
      '甲项目支出10.00万元，乙项目支出20.00万元，丙项目支出30.00万元，两项合计30.00万元。',
      // Changes and last year's figures are no parts.
      '会议费比上年减少2.00万元，培训费比上年减少3.00万元，合计支出40.00万元。',
      // A part with its own breakdown in brackets.
      '基本支出60.00万元（人员经费50.00万元、公用经费10.00万元），项目支出40.00万元，合计100.00万元。',
      // Another year's amounts.
      '2030年支出40.00万元，2031年支出50.00万元，合计120.00万元。',
      // A total compared with something.
      '甲项目支出10.00万元，乙项目支出20.00万元，合计比上年增加5.00万元。',
    ];
    for (const t of texts) expect(errors(doc(t)), t).toEqual([]);
  });
});

describe('a 其中 list and brackets', () => {
  const STAFF =
    '截至2031年12月31日，本部门核定编制120名，其中行政编制30名、事业编制90名（甲中心50名、乙中心40名）；实有在职人员110人。';
  const FUND =
    '2031年度政府性基金预算财政拨款年初结转和结余50.00万元，本年收入500.00万元，本年支出520.00万元（其中基本支出0.00万元、项目支出520.00万元），年末结转和结余30.00万元。';

  it('does not add a part’s bracketed breakdown, nor read past the bracket a list opened in', () => {
    expect(errors(doc(STAFF, FUND))).toEqual([]);
  });

  it('still finds such lists when they do not add up', () => {
    expect(errors(doc(STAFF.replace('事业编制90名', '事业编制95名')))).toEqual(['2 sum.parts 120名 125名']);
    expect(errors(doc(FUND.replace('项目支出520.00万元）', '项目支出510.00万元）')))).toEqual([
      '2 sum.parts 520.00万元 510.00万元',
    ]);
  });
});
