/**
 * Shapes of round 22's blind sets (units, names and figures made up): dates no calendar has; a 自评表 printed by
 * plain pdftotext a cell a line (its indicator part summed, a missed target given full marks, a 资金来源 sum
 * reported on its column's cell); a 评分表 whose header is printed again on its second page; a table continued
 * after its caption line "编制单位 … 年度 … 单位" is printed again; a part in 元 of a total in 万元.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.found}`);

describe('a date no calendar has (calendar-dates.ts)', () => {
  const notice = (date: string) =>
    ['某区文化旅游局2031年度部门决算情况说明', `    截至${date}，本部门实有人员58人。`].join('\n');
  it('reports a day past its month’s end, 29 February of a common year, and keeps real dates', () => {
    expect(errors(notice('2031年12月31日'))).toEqual([]);
    expect(errors(notice('2032年2月29日'))).toEqual([]);
    expect(errors(notice('2031年9月31日'))).toEqual(['2 year.no-such-date 2031年9月31日']);
    expect(errors(notice('2031年2月29日'))).toEqual(['2 year.no-such-date 2031年2月29日']);
    expect(errors(notice('6月31日'))).toEqual(['2 year.no-such-date 6月31日']);
    expect(errors(notice('2月29日'))).toEqual([]);
    expect(errors(notice('2031-04-31'))).toEqual(['2 year.no-such-date 2031-04-31']);
  });
});

/** A 自评表 as plain pdftotext prints it: one cell a line, its header again after the page break. */
const cellForm = (o: { total?: string; weight?: string; score?: string; spent?: string } = {}) =>
  [
    '项目支出绩效自评表',
    '（2031年度）',
    '项目名称',
    '城区路灯维护项目',
    '项目资金',
    '（万元）',
    '年初预算数',
    '全年预算数',
    '全年执行数',
    '分值',
    '执行率',
    '得分',
    '年度资金总额',
    '200.00',
    '200.00',
    o.spent ?? '190.00',
    '10',
    '95.00%',
    '9.50',
    '其中：当年财政拨款',
    '200.00',
    '200.00',
    '190.00',
    '—',
    '—',
    '—',
    '上年结转资金',
    '0.00',
    '0.00',
    '0.00',
    '—',
    '—',
    '—',
    '',
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
    '产出指标',
    '数量指标',
    '维护路灯数量',
    '≥1200盏',
    '1250盏',
    '20',
    '20',
    '质量指标',
    '路灯亮灯率',
    '≥98%',
    '99%',
    '20',
    '20',
    '',
    '—1—',
    '',
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
    '效益指标',
    '社会效益指标',
    '夜间出行安全保障',
    '有效保障',
    '有效保障',
    o.weight ?? '30',
    o.score ?? '30',
    '满意度指标',
    '服务对象满意度指标',
    '市民满意度',
    '≥90%',
    '88%',
    '20',
    '19.56',
    '个别路段维修响应偏慢',
    '总分',
    '100',
    o.total ?? '99.06',
  ].join('\n');

describe('a 自评表 printed a cell a line (cell-line-scores.ts, unmet-targets.ts, score-funds.ts)', () => {
  it('finds nothing in a form that adds up', () => {
    expect(errors(cellForm())).toEqual([]);
  });
  it('sums the 得分 with the 项目资金 part’s into the 总分, across the page break', () => {
    expect(errors(cellForm({ total: '98.06' }))).toEqual(['84 score.sum 98.06']);
  });
  it('tells a 分值 misprinted below its 得分 by the 得分 adding up', () => {
    expect(errors(cellForm({ weight: '25' }))).toEqual(['72 score.exceeds-weight 25']);
  });
  it('reports a missed target given full marks', () => {
    const missed = cellForm().replace('1250盏', '1150盏');
    expect(errors(missed)).toEqual(['46 score.rule 20']);
  });
  it('sums the form when a row’s missed target was reported too', () => {
    const both = cellForm({ total: '98.06' }).replace('1250盏', '1150盏');
    expect(errors(both)).toEqual(['46 score.rule 20', '84 score.sum 98.06']);
  });
  it('reports a 资金来源 sum on its own column’s cell', () => {
    const text = cellForm().replace('190.00\n—', '180.00\n—');
    expect(errors(text)).toEqual(['16 table.total 180.00']);
  });
});

describe('a 评分表 whose header is printed again on its second page (table-rules.ts)', () => {
  const sheet = (total = '95') =>
    [
      '某局2031年度部门整体支出绩效自评评分表',
      '一级指标  二级指标      三级指标              分值    得分',
      '决策      目标设置      绩效目标合理性         20      18',
      '过程      资金管理      资金使用合规性         30      28',
      '',
      '                          — 1 —',
      '一级指标  二级指标      三级指标              分值    得分',
      '产出      产出数量      重点任务完成率         30      30',
      '效益      社会效益      群众满意度             20      19',
      `合计                                          100      ${total}`,
    ].join('\n');
  it('sums the rows of both pages into the 合计', () => {
    expect(errors(sheet())).toEqual([]);
    expect(errors(sheet('96'))).toEqual(['10 score.sum 96']);
  });
});

describe('a table continued after its caption line is printed again (continued-tables.ts)', () => {
  const table = (allowance = '40.00') =>
    [
      '                     一般公共预算财政拨款基本支出决算表',
      '编制单位：某局                     2031年度                    单位：万元',
      '经济分类 科目名称                           决算数',
      '科目编码',
      '301      工资福利支出                       100.00',
      '30101    基本工资                            60.00',
      '                                 - 1 -',
      '                     一般公共预算财政拨款基本支出决算表（续）',
      '编制单位：某局                     2031年度                    单位：万元',
      '经济分类 科目名称                           决算数',
      '科目编码',
      `30102    津贴补贴                            ${allowance}`,
      '302      商品和服务支出                      10.00',
      '30201    办公费                              10.00',
    ].join('\n');
  it('sums a 类 with its 款 on the next page', () => {
    expect(errors(table())).toEqual([]);
    expect(errors(table('41.00'))).toEqual(['5 table.code-sum 100.00']);
  });
});

describe('a part in 元 of a total in 万元 (prose-totals.ts)', () => {
  const text = (yuan: string) =>
    [
      '某局2031年度“三公”经费情况说明',
      `    公务用车购置及运行维护费支出15.62万元。其中：公务用车购置费0万元；公务用车运行维护费${yuan}元。`,
    ].join('\n');
  it('judges the sum at the total’s places', () => {
    expect(errors(text('156,203.60'))).toEqual([]);
    expect(errors(text('166,203.60'))).toEqual(['2 sum.parts 16.62036万元']);
  });
});

describe('a 监控 report’s rates and counts (prose-changes.ts, count-shares.ts, listed-counts.ts)', () => {
  const report = (o: { points?: string; share?: string; behind?: string; offices?: string } = {}) =>
    [
      '某县财政局2032年1—6月预算绩效运行监控报告',
      `    截至2032年6月30日，10个监控项目累计执行资金3,120.00万元，预算执行率52.00%，高于序时进度（50.00%）2.00个百分点，较2031年同期执行率（47.50%）${o.points ?? '提高4.50'}个百分点。`,
      `    10个项目共设置三级绩效指标64个。截至6月底，已完成或预计年底能够完成的指标58个，占${o.share ?? '90.63'}%；存在偏差的指标6个。`,
      `    执行率低于序时进度的项目${o.behind ?? '3'}个，分别是：乡村道路养护（41.20%）、农田水利配套（36.05%）、文化惠民演出（44.10%）。`,
      `    本局内设科室${o.offices ?? '4'}个：办公室、预算股、国库股、绩效管理股；下属事业单位1个。`,
    ].join('\n');
  it('finds nothing in a report whose figures hold', () => {
    expect(errors(report())).toEqual([]);
  });
  it('holds points against last year’s rate named with its year and printed in brackets', () => {
    expect(errors(report({ points: '下降4.50' }))).toEqual(['2 change.direction 下降4.50个百分点']);
    expect(errors(report({ points: '提高5.40' }))).toEqual(['2 change.amount 提高5.40个百分点']);
  });
  it('holds a count’s share to the paragraph’s “共…N个” of the same noun', () => {
    expect(errors(report({ share: '92.63' }))).toEqual(['3 share.percent 92.63%']);
  });
  it('counts names each with its rate in brackets after “N个，分别为”, and leaves a list of amounts alone', () => {
    const text = (n: string) =>
      [
        '某县2032年1—6月预算绩效运行监控报告',
        `    其中执行率低于30%的项目${n}个，分别为供热管网改造工程（18.00%）、农村公路养护工程（26.20%）、文化惠民演出及非遗保护经费（28.86%），分别低于序时进度32.00个、23.80个和21.14个百分点。`,
        '    新开工项目3个，分别为120.00万元、80.00万元和60.00万元。',
      ].join('\n');
    expect(errors(text('3'))).toEqual([]);
    expect(errors(text('4'))).toEqual(['2 count.enumeration 4个']);
  });
  it('counts the things named after “N个，分别是：” or “N个：”', () => {
    expect(errors(report({ behind: '4' }))).toEqual(['4 count.enumeration 4个']);
    expect(errors(report({ offices: '5' }))).toEqual(['5 count.enumeration 5个']);
  });
});

describe('round 23’s precision faults (prose-changes.ts, prose-totals.ts, prose-unfilled.ts)', () => {
  it('takes the outturn, not its budget, as what changed after a 完成预算 rate', () => {
    const text = (pct: string) =>
      [
        '某局2031年度“三公”经费情况说明',
        `    公务用车购置及运行维护费支出22.93万元，年初预算为24.80万元，完成预算的92.46%，比2030年度增加14.79万元，增长${pct}%。`,
      ].join('\n');
    expect(errors(text('181.70'))).toEqual([]);
    expect(errors(text('171.80'))).toEqual(['2 change.percent 171.80%']);
  });
  it('leaves a part’s own 包括 breakdown out of the 其中 list', () => {
    const text = (project: string) =>
      [
        '某局2031年度部门整体支出绩效自评报告',
        `    全年执行数5,633.77万元。其中：基本支出执行3,951.62万元，执行率99.82%，包括人员经费3,412.85万元、公用经费538.77万元；项目支出执行${project}万元，执行率96.33%。`,
      ].join('\n');
    expect(errors(text('1,682.15'))).toEqual([]);
    expect(errors(text('1,692.15'))).toEqual(['2 sum.parts 5643.77万元']);
    // The breakdown wrong: the list adds up without it, and 基本支出 is 人员经费 + 公用经费 by definition.
    const inner = text('1,682.15').replace('538.77', '583.77');
    expect(errors(inner)).toEqual(['2 sum.parts 3996.62万元']);
  });
  it('reads “金额数据除特别注明外均为万元” as the unit stated, not a figure left out', () => {
    const text = '某局2031年度绩效评价报告\n    报告中的金额数据除特别注明外均为万元，保留两位小数。';
    expect(errors(text)).toEqual([]);
    expect(errors('某局2031年度绩效评价报告\n    全年支出为万元，完成预算的98.00%。')).toEqual([
      '2 number.missing 为万元',
    ]);
  });
});

describe('a 监控 汇总表 with its header over two lines and its 偏差情况 in words (rate-tables.ts, centred-labels.ts)', () => {
  const table = (o: { rate?: string; gap?: string } = {}) =>
    [
      '某县2032年1—6月预算绩效运行监控情况汇总表',
      '                                                                        单位：万元、%',
      '  序                                              年度预算     1—6月执行    执行率',
      '      项目名称                   主管部门                                                 偏差情况',
      '  号',
      '  1   乡村道路养护工程           县交通运输局      1,200.00        480.00     40.00    低于序时进度10.00个百分点',
      '      农村饮水安全巩固提升',
      '  2                              县水利局            800.00        420.00     52.50    高于序时进度2.50个百分点',
      '      工程',
      `  3   基本公共卫生服务项目       县卫生健康局        500.00        250.00     ${o.rate ?? '50.00'}    ${o.gap ?? '与序时进度持平'}`,
      '      合    计                                    2,500.00      1,150.00     46.00    低于序时进度4.00个百分点',
      '    注：执行率=1—6月执行数÷年度预算数×100%；序时进度按50%计算。',
    ].join('\n');
  it('finds nothing in a table that holds', () => {
    expect(errors(table())).toEqual([]);
  });
  it('holds each row’s 执行率 to its amounts, a wrapped name’s row too', () => {
    expect(errors(table({ rate: '55.00', gap: '高于序时进度5.00个百分点' }))).toEqual([
      '10 completion.percent 55.00%',
    ]);
  });
  it('holds the 偏差情况 words to the 执行率 and the stated 序时进度', () => {
    expect(errors(table({ gap: '低于序时进度1.00个百分点' }))).toEqual([
      '10 completion.schedule 低于序时进度1.00个百分点',
    ]);
  });
});

describe('a 三公 notice’s rates and shares (prose-completion.ts, prose-shares.ts)', () => {
  it('judges a part’s 完成预算 rate after “其中：” as its own', () => {
    const text = (rate: string) =>
      [
        '某局2031年度“三公”经费情况说明',
        `    “三公”经费支出年初预算为27.50万元，支出决算为23.54万元，完成预算的85.60%，其中：公务用车购置及运行维护费支出年初预算为24.00万元，支出决算为21.36万元，完成预算的${rate}%；公务接待费支出年初预算为3.50万元，支出决算为2.18万元，完成预算的62.29%。`,
      ].join('\n');
    expect(errors(text('89.00'))).toEqual([]);
    expect(errors(text('98.00'))).toEqual(['2 completion.percent 98.00%']);
  });
  it('bounds the parts’ shares by their amounts after a sentence opener with its year', () => {
    const text = (share: string) =>
      [
        '某局2031年度“三公”经费情况说明',
        `    2031年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0.00万元，占0.00%；公务用车购置及运行维护费支出决算22.93万元，占${share}%；公务接待费支出决算6.48万元，占22.03%。`,
      ].join('\n');
    expect(errors(text('77.97'))).toEqual([]);
    expect(errors(text('79.97'))).toEqual(['2 share.percent 79.97%']);
  });
});

describe('a 基本支出决算表 as plain pdftotext prints it, a cell a line (plain-subjects.ts)', () => {
  const table = (o: { allowance?: string; name?: string } = {}) =>
    [
      '一般公共预算财政拨款基本支出决算表',
      '单位：万元',
      '经济分类科目编码',
      '科目名称',
      '决算数',
      '301',
      '工资福利支出',
      '900.00',
      '30101',
      '基本工资',
      '400.00',
      '30102',
      o.name ?? '津贴补贴',
      o.allowance ?? '300.00',
      '30107',
      '绩效工资',
      '200.00',
      '302',
      '商品和服务支出',
      '160.00',
      '30201',
      '办公费',
      '90.00',
      '30211',
      '差旅费',
      '60.00',
      '30228',
      '工会经费',
      '10.00',
      '人员经费合计',
      '900.00',
      '公用经费合计',
      '160.00',
      '注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。',
    ].join('\n');
  it('finds nothing in a table that adds up', () => {
    expect(errors(table())).toEqual([]);
  });
  it('sums each 类 over its 款', () => {
    expect(errors(table({ allowance: '330.00' }))).toEqual(['8 table.code-sum 900.00']);
  });
  it('holds each code’s name to the catalogue', () => {
    expect(errors(table({ name: '绩效工资' }))).toEqual(['12 table.code-name 30102 绩效工资']);
  });
});

describe('a 完成率 opening a note centred on its row (noted-completion.ts)', () => {
  const form = (rate: string) =>
    [
      '       一级指标    二级指标      三级指标           年度指标值         实际完成值        分值    得分     偏差原因分析及改进措施',
      `                         重点人群签约                                                 完成率${rate}%，部分`,
      '       产出指标    数量指标      服务人数           ≥13万人         12.52万人      10    9.63   外出务工人员未签约；',
      '                                                                                下一步开展上门签约。',
    ].join('\n');
  it('holds the rate above the row’s figures to its actual ÷ target', () => {
    expect(errors(form('96.31'))).toEqual([]);
    expect(errors(form('93.61'))).toEqual(['2 completion.percent 93.61%']);
  });
});

describe('an amount broken down in the brackets after it (bracket-parts.ts)', () => {
  const text = (central: string, bracket?: string) =>
    [
      '某县2031年度项目绩效评价报告',
      `    上级补助资金2,471.00万元（${bracket ?? `中央衔接资金${central}万元、省级资金842.00万元、市级资金315.00万元`}），县级配套资金586.50万元。`,
    ].join('\n');
  it('finds nothing when the named amounts add up', () => {
    expect(errors(text('1,314.00'))).toEqual([]);
  });
  it('reports the breakdown that does not', () => {
    expect(errors(text('1,260.00'))).toEqual(['2 sum.parts 2,471.00']);
  });
  it('leaves a partial list or a restatement alone', () => {
    expect(errors(text('', '含中央衔接资金1,260.00万元、省级资金842.00万元'))).toEqual([]);
    expect(errors(text('', '24,710,000元'))).toEqual([]);
  });
});

describe('a part’s 执行率 against its budget named before (part-rates.ts)', () => {
  const text = (rate: string, adjustedPart = false) =>
    [
      '某区农业农村委员会2031年度部门整体支出绩效自评报告',
      `    全年调整后预算为11,236.54万元。其中：一般公共预算拨款8,614.92万元，政府性基金预算拨款2,180.00万元，其他资金441.62万元；基本支出2,398.11万元，项目支出8,838.43万元。${adjustedPart ? '年中调减项目支出100.00万元。' : ''}`,
      `    2031年度全年支出10,874.19万元，预算执行率96.78%。按支出性质分：基本支出2,391.07万元，占全年支出的21.99%，执行率99.71%；项目支出8,483.12万元，占78.01%，执行率${rate}%。`,
    ].join('\n');
  it('holds each part’s rate to its outturn ÷ its budget', () => {
    expect(errors(text('95.98'))).toEqual([]);
    expect(errors(text('96.98'))).toEqual(['3 completion.percent 96.98%']);
  });
  it('does not judge a part whose budget the text says was adjusted', () => {
    expect(errors(text('96.98', true))).toEqual([]);
  });
});

describe('round 24’s prose shapes (count-shares.ts, score-prose.ts)', () => {
  it('holds “64个子项目中有7个…，占P%” to the count of the clause', () => {
    const text = (p: string) =>
      [
        '某县2031年度项目绩效评价报告',
        `    64个子项目中有7个未在计划工期内完工，占${p}%，主要集中在污水治理类子项目。`,
      ].join('\n');
    expect(errors(text('10.94'))).toEqual([]);
    expect(errors(text('12.94'))).toEqual(['2 share.percent 12.94%']);
  });
  it('sums the parts “经济效益（8分）得7.20分，…” under “该项分值30分，得27.10分”', () => {
    const text = (social: string) =>
      [
        '某委2031年度部门整体支出绩效自评报告',
        `    4.效益指标。该项分值30分，得27.10分。其中：经济效益（8分）得7.20分，社会效益（10分）得${social}分，生态效益（5分）得4.60分，服务对象满意度（7分）得6.00分。`,
      ].join('\n');
    expect(errors(text('9.30'))).toEqual([]);
    expect(errors(text('9.80'))).toEqual(['2 score.sum 27.10']);
  });
});

describe('a 三公 table with 公务接待费 over its 国内 and 外事 lines (table-claims.ts)', () => {
  const table = (domestic: string) =>
    [
      '         某局2031年度“三公”经费财政拨款支出情况表',
      '                                                              单位：万元',
      '          项目                        2031年预算数    2031年决算数',
      ' 合计                                   177.70          159.52',
      ' 一、因公出国（境）费                    12.00            9.86',
      ' 二、公务用车购置及运行维护费           134.50          125.08',
      '   1.公务用车购置费                      46.00           43.72',
      '   2.公务用车运行维护费                  88.50           81.36',
      ' 三、公务接待费                          31.20           24.58',
      `   1.国内公务接待费                      31.20           ${domestic}`,
      '   2.外事接待费                           0.00            0.00',
    ].join('\n');
  it('sums the reception line over its two lines', () => {
    expect(errors(table('24.58'))).toEqual([]);
    expect(errors(table('24.85'))).toEqual(['9 table.row-sum 24.58']);
  });
});

describe('a 一级 heading with its weight and score in brackets (level-rows.ts)', () => {
  const text = (score: string) =>
    [
      '某县2031年度项目绩效评价报告',
      '       一级指标           分值          得分          得分率（%）',
      '       决策                15         13.50           90.00',
      '       产出                40         37.21           93.03',
      '       效益                45         40.50           90.00',
      '       合计               100         91.21           91.21',
      '',
      `    （二）产出指标（40分，得分${score}分）`,
      '    全年完成户厕改造1,812户，得5.88分。',
    ].join('\n');
  it('holds the heading’s score to the 一级’s row', () => {
    expect(errors(text('37.21'))).toEqual([]);
    expect(errors(text('37.12'))).toEqual(['8 figure.text-table 37.12分']);
  });
});

describe('round 25’s precision faults (item-citations.ts, count-complements.ts)', () => {
  it('takes a source’s budget in the text as its row’s budget, not its outturn', () => {
    const text = (budget: string) =>
      [
        '某局2031年度部门整体支出绩效评价报告',
        `    1．按资金来源划分。一般公共预算财政拨款${budget}万元，占全年预算数的75.43%；政府性基金预算财政拨款2,300.00万元，占10.91%；上年结转资金1,862.54万元，占8.83%；其他资金1,017.66万元，占4.83%。`,
        '                       表2  2031年度预算资金来源及执行情况',
        '                                                                单位：万元',
        '        资金来源                全年预算数     占比       实际支出      执行率',
        '  一般公共预算财政拨款           15,906.27    75.43%     14,857.30     93.41%',
        '  政府性基金预算财政拨款          2,300.00    10.91%      1,926.40     83.76%',
        '  上年结转资金                    1,862.54     8.83%      1,603.35     86.08%',
        '  其他资金                        1,017.66     4.83%        827.78     81.34%',
        '          合    计               21,086.47   100.00%     19,214.83     91.12%',
      ].join('\n');
    expect(errors(text('15,906.27'))).toEqual([]);
  });
  it('does not count indicators on either side of the schedule as projects', () => {
    const text = [
      '某县财政局2032年1—10月重点项目绩效运行监控报告',
      '    从预算执行看，8个项目中执行率达到或超过序时进度的项目4个，低于序时进度的项目4个。',
      '    从绩效目标看，8个项目共设置监控指标21个，1—10月完成进度达到或超过序时进度的14个，低于序时进度的5个，另有2个指标需年底核定。',
    ].join('\n');
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('低于序时进度的项目4个', '低于序时进度的项目5个'))).toEqual([
      '2 count.sum 8个',
    ]);
  });
});

describe('counts of sites, schools and works (numbers.ts COUNT_UNITS)', () => {
  it('sums “工程38处，其中集中供水工程14处、单村供水工程24处”', () => {
    const text = (n: string) =>
      [
        '某县2031年度项目支出绩效自评报告',
        `    共确定维修养护工程38处，其中集中供水工程14处、单村供水工程${n}处。`,
      ].join('\n');
    expect(errors(text('24'))).toEqual([]);
    expect(errors(text('26'))).toEqual(['2 sum.parts 40处']);
  });
});

describe('a figure with its arithmetic in brackets (bracket-formulas.ts)', () => {
  const text = (cost: string, total: string, rate: string) =>
    [
      '某县2031年度项目支出绩效自评报告',
      `    单处工程平均维修养护成本：目标值≤9.00万元/处，实际为${cost}万元/处（工程维修养护支出295.36万元÷38处），分值10分，得10分。`,
      `    综上，本项目自评总分为${total}分（预算执行率9.47分+产出指标47.65分+效益指标29分+满意度指标10分）。`,
      `    抽查项目档案完整率${rate}%（171÷186）。`,
    ].join('\n');
  it('finds nothing when each bracket makes its figure', () => {
    expect(errors(text('7.77', '96.12', '91.94'))).toEqual([]);
  });
  it('reports a quotient, a sum and a rate that the bracket does not make', () => {
    expect(errors(text('7.97', '96.21', '92.94'))).toEqual([
      '2 figure.formula 7.97万元/处',
      '3 figure.formula 96.21分',
      '4 figure.formula 92.94%',
    ]);
  });
});

describe('scores told in prose level by level (prose-score-tree.ts, score-prose.ts)', () => {
  const report = (second: string) =>
    [
      '某县水利局2031年度农村供水工程维修养护项目支出绩效自评报告',
      '    （二）产出指标（分值20分，得分19.65分）',
      '    1.数量指标（分值10分，得分9.65分）',
      '    ①维修养护农村供水工程数量：目标值≥36处，实际完成38处，分值4分，得4分。',
      '    ②更换改造老旧供水管网长度：目标值≥12公里，实际完成11.4公里，分值6分，按完成比例计分，得5.65分。',
      '    2.质量指标（分值10分，得分10分）',
      '    ①维修养护工程验收合格率：目标值100%，实际完成100%，分值5分，得5分。',
      `    ②农村供水水质检测合格率：目标值≥95%，实际完成96.8%，分值5分，得${second}分。`,
    ].join('\n');
  it('finds nothing when every level adds up', () => {
    expect(errors(report('5'))).toEqual([]);
  });
  it('reports a score above its weight and the level it no longer adds up to', () => {
    expect(errors(report('6'))).toEqual(['6 score.sum 10', '8 score.exceeds-weight 6分']);
  });
});

describe('a 100% target printed without its bound (unmet-targets.ts)', () => {
  const row = (actual: string, score: string) =>
    [
      '       一级指标    二级指标      三级指标                 年度指标值     实际完成值     分值    得分',
      `       产出指标    质量指标      维修养护工程验收合格率    100%          ${actual}          5       ${score}`,
      '                                 水质检测合格率            ≥95%          96.4%          5       5',
      '                   数量指标      更换老旧供水管道长度      ≥18公里       18.5公里       10      10',
    ].join('\n');
  it('reports a shortfall given full marks, and nothing when met or scored down', () => {
    expect(errors(row('100%', '5'))).toEqual([]);
    expect(errors(row('90%', '4.5'))).toEqual([]);
    expect(errors(row('90%', '5'))).toEqual(['2 score.rule 5']);
  });
});

describe('round 26’s precision faults (unit-sections.ts, prose-budget-gaps.ts, prose-totals.ts)', () => {
  it('does not hold one department’s counts against another’s in a 区’s notice', () => {
    const dept = (n: number, name: string, cars: number, bought: number) => [
      `            表${n}  北京市某区${name}“三公”经费财政拨款决算表`,
      '                                                                单位：万元',
      '              项目                      预算数      决算数',
      '合计                                     18.60       15.59',
      '1.因公出国（境）费                        6.00        4.80',
      '2.公务用车购置及运行维护费                9.60        8.93',
      '3.公务接待费                              3.00        1.86',
      `说明：购置公务用车${bought}辆；年末公务用车保有量${cars}辆；国内公务接待21批次、103人次。`,
      '',
    ];
    const text = [
      '北京市某区2031年度区级“三公”经费财政拨款决算情况说明',
      ...dept(2, '教育委员会', 52, 2),
      ...dept(3, '卫生健康委员会', 41, 3),
      ...dept(4, '城市管理委员会', 68, 2),
    ].join('\n');
    expect(errors(text).filter((e) => e.includes('count.restated'))).toEqual([]);
  });
  it('judges a change’s % from the two rounded figures the gap is the difference of', () => {
    const text = (p: string) =>
      [
        '某局2032年1—6月部门整体绩效运行监控报告',
        `    2032年部门“三公”经费预算18.60万元，较2031年19.85万元减少1.25万元，下降${p}%。`,
      ].join('\n');
    expect(errors(text('6.33'))).toEqual([]);
    expect(errors(text('6.53'))).toEqual(['2 change.percent 6.53%']);
  });
  it('does not sum the counts of an indicator tree’s levels', () => {
    const text =
      '某县2031年度项目绩效评价报告\n    构建了由决策、过程、产出、效益4个一级指标组成的评价指标体系，其中决策15分、过程20分、产出35分、效益30分，共设置一级指标4个、二级指标12个、三级指标21个，满分100分。';
    expect(errors(text)).toEqual([]);
  });
});

describe('a summary of evaluated projects with its header over three lines and an average row (rate-tables.ts)', () => {
  const table = (spent: string) =>
    [
      '某局2031年度项目支出绩效自评结果汇总表',
      '金额单位：万元',
      ' 序                                                                  自评',
      '               项目名称                预算数     执行数    执行率           等级',
      ' 号                                                                  得分',
      ' 1  城镇老旧小区改造配套项目          1286.40    1243.75    96.68%     97.67  优',
      '    城市燃气管网安全隐患排查整',
      ' 2                                     468.00     452.36    96.66%     97.87  优',
      '    治项目',
      ' 3  城市园林绿化养护项目               632.80     630.15    99.58%     99.46  优',
      ` 4  住房保障信息系统运维项目            86.00      71.48    83.12%     85.30  良`,
      `        合计                          2473.20    ${spent}    96.95%         —  —`,
      '        平均得分                                                       95.08',
    ].join('\n');
  it('finds nothing in a table that holds', () => {
    expect(errors(table('2397.74'))).toEqual([]);
  });
  it('sums the 执行数 column into the 合计 above the average row', () => {
    expect(errors(table('2379.74'))).toEqual(['12 sum.parts 2379.74']);
  });
});
