/**
 * Shapes of rounds 39–40's sets (units, names and figures made up): a 三公 table whose header prints "（%）" alone
 * under 完成预算; a count's change against a table's last-year column; 支出经济分类 codes in the text; shares set
 * apart by commas; a 部门整体 自评表 whose funds header stands over two lines; a change stated as a % alone against
 * a base named in the comparison; small amounts restated with two digits swapped; a 汇总表's scores against each
 * 自评表; an annual report signed before its year ended; an indicator's completion of the 自评表's target — and the
 * clean documents of the faults these rounds found (a second 按…分 list, last year's counts in brackets, a figure
 * with something taken out of it, a 栏次 row, 项 explained in 万元 against a table in 元, sibling projects' counts,
 * a part's weight and score in clauses of their own).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.found}`);

describe('a 三公 table with 完成预算 and 增减% columns, "（%）" alone under 完成预算 (table-model.ts)', () => {
  const table = (rate: string, change: string) =>
    [
      '某县2031年度县级“三公”经费决算情况说明',
      '              表1  2031年度县级“三公”经费决算情况表',
      '                                                                      单位：万元',
      '                                  2031年    2031年 完成预算    2030年    比上年   比上年',
      '        项    目                  预算数    决算数    （%）    决算数    增减额  增减(%)',
      '合计                              400.00    360.00    90.00    380.00    -20.00    -5.26',
      '一、因公出国（境）费               20.00     10.00    50.00      8.00      2.00    25.00',
      `二、公务用车购置及运行维护费      300.00    280.00    ${rate}    290.00    -10.00    ${change}`,
      '三、公务接待费                     80.00     70.00    87.50     82.00    -12.00   -14.63',
    ].join('\n');
  it('reads the rate and change columns, and finds a rate or a change that is wrong', () => {
    expect(errors(table('93.33', '-3.45'))).toEqual([]);
    expect(errors(table('95.33', '-3.45'))).toEqual(['8 completion.percent 95.33']);
    expect(errors(table('93.33', '-4.35'))).toEqual(['8 change.percent -4.35']);
  });
});

describe('a count’s change against the last-year column of a table (table-base-changes.ts)', () => {
  const text = (change: string) =>
    [
      '某县2031年度县级“三公”经费决算情况说明',
      `    截至2031年末，全县公务用车保有量176辆，比上年末减少${change}辆。`,
      '          表3  2031年县直部门公务用车保有量变动情况表',
      '                                                                      单位：辆',
      '                            2030年末      2031年      2031年报废      2031年末',
      '    车辆类型                  保有量        新购        （处置）        保有量',
      '合计                             184           6              14           176',
      '执法执勤用车                     142           5               9           138',
      '其他用车                          42           1               5            38',
    ].join('\n');
  it('holds the change to this year’s figure less the table’s last year', () => {
    expect(errors(text('8'))).toEqual([]);
    expect(errors(text('6'))).toEqual(['2 change.amount 减少6辆']);
  });
  it('leaves a change after a 其中 list to the whole, not the list’s last part', () => {
    const parts = text('8').replace(
      '全县公务用车保有量176辆，比上年末减少8辆。',
      '全县公务用车保有量176辆，其中执法执勤用车138辆、其他用车38辆，比上年末减少8辆。',
    );
    expect(errors(parts)).toEqual([]);
  });
  it('holds its % to the change ÷ the table’s last year', () => {
    const pct = (p: string) => text('8').replace('减少8辆。', `减少8辆，下降${p}%。`);
    expect(errors(pct('4.35'))).toEqual([]);
    expect(errors(pct('5.35'))).toEqual(['2 change.percent 5.35%']);
  });
});

describe('a 支出经济分类 code named in the text (prose-codes.ts)', () => {
  const text = (code: string) =>
    [
      '某县2031年度“三公”经费决算说明',
      `    本说明数据来源于经济分类科目30212因公出国（境）费用、${code}公务接待费和30231公务用车运行维护费。`,
    ].join('\n');
  it('finds a code printed with another code’s name, and passes the right one', () => {
    expect(errors(text('30217'))).toEqual([]);
    expect(errors(text('30215'))).toEqual(['2 figure.code-name 30215公务接待费']);
  });
});

describe('amounts with their shares set apart by commas (prose-shares.ts, complete-share-lists.ts)', () => {
  const text = (share: string) =>
    [
      '某局2031年度部门整体支出绩效自评报告',
      '    2031年全年预算数1,000.00万元。按资金来源分：一般公共预算拨款700.00万元，占70.00%，政府',
      `性基金预算拨款250.00万元，占${share}%，其他资金50.00万元，占5.00%。`,
    ].join('\n');
  it('reads each item’s share of the whole its amounts add up to', () => {
    expect(errors(text('25.00'))).toEqual([]);
    expect(errors(text('27.00'))).toEqual(['3 share.percent 27.00%']);
  });
  it('takes the list’s own sum as its whole when every other share is of it', () => {
    const own = (share: string) =>
      [
        '某局2031年度“三公”经费决算说明',
        `    “三公”经费决算中，因公出国（境）费10.00万元，占10.00%；公务用车购置及运行维护费60.00万元，占${share}%；公务接待费30.00万元，占30.00%。`,
      ].join('\n');
    expect(errors(own('60.00'))).toEqual([]);
    expect(errors(own('66.00'))).toEqual(['2 share.percent 66.00%']);
  });
});

describe('a 部门整体 自评表 whose funds header stands over two lines (table-rules.ts)', () => {
  const form = (initial: string) =>
    [
      '              某局2031年度部门整体支出绩效自评表',
      '  部门名称        某局                          主管部门     某市人民政府',
      '                                   年初     全年预算数     全年执行数             执行率',
      '  部门预算                       预算数          （A）          （B）  分值      （B/A）   得分',
      `  执行情况  年度资金总额       ${initial}       1,200.00       1,140.00    10       95.00%   9.50`,
      '  （万元）  其中：基本支出       400.00         420.00         418.00     —       99.52%      —',
      '                  项目支出       600.00         780.00         722.00     —       92.56%      —',
    ].join('\n');
  it('reads the funds part, its rate, its score and its parts', () => {
    expect(errors(form('1,000.00'))).toEqual([]);
    expect(errors(form('1,090.00'))).toEqual(['5 table.total 1000.00']);
  });
});

describe('a change against a base named in the comparison, stated as a % alone (prose-budget-gaps.ts)', () => {
  const text = (said: string) =>
    [
      '某局2031年度部门决算',
      `    本部门2031年度财政拨款收入、支出总计2,981.79万元，比2030年度的2,702.14万元${said}。`,
    ].join('\n');
  it('holds the word and the % to the two figures', () => {
    expect(errors(text('增长10.35%'))).toEqual([]);
    expect(errors(text('下降10.35%'))).toEqual(['2 change.direction 下降']);
    expect(errors(text('增长11.35%'))).toEqual(['2 change.percent 11.35%']);
  });
});

describe('an amount of three digits restated with two swapped (transposed-figures.ts)', () => {
  const text = (again: string) =>
    [
      '某局2031年度部门决算',
      '    “三公”经费财政拨款支出决算中，公务用车购置及运行维护费支出决算18.90万元，公务接待费支出决算2.36万元。',
      `    2.公务接待费支出${again}万元，均为国内公务接待。`,
    ].join('\n');
  it('finds the swap, and not a figure merely close', () => {
    expect(errors(text('2.36'))).toEqual([]);
    // (Which of the two is wrong is not known: the first is named.)
    expect(errors(text('2.63'))).toEqual(['2 figure.restated 2.36']);
    expect(errors(text('2.46'))).toEqual([]);
  });
});

describe('a 三公 item’s completion cited from a table whose rows repeat it (item-citations.ts)', () => {
  const text = (rate: string) =>
    [
      '某局2031年度“三公”经费决算说明',
      `    2031年度因公出国（境）费支出决算5.00万元，完成年初预算的50.00%；公务接待费支出决算9.00万元，完成年初预算的${rate}%。`,
      '                   表1  2031年度“三公”经费财政拨款支出决算情况表',
      '                                                                          单位：万元',
      '            项    目              2031年年初预算   2031年决算数',
      '  合计                                 60.00          50.00',
      '  一、因公出国（境）费                  10.00           5.00',
      '  二、公务用车购置及运行维护费          38.00          36.00',
      '  三、公务接待费                        12.00           9.00',
      '      其中：国内公务接待费              12.00           9.00',
    ].join('\n');
  it('reads the rate of an item after "；" against the row it names', () => {
    expect(errors(text('75.00'))).toEqual([]);
    expect(errors(text('72.00'))).toEqual(['2 completion.percent 72.00%']);
  });
});

describe('政府性基金 支出 named after its 收入 (figure-claims.ts)', () => {
  const text = (spent: string) =>
    [
      '某局2031年度部门决算',
      '                    政府性基金预算财政拨款收入支出决算表',
      '                                                                                 公开08表',
      '                                                                      金额单位：万元',
      '          项目                              年初结转    本年收入       本年支出    年末结转',
      '  科目编码   科目名称                        和结余                                和结余',
      '                    合计                        0.00      320.00         296.40       23.60',
      '229        其他支出                             0.00      320.00         296.40       23.60',
      '    八、政府性基金预算财政拨款收入支出决算情况说明',
      `    政府性基金预算财政拨款收入320.00万元，支出${spent}万元。`,
    ].join('\n');
  it('holds the 支出 to the table’s', () => {
    expect(errors(text('296.40'))).toEqual([]);
    expect(errors(text('269.40'))).toEqual(['10 figure.text-table 269.40万元']);
  });
});

describe('a 汇总表’s scores against each project’s 自评表 (self-eval-summary.ts)', () => {
  const form = (name: string, total: string) => [
    '                      项目支出绩效自评表',
    `  项目名称          ${name}`,
    '  一级指标  二级指标  三级指标              分值   得分',
    '  产出指标  数量指标  完成任务数              50     50',
    `  效益指标  社会效益  受益对象覆盖率          50   ${total === '100' ? '  50' : (Number(total) - 50).toFixed(2)}`,
    `  总分                                       100  ${total}`,
  ];
  const text = (score: string) =>
    [
      ...form('甲乙动物防疫补助项目', '95.50'),
      ...form('丙丁农产品检测项目', '100'),
      '                      项目支出绩效自评结果汇总表',
      '序号  项目名称                    全年预算数  全年执行数    执行率  自评得分',
      `1     甲乙动物防疫补助项目            300.00      285.00    95.00%     ${score}`,
      '2     丙丁农产品检测项目              100.00      100.00   100.00%    100.00',
    ].join('\n');
  it('holds a project’s row to its table’s 总分', () => {
    expect(errors(text('95.50'))).toEqual([]);
    expect(errors(text('95.05'))).toEqual(['15 figure.restated 95.05']);
  });
});

describe('an annual report signed before its year ended (cutoff-years.ts)', () => {
  const text = (date: string) =>
    [
      '            某县水利局2031年度部门整体支出绩效自评报告',
      '    一、部门概况',
      '    本局共有内设机构5个。',
      '    二、预算执行情况',
      '    2031年全年预算数1,200.00万元，全年执行数1,140.00万元。',
      '    三、绩效目标完成情况',
      '    全年完成河道治理12公里。',
      '    四、自评结论',
      '    经自评，部门整体支出绩效自评得分100分。',
      '',
      '                                 某县水利局',
      `                                 ${date}`,
      '',
      '                                    - 1 -',
      '\f附件',
      '              某县水利局2031年度部门整体支出绩效自评表',
      '  一级指标    二级指标    三级指标          分值    得分',
      '  产出指标    数量指标    河道治理长度        50      50',
      '  效益指标    社会效益    受益人口            50      50',
      '  总分                                       100     100',
      '  填报人：某某            联系电话：0000-1234567           填报日期：2032年3月18日',
      '',
      '  注：1.预算执行率得分=执行率×10分。',
      '',
      '      2.自评等级：90分（含）以上为优。',
      '',
      '      3.本表金额单位为万元。',
    ].join('\n');
  it('finds a sign-off before the 附件 in the year reported on, and not one after it', () => {
    expect(errors(text('2032年3月20日'))).toEqual([]);
    expect(errors(text('2031年3月20日'))).toEqual(['12 year.mismatch 2031年']);
  });
  it('leaves a budget alone', () => {
    const budget = text('2031年1月20日').replace('2031年度部门整体支出绩效自评报告', '2031年部门预算');
    expect(errors(budget)).toEqual([]);
  });
});

describe('an indicator’s completion of the 自评表’s target (target-citations.ts)', () => {
  const text = (rate: string) =>
    [
      '某区2031年度环卫项目支出绩效自评表',
      '  一级指标  二级指标      三级指标                  年度指标值        实际完成值        分值   得分',
      '  产出指标  数量指标      生活垃圾清运量            ≥11.5万吨         12.06万吨           10     10',
      '                          道路清扫保洁面积          ≥560万平方米      568.3万平方米       10     10',
      '    二、绩效目标完成情况',
      `    全年清运生活垃圾12.06万吨，完成年度目标的${rate}%。`,
    ].join('\n');
  it('holds the rate to the actual ÷ the row’s target', () => {
    expect(errors(text('104.87'))).toEqual([]);
    expect(errors(text('106.87'))).toEqual(['6 completion.target 106.87%']);
  });
});

describe('a 年度总体目标 above a rule and a header stacked over two lines (goal-actuals.ts)', () => {
  const text = (done: string) =>
    [
      '                        预期目标                                       实际完成情况',
      '  年度总体目标  1.维修养护农村供水工程45处，保障饮水        1.完成农村供水工程维修养护' +
        done +
        '处，受益',
      '                安全；                                        人口3.35万人。',
      '  ──────────────────────────────────────────────────────────────',
      '                                                                    年度             实际',
      '  一级指标    二级指标          三级指标                              指标值           完成值           分值    得分',
      '  产出指标    数量指标          农村供水工程维修养护                  ≥45处            41处                5    4.56',
      '                                农村供水工程受益人口                  ≥3.2万人         3.35万人            5       5',
      '  总分                                                                                                   10    9.56',
    ].join('\n');
  it('holds the goal’s count to the indicator’s actual', () => {
    expect(errors(text('41'))).toEqual([]);
    expect(errors(text('44'))).toEqual(['2 figure.text-table 44处']);
  });
});

describe('clean documents of the faults rounds 39–40 found', () => {
  it('takes the held count as the whole of classifications one after another (split-counts.ts)', () => {
    const text = (n: string) =>
      [
        '某局2031年度“三公”经费决算说明',
        '    3.公务用车保有量。2031年初部门公务用车保有量19辆，当年购置1辆、报废2辆，年',
        `末保有量18辆。按单位分：局本级3辆、执法支队12辆、事务中心3辆；按用途分：机要通信用车1辆、应急保障用车2辆、执法执勤用车${n}辆、特种专业技术用车2辆。`,
      ].join('\n');
    expect(errors(text('13'))).toEqual([]);
    expect(errors(text('15'))).toEqual(['3 count.sum 18辆']);
  });
  it('does not take last year’s counts in brackets as the whole of a 其中 list (prose-totals.ts)', () => {
    const text =
      '    全年共接待国内公务来访42批次、368人次（上年51批次、437人次），其中：局本级28批次、262人次，执法支队9批次、71人次，服务中心5批次、35人次。';
    expect(errors(text)).toEqual([]);
  });
  it('does not hold a figure with something taken out of it to the whole (figure-claims.ts)', () => {
    const text = [
      '某局2031年度“三公”经费决算说明',
      '    2031年度“三公”经费财政拨款支出年初预算为96.00万元，支出决算为85.63万元，完成年初预算的89.20%。',
      '    剔除车辆购置因素后，2031年度“三公”经费支出59.28万元，比上年减少4.46万元。',
    ].join('\n');
    expect(errors(text)).toEqual([]);
  });
  it('reads no 栏次 row as figures (row-ends.ts)', () => {
    const text = [
      '某局2031年度部门决算',
      '                    政府性基金预算财政拨款收入支出决算表',
      '          项目                    年初结转 本年收入 本年支出合计 基本支出 项目支出 年末结转',
      '                栏次                     1        2            3        4        5        6',
      '                    合计              0.00   320.00       296.40     0.00   296.40    23.60',
      '229        其他支出                   0.00   320.00       296.40     0.00   296.40    23.60',
      '22960      彩票公益金安排的支出       0.00   320.00       296.40     0.00   296.40    23.60',
      '2296004    用于教育事业的彩票公益金   0.00   320.00       296.40     0.00   296.40    23.60',
      '    执行率及变动率说明见正文。',
    ].join('\n');
    expect(errors(text)).toEqual([]);
  });
  it('reads a 项 explained in 万元 as the table’s 元 rounded (subject-explanations.ts)', () => {
    const text = (wan: string) =>
      [
        '某局2031年度部门决算',
        '                        一般公共预算财政拨款支出决算表',
        '                                                                    单位：元',
        '  科目编码   科目名称                       本年支出合计        基本支出        项目支出',
        '  201        一般公共服务支出               6,597,005.46    6,184,325.46      412,680.00',
        '  20104      发展与改革事务                 6,597,005.46    6,184,325.46      412,680.00',
        '  2010401    行政运行                       6,184,325.46    6,184,325.46            0.00',
        '  2010402    一般行政管理事务                 412,680.00            0.00      412,680.00',
        '    五、一般公共预算财政拨款支出决算具体情况',
        `    1.一般公共服务支出（类）发展与改革事务（款）行政运行（项）。支出决算为${wan}万元，主要用于机关运行。`,
      ].join('\n');
    expect(errors(text('618.43'))).toEqual([]);
    expect(errors(text('681.43'))).toEqual(['10 figure.text-table 681.43万元']);
  });
  it('does not hold the counts of sibling projects’ sections to one another (prose-counts.ts)', () => {
    const text = [
      '某县教育局2031年度项目支出绩效自评报告',
      '    （一）营养改善计划',
      '    该项目全年预算数988.00万元。项目设置三级指标10个，达到年度指标值的9个。',
      '    （二）校舍维修',
      '    该项目全年预算数536.50万元。项目设置三级指标8个，达到年度指标值的4个。',
    ].join('\n');
    expect(errors(text)).toEqual([]);
  });
  it('reads a part’s weight then its score in a clause of its own as one part (score-prose.ts)', () => {
    const text = (score: string) =>
      [
        '某局2031年度部门整体支出绩效自评报告',
        `    经自评，部门整体支出绩效自评得分${score}分，其中：预算执行情况得分9.74分；产出指标45分，得分44.42分；效益指标35分，得分34.38分；满意度指标10分，得分9.92分。`,
      ].join('\n');
    expect(errors(text('98.46'))).toEqual([]);
    expect(errors(text('99.46'))).toEqual(['2 score.sum 99.46']);
  });
});

describe('shapes of round 41 (table-model.ts, target-completion.ts, quarter-execution.ts, prose-balances.ts)', () => {
  it('reads a 科目 code printed in its parts with its name as a row of its own, its name wrapped around it', () => {
    const table = (item: string) =>
      [
        '                                   收入决算表',
        '  科目编码            本年收入   财政拨款  其他收入',
        '类  款  项 科目名称     合计       收入',
        '           合计        286.50     286.50',
        '212        城乡社区支出 286.50    286.50',
        '212 08     国有土地使用权出让 286.50 286.50',
        '           收入安排的支出',
        `212 08 04  农村基础设施建设支 ${item} 286.50`,
        '           出',
      ].join('\n');
    expect(errors(table('286.50'))).toEqual([]);
    // (The 款 no longer the sum of its 项: the 项 read with its own code, 2120804.)
    expect(errors(table('268.50'))).toEqual(['6 table.code-sum 286.50']);
  });
  it('reads 指标完成率 as indicators met of those set, no actual against a plan', () => {
    const text =
      '    本部门共设置绩效指标16个，全面完成年度目标值的指标12个，未完全完成的指标4个，指标完成率75.00%。';
    expect(errors(text)).toEqual([]);
  });
  it('judges a 累计执行率 against the running total right before it only', () => {
    const text = [
      '某局2031年度部门整体支出绩效自评报告',
      '    全年预算2,868.05万元。',
      '    分季度看，第一季度支出1,826.45万元，第二季度支出3,104.72万元，截至9月底累计支出9,576.69万元，累计执行率61.28%。',
    ].join('\n');
    expect(errors(text)).toEqual([]);
  });
  it('takes no 年末结转和结余 for a project’s balance', () => {
    const text =
      '    2031年度政府性基金预算财政拨款收入286.50万元，支出253.00万元，年末结转和结余33.50万元。年初预算为0万元，支出决算为253.00万元。';
    expect(errors(text)).toEqual([]);
  });
  it('reads a 项 explained in 元 against a table in 万元 as the table’s rounded', () => {
    const text = (yuan: string) =>
      [
        '某局2031年度部门决算',
        '                        一般公共预算财政拨款支出决算表',
        '                                                                    单位：万元',
        '  科目编码   科目名称                       本年支出合计        基本支出        项目支出',
        '  208        社会保障和就业支出                 1,365.00            0.00        1,365.00',
        '  20807      就业补助                           1,365.00            0.00        1,365.00',
        '  2080702    职业培训补贴                       1,365.00            0.00        1,365.00',
        '    五、一般公共预算财政拨款支出决算具体情况',
        `    1.社会保障和就业支出（类）就业补助（款）职业培训补贴（项）。支出决算为${yuan}元，主要用于职业培训补贴。`,
      ].join('\n');
    expect(errors(text('13649986.40'))).toEqual([]);
    expect(errors(text('13694986.40'))).toEqual(['9 figure.text-table 13694986.40元']);
  });
});

describe('a count stated over the table numbering what it counts (numbered-rows.ts)', () => {
  const text = (count: string, lead = '') =>
    [
      '某局2031年度部门决算',
      `    纳入本部门2031年度部门决算编制范围的单位共${count}个，${lead}具体包括：`,
      '  序号                        单位名称                              单位性质',
      '    1         某局（本级）                                          行政单位',
      '    2         某局就业服务中心                                      公益一类事业单位',
      '    3         某局信息中心                                          公益一类事业单位',
    ].join('\n');
  it('holds the count to the rows numbered', () => {
    expect(errors(text('3'))).toEqual([]);
    expect(errors(text('4'))).toEqual(['2 count.listed 4个']);
  });
  it('says nothing when the sentence counts a part too', () => {
    expect(errors(text('3', '包括局本级和2个下属事业单位，'))).toEqual([]);
  });
});

describe('a count total’s parts each with a measure after it (prose-totals.ts)', () => {
  const text = (n: string) =>
    `    项目涉及4个乡镇37个行政村，其中：甲镇11个村、9,600亩，乙乡8个村、6,800亩，丙镇${n}个村、8,900亩，丁乡8个村、6,700亩，合计32,000亩。`;
  it('sums the counts, not the measures', () => {
    expect(errors(text('10'))).toEqual([]);
    expect(errors(text('12'))).toEqual(['1 sum.parts 39个']);
  });
});

describe('shapes of round 42', () => {
  it('sums a breakdown "X万元中，A…，B…，C…" whose parts are all named amounts (breakdown-sums.ts)', () => {
    const text = (part: string) =>
      `    从支出构成看，实际支出8,672.22万元中，建筑安装工程费7,714.36万元，设备及材料购置费402.18万元，勘察设计费186.40万元，工程监理费${part}万元，项目管理及其他费用214.36万元。`;
    expect(errors(text('154.92'))).toEqual([]);
    expect(errors(text('145.92'))).toEqual(['1 sum.parts 8672.22万元']);
    // (A list far short of the amount names some kinds only: not judged.)
    expect(errors(text('154.92').replace('建筑安装工程费7,714.36万元，', ''))).toEqual([]);
  });
  it('reads a 扣分说明 past a line where a merged label stands beside a wrapped reason (deductions.ts)', () => {
    const sheet = (said: string) =>
      [
        '一级指标      二级指标          三级指标                分值     得分             扣分说明',
        '                        立项程序规范性              3      3.00    项目经初步设计评审后批复',
        '          项目立项（5）                                           立项，程序规范，不扣分。',
        '                        制度执行有效性              5      3.50    2个标段监理日志记录不完整，',
        `                                                            扣${said}分。`,
        '                        小计                  8      6.50',
      ].join('\n');
    expect(errors(sheet('1.5'))).toEqual([]);
    expect(errors(sheet('1'))).toEqual(['4 score.deduction 扣1.00分']);
  });
  it('lets a part’s rate pass when the part was added to in a list of several (part-rates.ts)', () => {
    const text = [
      '某县2031年度项目支出绩效自评报告',
      '    2031年项目年初预算1,260.00万元，其中：中央资金680.00万元、自治区资金420.00万元、县级资金160.00万元。年中追加自治区资金65.60万元、县级资金60.00万元，全年预算调整为1,385.60万元。',
      '    项目全年执行1,302.46万元，预算执行率94.00%。其中：中央资金执行680.00万元，执行率100.00%；自治区资金执行452.17万元，执行率93.12%；县级资金执行170.29万元，执行率77.40%。',
    ].join('\n');
    expect(errors(text)).toEqual([]);
  });
  it('reads "与上年相比，收、支总计各增加D万元" against the 收入、支出决算总计 of the sentence before (prose-changes.ts)', () => {
    const text = (p: string) =>
      `    本局2031年度收入、支出决算总计9,660.52万元。与2030年度相比，收、支总计各增加689.14万元，增长${p}%。`;
    expect(errors(text('7.68'))).toEqual([]);
    expect(errors(text('7.79'))).toEqual(['1 change.percent 7.79%']);
  });
  it('reads a fund table’s income left of a header that merged two names (figure-claims.ts)', () => {
    const text = (said: string) =>
      [
        '                      某局',
        '                          2031 年度部门决算',
        '                        政府性基金预算财政拨款收入支出决算表',
        '部门：某局                                                                          单位：元',
        '      项目                                  年初结转和                                                          年末结转和',
        '功能分类   科目名称                            结余        本年收入          合计      基本支出        项目支出        结余',
        '科目编码',
        '           合计                            320,500.00    4,800,000.00  4,610,280.00                  4,610,280.00  510,220.00',
        '212        城乡社区支出                    320,500.00    4,800,000.00  4,610,280.00                  4,610,280.00  510,220.00',
        '    八、政府性基金预算财政拨款收入支出决算情况说明',
        `    纳入某局2031年度部门决算编制范围的单位共1个。政府性基金预算财政拨款收入${said}万元，支出461.03万元。`,
      ].join('\n');
    expect(errors(text('480.00'))).toEqual([]);
    expect(errors(text('460.00'))).toEqual(['11 figure.text-table 460.00万元']);
  });
});

describe('two counts compared at once, and their average (count-changes.ts, count-averages.ts)', () => {
  const text = (gap: string, avg: string) =>
    `    其中：国内公务接待费 9.64 万元，全年共接待 68 批次、542 人次，较上年的 79 批次、631 人次分别减少 ${gap} 批次、89 人次；人均接待费用 ${avg} 元。`;
  it('holds each change to its unit’s two counts', () => {
    expect(errors(text('11', '177.86'))).toEqual([]);
    expect(errors(text('13', '177.86'))).toEqual(['1 change.amount 减少13批次']);
  });
  it('takes the pair’s second count as a total, and last year’s counts as no parts', () => {
    expect(errors(text('11', '187.86'))).toEqual(['1 share.average 187.86元']);
  });
});

describe('shapes of round 43', () => {
  it('reads a 栏次 row spaced out over its cell as the columns’ numbers (table-model.ts)', () => {
    const table = [
      '                        财政拨款收入支出决算总表',
      '          收    入                                     支    出',
      '      项    目                行次       金额      项    目          行次       合计  一般公共',
      '      栏    次                              1      栏    次                        2         3',
      '一、一般公共预算财政拨款        1    3,778.90 八、社会保障和就业支出   38      303.39    303.39',
      '二、政府性基金预算财政拨款      2      450.00 九、卫生健康支出         39       93.93     93.93',
    ].join('\n');
    expect(errors(table)).toEqual([]);
  });
  it('holds no part’s rate past 其中 to its project’s row (row-citations.ts)', () => {
    const text = [
      '序号  项目名称                         全年预算数   全年执行数   执行率   自评得分',
      ' 1    城北综合客运站建设项目             2,750.00     2,317.55   84.27%      85.93',
      ' 2    农村公路养护工程补助资金           3,580.60     3,497.19   97.67%      98.41',
      '    （二）城北综合客运站建设项目',
      '    该项目全年预算2,750.00万元，全年执行2,317.55万元，执行率84.27%，其中中央补助资金执行率88.43%，省级资金执行率85.47%。',
    ].join('\n');
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('执行率84.27%，其中', '执行率85.27%，其中'))).toContain(
      '5 figure.text-table 85.27%',
    );
  });
  it('dates a day without its year by the full date before it in its sentence (calendar-dates.ts)', () => {
    const text = (day: string) =>
      `    自评工作于2031年2月10日启动：2月${day}日前各单位完成基础数据采集，3月14日前完成审核。`;
    expect(errors(text('28'))).toEqual([]);
    expect(errors(text('29'))).toEqual(['1 year.no-such-date 2月29日']);
  });
  it('reads last year’s rate in brackets inside the comparison (prose-changes.ts)', () => {
    const text = (points: string) =>
      `    全市学前教育毛入园率达到92.36%，较上年（91.12%）提高${points}个百分点。`;
    expect(errors(text('1.24'))).toEqual([]);
    expect(errors(text('1.42'))).toEqual(['1 change.amount 提高1.42个百分点']);
  });
  it('sums a 一级’s 二级 scores against its own weight, reasons between them left out (score-prose.ts)', () => {
    const text = (total: string) =>
      `    （三）产出指标分值35分，得${total}分。其中：数量指标（15分）得12.60分，新增学位未完成年度目标，扣2.40分；质量指标（10分）得9.00分；时效指标（5分）得5.00分；成本指标（5分）得5.00分。`;
    expect(errors(text('31.60'))).toEqual([]);
    expect(errors(text('32.60'))).toEqual(['1 score.sum 32.60']);
  });
});

describe('rates moved 由…提高到… with a year, counts compared with last year’s pair in brackets', () => {
  it('reads "由2030年的74.1%提高到78.6%" (prose-changes.ts)', () => {
    const text = (p: string) => `    全州农村公路优良中等路率由2030年的74.1%提高到78.6%，提高${p}个百分点。`;
    expect(errors(text('4.5'))).toEqual([]);
    expect(errors(text('5.4'))).toEqual(['1 change.amount 提高5.4个百分点']);
  });
  it('reads last year’s pair in brackets, a bracket after this year’s (count-changes.ts)', () => {
    const text = (gap: string) =>
      `    全年市级部门共接待 2,146 批次、18,932 人次（其中外宾接待 12 批次、86 人次），比上年（2,489 批次、21,760 人次）减少 ${gap} 批次、2,828 人次。`;
    expect(errors(text('343'))).toEqual([]);
    expect(errors(text('334'))).toEqual(['1 change.amount 减少334批次']);
  });
});

describe('shapes of round 44', () => {
  it('reads a column’s formula as no missing figure (prose-unfilled.ts)', () => {
    expect(
      errors('注：完成预算%=决算数÷年初预算×100%；增减%=（决算数－上年决算数）÷上年决算数×100%。'),
    ).toEqual([]);
    expect(errors('    公务接待费决算10.00万元，完成预算%，比上年减少。')).toEqual([
      '1 number.missing 完成预算%',
    ]);
  });
  it('finds a year’s thirteenth month, and no count of months (calendar-dates.ts)', () => {
    expect(errors('    部分路段修复工程于2031年13月开工。')).toEqual(['1 year.no-such-date 2031年13月']);
    expect(errors('    项目建设期为2031年12月至2032年12月，共13个月。')).toEqual([]);
  });
  it('holds no average of last year in brackets to this year’s figures (count-averages.ts)', () => {
    const text = (avg: string) =>
      `    2031年度因公出国（境）费支出4.12万元。全年组织因公出国（境）团组1个、4人次，人均支出${avg}万元（上年人均1.47万元）。`;
    expect(errors(text('1.03'))).toEqual([]);
    expect(errors(text('1.30'))).toEqual(['1 share.average 1.30万元']);
  });
  it('leaves a nested list’s shares when neither its whole nor a wider whole gives them (prose-shares.ts)', () => {
    const text = (own: string) =>
      `    2031年度“三公”经费财政拨款支出决算66.65万元，其中：因公出国（境）费4.12万元，占6.18%；公务用车购置及运行维护费53.90万元，占${own}%（其中：公务用车购置费22.36万元，占33.55%；公务用车运行维护费31.54万元，占47.32%）；公务接待费8.63万元，占12.95%。`;
    expect(errors(text('80.87'))).toEqual([]);
    expect(errors(text('78.87')).filter((e) => e.includes('33.55') || e.includes('47.32'))).toEqual([]);
  });
});
