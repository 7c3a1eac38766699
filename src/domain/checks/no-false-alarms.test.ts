/**
 * Shapes of correct documents that once gave false errors (names and figures made up; each must give none),
 * with the wrong variant each reading must still catch.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

/** A 支出决算表 whose 21011 row pdftotext set with other gaps than its neighbours: its figures' columns are not told. */
const SPREAD_ROW = `                                   支出决算表
部门：青岫县卫生健康局                            公开03表                       金额单位：万元
科目编码            科目名称          本年支出合计 基本支出 项目支出 上缴上级支出 经营支出 对附属单位补助支出
     208 社会保障和就业支出                 236.21 236.21
   20805 行政事业单位养老支出                236.21 236.21
 2080505 机关事业单位基本养老保险缴费支出          168.72 168.72
 2080506 机关事业单位职业年金缴费支出             67.49    67.49
     210 卫生健康支出                  4,486.43 1,477.10 3,009.33
   21001 卫生健康管理事务                  618.95 486.35 132.60
 2100101 行政运行                      486.35 486.35
 2100199 其他卫生健康管理事务支出              132.60            132.60
   21004 公共卫生                    3,345.75 895.92 2,449.83
 2100401 疾病预防控制机构                  866.53 657.78 208.75
 2100402 卫生监督机构                    274.34 238.14      36.20
 2100408 基本公共卫生服务                1,865.42          1,865.42
 2100409 重大公共卫生服务                  339.46            339.46
   21007 计划生育事务                    426.90            426.90
 2100717 计划生育服务                    426.90            426.90
   21011 行政事业单位医疗                   94.83    94.83
 2101101 行政单位医疗                     41.56    41.56
 2101102 事业单位医疗                     53.27    53.27
     221 住房保障支出                    125.43 125.43
   22102 住房改革支出                    125.43 125.43
 2210201 住房公积金                     125.43 125.43

                                      第 4页

合计                   4,848.07 1,838.74 3,009.33
注：本表反映部门本年度各项支出情况。`;

describe('a 科目 table with a row whose figures are not placed', () => {
  it('sums no parent of that row (its 基本支出 is not left out of 210’s sum)', () => {
    expect(errors(SPREAD_ROW)).toEqual([]);
  });

  it('still sums the parents whose rows are all placed', () => {
    const wrong = SPREAD_ROW.replace('3,345.75 895.92 2,449.83', '3,345.75 895.92 2,459.83');
    expect(errors(wrong)).toContain('table.row-sum 3355.75 3,345.75');
  });
});

describe('a 其中 list after an amount and a budget', () => {
  const text = (second: string) =>
    `青岚市档案馆2024年度部门决算\n    一般公共预算财政拨款支出1,210.40万元，年初预算1,236.00万元，完成年初预算的97.93%。其中：档案事务（款）行政运行（项）702.16万元，完成年初预算的101.04%；档案馆（项）${second}万元，完成年初预算的90.12%。`;

  it('is not summed against the budget (the list may be of either, or of the 项 explained)', () => {
    expect(errors(text('248.40'))).toEqual([]);
  });
});

describe('“按元折算为万元”', () => {
  it('is a conversion of units, not a figure left out', () => {
    const text = `青岚市档案馆2024年度部门决算\n    （分项数据按元折算为万元后四舍五入，与合计数存在尾差。）\n    本年支出合计为万元。`;
    expect(errors(text)).toEqual(['number.missing 一个数字 为万元']);
  });
});

describe('a note naming the unit the text uses', () => {
  it('is no figure left out; an amount left out after it still is', () => {
    expect(errors('    注：本说明金额单位除注明外均为万元；合计数与分项之和可能有尾差。')).toEqual([]);
    expect(errors('    注：以下数据计量口径均为万元，基本支出合计为万元。')).toEqual([
      'number.missing 一个数字 为万元',
    ]);
  });
});

describe('a 科目 table read from its middle', () => {
  // Its head (the 类 above) on the page before and not joined: the 合计 is of 类 not all here.
  const tail = [
    ' 2100717 计划生育服务                 426.90   426.90',
    '   21011 行政事业单位医疗                94.83    94.83',
    ' 2101101 行政单位医疗                  41.56    41.56',
    ' 2101102 事业单位医疗                  53.27    53.27',
    '     221 住房保障支出                 125.43   121.83     3.60',
    '   22102 住房改革支出                 125.43   121.83     3.60',
    ' 2210201 住房公积金                  125.43   121.83     3.60',
    '合计                            4,932.65 4,861.35    48.90',
  ].join('\n');

  it('does not sum its 合计 against the 类 it holds', () => {
    expect(errors(tail)).toEqual([]);
  });
});

/** A 收入支出决算总表 with 行次 columns whose numbers pdftotext set a few places right of their header. */
const WITH_ROW_NUMBERS = `                             表一 收入支出决算总表
编制单位：澜溪县图书馆                               2024年度                                  单位：万元
                        收入                                         支出
                   项目        行次        金额                     项目        行次        金额
一、一般公共预算财政拨款收入                     1     776.40 一、文化旅游体育与传媒支出                21     666.86
二、政府性基金预算财政拨款收入                    2            二、社会保障和就业支出                  22      73.05
三、国有资本经营预算财政拨款收入                   3            三、卫生健康支出                     23      24.36
四、上级补助收入                           4            四、住房保障支出                     24      35.72
五、事业收入                             5      20.44
六、经营收入                             6       9.35
七、附属单位上缴收入                         7
八、其他收入                             8       6.20
本年收入合计                             9     812.39 本年支出合计                       25     799.99
使用非财政拨款结余                         10            结余分配                         26
年初结转和结余                           11      11.70 年末结转和结余                      27      24.10
总计                                12     824.09 总计                           28     824.09`;

describe('a 总表 with 行次 columns', () => {
  it('does not read the row numbers as amounts', () => {
    expect(errors(WITH_ROW_NUMBERS)).toEqual([]);
  });

  it('still sums its amounts', () => {
    const wrong = WITH_ROW_NUMBERS.replace('9     812.39', '9     822.39');
    expect(errors(wrong)).toContain('table.total 812.39 822.39');
  });
});

describe('a 其中 list after two totals', () => {
  it('is not summed against either (it lists both sides’ parts)', () => {
    const text = `青岚市图书馆2024年度部门决算\n    2024年度财政拨款收入总计640.00万元、支出总计640.00万元。其中：年初财政拨款结转和结余12.00万元，本年财政拨款收入628.00万元，本年财政拨款支出610.00万元，年末财政拨款结转和结余30.00万元。`;
    expect(errors(text)).toEqual([]);
  });
});

// Found on helper P's probes at first sight (a 乡镇 部门决算 in 元, a 三公 notice with its table first).
describe('a budget inside “完成预算X元的P%” before a change', () => {
  it('is not taken as this year’s figure of the change', () => {
    const text = (pct: string) =>
      `青岚镇2024年度部门决算\n    2024年度财政拨款“三公”经费支出52,800.00元，完成预算60,000.00元的88.00%，比2023年度减少4,200.00元，下降${pct}%。`;
    // 4,200.00 ÷ (52,800.00 + 4,200.00) = 7.37%.
    expect(errors(text('7.37'))).toEqual([]);
    expect(errors(text('6.37'))).toEqual(['change.percent 7.37% 6.37%']);
  });
});

describe('a year stating a fact, not a figure, before a comparison', () => {
  const text = (compared: string) =>
    `青岚市林业局2024年度“三公”经费决算说明\n    其中：公务用车购置费25.00万元，完成预算的96.15%，2023年度未购置，本年更新购置执法执勤用车1辆；公务用车运行维护费28.00万元，比${compared}年度减少2.00万元，下降6.67%。`;

  it('is not the subject compared with itself', () => {
    expect(errors(text('2023'))).toEqual([]);
  });

  it('does not excuse a comparison with a year before last', () => {
    expect(errors(text('2022'))).toEqual(['year.mismatch 2023年 2022年']);
  });
});

// Found on helper R's probes at first sight (a 监控 report, a typed near-miss text).
describe('a figure followed by 中 after 其中', () => {
  it('opens a statement about a subset, not a list of parts of the figure before', () => {
    const text = `青岚县水务局2024年度绩效运行监控报告\n    5个项目共设置三级指标30个，预计年底能够完成的28个，存在完成风险的2个，均为数量指标。其中供水管网工程3个数量指标中，预计能完成2个，管网预计完成9.5公里。`;
    expect(errors(text)).toEqual([]);
  });
});

describe('an amount restated in another unit inside a 其中 list', () => {
  it('is one part, not two', () => {
    const text = (part: string) =>
      `青岚县文化馆2024年度单位决算说明\n    本年支出合计1,862,400.00元，折合186.24万元；其中项目支出${part}元，约93.12万元，基本支出931,200.00元，约93.12万元。`;
    expect(errors(text('931,200.00'))).toEqual([]);
    expect(errors(text('941,200.00')).map((e) => e.split(' ')[0])).toEqual(['sum.parts']);
  });
});

// Found on set T at first sight: a province's 一般公共预算 table printing its budgets before the 决算 columns.
describe('a 一般公共预算财政拨款支出决算表 with 年初预算数 and 全年预算数 before its 决算 columns', () => {
  const text = `                             一般公共预算财政拨款支出决算表
                                                                                  公开05表     单位：万元
                项目                                                       决算数
功能分类科目编              科目名称     年初预算数         全年预算数         合计            基本支出              项目支出
   码
                      合计           1,210.00      1,262.40    1,248.30         846.10            402.20
208       社会保障和就业支出                  150.00        156.20      156.20         156.20              0.00
20805     行政事业单位养老支出                 150.00        156.20      156.20         156.20              0.00
2080505   机关事业单位基本养老保险缴费支出           150.00        156.20      156.20         156.20              0.00
213       农林水支出                    1,060.00      1,106.20    1,092.10         689.90            402.20
21303     水利                       1,060.00      1,106.20    1,092.10         689.90            402.20
2130301   行政运行                       689.90        689.90      689.90         689.90              0.00
2130306   水利工程运行与维护                  370.10        416.30      402.20           0.00            402.20

    2025年度一般公共预算财政拨款支出1,248.30万元，主要用于以下方面：社会保障和就业支出（类）156.20万元，占12.51%；农林水支出（类）1,092.10万元，占87.49%。
`;
  it('holds the text to the 决算 合计, not to the first figure of the row', () => {
    expect(errors(text)).toEqual([]);
    const wrong = text.replace('农林水支出（类）1,092.10万元', '农林水支出（类）1,029.10万元');
    expect(errors(wrong)).toContain('figure.text-table 1092.10万元 1029.10万元');
  });
});

// Found on set U at first sight.
describe('a 三公 table whose row pdftotext glued two cells of ("31.57-3.35")', () => {
  const table = (run: string) => `                  2025年度“三公”经费财政拨款支出决算表
                                                                   单位：万元
         项目         预算数       决算数      增减额             增减率        上年决算数
合计                    52.40    41.60    -4.10            -8.97%      45.70
1.因公出国（境）费             6.00     4.20        -0.80        -16.00%       5.00
2.公务用车购置及运行费          38.00    31.10    -2.40            -7.16%      33.50
其中：公务用车购置费             0.00     0.00     0.00                 —       0.00

公务用车运行费               38.00    ${run}          -7.16%            33.50
3.公务接待费                 8.40     6.30 -0.90          -12.50%            7.20
`;
  it('leaves the car line unjudged rather than taking the lost figures for 0', () => {
    expect(errors(table('31.10-2.40'))).toEqual([]);
  });
  it('still judges the car line when the row reads', () => {
    expect(errors(table('32.10     -2.40'))).toContain('table.row-sum 32.10 31.10');
  });
});

describe('a grade by bands the sentence states itself', () => {
  it('is not held to the configured bands', () => {
    expect(
      errors('    某地区采用80/70/60分等级标准，该项目得分78.00分，等级为“良”（70分至80分以下）。'),
    ).toEqual([]);
    expect(errors('    按70分（含）至80分为良的标准，该项目得分78.00分，等级为“良”。')).toEqual([]);
  });
  it('is held to them when the sentence states the configured bands or none', () => {
    expect(errors('    该项目得分78.00分，等级为“良”。')).toEqual(['grade.score 中 良']);
    expect(errors('    按80分（含）至90分为良的标准，该项目得分78.00分，等级为“良”。')).toEqual([
      'grade.score 中 良',
    ]);
  });
});

describe('a part’s share without its base after the whole’s share that names one', () => {
  const text = (share: string) =>
    `    2025年度，本部门政府采购支出总额608.22万元，授予中小企业合同金额518.74万元，占政府采购支出总额的85.29%；其中授予小微企业合同金额390.26万元，占${share}%。`;
  it('is not judged against the whole before 其中: it may be of the base named before', () => {
    expect(errors(text('64.16'))).toEqual([]);
  });
  it('is still judged when it names its base, or when nothing names one', () => {
    expect(errors(text('授予中小企业合同金额的64.16'))).toEqual(['share.percent 75.23% 64.16%']);
    const unnamed = text('64.16').replace('占政府采购支出总额的85.29%；', '');
    expect(errors(unnamed)).toEqual(['share.percent 75.23% 64.16%']);
  });
});

describe("the document's year from its title", () => {
  // A 汇总报告 on 2031's projects that plans 2032's budgets as often as it names 2031 in its text.
  const text = [
    '某省财政厅关于2031年度省级重点项目绩效评价结果的汇总报告',
    '省政府：',
    '    我厅对2031年度8个省级重点项目开展了重点绩效评价，现将结果报告如下。',
    '    评价资金较上年减少120.00万元，与2030年度相比下降3.00%。',
    '    对评价等级为优的项目，在编制2032年度预算时予以优先保障；对等级为差的项目，压减2032年度预算。',
    '    请有关部门于2032年6月底前报送整改情况。',
  ].join('\n');
  it('is the title year, not the next year the text plans', () => {
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('与2030年度相比', '与2029年度相比'))).toEqual(['year.mismatch 2030年 2029年']);
  });
});

describe('one figure counting for several items ("A、B、C各1个")', () => {
  const text = (school: number) =>
    `    纳入本部门决算编制范围的单位共${school + 4}个，其中：局机关1个，所属学校${school}个，培训中心、装备中心、活动中心各1个。`;
  it('is not summed as one part', () => {
    expect(errors(text(21))).toEqual([]);
  });
  it('leaves a list without 各 judged', () => {
    expect(errors('    单位共26个，其中：局机关1个，所属学校21个，培训中心1个。')).toEqual([
      'sum.parts 26个 23个',
    ]);
  });
});

describe('a 其中 list that ends at a ；, its parts adding up within rounding', () => {
  const text = (goods: string) =>
    `    政府采购支出总额276.17万元，其中货物${goods}万元、工程54.17万元、服务195.12万元；授予中小企业合同金额261.59万元，占政府采购支出总额的94.72%。`;
  it('is not summed with the amount after the ；', () => {
    expect(errors(text('26.89'))).toEqual([]);
  });
  it('is still summed when its parts before the ；are off beyond rounding', () => {
    expect(errors(text('28.89'))).toEqual(['sum.parts 276.17万元 539.77万元']);
  });
});

describe('a table header naming a rate column', () => {
  it('is no sentence lacking its figure', () => {
    expect(errors('项目\n预算数 决算数 完成预算% 2024 年决算数 比上年增减%\n合计')).toEqual([]);
    expect(errors('    “三公”经费决算数12.00万元，完成预算的%，比上年下降5.00%。')).toEqual([
      'number.missing 一个数字 完成预算的%',
    ]);
  });
});

describe('a 科目 name LibreOffice centred around its row (first line above, last below)', () => {
  const table = (child: string) =>
    [
      '                         政府性基金预算财政拨款支出决算表',
      '                                                               单位：万元',
      '功能分类科目编码   科目名称                        本年支出',
      '212        城乡社区支出                            900.00',
      '           国有土地使用权出让收入安排的支',
      `21208                                              ${child}`,
      '           出',
      '2120801    征地和拆迁补偿支出                      300.00',
      '2120803    城市建设支出                            500.00',
      '21213      城市基础设施配套费安排的支出            100.00',
      '2121301    城市公共设施                            100.00',
    ].join('\n');
  it('is read as the row’s name: the 类 adds up', () => {
    expect(errors(table('800.00'))).toEqual([]);
  });
  it('still finds a wrong 款', () => {
    expect(errors(table('850.00'))).toContain('table.code-sum 800.00 850.00');
  });
});
