/**
 * Shapes met in 部门决算 and 绩效 documents (names and figures made up): a 财政拨款 总表 cut into pieces by its empty
 * 类 rows, its first rows left as text (summary-classes.ts, table-claims.ts); a 三公 item's change in the 其中 list
 * of a sentence comparing with last year, against a table of this year only (figure-claims.ts); a 年度总体目标
 * in two columns printing both on one line only, restating a measure in 平方米 (goal-actuals.ts); 执行率 whose
 * budgets the paragraph before states (rate-outturn.ts); a 三公 table's 较预算增减 column (table-claims.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const findings = (text: string, severity = 'error'): string[] =>
  checkTextReport(text, { year: 2031 })
    .findings.filter((f) => f.severity === severity)
    .map((f) => `${f.line} ${f.rule}`);

const claims = (text: string): string[] =>
  checkTextReport(text, { year: 2031 }).claims.map((c) => `${c.verified ? '✓' : '✗'} ${c.arithmetic}`);

/** A 财政拨款 总表: the rows 一…七 and 十二…十八 blank on the 支出 side, left as text by the layout. */
const fiscalSummary = (total = '5,180.00'): string =>
  [
    '                                  财政拨款收入支出决算总表',
    '                                                                          公开04表 单位：万元',
    '         收入                                        支出',
    '      项目       决算数            项目          合计 一般公共预算财政拨款 政府性基金预算财政拨款 国有资本经营预算财政拨款',
    '一、一般公共预算财政拨款 4,300.00 一、一般公共服务支出',
    '二、政府性基金预算财政拨款 900.00 二、外交支出',
    '三、国有资本经营预算财政拨款 20.00 三、国防支出',
    '                       四、公共安全支出',
    '                       五、教育支出',
    '                       六、科学技术支出',
    '                       七、文化旅游体育与传媒支出',
    '                       八、社会保障和就业支出      300.00      300.00',
    '                       九、卫生健康支出         120.00      120.00',
    '                       十、节能环保支出',
    '                       十一、城乡社区支出      4,500.00     3,650.00    850.00',
    '                       十二、农林水支出',
    '                       十三、交通运输支出',
    '                       十四、资源勘探工业信息等支出',
    '                       十五、商业服务业等支出',
    '                       十六、金融支出',
    '                       十七、援助其他地区支出',
    '                       十八、自然资源海洋气象等支出',
    '                       十九、住房保障支出        200.00      200.00',
    '                       二十、粮油物资储备支出',
    '\f                        二十一、国有资本经营预算支出     20.00                         20.00',
    '                        二十二、灾害防治及应急管理支出',
    '                        二十三、其他支出           40.00               40.00',
    '                        二十四、抗疫特别国债安排的支出',
    `本年收入合计         5,220.00 本年支出合计          ${total}   4,270.00   890.00   20.00`,
    '年初财政拨款结转和结余       50.00 年末财政拨款结转和结余       90.00      80.00      10.00    0.00',
    '一、一般公共预算财政拨款      50.00',
    '二、政府性基金预算财政拨款      0.00',
    '三、国有资本经营预算财政拨款 0.00',
    '总计             5,270.00 总计              5,270.00   4,350.00   900.00   20.00',
    '注：本表反映部门本年度财政拨款总收支和结转结余情况。',
  ].join('\n');

describe('a 财政拨款 总表 cut into pieces by its empty 类 rows, its first rows left as text', () => {
  it('does not add up the 类 of the last piece alone against 本年支出合计', () => {
    expect(findings(fiscalSummary())).toEqual([]);
  });
  it('adds up the 类 of all the pieces, the rows left as text blank on the 支出 side', () => {
    expect(claims(fiscalSummary())).toContain(
      '✓ 《财政拨款收入支出决算总表》“本年支出合计”等于各类支出之和：300.00 + 120.00 + 4500.00 + 200.00 + 20.00 + 40.00 = 5180.00，表中5180.00',
    );
  });
  it('reports a 本年支出合计 the 类 of the pieces do not make', () => {
    expect(findings(fiscalSummary('5,190.00'))).toContain('29 table.total');
  });
});

/** A 三公 table of this year only (预算数 | 决算数 per item), then the change on last year in a 其中 list. */
const feeNotice = (fall = '1.50'): string =>
  [
    '                               财政拨款“三公”经费支出决算表',
    '                                                                        公开07表 单位：万元',
    '    合计        因公出国（境）费    公务用车购置及运行维护费小计        公务用车购置费      公务用车运行维护费       公务接待费',
    ' 预算数 决算数 预算数 决算数           预算数       决算数       预算数 决算数       预算数     决算数 预算数 决算数',
    '  40.00 36.00   0.00 0.00      36.00     33.00 10.00 10.00     26.00   23.00 4.00  3.00',
    '注：本表反映部门本年度“三公”经费支出预决算情况。',
    '七、财政拨款“三公”经费支出决算情况说明',
    `    2031年度“三公”经费财政拨款支出决算数比2030年度增加8.50万元，增长30.91%，其中：因公出国（境）费支出决算与2030年度持平，均为0万元；公务用车购置费支出决算10.00万元，比2030年度增加10.00万元；公务用车运行维护费支出决算减少${fall}万元，下降6.12%；公务接待费支出决算减少0.00万元，下降0.00%。`,
  ].join('\n');

describe('a 三公 item’s change in the 其中 list of a sentence comparing with last year', () => {
  it('holds when the change and its rate fit this year’s 决算 of the table', () => {
    expect(findings(feeNotice())).toEqual([]);
    expect(claims(feeNotice()).filter((c) => c.includes('公务用车运行维护费决算数'))).toContain(
      '✓ 上年数为 23（《财政拨款“三公”经费支出决算表》公务用车运行维护费决算数） + 1.50 = 24.5，变动率 1.50 ÷ 24.5 × 100% = 6.12%，文中6.12%',
    );
  });
  it('reports a change that no longer fits its rate and the table’s 决算', () => {
    expect(findings(feeNotice('2.50'))).toEqual(['8 change.percent']);
  });
});

/** A 自评表 whose 年度总体目标 prints both columns on one line only. */
const goal = (area = '860'): string =>
  [
    '                        项目支出绩效自评表',
    '                                                                                 （2031年度）',
    '项目名称 古建筑修缮项目',
    '      预期目标                                            实际完成情况',
    `年度总体                                                  完成2处古建筑修缮，修缮面积${area}平方米，工`,
    '      完成2处古建筑修缮，修缮面积不少于800平方米，于2031年10月',
    `${'目标 31日前完工。'.padEnd(54)}程于2031年11月20日完工并通过验收。`,
    ' 一级指标     二级指标       三级指标         年度指标值        实际完成值 分值 得分             偏差原因分析及改进措施',
    '产出指标 数量指标        修缮古建筑数量      2处            2处            20 20 无',
    '产出指标 数量指标        修缮面积          ≥800平方米      860平方米       20 20 无',
    '产出指标 质量指标        工程验收合格率       100%          100%          20 20 无',
    '效益指标 社会效益指标      安全隐患消除率 ≥95%            100%          20 20 无',
    '满意度指标 服务对象满意度指标 周边居民满意度     ≥90%        95%    20 20 无',
    '总分                                              100 100 自评等级：优',
  ].join('\n');

describe('a 年度总体目标 printing both columns on one line only', () => {
  it('reads the 实际完成情况 column by the header’s two headings: a measure in 平方米 that agrees', () => {
    expect(findings(goal())).toEqual([]);
    expect(claims(goal())).toContain(
      '✓ 年度总体目标实际完成情况“修缮面积”860平方米 = 指标“修缮面积”实际完成值860平方米',
    );
  });
  it('reports a measure that is not the indicator’s 实际完成值', () => {
    expect(findings(goal('680'))).toEqual(['5 figure.text-table']);
  });
});

/** The budgets in one paragraph, the outturn and its rates in the next. */
const execution = (total = '2,745.00', project = '91.50'): string =>
  [
    '（三）部门预算及执行情况',
    '    2031年度本部门年初预算数为2,600.00万元，其中基本支出1,100.00万元、项目支出',
    '1,500.00万元。年度执行中，因专项资金下达等追加预算，全年预算数调整为3,000.00万元，',
    '较年初预算增加400.00万元，其中基本支出1,200.00万元、项目支出1,800.00万元。',
    `    全年执行数为${total}万元，预算执行率为91.50%。其中：基本支出执行1,098.00万元，`,
    `执行率91.50%，主要用于人员工资和机关运转；项目支出执行1,647.00万元，执行率${project}%，`,
    '主要用于农田水利建设等。',
  ].join('\n');

describe('执行率 whose budgets the paragraph before states', () => {
  it('holds when each rate is its outturn ÷ the budget of the same name', () => {
    expect(findings(execution())).toEqual([]);
    expect(claims(execution()).filter((c) => c.includes('文中91.50%'))).toHaveLength(3);
  });
  it('reports a 全年执行数 that no longer fits its 执行率', () => {
    expect(findings(execution('2,755.00'))).toEqual(['5 completion.percent']);
  });
  it('reports a part’s 执行率 that is not its outturn ÷ its budget', () => {
    expect(findings(execution(undefined, '93.50'))).toEqual(['6 completion.percent']);
  });
});

/** A 三公 table whose budget comparison column is headed 较预算增减. */
const feeTable = (diff = '-1.50'): string =>
  [
    '     某局2031年度“三公”经费财政拨款支出决算表',
    '                                        单位：万元',
    '       项目      预算数 决算数 上年决算数 较预算增减 较上年增减率（%）',
    '合计              30.00 26.00 25.00 -4.00    4.00',
    '1.因公出国（境）费      5.00 4.00   4.00 -1.00    0.00',
    '2.公务用车购置及运行维护费 20.00 18.50  17.00 -1.50    8.82',
    `（1）公务用车购置费      8.00 8.00 6.00 0.00    33.33`,
    `（2）公务用车运行维护费    12.00 10.50 11.00 ${diff}    -4.55`,
    '3.公务接待费          5.00 3.50   4.00 -1.50   -12.50',
  ].join('\n');

describe('a 三公 table’s 较预算增减 column', () => {
  it('holds when each cell is 决算 − 预算', () => {
    expect(findings(feeTable())).toEqual([]);
  });
  it('reports a cell that is not', () => {
    expect(findings(feeTable('-1.05'))).toEqual(['8 table.change']);
  });
});
