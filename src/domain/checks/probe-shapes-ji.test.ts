/**
 * Shapes of rounds 67– (units, names and figures made up; docs/checker.md "Sets JI–"): what the blind rounds
 * showed the checker misreading or not reading, each with the clean document that must give no error.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.found}`);

describe('a 自评表 whose 预算执行率 row names its own 一级指标 "预算执行" (table-rules.ts)', () => {
  const text = (subtotal: string) =>
    [
      '项目支出绩效自评表',
      '一级指标      二级指标      三级指标            年度指标值       实际完成值       分值    得分',
      '预算执行                预算执行率           100%        96.20%      10    9.62',
      '产出指标      数量指标      便民桥梁维修          ≥40座       42座         20    20',
      '                    河道清淤长度          ≥15公里      13.5公里      15    13.50',
      '          质量指标      维修工程验收合格率       100%        100%        15    15',
      `          小计                                                50    ${subtotal}`,
      '效益指标      社会效益      群众出行满意度          ≥90%        93%         30    30',
      '满意度指标    满意度        受益群众满意度          ≥90%        92%         10    10',
      '总分                                                          100   98.12',
    ].join('\n');

  it('leaves the 预算执行率 row out of the 产出 小计', () => {
    expect(errors(text('48.50'))).toEqual([]);
  });

  it('still holds the 小计 to its own rows', () => {
    expect(errors(text('49.50'))).toEqual(['7 score.sum 49.50']);
  });
});

describe('a change whose base names its kind: "比2023年执行数X万元增加D万元" (change-claims.ts, prose-budget-gaps.ts)', () => {
  const text = (amount: string, rate: string) =>
    [
      '某省某厅2024年度部门整体支出绩效自评报告',
      '    2.预算执行情况。2024年度本部门全年执行62,480.30万元，预算执行率96.12%，比2023',
      `年执行数58,911.75万元增加${amount}万元，增长${rate}%。`,
    ].join('\n');

  it('finds nothing when the amount and the % follow from the two years', () => {
    expect(errors(text('3,568.55', '6.06'))).toEqual([]);
  });

  it('holds the amount to this year − the named base', () => {
    // (The % then disagrees with the printed amount as well.)
    expect(errors(text('3,658.55', '6.06'))).toEqual([
      '3 change.percent 6.06%',
      '3 change.amount 增加3658.55万元',
    ]);
  });

  it('holds the % to the amount ÷ the named base', () => {
    expect(errors(text('3,568.55', '6.60'))).toEqual(['3 change.percent 6.60%']);
  });
});

describe('a part’s 执行率 after the whole’s figures: "其中当年财政拨款执行率P%" (rate-context.ts)', () => {
  const text = [
    '某市某项目2024年度绩效自评报告',
    '项目全年预算数860.00万元，全年执行数817.00万元，预算执行率95.00%，',
    '得9.50分。其中当年财政拨款执行率97.20%，上年结转资金执行率81.50%。',
  ].join('\n');

  it('does not hold the part’s rate to the whole’s figures', () => {
    expect(errors(text)).toEqual([]);
  });
});

describe('a rate after two counts of one unit: "老年人N人，接受健康管理M人，健康管理率P%" (count-shares.ts)', () => {
  const text = (rate: string, part = '接受健康管理') =>
    [
      '某市基本公共卫生服务项目2024年度绩效自评报告',
      '辖区65岁及以上老年人84,250人，',
      `${part}57,310人，健康管理率${rate}%，较2023年提高1.20个百分点。`,
    ].join('\n');

  it('finds nothing when the rate is the part ÷ the whole', () => {
    expect(errors(text('68.02'))).toEqual([]);
  });

  it('holds the rate to the part ÷ the whole', () => {
    expect(errors(text('78.02'))).toEqual(['3 share.percent 78.02%']);
  });

  it('does not read a rate the part’s clause does not name', () => {
    expect(errors(text('78.02', '完成随访'))).toEqual([]);
  });
});

describe('the units a 决算 covers: "单位共N个，包括厅机关和M个二级预算单位" (unit-composition.ts)', () => {
  const text = (total: string, office = '厅机关') =>
    [
      '某省某厅2024年度部门决算',
      `纳入本部门2024年度部门决算编制范围的单位共${total}个，包括${office}和4个二级预算单位：`,
      '甲中心、乙站、丙所、丁院。',
    ].join('\n');

  it('finds nothing when the office and the subordinate units make the total', () => {
    expect(errors(text('5'))).toEqual([]);
    expect(errors(text('6', '厅机关2个'))).toEqual([]);
  });

  it('holds the total to the office (one) and the subordinate units', () => {
    expect(errors(text('6'))).toEqual(['2 count.sum 6个']);
  });
});

describe('a budget and its outturn in one sentence, their digits alike (transposed-figures.ts)', () => {
  const text = (restated: string) =>
    [
      '某区某局2024年度部门决算',
      '    公务用车购置及运行维护费年初预算为 52.40 万元，支出决算为 50.42 万元，完成预算的',
      '96.22%。',
      '    公务用车购置及运行维护费支出 50.42 万元，占“三公”经费的 90.00%。',
      `    全年公务用车运行维护费支出 ${restated} 万元。`,
    ].join('\n');

  it('does not read the budget as the outturn restated with two digits swapped', () => {
    expect(errors(text('18.60'))).toEqual([]);
  });
});

describe('parts’ shares each of its own whole: "占货物支出金额的a%；…占工程支出金额的b%" (prose-shares.ts)', () => {
  const text = [
    '某区某局2024年度部门决算',
    '    货物采购授予中小企业合同金额 318.42 万元，占货物支出金额的 77.23%；工程',
    '采购授予中小企业合同金额 265.80 万元，占工程支出金额的 100.00%；服务采购授予中小企业',
    '合同金额 938.96 万元，占服务支出金额的 80.29%。',
  ].join('\n');

  it('does not add the shares of several wholes', () => {
    expect(errors(text)).toEqual([]);
  });
});

describe('a 其中 list of counts closed by 等 and a comma: "…8个等，问题涉及全部10个部门" (prose-totals.ts)', () => {
  const text = (part: string) =>
    [
      '某市财政局关于2024年度部门整体支出绩效评价结果的通报',
      `    本次评价共发现问题31个，其中：预算编制类${part}个，预算执行类9个，资产管理类7个等，问题涉及全部12个被评价部门。`,
    ].join('\n');

  it('does not count what follows the 等 as a part', () => {
    expect(errors(text('5'))).toEqual([]);
  });

  it('reads the parts up to the 等 as a list that names only some', () => {
    const notes = checkTextReport(text('5')).findings.filter((f) => f.rule === 'sum.partial');
    expect(notes.map((f) => f.message.slice(0, 21))).toEqual(['所列各项之和 5 + 9 + 7 = 21']);
  });
});

describe('a total named by what was done after a 其中 list: "…，压减A万元；…，压减B万元；合计压减C万元" (trailing-totals.ts)', () => {
  const text = (total: string) =>
    [
      '某市财政局关于2024年度部门整体支出绩效评价结果的通报',
      '    对评价等级为“中”的2个部门，按2026年度项目支出预算申报数的10%压减，其中：甲局申报',
      `4210.30万元，压减421.03万元；乙局申报6388.00万元，压减638.80万元；合计压减${total}万元。`,
    ].join('\n');

  it('finds nothing when the amounts after 压减 add up to the total', () => {
    expect(errors(text('1059.83'))).toEqual([]);
  });

  it('holds the total to the amounts after 压减, not the amounts applied for', () => {
    expect(errors(text('1095.83'))).toEqual(['3 sum.parts 1095.83万元']);
  });
});

describe('counts joined before their total: "由3名注册会计师和2名专家共N人组成" (joined-counts.ts)', () => {
  const text = (total: string) =>
    `    某会计师事务所于2025年3月3日接受委托，成立由4名注册会计师和3名行业专家共${total}人组成的评价工作组。`;

  it('finds nothing when the parts make the total', () => {
    expect(errors(text('7'))).toEqual([]);
  });

  it('holds the total to the parts', () => {
    expect(errors(text('8'))).toEqual(['1 count.sum 8人']);
  });
});

describe('an adjusted budget’s change from the opening one in %: "全年预算调整为B万元，较年初下降P%" (prose-budget-history.ts)', () => {
  const text = (rate: string) =>
    [
      '某市交通运输局2024年1—7月绩效运行监控报告',
      '    该项目年初预算2,400.00万元，年中调减预算360.00万元，全年预算调整为2,040.00万元，较年初',
      `下降${rate}%，年度实施里程相应调整。`,
    ].join('\n');

  it('finds nothing when the % is (adjusted − opening) ÷ opening', () => {
    expect(errors(text('15.00'))).toEqual([]);
  });

  it('holds the % to the opening budget, not the adjusted one', () => {
    expect(errors(text('17.65'))).toEqual(['3 change.percent 17.65%']);
  });
});

describe('a 三公 table of pipes with items as columns, a row of 预算数 and one of 决算数 (figure-claims.ts, layout.ts)', () => {
  const text = (rate: string) =>
    [
      '某县第一中学2024年度单位决算',
      '',
      '### 七、财政拨款“三公”经费支出决算表',
      '',
      '单位：万元',
      '',
      '| 项目 | 合计 | 因公出国（境）费 | 公务用车购置及运行维护费小计 | 公务用车购置费 | 公务用车运行维护费 | 公务接待费 |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| 预算数 | 7.20 | 0.00 | 5.00 | 0.00 | 5.00 | 2.20 |',
      '| 决算数 | 5.86 | 0.00 | 4.65 | 0.00 | 4.65 | 1.21 |',
      '',
      `  2024年度“三公”经费财政拨款支出决算为5.86万元，其中：公务用车购置及运行维护费支出决算为4.65万元，完成预算的${rate}%；公务接待费支出决算为1.21万元，完成预算的55.00%。`,
    ].join('\n');

  it('finds nothing when each item’s rate is its 决算 ÷ its 预算 in the table', () => {
    expect(errors(text('93.00'))).toEqual([]);
  });

  it('holds an item’s rate to the table’s budget of that item, the title without its Markdown marks', () => {
    expect(errors(text('95.00'))).toEqual(['12 completion.percent 95.00%']);
    const [finding] = checkTextReport(text('95.00')).findings.filter((f) => f.severity === 'error');
    expect(finding!.message).toContain('《七、财政拨款“三公”经费支出决算表》');
  });
});

describe('a table of scores by dimension, each column headed with its weight (weighted-score-columns.ts)', () => {
  const text = (total: string) =>
    [
      '            表 2    2024 年度市级部门整体支出绩效评价得分明细表',
      '                                                                  单位：分',
      '  序号            部门名称                 投入       过程       产出       效果      总得分  排名',
      '                                  (20分)    (25分)    (30分)    (25分)   (100分)',
      '  1   某市教育局                        18.20    23.40    28.10    22.90    92.60  1',
      '      某市人力资源和社',
      `  2                               17.60    21.90    26.20    21.70    ${total}  2`,
      '      会保障局',
      '  3   某市民政局                        16.80    21.20    25.70    21.10    84.80  3',
    ].join('\n');

  it('finds nothing when each row’s total is the sum of its dimensions', () => {
    expect(errors(text('87.40'))).toEqual([]);
  });

  it('holds a row’s total to its dimensions, its name read around its figures', () => {
    expect(errors(text('88.40'))).toEqual(['7 score.sum 88.40']);
    const [finding] = checkTextReport(text('88.40')).findings.filter((f) => f.severity === 'error');
    expect(finding!.message).toContain('某市人力资源和社会保障局');
  });
});

describe('the highest score with the unit named first, the table’s names wrapped around their figures (score-extremes.ts)', () => {
  const text = (high: string, low = '某市住房和城乡建设局') =>
    [
      '某市财政局关于2024年度部门整体支出绩效评价结果的通报',
      `    经评价，${high.includes('分') ? high : `市教育局得分最高，为 ${high} 分`}；${low.replace(/^某/, '')}得分最低，为 74.85 分。`,
      '',
      '            表 1    2024 年度市级部门整体支出绩效评价结果汇总表',
      '  序号            部门名称                   预算数         执行数       执行率      评价得分  等级',
      '  1   某市教育局                      48265.37    46918.52    97.21%     93.20  优',
      '      某市人力资源和社',
      '  2                                9387.25     8846.19    94.24%     87.40  良',
      '      会保障局',
      '  3   某市住房和城乡建设局                 15912.68    11604.27    72.92%     74.85  中',
      '      合  计                       73565.30    67368.98    91.58%',
    ].join('\n');

  it('finds nothing when the text’s unit holds the table’s highest score', () => {
    expect(errors(text('93.20'))).toEqual([]);
  });

  it('holds the stated highest score to the table', () => {
    expect(errors(text('93.60'))).toEqual(['2 figure.text-table 93.60分']);
  });

  it('names the unit holding the highest score when the text names another', () => {
    expect(errors(text('市人力资源和社会保障局得分最高，为 87.40 分'))).toEqual([
      '2 figure.text-table 87.40分',
    ]);
  });
});

describe('a count told item by item after it: "团组N个、M人次…。具体为：" over numbered items (itemised-counts.ts)', () => {
  const text = (third: string, opener = '具体为：') =>
    [
      '某省某厅2024年度“三公”经费决算情况说明',
      `  2024年度因公出国（境）费支出决算为36.20万元。全年共安排因公出国（境）团组3个、15人次，主要开支国际旅费、住宿费等。${opener}`,
      '  （1）赴泰国参加国际旅游交易会，1个团组6人次；',
      '  （2）赴越南开展边境旅游合作磋商，1个团组5人次；',
      `  （3）赴老挝开展文化交流活动，1个团组${third}人次。`,
    ].join('\n');

  it('finds nothing when the items add up to the count', () => {
    expect(errors(text('4'))).toEqual([]);
  });

  it('holds the count to the items', () => {
    expect(errors(text('6'))).toEqual(['2 count.sum 15人次']);
  });

  it('does not add up a list of the main ones', () => {
    expect(errors(text('6', '主要出访有：'))).toEqual([]);
  });
});

describe('a score with its grade in brackets: "自评85.00分（优）" (prose-grades.ts)', () => {
  const text = (grade: string) =>
    [
      '某局2024年度部门决算',
      `分项目看，常规调查经费1,082.36万元，自评96.50分（优）；执法检查经费185.40万元，自评85.00分（${grade}）。`,
    ].join('\n');

  it('finds nothing when each grade is its score’s', () => {
    expect(errors(text('良'))).toEqual([]);
  });

  it('holds the bracketed grade to its score', () => {
    expect(errors(text('优'))).toEqual(['2 grade.score 优']);
  });
});

describe('the problems counted, then their statuses: "29个问题中已完成整改21个，正在整改8个" (count-complements.ts)', () => {
  const text = (doing: string) =>
    [
      '某市财政局2024年度绩效评价整改情况通报',
      `截至2025年9月30日，31个问题中已完成整改24个，正在整改${doing}个。`,
    ].join('\n');

  it('finds nothing when the statuses add up to the problems', () => {
    expect(errors(text('7'))).toEqual([]);
  });

  it('holds the statuses to the problems counted', () => {
    expect(errors(text('8'))).toEqual(['2 count.sum 31个']);
  });
});

describe('a sign-off of the month alone: "2024年9月" under a 2024年度 决算说明 (filing-dates.ts)', () => {
  const text = (signed: string) =>
    [
      '某区教育局',
      '2024年度“三公”经费决算情况说明',
      '',
      '    2024年度“三公”经费财政拨款支出决算为40.16万元。',
      '',
      '某区教育局',
      signed,
    ].join('\n');

  it('finds nothing when it is signed after the year', () => {
    expect(errors(text('2025年9月'))).toEqual([]);
  });

  it('names a sign-off before the year has ended', () => {
    expect(errors(text('2024年9月'))).toEqual(['7 year.filing-date 2024年']);
  });
});

describe('a share column headed "占实际支出比" (table-model.ts, share-columns.ts)', () => {
  const text = (share: string) =>
    [
      '                          表2  项目资金支出情况表',
      '                                                        单位：万元',
      '  支出内容               预算金额     实际支出       执行率   占实际支出比',
      '  校舍维修改造             700.00       651.00       93.00%         50.00%',
      `  运动场地改造             300.00       286.44       95.48%         ${share}%`,
      '  教学仪器设备购置         250.00       234.36       93.74%         18.00%',
      '  学校信息化设备购置       150.00       130.20       86.80%         10.00%',
      '  合计                   1,400.00     1,302.00       93.00%        100.00%',
    ].join('\n');

  it('finds nothing when each share is the row’s amount ÷ the 合计', () => {
    expect(errors(text('22.00'))).toEqual([]);
  });

  it('names the row whose share is not', () => {
    expect(errors(text('20.00'))).toEqual(['5 table.rate 20.00%']);
  });
});

describe('a report whose title covers several years: "（2022—2024年）重点绩效评价报告" (context.ts)', () => {
  const text = [
    '                                  某市财政局',
    '            某市城市更新专项资金（2022—2024 年）重点绩效评价报告',
    '                                某财绩〔2025〕7 号',
    '    截至 2024 年 12 月 31 日，专项资金累计支出 60,300.00 万元。分年度看，2023 年支出 30,000.00 万元，',
    '2024 年支出 27,000.00 万元，2024 年支出比 2023 年减少 3,000.00 万元，下降 10.00%。',
    '    本报告于 2025 年度第二季度形成。',
  ].join('\n');

  it('is about the last of its years, not the year it was written', () => {
    expect(errors(text)).toEqual([]);
  });
});
