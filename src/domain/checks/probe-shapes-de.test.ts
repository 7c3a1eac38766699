/**
 * Shapes of round 13's blind sets (units, names and figures made up): a 自评报告's "“指标”…扣X分" against its 自评表
 * row; a 自评表 whose 项目资金 header reads as a line of prose and whose 年度资金总额 label wraps; a 部门整体 自评表
 * printing 执行率 before 分值 and 得分; a 其中 list ended by the next numbered item; "5．2210201购房补贴。"; a 总分 row
 * with its grade after it.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

// 项目资金: 200.00 / 200.00 / 190.00 (95.00%, 分值 10, 得分 9.50); 指标 30 (27.00) + 30 (28.00) + 20 (14.00) + 10 (10.00);
// 总分 100, 得分 9.50 + 79.00 = 88.50.
const selfEval = (lost = '6', grade = '自评等级：良', rate = '95.00%') =>
  [
    '        某县某局某某项目2036年度项目支出绩效自评表',
    '项目名称   某某项目',
    '             年初预算 全年预算 全年执行 分值 执行率 得分',
    '             数       数      数',
    `       年度资金总 200.00 200.00 190.00 10 ${rate}        9.50`,
    '       额',
    '项目资金   其中：当年 200.00 200.00 190.00 — —',
    '（万元）   财政拨款                                      —',
    '       其他资金     0.00   0.00   0.00 — —           —',
    '年度总体   预期目标：完成某某任务 实际完成情况：基本完成某某任务',
    '一级 二级    三级指标         年度指标值 实际完成值 分值 得分        偏差原因分析及改进措施',
    '产出 数量 完成巡查次数          ≥240次 216次   30   27.00   天气影响',
    '产出 质量 隐患整改率           ≥95%   93.6%   30   28.00   个别隐患整改滞后',
    '效益 社会 事故发生数         ≤1起     2起    20   14.00   宣传不足',
    '满意 服务 群众满意度         ≥90%   95.2%   10   10.00   无偏差',
    `            总分                   100 88.50 ${grade}`,
    `    该项目全年执行率95.00%，综合得分88.50分。扣分原因：“事故发生数”未完全达到年度目标，扣${lost}分；“完成巡查次数”未达到年度指标值，扣3分。`,
  ].join('\n');

describe('a 自评表 whose 项目资金 header reads as prose, and the 自评报告 under it', () => {
  it('clean: the 总分 counts the 项目资金 得分, and each quoted deduction is its row’s 分值 − 得分', () => {
    expect(errors(selfEval())).toEqual([]);
    const deductions = checkTextReport(selfEval()).claims.filter((c) => c.arithmetic.includes('文中扣'));
    expect(deductions.map((c) => c.verified)).toEqual([true, true]);
  });
  it('finds a quoted deduction that is not the row’s 分值 − 得分', () => {
    expect(errors(selfEval('5'))).toEqual(['17 score.deduction 6.00分 5分']);
  });
  it('finds a 执行率 against its row when the 总分 row prints the grade after it', () => {
    expect(errors(selfEval('6', '自评等级：良', '96.00%'))).toEqual(['5 completion.percent 95.00% 96.00%']);
  });
});

describe('a 部门整体 自评表 printing 执行率 before 分值 and 得分', () => {
  const table = (total: string) =>
    [
      '                          2036年度部门整体支出绩效自评表',
      '年    资金来源        年初预算        全年预算        全年执行            执行率          分值  得分',
      '度',
      '预 年度资金总额           1,000.00   1,000.00   950.00         95.00%    10 9.50',
      '算 其中：财政拨款          1,000.00   1,000.00   950.00         95.00%    —   —',
      '                          绩效指标完成情况',
      '一级指标   二级指标      三级指标    年度指标值     实际完成值      分值    得分          偏差原因分析及改进措施',
      '产出指标 数量指标 完成造林面积    ≥10万亩      10.2万亩     50   50.00   —',
      '效益指标 生态指标 森林覆盖率      ≥40%         39.5%        40   38.00   降水偏少',
      `                   总分                         100   ${total}   自评等级：优`,
    ].join('\n');
  it('counts the 项目资金 part in the 总分: no error when it adds up, an error when it does not', () => {
    expect(errors(table('97.50'))).toEqual([]);
    expect(errors(table('96.50')).map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual(['10 score.sum']);
  });
});

describe('a 其中 list whose parts follow on their own paragraphs, ended by the next numbered item', () => {
  const doc = (parts: string) =>
    [
      '某厅2036年度部门决算情况说明',
      '    2．公务用车购置及运行维护费预算120.00万元，决算110.00万元，完成预算的91.67%。其中：',
      `    公务用车购置费预算30.00万元，决算${parts}万元，完成预算的${parts === '30.00' ? '100.00' : '96.67'}%。`,
      '    公务用车运行维护费预算90.00万元，决算80.00万元，完成预算的88.89%。',
      '    3．公务接待费预算20.00万元，决算15.00万元，完成预算的75.00%。',
    ].join('\n');
  it('reads the parts up to the next item only', () => {
    expect(errors(doc('30.00'))).toEqual([]);
    expect(errors(doc('29.00')).map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual(['2 sum.parts']);
  });
});

describe('a numbered item opening with a 项’s code and name', () => {
  const doc = (name: string) =>
    `某厅2036年度部门决算情况说明\n    5．2210201${name}。年初预算为1,020.00万元，支出决算为1,018.74万元，完成年初预算的99.88%。`;
  it('holds the name to the code’s in the catalogue', () => {
    expect(errors(doc('住房公积金'))).toEqual([]);
    expect(errors(doc('购房补贴'))).toEqual(['2 figure.code-name 2210201 住房公积金 2210201 购房补贴']);
  });
});

describe('a 部门整体 自评表’s sources under a header printing 执行率 before 分值 and 得分', () => {
  const table = (rate: string) =>
    [
      '                          2036年度部门整体支出绩效自评表',
      '年    资金来源        年初预算        全年预算        全年执行            执行率          分值  得分',
      '度',
      '预 年度资金总额           1,000.00   1,200.00   1,140.00         95.00%    10 9.50',
      '算 其中：财政拨款          1,000.00   1,100.00   1,050.00         95.45%    —   —',
      `执 其中：上年结转               0.00     100.00      90.00         ${rate}    —   —`,
      '一级指标   二级指标      三级指标    年度指标值     实际完成值      分值    得分          偏差原因分析及改进措施',
      '产出指标 数量指标 完成造林面积    ≥10万亩      10.2万亩     50   50.00   —',
      '效益指标 生态指标 森林覆盖率      ≥40%         39.5%        40   38.00   降水偏少',
      '                   总分                         100   97.50   自评等级：优',
    ].join('\n');
  it('holds each source’s 执行率 to its 执行数 ÷ 全年预算', () => {
    expect(errors(table('90.00%'))).toEqual([]);
    expect(errors(table('95.00%'))).toEqual(['6 completion.percent 90.00% 95.00%']);
  });
});

describe('dates and years of round 13', () => {
  it('finds a year-end a year early in a sentence on the year’s own 年初预算 and 执行', () => {
    const doc = (cutoff: string) =>
      `某局2036年度部门整体支出绩效自评说明\n    2036年度我局年初预算1,000.00万元，全年预算1,200.00万元，截至${cutoff}年12月31日，全年执行1,140.00万元，预算执行率95.00%。`;
    expect(errors(doc('2036'))).toEqual([]);
    expect(errors(doc('2035'))).toEqual(['2 year.mismatch 2036年 2035年']);
  });
  it('finds an 评价报告’s 报告日期 before the year of the project its title names', () => {
    const doc = (date: string) =>
      [
        '2036年某区农田建设项目',
        '        绩效评价报告',
        '      委托单位：某区财政局',
        `       报告日期：${date}`,
        '    评价组对2036年某区农田建设项目开展了绩效评价。',
      ].join('\n');
    expect(errors(doc('2037年4月18日'))).toEqual([]);
    expect(errors(doc('2035年4月18日')).map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual([
      '4 year.filing-date',
    ]);
  });
  it('reads a change against last year’s figure named with its year and a quoted subject', () => {
    const doc = (change: string) =>
      `某镇2036年度“三公”经费决算情况说明\n    2036年度“三公”经费决算数为15.83万元。\n    与2035年“三公”经费决算数17.07万元相比，2036年度减少${change}万元，下降7.26%。`;
    expect(errors(doc('1.24'))).toEqual([]);
    // (The amount against this year's figure above, the % against the amount.)
    expect(errors(doc('1.42')).map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual([
      '3 change.percent',
      '3 change.amount',
    ]);
  });
  it('finds a comparison with a later year’s 决算 stated with its figure', () => {
    const doc = (year: string) =>
      `某镇2036年度“三公”经费决算情况说明\n    公务用车运行维护费决算数为10.97万元，与${year}年决算数11.65万元相比减少0.68万元，下降5.84%。`;
    expect(errors(doc('2035'))).toEqual([]);
    expect(errors(doc('2037'))).toEqual(['2 year.mismatch 2035年 2037年']);
  });
});
