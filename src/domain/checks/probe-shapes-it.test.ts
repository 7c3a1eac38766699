/**
 * Shapes of rounds 62– (units, names and figures made up; docs/checker.md "Sets IT–"): what the blind rounds
 * showed the checker misreading or not reading, each with the clean document that must give no error.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.found}`);

describe('a count of cases in the text against a plain 自评表 cell a line (transposed-figures.ts)', () => {
  const text = (stated: string) =>
    [
      '项目支出绩效自评表',
      '实际完成情况',
      `平台全年完成远程会诊服务${stated}例、远程影像诊断2468例。`,
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
      '远程会诊服务例数',
      '≥9000例',
      '15374例',
      '10',
      '10',
    ].join('\n');

  it('names the text when its figure is the cell with two digits swapped', () => {
    expect(errors(text('13574'))).toEqual(['3 figure.restated 13574']);
  });

  it('finds nothing when both print the same figure', () => {
    expect(errors(text('15374'))).toEqual([]);
  });
});

describe('the 执行率 of the funds a round of monitoring covers (prose-completion.ts)', () => {
  const text = (rate: string) =>
    [
      '    （三）开展运行监控',
      '    以2025年7月31日为时点，对826个项目开展运行监控，涉及资金',
      `86,420.50万元，累计支出51,233.18万元，预算执行率${rate}%。`,
    ].join('\n');

  it('recomputes the rate from the funds covered and the spending', () => {
    expect(errors(text('52.13'))).toEqual(['3 completion.percent 52.13%']);
  });

  it('finds nothing when the rate is right', () => {
    expect(errors(text('59.28'))).toEqual([]);
  });
});

describe('a count, its change, then its parts after 其中 (prose-totals.ts)', () => {
  const text = (whole: string) =>
    `    截至 2025 年 12 月 31 日，全市公务用车保有量 ${whole} 辆，比上年末减少 5 辆，其中：执法执勤用车 96 辆、应急保障用车 31 辆、其他用车 18 辆。`;

  it('adds the parts up to the count, not to its change', () => {
    expect(errors(text('154'))).toEqual(['1 sum.parts 145辆']);
  });

  it('finds nothing when the parts make the count', () => {
    expect(errors(text('145'))).toEqual([]);
  });
});

describe('a table of items with a column of what each is, wrapped under its row (item-tables.ts)', () => {
  const text = (total: string) =>
    [
      '                          表1  子项目预算及支出情况',
      '                                                                        单位：万元',
      '  序号   子项目名称                          全年预算数    全年支出数    主要建设内容',
      '   1    东岗片区废弃采石场生态修复            1,520.00      1,486.30    边坡整治、植被',
      '                                                                              恢复',
      '   2    南湖湿地水系连通工程                  2,310.00      2,205.74    清淤疏浚、闸站',
      '                                                                              改造',
      '   3    城郊绿道提升                            690.00        641.08    步道铺装',
      `            合    计                            4,520.00      ${total}`,
    ].join('\n');

  it('adds the column up over the wrapped lines', () => {
    expect(errors(text('4,351.12'))).toEqual(['9 table.total 4,351.12']);
  });

  it('finds nothing when the column adds up', () => {
    expect(errors(text('4,333.12'))).toEqual([]);
  });
});

describe('a share of the 决算数, named in brackets, with a later item’s 决算 (prose-shares.ts)', () => {
  const text = (share: string) =>
    [
      '    2.预算执行情况。2025年全年实际支出（决算数）6,240.00万元，预算执行率96.30%。',
      `    按支出性质分：基本支出2,496.00万元，占决算数的${share}%；项目支出3,744.00万元，占60.00%。`,
      '    3.“三公”经费情况。2025年“三公”经费预算28.00万元，决算24.50万元，完成预算的87.50%。',
    ].join('\n');

  it('takes the whole from the brackets, not from the 三公 决算', () => {
    expect(errors(text('41.00'))).toEqual(['2 share.percent 41.00%']);
  });

  it('finds nothing when the share is of the 决算数', () => {
    expect(errors(text('40.00'))).toEqual([]);
  });
});

describe('a count’s change stated after its 其中 list (count-changes.ts)', () => {
  const text = (change: string) =>
    `截至2025年12月31日，公务用车保有量为42辆，其中执法执勤用车35辆、机要通信用车3辆、应急保障用车4辆，较上年末的40辆增加${change}辆。`;

  it('compares the whole with last year, not the list’s last part', () => {
    expect(errors(text('3'))).toEqual(['1 change.amount 增加3辆']);
  });

  it('finds nothing when the whole’s change is right', () => {
    expect(errors(text('2'))).toEqual([]);
  });
});

describe('a 支出决算表 continued after a page break under its whole header, a wrapped name last on the page (continued-tables.ts, tight-rows.ts)', () => {
  const text = (pension: string) =>
    [
      '                                          支出决算表',
      '                                                                                          公开03表',
      '部门：某市某局                                                                                  金额单位：万元',
      '            项目',
      '                             本年支出                                                       对附属单位',
      ' 科目编码       科目名称                         基本支出        项目支出      上缴上级支出        经营支出',
      '                               合计                                                        补助支出',
      '            栏次                     1           2           3            4          5             6',
      '            合计              1,000.00      600.00      400.00',
      '208      社会保障和就业支出            1,000.00      600.00      400.00',
      '20805    行政事业单位养老支出             600.00      600.00',
      '2080501  行政单位离退休                 420.00      420.00',
      '         机关事业单位职业年金缴费',
      '2080506                         180.00      180.00',
      '         支出',
      '',
      '                                      - 4 -',
      '                                          支出决算表（续表）',
      '                                                                                          公开03表',
      '部门：某市某局                                                                                  金额单位：万元',
      '            项目',
      '                             本年支出                                                       对附属单位',
      ' 科目编码       科目名称                         基本支出        项目支出      上缴上级支出        经营支出',
      '                               合计                                                        补助支出',
      '            栏次                     1           2           3            4          5             6',
      '20807    就业补助                 400.00                  400.00',
      '2080701  就业创业服务补贴             250.00                  250.00',
      '2080702  职业培训补贴               150.00                  150.00',
    ]
      .join('\n')
      .replace('养老支出             600.00      600.00', `养老支出             ${pension}      ${pension}`);

  it('sums the 款 over the 项 whose name ends after the code row', () => {
    expect(errors(text('610.00'))).toEqual(['11 table.code-sum 610.00']);
  });

  it('reads no header line of the continuation as a row (栏次 1 2 3)', () => {
    expect(errors(text('600.00'))).toEqual([]);
  });
});

describe('a 基本支出 明细表 of two halves, a left name centred around its code row (table-model.ts)', () => {
  const text = (wages: string) =>
    [
      '                  一般公共预算财政拨款基本支出决算明细表',
      '                                                                  公开06表',
      '部门：某市某局                                              金额单位：万元',
      '              人员经费                                  公用经费',
      '科目编码        科目名称          决算数         科目编码        科目名称          决算数',
      '301     工资福利支出             900.00     302     商品和服务支出            100.00',
      '30101   基本工资               400.00     30201   办公费                 40.00',
      '30102   津贴补贴               300.00     30202   印刷费                 10.00',
      '        机关事业单位基本养老保                   30205   水费                   20.00',
      '30108                      120.00     30206   电费                   30.00',
      '        险缴费                           ',
      '30113   住房公积金               80.00',
    ]
      .join('\n')
      .replace('工资福利支出             900.00', `工资福利支出             ${wages}`);

  it('counts the wrapped row among the 款 of its 类', () => {
    expect(errors(text('910.00'))).toEqual(['6 table.code-sum 910.00']);
  });

  it('finds nothing when the 类 is its 款', () => {
    expect(errors(text('900.00'))).toEqual([]);
  });
});

describe('a 其中 list of counts ended by a comparison with last year (prose-totals.ts)', () => {
  const text = (first: string) =>
    `截至2025年12月31日，公务用车保有量为42辆，其中执法执勤用车${first}辆、机要通信用车3辆、应急保障用车4辆，较上年末的40辆增加2辆。`;

  it('adds up the list without the comparison’s figures', () => {
    expect(errors(text('36'))).toEqual(['1 sum.parts 43辆']);
  });

  it('finds nothing when the list makes the whole', () => {
    expect(errors(text('35'))).toEqual([]);
  });
});

describe('a rate restated under its same long name with two digits swapped (transposed-figures.ts)', () => {
  const text = (later: string) =>
    [
      '    2.预算执行情况。项目支出调整预算4,120.00万元，支出3,868.68万元，项目支出执行率93.90%。',
      '    二、存在的问题',
      `    （一）部分项目进度滞后。3个项目因招标延期未按期完成，项目支出执行率${later}%，低于基本支出执行率。`,
    ].join('\n');

  it('names the pair', () => {
    expect(errors(text('99.30'))).toEqual(['1 figure.restated 93.90']);
  });

  it('finds nothing when the two agree', () => {
    expect(errors(text('93.90'))).toEqual([]);
  });
});

describe('a 自评表 whose 项目资金 and 绩效指标 parts are one layout table, each under its header (row-citations.ts)', () => {
  const text = (rate: string) =>
    [
      '                                      年初预算数    全年预算数    全年执行数    分值    执行率     得分',
      '              年度资金总额                120.00        120.00        108.00      10    90.00%     9.00',
      '项目资金      其中：当年财政拨款          120.00        120.00        108.00       —         —        —',
      '              预期目标                                        实际完成情况',
      '年度总体      完成8个监测站点改造，                           完成8个站点改造，站点数据有效率96.5%。',
      '目标          站点数据有效率达到95%以上。',
      '          一级指标  二级指标  三级指标                年度指标值      实际完成值      分值   得分    偏差原因分析及改进措施',
      '          产出指标  数量指标  监测站点改造数量        8个             8个             20     20',
      '                    质量指标  站点数据有效率          ≥95%            96.5%           20     20',
      '          满意度指  服务对象  群众对站点运行维护服',
      '          标        满意度    务满意度                ≥90%            92.4%           5      5',
      '                              医务人员满意度          ≥85%            88.0%           5      5',
      '    三、绩效目标完成情况',
      '    全年完成8个站点改造，站点数据有效率96.5%（目标≥95%）。群众对站点运行维护服务满意度为92.4%；医务人员满意度为88.0%，均达到年度目标，得分10分。',
    ]
      .join('\n')
      .replace('站点数据有效率96.5%（', `站点数据有效率${rate}%（`);

  it('compares the text with the 实际完成值 of the indicator part', () => {
    expect(errors(text('97.5'))).toEqual(['14 figure.text-table 97.5%']);
  });

  it('reads a score said of two rows at once (均) as neither row’s, and a label wrapped above its figures whole', () => {
    expect(errors(text('96.5'))).toEqual([]);
  });

  it('names a row by its label wrapped above its figures, whole', () => {
    const wrong = text('96.5').replace('服务满意度为92.4%', '服务满意度为93.4%');
    const found = checkTextReport(wrong).findings.filter((f) => f.severity === 'error');
    expect(found.map((f) => f.message)).toEqual([
      expect.stringContaining('“群众对站点运行维护服务满意度”为93.4%'),
    ]);
  });
});

describe('a 款 whose 项 are listed under it, numbered ①②, up to the next （n） or outer item (prose-totals.ts)', () => {
  const text = (second: string) =>
    [
      '1．社会保障和就业支出（类）（208）。年初预算为3,000.00万元，支出决算为3,100.00万元，完成年初预算的103.33%。',
      '（1）民政管理事务（款）（20802）。年初预算为1,200.00万元，支出决算为1,250.00万元，完成年初预算的104.17%。其中：',
      '①行政运行（项）（2080201）。年初预算为800.00万元，支出决算为820.00万元，完成年初预算的102.50%。',
      `②一般行政管理事务（项）（2080202）。年初预算为400.00万元，支出决算为${second}万元，完成年初预算的107.50%。`,
      '（2）行政事业单位养老支出（款）（20805）。年初预算为1,800.00万元，支出决算为1,850.00万元，完成年初预算的102.78%。其中：',
      '①行政单位离退休（项）（2080501）。年初预算为1,800.00万元，支出决算为1,850.00万元，完成年初预算的102.78%。',
      '2．卫生健康支出（类）（210）。年初预算为300.00万元，支出决算为310.00万元，完成年初预算的103.33%。',
    ].join('\n');

  it('adds up the 项 of each 款 alone', () => {
    expect(errors(text('440.00'))).toEqual(['2 sum.parts 1260.00万元', '4 completion.percent 107.50%']);
  });

  it('finds nothing when each 款 is its 项', () => {
    expect(errors(text('430.00'))).toEqual([]);
  });
});

describe('a 基本支出 表 of two halves, each with its 类 and 款 in two columns (table-model.ts)', () => {
  const text = (water: string) =>
    [
      '                          一般公共预算财政拨款基本支出决算表',
      '部门：某局                                                                        金额单位：万元',
      '              人员经费                                          公用经费',
      '经济分类科目编码      科目名称                         决算数    经济分类科目编码      科目名称                         决算数',
      '类   款                                                       类   款',
      '301           工资福利支出                   1000.00    302           商品和服务支出                   200.00',
      '301   01      基本工资                      600.00    302   01      办公费                        50.00',
      '301   02      津贴补贴                      400.00    302   05      水费                          30.00',
      '303           对个人和家庭的补助                  50.00    302   06      电费                          40.00',
      '303   02      退休费                        50.00    302   28      工会经费                       35.00',
      '                                                  302   29      福利费                        25.00',
      '                                                  302   99      其他商品和服务支出                  20.00',
      '            人员经费合计                     1050.00                公用经费合计                      200.00',
    ]
      .join('\n')
      .replace('水费                          30.00', `水费                          ${water}`);

  it('sums the right half’s 类 over its 款 on every line', () => {
    expect(errors(text('34.00'))).toEqual(['6 table.code-sum 200.00']);
  });

  it('reads no 款 code of the right half as a figure of the left', () => {
    expect(errors(text('30.00'))).toEqual([]);
  });
});

describe('预警 counts by colour over a table of a few of the projects (warning-levels.ts)', () => {
  it('does not take a table of the lowest 执行率 for the 汇总表 the counts are of', () => {
    expect(
      errors(
        [
          '  三、预警情况',
          '  按照执行率确定预警等级：执行率低于45%的为红色预警，45%（含）至60%的为黄色预警，60%（含）以上的为绿色。监控结果显示，红色预警项目31个，黄色预警项目52个，绿色项目140个。执行率最低的5个项目见附表。',
          '附表  执行率最低的项目',
          '  序号  项目名称                    预算数     执行数     执行率    预警等级',
          '   1    甲项目                      500.00      12.00      2.40%    红色',
          '   2    乙项目                      300.00      15.00      5.00%    红色',
          '   3    丙项目                      200.00      16.00      8.00%    红色',
          '   4    丁项目                      100.00      10.00     10.00%    红色',
          '   5    戊项目                      100.00      12.00     12.00%    红色',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});

describe('a count classified twice, 按…分 after 按…分 (split-counts.ts, count-shares.ts)', () => {
  const text = (rate: string, first: string) =>
    `  全县共设置三级绩效指标2,400个，截至9月底存在偏差的指标120个，偏差率${rate}%。按指标类型分，数量指标${first}个、质量指标30个、时效指标20个、效益指标20个。按偏差原因分，经费保障60个、人员保障25个、其他35个。`;

  it('adds the second list up to the whole both classify', () => {
    expect(errors(text('5.00', '50'))).toEqual([]);
  });

  it('says nothing of a list adding up to neither of two counts held before it', () => {
    expect(errors(text('5.00', '40'))).toEqual([]);
  });

  it('adds the second list up to the one whole stated before the first', () => {
    const second = (funds: string) =>
      `  截至9月底存在偏差的指标120个。按指标类型分，数量指标50个、质量指标30个、时效指标20个、效益指标20个。按偏差原因分，经费保障${funds}个、人员保障25个、其他35个。`;
    expect(errors(second('60'))).toEqual([]);
    expect(errors(second('66'))).toEqual(['1 count.sum 120个']);
  });

  it('recomputes a rate named after the part’s clause (偏差 → 偏差率) of the whole 共…', () => {
    expect(errors(text('5.20', '50'))).toEqual(['1 share.percent 5.20%']);
  });
});

describe('a count of what is left to do, under the indicator it is part of (pieced-actuals.ts)', () => {
  it('is not read as the indicator’s 实际完成值', () => {
    const text = [
      '项目支出绩效自评表',
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
      '产出指标\t数量指标\t整治山塘\t≥12座\t11座\t5\t4.58',
      '    五、下一步改进措施',
      '    一是加快剩余1座山塘整治设计变更审批，力争2026年汛期前完工。',
    ].join('\n');
    expect(errors(text)).toEqual([]);
  });
});

describe('a 到位率 whose budget, a 计划总投资, is stated in the paragraph above (arrival-above.ts)', () => {
  const text = (rate: string) =>
    [
      '    1．资金安排。项目计划总投资2,400.00万元，其中：中央财政资金1,500.00万元，省级财政资金900.00万元。',
      `    2．资金到位。截至2025年12月31日，项目资金实际到位2,280.00万元，到位率${rate}%。其中：中央资金到位1,500.00万元，到位率100.00%。`,
    ].join('\n');

  it('recomputes the rate from the funds arrived and the budget above', () => {
    expect(errors(text('97.50'))).toEqual(['2 completion.percent 97.50%']);
  });

  it('finds nothing when the rate is right', () => {
    expect(errors(text('95.00'))).toEqual([]);
  });
});

describe('a 到位率 whose budget, a 计划总投资, is stated in the paragraph above (arrival-above.ts)', () => {
  const text = (rate: string) =>
    [
      '    1．资金安排。项目计划总投资2,400.00万元，其中：中央财政资金1,500.00万元，省级财政资金900.00万元。',
      `    2．资金到位。截至2025年12月31日，项目资金实际到位2,280.00万元，到位率${rate}%。其中：中央资金到位1,500.00万元，到位率100.00%。`,
    ].join('\n');

  it('recomputes the rate from the funds arrived and the budget above', () => {
    expect(errors(text('97.50'))).toEqual(['2 completion.percent 97.50%']);
  });

  it('finds nothing when the rate is right', () => {
    expect(errors(text('95.00'))).toEqual([]);
  });
});

describe('a change’s % with last year’s figure named and no figure of this year (count-changes.ts)', () => {
  const text = (rate: string) =>
    `某县2025年度高标准农田建设项目支出绩效自评报告\n    本年度建设任务较2024年度的1.60万亩增加0.40万亩，增长${rate}%，为历年之最。`;

  it('recomputes the % from the change and last year’s figure', () => {
    expect(errors(text('20.00'))).toEqual(['2 change.percent 20.00%']);
  });

  it('finds nothing when it is right', () => {
    expect(errors(text('25.00'))).toEqual([]);
  });
});

describe('a quantity of three digits measured to a decimal, restated with two swapped (transposed-figures.ts)', () => {
  const text = (stated: string) =>
    [
      `    全年新建（改造）排水渠道${stated}公里，目标40公里。`,
      '项目支出绩效自评表',
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
      '产出指标\t数量指标\t新建（改造）排水渠道长度\t≥40公里\t42.7公里\t5\t5',
    ].join('\n');

  it('names the pair', () => {
    expect(errors(text('47.2'))).toEqual(['1 figure.restated 47.2']);
  });

  it('finds nothing when they agree', () => {
    expect(errors(text('42.7'))).toEqual([]);
  });
});

describe('scores listed after 其中 and then the 总分, in one sentence (score-prose.ts)', () => {
  it('does not add up the run without its first part', () => {
    expect(
      errors(
        '    其中预算执行率得分9.40分，产出指标得分48.60分，效益指标得分29.00分，满意度指标得分9.00分，自评总分96.00分。',
      ),
    ).toEqual([]);
  });
});

describe('the next year’s budget appended to a notice of the year’s outturn (prose-years.ts)', () => {
  const text = (year: string) =>
    [
      '某县某局2025年度“三公”经费决算情况说明',
      '    2025年度“三公”经费财政拨款支出决算20.00万元，比2024年度减少2.00万元。',
      `六、${year}年度“三公”经费财政拨款预算安排情况`,
      `${year}年度“三公”经费财政拨款预算18.00万元。`,
      '',
      `表5  ${year}年度“三公”经费财政拨款预算安排表`,
      '单位：万元',
      `项目\t${year}年预算数\t2025年预算数`,
      '合计\t18.00\t22.00',
    ].join('\n');

  it('takes the titles of the next year’s 预算 as titles of their own year', () => {
    expect(errors(text('2026'))).toEqual([]);
  });
});

describe('a rate named only by its kind, its item the clause’s subject, against a table row (transposed-figures.ts)', () => {
  const text = (rate: string, row = '二、公务接待费\t4.00\t3.46\t86.50\t3.90\t-0.44') =>
    [
      `2025年度“三公”经费年初预算30.00万元，全年支出23.86万元，完成预算的79.53%。其中：公务接待费支出3.46万元，完成预算的${rate}%。`,
      '表1\t“三公”经费支出情况',
      '项目\t预算数\t决算数\t完成率（%）\t上年决算数\t增减额',
      '合计\t30.00\t23.86\t79.53\t26.00\t-2.14',
      '一、公务用车运行维护费\t26.00\t20.40\t78.46\t22.10\t-1.70',
      row,
    ].join('\n');

  it('names the pair when the digits are swapped', () => {
    expect(errors(text('85.60'))).toEqual(['1 figure.restated 85.60']);
  });

  it('finds nothing when they agree', () => {
    expect(errors(text('86.50'))).toEqual([]);
  });

  it('does not take a figure of another column of the row (no rate) for the rate', () => {
    const other = text('68.05', '二、公务接待费\t4.00\t3.46\t86.50\t86.05\t-82.59').replace(
      '合计\t30.00\t23.86\t79.53\t26.00\t-2.14',
      '合计\t30.00\t23.86\t79.53\t108.15\t-84.29',
    );
    expect(errors(other).filter((e) => e.includes('figure.restated'))).toEqual([]);
  });
});

describe('counts by grade with their shares, the counts adding up to a whole stated before (complete-share-lists.ts)', () => {
  const text = (share: string) =>
    `    2025年度640个自评项目平均得分90.12分。其中：评价等级为优的项目400个，占62.50%；良160个，占25.00%；中64个，占${share}%；差16个，占2.50%。`;

  it('finds the share that is not its count ÷ the whole', () => {
    expect(errors(text('11.00'))).toEqual(['1 share.percent 11.00%']);
  });

  it('finds nothing when every share is', () => {
    expect(errors(text('10.00'))).toEqual([]);
  });
});

describe('a 款 named with its level, then its code in brackets (prose-codes.ts)', () => {
  const text = (code: string) =>
    `2025年度部门决算说明\n    4.社会保障和就业支出（类）就业补助（款）（科目编码 ${code}）。年初预算为120.00万元，支出决算为118.00万元。`;

  it('finds a code whose 款 is another’s name', () => {
    expect(errors(text('20805'))).toEqual(['2 figure.code-name 20805 就业补助']);
  });

  it('finds nothing when the code is the 款’s', () => {
    expect(errors(text('20807'))).toEqual([]);
  });
});

describe('the 三公 of one unit of the department, and a contact’s masked name (figure-claims.ts, prose-unfilled.ts)', () => {
  const text = (whole: string) =>
    [
      '某局2025年度“三公”经费决算公开说明',
      `    2025年度“三公”经费财政拨款支出年初预算为60.00万元，支出决算为${whole}万元，完成预算的90.00%。`,
      '    三、分单位情况',
      '    2025年度，局本级“三公”经费财政拨款支出决算20.00万元，所属事业单位合计支出决算34.00万元。',
      '联系人：计划财务股  王××',
    ].join('\n');

  it('does not take the 局本级 决算 for the whole’s', () => {
    expect(errors(text('54.00'))).toEqual([]);
  });

  it('nor the 决算 of the units ranked first', () => {
    expect(
      errors(
        `${text('54.00')}\n    2025年“三公”经费决算数居前三位的单位合计预算40.00万元，决算36.00万元，占全局“三公”经费决算的66.67%。`,
      ),
    ).toEqual([]);
  });

  it('still holds a whole stated twice to one figure', () => {
    expect(errors(`${text('54.00')}\n    综上，2025年度“三公”经费财政拨款支出决算为55.00万元。`)).toEqual([
      '6 figure.restated 55.00万元',
    ]);
  });
});

describe('a budget split into 基本支出 and 项目支出, in the text and in a table whose 其中 rows print — (row-citations.ts, item-tables.ts)', () => {
  const text = [
    '    （一）预算安排及调整情况',
    '    2025年我局年初预算1862.40万元，其中基本支出1005.60万元、项目支出856.80万元。年中追加预算456.35万元，调整后全年预算2318.75万元。',
    '    （二）预算执行情况',
    '    2025年全年支出2254.18万元，预算执行率97.22%。其中：基本支出1026.37万元，占45.53%；项目支出1227.81万元，占54.47%。',
    '',
    '                          表1  2025年度部门预算执行情况表',
    '                                                              单位：万元',
    '  项  目                    年初预算    调整后预算    全年支出    执行率',
    '  一、基本支出              1,005.60      1,040.20    1,026.37    98.67%',
    '      其中：人员经费               —        870.40      862.15    99.05%',
    '            公用经费               —        169.80      164.22    96.71%',
    '  二、项目支出                856.80      1,278.55    1,227.81    96.03%',
    '  合    计                  1,862.40      2,318.75    2,254.18    97.22%',
    '',
    '                          表2  2025年度项目支出执行情况表',
    '                                                              单位：万元',
    '  项  目                    年初预算    全年支出    执行率',
    '  项目支出                    856.80    1,227.81   143.30%',
  ].join('\n');

  it('reads no dash as zero, nor one part’s figure as the other’s', () => {
    expect(errors(text)).toEqual([]);
  });

  it('still finds a part’s spending stated wrong', () => {
    expect(errors(text.replace('其中：基本支出1026.37万元', '其中：基本支出1062.37万元'))).toContain(
      '4 sum.parts 2290.18万元',
    );
  });
});

describe('a 一级’s weight and score in the 自评结论, and a fund’s 年末结转和结余 (self-eval-summary.ts, prose-balances.ts)', () => {
  it('does not take a level’s 自评得分 for the whole form’s', () => {
    const text = [
      '    四、自评结论',
      '    我局2025年度部门整体支出绩效自评情况为：投入指标分值20分，自评得分18.00分；过程指标分值30分，自评得分29.00分；产出指标分值50分，自评得分48.00分。',
      '部门整体支出绩效自评表',
      '一级指标\t二级指标\t分值\t得分',
      '投入\t预算编制\t20\t18.00',
      '过程\t预算执行\t30\t29.00',
      '产出\t产出数量\t50\t48.00',
      '总分\t\t100\t95.00',
    ].join('\n');
    expect(errors(text)).toEqual([]);
  });

  it('does not take 年末结转和结余 for the budget less the spending', () => {
    const text =
      '    政府性基金预算财政拨款收入1667.35万元，支出1641.75万元，年末结转和结余71.90万元。主要用于移民补助，年初预算为1620.00万元，支出决算为1641.75万元。';
    expect(errors(text)).toEqual([]);
  });
});

describe('a share of 基本支出 under a paragraph giving its 决算, its 年初预算 split in the paragraph above (prose-shares.ts)', () => {
  const text = (share: string) =>
    [
      '    2025年度，某区教育局年初预算13,000.00万元，其中基本支出10,000.00万元、项目支出3,000.00万元。',
      '    全年决算支出12,800.00万元。其中：基本支出决算10,400.00万元，占决算总额的81.25%；项目支出决算2,400.00万元，占决算总额的18.75%。',
      `    基本支出中，人员经费9,360.00万元，占基本支出的${share}%；公用经费1,040.00万元。`,
    ].join('\n');

  it('takes the whole from the 决算 named nearest', () => {
    expect(errors(text('90.00'))).toEqual([]);
  });

  it('finds a share not of it', () => {
    expect(errors(text('93.60'))).toEqual(['3 share.percent 93.60%']);
  });
});
