/**
 * Shapes of round 16's blind sets (units, names and figures made up): each source's 到位率 after its own amount; a
 * 部门整体 自评表 whose source rows' figures sit off the header's places; a 三公 item's change stated against the
 * table's row of last year, its % right and its amount not.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

describe('a 到位率 after each source’s own amount', () => {
  const doc = (total: string, city: string) =>
    [
      '某区2037年度某项目重点绩效评价报告',
      `    2037年度项目预算资金6,600.00万元，其中区级资金预算4,000.00万元、市级补助资金预算2,600.00万元。截至2037年12月31日，实际到位资金6,340.00万元，资金到位率${total}%，其中区级资金到位4,000.00万元，到位率100.00%；市级补助资金到位2,340.00万元，到位率${city}%。`,
    ].join('\n');
  it('is that source’s, not the total’s', () => {
    expect(errors(doc('96.06', '90.00'))).toEqual([]);
    expect(errors(doc('98.06', '90.00'))).toEqual(['2 completion.percent 96.06% 98.06%']);
  });
});

describe('a 部门整体 自评表 whose source rows print their figures off the header’s places', () => {
  const form = (other: string, rate: string) =>
    [
      '                                2037年度部门整体支出绩效自评表',
      '单位名称       某区某某局（本级）                               填报日期             2038年2月10日',
      ' 预算资金（万元）         项目          年初预算数        全年预算数           全年执行数           分值      执行率      得分',
      '年度预算资金     年度资金总额                 1,286.40      1,452.75       1,398.62       10     96.27%  9.63',
      '           按收入性质分：一般公共预           1,136.40      1,262.75       1,226.30              97.11%',
      '           算拨款',
      '           政府性基金拨款                    0.00         60.00          52.00              86.67%',
      `           其他资金                     150.00        130.00         ${other}              92.55%`,
      '           按支出性质分：基本支出              824.60        861.35         858.17              99.63%',
      `           项目支出                     461.80        591.40         540.45              ${rate}%`,
    ].join('\n');
  it('places them by where the figures of the rows above end: each row’s rate and the sources’ sum checked', () => {
    expect(errors(form('120.32', '91.38'))).toEqual([]);
    const rates = checkTextReport(form('120.32', '91.38')).claims.filter((c) => c.kind === 'completion');
    expect(rates.map((c) => c.line)).toEqual(expect.arrayContaining([7, 8, 9, 10]));
    expect(errors(form('120.32', '93.18'))).toEqual(['10 completion.percent 91.38% 93.18%']);
    expect(errors(form('102.32', '91.38')).map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual([
      '8 table.total',
    ]);
  });
});

describe('a 三公 item’s change against the table’s row of last year', () => {
  const doc = (change: string) =>
    [
      '                     某某监测中心',
      '               2037年度“三公”经费财政拨款支出决算情况说明',
      `   1．因公出国（境）经费支出12.40万元。因公出国（境）支出决算比2036年增加${change}万元，增长39.33%。`,
      '                          附表 财政拨款“三公”经费支出决算表',
      '                            编制单位：某某省地质灾害监测预警中心                        单位：万元',
      '                                          公务用车购置及运行维护费',
      '   项目       合计      因公出国（境）费                                         公务接待费',
      '                                  小计    公务用车购置费     公务用车运行维护费',
      ' 2037年预算数   71.30           16.00 49.30       27.00          22.30       6.00',
      ' 2037年决算数   63.57           12.40 46.89       26.10          20.79       4.28',
      ' 2036年决算数   60.02            8.90 46.12       23.50          22.62       5.00',
    ].join('\n');
  it('finds an amount that is not this year less last year when its % is exactly that change’s', () => {
    expect(errors(doc('3.50'))).toEqual([]);
    expect(errors(doc('3.05'))).toEqual(['3 change.amount 增加3.50万元 增加3.05万元']);
  });
});

describe('a 监控表 titled with its period in brackets, a row comparing 执行进度 with 序时进度', () => {
  const sheet = (side: string, cutoff = '2037') =>
    [
      '                            2037年农村公路养护补助项目绩效运行监控表（2037年1—9月）',
      '                                           一、预算执行情况',
      '      序时进度                  执行进度                            与序时进度差异                       预警等级',
      `                75.00%              70.02% ${side}4.98个百分点                            绿色`,
      '三、绩效目标完成情况',
      `    截至${cutoff}年9月底，已完成农村公路日常养护里程1,006公里。`,
    ].join('\n');
  it('holds the side and the points to the two rates', () => {
    expect(errors(sheet('落后'))).toEqual([]);
    expect(errors(sheet('超前'))).toEqual(['4 change.direction 落后 超前']);
    expect(errors(sheet('落后').replace('落后4.98', '落后5.98'))).toEqual([
      '4 completion.schedule 4.98个百分点 5.98个百分点',
    ]);
  });
  it('takes the title’s year and period: a cutoff in another year is wrong', () => {
    expect(errors(sheet('落后', '2036'))).toEqual(['6 year.mismatch 2037年 2036年']);
  });
});

describe('a 问题清单 of one column of amounts among wrapped rows of words, closed by a 合计', () => {
  const list = (total: string) =>
    [
      '                   表3 正在整改问题清单',
      '                                                   单位：万元',
      '序    项目      问题类型   涉及金 整改措施 整改状态 完成时限',
      '号                    额',
      '1 农村公路养护项',
      '  目       资金使用不规范    86.50 追回超范围列支 正在整改 2038年6月30日',
      '                           的养护资金',
      '2 高标准农田建设',
      '  项目      资金使用不规范   312.40 督促完成工程结 正在整改 2038年9月30日',
      '                           算审计',
      '3 城乡环卫一体化',
      '  项目      资金使用不规范    45.80 清理无依据列支 正在整改 2038年6月30日',
      '                           的运输费用',
      `     合计             ${total}`,
    ].join('\n');
  it('sums the column where its figures end', () => {
    expect(errors(list('444.70'))).toEqual([]);
    expect(errors(list('454.70'))).toEqual(['14 table.total 444.70 454.70']);
  });
});

describe('a form’s 填报日期 set after its label by white space alone', () => {
  const form = (filed: string) =>
    [
      '                                2037年度部门整体支出绩效自评表',
      `单位名称       某区某某局（本级）                               填报日期             ${filed}年2月10日`,
      ' 预算资金（万元）         项目          年初预算数        全年预算数           全年执行数           分值      执行率      得分',
      '年度预算资金     年度资金总额                 1,286.40      1,452.75       1,398.62       10     96.27%  9.63',
    ].join('\n');
  it('is read: a date before the year ended is wrong', () => {
    expect(errors(form('2038'))).toEqual([]);
    expect(errors(form('2036'))).toEqual(['2 year.filing-date 2038年前后 2036年']);
  });
});
