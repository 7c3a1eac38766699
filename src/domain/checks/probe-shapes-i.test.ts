/**
 * Wordings and tables met in fresh documents (units, names and figures made up):
 *  - a total in two measures and its parts each in both ("团组5个、21人次，其中：…团组3个、12人次，…团组2个、9人次");
 *  - a 款's 项 listed after its name ("林业和草原（款）中，…（项）…") against the 款's amount stated before;
 *  - "收入总计、支出总计均为X" as the base of "收入、支出总计各增加D，增长P%";
 *  - a list of grades that is the results themselves ("自评结果为：“优”3个，“良”1个") against the number graded;
 *  - a 评价项目情况表 whose 合计 row pdftotext set a few places right of its columns;
 *  - a stated average score against the scores of the table it introduces.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);
const claims = (text: string, re: RegExp) =>
  checkTextReport(text)
    .claims.filter((c) => re.test(c.arithmetic))
    .map((c) => [c.verified, c.arithmetic]);

describe('a total counted in two measures', () => {
  const trips = (groups: string, people = '21') =>
    `2024年因公出国（境）团组${groups}个、${people}人次，其中：赴南亚开展林木种苗交流团组3个、12人次，参加境外林产品博览会团组2个、9人次。`;

  it('sums each measure of the parts against the total’s', () => {
    expect(errors(trips('5'))).toEqual([]);
    expect(claims(trips('5'), /人次|团组|个/)).toEqual([
      [true, '3 + 2 = 5个，合计5个'],
      [true, '12 + 9 = 21人次，合计21人次'],
    ]);
    expect(errors(trips('6'))).toEqual(['count.sum 5个 6个']);
    expect(errors(trips('5', '24'))).toEqual(['count.sum 21人次 24人次']);
  });

  it('leaves a list ending in 等 unsummed', () => {
    const text = trips('6').replace('9人次。', '9人次等。');
    expect(errors(text)).toEqual([]);
  });

  it('reads a total joined by a word (“，累计”) and parts written together (“1个3人次”)', () => {
    const text = (groups: string) =>
      `2024年安排因公出国（境）团组${groups}个，累计7人次，其中：赴西亚考察团组1个4人次，赴东欧学习团组1个3人次。`;
    expect(errors(text('2'))).toEqual([]);
    expect(errors(text('3'))).toEqual(['count.sum 2个 3个']);
  });

  it('counts sessions and events (期, 场), the list ending at a “；” before another figure', () => {
    const text = (county: string) =>
      `修复灌排沟渠38.5公里；开展技术培训10期、培训520人次，其中县级集中培训${county}期230人次、乡镇现场培训6期290人次；设施完好率93.1%。`;
    expect(errors(text('4'))).toEqual([]);
    expect(errors(text('5'))).toEqual(['count.sum 11期 10期']);
    const events = (online: string) => `开展阅读推广活动60场，其中：线上${online}场、线下22场。`;
    expect(errors(events('38'))).toEqual([]);
    expect(errors(events('36'))).toEqual(['sum.parts 60场 58场']);
  });

  it('sums only the second measure when the parts count the first in another unit', () => {
    const text = (guests: string) =>
      `全年共接待来访团组36个、来宾${guests}人次（其中：上级部门督导检查22批次131人次，外地学习交流14批次70人次）。`;
    expect(errors(text('201'))).toEqual([]);
    expect(errors(text('211'))).toEqual(['count.sum 201人次 211人次']);
  });
});

describe('a 款’s 项 listed after its name', () => {
  const paragraph = (a = '260.40', b = '75.10') =>
    `2024年度财政拨款支出402.30万元，全部为农林水支出（类），其中：林业和草原（款）356.80万元，水利（款）45.50万元。林业和草原（款）中，行政运行（项）${a}万元，森林资源管理（项）${b}万元，林业草原防灾减灾（项）21.30万元。`;

  it('adds the 项 up to the 款 stated before', () => {
    expect(errors(paragraph())).toEqual([]);
    expect(claims(paragraph(), /林业和草原（款）：/)).toEqual([
      [true, '林业和草原（款）：260.40 + 75.10 + 21.30 = 356.80万元'],
    ]);
    expect(errors(paragraph('260.40', '77.10'))).toEqual(['sum.parts 356.80万元 358.80万元']);
  });

  it('takes a list opened by 主要 as partial (short of the 款: no error)', () => {
    const text = paragraph()
      .replace('中，行政运行', '中，主要是行政运行')
      .replace('，林业草原防灾减灾（项）21.30万元', '');
    expect(errors(text)).toEqual([]);
    expect(claims(text, /林业和草原（款）：/)[0]![1]).toContain('列举不完全');
  });

  it('reads nothing when a part is not named by a 项', () => {
    const text = paragraph('260.40', '77.10').replace('森林资源管理（项）', '其他支出');
    expect(errors(text)).toEqual([]);
  });
});

describe('two totals stated as one figure', () => {
  const text = (rate: string) =>
    `一、收入支出决算总体情况说明\n2024年度收入总计、支出总计均为1,840.00万元。与2023年度相比，收入、支出总计各增加240.00万元，增长${rate}%。`;

  it('takes the figure as the base of both items’ change', () => {
    expect(errors(text('15.00'))).toEqual([]);
    expect(errors(text('13.04'))).toEqual(['change.percent 15.00% 13.04%']);
  });

  it('reads nothing when only one of the items has a figure', () => {
    expect(errors(text('13.04').replace('收入总计、支出总计均为', '收入总计'))).toEqual([]);
  });
});

describe('grade counts that are the results themselves', () => {
  const text = (good: string) =>
    `对全部项目开展了绩效自评，共6个项目，涉及资金220.00万元。自评结果为：“优”4个，“良”${good}个。`;

  it('must count every project graded', () => {
    expect(errors(text('2'))).toEqual([]);
    expect(errors(text('1'))).toEqual(['count.sum 6个 5个']);
  });

  it('is a bound only when the grades are listed in passing', () => {
    const passing =
      '对全部项目开展了绩效自评，共6个项目。自评结果显示，评价等级为“优”的项目4个、“良”的1个，其余项目正在复核。';
    expect(errors(passing)).toEqual([]);
  });
});

/** A 部门评价 list as pdftotext printed it: the 合计 row a few places right of the columns above. */
const evaluated = (o: { total?: string; average?: string } = {}) =>
  [
    `    本部门对3个重点项目开展了部门评价，涉及资金1,520.00万元，平均得分${o.average ?? '90.10'}分，详见下表。`,
    '',
    '                          表8  2024年度部门评价项目情况表',
    '                                                                        单位：万元',
    '  序号    项目名称                预算数        执行数      执行率      评价得分      评价等级',
    '  1      森林防火能力提升            640.00      608.00    95.00%     92.40      优',
    '  2      湿地保护修复              500.00      460.00    92.00%     88.60      良',
    '  3      林业有害生物防治            380.00      361.00    95.00%     89.30      良',
    `        合计                    1,520.00    ${o.total ?? '1,429.00'}    94.01%`,
    '',
  ].join('\n');

describe('a 合计 row set off its columns', () => {
  it('is read under the columns of its kinds of figure', () => {
    expect(errors(evaluated())).toEqual([]);
    expect(claims(evaluated(), /^执行数：/)).toEqual([
      [true, '执行数：608.00 + 460.00 + 361.00，合计1429.00'],
    ]);
    expect(errors(evaluated({ total: '1,449.00' }))).toEqual(['sum.parts 1429.00 1449.00']);
  });
});

describe('a stated average score', () => {
  it('is the mean of the table’s scores', () => {
    expect(claims(evaluated(), /平均得分/)).toEqual([
      [true, '(92.40 + 88.60 + 89.30) ÷ 3 = 90.10分，文中平均得分90.10分'],
    ]);
    expect(errors(evaluated({ average: '91.10' }))).toEqual(['figure.text-table 90.10分 91.10分']);
  });

  it('reads nothing when the count stated is not the table’s', () => {
    const text = evaluated({ average: '91.10' }).replace('对3个重点项目', '对4个重点项目');
    expect(errors(text)).toEqual([]);
  });
});

describe('a 执行率 after a budget and its adjustment', () => {
  const text = (rate: string) =>
    `2024年度部门年初预算数2,400.00万元，年中追加300.00万元，全年预算数2,700.00万元；全年执行数2,646.00万元，预算执行率为${rate}%。`;

  it('leaves the adjustment aside: the rate is of one of the two budgets', () => {
    expect(errors(text('98.00'))).toEqual([]);
    expect(errors(text('96.50'))).toEqual(['completion.percent 98.00% 96.50%']);
  });
});

describe('a change whose subject’s figure the paragraph before states', () => {
  const text = (pct: string) =>
    [
      '    2024年度部门全年预算数2,700.00万元；全年执行数2,646.00万元，预算执行率为98.00%。',
      `    全年执行数比2023年度减少354.00万元，下降${pct}%，主要原因是上年一次性项目已完成。`,
    ].join('\n');

  it('takes that figure as this year’s', () => {
    expect(errors(text('11.80'))).toEqual([]);
    expect(errors(text('13.38'))).toEqual(['change.percent 11.80% 13.38%']);
  });

  it('reads nothing when the paragraph before names another figure', () => {
    expect(errors(text('13.38').replace('全年执行数2,646.00万元', '支出决算2,646.00万元'))).toEqual([]);
  });
});

describe('a completion rate of counts', () => {
  const text = (rate: string) =>
    `本年度部门整体支出共设置绩效指标40个，已完成38个，指标完成率${rate}%；未完成2个。`;

  it('is the completed ÷ the set', () => {
    expect(errors(text('95.00'))).toEqual([]);
    expect(errors(text('97.50'))).toEqual(['completion.target 95.00% 97.50%']);
  });
});

describe('a 其中 list whose parts state their own change', () => {
  const text = (running: string) =>
    `公务用车购置及运行维护费70.00万元。其中：公务用车购置费25.00万元，购置执法执勤用车1辆；公务用车运行维护费${running}万元，较上年减少5.00万元，下降10.00%，主要用于车辆燃料、维修等支出。`;

  it('sums the parts, each change a detail of its part', () => {
    expect(errors(text('45.00'))).toEqual([]);
    expect(claims(text('45.00'), /合计70\.00/)).toEqual([[true, '25.00 + 45.00 = 70.00万元，合计70.00万元']]);
    expect(errors(text('47.00'))).toContain('sum.parts 70.00万元 72.00万元');
  });
});

describe('the document’s year when two years are written as often', () => {
  const sheet = (subtitle: string) =>
    [
      '                    项目支出绩效自评表',
      `                      （${subtitle}年度）`,
      '项目名称     城乡供水水质检测项目',
      '',
      '              城乡供水水质检测项目2024年度绩效自评报告',
      '一、项目资金情况。项目全年预算数300.00万元，全年执行数291.00万元，预算执行率97.00%。',
    ].join('\n');

  it('is the later one, and a subtitle of another year is flagged', () => {
    expect(errors(sheet('2024'))).toEqual([]);
    expect(errors(sheet('2023'))).toEqual(['year.heading 2024年度 2023年度']);
  });
});

describe('a share whose whole is named with or without 决算 / 数', () => {
  const text = (whole: string, share: string) =>
    [
      '    2024年度本部门“三公”经费决算数80.00万元，完成年初预算的80.00%。具体情况如下：',
      `    （一）因公出国（境）费12.00万元，占${whole}的${share}%，同比增加2.00万元，增长20.00%。`,
    ].join('\n');

  it('finds the whole printed with 决算数 after the name', () => {
    expect(errors(text('“三公”经费决算', '15.00'))).toEqual([]);
    expect(errors(text('“三公”经费决算', '18.00'))).toEqual(['share.percent 15.00% 18.00%']);
    expect(errors(text('“三公”经费', '18.00'))).toEqual(['share.percent 15.00% 18.00%']);
    expect(errors(text('“三公”经费决算数', '18.00'))).toEqual(['share.percent 15.00% 18.00%']);
  });
});

describe('a share whose part the sentence before states, its whole in a 总表', () => {
  const text = (share: string, whole = '4,000.00') =>
    [
      '                     收入支出决算总表',
      '                                                        单位：万元',
      `本年收入合计            ${whole} 本年支出合计         3,950.00      3,100.00       850.00        0.00`,
      '',
      `    2024年度一般公共预算财政拨款收入3,800.00万元，比上年增加200.00万元，增长5.56%。一般公共预算财政拨款收入占本年收入合计的${share}%。`,
    ].join('\n');

  it('takes the part before its change, and the whole from its label–figure cell', () => {
    expect(errors(text('95.00'))).toEqual([]);
    expect(claims(text('95.00'), /3800\.00 ÷ 4000\.00/)).toEqual([
      [true, '3800.00 ÷ 4000.00万元 × 100% = 95.00%，文中95.00%'],
    ]);
    expect(errors(text('96.00'))).toEqual(['share.percent 95.00% 96.00%']);
  });

  it('never takes a change of the sentence before as the part', () => {
    const change = `    本年收入合计4,000.00万元。\n${text('95.00').replace('一般公共预算财政拨款收入占', '财政拨款收入占')}`;
    expect(claims(change, /^200\.00 ÷/)).toEqual([]);
  });
});

describe('a 三公 total in 元 compared with its budget (节约) and last year', () => {
  const text = (o: { rate?: string; change?: string; reception?: string; share?: string } = {}) =>
    [
      `    2024年度，我镇“三公”经费支出共计60,000.00元，比年初预算80,000.00元节约20,000.00元，完成预算的${o.rate ?? '75.00'}%；比2023年度减少${o.change ?? '15,000.00'}元，下降20.00%。其中：因公出国（境）费0元，公务用车运行维护费45,000.00元，公务接待费${o.reception ?? '15,000.00'}元。`,
      `    2.公务用车运行维护费。全年支出45,000.00元，占“三公”经费支出的${o.share ?? '75.00'}%。`,
    ].join('\n');

  it('reads the completion, the change and the 其中 list past the budget gap', () => {
    expect(errors(text())).toEqual([]);
    expect(errors(text({ rate: '78.00' }))).toEqual(['completion.percent 75.00% 78.00%']);
    expect(errors(text({ change: '16,000.00' }))).toContain('change.percent 21.05% 20.00%');
    expect(errors(text({ reception: '15,600.00' }))).toEqual(['sum.parts 60000.00元 60600.00元']);
    expect(errors(text({ share: '76.10' }))).toEqual(['share.percent 75.00% 76.10%']);
  });
});

describe('differences of rates in two projects', () => {
  it('are no count stated twice', () => {
    const text = [
      '    （一）甲项目。年初预算500.00万元，1—8月累计执行350.00万元，预算执行率70.00%，高于序时进度3.33个百分点。',
      '    （二）乙项目。年初预算300.00万元，1—8月累计执行210.00万元，预算执行率70.00%，高于序时进度3.33个百分点。',
      '    （三）丙项目。年初预算200.00万元，1—8月累计执行140.60万元，预算执行率70.30%，高于序时进度3.63个百分点。',
    ].join('\n');
    expect(errors(text)).toEqual([]);
  });
});

describe('a 监控 rate against the schedule', () => {
  const report = (o: { word?: string; points?: string; stated?: string } = {}) =>
    [
      '        某县农业农村局2024年1—6月预算绩效运行监控报告',
      `    一、总体情况。截至2024年6月30日，累计执行1,100.00万元，预算执行率55.00%${o.stated === undefined ? '' : `，序时进度${o.stated}%`}，${o.word ?? '高于'}序时进度${o.points ?? '5.00'}个百分点。`,
    ].join('\n');

  it('takes the schedule of the report’s period (1—6月: 50.00%)', () => {
    expect(errors(report())).toEqual([]);
    expect(errors(report({ word: '低于' }))).toEqual(['change.direction 高于 低于']);
    expect(errors(report({ points: '4.00' }))).toEqual(['completion.schedule 5.00个百分点 4.00个百分点']);
  });

  it('prefers the schedule the sentence states', () => {
    expect(errors(report({ stated: '50.00' }))).toEqual([]);
    expect(errors(report({ stated: '49.59', points: '6.00' }))).toEqual([
      'completion.schedule 5.41个百分点 6.00个百分点',
    ]);
    // (A stated schedule that is not the period's — 6 ÷ 12, or 181 ÷ 365 days — is itself wrong.)
    expect(errors(report({ stated: '52.00', points: '3.00' }))).toEqual([
      'completion.schedule 50.00% 52.00%',
    ]);
  });
});

describe('a count split into done and not done', () => {
  const text = (done: string) =>
    `二、绩效目标完成情况。项目共设置三级指标9个，完成${done}个，未完成2个，分别为验收合格率和亩均增产。`;

  it('adds up to the total', () => {
    expect(errors(text('7'))).toEqual([]);
    expect(errors(text('6'))).toEqual(['count.sum 8个 9个']);
  });

  it('reads a total given as “N个…中” and the rate of the done after the parts', () => {
    const within = (notDone: string, rate: string) =>
      `三、绩效指标完成情况。24个三级指标中，完成的21个，未完成的${notDone}个，指标完成率${rate}%。`;
    expect(errors(within('3', '87.50'))).toEqual([]);
    expect(errors(within('4', '87.50'))).toEqual(['count.sum 25个 24个']);
    expect(errors(within('3', '85.50'))).toEqual(['completion.percent 87.50% 85.50%']);
  });
});

describe('a change whose two words disagree', () => {
  const text = (amountWord: string, pctWord: string, pct: string) =>
    `项目支出1,800.00万元，占比15.00%，同比${amountWord}200.00万元，${pctWord}${pct}%。`;

  it('blames the word the figures contradict', () => {
    // 1,800.00 − 200.00 = 1,600.00: 200 ÷ 1,600 = 12.50% (增长); 1,800 + 200 = 2,000: 200 ÷ 2,000 = 10.00% (下降).
    expect(errors(text('增长', '下降', '10.00'))).toEqual(['change.direction 减少 增长']);
    expect(errors(text('增长', '下降', '12.50'))).toEqual(['change.direction 增加 下降']);
  });
});

describe('rates whose figures are named in the paragraph', () => {
  const text = (arrival: string, execution: string) =>
    `    一、项目基本情况。项目预算资金共计5,000.00万元，其中：市级财政资金3,000.00万元、县级配套资金2,000.00万元。截至2024年12月31日，实际到位资金4,800.00万元，资金到位率${arrival}%；实际支出4,560.00万元，资金执行率（实际支出/到位资金）${execution}%。`;

  it('reads 到位率 as arrived ÷ planned and a rate by its spelled-out formula', () => {
    expect(errors(text('96.00', '95.00'))).toEqual([]);
    expect(errors(text('98.00', '95.00'))).toEqual(['completion.percent 96.00% 98.00%']);
    expect(errors(text('96.00', '91.20'))).toEqual(['completion.percent 95.00% 91.20%']);
  });
});

describe('a title’s year written with the period', () => {
  const doc = (title: string) =>
    [
      `        某州卫生健康委员会${title}预算绩效运行监控报告`,
      '    根据州财政局关于开展2024年度预算绩效运行监控工作的通知要求，我委对2024年度部门预算项目开展了1—8月绩效运行监控。',
    ].join('\n');

  it('must be the document’s year', () => {
    expect(errors(doc('2024年1—8月'))).toEqual([]);
    expect(errors(doc('2023年1—8月'))).toEqual(['year.heading 2024年度 2023年度']);
  });

  it('reads a year subtitle with the filling unit on its line', () => {
    const sheet = [
      '                    项目支出绩效自评表',
      '              （2023年度） 填报单位：某县水利局',
      '一、项目资金情况。2024年度项目全年预算数300.00万元，2024年度全年执行数291.00万元，预算执行率97.00%。',
    ].join('\n');
    expect(errors(sheet)).toEqual(['year.heading 2024年度 2023年度']);
  });
});

describe('a completion named 为年度预算…的, and a share whose clause names its part again', () => {
  it('reads the budget inside the rate’s phrase', () => {
    const text = (rate: string) => `2024年度机关运行经费支出决算30.00万元，为年度预算40.00万元的${rate}%。`;
    expect(errors(text('75.00'))).toEqual([]);
    expect(errors(text('77.00'))).toEqual(['completion.percent 75.00% 77.00%']);
  });

  it('takes the part named again before 占', () => {
    const text = (share: string) =>
      `全年预算数20,000.00万元，项目支出12,000.00万元，项目支出占全年预算数的${share}%。`;
    expect(errors(text('60.00'))).toEqual([]);
    expect(errors(text('62.00'))).toEqual(['share.percent 60.00% 62.00%']);
  });
});

describe('counts given 分别为 after their total', () => {
  const text = (total: string) =>
    `2024年度共实施政府采购${total}批次，货物类、工程类、服务类分别为8批次、3批次、5批次，采购总额96.00万元。`;

  it('add up to the total', () => {
    expect(errors(text('16'))).toEqual([]);
    expect(errors(text('18'))).toEqual(['count.sum 16批次 18批次']);
  });

  it('are not read when the names and the counts do not pair up', () => {
    expect(errors(text('18').replace('货物类、工程类、服务类', '货物类、服务类'))).toEqual([]);
  });
});

describe('grade counts after “；绩效评级为”, in the national 情况说明 sentence', () => {
  const text = (good: string) =>
    `全过程绩效管理实施情况：编报绩效目标的2024年度项目21个，涉及预算金额3,120.00万元；绩效自评的2024年度项目15个，涉及预算金额2,406.30万元，平均得分90.12分（其中，绩效评级为“优”的项目9个；绩效评级为“良”的项目${good}个；绩效评级为“合格”的项目1个；绩效评级为“不合格”的项目1个）。`;

  it('sums the grades against the projects self-evaluated (not those with goals)', () => {
    expect(errors(text('4'))).toEqual([]);
    expect(errors(text('5'))).toEqual(['count.sum 15个 16个']);
  });
});
