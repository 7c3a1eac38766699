/**
 * Shapes of rounds 46–52 (units, names and figures made up; docs/checker.md "Sets GX–HR"): what the blind rounds
 * showed the checker not reading — grades, sign-offs, plain pdftotext tables, shifted headers, share lists, counts
 * by band — and the clean documents of the faults behind their false errors (two of them kept whole in
 * test/fixtures/probe-texts/, test/checker/probe-texts.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.found}`);

describe('a grade after a total’s parts, each with its 满分 in brackets (prose-grades.ts)', () => {
  const text = (grade: string) =>
    [
      '    （五）自评结论',
      '    本单位2031年度自评得分93.40分，其中预算执行8.40分（满分10分），产出、效益和满意度',
      `指标85分（满分90分），自评等级为“${grade}”。共2项指标扣分。`,
      '注：自评等级：90分（含）以上为优，80（含）—90分为良，60（含）—80分为中，60分以下为差。',
    ].join('\n');
  it('holds the grade to the total, not to a part', () => {
    expect(errors(text('优'))).toEqual([]);
    expect(errors(text('良'))).toEqual(['3 grade.score 良']);
  });
});

describe('an annual report signed under the issuer’s name, its form following with no 附件 line (cutoff-years.ts)', () => {
  const text = (date: string) =>
    [
      '                        某县某局',
      '                2031年度部门整体支出绩效自评报告',
      '',
      '    一、部门概况',
      '    本局主要负责全县某项工作，内设科室6个。',
      '    二、自评结论',
      '    本局2031年度自评得分92.00分，自评等级为“优”。',
      '',
      '                                                        某县某局',
      `                                                      ${date}`,
      '',
      '                                        — 2 —',
      '',
      '                                  部门整体支出绩效自评表',
      '  预算执行情况             年初预算数   全年预算数   全年执行数   分值    执行率   得分',
      '  年度资金总额                 100.00       120.00       114.00     10    95.00%   9.50',
      '  填报人：张某          审核人：李某          联系电话：0000-1234567',
      '  注：1.执行率=全年执行数÷全年预算数×100%；',
      '  2.预算执行得分=执行率×分值，最高不超过10分；',
      '  3.自评等级：90分（含）以上为优，80（含）—90分为良，60（含）—80分为中，60分以下为差。',
    ].join('\n');
  it('finds a date within the year reported on, not one after it', () => {
    expect(errors(text('2032年4月18日'))).toEqual([]);
    expect(errors(text('2031年4月18日'))).toEqual(['10 year.mismatch 2031年']);
  });
});

describe('a 执行率 after its outturn, the budget in the paragraph before it, a "按…分，" list last there (rate-outturn.ts)', () => {
  const text = (rate: string) =>
    [
      '    （三）部门预算及执行情况',
      '    2031年度年初预算1,200.00万元，其中：基本支出500.00万元，项目支出700.00万元。年中追加',
      '预算150.00万元，调整后全年预算1,350.00万元。按资金来源分，一般公共预算资金1,200.00万元，其他',
      '资金150.00万元。',
      `    2031年度全年支出1,296.00万元，预算执行率${rate}%。其中：基本支出498.00万元。`,
    ].join('\n');
  it('holds the rate to the adjusted budget', () => {
    expect(errors(text('96.00'))).toEqual([]);
    expect(errors(text('98.00'))).toEqual(['5 completion.percent 98.00%']);
  });
});

describe('a 部门整体 funds block split 其中 基本/项目 and then "按资金来源：" without 分 (score-funds.ts)', () => {
  const text = (other: string) =>
    [
      '                         2031年度部门整体支出绩效自评表',
      '                                           年初预算数     全年预算数     全年执行数     分值      执行率       得分',
      '                   年度资金总额               1,000.00       1,200.00       1,140.00       10      95.00%       9.50',
      ' 年度部门整体      其中：基本支出               300.00         320.00         310.00        3      96.88%       2.91',
      ' 支出预算执行            项目支出               700.00         880.00         830.00        7      94.32%       6.60',
      ` 情况（万元）      按资金来源：财政拨款         950.00       1,150.00       1,095.00        —      95.22%        —`,
      `                               其他资金        ${other}          50.00          45.00        —      90.00%        —`,
    ].join('\n');
  it('adds each breakdown up to the total on its own', () => {
    expect(errors(text(' 50.00'))).toEqual([]);
    expect(errors(text(' 40.00'))).toEqual(['3 table.total 990.00']);
  });
});

describe('a 汇总表 of projects’ 执行率 and total scores (score-funds.ts)', () => {
  const text = (budget: string) =>
    [
      '                      某局2031年度项目支出绩效自评结果汇总表',
      '                                                                                  单位：万元、分',
      ' 序号           项目名称            全年预算数  全年执行数    执行率  分值  自评得分 自评等级',
      `  1   某某设施免费开放补助资金        ${budget}      180.00    90.00%   100     97.50    优`,
      '  2   某某文物保护专项经费            300.00      255.00    85.00%   100     86.20    良',
    ].join('\n');
  it('does not take a form’s total score for the funds’ 得分, and still checks each 执行率', () => {
    expect(errors(text('200.00'))).toEqual([]);
    expect(errors(text('210.00'))).toEqual(['4 completion.percent 90.00%']);
  });
});

describe('a 三公 table whose "完成调整" drifted over 决算, beside 年初预算 and 调整预算 (table-model.ts, item-tables.ts)', () => {
  const text = (rate: string) =>
    [
      '            表1  某市2031年度“三公”经费财政拨款决算情况表',
      '                                                                                    单位：万元',
      '                                                完成调整                           比上年增减',
      '          项目            年初预算    调整预算      决算      预算%      2030年决算     增减额     增减%',
      '        合计                  200.00      180.00     171.00     95.00       190.00     -19.00    -10.00',
      '一、因公出国（境）费                   20.00       15.00      12.00     80.00        10.00       2.00     20.00',
      `二、公务用车购置及运行维护费          100.00       95.00      91.00     ${rate}       110.00     -19.00    -17.27`,
      '三、公务接待费                     80.00       70.00      68.00     97.14        70.00      -2.00     -2.86',
    ].join('\n');
  it('holds each 完成调整预算% to 决算 ÷ 调整预算', () => {
    expect(errors(text('95.79'))).toEqual([]);
    expect(errors(text('91.00'))).toEqual(['7 completion.percent 91.00']);
  });
});

describe('a change whose sentence names no figure, after an average or a 其中 part (prose-changes.ts)', () => {
  const text = (pct: string) =>
    [
      '    （一）因公出国（境）费。2031年支出决算38.00万元，占“三公”经费的10.00%。全年共组织因公出国',
      '（境）团组5个、20人次，人均支出1.90万元。与2030年相比增加8.00万元，增长26.67%，主要是恢复交流。',
      `    2031年公务接待费支出决算300.00万元。其中：国内公务接待费290.00万元，外事接待费10.00万元。公务接待费比2030年减少20.00万元，下降${pct}%。`,
    ].join('\n');
  it('takes the item’s outturn as what changed, not the average or the part', () => {
    expect(errors(text('6.25'))).toEqual([]);
    expect(errors(text('6.52'))).toEqual(['3 change.percent 6.52%']);
  });
});

describe('a plain 支出决算表 whose "功能分类科目编码 科目名称" share one line (plain-subjects.ts)', () => {
  const text = (kuan: string) =>
    [
      '一般公共预算财政拨款支出决算表',
      '单位：万元',
      '项目',
      '功能分类科目编码 科目名称',
      '本年支出',
      '合计 基本支出 项目支出',
      '合计',
      '5,000.00',
      '3,000.00',
      '2,000.00',
      '205 教育支出',
      '5,000.00',
      '3,000.00',
      '2,000.00',
      '20501 教育管理事务',
      kuan,
      '3,000.00',
      '2,000.00',
      '2050101 行政运行',
      '3,000.00',
      '3,000.00',
      '2050102 一般行政管理事务',
      '2,000.00',
      '2,000.00',
      '注：本表反映部门本年度一般公共预算财政拨款支出情况。',
    ].join('\n');
  it('reads the rows and finds a 款 that is not the sum of its parts', () => {
    expect(errors(text('5,000.00'))).toEqual([]);
    expect(errors(text('5,400.00'))).toEqual(['16 table.row-sum 5,400.00']);
  });
});

describe('a total whose parts follow "分别为" (prose-totals.ts)', () => {
  const text = (part: string) =>
    [
      '    2031年项目支出2,000.00万元，分别为：道路改造',
      `1,200.00万元、桥梁维修${part}万元、公路养护300.00万元。项目资金均按`,
      '照批复用途使用。',
    ].join('\n');
  it('adds the parts up to the total', () => {
    expect(errors(text('500.00'))).toEqual([]);
    expect(errors(text('550.00'))).toEqual(['1 sum.parts 2050.00万元']);
  });
});

describe('a table whose header’s top line stands right under its unit line (layout.ts)', () => {
  const text = (rate: string) =>
    [
      '                  表1  2031年度“三公”经费决算分项情况表',
      '                                                                       单位：万元',
      '                                                      完成预算   2030年度',
      '项    目                         年初预算     决算数                         增减额     增减',
      '                                                         （%）     决算数              （%）',
      '合    计                           400.00     360.00     90.00     380.00    -20.00    -5.26',
      '一、因公出国（境）费                20.00      10.00     50.00       8.00      2.00     25.00',
      '二、公务用车购置及运行维护费       300.00     280.00     93.33     290.00    -10.00     -3.45',
      `三、公务接待费                      80.00      70.00     ${rate}     82.00    -12.00    -14.63`,
    ].join('\n');
  it('reads "完成预算（%）" and "2030年度决算数" whole, and checks the rates', () => {
    expect(errors(text('87.50'))).toEqual([]);
    expect(errors(text('78.50'))).toEqual(['9 completion.percent 78.50']);
  });
});

describe('a part’s own 其中 list after its share, in a list of shares (prose-shares.ts)', () => {
  const text = (share: string) =>
    [
      '    2031年全年实际支出1,000.00万元，预算执行率95.00%。',
      `    从支出结构看，基本支出400.00万元，占全年支出的40.00%，其中人员经费350.00万元、公用经费50.00万元；项目支出600.00万元，占${share}%。`,
    ].join('\n');
  it('reads the list past the part’s detail', () => {
    expect(errors(text('60.00'))).toEqual([]);
    expect(errors(text('66.00'))).toEqual(['2 share.percent 66.00%']);
  });
});

describe('a 执行情况表 whose rows break the total down twice, "按资金来源分：" opening the second (rate-tables.ts)', () => {
  const text = (fund: string) =>
    [
      '                        表1   2031年度预算安排及执行情况',
      '                                                                     单位：万元',
      '         项目               年初预算数     全年预算数     全年执行数       执行率',
      '         合计                 1,000.00       1,200.00       1,140.00       95.00%',
      '  一、基本支出                  400.00         420.00         410.00       97.62%',
      '  二、项目支出                  600.00         780.00         730.00       93.59%',
      '  按资金来源分：',
      `  一般公共预算财政拨款          ${fund}       1,100.00       1,045.00       95.00%`,
      '  其他资金                      100.00         100.00          95.00       95.00%',
    ].join('\n');
  it('adds each breakdown up to the total on its own', () => {
    expect(errors(text('  900.00'))).toEqual([]);
    expect(errors(text('  950.00'))).toEqual(['4 sum.parts 1000.00']);
  });
});

describe('a 合计 under the second page of a table numbered on from the first (column-totals.ts)', () => {
  const rows = (from: number, n: number) =>
    Array.from(
      { length: n },
      (_, k) =>
        `${String(from + k).padStart(3)}   某某部门${from + k}          0.00       0.00         5.00         1.00        6.00`,
    );
  const text = [
    '                表2  某县2031年度分部门“三公”经费决算表',
    '序号  部门（单位）                 因公出国   公务用车     公务用车   公务接待费      合  计',
    ...rows(1, 4),
    '',
    '                                         — 1 —',
    '\f序号  部门（单位）                 因公出国   公务用车     公务用车   公务接待费      合  计',
    ...rows(5, 4).map((r, k) =>
      k === 0 ? r.replace('     0.00       0.00', '     2.00       0.00').replace('6.00', '8.00') : r,
    ),
    '      合    计                         2.00       0.00        40.00         8.00       50.00',
  ].join('\n');
  it('does not take the rows on its page for all the 合计’s parts', () => {
    expect(errors(text)).toEqual([]);
  });
});

describe('a 三公 change stated in 元 over a table in 万元 (fee-changes.ts)', () => {
  const text = (delta: string) =>
    [
      '    （一）“三公”经费财政拨款支出决算总体情况说明',
      '    2031 年度“三公”经费财政拨款支出年初预算为 660,000.00 元，支出',
      '决算为 557,824.38 元，完成预算的 84.52%。',
      '    2031 年度“三公”经费财政拨款支出决算数比 2030 年度增加',
      `${delta} 元，增长 17.98%，主要原因是恢复交流。`,
      '',
      '                 表 1  2031 年度“三公”经费财政拨款支出情况表',
      '                                                                 单位：万元',
      '  项    目                        2031 年预算数   2031 年决算数   2030 年决算数',
      '  合    计                               66.00           55.78           47.28',
      '  1.因公出国（境）费                     12.00            8.68            0.00',
      '  2.公务用车购置及运行维护费             36.00           31.87           34.21',
      '    其中：公务用车购置费                  0.00            0.00            0.00',
      '          公务用车运行维护费             36.00           31.87           34.21',
      '  3.公务接待费                           18.00           15.23           13.07',
    ].join('\n');
  it('allows the rounding of the table’s figures, and finds an amount beyond it', () => {
    expect(errors(text('85,017.79'))).toEqual([]);
    expect(errors(text('85,817.79'))).toEqual(['5 change.amount 增加85817.79元', '5 change.percent 17.98%']);
  });
});

describe('a plain 自评表 a cell a line, its 填报日期 far below its title (filing-dates.ts)', () => {
  const text = (date: string) =>
    [
      '某州某局2031年度项目支出绩效自评结果公开',
      '我局对2031年度实施的项目开展了绩效自评，现将项目支出绩效自评表公开如下。',
      '项目支出绩效自评表',
      '（2031年度）',
      '项目名称',
      '某某监测能力建设项目',
      ...Array.from({ length: 150 }, (_, k) => (k % 3 === 0 ? `指标${k}` : k % 3 === 1 ? '≥10个' : '10个')),
      '总分',
      '100',
      '95.00',
      '评价等级',
      '优',
      `填报日期：${date}`,
    ].join('\n');
  it('holds the date to the form’s year however long the form', () => {
    expect(errors(text('2032年3月14日'))).toEqual([]);
    expect(errors(text('2030年3月14日'))).toEqual(['162 year.filing-date 2030年']);
  });
});

describe('a plain 支出决算表 headed "功能分类科目" over its codes and names (plain-subjects.ts)', () => {
  const text = (basic: string) =>
    [
      '一般公共预算财政拨款支出决算表',
      '公开05表',
      '单位：万元',
      '功能分类科目',
      '合计',
      '基本支出',
      '项目支出',
      '合计',
      '3,000.00',
      '2,000.00',
      '1,000.00',
      '213 农林水支出',
      '3,000.00',
      '2,000.00',
      '1,000.00',
      '21301 农业农村',
      '3,000.00',
      basic,
      '1,000.00',
      '2130101 行政运行',
      '2,000.00',
      '2,000.00',
      '2130106 科技转化与推广服务',
      '1,000.00',
      '1,000.00',
      '注：本表反映部门本年度一般公共预算财政拨款支出情况。',
    ].join('\n');
  it('reads the rows and finds a row that does not add up', () => {
    expect(errors(text('2,000.00'))).toEqual([]);
    expect(errors(text('2,100.00'))).toEqual(['17 table.row-sum 3,000.00']);
  });
});

describe('a plain 基本支出决算表, each code printed with its name (plain-subjects.ts)', () => {
  const text = (office: string) =>
    [
      '一般公共预算财政拨款基本支出决算表',
      '公开06表',
      '单位：万元',
      '经济分类科目编码',
      '科目名称',
      '决算数',
      '301 工资福利支出',
      '500.00',
      '30101 基本工资',
      '200.00',
      '30102 津贴补贴',
      '300.00',
      '302 商品和服务支出',
      '100.00',
      '30201 办公费',
      office,
      '30211 差旅费',
      '40.00',
      '30299 其他商品和服务支出',
      '20.00',
      '310 资本性支出',
      '10.00',
      '31002 办公设备购置',
      '10.00',
      '人员经费合计',
      '500.00',
      '公用经费合计',
      '110.00',
      '注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。',
    ].join('\n');
  it('adds each 类 up from its 款', () => {
    expect(errors(text('40.00'))).toEqual([]);
    expect(errors(text('48.00'))).toEqual(['14 table.code-sum 100.00']);
  });
});

describe('problems counted before their name, their 整改 statuses a sentence on (count-complements.ts)', () => {
  const text = (doing: string) =>
    `  针对自评发现的5个问题，我局逐项制定整改措施，明确责任科室和完成时限。截至报告形成时，已完成整改3个，正在整改${doing}个。`;
  it('adds the statuses up to the problems found', () => {
    expect(errors(text('2'))).toEqual([]);
    expect(errors(text('3'))).toEqual(['1 count.sum 5个']);
  });
});

describe('a project’s grade in a 其中 sentence, "…项目自评得分X分，评价等级为…" (prose-grades.ts)', () => {
  const text = (grade: string) =>
    [
      '    本部门组织对2031年度项目支出开展绩效自评，共涉及项目3个。自评结果显示，评价等级为“优”的项目2个，',
      `“良”的项目1个。其中，城镇老旧小区改造项目自评得分88.60分，评价等级为“${grade}”；农村危房改造项目自评得分93.20分，评价等级为“优”。`,
    ].join('\n');
  it('holds each project’s grade to its own score', () => {
    expect(errors(text('良'))).toEqual([]);
    expect(errors(text('优'))).toEqual(['2 grade.score 优']);
  });
});

describe('a 自评表 whose 总分 row prints its two figures a column left of their headers (table-rules.ts)', () => {
  const lines = [
    '                                                            项目支出绩效自评表',
    '                                                               （2031年度）',
    '',
    '填报单位（盖章）：某市海洋与渔业局                                            填报日期：2032年3月18日',
    '    项目名称        近岸海域生态修复及增殖放流项目',
    '    主管部门        某市海洋与渔业局                                实施单位    某市海洋与渔业局',
    '                                      年初预算数    全年预算数    全年执行数    分值      执行率      得分',
    '                年度资金总额              850.00        920.00        726.40      10      78.96%      7.90',
    '    项目资金    其中：当年财政拨款        850.00        850.00        668.52       —      78.65%         —',
    '    （万元）          上年结转资金             —         70.00         57.88       —      82.69%         —',
    '                      其他资金                 —             —             —       —           —         —',
    '                预期目标                                      实际完成情况',
    '                在全市近岸海域放流各类水产苗种3000万尾以上，  全年放流苗种3126万尾，修复红树林120亩，整治',
    '年度总          修复红树林200亩，整治岸线1.5公里，清理海漂垃  岸线1.52公里，清理海漂垃圾960吨；受台风影响，',
    '体目标          圾800吨，改善近岸海域生态环境，促进渔业资源   红树林修复工程未能全部按期完工，剩余80亩结转',
    '                恢复和渔民增收。                              至2032年实施。',
    '   一级指标      二级指标           三级指标              年度            实际        分值    得分       偏差原因分析',
    '                                                         指标值          完成值                           及改进措施',
    '                            增殖放流苗种数量           ≥3000万尾        3126万尾         6       6    已完成年度目标，无偏差。',
    '                                                                                                      完成率60.00%，计3.60分。',
    '                            红树林修复面积               ≥200亩          120亩           6    3.60    受台风“摩羯”影响，部分滩',
    '                 数量指标                                                                             涂施工窗口期缩短，80亩修',
    '                                                                                                      复任务延至2032年实施。',
    '                            岸线整治长度                ≥1.5公里        1.52公里         5       5    已完成年度目标，无偏差。',
    '                            海漂垃圾清理量               ≥800吨          960吨           5       5    已完成年度目标，无偏差。',
    '                            放流苗种检验检疫合格          100%            100%           6       6    已完成年度目标，无偏差。',
    '                            率',
    '                 质量指标                                                                             完成率90.00%，计5.40分。',
    '  产出指标                  红树林苗木成活率              ≥85%           76.5%           6    5.40    台风过后部分苗木倒伏死亡。',
    '                                                                                                      下一步将及时补植并加强幼',
    '                                                                                                      苗期管护。',
    '                            增殖放流完成时间         2031年8月31日   2031年7月12日       5       5    按期完成，无偏差。',
    '                                                           前',
    '                 时效指标   红树林修复工程完工时     2031年12月31日                                   部分达成，扣2分。剩余工',
    '                            间                             前          未全部完工        5       3    程已列入2032年计划，将倒',
    '                                                                                                      排工期，确保6月底前完工。',
    '                 成本指标   项目总成本                  ≤920万元       726.40万元        6       6    未超出成本控制目标，无偏',
    '                                                                                                      差。',
    '               经济效益指标 带动渔民增收                ≥300万元        326万元          8       8    已完成年度目标，无偏差。',
    '                            近岸海域优良水质面积          ≥85%           87.3%           8       8    已完成年度目标，无偏差。',
    '               生态效益指标 比例',
    '                            放流海域主要经济品种        逐步恢复      同比增长约6%       7       6    资源量监测样本偏少，扣1',
    '  效益指标                  资源量                                                                    分。下一步将增加监测站位。',
    '                 可持续影                                            已委托属地乡镇                   管护经费来源尚未落实，扣',
    '                  响指标    修复区域管护机制            长效管护          管护           7       5    2分。下一步将争取将管护',
    '                                                                                                      经费纳入年度预算。',
    '                            周边群众满意度                ≥90%           91.2%           5       5    已完成年度目标，无偏差。',
    '                 服务对象                                                                             完成率97.78%，计4.89分。',
    '  满意度指标      满意度    放流海域渔民满意度            ≥90%           88.0%           5    4.89    部分渔民希望增加放流品种。',
    '                   指标                                                                               下一步将征求渔民意见优化',
    '                                                                                                      放流品种结构。',
    '        总分                                                                   100   89.79',
    '',
  ];
  it('reads 100 as the 分值 and 89.79 as the 得分', () => {
    expect(errors(lines.join('\n'))).toEqual([]);
    expect(errors(lines.join('\n').replace('100   89.79', '100   88.79'))).toEqual(['52 score.sum 88.79']);
  });
});

describe('a plain 基本支出决算表 headed 科目编码及名称, each code glued to its name, the halves interleaved (plain-subjects.ts)', () => {
  const text = (office: string) =>
    [
      '一般公共预算财政拨款基本支出决算表',
      '单位：万元',
      '科目编码及名称',
      '决算数',
      '301工资福利支出',
      '500.00',
      '302商品和服务支出',
      '100.00',
      '30101基本工资',
      '200.00',
      '30201办公费',
      office,
      '30102津贴补贴',
      '300.00',
      '30211差旅费',
      '40.00',
      '310资本性支出',
      '10.00',
      '30299其他商品和服务支出',
      '20.00',
      '31002办公设备购置',
      '10.00',
      '人员经费合计',
      '500.00',
      '公用经费合计',
      '110.00',
      '注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。',
    ].join('\n');
  it('adds each 类 up from its 款 wherever they stand', () => {
    expect(errors(text('40.00'))).toEqual([]);
    expect(errors(text('48.00'))).toEqual(['8 table.code-sum 100.00']);
  });
});

describe('a grade given "按照…的标准" in the sentence after the total and its parts (prose-grades.ts)', () => {
  const text = (grade: string) =>
    [
      '    经自评，本项目得分96.94分，其中：预算执行率得分9.40分，产出指标得分49.31分，',
      '效益指标得分28.50分，满意度指标得分9.73分。按照90分（含）以上为“优”、80（含）-90',
      `分为“良”、60（含）-80分为“中”、60分以下为“差”的标准，本项目自评等级为“${grade}”。`,
    ].join('\n');
  it('holds the grade to the total', () => {
    expect(errors(text('优'))).toEqual([]);
    expect(errors(text('良'))).toEqual(['3 grade.score 良']);
  });
});

describe('a source’s 执行率 in the text, its adjusted budget in the 自评表’s row (part-rates.ts)', () => {
  const text = (rate: string) =>
    [
      '  项目名称                 2031年某县农村饮水安全巩固提升工程',
      '                                  年初预算数    全年预算数    全年执行数    分值      执行率      得分',
      '  项目资金    年度资金总额           1100.00       1200.00       1140.00      10      95.00%      9.50',
      '  （万元）    其中：中央资金          600.00        600.00        600.00       —     100.00%         —',
      '                    自治区资金        400.00        450.00        405.00       —      90.00%         —',
      '                    县级资金          100.00        150.00        135.00       —      90.00%         —',
      '',
      '    2031年项目年初预算1,100.00万元，其中：中央资金600.00万元、自治区资金400.00',
      '万元、县级资金100.00万元。年中追加自治区资金50.00万元、县级资金50.00万元，全年',
      '预算1,200.00万元。',
      '    截至2031年12月31日，项目全年执行1,140.00万元，预算执行率95.00%。其中：中央',
      `资金执行600.00万元，执行率100.00%；自治区资金执行405.00万元，执行率${rate}%；县`,
      '级资金执行135.00万元，执行率90.00%。',
    ].join('\n');
  it('holds the rate to the row’s adjusted budget', () => {
    expect(errors(text('90.00'))).toEqual([]);
    expect(errors(text('95.00'))).toEqual(['12 completion.percent 95.00%']);
  });
});

describe('a 科目 table whose header labels stand a column right of their figures (table-model.ts)', () => {
  const text = (total: string) =>
    [
      '                              一般公共预算财政拨款支出决算表',
      '部门：某市某局                                                        单位：元',
      '                项目                                合计        基本支出        项目支出',
      '功能分类科目编码   科目名称',
      '220      自然资源海洋气象等支出   70,000,000.00   40,000,000.00   30,000,000.00',
      '22001    自然资源事务             70,000,000.00   40,000,000.00   30,000,000.00',
      '2200101  行政运行                 40,000,000.00   40,000,000.00',
      '2200104  自然资源规划及管理       30,000,000.00                   30,000,000.00',
      `                 合计             ${total}   40,000,000.00   30,000,000.00`,
    ].join('\n');
  it('gives each figure column its label in order', () => {
    expect(errors(text('70,000,000.00'))).toEqual([]);
    expect(errors(text('77,000,000.00'))).toEqual([
      '9 table.code-sum 77,000,000.00',
      '9 table.row-sum 77,000,000.00',
    ]);
  });
});

describe('an indicator’s 指标值 wrapped over its unit, the 分值 and 得分 beside it (goal-actuals.ts)', () => {
  const text = [
    '                              项目支出绩效自评表',
    '                                （2031年度）',
    '',
    '项目名称        动物疫病强制免疫及监测项目',
    '主管部门        某市农业农村局                  实施单位      某市动物疫病预防控制中心',
    '项目资金                        年初预算数       全年预算数       全年执行数    分值       执行率      得分',
    '（万元）      年度资金总额           420.00      487.80      397.07    10    81.40%    8.14',
    '          其中：当年财政拨款        420.00      452.00      361.27     —    79.93%       —',
    '                上年结转资金       0.00       35.80       35.80     —   100.00%       —',
    '                其他资金         0.00        0.00        0.00     —         —       —',
    '年度总       预期目标                                实际完成情况',
    '体目标       组织春秋两季集中免疫和日常补免，口蹄                  全年口蹄疫免疫猪牛羊251.3万头（只），',
    '          疫免疫猪牛羊260万头（只）以上，高致                 高致病性禽流感免疫禽只1532万羽，完成免',
    '          病性禽流感免疫禽只1500万羽以上，完成                疫效果监测样品16200份，应免畜禽免疫密',
    '          免疫效果监测样品18000份，应免畜禽免                度92.4%，全市未发生区域性重大动物疫情。',
    '          疫密度保持在90%以上。',
    '一级    二级     三级指标          年度指标值      实际完成值    分值     得分     偏差原因分析及',
    '指标    指标                                                     改进措施',
    '             口蹄疫免疫猪        ≥260万      251.3万                 生猪存栏下降，',
    '             牛羊数量          头（只）       头（只）      8    7.73    应免数量相应',
    '                                                             减少',
    '             高致病性禽流        ≥1500      1532万羽',
    '             感免疫禽只数        万羽                   7       7',
    '      数量指标   量',
    '             免疫效果监测        ≥18000     16200份                 采样人员不足，',
    '             样品数量          份                    7    6.30    下年度增加采',
    '                                                             样批次',
    '             “先打后补”        ≥320个      286个      6    5.36    部分场户未达',
    '产出指标         养殖场户数                                           到申报条件',
    '             应免畜禽免疫        ≥90%       92.4%     8       8',
    '      质量指标   密度',
    '             免疫抗体合格        ≥70%       78.6%     7       7',
    '             率',
    '             春秋两季集中        2031年5     按期完成',
    '      时效指标   免疫完成时间        月、10月                4       4',
    '                           底前',
    '             疫苗采购及免        ≤487.80    397.07',
    '      成本指标   疫劳务补助支        万元         万元        3       3',
    '             出',
    '      社会效益   区域性重大动        0次         0次',
    '      指标     物疫情发生次                            10      10',
    '             数',
    '      经济效益   畜牧业产值增        ≥3%        1.2%                   生猪价格低位',
    '效益指标  指标     长率                                10    4.00    运行，产值增',
    '                                                             幅收窄',
    '      可持续影   动物疫病防控        健全         基本健全                   基层防疫队伍',
    '      响指标    长效机制                              10    7.50    不稳定，机制',
    '                                                             有待完善',
    '满意度指标 服务对象   养殖场户满意        ≥90%       86%      10    9.56    疫苗补助兑付',
    '      满意度指标  度                                               周期偏长',
    '总分                                            100   87.59',
    '',
  ].join('\n');
  it('does not take the 得分 for an actual in 份', () => {
    expect(errors(text)).toEqual([]);
  });
});

describe('the national 三公 table with its columns’ numbers under the labels (plain-fees.ts)', () => {
  const text = [
    '                                              财政拨款“三公”经费支出决算表',
    '部门：某县某局                                                                                      单位：万元',
    '                                                   财政拨款“三公”经费',
    '                合计    因公出国（境）费                                    公务用车购置及运行维护费          公务接待费',
    '                                                        小计      公务用车购置费  公务用车运行维护费',
    '    预算数    决算数    预算数    决算数    预算数    决算数    预算数    决算数    预算数    决算数    预算数    决算数',
    '         1         2         3         4         5         6         7         8         9        10        11        12',
    '     24.00     19.63      0.00      0.00     18.00     15.36      0.00      0.00     18.00     15.36      6.00      4.27',
  ].join('\n');
  it('reads no sum of the columns’ numbers', () => {
    expect(errors(text)).toEqual([]);
  });
});

describe('a plain form’s 总分, its 分值 and 得分 one a line, then its 自评等级 (plain-self-eval.ts)', () => {
  const text = (grade: string) =>
    [
      '部门整体支出绩效自评表',
      '（2031年度）',
      '总分',
      '100',
      '98.35',
      '',
      '自评等级',
      grade,
      '',
      '填报人：某某',
    ].join('\n');
  it('holds the grade to the score', () => {
    expect(errors(text('优'))).toEqual([]);
    expect(errors(text('良'))).toEqual(['8 grade.score 良']);
  });
});

describe('"财政拨款收、支总计各增加…" after "财政拨款收入总计A、支出总计B" (prose-changes.ts)', () => {
  const text = (pct: string) =>
    [
      '    2031年度财政拨款收入总计74,256.71万元、支出总计74,256.71万元。与2030年度相比，财',
      `政拨款收、支总计各增加4,141.08万元，增长${pct}%。主要原因：教师绩效工资调整。`,
    ].join('\n');
  it('takes the totals as the figures that changed', () => {
    expect(errors(text('5.91'))).toEqual([]);
    expect(errors(text('5.19'))).toEqual(['2 change.percent 5.19%']);
  });
});

describe('a year’s 三公 情况说明 signed before the year ended (cutoff-years.ts)', () => {
  const text = (date: string) =>
    [
      '                                 某区某委员会',
      '                          2031年度“三公”经费及机关运行经费情况说明',
      '',
      '    一、“三公”经费支出情况',
      '    2031年度，委机关“三公”经费财政拨款支出决算为76.41万元。',
      '    二、机关运行经费支出情况',
      '    2031年度机关运行经费合计279.90万元。',
      '',
      '                                                                  某区某委员会',
      `                                                                             ${date}`,
    ].join('\n');
  it('finds a date within the year', () => {
    expect(errors(text('2032年8月20日'))).toEqual([]);
    expect(errors(text('2031年8月20日'))).toEqual(['10 year.mismatch 2031年']);
  });
});

describe('a list of shares, the first naming its whole in quotes "占“三公”经费支出合计的" (prose-shares.ts)', () => {
  const text = (share: string) =>
    `    从支出结构看，因公出国（境）费4.86万元，占“三公”经费支出合计的6.36%；公务用车购置及运行维护费62.97万元，占${share}%；公务接待费8.58万元，占11.23%。`;
  it('reads the list and finds the share that is not its amount’s', () => {
    expect(errors(text('82.41'))).toEqual([]);
    expect(errors(text('84.21'))).toEqual(['1 share.percent 84.21%']);
  });
});

describe('a count of projects by band of their rate, "低于80%的5个" (prose-totals.ts)', () => {
  const text = (low: string) =>
    `    （二）部分项目执行进度滞后。部门2031年度共实施项目23个，其中执行率90%以上的15个，80%—90%的3个，低于80%的${low}个，上级转移支付资金执行率仅为88.50%。`;
  it('reads the band as a part', () => {
    expect(errors(text('5'))).toEqual([]);
    expect(errors(text('4'))).toEqual(['1 sum.parts 22个']);
  });
});

describe('a kind of the units counted, "31个行政单位…“三公”经费决算…" (prose-shares.ts, figure-claims.ts)', () => {
  const text = [
    '    （一）因公出国（境）费',
    '    2031年度区级部门因公出国（境）费决算24.63万元，占“三公”经费决算总额的1.91%。',
    '    （五）按单位性质分',
    '    按单位性质分，31个行政单位（含参照公务员法管理的事业单位）“三公”经费决算972.00万元，占75.55%；14个以事业单位为主体的部门“三公”经费决算314.54万元，占24.45%。',
  ].join('\n');
  it('does not take a kind’s figure for the whole', () => {
    expect(errors(text)).toEqual([]);
  });
});

describe('a year’s spending evaluated over a period that ended before the year did (filing-dates.ts)', () => {
  const text = (from: string) =>
    [
      '            某县某局2031年度部门整体支出绩效评价报告',
      '',
      '    受某县财政局委托，某咨询有限公司（以下简称“评价组”）按照县财政局关于开展2031年度财政重点绩',
      `效评价工作的通知要求，于${from}年4月10日至5月30日对某县某局2031年度部门整体支出开展了第三方绩效评价。`,
    ].join('\n');
  it('finds the year of the work', () => {
    expect(errors(text('2032'))).toEqual([]);
    expect(errors(text('2031'))).toEqual(['4 year.mismatch 2031年']);
  });
});

describe('a classification of groups by task, each with its 团组 and 人次 (split-counts.ts)', () => {
  const text = (groups: string) =>
    `全年区级部门共组织因公出国（境）团组9个、41人次，上年为7个、30人次，比上年增加2个团组、11人次，人均0.60万元。按出访任务分，招商引资团组${groups}个、18人次，经贸交流团组3个、14人次，友好城市交流团组2个、9人次。`;
  it('adds each unit’s counts up to its whole', () => {
    expect(errors(text('4'))).toEqual([]);
    expect(errors(text('5'))).toEqual(['1 count.sum 9个']);
  });
});

describe('round 51 shapes', () => {
  it('a part’s share after its own 执行率, "执行…万元，执行率…%，占全年执行数的…%" (prose-shares.ts)', () => {
    const text = (share: string) =>
      [
        '    2031年度本部门全年预算5,000.00万元，全年执行4,000.00万元，预算执行率80.00%。',
        '    （二）基本支出情况',
        `    基本支出全年预算1,500.00万元，执行1,200.00万元，执行率80.00%，占全年执行数的${share}%。`,
      ].join('\n');
    expect(errors(text('30.00'))).toEqual([]);
    expect(errors(text('24.00'))).toEqual(['3 share.percent 24.00%']);
  });
  it('"针对上述3个问题…。…已完成整改3个，正在整改1个" (count-complements.ts)', () => {
    const text = (done: string) =>
      `    针对上述3个问题，我局逐项制定整改清单，明确责任股室和整改时限。截至目前，已完成整改${done}个，正在整改1个。`;
    expect(errors(text('2'))).toEqual([]);
    expect(errors(text('3'))).toEqual(['1 count.sum 3个']);
  });
  it('a 其中 list naming fewer parts than the whole counts, "前10位的部门合计…" (prose-totals.ts)', () => {
    const text =
      '    2031年度“三公”经费财政拨款支出决算数居前10位的部门合计支出1037.73万元，占总额的56.51%。其中，市公安局414.66万元，占22.58%，居首位；市商务局79.45万元，占4.33%。';
    expect(errors(text)).toEqual([]);
  });
  it('a 三公 table whose 完成预算 column prints no % (item-tables.ts)', () => {
    const text = (rate: string) =>
      [
        '              表1  2031年度市直部门“三公”经费财政拨款支出决算汇总表',
        '                                                                          单位：万元、%',
        '                                    2031年      2031年        完成       2030年',
        '            项目                        预算数        决算数        预算         决算数        增减额       增减',
        '合计                               2,120.00   1,836.24     86.62    1,952.05    -115.81    -5.93',
        '一、因公出国（境）费                         186.00     158.37     85.15      121.40      36.97    30.45',
        '二、公务用车购置及运行维护费                   1,410.00   1,265.59     89.76    1,375.02    -109.43    -7.96',
        `三、公务接待费                            524.00     412.28     ${rate}      455.63     -43.35    -9.51`,
      ].join('\n');
    expect(errors(text('78.68'))).toEqual([]);
    expect(errors(text('76.68'))).toEqual(['8 completion.percent 76.68']);
  });
});

describe('a count of the year’s new ones in the text against the count an indicator holds (goal-actuals.ts)', () => {
  const text = [
    '一级指标    二级指标        三级指标                年度指标值       实际完成值         分值   得分   偏差原因分析',
    '       效益指标    社会效益指标    疫点乡镇数量            ≤6个             7个                8   6.67   新发现高坪乡疫点1个，已',
    '                                                                                                          划定疫区并开展集中除治。',
    '                   生态效益指标    松林资源保护面积        ≥35万亩          35.4万亩           8      8',
    '              总分                                                                        100   98.67',
    '    （三）松材线虫病防控形势依然严峻。全年新发现疫点乡镇1个，疫点乡镇数量未控制在目标范围内。',
  ].join('\n');
  it('does not hold the new ones to the indicator’s actual', () => {
    expect(errors(text).filter((e) => e.includes('figure.text-table'))).toEqual([]);
  });
});

describe('"比上年略减1.64万元，下降0.25%": the amount of a change, not last year’s figure (prose-clauses.ts)', () => {
  it('reads no last-year figure of 1.64', () => {
    const text =
      '    （二）公务用车购置及运行维护费。2031年度决算643.38万元，比上年略减1.64万元，下降0.25%。其中：';
    expect(errors(text)).toEqual([]);
  });
});
