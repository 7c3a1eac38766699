/**
 * Shapes of rounds 53–56 (units, names and figures made up; docs/checker.md "Sets HS–ID"): what the blind rounds
 * showed the checker misreading or not reading, each with the clean document that must give no error.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.found}`);

describe('a breakdown after a change whose base is named after its subject (prose-totals.ts)', () => {
  const text = (basic: string) =>
    [
      '  （二）支出情况',
      '    2031 年度部门年初支出预算 5120.00 万元，调整后支出预算 8000.00 万元，全年支',
      '出决算 7650.00 万元，预算执行率 95.63%。支出决算比 2030 年度的 7100.00 万元增加',
      '550.00 万元，增长 7.75%，主要是补助标准提高。按支出性质分：',
      `    1．基本支出。调整预算 2050.00 万元，决算 ${basic} 万元，占支出决算总额的 26.14%。`,
      '    2．项目支出。调整预算 5950.00 万元，决算 5650.00 万元，占支出决算总额的 73.86%。',
    ].join('\n');
  it('sums the parts to the year’s outturn, not to last year’s figure compared with', () => {
    expect(errors(text('2,000.00'))).toEqual([]);
    expect(errors(text('2,100.00'))).toContain('5 share.percent 26.14%');
  });
});

/** Display width as an editor counts it: Chinese two columns, quotes and dashes one. */
const width = (s: string) =>
  [...s].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
/** Cells placed at display columns: [text, column, right-aligned?]. */
const typed = (cells: [string, number, boolean?][]) =>
  cells.reduce((line, [text, at, right]) => {
    const from = right ? at - width(text) : at;
    return line + ' '.repeat(Math.max(1, from - width(line))) + text;
  }, '');

describe('a 评分表 typed by display width, its 扣分原因 sentences wrapped, a name in quotes (layout.ts, table-model.ts)', () => {
  const row = (a: string, b: string, c: string, w: string, s: string, why = '') =>
    typed([
      [a, 2],
      [b, 10],
      [c, 22],
      [w, 54, true],
      [s, 62, true],
      [why, 65],
    ]).replace(/\s+$/, '');
  const text = (fixedAssets: string, subtotal: string) =>
    [
      '              某区某局2031年度部门整体支出绩效评价评分表',
      '',
      row('一级指标', '二级指标', '三级指标', '分值', '得分', '扣分原因'),
      row('投入', '预算编制', '预算编制科学性', '4', '3.50', '年中追加较多，年初预算编'),
      row('（10分）', '', '', '', '', '制精准度不高'),
      row('', '', '绩效目标合理性', '3', '3.00'),
      row('', '预算配置', '“三公经费”变动率', '3', '3.00'),
      row('', '小计', '', '10', '9.50'),
      row('过程', '预算执行', '预算执行率', '4', '3.80', '预算执行率 95.04%，按执行率×'),
      row('（10分）', '', '', '', '', '分值计分'),
      row('', '资产管理', '资产管理安全性', '5', '5.00'),
      row('', '', '固定资产利用率', '1', fixedAssets),
      row('', '小计', '', '10', subtotal),
      row('合计', '', '', '20', '19.30'),
    ].join('\n');
  it('reads every row’s 分值 and 得分 under their headers', () => {
    expect(errors(text('1.00', '9.80'))).toEqual([]);
  });
  it('finds a 得分 over its 分值 and a 小计 that does not add up', () => {
    expect(errors(text('1.60', '9.80'))).toEqual(expect.arrayContaining(['12 score.exceeds-weight 1.60']));
  });
});

describe('a 绩效指标合计 row between the indicators and the 总分 (wrapped-subtotals.ts)', () => {
  const text = (subtotal: string) =>
    [
      '  一级指标    二级指标      三级指标                  分值    得分   偏差原因',
      '  预算执行率                                            10    9.60   —',
      '  产出指标    数量指标      培训人次                    20      20   —',
      '              质量指标      考核合格率                  20   18.50   合格率略低',
      '  效益指标    社会效益指标  带动就业人数                30      30   —',
      '  满意度指标  满意度指标    学员满意度                  20   19.20   —',
      `  绩效指标合计                                          90   ${subtotal}`,
      '  总分                                                 100   97.30',
    ].join('\n');
  it('is the sum of the indicators, the 总分 adding it to the 预算执行率', () => {
    expect(errors(text('87.70'))).toEqual([]);
    expect(
      checkTextReport(text('87.70')).claims.filter((c) => c.kind === 'score' && c.verified).length,
    ).toBeGreaterThanOrEqual(3);
  });
  it('is an error when it is not their sum', () => {
    expect(errors(text('88.70'))).not.toEqual([]);
  });
});

describe('a 其中 list after a budget equal to the amount before it (prose-totals.ts)', () => {
  const text = (county: string) =>
    [
      '    （一）某项目',
      '    年初预算960.00万元，调整预算960.00万元（未作调整），其中省级补助资金600.00万元、',
      `区级配套资金${county}万元。1—8月累计支出512.40万元，执行率53.38%。`,
    ].join('\n');
  it('sums the parts to the budget either way', () => {
    expect(errors(text('360.00'))).toEqual([]);
    expect(errors(text('300.00'))).toEqual(['2 sum.parts 900.00万元']);
  });
});

describe('a 1—8月 监控 report: its 预警 rule in 序时进度 terms, its projects’ colours and counts (warning-levels.ts, schedule-progress.ts, prose-budget-history.ts)', () => {
  const text = (o: { green?: string; colourB?: string; cut?: string; gap?: string } = {}) =>
    [
      '某区某局2031年1—8月绩效运行监控报告',
      '    一、预警规则',
      '    截至8月31日的序时进度为66.67%。以项目调整预算执行率对照序时进度实行分级预警：执行率达到序时',
      '进度80%（即53.33%）及以上的为绿色；执行率达到序时进度60%（即40.00%）但未达到53.33%的为黄色预',
      '警；执行率低于40.00%的为红色预警。',
      '    二、总体情况',
      `    从预警情况看，绿色项目${o.green ?? '2'}个，黄色预警项目1个，红色预警项目1个。`,
      '    三、各项目情况',
      '    （一）甲项目',
      '    年初预算500.00万元，调整预算500.00万元。1—8月累计支出300.00万元，执行率60.00%，预警等级为绿色。',
      '    （二）乙项目',
      `    年初预算900.00万元，调整预算800.00万元（较年初预算调减${o.cut ?? '100.00'}万元）。1—8月累计支出`,
      `360.00万元，执行率45.00%，预警等级为${o.colourB ?? '黄色'}。`,
      '        绩效指标              年度指标值     1—8月完成值   完成进度   偏差情况',
      `        培训人数                   400人         140人     35.00%   低于序时进度${o.gap ?? '31.67'}个百分点`,
      '    （三）丙项目',
      '    年初预算200.00万元，调整预算200.00万元。1—8月累计支出70.00万元，执行率35.00%，预警等级为红色。',
      '    （四）丁项目',
      '    年初预算100.00万元，调整预算100.00万元。1—8月累计支出90.00万元，执行率90.00%，预警等级为绿色。',
      '',
      '                         附件  项目监控汇总表',
      '  序号  项目名称      调整预算     1—8月执行数     执行率     预警等级',
      '  1     甲项目          500.00          300.00     60.00%     绿色',
      '  2     乙项目          800.00          360.00     45.00%     黄色',
      '  3     丙项目          200.00           70.00     35.00%     红色',
      '  4     丁项目          100.00           90.00     90.00%     绿色',
      '        合计           1600.00          820.00     51.25%',
    ].join('\n');
  it('holds every colour, count, cut and gap of the clean report', () => {
    const report = checkTextReport(text());
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const grades = report.claims.filter((c) => c.kind === 'grade' && c.verified).length;
    expect(grades).toBeGreaterThanOrEqual(8);
  });
  it('finds a colour the rule does not give, a count the table does not show, a cut and a gap miscounted', () => {
    expect(errors(text({ colourB: '绿色' }))).toContain('13 grade.score 绿色');
    expect(errors(text({ green: '3' }))).toContain('7 count.restated 3个');
    expect(errors(text({ cut: '10.00' }))).toContain('12 sum.budget-adjustment 10.00万元');
    expect(errors(text({ gap: '21.67' }))).toContain('15 completion.schedule 21.67个百分点');
  });
});

describe('a list of 三公 shares whose later items say 占 without the whole (fee-shares.ts)', () => {
  const text = (car: string) =>
    [
      '一、“三公”经费财政拨款支出决算总体情况',
      '2031年度“三公”经费财政拨款支出决算400.00万元，完成预算的80.00%。其中：因公出国（境）费',
      '决算20.00万元；公务用车购置及运行维护费决算300.00万元；公务接待费决算80.00万元。',
      `从支出结构看，因公出国（境）费占“三公”经费支出决算的5.00%，公务用车购置及运行维护费占${car}%，`,
      '公务接待费占20.00%。',
    ].join('\n');
  it('holds each item to the 三公 total', () => {
    expect(errors(text('75.00'))).toEqual([]);
    expect(errors(text('57.00'))).toEqual(['4 share.percent 57.00%']);
  });
});

describe('a table row’s change told in the text (item-change-citations.ts)', () => {
  const text = (amount: string, header = '增减额     增减率') =>
    [
      '三、机关运行经费支出情况',
      `    机关运行经费支出800.00万元。其中取暖费因采暖期延长增加${amount}万元，增长5.00%；`,
      '邮电费减少2.00万元，下降10.00%。',
      '                    表2  机关运行经费支出决算表',
      '                                                      单位：万元',
      `  项目              2031年决算数   2030年决算数   ${header}`,
      '  取暖费                 126.00         120.00       6.00       5.00%',
      '  邮电费                  18.00          20.00      -2.00     -10.00%',
      '  办公费                 656.00         640.00      16.00       2.50%',
      '  合计                   800.00         780.00      20.00       2.56%',
    ].join('\n');
  it('holds the text’s amount and % to the row’s', () => {
    expect(errors(text('6.00'))).toEqual([]);
    expect(errors(text('6.60'))).toEqual(['2 figure.text-table 6.60万元']);
  });
  it('does not read a row whose 增减率 is not its 增减额 over last year’s', () => {
    const wrongRow = text('6.60')
      .replace('6.00       5.00%', '6.00       7.00%')
      .replace('增长5.00%', '增长7.00%');
    expect(errors(wrongRow).filter((e) => e.includes('figure.text-table'))).toEqual([]);
  });
});

describe('a 收入总计 listed after 包括 as its two halves (prose-totals.ts)', () => {
  const text = (carried: string) =>
    [
      '  一、收入支出决算总体情况说明',
      `  收入总计3,000.00万元，包括本年收入合计2,800.00万元、年初结转和结余${carried}万元；支出`,
      '总计3,000.00万元，包括本年支出合计2,900.00万元、年末结转和结余100.00万元。',
    ].join('\n');
  it('is whole: its halves must add up to it', () => {
    expect(errors(text('200.00'))).toEqual([]);
    expect(errors(text('220.00'))).toEqual(['2 sum.parts 3020.00万元']);
  });
});

describe('a count of some of the counted whole, named after it (named-counts.ts)', () => {
  const text = (some: string) =>
    [
      `（二）部分项目执行进度滞后。8个项目中有${some}个项目执行率低于80%，分别为甲村道路维护（73.39%）、`,
      '乙镇污水管网建设（70.00%），造成年末资金结转。',
      '',
      '附件  项目执行情况表',
      '甲村道路维护',
      '乙镇污水管网建设',
    ].join('\n');
  it('holds the count after the whole to the names listed', () => {
    expect(errors(text('2'))).toEqual([]);
    expect(errors(text('3'))).toEqual(['1 count.enumeration 3个']);
  });
});

describe('a measured quantity restated with its words in another order and two digits swapped (transposed-figures.ts)', () => {
  const text = (prose: string) =>
    [
      '                        表4  绩效目标完成情况表',
      '  一级指标   二级指标   三级指标                         目标值          实际完成值',
      '  效益指标   生态效益   农村生活垃圾清运量               ≥380吨          412.70吨',
      '',
      `    1.项目效益。经统计，全年累计清运农村生活垃圾${prose}吨，超过380吨的目标值。`,
    ].join('\n');
  it('names the slip; the same figure is no finding', () => {
    expect(errors(text('412.70'))).toEqual([]);
    expect(errors(text('421.70'))).toEqual(['5 figure.restated 421.70']);
  });
});

describe('a grade given by the stated standard, its subject’s score stated paragraphs before (prose-grades.ts)', () => {
  const text = (grade: string) =>
    [
      '    一、评价结论',
      '    经评价，某专项资金2031年度综合得分86.40分，其中决策指标得分13.50分，过程指标得分',
      '18.20分，产出指标得分32.10分，效益指标得分22.60分。',
      '    二、评价等级',
      '    按照评价等级划分标准（90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，',
      `60分以下为差），某专项资金2031年度绩效评价等级为“${grade}”。`,
    ].join('\n');
  it('is the grade of that score', () => {
    expect(errors(text('良'))).toEqual([]);
    expect(errors(text('优'))).toEqual(['6 grade.score 优']);
  });
});

describe('a 公开05表 continued over a page, its 科目编码 split into 类/款/项 columns (continued-tables.ts)', () => {
  const head = [
    '部门：某市某局                                                              单位：万元',
    '             项目',
    '    科目编码                                    合计        基本支出        项目支出',
    ' 类   款   项        科目名称',
  ];
  const text = (prevention: string) =>
    [
      '                      一般公共预算财政拨款支出决算表',
      '                                                                            公开05表',
      ...head,
      ' 210            卫生健康支出                         3400.00         1500.00         1900.00',
      ' 210  01        卫生健康管理事务                     1100.00         1000.00          100.00',
      ' 210  01   01   行政运行                             1000.00         1000.00',
      ' 210  01   02   一般行政管理事务                      100.00                          100.00',
      ' 210  04        公共卫生                             2100.00          500.00         1600.00',
      ` 210  04   01   疾病预防控制机构                      ${prevention}          300.00          300.00`,
      '',
      '                                  — 7 —',
      '                    一般公共预算财政拨款支出决算表（续）',
      '                                                                            公开05表',
      ...head,
      ' 210  04   02   卫生监督机构                          400.00          200.00          200.00',
      ' 210  04   08   基本公共卫生服务                     1100.00                         1100.00',
      ' 210  07        计划生育事务                          200.00                          200.00',
      ' 210  07   17   计划生育服务                          200.00                          200.00',
      '                合计                                 3400.00         1500.00         1900.00',
      '  注：本表反映部门本年度一般公共预算财政拨款支出情况。',
    ].join('\n');
  it('sums a 款 with its 项 on the next page', () => {
    expect(errors(text('600.00'))).toEqual([]);
    expect(errors(text('650.00'))).toContain('12 table.row-sum 650.00');
  });
});

describe('a 评分表 whose labels are spaced out (决  策, 小  计) under 权重（分）and 得分（分）(table-rules.ts)', () => {
  const text = (subtotal: string) =>
    [
      '                              表3  二级指标得分情况',
      '       一级指标        二级指标           权重（分）        得分（分）',
      '       决  策          项目立项               4                4.00',
      '                       绩效目标               6                5.00',
      `                       小  计                10               ${subtotal}`,
      '       产  出          产出数量              10               10.00',
      '                       产出质量              10                9.50',
      '                       小  计                20               19.50',
      '       合  计                                30               28.50',
    ].join('\n');
  it('adds each group to its 小计 and the 小计s to the 合计', () => {
    expect(errors(text('9.00'))).toEqual([]);
    expect(checkTextReport(text('9.00')).claims.filter((c) => c.kind === 'score').length).toBeGreaterThan(2);
    expect(errors(text('9.50')).length).toBeGreaterThan(0);
  });
});

/** A paragraph wrapped at a count of characters (not of display columns), its first line indented. */
const wrapAt = (text: string, n: number): string[] => {
  const out: string[] = [];
  for (let k = 0; k < text.length;) {
    let end = Math.min(k + n, text.length);
    // (A figure is not broken over two lines.)
    while (end < text.length && end > k + 1 && /[\d.,%]/.test(text[end]!) && /[\d.,]/.test(text[end - 1]!))
      end--;
    out.push((k === 0 ? '    ' : '') + text.slice(k, end));
    k = end;
  }
  return out;
};

describe('a notice wrapped at a count of characters, its lines dense in figures short of the wrap width (layout.ts, count-averages.ts, prose-balances.ts)', () => {
  const text = (o: { rate?: string; average?: string } = {}) =>
    [
      '        某州2031年度州直部门“三公”经费决算公开说明',
      '',
      ...wrapAt(
        '根据有关要求，现将某州州直部门“三公”经费财政拨款决算情况汇总说明如下。本次汇总范围为使用州级一般公共预算财政拨款安排“三公”经费的州直部门，包括所属的行政单位和参照公务员法管理的事业单位。各部门严格执行中央八项规定及其实施细则精神，坚持厉行节约反对浪费，从严从紧控制一般性支出，严格执行公务接待标准和公务用车管理规定，推动“三公”经费管理规范化和制度化，切实提高财政资金使用效益。',
        36,
      ),
      '    一、“三公”经费财政拨款决算总体情况',
      ...wrapAt(
        `2031年度州直部门“三公”经费财政拨款支出决算500.00万元，完成年初预算625.00万元的80.00%，比年初预算减少125.00万元；比2030年度决算400.00万元增加100.00万元，增长${o.rate ?? '25.00'}%。`,
        36,
      ),
      '    二、公务用车运行维护费',
      ...wrapAt(
        `公务用车运行维护费300.00万元，完成年初预算330.00万元的90.91%，比2030年度决算320.00万元减少20.00万元，下降6.25%。截至2031年12月31日，州直部门使用财政拨款开支的公务用车保有量120辆，平均每辆车运行维护费${o.average ?? '2.50'}万元。`,
        36,
      ),
      '    三、预算执行情况',
      ...wrapAt(
        '2031年度州直部门年初预算1,000.00万元，全年预算1,200.00万元，全年执行1,150.00万元，预算执行率95.83%。其中基本支出执行率98.00%，项目支出执行率94.00%。项目支出结余30.00万元，主要是工程尾款未到支付节点。',
        36,
      ),
    ].join('\n');
  it('reads each sentence whole: no error in the clean notice', () => {
    expect(errors(text())).toEqual([]);
  });
  it('finds a change % wrong over the line break', () => {
    expect(errors(text({ rate: '52.00' })).map((e) => e.replace(/^\d+ /, ''))).toEqual([
      'change.percent 52.00%',
    ]);
  });
  it('averages this year’s amount, not last year’s compared with', () => {
    const wrong = checkTextReport(text({ average: '2.67' })).findings.find((f) => f.rule === 'share.average');
    expect(wrong?.expected).toBe('2.50万元');
  });
});

describe('a part’s 执行率 when the text tells its budget moved in the year (part-rates.ts)', () => {
  const text = [
    '    （一）预算安排及调整情况',
    '    2031年年初预算数3,100.00万元，其中：一般公共预算财政拨款2,500.00万元，政府性基金预算财政拨款500.00万元，',
    '其他资金100.00万元。年中追加资金，全年预算数调整为3,700.00万元，较年初预算增加600.00万元，其中：一般公共预算',
    '财政拨款增加400.00万元，政府性基金预算财政拨款增加200.00万元。',
    '    （二）预算执行情况',
    '    2031年全年执行数3,510.00万元，预算执行率94.86%。按收入性质分，一般公共预算财政拨款执行2,755.00万元，执行率',
    '95.00%；政府性基金预算财政拨款执行665.00万元，执行率95.00%；其他资金执行90.00万元，执行率90.00%。',
  ].join('\n');
  it('is not held to the opening budget', () => {
    expect(errors(text)).toEqual([]);
  });
});

describe('a 三公 change whose this-year figure is stated paragraphs before, no 三公 table (figure-claims.ts)', () => {
  const text = (pct: string, unit = '万元', delta = '20.00') =>
    [
      '    七、财政拨款“三公”经费支出决算情况说明',
      '    2031年度“三公”经费财政拨款支出年初预算为60.00万元，支出决算为50.00万元，完成预算的83.33%。',
      '决算数小于预算数的主要原因：严格控制公务接待开支。',
      `    2031年度“三公”经费财政拨款支出决算数比2030年度增加${delta}${unit}，增长${pct}%。`,
    ].join('\n');
  it('judges the % against this year − the change', () => {
    expect(errors(text('66.67'))).toEqual([]);
    expect(errors(text('40.00'))).toEqual(['4 change.percent 40.00%']);
  });
  it('allows a change in 元 the rounding of the 万元 figure', () => {
    // 50.00万元 is 499,950–500,050元: 200,012.34 ÷ (500,000 − 200,012.34) = 66.67%, ÷ (500,040 − …) = 66.66%.
    expect(errors(text('66.66', '元', '200012.34'))).toEqual([]);
  });
});

describe('a count printed with a thousands separator (count-sums.ts, count-shares.ts)', () => {
  const text = (share: string, poor: string) =>
    [
      `    组织68个部门对2031年度1,013个项目开展绩效自评。自评结果为“优”的800个、“良”的139个、“中”的61个、“差”的${poor}个，`,
      '优良率92.69%。',
      `    市财政局对项目自评结果开展抽查复核，抽查项目102个，占自评项目总数的${share}%。`,
    ].join('\n');
  it('is the whole count, not its last three digits', () => {
    expect(errors(text('10.07', '13'))).toEqual([]);
    expect(errors(text('12.07', '13'))).toEqual(['3 share.percent 12.07%']);
    expect(errors(text('10.07', '14')).map((e) => e.split(' ')[1])).toContain('count.sum');
  });
});

describe('a table’s note naming a column by its % (prose-unfilled.ts)', () => {
  it('is no figure left out', () => {
    expect(errors('    注：本表为快报数；比上年增长%按上年同口径执行数计算。')).toEqual([]);
    expect(errors('    全年收入较上年增长%，主要是税收增加。')).toEqual(['1 number.missing 增长%']);
  });
});

describe('parts’ 执行率 against a 其中 list opening the sentence after the budget (part-rates.ts)', () => {
  const text = (rate: string) =>
    [
      '（三）部门预算及执行情况',
      '2031年度，我局年初预算6,000.00万元，年中追加预算1,000.00万元，调整后全年预算7,000.00万元。其中：基本支出5,000.00万元，项目支出2,000.00万元。',
      `截至2031年12月31日，全年实际支出6,800.00万元，预算执行率97.14%。其中：基本支出4,950.00万元，执行率99.00%；项目支出1,850.00万元，执行率${rate}%。`,
    ].join('\n');
  it('holds each part to its own budget', () => {
    expect(errors(text('92.50'))).toEqual([]);
    expect(errors(text('95.20'))).toEqual(['3 completion.percent 95.20%']);
  });
});

describe('a 执行率 whose budget stands in an earlier clause group of its sentence, "；" between (rate-outturn.ts)', () => {
  const text = (rate: string) =>
    [
      '（二）项目过程情况',
      `过程类指标分值20分，自评得分19.13分。项目总预算5,000.00万元，到位4,800.00万元，资金到位率96.00%，计得4.80分；实际支出4,560.00万元，预算执行率${rate}%，计得4.75分。`,
    ].join('\n');
  it('holds the rate to the budget or the funds arrived', () => {
    expect(errors(text('95.00'))).toEqual([]);
    expect(errors(text('91.20'))).toEqual([]);
    expect(errors(text('97.20'))).toEqual(['2 completion.percent 97.20%']);
  });
});
