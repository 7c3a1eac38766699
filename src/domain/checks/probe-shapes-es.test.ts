/**
 * Shapes of round 27's sets and of round 26's misses (units, names and figures made up): a 预算执行率 of a 项目's
 * 总投资 stated a sentence before; a 三公 notice's item changes in their own paragraph after "其中：", and its bare
 * "占 X%" shares of the 三公 total; a 决算说明 dated under its title before its year ended.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.found}`);

describe('a 预算执行率 of the 项目总投资 stated before (rate-outturn.ts)', () => {
  const report = (rate: string) =>
    [
      '某县2031年度农村供水提升项目绩效评价报告',
      '    项目总投资860.00万元，其中：省级补助资金500.00万元，县级配套资金360.00万元。截至2031年12月31日，项目',
      `资金全部到位；累计支出817.00万元，预算执行率${rate}，结余资金43.00万元。`,
    ].join('\n');
  it('holds the rate against the 总投资 and reports a wrong one', () => {
    expect(errors(report('95.00%'))).toEqual([]);
    expect(errors(report('97.00%'))).toEqual(['3 completion.percent 97.00%']);
  });
});

/** A 三公 notice: the total's change, then "其中：" and the items' changes in a paragraph of their own. */
const notice = (o: { reception?: string; carShare?: string } = {}) =>
  [
    '某区2031年度区级“三公”经费财政拨款决算情况说明',
    '',
    '    2031年度“三公”经费财政拨款决算数比2030年度减少20.00万元，下降5.00%。其中：',
    `    因公出国（境）费决算增加2.00万元，增长10.00%；公务接待费决算减少6.00万元，下降${o.reception ?? '20.00'}%。`,
    '',
    `    2031年度“三公”经费财政拨款决算中，因公出国（境）费决算22.00万元，占5.79%；公务用车购置及运行维护费决算334.00万元，占${o.carShare ?? '87.89'}%；公务接待费决算24.00万元，占6.32%。`,
    '',
    '              表 1  某区 2031 年度“三公”经费财政拨款决算表',
    '                                                        单位：万元',
    '                               2031 年      2031 年      2030 年',
    '            项目                 预算数       决算数       决算数',
    '合计                             420.00       380.00       400.00',
    '一、因公出国（境）费              25.00        22.00        20.00',
    '二、公务用车购置及运行维护费     360.00       334.00       350.00',
    '三、公务接待费                    35.00        24.00        30.00',
  ].join('\n');

describe('a 三公 notice’s item changes after "其中：" and its bare shares (fee-changes.ts, fee-shares.ts)', () => {
  it('reads the items’ paragraph as compared with last year, and the bare 占 as of the 三公 total', () => {
    expect(errors(notice())).toEqual([]);
    expect(errors(notice({ reception: '25.00' }))).toEqual(['4 change.percent 25.00%']);
    expect(errors(notice({ carShare: '85.89' }))).toEqual(['6 share.percent 85.89%']);
  });
  it('with no table, reads a bare 占 against the total the text states, only after the sentence names the 三公', () => {
    const text = (opener: string) =>
      [
        '某区2031年度区级“三公”经费财政拨款决算情况说明',
        '    2031年度“三公”经费财政拨款决算380.00万元，比2030年度减少20.00万元。',
        `    ${opener}因公出国（境）费决算22.00万元，占5.79%；公务用车购置及运行维护费决算334.00万元，占85.89%；公务接待费决算24.00万元，占6.32%。`,
      ].join('\n');
    expect(errors(text('2031年度“三公”经费财政拨款决算中，'))).toEqual(['3 share.percent 85.89%']);
    expect(errors(text('2031年度部门决算中，'))).toEqual([]);
  });
});

describe('a 决算说明 dated under its title and issuer (filing-dates.ts)', () => {
  const dated = (date: string) =>
    [
      '某区2031年度区级行政事业单位“三公”经费财政拨款决算情况说明',
      '',
      '某区财政局',
      date,
      '',
      '    截至2031年12月31日，纳入公开范围的部门公务用车保有量为40辆。',
      '',
      '    一、“三公”经费财政拨款决算总体情况',
      '',
      '    2031年度“三公”经费财政拨款决算380.00万元。',
      '',
      '    二、其他需要说明的情况',
      '',
      '    无。',
    ].join('\n');
  it('reports a date before the year ended and keeps one after it', () => {
    expect(errors(dated('2032年7月28日'))).toEqual([]);
    expect(errors(dated('2031年7月28日'))).toEqual(['4 year.filing-date 2031年']);
  });
});
