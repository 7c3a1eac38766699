/**
 * Shapes of round 19's blind sets and round 18's misses (units, names and figures made up): a 监控 report naming
 * another year's projects as the ones it monitored.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

describe('the year a 监控 report monitors (period-years.ts)', () => {
  const report = (year: string) =>
    [
      '                某县水利局',
      '        2031年1—8月预算绩效运行监控报告',
      '   根据县财政局关于开展2031年预算绩效运行监控工作的通知要求，我局对纳入',
      `${year}年度重点监控范围的3个项目开展了监控，现将有关情况报告如下。`,
      '一、监控项目基本情况',
      '   本次纳入监控的项目共3个，全年预算合计300.00万元。',
    ].join('\n');
  it('holds "纳入N年度…监控" to the titled year', () => {
    expect(errors(report('2031'))).toEqual([]);
    expect(errors(report('2029'))).toEqual(['3 year.mismatch 纳入2031年度 纳入2029年度']);
  });
  it('leaves a report that is not a 监控 report alone', () => {
    const other = report('2029').replace('运行监控报告', '自评报告').replaceAll('监控', '评价');
    expect(errors(other)).toEqual([]);
  });
});

describe('a 监控 汇总表’s 是否偏差 against the stated threshold (deviation-flags.ts)', () => {
  // (Figures right-aligned under their header words, as pdftotext prints them.)
  const row = (label: string, figures: string[], flag: string) =>
    `  ${label.padEnd(14, '　')}${figures.map((f, i) => f.padStart([9, 10, 7, 8, 10][i]!)).join('')}  ${flag}`;
  const table = (o: { flag?: string; note?: string } = {}) =>
    [
      '某区住房和城乡建设局2031年1—6月预算绩效运行监控报告',
      `   按照序时进度，6月末执行率应达到50%。${o.note ?? '执行率低于序时进度10个百分点以上的，认定为存在偏差'}。`,
      '                      附表 监控汇总表',
      '                                                      单位：万元、%',
      '  项目名称                    全年预算数 1—6月执行数 执行率 序时进度 偏差（百分点） 是否偏差',
      row('1 老旧小区改造项目', ['500.00', '240.00', '48.00', '50.00', '-2.00'], '否'),
      row('2 市政道路养护项目', ['200.00', '150.00', '75.00', '50.00', '+25.00'], '否'),
      row('3 排水管网维修项目', ['400.00', '120.00', '30.00', '50.00', '-20.00'], '是'),
      row('4 城市照明提升项目', ['100.00', '35.00', '35.00', '50.00', '-15.00'], o.flag ?? '是'),
      row('5 园林绿化管护项目', ['300.00', '135.00', '45.00', '50.00', '-5.00'], '否'),
      row('合计', ['1500.00', '680.00', '45.33', '50.00', '-4.67'], '—'),
    ].join('\n');
  it('holds each row’s answer to its 偏差 and the threshold the text states', () => {
    expect(errors(table())).toEqual([]);
    expect(errors(table({ flag: '否' }))).toEqual(['9 monitor.deviation 是 否']);
  });
  it('reads no criterion the text does not state', () => {
    expect(errors(table({ flag: '否', note: '偏差情况见下表' }))).toEqual([]);
  });
  it('judges a gap on either side when the text says 偏离', () => {
    // (Row 2, 25 points ahead, answers 否: with rows 1, 4 and 5 answering as the criterion says, it breaks.)
    const either = (flag: string) =>
      table({ flag: '否', note: '执行率偏离序时进度18个百分点以上的，标注为“是”' }).replace(
        /\+25\.00 {2}否/,
        `+25.00  ${flag}`,
      );
    expect(errors(either('是'))).toEqual([]);
    expect(errors(either('否'))).toEqual(['7 monitor.deviation 是 否']);
  });
});

describe('a missed target whose bound the layout left in its name’s cell (unmet-targets.ts)', () => {
  const sheet = (actual: string) =>
    [
      '                    项目支出绩效自评表',
      '     一级指 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及',
      '       标                                                   改进措施',
      `     产出指 数量指标 设备巡检次数 ≥24次             ${actual} 10 10.00 无`,
      '       标 质量指标 设备完好率 ≥98%   98.6%               20 20.00 无',
    ].join('\n');
  it('reads "设备巡检次数 ≥24次" as the name and its bound', () => {
    expect(errors(sheet('24次'))).toEqual([]);
    expect(errors(sheet('20次'))).toEqual(['4 score.rule 8.33 10.00']);
  });
});

describe('a 一级 stated in the text against its rows between 小计 rows (level-scores.ts)', () => {
  // (Each 一级's name is centred on its merged cell: printed beside its third row, not its first.)
  const report = (stated: string) =>
    [
      '四、自评得分情况',
      `    经自评，部门决策得分${stated}分（满分20分），部门管理得分27.50分（满分30分）。`,
      '                      部门整体支出绩效自评评分表',
      ' 一级指标 二级指标          三级指标         分值 得分          扣分原因',
      '       目标设定 绩效目标合理性',
      '             绩效指标明确性',
      '                                   4 4.00',
      '                                   4 3.00 指标未细化',
      ' 部门决策 预算编制 预算编制科学性                 6 5.00 调整较大',
      '             资金分配合理性               6 6.00',
      '                  小计              20 18.00',
      '             预算执行率                 8 7.50 执行率偏低',
      '       资金管理 结转结余率                  6 6.00',
      ' 部门管理        管理制度健全性               6 6.00',
      '       组织实施 政府采购执行规范性              6 5.00 备案超时',
      '             资产管理安全性               4 3.00 账实不符',
      '                  小计              30 27.50',
      '              合计                 50 45.50',
    ].join('\n');
  it('sums the rows of the 小计’s group, not a run from the row the name is printed beside', () => {
    expect(errors(report('18.00'))).toEqual([]);
    expect(errors(report('18.50'))).toEqual(['2 figure.text-table 18.00分 18.50分']);
  });
});

describe('a list’s sum with an item whose figures did not find their columns (table-claims.ts)', () => {
  // (The first 支出 row's figures sit under the 收入 side's columns: it cannot be told to which list it belongs.)
  const table = (total: string) =>
    [
      '                              财政拨款收入支出决算总表',
      '公开02表              2031年度               编制单位：某区某中心                   单位：万元',
      '          收入                                         支出',
      '      项目       行次 金额             项目      行次 合计 一般公共预算财政',
      '                                                      拨款',
      '                                                                政府性基金预算财 国有资本经营预算财',
      '                                                                   政拨款      政拨款',
      '一、一般公共预算财政拨款 1 1,657.23 一、社会保障和就业支出 13 166.35            166.35',
      '二、政府性基金预算财政拨款 2             二、卫生健康支出     14 58.10         58.10',
      '三、国有资本经营预算财政拨 3             三、城乡社区支出     15 1,372.74   1,372.74',
      '款',
      '                 4          四、住房保障支出     16 68.66         68.66',
      '                 5                       17',
      `本年收入合计           6 1,657.23 本年支出合计       18 ${total}   ${total}`,
      '年初财政拨款结转和结余      7    18.25 年末财政拨款结转和结余 19      9.63       9.63',
      '一般公共预算财政拨款       8    18.25 一般公共预算财政拨款   20     9.63       9.63',
      '政府性基金预算财政拨款      9          政府性基金预算财政拨款 21',
      '国有资本经营预算财政拨款 10             国有资本经营预算财政拨款 22',
      '                11                       23',
      '收入总计            12 1,675.48 支出总计         24 1,675.48   1,675.48',
    ].join('\n');
  it('does not sum the list without it', () => {
    expect(errors(table('1,665.85')).filter((e) => e.includes('table.total'))).toEqual([]);
    expect(errors(table('1,685.85')).filter((e) => e.includes('table.total'))).toEqual([]);
  });
});

describe('a table’s caption line naming another year (prose-years.ts)', () => {
  const tables = (year: string) =>
    [
      '                              收入支出决算总表',
      '公开01表              2031年度          编制单位：某区某中心              单位：万元',
      '    项目      行次   金额',
      '一、财政拨款收入  1  100.00',
      '                              财政拨款收入支出决算总表',
      `公开02表              ${year}年度               编制单位：某区某中心                   单位：万元`,
      '    项目      行次   金额',
      '一、一般公共预算财政拨款  1  100.00',
      '                              一般公共预算财政拨款支出决算表',
      '公开03表              2031年度               编制单位：某区某中心              单位：万元',
    ].join('\n');
  it('holds it to the year the others name', () => {
    expect(errors(tables('2031'))).toEqual([]);
    expect(errors(tables('2033'))).toEqual(['6 year.heading 2031年度 2033年度']);
  });
});

describe('the 三公 total’s change against its items’ in a 其中 list (change-parts.ts)', () => {
  const text = (reception: string) =>
    `    2031年度“三公”经费财政拨款支出决算数比2030年度增加27.58万元，增长59.79%，其中：因公出国（境）费支出决算与2030年度持平，均为0万元；公务用车购置及运行维护费支出决算增加28.33万元，增长67.74%，公务用车运行维护费减少4.27万元，下降10.21%；公务接待费支出决算减少${reception}万元，下降17.40%。`;
  it('reads a 持平 naming its year and a 购置及运行 change broken down into its 运行维护费', () => {
    expect(errors(text('0.75'))).toEqual([]);
    expect(errors(text('0.57'))).toEqual(['1 change.parts 增加27.76万元 增加27.58万元']);
  });
});

describe('"支出X万元中，A…，占a%；B…，占b%" (prose-totals.ts, prose-shares.ts)', () => {
  const text = (total: string, share = '79.85') =>
    `    2031年度“三公”经费财政拨款决算支出${total}万元中，因公出国（境）费0万元，占0.00%；公务用车购置及运行维护费10.86万元，占${share}%；公务接待费2.74万元，占20.15%。`;
  it('sums the parts to the amount they break down; a wrong total is one finding, not one a share', () => {
    expect(errors(text('13.60'))).toEqual([]);
    expect(errors(text('13.80'))).toEqual(['1 sum.parts 13.80万元 13.60万元']);
  });
  it('judges the shares against the total when a share is wrong of the parts’ sum as well', () => {
    expect(errors(text('13.60', '78.85'))).toEqual(['1 share.percent 79.85% 78.85%']);
  });
  it('does not read "X万元中，" followed by parts without shares', () => {
    const told = `    全年支出13.80万元中，公务接待费2.74万元，主要用于接待上级检查。`;
    expect(errors(told)).toEqual([]);
  });
});

describe('a list inside an outer 其中 list ends at its "；" (prose-totals.ts)', () => {
  const text = (bonus: string) =>
    `    2031年度一般公共预算财政拨款基本支出1,171.58万元，其中：人员经费1,075.32万元，包括基本工资286.40万元、津贴补贴241.72万元、绩效工资${bonus}万元、机关事业单位基本养老保险缴费138.20万元、职业年金缴费55.28万元、职工基本医疗保险缴费70.63万元、住房公积金66.10万元、退休费18.64万元；公用经费96.26万元，包括办公费40.00万元、水电费56.26万元。`;
  const notes = (t: string) =>
    checkTextReport(t)
      .findings.filter((f) => f.rule === 'sum.partial')
      .map((f) => f.expected);
  it('does not add the outer list’s next part to the inner list', () => {
    expect(errors(text('198.35'))).toEqual([]);
    expect(notes(text('189.35'))).toEqual(['1075.32万元']);
    expect(checkTextReport(text('189.35')).findings[0]?.message).toContain('= 1066.32');
  });
});

describe('a count’s 其中 list with what each part is for (prose-totals.ts)', () => {
  const text = (held: string) =>
    `    截至2031年12月31日，本中心开支财政拨款的公务用车保有量为${held}辆，其中：应急保障用车2辆，主要用于森林防火应急处置；特种专业技术用车2辆，主要用于森林资源调查监测。`;
  it('adds up the parts past their 主要用于 clauses', () => {
    expect(errors(text('4'))).toEqual([]);
    expect(errors(text('5'))).toEqual(['1 sum.parts 5辆 4辆']);
  });
});
