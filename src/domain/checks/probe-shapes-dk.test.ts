/**
 * Shapes of round 15's blind sets (units, names and figures made up): grade counts whose total is stated a section
 * above; an evaluation organised before its year; 上年同期 with its period in brackets; a count's share of a count
 * named before.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

describe('grade counts whose total is stated in the section above', () => {
  const doc = (good: string) =>
    [
      '某县2037年度项目支出绩效自评汇总分析报告',
      '一、自评基本情况',
      '    2037年度共有9个预算部门对30个项目开展了绩效自评，较上年26个增加4个。',
      '二、自评结果等级分布',
      `    按照自评得分确定等级：90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。自评结果为优的项目${good}个，良的项目11个，中的项目6个，差的项目1个。`,
    ].join('\n');
  it('holds the counts to the 30 projects evaluated, not to last year’s 26', () => {
    expect(errors(doc('12'))).toEqual([]);
    expect(errors(doc('13'))).toEqual(['5 count.sum 30个 31个']);
  });
});

describe('an evaluation organised before the year it evaluates began', () => {
  const doc = (year: string) =>
    `某县2037年度项目支出绩效自评汇总分析报告\n    县财政局于${year}年3月组织各预算部门对2037年度县级项目支出开展绩效自评。`;
  it('is a wrong year; the year after, or the year’s last weeks, are not', () => {
    expect(errors(doc('2038'))).toEqual([]);
    expect(errors(doc('2037'))).toEqual([]);
    expect(errors(doc('2036'))).toEqual(['2 year.mismatch 2038年前后 2036年']);
  });
  it('does not read a 事前 evaluation, made before its year', () => {
    expect(
      errors(
        '某县2037年度项目支出绩效自评汇总分析报告\n    县财政局于2036年9月组织对2037年度新增项目开展事前绩效评估。',
      ),
    ).toEqual([]);
  });
});

describe('上年同期 with its period in brackets', () => {
  const doc = (year: string, word: string) =>
    [
      '某县2037年1—6月预算绩效运行监控情况汇总报告',
      `    截至2037年6月30日，监控项目累计执行5,210.40万元，预算执行率为44.36%，较上年同期（${year}年1—6月）执行率39.12%${word}5.24个百分点；执行数较上年同期4,688.20万元增加522.20万元，增长11.14%。`,
    ].join('\n');
  it('holds the bracketed year to the year before, and reads the rates and the base past it', () => {
    expect(errors(doc('2036', '提高'))).toEqual([]);
    expect(errors(doc('2035', '提高')).map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual([
      '2 year.mismatch',
    ]);
    expect(errors(doc('2036', '下降')).map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual([
      '2 change.direction',
    ]);
    expect(
      errors(doc('2036', '提高').replace('增加522.20万元', '增加622.20万元')).map((e) =>
        e.split(' ').slice(0, 2).join(' '),
      ),
    ).toEqual(['2 change.percent']);
  });
});

describe('a count’s share of a count named before', () => {
  const doc = (share: string, extra = '') =>
    [
      '某县2037年1—6月预算绩效运行监控情况汇总报告',
      `    本次共监控县级项目35个，涉及12个预算部门。${extra}`,
      `    监控结果为：绿灯项目22个，黄灯项目9个，红灯项目4个。需要预警的项目共13个，占监控项目总数的${share}%。`,
    ].join('\n');
  it('is the part ÷ that count', () => {
    expect(errors(doc('37.14'))).toEqual([]);
    expect(checkTextReport(doc('37.14')).claims.some((c) => c.kind === 'share' && c.verified)).toBe(true);
    expect(errors(doc('34.29'))).toEqual(['3 share.percent 37.14% 34.29%']);
  });
  it('is not read when two counts of different values fit the name', () => {
    expect(errors(doc('34.29', '其中财政重点监控项目10个。'))).toEqual([]);
  });
});

describe('a 三公 table of items as columns, a row per year, a sub-header label in the gap between two columns', () => {
  // "公务用车运行维护费" sits between the 购置费 and 运行维护费 columns (pdftotext counts a wide character as one);
  // the rows name their year; the text calls the first item 因公出国（境）经费.
  const doc = (rate: string, unit = '某某省地质灾害监测预警中心') =>
    [
      '                     某某监测中心',
      '               2037年度“三公”经费财政拨款支出决算情况说明',
      `   1．因公出国（境）经费支出12.40万元，完成预算${rate}%。`,
      '                          附表 财政拨款“三公”经费支出决算表',
      `                            编制单位：${unit}                        单位：万元`,
      '                                          公务用车购置及运行维护费',
      '   项目       合计      因公出国（境）费                                         公务接待费',
      '                                  小计    公务用车购置费     公务用车运行维护费',
      ' 2037年预算数   71.30           16.00 49.30       27.00          22.30       6.00',
      ' 2037年决算数   63.57           12.40 46.89       26.10          20.79       4.28',
      ' 2036年决算数   60.02            8.90 46.12       23.50          22.62       5.00',
    ].join('\n');
  it('reads the item’s budget from its column: the completion rate is held to it', () => {
    expect(errors(doc('77.50'))).toEqual([]);
    const checked = checkTextReport(doc('77.50')).claims.filter(
      (c) => c.kind === 'completion' && c.line === 3,
    );
    expect(checked.map((c) => c.arithmetic)).toEqual([
      '12.40 ÷ 16.00万元（《附表财政拨款“三公”经费支出决算表》因公出国（境）费预算数） × 100% = 77.50%，文中77.50%',
    ]);
    expect(errors(doc('75.70'))).toEqual(['3 completion.percent 77.50% 75.70%']);
  });
  it('reads it too when a short caption line has the places counted by display width', () => {
    expect(errors(doc('77.50', '某某中心'))).toEqual([]);
    expect(errors(doc('75.70', '某某中心'))).toEqual(['3 completion.percent 77.50% 75.70%']);
  });
});

describe('a narrow 自评表 whose header words and fund labels wrap ("分" over "值", "年度资" over "金总额")', () => {
  const table = (rate: string, carried: string) =>
    [
      '                  项目支出绩效自评表',
      '                       （2037年度）',
      '项目名称 某某设施管护项目',
      '           年初预算数 全年预       全年执 分 执行率',
      '                     算数 行数 值                    得分',
      `      年度资 300.00 320.00 310.40 10 ${rate}%            9.70`,
      '      金总额',
      '项目资金 其中：',
      '（万元） 当年财',
      '      政拨款',
      '             300.00 300.00 292.40 — 97.47%       —',
      `      上年结      0.00 20.00 ${carried} — 90.00%         —`,
      '      转资金',
      '绩 一级 二级 三级指标 年度 实际 分 得分                      偏差原因分析',
      '效 指标 指标             指标值 完成值 值                 及改进措施',
      '  产出 数量指 管护面积 ≥8万亩 8.2万亩 50 50.00 无',
      '  效益 社会效 运行状况    优     良   40   30.00 巡查频次不足。',
      '                总分             100 89.70 自评等级：良',
    ].join('\n');
  it('reads the fund rows by their pattern: rates and the sources’ sum', () => {
    expect(errors(table('97.00', '18.00'))).toEqual([]);
    expect(errors(table('99.00', '18.00')).map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual([
      '6 completion.percent',
    ]);
    expect(errors(table('97.00', '18.90')).map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual([
      '6 sum.parts',
      '12 completion.percent',
    ]);
  });
});

describe('a figure of another year compared with the year before the document’s', () => {
  const doc = (year: string) =>
    [
      '某局2037年度部门决算说明',
      `    （一）机关运行经费支出情况。${year}年度本部门机关运行经费支出51.93万元，比2036年度增加0.03万元，增长0.06%。`,
    ].join('\n');
  it('is the document’s year mistyped', () => {
    expect(errors(doc('2037'))).toEqual([]);
    expect(errors(doc('2039'))).toEqual(['2 year.mismatch 2037年 2039年']);
  });
});
