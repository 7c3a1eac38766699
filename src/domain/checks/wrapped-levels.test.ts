/**
 * 自评表 and 评分表 read where their headers wrap or their levels sit side by side: a header the layout ran into
 * prose (score-pairs.ts), its wrapped dates (filing-dates.ts) and 完成率 notes (noted-completion.ts); a 得分率
 * column (table-rules.ts); a 一级's score in the text against a summary table (level-rows.ts); 一级 分值/得分
 * beside their 二级 rows (level-besides.ts). Made-up names and figures.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const form = (o: { total?: string; weight?: string; done?: string; rate?: string } = {}): string =>
  [
    '                      项目支出绩效自评表',
    '                          （2031年度）',
    '项目名 青石县古树名木保护项目',
    '称',
    '                  年初预算 全年预算 全年执行 分值 执行率                  得分',
    '项目资                数        数      数',
    '金（万 年度资金总额         200.00 250.00 240.00 10        96.00%    9.6',
    '元） 其中：财政拨款         200.00 250.00 240.00 —         96.00%  —',
    '    一级 二级指 三级指标 年度指标 实际完成 分 得分 偏差原因分析及改进措施',
    '    指标 标                值       值 值',
    `   产出 数量指 古树挂牌 ≥300株 310株 ${o.weight ?? '20'} 20.0`,
    '   指标 标       数量',
    '                                              部分古树位于私人宅院',
    '   产出 质量指 复壮成活 ≥90% 86.4% 20 19.2 未能入户，完成率为',
    `   指标 标       率                             ${o.rate ?? '96.00'}%，下一年度协调`,
    '绩                                             入户。',
    `效 产出 时效指 巡查报告 2031年 ${o.done ?? '2031'}年`,
    '指 指标 标        完成时间 12月底前 12月10日 20 20.0',
    '标             时间',
    '   效益 生态效 古树存活',
    '   指标 益指标 率 ≥95% 97.0% 20 20.0',
    '   满意 服务对 周边群众 ≥90% 93.1% 10 10.0',
    '   度指 象满意 满意度',
    `               总分                   ${o.weight ? '100' : '100'} ${o.total ?? '98.8'}`,
    '自评等级：优（90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”）',
    '填报人：      联系电话：          填报日期：2032年3月',
  ].join('\n');

const rateTable = (rate = '60.00'): string =>
  [
    '                表3 项目绩效评价指标评分表',
    '一级指标    二级指标    三级指标          分值     得分     得分率（%）',
    ' 决策      项目立项    立项依据充分性     4.00     4.00      100.00',
    ' 决策      绩效目标    目标明确性         6.00     4.50       75.00',
    ' 过程      资金管理    资金到位率         5.00     4.00       80.00',
    ` 过程      组织实施    制度执行有效性     5.00     3.00       ${rate}`,
    '                       合计              20.00    15.50       77.50',
  ].join('\n');

const summary = (stated = '26.00'): string =>
  [
    '二、评价结论',
    '  该项目评价得分85.00分。',
    '               表2 一级指标得分汇总表',
    '   一级指标       权重（分）            得分        得分率（%）',
    '    决策                 20.00     18.00            90.00',
    '    过程                 30.00     26.00            86.67',
    '    产出                 50.00     41.00            82.00',
    '    合计                100.00     85.00            85.00',
    '三、指标分析',
    '  （一）决策指标',
    '  决策类指标权重20.00分，评价得分18.00分，得分率90.00%。项目立项依据充分。',
    '  （二）过程指标',
    `  过程类指标权重30.00分，评价得分${stated}分。资金管理较为规范。`,
  ].join('\n');

const besides = (o: { weight?: string; score?: string } = {}): string =>
  [
    '             表4 部门整体支出绩效自评得分表',
    '  一级指标    分值     得分         二级指标    分值       得分',
    '   决策       20    18.00 目标设定          10     9.00',
    '                        依据充分性        10     9.00',
    '                        资金到位          10     10.00',
    `   过程       30    ${o.score ?? '28.50'} 制度执行          10     9.50`,
    `                        档案管理          ${o.weight ?? '10'}     9.00`,
    '                        数量指标          25     23.00',
    '   产出       50    46.00 质量指标          25     23.00',
    `   合计      100    ${o.score ? '91.50' : '92.50'}`,
  ].join('\n');

const errors = (text: string): string[] =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.found}`);

describe('a 自评表 whose indicator header wrapped into prose', () => {
  it('reads a clean form without errors', () => {
    expect(errors(form())).toEqual([]);
  });
  it('sums the 得分 against the 总分', () => {
    expect(errors(form({ total: '99.8' }))).toEqual(['24 score.sum 99.8']);
  });
  it('finds the 分值 off the 总分 when the 得分 add up', () => {
    expect(errors(form({ weight: '25' }))).toEqual(['24 score.weight-sum 105']);
  });
  it('reads an actual date wrapped after its year', () => {
    expect(errors(form({ done: '2032' }))).toEqual(['18 year.after-filing 2032年12月10日']);
  });
  it('reads a 完成率 wrapped in the note', () => {
    expect(errors(form({ rate: '94.00' }))).toEqual(['14 completion.percent 94.00%']);
  });
});

describe('a 得分率 column', () => {
  it('holds when each rate is 得分 ÷ 分值', () => {
    expect(errors(rateTable())).toEqual([]);
  });
  it('reports the row whose rate is not', () => {
    expect(errors(rateTable('70.00'))).toEqual(['6 score.rate 70.00']);
  });
});

describe("a 一级's score in the text against the summary table", () => {
  it('holds when they agree', () => {
    expect(errors(summary())).toEqual([]);
  });
  it('reports the text when they do not', () => {
    expect(errors(summary('27.00'))).toEqual(['13 figure.text-table 27.00分']);
  });
});

describe('一级 分值 and 得分 beside their 二级 rows', () => {
  it('reads a clean table without errors', () => {
    expect(errors(besides())).toEqual([]);
  });
  it('names the 二级 分值 that breaks its 一级', () => {
    expect(errors(besides({ weight: '11' }))).toEqual(['7 score.weight-sum 31']);
  });
  it("reports a 一级 得分 that is not its rows' sum", () => {
    expect(errors(besides({ score: '27.50' }))).toEqual(['6 score.sum 27.50']);
  });
});
