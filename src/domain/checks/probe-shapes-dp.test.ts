/**
 * Shapes of round 17's blind sets (units, names and figures made up): a comparison table's change rates read by
 * their figures under a header the layout garbled; a reason worded against its change; the 保有量 restated as
 * 年末实有公务用车; a 到位率 after a source's amount that is no rate of that amount; a comparison naming a wrong
 * year; a 自评结论 under its own heading after the 评分表's 合计; a grade after a total's list of parts; indicators
 * 已完成 / 部分完成 / 未完成 against those set; a 自评表's sources whose first label wrapped away from its figures.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

describe('a comparison table’s change rates under a garbled header (shaped-changes.ts)', () => {
  // The header's two lines run into each other (pdftotext): no column of rates can be told by its name.
  const table = (meeting: string) =>
    [
      '一、2037年度“三公”经费、会议费、培训费决算情况表',
      '                                                          单位：万元',
      '     项目      2037年 2037年 2036年 比预算 比预算 比上年 比上年          2037年数量',
      '             预算数 决算数 决算数 增减额 增减率 增减额 增减率 批次(个) 人次(人)',
      '因公出国（境）费        12.00   9.60   8.00 -2.40 -20.00%   1.60 20.00%  1      4',
      '公务用车运行维护费       40.00 36.00 45.00 -4.00 -10.00% -9.00 -20.00%',
      '公务接待费           20.00 15.00   12.00 -5.00 -25.00%  3.00 25.00% 30    210',
      `会议费             30.00 27.00 24.00 -3.00 -10.00%  3.00 ${meeting}% 12        600`,
      '培训费             50.00 45.00 50.00 -5.00 -10.00% -5.00 -10.00% 20    900',
      '合计             152.00 132.60 139.00 -19.40 -12.76% -6.40 -4.60%',
    ].join('\n');
  it('holds each row’s rate to its change ÷ its base, as every other row does', () => {
    expect(errors(table('12.50'))).toEqual([]);
    expect(errors(table('21.50'))).toEqual(['8 table.rate 12.50% 21.50%']);
  });
});

describe('a reason worded against the change it explains (reason-directions.ts)', () => {
  const text = (word: string) =>
    [
      '某某局2037年度“三公”经费决算说明',
      `    2037年度“三公”经费财政拨款支出决算比2036年度减少1.10万元，下降5.00%，其中：公务用车运行维护费支出决算减少0.60万元，下降6.00%；公务接待费支出决算减少0.50万元，下降4.17%。公务用车运行维护费支出减少的主要原因是车辆维修费用下降。公务接待费支出${word}的主要原因是严格控制接待批次。`,
    ].join('\n');
  it('is an error when the item fell and its reason says it rose', () => {
    expect(errors(text('减少'))).toEqual([]);
    expect(errors(text('增加'))).toEqual(['2 change.direction 减少 增加']);
  });
  it('is not read when the item is also compared with its budget', () => {
    const budget = text('增加').replace(
      '公务接待费支出决算减少0.50万元',
      '公务接待费支出决算比预算减少0.50万元',
    );
    expect(errors(budget).filter((e) => e.includes('change.direction'))).toEqual([]);
  });
});

describe('a 到位率 after a source’s amount that is no rate of that amount (named-rates.ts)', () => {
  const text = (rate: string) =>
    [
      '某某项目2037年度绩效评价报告',
      `    项目总预算800.00万元，其中：市级资金500.00万元、区级资金260.00万元、单位自筹资金40.00万元。截至2037年12月31日，项目实际到位资金790.00万元，其中财政资金760.00万元全额到位，单位自筹资金到位30.00万元，资金到位率${rate}%。`,
    ].join('\n');
  it('is the total’s when it is not the source’s', () => {
    expect(errors(text('98.75'))).toEqual([]);
    // (30.00 ÷ 40.00: the source's own rate.)
    expect(errors(text('75.00'))).toEqual([]);
    expect(errors(text('97.85'))).toEqual(['2 completion.percent 98.75% 97.85%']);
  });
});

describe('a 自评结论 under a heading of its own after the 评分表’s 合计 (conclusion-scores.ts)', () => {
  const text = (stated: string) =>
    [
      '                 部门整体支出绩效评分表',
      ' 一级指标   二级指标  三级指标                 分值           得分',
      ' 部门决策   目标设定  绩效目标合理性              40          38.50',
      ' 部门履职   重点工作  重点工作完成率              60          57.20',
      '                合计                    100           95.70',
      '七、结论',
      ` 综上，某某局2037年度部门整体支出绩效自评得分为${stated}分，评价等级为“优”。`,
    ].join('\n');
  it('must state the 合计’s score', () => {
    expect(errors(text('95.70'))).toEqual([]);
    expect(errors(text('97.50'))).toEqual(['7 figure.text-table 95.70分 97.50分']);
  });
});

describe('prose of a 部门整体 自评报告', () => {
  const text = (grade: string, unmet: string) =>
    [
      '某某局2037年度部门整体支出绩效自评报告',
      `    2037年度本部门共设置绩效指标40个。经逐项核查，已完成36个，部分完成3个，未完成${unmet}个，指标完成率90.00%。`,
      `    经自评，本部门2037年度部门整体支出绩效自评得分92.40分，其中部门决策18.00分、部门管理27.40分、部门履职28.00分、履职效益19.00分，自评等级为“${grade}”。`,
    ].join('\n');
  it('a grade after the total’s list of parts is the total’s (prose-grades.ts)', () => {
    expect(errors(text('优', '1'))).toEqual([]);
    expect(errors(text('良', '1'))).toEqual(['3 grade.score 优 良']);
  });
  it('indicators 已完成, 部分完成 and 未完成 add up to those set (count-complements.ts)', () => {
    expect(errors(text('优', '2'))).toEqual(['2 count.sum 41个 40个']);
  });
});

describe('a 自评表’s sources when the first one’s label wrapped away from its figures (wrapped-self-evals.ts)', () => {
  const form = (carried: string) =>
    [
      '                       项目支出绩效自评表',
      '                           （2037年度）',
      '  项目名称 某某监测站运行维护',
      '                年初预算数 全年预算数 全年执行数 分值 执行率                  得分',
      '         年度资金       200.00 230.00 224.00 10 97.39%            9.74',
      '         总额',
      '  项目资金 其中：当',
      '  （万元） 年财政拨',
      '         款',
      '                    200.00 200.00 196.00 — —               —',
      `         上年结转         0.00     30.00     ${carried} — —         —`,
      '         资金',
      '         其他资金         0.00      0.00      0.00 — —         —',
      '     一级指 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及',
      '       标                                                 改进措施',
      '     产出指 数量指标 运维站点数量 ≥10个 10个 45 45.00 无',
      '     效益指 社会效益 数据传输率 ≥90% 96% 45 45.00 无',
      '                 总分                            100 99.74',
    ].join('\n');
  it('adds them up to the 年度资金总额, column by column', () => {
    expect(errors(form('28.00'))).toEqual([]);
    expect(errors(form('30.00'))).toEqual(['5 sum.parts 226.00 224.00']);
  });
});
