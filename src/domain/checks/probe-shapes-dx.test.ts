/**
 * Shapes of round 20's blind sets and round 18–19 misses (units, names and figures made up): a 自评表's narrow
 * header wrapping 实际完成值 and its 自评情况说明 in prose after it; outcomes dated after the form was filed; a
 * 监控 report's rates by source of funds; a 执行率 whose budget is an earlier sentence's "预算安排资金"; a
 * completion told as "占年度指标X的Y%"; a 监控表 header wrapped with a 偏差原因 column before the answer; a 自评表
 * without a 填报日期 dated past the year after; parts of a budget adjusted against their opening amounts.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

/** A narrow 自评表: its goal in two columns, its indicators' header wrapping 实际完成值, then its 说明 in prose. */
const form = (o: { goal?: string; prose?: string; done?: string } = {}) =>
  [
    '                    项目支出绩效自评表',
    '                       （2031年度）',
    '                预期目标                              实际完成情况',
    '     开展养殖户技术培训不少于300人次，建设',
    ` ${'年度总 标准化养殖示范场5个。'.padEnd(44)}${o.done ?? '2031年度共完成'}养殖户技术培训${o.goal ?? '320'}人次，`,
    ` ${'体目标'.padEnd(44)}建成标准化养殖示范场5个。`,
    ' 一级指 二级指标        三级指标       年度指标 实际完成 分值 得分 偏差原因分析及改进措',
    '   标                           值        值                    施',
    '             养殖户技术培训人 ≥300人次 320人次 20 20 无偏差',
    '      数量指标 次建设标准化养殖示范',
    '             场数量             ≥5个       5个 20 20 无偏差',
    '            总分                                 40 40',
    '                 项目自评情况说明',
    `    一、绩效目标完成情况。全年开展养殖户技术培训${o.prose ?? '320'}人次，建成标准化养殖示范场5个。`,
  ].join('\n');

describe('a 自评表 with a wrapped 实际完成值 header and its 说明 in prose (goal-actuals.ts)', () => {
  it('holds the goal column’s and the prose’s counts to the indicator rows', () => {
    expect(errors(form())).toEqual([]);
    expect(errors(form({ goal: '302' }))).toEqual(['5 figure.text-table 320人次 302人次']);
    expect(errors(form({ prose: '302' }))).toEqual(['14 figure.text-table 320人次 302人次']);
  });
  it('leaves a plan stated in the prose alone', () => {
    const plan = form().replace(
      '全年开展养殖户技术培训320人次',
      '计划开展养殖户技术培训300人次，实际完成320人次',
    );
    expect(errors(plan)).toEqual([]);
  });
});

describe('an outcome dated after every form was filed (filing-dates.ts)', () => {
  const filed = (done: string) => `${form({ done })}\n填报日期：2032年3月10日`;
  it('is an error past the filing year, not a plan', () => {
    expect(errors(filed('2031年度共完成'))).toEqual([]);
    expect(errors(filed('2033年度共完成'))).toEqual(['5 year.mismatch 不晚于2032年 2033年']);
    expect(errors(filed('预计2033年度实际完成'))).toEqual([]);
  });
});

describe('a 自评表 without a 填报日期 whose 实际完成值 is dated past the next year’s first half (filing-dates.ts)', () => {
  const sheet = (date: string) =>
    [
      '             2031年度项目支出绩效自评表',
      ' 一级指标 二级指标     三级指标       年度指标值 实际完成值 分值 得分',
      `产出指标 时效指标     示范场建设完成时间     2031年12月底前 ${date}         5        5.00`,
    ].join('\n');
  it('is an error', () => {
    expect(errors(sheet('2031年11月底'))).toEqual([]);
    expect(errors(sheet('2032年11月底'))).toEqual(['3 year.after-filing 不晚于2032年6月 2032年11月']);
  });
});

describe('projects counted against a list of rates by source of funds (schedule-progress.ts)', () => {
  const text = [
    '        2031年1—8月预算绩效运行监控报告',
    '   （一）总体执行情况。截至8月31日，3个项目累计执行1,335.91万元，预算执行率为61.54%，低于序时进度（66.67%）5.13个百分点。分资金来源看，中央财政资金执行1,035.90万元，执行率63.87%；自治区财政资金执行207.01万元，执行率54.42%；地区本级资金执行93.00万元，执行率55.23%。',
    '   （二）分项目执行情况。甲项目年度预算1,286.40万元，累计执行902.35万元，执行率70.15%，高于序时进度3.48个百分点。低于序时进度的项目有2个：乙项目执行率48.38%；丙项目执行率50.75%。',
  ].join('\n');
  it('does not count the sources as the projects', () => {
    expect(errors(text)).toEqual([]);
  });
});

describe('a 执行率 whose budget is an earlier sentence’s "预算安排资金" (rate-outturn.ts)', () => {
  const text = (rate: string) =>
    `    （二）项目资金情况。2031年项目预算安排资金3,200.00万元，其中：中央资金1,104.00万元，占34.50%；省级资金736.00万元，占23.00%；市级资金1,360.00万元，占42.50%。截至2031年12月31日，项目资金实际到位3,200.00万元，到位率100.00%；实际支出3,018.56万元，预算执行率${rate}%。`;
  it('reads the budget past its list of sources and the funds arrived', () => {
    expect(errors(text('94.33'))).toEqual([]);
    expect(errors(text('93.43'))).toEqual(['1 completion.percent 94.33% 93.43%']);
  });
});

describe('a completion told as a share of the year’s target (target-completion.ts)', () => {
  const text = (rate: string) =>
    `    偏差分析：一是防火巡护里程1—8月完成6850公里，占年度指标12000公里的${rate}%，主要是巡护员轮换。`;
  it('is the actual ÷ the target', () => {
    expect(errors(text('57.08'))).toEqual([]);
    expect(errors(text('59.08'))).toEqual(['1 completion.target 57.08% 59.08%']);
  });
  it('takes no plan that is the actual itself, found in a goal’s other column', () => {
    const twoColumns = [
      '    年度总体目标    建设示范区3000亩以上，开展技术培 建成示范区2760亩，开展技术培训9期，',
      '    二、绩效目标完成情况。全年建成示范区2760亩，完成年度目标的92.00%。',
    ].join('\n');
    expect(errors(twoColumns)).toEqual([]);
  });
});

describe('a 监控表 whose header wraps, a 偏差原因 column before the answer (forecast-answers.ts)', () => {
  const sheet = (answer: string) =>
    [
      ' 一级指标    二级指标     三级指标           年度指标值 1—8月实际完成',
      '                                             值        全年预计完成值      偏差原因        是否可能完成',
      '产出指标   数量指标   巡护里程             ≥12000公里 6850公里       12100公里 人员保障：轮换         是',
      `产出指标   数量指标   建设防火隔离带             ≥45公里    18公里          40公里 其他：受天气影响            ${answer}`,
      '产出指标   质量指标   物资验收合格率            100%    100%          100% 无                   是',
    ].join('\n');
  it('holds a 是 to the row’s own 全年预计', () => {
    expect(errors(sheet('否'))).toEqual([]);
    expect(errors(sheet('是'))).toEqual(['4 completion.forecast 否 是']);
  });
});

describe('what was left unspent listed under the amount executed (list-partition.ts)', () => {
  const text = (basic: string) =>
    `    2031年全年执行数8,989.01万元，预算执行率96.06%。其中：基本支出执行${basic}万元，执行率99.58%；项目支出执行6,027.93万元，执行率94.42%，项目支出结余356.22万元。`;
  it('is no part of it', () => {
    expect(errors(text('2,961.08')).filter((e) => e.includes('sum.parts'))).toEqual([]);
  });
});

describe('parts of a budget adjusted against their opening amounts (opening-part-changes.ts)', () => {
  const text = (word: string, project = '471.67') =>
    `    2031年初，本部门年初预算8,758.85万元，其中基本支出2,846.37万元、项目支出5,912.48万元。年度执行中，全年调整预算9,357.67万元，较年初预算增加598.82万元，其中基本支出调整预算2,973.52万元，较年初${word}127.15万元；项目支出调整预算6,384.15万元，较年初增加${project}万元。`;
  it('holds each change to the adjusted amount less the opening one of the same name', () => {
    expect(errors(text('增加'))).toEqual([]);
    expect(errors(text('减少'))).toEqual(['1 change.direction 增加127.15万元 减少127.15万元']);
    expect(errors(text('增加', '417.67'))).toEqual(['1 change.amount 增加471.67万元 增加417.67万元']);
  });
});

describe('near misses of round 19’s rules', () => {
  it('reads no exact sum of a 三公 change with an item "基本持平"', () => {
    const text =
      '    2031年度“三公”经费财政拨款支出决算数比2030年度增加26.36万元，增长44.01%，其中：因公出国（境）费支出决算增加3.22万元，增长25.97%；公务用车购置及运行维护费支出决算增加23.12万元，增长57.58%；公务接待费支出决算与2030年度基本持平。';
    expect(errors(text)).toEqual([]);
  });
  it('ends a list inside an outer 其中 list with its "、"-joined parts', () => {
    const text =
      '    其中：基本支出调整后预算1,086.20万元，执行数1,080.52万元，执行率99.48%，主要用于保障机构正常运转，其中人员经费952.36万元、公用经费128.16万元，人员经费与上年（951.88万元）基本持平；项目支出调整后预算1,632.25万元，执行数1,571.85万元，执行率96.30%。';
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('公用经费128.16', '公用经费182.16'))).toEqual([
      '1 sum.parts 1080.52万元 1134.52万元',
    ]);
  });
});

describe('rows of names ending in amounts over a 合计 row the layout could not place (column-totals.ts)', () => {
  const rows = (third: string, total = '8,989.01') =>
    [
      ' 1    城市道路清扫保洁               城市道路清扫保洁运营经费                               2,865.40    2,796.85',
      ' 2    生活垃圾分类与收运处理            生活垃圾分类收运处理经费                               1,736.25    1,688.12',
      ` 3    市政道路设施养护               市政道路设施养护经费                                   892.60      ${third}`,
      ' 4    机构正常运转                 基本支出                                       2,973.52    2,961.08',
      ` 金额合计                                                                   8,467.77    ${total}`,
      '                                     年度绩效指标',
    ].join('\n');
  it('holds each column to its 合计 when another column proves the rows', () => {
    expect(errors(rows('861.47', '8,307.52'))).toEqual([]);
    expect(errors(rows('816.47', '8,307.52'))).toEqual(['5 table.total 8262.52 8307.52']);
  });
  it('reports nothing when no column adds up', () => {
    expect(errors(rows('816.47', '8,307.52').replace('8,467.77', '8,476.77'))).toEqual([]);
  });
});

describe('round 21: a 评价 附表 whose names wrap into the columns (rate-tables.ts)', () => {
  const table = (rate: string) =>
    [
      '    附表 2031年度市级项目支出绩效评价结果汇总表',
      '                                            金额单位：万元',
      '序    项目名称    主管部门    预算数       执行数       执行率 评价得 等',
      '号                                        （%） 分 级',
      '   某市城区老旧小',
      ' 1 区改造配套基础设 市住房和城乡',
      '   施建设补助资金项 建设局      3,860.00 3,542.17    91.77 88.60 良',
      '   目',
      '2 市级农村人居环境',
      `   整治提升奖补资金 市农业农村局   1,250.00 1,198.40    ${rate} 91.20 优`,
      '   中小学校舍安全保',
      '3 障及教育信息化设 市教育局      2,480.00 2,317.86    93.46 90.00 优',
      '   备更新项目',
    ].join('\n');
  it('reads no rate from a row whose own figures hold budget, outturn and rate side by side', () => {
    expect(errors(table('95.87')).filter((e) => e.includes('completion'))).toEqual([]);
  });
});

describe('round 21: dates of forms and reports (filing-dates.ts, cutoff-years.ts)', () => {
  it('finds a 年度 自评表 filled in before its year ended', () => {
    const form = (date: string) =>
      [
        '              2031年度部门整体支出绩效自评表',
        `填报单位（盖章）：某镇人民政府       填报日期：${date}`,
      ].join('\n');
    expect(errors(form('2032年3月20日'))).toEqual([]);
    expect(errors(form('2031年2月20日'))).toEqual(['2 year.filing-date 2032年前后 2031年']);
  });
  it('reads a 监控 report’s sign-off before its 附表', () => {
    const report = (signed: string) =>
      [
        '         某水文中心',
        '        2031年1—6月预算绩效运行监控情况报告',
        '一、监控工作开展情况',
        '    本中心对纳入2031年部门预算的2个项目开展了1—6月绩效运行监控。',
        '                         某水文中心',
        `                                   ${signed}`,
        '                     附表1 2031年1—6月项目支出绩效运行监控汇总表',
        ' 序号 项目名称 年度预算 1—6月执行数',
        '  1 水文站网运行维护项目 486.00 231.57',
      ].join('\n');
    expect(errors(report('2031年7月15日'))).toEqual([]);
    expect(errors(report('2030年7月15日'))).toEqual(['2 year.mismatch 2030年 2031年']);
  });
});

describe('round 21: a 监控表 row of labels naming their months (labelled-rates.ts)', () => {
  const row = (rate: string) =>
    [
      '                         附表3 项目支出绩效运行监控表（2031年1—6月）',
      '项目名称 水资源监测信息化平台建设项目                          主管部门       某水利厅',
      `年度预算      320.00 1—6月执行数            96.32 执行率（%）       ${rate} 序时进度（%）            50`,
    ].join('\n');
  it('holds the 执行率 to the 1—6月执行数 ÷ the 年度预算', () => {
    expect(errors(row('30.10'))).toEqual([]);
    expect(errors(row('31.10'))).toEqual(['3 completion.percent 30.10% 31.10']);
  });
});
