/**
 * Shapes of rounds 57–61 (units, names and figures made up; docs/checker.md "Sets IE–IS"): what the blind rounds
 * showed the checker misreading or not reading, each with the clean document that must give no error.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.found}`);

describe('a plain 项目支出决算表 in economic columns, its 项 under the 类 without the 款 (plain-subjects.ts)', () => {
  const text = (name: string) =>
    [
      '项目支出决算表',
      '单位：万元',
      '项目',
      '功能分类',
      '科目编码',
      '科目名称',
      '合计',
      '商品和服务支出',
      '对个人和家庭的补助',
      '合计',
      '600.00',
      '200.00',
      '400.00',
      '208',
      '社会保障和就业支出',
      '600.00',
      '200.00',
      '400.00',
      '2080202',
      '一般行政管理事务',
      '120.00',
      '120.00',
      '0.00',
      '2081002',
      '老年福利',
      '180.00',
      '0.00',
      '180.00',
      '2081901',
      '城市最低生活保障金支出',
      '150.00',
      '0.00',
      '150.00',
      '2082001',
      name,
      '150.00',
      '80.00',
      '70.00',
      '',
      '注：本表反映项目支出情况。',
    ].join('\n');
  it('judges each code’s name against the catalogue though the figures cannot be read', () => {
    expect(errors(text('临时救助支出'))).toEqual([]);
    expect(errors(text('流浪乞讨人员救助支出'))).toEqual(['34 table.code-name 2082001 流浪乞讨人员救助支出']);
  });
});

describe('scores and grades in two lists told 分别 (prose-grades.ts)', () => {
  const text = (grades: string) =>
    [
      '    同时，选取某局、某中心2个部门开展部门整体支出绩效评',
      `价，得分分别为91.20分、74.35分，评价等次分别为${grades}，评`,
      '价发现的问题已反馈部门限期整改。',
    ].join('\n');
  it('pairs the k-th grade with the k-th score', () => {
    expect(errors(text('“优”“中”'))).toEqual([]);
    expect(errors(text('“优”“良”'))).toEqual(['2 grade.score 良']);
  });
});

describe('a 得分表 with 得分率, plain a cell a line (score-rate-rows.ts)', () => {
  const text = (rate: string) =>
    [
      '表1 某县某局2031年度部门整体支出绩效评价得分表',
      '一级指标',
      '分值',
      '得分',
      '得分率',
      '二级指标',
      '分值',
      '得分',
      '部门决策',
      '20',
      '18.00',
      '90.00%',
      '目标设定',
      '8',
      '7.20',
      rate,
      '预算配置',
      '12',
      '10.80',
      '90.00%',
      '部门管理',
      '40',
      '36.40',
      '91.00%',
      '— 2 —',
      '资金管理',
      '25',
      '23.00',
      '92.00%',
      '预算执行',
      '15',
      '13.40',
      '89.33%',
    ].join('\n');
  it('judges each row’s 得分率 against its 得分 ÷ 分值', () => {
    expect(errors(text('90.00%'))).toEqual([]);
    expect(errors(text('92.00%'))).toEqual(['16 score.rate 92.00%']);
  });
});

describe('a 支出决算表 of 项 that each fill one column, its 合计 row the only full one (table-claims.ts)', () => {
  const text = (figure: string) =>
    [
      '              2031年度支出决算功能分类明细表',
      '                                                              单位：万元',
      '  科目编码         科目名称                     合计      基本支出     项目支出',
      '              合计                          4100.00      1300.00      2800.00',
      '  2130101  行政运行                          800.00       800.00',
      '  2130104  事业运行                          500.00       500.00',
      `  2130108  病虫害控制                        900.00                    ${figure}`,
      '  2130122  农业生产发展                     1500.00                   1500.00',
      '  2130199  其他农业农村支出                  400.00                    400.00',
    ].join('\n');
  it('judges each row’s 合计 against its one part', () => {
    expect(errors(text('900.00'))).toEqual([]);
    expect(errors(text('990.00'))).toContain('7 table.row-sum 900.00');
  });
});

describe('a change stated as a % with last year’s figure in brackets after it (prose-budget-gaps.ts)', () => {
  const text = (word: string) =>
    [
      '某市某局2031年度部门决算',
      '  2.公务用车购置及运行维护费支出18.30万元，全部为公务用车运行维护支出，主要',
      '用于执法巡查等所需的燃料费、维修费、过路过桥费、保险费等。',
      '  3.公务接待费支出11.16万元，均为国内公务接待支出，主要用于接待上级部门调研',
      '指导、兄弟地市交流考察等，共接待46批次、352人次，无外事接待。与2030年度相比，',
      `公务接待费支出${word}15.33%（2030年度为13.18万元）。`,
    ].join('\n');
  it('takes this year’s figure from the item’s outturn stated before', () => {
    expect(errors(text('下降'))).toEqual([]);
    expect(errors(text('增长'))).toEqual(['6 change.direction 增长']);
  });
});

describe('a 其中 list after a sentence naming the budget as a rate’s base (prose-totals.ts)', () => {
  const text = (share: string) =>
    [
      '某市某局2031年度“三公”经费决算情况说明',
      '2031年度“三公”经费财政拨款支出决算86.47万元，为年初预算',
      '98.00万元的88.23%，比年初预算减少11.53万元；比2030年度决',
      '算70.64万元增加15.83万元，增长22.41%。其中：因公出国（境）费',
      '4.86万元，占5.62%；公务用车购置及运行维护费64.13万元，占',
      `74.16%；公务接待费17.48万元，占${share}。`,
    ].join('\n');
  it('breaks down the outturn, not the budget the rate is of', () => {
    expect(errors(text('20.22%'))).toEqual([]);
    expect(errors(text('22.02%'))).toEqual(['6 share.percent 22.02%']);
  });
});

describe('a plain 三公 table, its 合计 first and its rows below, a header name over two cells (plain-records.ts)', () => {
  const text = (run: string) =>
    [
      '表1',
      '2031年度“三公”经费财政拨款决算情况表',
      '单位：万元',
      '项目',
      '2031年',
      '预算数',
      '2031年',
      '决算数',
      '2030年',
      '决算数',
      '决算比上年',
      '增减额',
      '决算比上年',
      '增减率',
      '合计',
      '96.00',
      '86.47',
      '70.64',
      '15.83',
      '22.41%',
      '1.因公出国（境）费',
      '6.00',
      '4.86',
      '5.32',
      '-0.46',
      '-8.65%',
      '2.公务用车购置及运行维护费',
      '70.00',
      '64.13',
      '41.27',
      '22.86',
      '55.39%',
      '其中：公务用车购置费',
      '28.00',
      '26.50',
      '0.00',
      '26.50',
      '—',
      '公务用车运行维护费',
      run,
      '37.63',
      '41.27',
      '-3.64',
      '-8.82%',
      '3.公务接待费',
      '20.00',
      '17.48',
      '24.05',
      '-6.57',
      '-27.32%',
      '注：增减额、增减率以2030年度决算数为基数计算。',
    ].join('\n');
  it('reads each row across and the car fees against their two parts', () => {
    expect(errors(text('42.00'))).toEqual([]);
    expect(errors(text('44.00'))).toContain('28 table.row-sum 70.00');
  });
});

describe('a plain 自评表 whose source rows print their money only, and its 执行率 told again below (plain-funds.ts, fund-rates-restated.ts)', () => {
  const text = (carried: string, rate: string) =>
    [
      '附件1',
      '项目支出绩效自评表',
      '（2031年度）',
      '项目名称',
      '某某公共卫生服务项目',
      '项目资金',
      '（万元）',
      '年初预算数',
      '全年预算数',
      '全年执行数',
      '分值',
      '执行率',
      '得分',
      '年度资金总额',
      '420.00',
      '395.00',
      '336.18',
      '10',
      '85.11%',
      '8.51',
      '其中：本年财政拨款',
      '380.00',
      '355.00',
      '300.18',
      '上年结转资金',
      '40.00',
      '40.00',
      carried,
      '其他资金',
      '0.00',
      '0.00',
      '0.00',
      '年度总体',
      '目标',
      '自评结论：某某公共卫生服务项目2031年度自评得分86.94分，自评等级为“良”。',
      `项目全年执行数336.18万元，执行率${rate}，结余资金58.82万元已按规定收回。`,
    ].join('\n');
  it('sums each source column to the total and holds the text’s rate to the form', () => {
    expect(errors(text('36.00', '85.11%'))).toEqual([]);
    expect(errors(text('38.00', '85.11%'))).toEqual(['17 table.total 338.18']);
    expect(errors(text('36.00', '81.15%'))).toEqual(['36 completion.percent 81.15%']);
  });
});

describe('a rate of monitored samples, and a rate said above the target after it (count-complements.ts, target-gaps.ts)', () => {
  const text = (rate: string) =>
    [
      '    （四）农产品质量安全。全年完成农产品质量安全例行监测样品2860批次，合格2823批',
      `次，监测合格率${rate}，高于98%的目标值。田间道路33.84公里，完成率94.00%，低于目标值6.00%。`,
    ].join('\n');
  it('holds the rate to the counts and to the side of the target it is said to be on', () => {
    expect(errors(text('98.71%'))).toEqual([]);
    expect(errors(text('97.81%'))).toEqual(['2 completion.percent 97.81%', '2 completion.target 高于']);
  });
});

describe('a count of qualified things before the list that names them (listed-counts.ts)', () => {
  const text = (count: string) =>
    `    纳入2031年度部门决算编制范围的单位共6个，包括局机关本级和所属${count}个二级预算单位，分别为：某某州农业技术推广中心、某某州动物疫病预防控制中心、某某州经济作物工作站、某某州农业机械化技术推广站、某某州农村合作经济经营管理站。`;
  it('counts the names listed', () => {
    expect(errors(text('5'))).toEqual([]);
    // (And 1 + 4 is not the 6 units the sentence opens with: unit-composition.ts.)
    expect(errors(text('4'))).toEqual(['1 count.enumeration 4个', '1 count.sum 6个']);
  });
});

describe('a project table whose header is typed with other spaces than its rows (table-model.ts)', () => {
  const text = (rate: string) =>
    [
      '                  表2  2031年度重点项目绩效自评情况表',
      '                                                                    单位：万元',
      '序号  项目名称                      主管部门              全年预算数     执行数      执行率   自评得分  等级',
      '  1   草原生态保护补助奖励资金              农牧和科技局               12,486.00   12,486.00    100.00%    96.50    优',
      '  2   高标准农田建设项目                 农牧和科技局                9,835.60    9,127.43     92.80%    91.20    优',
      '  3   城区集中供热管网改造工程              住房和城乡建设局              8,620.00    7,416.85     86.04%    84.60    良',
      '  4   城乡居民基本养老保险补助              人力资源和社会保障局            7,954.32    7,954.32    100.00%    97.80    优',
      '      合计                                             38,895.92   36,984.60     95.09%        —    —',
      '',
      `    从重点项目看，城区集中供热管网改造工程执行率${rate}，主要是部分支线管网改造受施工期限制。`,
    ].join('\n');
  it('names each column by the cells of its rows, in order', () => {
    expect(errors(text('86.04%'))).toEqual([]);
    expect(errors(text('88.04%'))).toEqual(['10 figure.text-table 88.04%']);
  });
});

describe('a note of grade bands whose first band is cut off by a line break (stated-grades.ts)', () => {
  const text = [
    '序号                 项目名称                   全年预算数  全年执行数    执行率  自评得分 等级',
    '  1   某县2031年农村供水工程维修养护项目          286.00      271.40    94.90%     96.82  优',
    '  2   某县小型水库安全运行管护项目                138.50      138.50   100.00%     98.84  优',
    '  3   某河某段中小河流治理工程                  1,650.00    1,389.22    84.20%     84.69  良',
    '',
    '        注：自评得分由预算执行率得分（10分）和绩效指标得分（90分）组成；等级划分：90分（含）',
    '      以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。',
  ].join('\n');
  it('takes no scheme whose top band has a ceiling', () => {
    expect(errors(text)).toEqual([]);
  });
});

describe('a 执行情况表 with a column of project counts (rate-tables.ts)', () => {
  const text = (count: string) =>
    [
      '             表1  2031年度项目支出绩效自评资金分类情况',
      '                                                         单位：个、万元',
      ' 资金类别                    项目个数      全年预算数        执行数         执行率',
      ` 一般公共预算资金                  392      158,936.84     151,273.59    95.18%`,
      ` 政府性基金预算资金                  ${count}       25,987.06      23,118.42    88.96%`,
      ' 国有资本经营预算资金                  4        1,528.47       1,402.65    91.77%',
      ' 合计                        437      186,452.37     175,794.66    94.28%',
    ].join('\n');
  it('sums the counts to the 合计 row as the amounts', () => {
    expect(errors(text('41'))).toEqual([]);
    expect(errors(text('47'))).toEqual(['7 sum.parts 437']);
  });
});

describe('a plain 预算执行 block whose source rows print their money and their 执行率 (plain-funds.ts)', () => {
  const text = (rate: string) =>
    [
      '年度',
      '预算',
      '执行',
      '情况',
      '（万元）',
      '年初预算数',
      '全年预算数',
      '全年执行数',
      '分值',
      '执行率',
      '得分',
      '年度资金总额',
      '1,060.00',
      '1,262.21',
      '1,168.40',
      '10',
      '92.57%',
      '9.26',
      '其中：财政拨款',
      '910.00',
      '1,074.96',
      '1,006.62',
      '93.64%',
      '其他资金',
      '150.00',
      '187.25',
      '161.78',
      rate,
      '年度',
      '总体',
      '目标',
    ].join('\n');
  it('judges each source’s 执行率', () => {
    expect(errors(text('86.40%'))).toEqual([]);
    expect(errors(text('84.60%'))).toEqual(['28 completion.percent 84.60%']);
  });
});

describe('a plain numbered list of one amount a row, its 合计 last (plain-records.ts)', () => {
  const text = (amount: string) =>
    [
      '金额单位：万元',
      '部门（单位）名称',
      '某市交通运输局',
      '年度',
      '主要',
      '任务',
      '序号',
      '任务名称',
      '对应项目',
      '预算数',
      '1',
      '农村公路养护',
      '农村公路养护工程补助',
      '1,986.40',
      '2',
      '农村公路新改建',
      '新改建农村公路建设配套资金',
      amount,
      '3',
      '城乡公交与运输安全',
      '城乡公交运营补贴',
      '道路运输安全监管',
      '1,223.40',
      '合计',
      '4,861.80',
      '年度',
      '预算',
    ].join('\n');
  it('sums the amounts to the 合计', () => {
    expect(errors(text('1,652.00'))).toEqual([]);
    expect(errors(text('1,625.00'))).toEqual(['25 table.total 4,861.80']);
  });
});

describe('a plain 支出决算表 whose column heads come before its code and name heads (plain-subjects.ts)', () => {
  const text = (total: string) =>
    [
      '支出决算表',
      '单位：万元',
      '项目',
      '本年支出合计',
      '基本支出',
      '项目支出',
      '功能分类',
      '科目编码',
      '科目名称',
      '合计',
      '1,354.78',
      '695.70',
      '659.08',
      '205',
      '教育支出',
      '1,168.51',
      '509.43',
      '659.08',
      '20501',
      '教育管理事务',
      '1,168.51',
      '509.43',
      '659.08',
      '2050101',
      '行政运行',
      '212.35',
      '212.35',
      '2050199',
      '其他教育管理事务支出',
      total,
      '297.08',
      '659.08',
      '208',
      '社会保障和就业支出',
      '186.27',
      '186.27',
      '注：本表反映部门本年度各项支出情况。',
    ].join('\n');
  it('reads the rows under the heads above', () => {
    expect(errors(text('956.16'))).toEqual([]);
    expect(errors(text('965.16'))).toContain('30 table.row-sum 965.16');
  });
});

describe('a 评分说明 stating a rate of deduction, not a deduction (table-rules.ts)', () => {
  const text = (score: string) =>
    [
      '                      表5  部门整体支出绩效评价二级指标得分表',
      '  一级指标  二级指标              分值    得分    评分说明',
      '  部门决策  目标设定                 5    4.50    部分绩效指标未细化量化，扣0.50分',
      '            预算编制                10    9.00    个别项目预算测算依据不充分，扣1.00分',
      '              小计                  15   13.50',
      `  部门管理  预算调整                 3    ${score}    调整幅度18.15%，超过10%的部分每1个百分点扣0.2分`,
      '            财务管理                 6    5.00    财务管理规范',
      '              小计                   9    6.37',
      '              合计                  24   19.87',
    ].join('\n');
  it('does not take the rate for the deduction made', () => {
    expect(errors(text('1.37'))).toEqual([]);
  });
});

describe('a quantity against last year’s, stated as a % (prose-budget-gaps.ts)', () => {
  const text = (word: string) =>
    `某市2031年度绩效评价报告\n    该指标分值25分，得分22.02分。2031年全市接待游客1,286.45万人次，较上年1,152.30万人次${word}11.64%；实现旅游总收入158.37亿元，较上年142.86亿元增长10.86%。`;
  it('holds the word to the two figures', () => {
    expect(errors(text('增长'))).toEqual([]);
    expect(errors(text('下降'))).toEqual(['2 change.direction 下降']);
  });
});

describe('a part of a table’s row named after the row (row-citations.ts)', () => {
  const text = (rate: string) =>
    [
      '                        表3  重点项目1—6月绩效运行监控汇总表',
      '序号   项目名称                          主管部门                   年度预算     1—6月执行     执行率',
      ' 1   义务教育学校校舍维修改造项目                区教委                4,865.30   1,661.28   34.15',
      ' 2   公共文化服务体系运行补助                  区文化旅游委             1,182.60     392.12   33.16',
      ' 3   城乡困难群众基本生活救助                  区民政局               3,925.00   2,118.75   53.98',
      '',
      `        黄色预警项目中，公共文化服务体系运行补助项目中“送文化下乡”惠民演出补贴年度预算12.60万元，1—6月支出6.29万元，执行率${rate}，进度基本正常。`,
    ].join('\n');
  it('does not hold the part’s rate to the row’s', () => {
    expect(errors(text('49.92%'))).toEqual([]);
  });
});

describe('an average per person in 元 beside an average per batch in 万元 (prose-units.ts)', () => {
  const text = (batch: string) =>
    [
      '    （三）公务接待费',
      '    2031 年度公务接待费决算支出 5.66 万元，完成预算的 70.75%，比上年减少 1.28 万元，',
      `下降 18.44%。全年共接待国内公务 41 批次、356 人次，批均接待费用 ${batch}，人均接待费`,
      '用 158.99 元；未发生外事接待。',
    ].join('\n');
  it('does not take the per-person 元 for 万元', () => {
    expect(errors(text('0.14 万元'))).toEqual([]);
  });
});

describe('a plain 项目资金 block: header, then its row labels, then the figures row by row (plain-funds.ts)', () => {
  const text = (opening: string) =>
    [
      '项目资金',
      '（万元）',
      '年初预算数',
      '全年预算数',
      '全年执行数',
      '分值',
      '执行率',
      '得分',
      '年度资金总额',
      '其中：当年财政拨款',
      '上年结转资金',
      '其他资金',
      opening,
      '925.40',
      '893.16',
      '10',
      '96.52%',
      '9.65',
      '780.00',
      '845.40',
      '813.16',
      '—',
      '96.19%',
      '—',
      '80.00',
      '80.00',
      '80.00',
      '—',
      '100.00%',
      '—',
      '0.00',
      '0.00',
      '0.00',
      '—',
      '—',
      '—',
      '年度',
      '总体',
      '目标',
    ].join('\n');
  it('sums each source column to the 资金总额', () => {
    expect(errors(text('860.00'))).toEqual([]);
    expect(errors(text('880.00'))).toEqual(['13 table.total 860.00']);
  });
});

describe('a plain 三公 table with its 预算数 / 决算数 pair printed once over the six items (plain-fees.ts)', () => {
  const text = (rate: string) =>
    [
      '财政拨款“三公”经费支出决算表',
      '单位：万元',
      '合计',
      '因公出国（境）费',
      '公务用车购置及运行维护费',
      '小计',
      '公务用车购置费',
      '公务用车运行维护费',
      '公务接待费',
      '预算数',
      '决算数',
      '119.00',
      '108.65',
      '18.00',
      '15.62',
      '80.00',
      '75.55',
      '28.00',
      '26.80',
      '52.00',
      '48.75',
      '21.00',
      '17.48',
      '',
      '    2031年度“三公”经费财政拨款支出决算108.65万元，完成预算的91.30%，其中：因公出国（境）费决算为15.62万元，完成预算的86.78%；公务用车购置及运行维护费支出决算为75.55万元，完成预算的94.44%；公务接待',
      `费支出决算为17.48万元，完成预算的${rate}。`,
    ].join('\n');
  it('holds each item’s rate to its 预算数 in the table', () => {
    expect(errors(text('83.24%'))).toEqual([]);
    expect(errors(text('88.24%'))).toEqual(['26 completion.percent 88.24%']);
  });
});

describe('a total of the amounts the sentence before lists, told 以上合计 (named-part-sums.ts)', () => {
  const text = (middle: string) =>
    `    （一）与预算安排挂钩。对自评等级为“优”的298个项目，在2032年预算安排中予以优先保障；对等级为“中”的23个项目，按不低于10%的比例压减2032年预算，共压减资金${middle}万元；对等级为“差”的4个项目，取消或大幅压减2032年预算，共压减资金582.30万元。以上合计压减资金1,818.70万元，统筹用于重点民生领域。`;
  it('sums the items to the total', () => {
    expect(errors(text('1,236.40'))).toEqual([]);
    expect(errors(text('1,263.40'))).toEqual(['1 sum.parts 1818.70万元']);
  });
});

describe('a 收入支出决算总表 in two halves with 行次, the right half’s numbers pushed past its header (table-model.ts)', () => {
  const text = (total: string) =>
    [
      '                          收入支出决算总表',
      '                                                                  公开01表',
      '部门：某市民政局                                                单位：万元',
      '              收入                                        支出',
      '      项目                  行次   决算数          项目                  行次   决算数',
      '      栏次                             1          栏次                             2',
      '一、一般公共预算财政拨款收入        1   4,812.56   一、一般公共服务支出               28',
      '二、政府性基金预算财政拨款收入      2     386.50   二、外交支出                       29',
      '三、国有资本经营预算财政拨款收入    3              三、国防支出                       30',
      '四、上级补助收入                    4              四、公共安全支出                   31',
      '五、事业收入                        5     215.80   五、教育支出                       32',
      '六、经营收入                        6              六、科学技术支出                   33',
      '七、附属单位上缴收入                7              七、文化旅游体育与传媒支出         34',
      '八、其他收入                        8      23.64   八、社会保障和就业支出             35   4,973.64',
      '                                                   九、卫生健康支出                   36      45.74',
      '                                                   十、节能环保支出                   37',
      '                                                   十一、住房保障支出                 38      62.93',
      '                                                   十二、其他支出                     39     392.60',
      `     本年收入合计                  24   5,438.50        本年支出合计                  51   ${total}`,
      '使用非财政拨款结余                 25              结余分配                           52',
      '年初结转和结余                     26     129.35   年末结转和结余                     53      92.94',
      '          总计                     27   5,567.85             总计                     54   5,567.85',
    ].join('\n');
  it('leaves the 行次 numbers out of the sums', () => {
    expect(errors(text('5,474.91'))).toEqual([]);
    expect(errors(text('5,484.91'))).toContain('19 table.total 5,484.91');
  });
});

describe('a 其中 list whose parts name which amount before they break down (prose-totals.ts)', () => {
  const text = (share: string) =>
    [
      '  自评工作总结',
      '    本次自评共涉及项目3个，年初预算资金1666.00万元，全年预算资金1768.50万元，',
      '全年执行1611.34万元，预算执行率91.11%。其中：高标准农田建设项目全年预算',
      `1380.00万元，占${share}。`,
    ].join('\n');
  it('takes the 全年预算 as the whole, not the last amount', () => {
    expect(errors(text('78.03%'))).toEqual([]);
    expect(errors(text('73.08%'))).toEqual(['4 share.percent 73.08%']);
  });
});

describe('a 绩效管理 总结 whose title is centred over its text, reporting the 自评 of the year before (layout.ts, context.ts, prose-years.ts)', () => {
  const text = (table: string) =>
    [
      '',
      '                         某市财政局',
      '          关于2031年度市级预算绩效管理工作情况的总结',
      '',
      '    2031年，市财政局深入贯彻落实党中央、国务院关于全面实施预算',
      '绩效管理的决策部署和省委、省政府工作要求，坚持“花钱必问效、无',
      '效必问责”，推动预算和绩效管理一体化，市级预算绩效管理提质增效。现',
      '将有关情况总结如下。',
      '    全年市级共完成事前绩效评估项目36个，根据评价结果压减2032年度预算1,437.03',
      '万元，对申请纳入2032年度预算的项目开展事前评估，随2032年度部门预算编制同步审',
      '核项目绩效目标1,284个。对参与2031年度财政重点评价的6家第三方机构开展了考核。',
      '',
      '附表1',
      '',
      `                          ${table}`,
      '',
      '                                                                            单位：个、万元',
    ].join('\n');
  it('takes the title’s year, and a 自评 table of the year before as such', () => {
    expect(errors(text('2030年度市级项目支出绩效自评结果统计表'))).toEqual([]);
    expect(errors(text('2029年度市级项目支出绩效自评结果统计表'))).toEqual(['15 year.heading 2029年度']);
  });
});

describe('a 自评表’s 总分 told again in the report under it (total-restated.ts)', () => {
  const form = (total: string) => [
    '项目支出绩效自评表',
    '满意度指标',
    '服务对象满意度指标',
    '学生及家长满意度',
    '≥90%',
    '94.6%',
    '10',
    '10',
    '总分',
    '100',
    total,
    '自评等级',
    '优',
  ];
  const report = (stated: string) => [
    '四、自评结论',
    `    根据项目支出绩效自评表，该项目预算执行得分9.65分，产出指标得分48分，效益指标得分29.92分，满意度指标得分10分，自评总得分${stated}分，自评等级为“优”。`,
  ];
  it('holds the text’s total to the form’s', () => {
    expect(errors([...form('97.57'), ...report('97.57')].join('\n'))).toEqual([]);
    expect(errors([...form('98.57'), ...report('97.57')].join('\n'))).toContain(
      '15 figure.text-table 97.57分',
    );
  });
  it('does not take the scale told for the score', () => {
    const text = [
      ...form('96.94'),
      '    根据项目支出绩效自评有关规定，本项目自评总分100分，其中预算执行率10分，产出指标50分，效益指标30分，满意度指标10分。',
    ].join('\n');
    expect(errors(text)).toEqual([]);
  });
  it('leaves the forms-first documents alone: several totals after the last form', () => {
    const text = [
      ...form('97.57'),
      ...form('91.20'),
      '二、自评结论',
      '    （一）甲项目。自评得分97.57分，等级为“优”。',
      '    （二）乙项目。自评得分91.20分，等级为“优”。',
    ].join('\n');
    expect(errors(text)).toEqual([]);
  });
});

describe('a 其中 after the whole’s items named as examples (…等) (prose-totals.ts)', () => {
  const text = (tail: string) =>
    [
      '六、一般公共预算财政拨款基本支出决算情况说明',
      '一般公共预算财政拨款基本支出3,337.44万元。其中：人员经费',
      '2,924.81万元，主要包括：基本工资、津贴补贴、绩效工资、机关事',
      '业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、',
      '住房公积金、退休费；公用经费412.63万元，主要包括：办公费、水',
      tail,
      '运行维护费12.98万元。',
    ].join('\n');
  it('does not sum the examples to the whole', () => {
    expect(errors(text('费、电费、邮电费等，其中公务接待费2.38万元、公务用车'))).toEqual([]);
  });
});

describe('an item’s change against last year’s figure, its outturn told in the paragraph before (prose-budget-gaps.ts)', () => {
  const text = (word: string) =>
    [
      '某市某局2031年度部门整体支出绩效评价报告',
      '（三）部门预算及执行情况',
      '2031年年初预算12,649.15万元，年中调整后预算14,584.13万元。全年决算支出13,415.25万元，预算执行率91.99%。其中：基本支出3,730.73万元，占决算支出的27.81%；项目支出9,684.52万元，占决算支出的72.19%。',
      '',
      '',
      `与上年相比，2031年决算支出较2030年的12,873.64万元增加541.61万元，增长4.21%。其中基本支出较上年3,602.18万元增长3.57%，项目支出较上年9,271.46万元${word}4.46%。`,
    ].join('\n');
  it('holds the word and the % to the two figures', () => {
    expect(errors(text('增长'))).toEqual([]);
    expect(errors(text('下降'))).toEqual(['6 change.direction 下降']);
  });
});
