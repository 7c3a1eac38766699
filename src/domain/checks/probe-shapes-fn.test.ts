/**
 * Shapes of round 34's sets and of earlier rounds' misses (units, names and figures made up): a count classified
 * 按…分 and a 其中 list of counts against their whole; a body's sections named before their count; a budget's
 * history with its totals "合计"; a rate's move in 百分点 against last year's told in another sentence or brackets,
 * and one whose sentence compares with the 序时进度 first.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.found}`);

describe('a count classified 按…分 (split-counts.ts)', () => {
  const text = (parts: string) =>
    [
      '某市2031年度市直“三公”经费决算情况说明',
      '    截至2031年12月31日，市直部门公务用车保有量为640辆，比上年末652辆减少12辆（处置20辆、购置8辆）。按车辆',
      `类型分：${parts}。`,
    ].join('\n');
  it('holds the parts against the first count of their unit before the list', () => {
    expect(errors(text('机要通信用车20辆，应急保障用车70辆，执法执勤用车500辆，其他用车50辆'))).toEqual([]);
    expect(errors(text('机要通信用车20辆，应急保障用车70辆，执法执勤用车510辆，其他用车50辆'))).toEqual([
      '2 count.sum 640辆',
    ]);
  });
  it('says nothing when the parts add up to another count there, or the list is not complete', () => {
    expect(errors(text('机要通信用车20辆，应急保障用车70辆，执法执勤用车512辆，其他用车50辆'))).toEqual([]);
    expect(errors(text('机要通信用车20辆，应急保障用车70辆，执法执勤用车等500辆'))).toEqual([]);
  });
});

describe('a 其中 list of counts against its whole (split-counts.ts)', () => {
  const text = (a: string, b: string) =>
    [
      '    2031年度本局共实施项目30个，全年预算5,000.00万元。其中：市本级项目' +
        a +
        '个，预算3,000.00万元；上级转移',
      `支付项目${b}个，预算2,000.00万元。`,
    ].join('\n');
  it('reports parts adding up to more than the whole, and only that', () => {
    expect(errors(text('18', '12'))).toEqual([]);
    expect(errors(text('19', '12'))).toEqual(['1 count.sum 30个']);
    // (A 其中 list may name only some parts.)
    expect(errors(text('10', '12'))).toEqual([]);
  });
  it('ends a list of two parts at its "；", and leaves a list another rule summed to it', () => {
    const staff =
      '    截至2031年12月31日，本部门核定编制40名，其中行政编制10名、事业编制30名；实有在职人员38人，其中行政人员9人、事业人员29人；离退休人员16人。';
    expect(errors(staff)).toEqual([]);
    expect(errors(staff.replace('事业人员29人', '事业人员31人'))).toEqual(['1 sum.parts 40人']);
  });
  it('needs the parts named with the whole’s noun, and passes over a change before 其中', () => {
    const cars = (n: string) =>
      `    全年更新公务用车12辆，比上年少购置3辆，其中：执法执勤用车${n}辆、应急保障用车4辆，购置费用合计300.00万元。`;
    expect(errors(cars('8'))).toEqual([]);
    expect(errors(cars('9'))).toEqual(['1 count.sum 12辆']);
    expect(errors('    全年组织培训6期，其中：业务培训4期、党建学习3次。')).toEqual([]);
  });
});

describe('a body’s sections named before their count (listed-counts.ts)', () => {
  const text = (n: string) =>
    `    某区统计局为区政府工作部门，内设办公室、综合统计科、农业和农村统计科、经济普查中心共${n}个科室，无下属事业单位。`;
  it('counts the names, a name joined by 和 inside still one', () => {
    expect(errors(text('4'))).toEqual([]);
    expect(errors(text('5'))).toEqual(['1 count.enumeration 5个']);
  });
  it('says nothing of a list closed by 等', () => {
    expect(errors('    某区统计局内设办公室、综合统计科、经济普查中心等5个科室。')).toEqual([]);
  });
});

describe('a budget history with its totals named 合计 (prose-budget-history.ts)', () => {
  const text = (word: string) =>
    `    2031年度纳入自评的4个项目年初预算数合计500.00万元，全年预算数合计540.00万元，较年初预算数${word}40.00万元，主要是追加了上级补助资金。`;
  it('holds the difference and its direction', () => {
    expect(errors(text('增加'))).toEqual([]);
    expect(errors(text('减少'))).toEqual(['1 sum.budget-adjustment 40.00万元']);
  });
});

describe('a rate’s move against last year’s told in another sentence (sentence-rate-points.ts)', () => {
  it('takes this year’s rate from the sentence before, last year’s from its own sentence', () => {
    const text = (word: string) =>
      [
        '    截至6月30日，12个监控项目累计支出3,000.00万元，预算执行率46.20%，低于序时进度（50%）3.80个百分点。上年同期',
        `监控项目预算执行率为41.50%，今年较上年同期${word}4.70个百分点。`,
      ].join('\n');
    expect(errors(text('提高'))).toEqual([]);
    expect(errors(text('下降'))).toEqual(['2 change.direction 下降4.70个百分点']);
  });
  it('takes last year’s rate from the brackets after the move', () => {
    const text = (points: string) =>
      `    截至2031年6月30日，5个项目累计执行500.00万元，执行率40.00%，低于序时进度（50%）10.00个百分点。与上年同期相比，累计执行数增加50.00万元，增长11.11%；执行率提高${points}个百分点（上年同期累计执行450.00万元，执行率37.50%）。`;
    expect(errors(text('2.50'))).toEqual([]);
    expect(errors(text('3.50'))).toEqual(['1 change.amount 提高3.50个百分点']);
  });
  it('says nothing when the nearest rate before is of another name', () => {
    expect(
      errors(
        '    全年完成率为96.00%，资金到位率98.00%。上年同期执行率为90.00%，今年较上年同期提高1.00个百分点。',
      ),
    ).toEqual([]);
  });
});

describe('a move in 百分点 whose sentence first compares with the 序时进度 (prose-changes.ts)', () => {
  const text = (points: string) =>
    `    截至2031年8月31日，8个项目累计执行3,000.00万元，执行率60.00%，低于序时进度（66.67%）6.67个百分点，较上年同期执行率55.00%提高${points}个百分点。`;
  it('takes this year’s rate outside the brackets, not the 序时进度', () => {
    expect(errors(text('5.00'))).toEqual([]);
    expect(errors(text('6.00'))).toEqual(['1 change.amount 提高6.00个百分点']);
  });
});

/** A 监控 table printed by plain pdftotext a record a row: 序号, a wrapped name, figures, a word. */
const monitorTable = (o: { upper?: string; deviation?: string; forecastRate?: string } = {}) =>
  [
    '表1',
    '2031年1—8月项目预算执行进度监控表',
    '单位：万元',
    ...['序号', '项目名称', '年度预算', '合计', '其中：', '上级补助', '本级资金', '1—8 月', '执行数'],
    ...['执行率', '（%）', '序时进度', '（%）', '偏差', '（百分点）', '偏差程度'],
    ...[
      '1',
      '农村供水保障专',
      '项资金',
      '1,000.00',
      '600.00',
      '400.00',
      '700.00',
      '70.00',
      '66.67',
      '3.33',
      '正常',
    ],
    ...['2', '乡村道路养护资', '金', '2,000.00', '1,200.00', '800.00', '1,100.00', '55.00', '66.67'],
    ...[o.deviation ?? '-11.67', '较大偏差'],
    '',
    '— 1 —',
    '',
    ...['3', '河道清淤整治资金', '500.00', '0.00', '500.00', '300.00', '60.00', '66.67', '-6.67', '轻微偏差'],
    ...[
      '4',
      '农技推广服务补',
      '助经费',
      '300.00',
      '100.00',
      '200.00',
      '250.00',
      '83.33',
      '66.67',
      '16.66',
      '正常',
    ],
    ...['合计', '3,800.00', o.upper ?? '1,900.00', '1,900.00', '2,350.00', '61.84', '66.67', '-4.83'],
    '三、全年预算执行预计',
    '经逐项研判，乡村道路养护资金预计执行1,900.00万元，执行',
    `率${o.forecastRate ?? '95.00'}%。`,
  ].join('\n');

describe('a table of items a record a row, as plain pdftotext prints it (plain-records.ts)', () => {
  it('reads it whole: a clean copy holds', () => {
    expect(errors(monitorTable())).toEqual([]);
    const claims = checkTextReport(monitorTable()).claims;
    expect(claims.filter((c) => c.kind === 'table' && c.verified).length).toBeGreaterThanOrEqual(8);
  });
  it('reports a column total that is not the sum of its rows, and a 偏差 that is not 执行率 − 序时进度', () => {
    expect(errors(monitorTable({ upper: '1,990.00' }))).toEqual([
      '67 table.row-sum 3,800.00',
      '68 table.total 1,990.00',
    ]);
    expect(errors(monitorTable({ deviation: '-12.67' }))).toEqual(['40 completion.schedule -12.67']);
  });
  it('does not hold a forecast in the text to the table’s 1—8 月 rate (row-citations.ts)', () => {
    expect(errors(monitorTable({ forecastRate: '90.00' }))).toEqual([]);
  });
  it('reads nothing when a row’s figures do not count out', () => {
    const short = monitorTable().replace('300.00\n60.00\n', '60.00\n');
    expect(checkTextReport(short).claims.filter((c) => c.kind === 'table')).toEqual([]);
  });
});

describe('a summary of projects with 自评得分 and 等级, no 分值 (item-tables.ts)', () => {
  const summary = (executed: string) =>
    [
      '某县民政局2031年度项目支出绩效自评结果汇总表',
      '单位：万元',
      ...['项目名称', '全年预算数', '全年执行数', '执行率', '自评得分', '等级'],
      ...['困难群众救助补充资金', '60.00', '58.20', '97.00%', '96.50', '优'],
      ...['养老服务补贴资金', '40.00', '40.00', '100.00%', '98.00', '优'],
      ...['社会组织培训经费', '10.00', '8.00', '80.00%', '78.00', '中'],
      ...['合计', '110.00', executed, '96.55%', '90.83（平均）'],
      '某县民政局2031年度项目支出绩效自评报告',
    ].join('\n');
  it('sums its amount columns, its scores aside', () => {
    expect(errors(summary('106.20'))).toEqual([]);
    expect(errors(summary('108.20'))).toEqual(['29 table.total 108.20']);
  });
});

describe('a change of the whole after a sentence listing its parts (prose-changes.ts)', () => {
  const text = (percent: string) =>
    [
      '    2031年度“三公”经费财政拨款支出预算为50.00万元，支出决算为40.00万元，完成预算的80.00%，其中：公务用车运行维',
      '护费支出预算为30.00万元，支出决算为28.00万元，完成预算的93.33%；公务接待费支出预算为20.00万元，支出决算',
      `为12.00万元，完成预算的60.00%。2031年度“三公”经费财政拨款支出决算数比2030年度减少4.00万元，下降${percent}%，`,
      '其中：公务用车运行维护费减少2.00万元，下降6.67%；公务接待费减少2.00万元，下降14.29%。',
    ].join('\n');
  it('takes the whole’s figure as the base, not the last part’s', () => {
    expect(errors(text('9.09'))).toEqual([]);
    expect(errors(text('8.09'))).toEqual(['3 change.percent 8.09%']);
  });
});

/** A third-party 评分表 printing 一级, 二级 and 三级 side by side, a 扣分原因 wrapped under them. */
const threeLevels = (o: { outputScore?: string; weight?: string } = {}) =>
  [
    '附件：某县2031年农村供水项目绩效评价指标评分表',
    '',
    '一级指标  分值    得分      二级指标   分值    得分      三级指标             分值   得分     扣分原因',
    '决策    20    18.50   项目立项   8     8.00    立项依据充分性          4    4.00   —',
    '                                         立项程序规范性          4    4.00   —',
    '                    资金投入   12    10.50   预算编制科学性          6    4.50   测算依据不充分，扣1.5',
    '                                                                      分',
    `                                         资金分配合理性          ${o.weight ?? '6'}    6.00   —`,
    `产出    50    ${o.outputScore ?? '46.00'}   产出数量   30    28.00   供水管网长度           15   13.00   完成率86.67%，按比例计分`,
    '                                         受益户数              15   15.00   —',
    '',
    '                                  — 3 —',
    '                    产出质量   20    18.00   水质达标率            20   18.00   达标率95%，扣2分',
    '效益    30    28.00   社会效益   30    28.00   群众满意度            30   28.00   满意度93%，扣2分',
    '合计    100   92.50',
  ].join('\n');

describe('a score table of three levels side by side (level-triples.ts)', () => {
  it('holds every level’s 得分 to its rows’ when the 分值 add up', () => {
    expect(errors(threeLevels())).toEqual([]);
    const claims = checkTextReport(threeLevels()).claims.filter((c) => c.kind === 'score' && c.verified);
    expect(claims.length).toBeGreaterThanOrEqual(8);
  });
  it('reports a 一级 得分 that is not its 二级 sum once — the 合计 holds with the sum', () => {
    expect(errors(threeLevels({ outputScore: '46.60' }))).toEqual(['9 score.sum 46.60']);
  });
  it('names a 三级 分值 that leaves its 二级 short and is exceeded by its 得分', () => {
    expect(errors(threeLevels({ weight: '5' }))).toEqual(['8 score.weight-sum 5']);
  });
});

describe('a figure restated with two digits swapped (transposed-figures.ts)', () => {
  const text = (prose: string) =>
    [
      '    一、项目资金使用情况',
      `    截至2031年6月30日，乡村道路养护资金累计执行${prose}万元，执行进度低于序时进度。`,
      '',
      '                         表1 项目执行情况表',
      '项目名称                  年度预算      1—6月执行      执行率',
      '乡村道路养护资金            400.00        179.30        44.83%',
      '农村供水保障资金            300.00        150.00        50.00%',
      '合计                        700.00        329.30        47.04%',
    ].join('\n');
  it('reports the text’s figure when the table’s row prints the same digits in another order', () => {
    expect(errors(text('179.30'))).toEqual([]);
    expect(errors(text('197.30'))).toEqual(['2 figure.restated 197.30']);
  });
  it('says nothing of another item’s figure of the same digits, nor of a figure of a kind every row has', () => {
    expect(errors(text('179.30').replace('乡村道路养护资金累计', '农村供水保障资金累计'))).toEqual([]);
    expect(
      errors(
        [
          '    甲项目年初预算120.00万元，完成年初预算的98.32%。',
          '    乙项目年初预算210.00万元，完成年初预算的98.23%。',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});

describe('a 小计 row of a wrapped 自评表 (wrapped-self-evals.ts)', () => {
  const form = (score: string, subtotal = '19') =>
    [
      '                          部门整体支出绩效自评表',
      '                                   年初预算数    全年预算数    全年执行数    分值    执行率    得分',
      '                年度资金总额          500.00       520.00       500.00     10     96.15%     9.62',
      '                                                                                   偏差原因分析',
      '   一级指标   二级指标           三级指标            年度指标值   实际完成值   分值   得分',
      '                           重点人群签约',
      `                           服务签约率                ≥75%        78.60%       10     ${score}`,
      '                数量指标   村卫生室标准化建设数                                           征地延误',
      '                           量                        12 个        10 个        10     9',
      `   小计                                                                        20    ${subtotal}`,
      '                           群众满意度                ≥90%        93.60%       70     70',
      '   小计                                                                        70     70',
      '   总分                                                                        100   98.62',
    ].join('\n');
  it('reads the 小计 apart from the indicators and holds it to their sum', () => {
    expect(errors(form('10'))).toEqual([]);
    expect(errors(form('10', '18'))).toEqual(['10 score.sum 18']);
  });
  it('reports a 得分 above its 分值 once, not the sums it breaks', () => {
    expect(errors(form('11'))).toEqual(['7 score.exceeds-weight 11']);
  });
});

describe('a 决算表 whose header labels are stacked a word a line above its rows (layout.ts, subject-explanations.ts)', () => {
  const doc = (stated: string) =>
    [
      '                  一般公共预算财政拨款支出决算表',
      '                                                            单位：万元',
      '           项目',
      '                                        合计    基本支出   项目支出',
      '  功能分类',
      '                科目名称',
      '  科目编码',
      '',
      ' 201       一般公共服务支出                   900.00      600.00      300.00',
      ' 20108     审计事务                         900.00      600.00      300.00',
      ' 2010801   行政运行                         600.00      600.00',
      ' 2010804   审计业务                         300.00                  300.00',
      '           合计                             900.00      600.00      300.00',
      '',
      '    五、一般公共预算财政拨款支出决算情况说明',
      '    （三）一般公共预算财政拨款支出决算具体情况',
      `    1、一般公共服务支出（类）审计事务（款）审计业务（项）。年初预算为320.00万元，支出决算为${stated}万元。`,
    ].join('\n');
  it('reads the table with its header and the 项 against its row', () => {
    expect(errors(doc('300.00'))).toEqual([]);
    expect(errors(doc('330.00'))).toEqual(['17 figure.text-table 330.00万元']);
  });
});

describe('counts of indicators, of people, and lists that go on (count-complements.ts, split-counts.ts, prose-totals.ts, fee-changes.ts)', () => {
  it('does not read two of three counts as all the indicators', () => {
    expect(
      errors(
        '    项目共设置三级绩效指标15个。截至6月底，已完成或达到序时进度的指标11个，存在偏差的指标3个，尚未开展评价的指标1个。',
      ),
    ).toEqual([]);
  });
  it('reads a team by roles against its head count', () => {
    const team = (n: string) =>
      `    评价组由${n}人组成，其中项目负责人1名、注册会计师1名、工程造价师1名、财务人员2名。`;
    expect(errors(team('5'))).toEqual([]);
    expect(errors(team('4'))).toEqual(['1 count.sum 4人']);
  });
  it('does not sum a 其中 list whose paragraph ends on "；" (it goes on below)', () => {
    const text = [
      '2.公务用车运行维护费支出29.87万元，主要用于燃料、维修保养、保险等支出。其中：',
      '燃料费14.62万元；维修保养费9.35万元；',
      '车辆保险费4.18万元；过路过桥及年检等费用1.72万元。',
    ].join('\n');
    expect(errors(text)).toEqual([]);
  });
  it('takes no name of a list of names as the subject of 持平 after another item’s amount', () => {
    const text = [
      '          2031年度“三公”经费财政拨款支出决算表',
      '项目                      2031年决算数    2030年决算数',
      '合计                           40.00          42.00',
      '公务用车运行维护费             30.00          32.00',
      '公务接待费                     10.00          10.00',
      '',
      '    机关运行经费主要包括：办公费、水电费、公务接待费、公务用车运行维护费等。其中取暖费14.80万元，与上年持平。',
    ].join('\n');
    expect(errors(text)).toEqual([]);
  });
});

describe('a 决算表 split by its columns over two pages (continued-tables.ts)', () => {
  const doc = (total: string) =>
    [
      '                                         支出决算表',
      '                                                                                    公开03表',
      ' 部门：某县水务局                                                           金额单位：万元',
      ' 功能分类   科目名称                            本年支出合计        基本支出        项目支出',
      `              合计                                  ${total}        2,000.00        3,000.00`,
      ' 213      农林水支出                                5,040.00        2,000.00        3,000.00',
      ' 21303    水利                                      5,040.00        2,000.00        3,000.00',
      ' 2130301  行政运行                                  2,000.00        2,000.00',
      ' 2130306  水利工程运行与维护                        3,040.00                        3,000.00',
      '                                      第 6 页 共 14 页',
      '                                      支出决算表（续）',
      '                                                                                    公开03表',
      ' 部门：某县水务局                                                           金额单位：万元',
      ' 功能分类   科目名称                            上缴上级支出        经营支出',
      '              合计                                                     40.00',
      ' 213      农林水支出                                                   40.00',
      ' 21303    水利                                                         40.00',
      ' 2130301  行政运行',
      ' 2130306  水利工程运行与维护                                           40.00',
    ].join('\n');
  it('joins the columns of the next page to their rows: the row totals hold', () => {
    expect(errors(doc('5,040.00'))).toEqual([]);
    const rows = checkTextReport(doc('5,040.00')).claims.filter((c) => /其后各栏/.test(c.arithmetic));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.every((c) => c.verified)).toBe(true);
  });
  it('reports a 合计 that is not the sum of the columns of both pages', () => {
    expect(errors(doc('5,004.00'))).toContain('5 table.row-sum 5,004.00');
  });
});

describe('dates a report cannot bear (filing-dates.ts, cutoff-years.ts)', () => {
  it('reads a 说明’s 发布日期 under its title as well as its sign-off', () => {
    const text = (published: string) =>
      [
        '某县农业农村局2031年度“三公”经费决算情况说明',
        '',
        `发布日期：${published}`,
        '信息来源：某县农业农村局',
        '',
        '    2031年度“三公”经费财政拨款支出决算59.06万元。',
        '',
        '某县农业农村局',
        '2032年8月26日',
      ].join('\n');
    expect(errors(text('2032年8月26日'))).toEqual([]);
    expect(errors(text('2031年8月26日'))).toEqual(['3 year.filing-date 2031年']);
  });
  it('holds a 监控 report’s sign-off to the period it monitors, before its 附件', () => {
    const text = (signed: string) =>
      [
        '         某县交通运输局文件',
        '',
        '     关于2032年农村公路养护项目1—6月',
        '         绩效运行监控情况的报告',
        '',
        '县财政局：',
        '    截至2032年6月30日，项目累计执行420.00万元，执行率42.00%。',
        '    附件：某县2032年农村公路养护项目绩效运行监控表',
        '',
        '                    某县交通运输局',
        `                    ${signed}`,
        '',
        '  — 4 —',
        '填表人：张三              填报日期：2032年7月10日',
      ].join('\n');
    expect(errors(text('2032年7月12日'))).toEqual([]);
    expect(errors(text('2031年7月12日'))).toEqual(['3 year.mismatch 2032年']);
  });
});

describe('收入总计 and 支出总计 told with their parts (grand-totals.ts)', () => {
  const text = (carried: string) =>
    [
      '    一、收入支出决算总体情况说明',
      '    2031年度收入总计980.00万元，支出总计980.00万元。与2030年度相比，收入总计和支出总计各增加40.00万元。',
      `    其中：本年收入合计950.00万元，年初结转和结余${carried}万元；本年支出合计960.00万元，年末结转和结余20.00万元。`,
    ].join('\n');
  it('holds each 总计 to its two parts', () => {
    expect(errors(text('30.00'))).toEqual([]);
    expect(errors(text('39.00'))).toEqual(['2 sum.parts 980.00']);
  });
  it('says nothing when the document names another flow of that side not zero', () => {
    expect(errors(`${text('39.00')}\n    使用非财政拨款结余9.00万元。`)).toEqual([]);
  });
});

describe('a 三公 item’s change told as an amount alone, against the table (fee-changes.ts)', () => {
  const text = (word: string) =>
    [
      '          2031年度“三公”经费财政拨款支出决算表',
      '项目                      2031年决算数    2030年决算数',
      '合计                           40.00          38.00',
      '因公出国（境）费                5.48           4.26',
      '公务用车购置及运行维护费       30.00          30.00',
      '公务接待费                      4.52           3.74',
      '',
      '    （一）因公出国（境）费',
      `    2031年度因公出国（境）费支出5.48万元，全年安排因公出国（境）团组1个，累计3人次。与上年相比，团组数持平，支出${word}1.22万元。`,
    ].join('\n');
  it('judges its direction when its amount is the difference', () => {
    expect(errors(text('增加'))).toEqual([]);
    expect(errors(text('减少'))).toEqual(['9 change.direction 减少1.22万元']);
  });
});

describe('round 36’s faults: readings that must not err', () => {
  it('reads a plain table whose header names wrap (年 over 预算数, 完成预算 over （%）) by its merged names', () => {
    const text = [
      '表1',
      '某局2031年度财政拨款',
      '“三公”经费支出预决算对比表',
      '单位：万元',
      ...[
        '项目',
        '2031年',
        '预算数',
        '2031年',
        '决算数',
        '完成预算',
        '（%）',
        '2030年',
        '决算数',
        '增减额',
        '增减率',
        '（%）',
      ],
      ...['合计', '74.50', '66.71', '89.54', '40.20', '26.51', '65.95'],
      ...['1.因公出国（境）费', '10.00', '8.62', '86.20', '5.40', '3.22', '59.63'],
      ...['2.公务用车购置及运行维护费', '51.00', '47.95', '94.02', '25.62', '22.33', '87.16'],
      ...['3.公务接待费', '13.50', '10.14', '75.11', '9.18', '0.96', '10.46'],
      '',
      '    2031年度“三公”经费财政拨款支出决算66.71万元，其中：因公出国（境）费8.62万元，公务用车购置及运行维护费47.95万元，公务接待费10.14万元。',
    ].join('\n');
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('8.62万元', '8.26万元'))).toContain('46 sum.parts 66.35万元');
  });
  it('holds an amount in 亿元 to a share of a 万元 whole within its own rounding', () => {
    const text = [
      '    2031年度县级一般公共预算支出284,615.37万元。',
      '    对新增重大政策和项目开展事前绩效评估37个，涉及资金1.86亿元，占县级一般公共预算支出的6.55%。',
    ].join('\n');
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('6.55%', '6.75%'))).toEqual(['2 share.percent 6.75%']);
  });
  it('takes no row named after 占 as the subject of the rate after it', () => {
    const text = [
      '                 表1 2031年度部门预算执行情况表',
      '项目          年初预算      调整预算      执行数      执行率',
      '基本支出      1,736.48      1,802.16     1,795.03     99.60%',
      '项目支出      3,125.87      5,616.76     5,331.51     94.92%',
      '合计          4,862.35      7,418.92     7,126.54     96.06%',
      '    2031年度确定重点项目6个，调整后预算合计3,950.00万元，占项目支出预算的70.33%，实际执行3,752.00万元，执行率94.99%。',
    ].join('\n');
    expect(errors(text)).toEqual([]);
  });
});

describe('a change with both its figures in one clause (inline-base-changes.ts)', () => {
  const text = (word: string, points = '0.93') =>
    `    自评平均得分89.47分，比2030年的88.62分${word}0.85分。优良率94.03%，比2030年的93.10%提高${points}个百分点。`;
  const doc = (body: string) => `某县财政局关于2031年度预算绩效管理工作情况的报告\n${body}`;
  it('holds the change to the two figures and its word to their order', () => {
    expect(errors(doc(text('提高')))).toEqual([]);
    expect(errors(doc(text('下降')))).toEqual(['2 change.direction 下降0.85分']);
    expect(errors(doc(text('提高', '0.39')))).toEqual(['2 change.amount 提高0.39个百分点']);
  });
  it('reads no base of a year other than the one before', () => {
    expect(errors(doc('    自评平均得分89.47分，比2028年的88.62分下降0.85分。'))).toEqual([]);
  });
});

describe('things counted by the category each was given (category-counts.ts)', () => {
  const text = (a: string, c = '3') =>
    `    对新增重大政策和项目开展事前绩效评估37个，涉及资金1.86亿元。评估结论为“予以支持”的${a}个、“调整后支持”的6个、“不予支持”的${c}个。`;
  it('holds categories that cover every case to the whole', () => {
    expect(errors(text('28'))).toEqual([]);
    expect(errors(text('26'))).toEqual(['1 count.sum 37个']);
  });
  it('says nothing of categories that may not cover every case, unless they count more than the whole', () => {
    const open = (a: string) => `    开展事前绩效评估37个。评估结论为“予以支持”的${a}个、“调整后支持”的6个。`;
    expect(errors(open('28'))).toEqual([]);
    expect(errors(open('33'))).toEqual(['1 count.sum 37个']);
  });
});

describe('a 自评表’s 项目资金 rows with dashes for the amounts they have none of (wrapped-self-evals.ts)', () => {
  const form = (opening: string) =>
    [
      '                          2031年度项目支出绩效自评表',
      '                                        年初预算数         全年预算数         全年执行数          分值       执行率         得分',
      `              年度资金总额                     ${opening}      1,860.00      1,836.42       10      98.73%     9.87`,
      ' 项目资金',
      '              其中：当年财政拨款                  1,560.00      1,720.00      1,703.12        —      99.02%        —',
      ' （万元）',
      '                  上年结转资金                        —        140.00        133.30        —      95.21%        —',
      '                  其他资金                          —             —             —        —           —        —',
      '              一级指标       二级指标         三级指标                年度指标值           实际完成值           分值     得分',
      '                         数量指标         新建监测站          ≥24个            24个              45       45',
      '              效益指标       生态效益         覆盖率            ≥85%            88%              45       45',
      '                                      总分                                                  100    99.87',
    ].join('\n');
  it('reads a dash as no amount: the 年度资金总额 is its sources’ sum', () => {
    expect(errors(form('1,560.00'))).toEqual([]);
    expect(errors(form('1,650.00'))).toEqual(['3 sum.parts 1650.00']);
  });
});

describe('round 37’s faults: readings that must not err', () => {
  it('reads past an item’s own change to the items after it, and stops at an adjustment after the last', () => {
    const items = (receptions: string) =>
      `    2031年度“三公”经费预算27.30万元，决算26.06万元，完成预算的95.46%。其中：公务用车购置费21.36万元，用于更新老旧公务用车1辆；公务用车运行维护费4.18万元，比上年增加0.21万元，增长5.29%；公务接待费${receptions}万元，共接待6批次、38人次。`;
    expect(errors(items('0.52'))).toEqual([]);
    expect(errors(items('0.62'))).toEqual(['1 sum.parts 26.16万元']);
    const arrived = [
      '    截至2031年12月31日，项目资金实际到位1,821.00万元，到位率97.64%。其中：中央财政资金到位1,260.00万元，到位率100.00%；',
      '省级财政资金到位385.00万元，到位率100.00%；县级配套资金到位176.00万元，到位率80.00%，县级配套资金未足额到位主要是年中经县政府同意调减配套资金44.00万元。',
    ].join('\n');
    expect(errors(arrived)).toEqual([]);
  });
  it('takes no adjustment made to a row for the row’s figure', () => {
    const text = [
      '序号  项目名称                      年度预算       1—9月执行数    执行率',
      '1     农村环境整治项目              2,140.00      1,006.20      47.02%',
      '2     土壤污染防治项目                860.00        318.20      37.00%',
      '3     生态环境监测能力建设项目        735.60        459.75      62.50%',
      '      1.调减农村环境整治项目预算320.00万元，收回州财政统筹使用。',
    ].join('\n');
    expect(errors(text)).toEqual([]);
  });
  it('holds no figure to another item’s whose name only begins the same', () => {
    const text = [
      '          2031年度“三公”经费财政拨款支出决算表',
      '项目                          预算数      决算数',
      '公务用车购置费                 24.80       24.80',
      '公务用车运行维护费             18.00       17.26',
      '    公务用车购置及运行维护费预算42.80万元，决算42.06万元。',
    ].join('\n');
    expect(errors(text)).toEqual([]);
  });
});

describe('round 37’s misses', () => {
  it('reads a move against the 同期 of a year named, after a 序时进度 in brackets (prose-changes.ts)', () => {
    const text = (word: string) =>
      [
        '某州生态环境局2032年1—9月部门整体绩效运行监控报告',
        `    截至2032年9月30日，部门预算累计执行6,406.12万元，预算执行率61.22%，低于序时进度（75%）13.78个百分点，较2031年同期执行率58.36%${word}2.86个百分点。`,
      ].join('\n');
    expect(errors(text('提高'))).toEqual([]);
    expect(errors(text('下降'))).toEqual(['2 change.direction 下降2.86个百分点']);
  });
  it('reads a count’s share of the whole counted before it in its sentence (count-shares.ts)', () => {
    const text = (share: string) =>
      `    截至9月30日，31个三级指标中，完成进度正常（含已完成）的24个，占${share}%；出现偏差的7个。`;
    expect(errors(text('77.42'))).toEqual([]);
    expect(errors(text('75.42'))).toEqual(['1 share.percent 75.42%']);
  });
});

describe('round 38’s faults: readings that must not err', () => {
  it('warns, not errs, on a code of a 款 whose items the catalogue could not check (unverified)', () => {
    const table = [
      '                 一般公共预算财政拨款支出决算表',
      '科目编码  科目名称                        合计       基本支出     项目支出',
      '214       交通运输支出                   500.00        0.00       500.00',
      '21401     公路水路运输                   500.00        0.00       500.00',
      '2140110   公路和运输安全                 500.00        0.00       500.00',
    ].join('\n');
    const found = checkTextReport(table).findings.filter((f) => f.rule === 'table.code-name');
    expect(found.map((f) => f.severity)).toEqual(['warning']);
  });
  it('reads no rate the text says is worked from the funds received against the budget', () => {
    const text = [
      '    项目预算总额2860.00万元。截至2031年12月31日，项目资金到位2740.00万元，资金到位率95.80%；实际支出2385.46万元，',
      '预算执行率87.06%（按实际支出占到位资金比例计算）。',
      '    （二）预算执行进度偏慢。截至2031年12月31日，项目实际支出2385.46万元，预算执行率87.06%。',
    ].join('\n');
    expect(errors(text)).toEqual([]);
  });
  it('sums no 项 explained under "其中：" that do not add up to the whole (the main ones)', () => {
    const text = [
      '    2031年度一般公共预算财政拨款支出年初预算为3,186.50万元，支出决算为3,252.33万元，完成年初预算的102.07%。其中：',
      '    1.文化旅游体育与传媒支出（类）文物（款）文物保护（项）。年初预算为860.40万元，支出决算为905.60万元。',
      '    2.文化旅游体育与传媒支出（类）文物（款）博物馆（项）。年初预算为792.00万元，支出决算为815.11万元。',
    ].join('\n');
    expect(errors(text)).toEqual([]);
  });
});

describe('one 科目 code named two ways in the document’s tables (code-consistency.ts)', () => {
  // (Codes of 21401, a group the catalogue could not check: against the catalogue alone, a warning at most.)
  const doc = (name: string) =>
    [
      '                                 收入决算表',
      '科目编码  科目名称                        本年收入合计   财政拨款收入',
      '2140110   公路和运输安全                         422.66         422.66',
      '2140106   公路养护                               300.00         300.00',
      '',
      '                                 支出决算表',
      '科目编码  科目名称                        本年支出合计     项目支出',
      `2140110   ${name}                         422.66         422.66`,
      '2140106   公路养护                               300.00         300.00',
      '',
      '                  一般公共预算财政拨款支出决算表',
      '科目编码  科目名称                            合计         项目支出',
      '2140110   公路和运输安全                         422.66         422.66',
      '2140106   公路养护                               300.00         300.00',
    ].join('\n');
  it('names the one table out of step with the others, whatever the catalogue says', () => {
    expect(errors(doc('公路和运输安全'))).toEqual([]);
    expect(errors(doc('公路运输管理'))).toEqual(['8 table.code-name 2140110 公路运输管理']);
  });
});
