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
    // (Naming no whole, the list's other shares are still each of its own sum, 380.00: so is this one —
    // complete-share-lists.ts.)
    expect(errors(text('2031年度部门决算中，'))).toEqual(['3 share.percent 85.89%']);
    expect(
      errors(text('2031年度部门决算中，').replace('占5.79%', '占5.50%').replace('占6.32%', '占6.00%')),
    ).toEqual([]);
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

describe('items scored in prose with their weight in brackets (prose-score-tree.ts, rate-formula-scores.ts)', () => {
  const report = (o: { rate?: string; buying?: string; level?: string } = {}) =>
    [
      '某局2031年度部门整体支出绩效自评报告',
      `    （二）过程指标（分值20分，得分${o.level ?? '19.50'}分）`,
      `    1. 预算执行率（10分）：全年预算执行率95.00%，按“执行率×分值”计算，得${o.rate ?? '9.50'}分。`,
      '    2. 资金使用合规性（6分）：未发现违规使用资金情况，得6.00分。',
      `    3. 政府采购执行（4分）：政府采购均按规定程序实施，得${o.buying ?? '4.00'}分。`,
    ].join('\n');
  it('holds the level to its items, each item to its weight and to the formula it states', () => {
    expect(errors(report())).toEqual([]);
    expect(errors(report({ level: '19.00' }))).toEqual(['2 score.sum 19.00']);
    expect(errors(report({ buying: '4.50', level: '20.00' }))).toEqual(['5 score.exceeds-weight 4.50分']);
    expect(errors(report({ rate: '9.30', level: '19.30' }))).toEqual(['3 score.rule 9.30分']);
  });
  it('leaves a formula whose weight is another item’s (a score given between them)', () => {
    const text = [
      '某局2031年度部门整体支出绩效自评报告',
      '    1．预算执行（权重13分，得分10.94分）。资金到位率100%，得满分2分；预算执行率91.12%，按执行率×分值计算得4.56分。',
    ].join('\n');
    expect(errors(text)).toEqual([]);
  });
});

/** A 自评表 as plain pdftotext prints it: the 项目资金 header a cell a line, each row's label then its figures. */
const cellFunds = (o: { rate?: string; opening?: string; grade?: string } = {}) =>
  [
    '2031年度项目支出绩效自评表',
    '项目名称',
    '城区阅读推广项目',
    '项目资金（万元）',
    '年初预算数',
    '全年预算数',
    '全年执行数',
    '分值',
    '执行率',
    '得分',
    '年度资金总额',
    o.opening ?? '80.00',
    '80.00',
    '76.00',
    '10',
    o.rate ?? '95.00%',
    '9.50',
    '其中：当年财政拨款',
    '80.00',
    '80.00',
    '76.00',
    '—',
    '95.00%',
    '—',
    '上年结转资金',
    '0.00',
    '0.00',
    '0.00',
    '—',
    '—',
    '—',
    '其他资金',
    '绩效指标',
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '产出指标',
    '数量指标',
    '阅读推广活动场次',
    '≥40场',
    '36场',
    '90',
    '75.00',
    '总分',
    '100',
    '84.50',
    '自评等级',
    o.grade ?? '良',
  ].join('\n');

describe('a plain 自评表’s 项目资金 rows a cell a line, and its grade under the 总分 (plain-funds.ts)', () => {
  it('holds the 执行率, the sources’ sum and the grade', () => {
    expect(errors(cellFunds())).toEqual([]);
    expect(errors(cellFunds({ rate: '95.50%' }))).toEqual(['16 completion.percent 95.50%']);
    expect(errors(cellFunds({ opening: '90.00' }))).toEqual(['12 table.total 80.00']);
    expect(errors(cellFunds({ grade: '优' }))).toEqual(['52 grade.score 优']);
  });
  it('reads a form cut off right after its 总分 without failing', () => {
    const cut = cellFunds().split('\n').slice(0, -3).join('\n');
    expect(errors(cut)).toEqual([]);
  });
});

describe('a 三公 notice with a section a department (unit-sections.ts, figure-claims.ts)', () => {
  const notice = (education: string) =>
    [
      '某县2031年度县直部门“三公”经费财政拨款支出决算情况说明',
      '',
      '    一、总体情况',
      '    2031年度县直部门“三公”经费财政拨款支出决算20.00万元。',
      '',
      '    二、各部门情况',
      '    （一）某县教育局',
      `    某县教育局2031年度“三公”经费财政拨款支出决算${education}万元，比2030年度减少1.00万元。`,
      '    （二）某县公安局',
      '    某县公安局2031年度“三公”经费财政拨款支出决算12.00万元，比2030年度增加1.00万元。',
    ].join('\n');
  it('does not hold one department’s figures against another’s', () => {
    expect(errors(notice('8.00'))).toEqual([]);
  });
});

describe('a 监控 table’s column of gaps to the 序时进度 (item-tables.ts)', () => {
  const table = [
    '某局2031年1—8月预算绩效运行监控报告',
    '                    表1  2031年1—8月项目预算执行情况表',
    '  序号  项目名称             全年预算数   1—8月执行数   执行率（%）  与序时进度差（百分点）',
    '  1     公共文化服务补助        860.00        612.45         71.22           4.55',
    '  2     文物保护专项经费        420.00        198.30         47.21         -19.46',
    '  3     旅游宣传推广经费        300.00        226.80         75.60           8.93',
    '  合  计                      1,580.00      1,037.55         65.67          -1.00',
  ].join('\n');
  it('sums the amounts, not the gaps', () => {
    expect(errors(table)).toEqual([]);
  });
});

describe('a 评分表 scored by the rules the report states (rule-scored-rows.ts)', () => {
  const report = (sweeping: string, spending: string) =>
    [
      '某区城市管理局2031年度部门整体支出绩效评价报告',
      '    定量指标按“完成值/目标值×分值”计分，完成值达到或超过目标值的得满分；预算执行率指标按“执行率×分值”计分。',
      '',
      '                                 表4  部门整体支出绩效评价评分表',
      '  一级指标  二级指标  三级指标          四级指标                分值     得分    评分说明',
      `  部门管理  资金管理  预算执行率        项目支出执行率          3.00     ${spending}    执行率91.28%`,
      '  部门履职  履职数量  重点工作完成      道路清扫保洁面积        3.00     3.00    1,286.40万㎡，目标1,260万㎡',
      '                                        违法建筑拆除面积        3.00     2.40    9.60万㎡，目标12万㎡',
      `            履职质量  质量达标          道路机扫率              3.00     ${sweeping}    80.60%，目标85%`,
      '  满意度    服务对象  公众满意度        市民满意度              5.00     4.60    92.00%，目标90%',
    ].join('\n');
  it('holds each row’s 得分 to its 评分说明 by the stated rule', () => {
    expect(errors(report('2.84', '2.74'))).toEqual([]);
    expect(errors(report('2.92', '2.74'))).toEqual(['9 score.rule 2.92分']);
    expect(errors(report('2.84', '2.84'))).toEqual(['6 score.rule 2.84分']);
  });
  it('reads nothing where the report states no rule', () => {
    const text = report('2.92', '2.84').replace(/定量指标按.*$/m, '    评分标准见附件。');
    expect(errors(text)).toEqual([]);
  });
});

describe('indicators and projects split in two (count-complements.ts)', () => {
  const monitor = (late: string) =>
    [
      '某局2031年1—8月预算绩效运行监控报告',
      `    6个项目共设置绩效指标18个，其中产出指标13个、效益指标3个、满意度指标2个。经监控，预计全年能够完成目标值的指标16个，存在偏差、预计全年难以完成目标值的指标${late}个。全年实施项目24个，按期完工20个，延期4个。`,
    ].join('\n');
  it('holds the two counts to the indicators set', () => {
    expect(errors(monitor('2'))).toEqual([]);
    expect(errors(monitor('3'))).toEqual(['2 count.sum 18个']);
    expect(errors(monitor('2').replace('延期4个', '延期5个'))).toEqual(['2 count.sum 24个']);
  });
  it('leaves counts of a kind of indicator, and counts of projects', () => {
    const kind = [
      '某局2031年度部门整体支出绩效自评报告',
      '    共设置绩效指标18个。其中产出指标中，完成的指标8个，未完成的指标2个。',
    ].join('\n');
    expect(errors(kind)).toEqual([]);
    const projects = [
      '某局2031年度部门整体支出绩效自评报告',
      '    共设置绩效指标18个。能够完成目标的项目5个，存在偏差的项目1个。',
    ].join('\n');
    expect(errors(projects)).toEqual([]);
  });
});

describe('a 监控 report’s figures dated in another year than its period (period-years.ts)', () => {
  const report = (year: string) =>
    [
      '某局2031年1—8月预算绩效运行监控情况报告',
      `    截至${year}年8月31日，纳入监控的6个项目累计执行预算资金1348.30万元。`,
      '    截至2030年8月31日，上年同期累计执行1200.00万元。',
    ].join('\n');
  it('reports the period’s last day in another year, not a comparison with last year', () => {
    expect(errors(report('2031'))).toEqual([]);
    expect(errors(report('2030'))).toEqual(['2 year.mismatch 2030年']);
  });
});

describe('a total of 结余 over items that each state several amounts (named-part-sums.ts)', () => {
  const report = (total: string) =>
    [
      '某局2031年1—8月预算绩效运行监控情况报告',
      `    经测算，6个项目全年预计执行2003.50万元，预计结余资金${total}万元。其中：文物保护专项经费预计执行380.00万元，结余40.00万元，为无法开工的工程资金；文化市场综合执法经费预计执行78.50万元，结余6.50万元，为采购节约资金。其余4个项目预计全年可全部执行完毕。`,
    ].join('\n');
  it('sums each item’s 结余 into the total', () => {
    expect(errors(report('46.50'))).toEqual([]);
    expect(errors(report('48.50'))).toEqual(['2 sum.parts 48.50万元']);
  });
});

describe('a county’s counts over its departments’ sections (fee-counts.ts)', () => {
  const notice = (persons: string) =>
    [
      '某县2031年度县直部门“三公”经费财政拨款支出决算情况说明',
      '    本说明公开2个县直部门（以下简称“2个部门”）的“三公”经费情况。',
      '',
      '    一、2个部门“三公”经费总体情况',
      `    全年共接待国内公务接待60批次、${persons}人次，无外宾接待。`,
      '',
      '    二、各部门“三公”经费情况',
      '    （一）某县教育局',
      '    某县教育局2031年度“三公”经费财政拨款支出决算11.48万元。全年国内公务接待41批次、236人次。',
      '    （二）某县公安局',
      '    某县公安局2031年度“三公”经费财政拨款支出决算30.00万元。全年国内公务接待19批次、104人次。',
    ].join('\n');
  it('holds the common count to the sum of the departments’', () => {
    expect(errors(notice('340'))).toEqual([]);
    expect(errors(notice('430'))).toEqual(['5 count.sum 430人次']);
  });
});

/** A 三公 table whose car line's label stands alone, its figures a line lower, and whose 国内/外事 lines print "—". */
const feeTable = (o: { car?: string; share?: string } = {}) =>
  [
    '某市2031年度市本级“三公”经费财政拨款决算情况说明',
    `    （一）因公出国（境）费。决算142.37万元，占“三公”经费决算的${o.share ?? '4.00'}%。`,
    '    从部门（单位）性质看，党政机关“三公”经费决算1,484.76万元，占41.69%。',
    '',
    '             表1  某市2031年度市本级“三公”经费财政拨款决算汇总表',
    '                                                                            单位：万元',
    '                                 2031年     2031年     2030年',
    '        项    目                 预算数     决算数     决算数',
    '  合计                         4,066.00   3,561.82   3,968.24',
    '  一、因公出国（境）费           186.00     142.37     116.85',
    '  二、公务用车购置及运行维护费',
    `                               3,268.00   ${o.car ?? '2,915.64'}   3,302.47`,
    '    1.公务用车购置费             820.00     736.52     985.30',
    '    2.公务用车运行维护费       2,448.00   2,179.12   2,317.17',
    '  三、公务接待费                 612.00     503.81     548.92',
    '    其中：国内公务接待费              —     471.26     527.40',
    '          外事接待费                  —      32.55      21.52',
  ].join('\n');

describe('a 三公 table’s label over its figures, its unsplit budget column, a part’s figure named like the whole', () => {
  it('finds nothing in a table that adds up', () => {
    expect(errors(feeTable())).toEqual([]);
  });
  it('reads the car line’s figures under its label', () => {
    expect(errors(feeTable({ car: '2,951.64' })).some((e) => e.startsWith('12 table.row-sum'))).toBe(true);
  });
  it('holds a share of the 三公 to the whole, not to a part named like it', () => {
    expect(errors(feeTable({ share: '4.40' }))).toEqual(['2 share.percent 4.40%']);
  });
});

describe('a change whose amount is the difference of the two years as printed (prose-changes.ts)', () => {
  const text = (pct: string) =>
    [
      '某市2031年度“三公”经费决算情况说明',
      `    外事接待费32.55万元，比2030年增加11.03万元，增长${pct}%。`,
    ].join('\n');
  it('takes a % of the unrounded years as rounding, and still reports a wrong one', () => {
    expect(errors(text('51.25'))).toEqual([]);
    expect(errors(text('51.31'))).toEqual([]);
    expect(errors(text('53.31'))).toEqual(['2 change.percent 53.31%']);
  });
});

describe('a 三公 table whose 完成预算 and 比上年 headers are stacked over their units (table-claims.ts)', () => {
  const table = (total: string) =>
    [
      '某县农业农村局2031年度“三公”经费财政拨款决算情况说明',
      '        表1  某县农业农村局2031年度“三公”经费财政拨款决算表',
      '                                                                    单位：万元',
      '                                  2031年    2031年  完成预算    2030年    比上年    比上年',
      '            项目                  预算数    决算数     （%）    决算数    增减额 增减（%）',
      `合计                               41.00     ${total}     91.76     17.27     20.35    117.83`,
      '一、因公出国（境）费                5.00      4.86     97.20      0.00      4.86         —',
      '二、公务用车购置及运行维护费       30.00     28.49     94.97     11.96     16.53    138.21',
      '三、公务接待费                      6.00      4.27     71.17      5.31     -1.04    -19.59',
    ].join('\n');
  it('sums the amounts and not the rates', () => {
    expect(errors(table('37.62'))).toEqual([]);
    expect(errors(table('37.26')).some((e) => e.startsWith('6 table.row-sum'))).toBe(true);
  });
});

describe('receptions counted in all and by kind (fee-counts.ts)', () => {
  const notice = (persons: string) =>
    [
      '某县农业农村局2031年度“三公”经费财政拨款决算情况说明',
      `    全年共接待32批次、${persons}人次，其中：国内公务接待3.92万元，31批次、268人次，主要用于接待上级业务部门检查指导；外事接待0.35万元，1批次、6人次，为接待外国农业考察团。`,
      '    全年市本级共发生公务接待2,874批次。',
    ].join('\n');
  it('holds all the receptions to the 国内 and 外事 ones, a count with a thousands separator read whole', () => {
    expect(errors(notice('274').replace('2,874批次', '32批次'))).toEqual([]);
    expect(errors(notice('284').replace('2,874批次', '32批次'))).toEqual(['2 count.sum 284人次']);
  });
});

describe('an excess over a target given by its completion rate; a list after “具体为：” (target-excess.ts, prose-totals.ts)', () => {
  const report = (excess: string, part: string) =>
    [
      '某县农业农村局2031年度项目支出绩效自评报告',
      `    1.数量指标：全年新建改建农村户厕628座，完成年度目标的104.67%，超出年度目标${excess}座。`,
      `    截至2031年12月31日，项目实际支出71.43万元，预算执行率83.06%。具体为：疫苗采购43.82万元、免疫耗材${part}万元、劳务补助12.40万元、无害化处理补助5.56万元。`,
    ].join('\n');
  it('holds the excess to the actual less the target the rate gives, and the list to the amount before it', () => {
    expect(errors(report('28', '9.65'))).toEqual([]);
    expect(errors(report('38', '9.65'))).toEqual(['2 completion.target 38座']);
    expect(errors(report('28', '6.95'))).toEqual(['3 sum.parts 68.73万元']);
  });
});

describe('a 项 explained in the 情况说明 against its row of the table its section explains (subject-explanations.ts)', () => {
  const doc = (gp: string, fund: string) =>
    [
      '某厅2031年度部门决算',
      '    五、一般公共预算财政拨款支出决算情况说明',
      `    1.文化旅游体育与传媒支出（类）文化和旅游（款）行政运行（项）。主要用于厅机关运转。年初预算为1,850.00万元，支出决算为${gp}万元，完成年初预算的100.67%。`,
      '    八、政府性基金预算财政拨款收入支出决算情况说明',
      `    1.文化旅游体育与传媒支出（类）旅游发展基金支出（款）行业规划（项）。年初预算为240.00万元，支出决算为${fund}万元。`,
      '',
      '                      一般公共预算财政拨款支出决算表',
      '  科目编码  科目名称                          合计        基本支出    项目支出',
      '            合计                                  1,862.47    1,862.47',
      '207       文化旅游体育与传媒支出                  1,862.47    1,862.47',
      '20701     文化和旅游                              1,862.47    1,862.47',
      '2070101   行政运行                                1,862.47    1,862.47',
      '',
      '                      政府性基金预算财政拨款收入支出决算表',
      '  科目编码  科目名称               年初结转和结余    本年收入        合计    项目支出  年末结转和结余',
      '            合计                                        240.00      212.50      212.50      27.50',
      '207       文化旅游体育与传媒支出                        240.00      212.50      212.50      27.50',
      '20709     旅游发展基金支出                              240.00      212.50      212.50      27.50',
      '2070902   行业规划                                      240.00      212.50      212.50      27.50',
    ].join('\n');
  it('holds each 项’s outturn to its row in the section’s own table', () => {
    expect(errors(doc('1,862.47', '212.50'))).toEqual([]);
    expect(errors(doc('1,826.47', '212.50'))).toContain('3 figure.text-table 1826.47万元');
    expect(errors(doc('1,862.47', '221.50'))).toEqual(['5 figure.text-table 221.50万元']);
  });
});

describe('a project’s 执行率 cited in the text against its row (row-rate-citations.ts)', () => {
  const report = (top: string, forecast: string) =>
    [
      '某县2031年1—6月预算绩效运行监控情况报告',
      `    执行率最高的是草原生态保护补助奖励资金，为${top}%。预计全年执行率低于90%的项目1个，为农村饮用水达标提标工程（${forecast}%）。`,
      '',
      '                    某县2031年1—6月预算绩效运行监控情况汇总表',
      '  序号  项目名称                    主管部门          年度预算   1—6月执行    执行率   预计全年执行率',
      '  1     草原生态保护补助奖励资金    县林业和草原局    4,865.32    2,936.84      60.36       96.00',
      '  2     农村饮用水达标提标工程      县水利局          4,800.00    1,862.35      38.80       86.50',
    ].join('\n');
  it('holds each cited rate to its row, in the column of its kind', () => {
    expect(errors(report('60.36', '86.50'))).toEqual([]);
    expect(errors(report('63.06', '86.50'))).toEqual(['2 figure.text-table 63.06%']);
    expect(errors(report('60.36', '88.50'))).toEqual(['2 figure.text-table 88.50%']);
  });
});

describe('a notice of departments headed by number, signed by its issuer (unit-sections.ts, filing-dates.ts)', () => {
  const notice = (signed: string) =>
    [
      '某市财政局',
      '关于2031年度市直部门“三公”经费财政拨款支出决算情况的说明',
      '',
      '    一、总体情况',
      '    2031年度2个部门“三公”经费财政拨款支出决算26.57万元。',
      '',
      '    二、分部门情况',
      '    （一）某市农业农村局',
      '    2031年度“三公”经费财政拨款支出决算14.64万元。',
      '    （二）某市水利局',
      '    2031年度“三公”经费财政拨款支出决算11.93万元。',
      '',
      '    三、名词解释',
      '    “三公”经费：指部门使用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。',
      '',
      '                                                某市财政局',
      `                                               ${signed}`,
    ].join('\n');
  it('does not hold one department’s total against another’s, and reads a sign-off under the issuer', () => {
    expect(errors(notice('2032年8月15日'))).toEqual([]);
    expect(errors(notice('2031年8月15日'))).toEqual(['17 year.filing-date 2031年']);
  });
});

describe('names joined by 、 right before their count (listed-counts.ts)', () => {
  const text = (n: string) =>
    [
      '某县2031年度项目支出绩效自评报告',
      `    在兴安、靠山、柳河、东岗、新立${n}个乡镇完成农村户用厕所改造760户。`,
    ].join('\n');
  it('holds the count to the names, and leaves a list closed by 等', () => {
    expect(errors(text('5'))).toEqual([]);
    expect(errors(text('6'))).toEqual(['2 count.enumeration 6个']);
    expect(errors(text('6').replace('新立6个', '新立等6个'))).toEqual([]);
  });
});

describe('a report on two projects: each list’s shares of its own project’s 执行数 (prose-shares.ts, target-completion.ts, prose-unfilled.ts)', () => {
  const report = (share: string) =>
    [
      '某市水务局2031年度项目支出绩效自评',
      '    两个项目全年预算资金1,056.80万元，全年执行851.13万元。',
      '    （二）资金使用情况',
      '    截至2031年12月31日，项目全年执行438.27万元，预算执行率95.94%。按支出内容分：',
      '    1.河道保洁及日常管护费357.86万元，占执行数的81.65%；',
      '    2.巡河督导经费38.65万元，占执行数的8.82%；',
      '    3.河湖整治费29.46万元，占执行数的6.72%；',
      `    4.水质监测费12.30万元，占执行数的${share}%。`,
      '    清理河道垃圾及漂浮物3418吨，较年度目标多清理218吨，完成年度目标的106.81%。',
      '    填报人：陈某某        联系电话：0768-2213XXX',
    ].join('\n');
  it('takes the whole its section states, reads a gap to the target as no target, and a masked telephone as no placeholder', () => {
    expect(errors(report('2.81'))).toEqual([]);
    expect(errors(report('2.18'))).toEqual(['8 share.percent 2.18%']);
  });
});

describe('a table split by its columns over two pages, the note saying 续表见下页 (continued-tables.ts)', () => {
  const doc = [
    '某县农业农村局2031年度部门决算',
    '                                 收入决算表',
    '                                                                      公开02表',
    '部门：济河县农业农村局                                            单位：万元',
    '          项目                                本年收入合计  财政拨款收入  上级补助收入',
    '功能分类科目编码  科目名称',
    '                    合计                          2,585.52      2,536.47',
    '208       社会保障和就业支出                        235.79        235.79',
    '20805     行政事业单位养老支出                      235.79        235.79',
    '2080505   机关事业单位基本养老保险缴费支出          168.42        168.42',
    '2080506   机关事业单位职业年金缴费支出               67.37         67.37',
    '210       卫生健康支出                               73.23         73.23',
    '21011     行政事业单位医疗                           73.23         73.23',
    '2101101   行政单位医疗                               42.18         42.18',
    '2101102   事业单位医疗                               31.05         31.05',
    '212       城乡社区支出                              150.00        150.00',
    '21208     国有土地使用权出让收入安排的支出          150.00        150.00',
    '2120804   农村基础设施建设支出                      150.00        150.00',
    '213       农林水支出                              2,027.86      1,978.81',
    '21301     农业农村                                2,027.86      1,978.81',
    '2130101   行政运行                                  826.93        826.93',
    '2130104   事业运行                                  616.73        580.40',
    '2130106   科技转化与推广服务                        233.44        220.72',
    '2130122   农业生产发展                              350.76        350.76',
    '221       住房保障支出                               98.64         98.64',
    '22102     住房改革支出                               98.64         98.64',
    '2210201   住房公积金                                 98.64         98.64',
    '注：本表反映部门本年度取得的各项收入情况。（续表见下页）',
    '',
    '                                      - 3 -',
    '                                 收入决算表',
    '                                                                      公开02表',
    '部门：济河县农业农村局                                            单位：万元',
    '          项目                                  事业收入    经营收入  附属单位上缴收入    其他收入',
    '功能分类科目编码  科目名称',
    '                    合计                           36.33                                     12.72',
    '208       社会保障和就业支出',
    '20805     行政事业单位养老支出',
    '2080505   机关事业单位基本养老保险缴费支出',
    '2080506   机关事业单位职业年金缴费支出',
    '210       卫生健康支出',
    '21011     行政事业单位医疗',
    '2101101   行政单位医疗',
    '2101102   事业单位医疗',
    '212       城乡社区支出',
    '21208     国有土地使用权出让收入安排的支出',
    '2120804   农村基础设施建设支出',
    '213       农林水支出                               36.33                                     12.72',
    '21301     农业农村                                 36.33                                     12.72',
    '2130101   行政运行',
    '2130104   事业运行                                 36.33',
    '2130106   科技转化与推广服务                                                                 12.72',
    '2130122   农业生产发展',
    '221       住房保障支出',
    '22102     住房改革支出',
    '2210201   住房公积金',
  ].join('\n');
  it('reads the second page as other columns of the same rows, not as more rows', () => {
    expect(errors(doc)).toEqual([]);
  });
});

describe('a 完成预算 rate after the outturn compared with the budget it prints (prose-completion.ts)', () => {
  const text = (rate: string) =>
    [
      '某厅2031年度“三公”经费财政拨款决算情况说明',
      `    2031年度“三公”经费财政拨款支出决算为231.14万元，比年初预算275.00万元减少43.86万元，下降15.95%，完成年初预算的${rate}%。`,
    ].join('\n');
  it('holds the rate to the outturn ÷ that budget', () => {
    expect(errors(text('84.05'))).toEqual([]);
    expect(errors(text('86.05'))).toEqual(['2 completion.percent 86.05%']);
  });
});

describe('a 执行率 after a budget broken down in brackets (rate-outturn.ts)', () => {
  const text = (rate: string) =>
    [
      '某县农业农村局2031年度项目支出绩效自评',
      `    该项目全年预算数180.00万元（其中当年财政拨款180.00万元），全年执行数165.32万元，预算执行率${rate}%。`,
    ].join('\n');
  it('holds the rate to the outturn ÷ the budget, the bracket its parts', () => {
    expect(errors(text('91.84'))).toEqual([]);
    expect(errors(text('90.84'))).toEqual(['2 completion.percent 90.84%']);
  });
});

describe('what is left of a plan after what was done (target-excess.ts)', () => {
  const text = (left: string) =>
    [
      '某县教育局2031年度项目支出绩效自评报告',
      `    项目计划改造8所学校、维修改造校舍12000平方米，实际完成6所、9360平方米，剩余${left}所学校因汛期施工受阻，已于2032年1月复工。`,
    ].join('\n');
  it('holds the rest to the plan less the done', () => {
    expect(errors(text('2'))).toEqual([]);
    expect(errors(text('3'))).toEqual(['2 completion.target 3所']);
  });
});

describe('a 监控 report’s tables with 序号 and counts, and a column of gaps to the 序时进度 (table-model.ts, row-rate-citations.ts)', () => {
  const doc = [
    '某局2025年1—6月绩效运行监控报告',
    '              表1  2025年1—6月项目预算执行情况表',
    '                                                                单位：万元',
    '  序      项目名称            年度预算   1—6月执行    执行率    与序时进度差',
    '  号                                                              （百分点）',
    '  1   公共文化服务体系建设经    320.00      168.54    52.67%        2.67',
    '      费',
    '  2   文物保护及考古发掘经费    260.00       97.30    37.42%      -12.58',
    '  3   全域旅游宣传推介经费      180.00       61.20    34.00%      -16.00',
    '  4   应急广播运行维护经费       95.00       46.80    49.26%       -0.74',
    '  5   送戏下乡文化惠民演出补    150.00       51.60    34.40%      -15.60',
    '      助',
    '',
    '',
    '        从项目看，公共文化服务体系建设经费执行率52.67%，超过序',
    '    时进度；应急广播运行维护经费执行率49.26%，略低于序时进度；',
    '    文物保护及考古发掘经费、全域旅游宣传推介经费、送戏下乡文化',
    '',
    '                表2  项目绩效指标运行情况表',
    '                                                                单位：个',
    '  序号      项目名称              三级指标数    正常推进    存在偏差',
    '  1   公共文化服务体系建设经费            10           9           1',
    '  2   文物保护及考古发掘经费               9           7           2',
    '  3   全域旅游宣传推介经费                 8           6           2',
    '  4   应急广播运行维护经费                 8           8           0',
    '  5   送戏下乡文化惠民演出补助             9           7           2',
    '              合计                        44          37           7',
  ].join('\n');
  it('reads a count right after a row’s label as a figure, and no gap column as the rates', () => {
    expect(errors(doc)).toEqual([]);
  });
});

describe('a score table of 一级 beside 二级 with two faults in it (level-besides.ts)', () => {
  const table = (o: { weight?: string; level?: string } = {}) =>
    [
      '某局2031年度部门整体支出绩效自评报告',
      '                    表 3  2031 年度部门整体支出绩效自评评分表',
      '  --------------------------------------------------------------',
      '  一级指标        分值    得分    二级指标          分值    得分',
      '  --------------------------------------------------------------',
      '  预算编制          15   14.00    目标设置             5    5.00',
      '                                  预算编制准确性       5    4.00',
      '                                  资金分配合理性       5    5.00',
      `  预算执行          35   ${o.level ?? '31.79'}    预算完成率          15   14.29`,
      '                                  支出进度            10    8.50',
      '                                  结转结余             5    4.00',
      '                                  绩效监控             5    5.00',
      '  履职效能          25   24.00    产出数量             8    8.00',
      '                                  产出质量             7    7.00',
      `                                  产出时效             ${o.weight ?? '5'}    4.00`,
      '                                  履职效益             5    5.00',
      '  社会效应          10    9.45    服务对象满意度      10    9.45',
      '  --------------------------------------------------------------',
      '  合计             100   93.24                       100   93.24',
    ].join('\n');
  it('judges each group from its first row when neither the 分值 nor the 得分 cut the rows', () => {
    expect(errors(table())).toEqual([]);
    expect(errors(table({ weight: '3', level: '31.97' }))).toEqual([
      '9 score.sum 31.97',
      '15 score.exceeds-weight 4.00',
    ]);
  });
});

describe('the groups sent abroad listed one by one after their count (fee-groups.ts)', () => {
  const inline = (n: string) =>
    [
      '某厅2031年度“三公”经费决算情况说明',
      `    全年安排因公出国（境）团组3个、累计${n}人次。具体为：一是赴荷兰开展流域治理考察，团组4人；二是赴日本参加研讨会，团组3人；三是赴新加坡学习交流，团组3人。`,
      '    （二）公务用车购置及运行维护费。2031年度决算152.07万元。',
    ].join('\n');
  const numbered = (n: string) =>
    [
      '某局2031年度“三公”经费决算情况说明',
      `    2031年全年共安排因公出国（境）团组2个，累计${n}人次，具体情况如下：`,
      '    1.2031年5月13日至19日，赴老挝开展技术交流，在外7天。团组成员：杨某（局长）、刀某（主任）、李某（农艺师）、王某（股长），共4人，支出2.73万元。',
      '    2.2031年10月21日至26日，赴泰国考察，在外6天。团组成员：段某（副局长）、罗某（站长）、陈某（主任），共3人，支出2.13万元。',
    ].join('\n');
  it('holds the 人次 to the members listed, in the count’s paragraph or numbered after it', () => {
    expect(errors(inline('10'))).toEqual([]);
    expect(errors(inline('11'))).toEqual(['2 count.sum 11人次']);
    expect(errors(numbered('7'))).toEqual([]);
    expect(errors(numbered('8'))).toEqual(['2 count.sum 8人次']);
  });
});

describe('scores told with their arithmetic in brackets in %, and a 三公 table whose long label stands over its figures', () => {
  it('reads "9.71分（97.12%×10）" as 0.9712 × 10, and still sums the part', () => {
    const text = (total: string) =>
      [
        '某局2031年度项目支出绩效自评报告',
        `    按照评分规则，预算执行率得分9.71分（97.12%×10），产出指标得分49.65分，效益指标得分28.00分，满意度指标得分10.00分，自评总分${total}分。`,
      ].join('\n');
    expect(errors(text('97.36'))).toEqual([]);
    expect(errors(text('97.63'))).toEqual(['2 score.sum 97.63']);
  });
  it('joins a long label to the figures printed under it', () => {
    const table = (car: string) =>
      [
        '某市2031年度市直“三公”经费财政拨款决算情况说明',
        '    表1                 某市2031年度市直“三公”经费财政拨款决算分项目情况表',
        '                                                                            单位：万元',
        '                               2031年       2031年       2030年',
        '          项   目              预算数       决算数       决算数',
        '  合计                       2,325.00     2,066.80     2,265.41',
        '  一、因公出国（境）费          60.00        46.38        38.52',
        '  二、公务用车购置及运行维护费',
        `                             1,745.00     ${car}     1,757.99`,
        '    1.公务用车购置费           335.00       312.60       405.80',
        '    2.公务用车运行维护费     1,410.00     1,286.47     1,352.19',
        '  三、公务接待费               520.00       421.35       468.90',
      ].join('\n');
    expect(errors(table('1,599.07'))).toEqual([]);
    expect(errors(table('1,590.07')).some((e) => e.startsWith('9 table.row-sum'))).toBe(true);
  });
});

describe('a 自评表’s level cells and a plan’s rate are not cited figures (row-citations.ts)', () => {
  const doc = (rate: string) =>
    [
      '某旗农牧局2031年度部门整体支出绩效自评报告',
      '    （二）产出指标完成情况（分值50分，得分49.55分）',
      `    1.加快预算执行。力争2032年项目支出执行率达到95%以上。项目支出执行率${rate}%。`,
      '',
      '  年度预算执行      年初预算数    全年预算数    全年执行数    分值    执行率     得分',
      '  年度资金总额        3268.50      4862.37      4596.10       10     94.52%     9.45',
      '    其中：基本支出    1526.80      1526.80      1518.42        -     99.45%       -',
      '          项目支出    1741.70      3335.57      3077.68        -     92.27%       -',
      '',
      '  一级指标   二级指标         三级指标                          年度指标值   实际完成值   分值   得分',
      '  产出指标   数量指标         牲畜保险承保数量                  ≥45万头      46.8万头       5      5',
    ].join('\n');
  it('holds no level cell’s score nor a plan’s rate against the table', () => {
    expect(errors(doc('92.27'))).toEqual([]);
  });
});

describe('a rate cited one unit of its last place off the table’s (row-citations.ts)', () => {
  const doc = (rate: string) =>
    [
      '某县农业农村局2024年度项目支出绩效自评报告',
      '                    2024年度项目支出绩效自评结果汇总表',
      '                                                                      单位：万元',
      ' 序号 项目名称                                  全年预算数  全年执行数    执行率  自评得分 自评等级',
      '  1   2024年茶产业发展专项资金                      320.00      311.52    97.35%     99.58    优',
      '  2   2024年农作物重大病虫害统防统治项目             85.00       53.72    63.20%     86.33    良',
      '  3   2024年村庄清洁行动工作经费                     46.50       46.50   100.00%     99.65    优',
      '      合计                                          451.50      411.74    91.19%         —    —',
      '',
      '',
      `    2024年农作物重大病虫害统防统治项目全年执行53.72万元，执行率${rate}%，主要原因是采购流标。`,
    ].join('\n');
  const found = (rate: string) =>
    checkTextReport(doc(rate))
      .findings.filter((f) => f.rule === 'figure.text-table')
      .map((f) => f.severity);
  it('warns of a figure worked out from unrounded amounts, and reports one further off', () => {
    expect(found('63.20')).toEqual([]);
    expect(found('63.21')).toEqual(['warning']);
    expect(found('63.12')).toEqual(['error']);
  });
});
