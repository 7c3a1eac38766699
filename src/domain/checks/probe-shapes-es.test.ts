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

describe('a change against the figure it is compared with (compared-base-changes.ts)', () => {
  const report = (rate: string) =>
    [
      '某局2031年度部门整体支出绩效自评报告',
      `    2031年初部门预算1,800.00万元，年中追加调整200.00万元，全年预算数2,000.00万元，全年实际支出1,900.00万元，预算执行率95.00%。与2030年度支出决算1,600.00万元相比，支出增加300.00万元，增长${rate}，主要原因是项目资金增加。`,
    ].join('\n');
  it('holds the % against the amount compared with, whatever else the paragraph states', () => {
    expect(errors(report('18.75%'))).toEqual([]);
    expect(errors(report('16.67%'))).toEqual(['2 change.percent 16.67%']);
  });
});

describe('the adjusted budget’s growth on the opening one (prose-budget-history.ts)', () => {
  const report = (rate: string) =>
    [
      '某局2031年度部门整体支出绩效自评报告',
      `    2031年初部门预算8,000.00万元，年中追加省级资金，全年预算数9,000.00万元，较年初预算增加1,000.00万元，增长${rate}。`,
    ].join('\n');
  it('holds the % against the opening budget', () => {
    expect(errors(report('12.50%'))).toEqual([]);
    expect(errors(report('11.11%'))).toEqual(['2 change.percent 11.11%']);
  });
});

describe('a grade stated as 评级 (prose-grades.ts)', () => {
  const text = (grade: string, average: string) =>
    [
      '某局2031年度部门决算情况说明',
      `    2031年度开展绩效自评的项目2个，平均得分${average}分，其中：评级为“优”的项目1个，评级为“良”的项目1个。`,
      `    1.城区供水管网维护项目自评得分94分，评级为“${grade}”；`,
      '    2.防汛物资储备项目自评得分86分，评级为“良”。',
    ].join('\n');
  it('holds each project’s grade and reads no count of graded projects as a grade', () => {
    expect(errors(text('优', '90.00'))).toEqual([]);
    expect(errors(text('优', '88.00'))).toEqual([]);
    expect(errors(text('良', '90.00'))).toEqual(['3 grade.score 良']);
  });
});

describe('a table of scores and grades whose 得分 header is stacked (headed-rows.ts)', () => {
  const table = (grade: string) =>
    [
      '某局2031年度部门整体支出绩效自评报告',
      '                      表 2  2031 年度主要项目绩效自评情况',
      '  序号        项目名称          预算数      执行数     执行率    自评    等级',
      '                                                                      得分',
      '    1   城区道路养护项目          860.00      842.80    98.00%    95.20    优',
      `    2   燃气管网更新补助资金      500.00      450.00    90.00%    86.50    ${grade}`,
      '    3   物业服务提升经费          100.00       80.00    80.00%    72.60    中',
    ].join('\n');
  it('reads the header over two lines and judges each row’s grade', () => {
    expect(errors(table('良'))).toEqual([]);
    expect(errors(table('优'))).toEqual(['6 grade.score 优']);
  });
});

/** A 支出决算表 over two pages: a note under each part, the continuation titled "（续）", its 栏次 printed again. */
const splitTable = (housing = '60.00') =>
  [
    '某局2031年度部门决算',
    '                      一般公共预算财政拨款支出决算表',
    '                                                                        公开05表',
    '部门：某局                                                      单位：万元',
    '             科目名称                 合计          基本支出        项目支出',
    '     栏次                           1               2               3',
    '             合计                      560.00          260.00          300.00',
    ' 208       社会保障和就业支出          100.00          100.00',
    ' 20805     行政事业单位养老支出        100.00          100.00',
    ' 2080505   机关事业单位基本养老保      100.00          100.00',
    '           险缴费支出',
    ' 213       农林水支出                  400.00          100.00          300.00',
    '注：本表反映部门本年度一般公共预算财政拨款支出情况。',
    '',
    '                                 - 7 -',
    '                      一般公共预算财政拨款支出决算表（续）',
    '                                                                        公开05表',
    '部门：某局                                                      单位：万元',
    '             科目名称                 合计          基本支出        项目支出',
    '     栏次                           1               2               3',
    ' 21303     水利                        400.00          100.00          300.00',
    ' 2130301   行政运行                    100.00          100.00',
    ' 2130305   水利工程建设                300.00                          300.00',
    ` 221       住房保障支出                ${housing}           60.00`,
    ' 22102     住房改革支出                 60.00           60.00',
    ' 2210201   住房公积金                   60.00           60.00',
    '注：本表反映部门本年度一般公共预算财政拨款支出情况。',
  ].join('\n');

describe('a table continued on the next page after its note (continued-tables.ts)', () => {
  it('sums the 合计 over both pages and reads the repeated 栏次 as header', () => {
    expect(errors(splitTable())).toEqual([]);
    expect(errors(splitTable('66.00'))).not.toEqual([]);
  });
});

describe('a 支出决算表 a cell a line under a "本年支出" group header (plain-subjects.ts)', () => {
  const plain = (name: string) =>
    [
      '某局2031年度部门决算',
      '一般公共预算财政拨款支出决算表',
      '功能分类科目编码',
      '科目名称',
      '本年支出',
      '合计',
      '基本支出',
      '项目支出',
      '合计',
      '500.00',
      '200.00',
      '300.00',
      '208',
      '社会保障和就业支出',
      '100.00',
      '100.00',
      '213',
      '农林水支出',
      '400.00',
      '100.00',
      '300.00',
      '21303',
      '水利',
      '400.00',
      '100.00',
      '300.00',
      '2130301',
      name,
      '100.00',
      '100.00',
      '2130305',
      '水利工程建设',
      '300.00',
      '300.00',
    ].join('\n');
  it('judges each code’s name, naming the code of the printed name under the same 款', () => {
    expect(errors(plain('行政运行'))).toEqual([]);
    const found = checkTextReport(plain('一般行政管理事务')).findings.filter(
      (f) => f.rule === 'table.code-name',
    );
    expect(found.map((f) => f.line)).toEqual([27]);
    expect(found[0]!.message).toContain('2130302');
  });
});
