/**
 * Shapes of round 18's blind sets and older misses (units, names and figures made up): a 汇总表 of projects whose
 * header and names wrap, read by the pattern of its rows' ends; grade counts with their shares "占项目总数的…" when
 * the counts do not add up; "自评工作于…完成" before the year evaluated; a 三公 counts table whose header's upper
 * lines the layout left above it, and "23批次，186人次" with the 人次 in a clause of its own.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

describe('a 汇总表 read by the pattern of its rows’ ends (row-ends.ts)', () => {
  const table = (o: { rate?: string; grade?: string; total?: string } = {}) =>
    [
      '某市财政局关于2037年度项目支出绩效自评情况的汇总报告',
      '二、项目自评结果汇总表',
      '                                               金额单位：万元',
      '序     项目名称       主管部门   全年预算 全年执行 执行率 自评得 等',
      '号                         数       数      （%） 分 级',
      '1 城乡居民医疗保险',
      '  补助资金       市医疗保障局    1000.00 950.00  95.00 95.5 优',
      '2 义务教育薄弱环节改善',
      `  与能力提升        市教育局      2000.00 1800.00   ${o.rate ?? '90.00'}   92.0 优`,
      '3 高标准农田建设市级配',
      '  套资金        市农业农村局      400.00 300.00   75.00   78.5 中',
      '4 城区老旧小区改造提升',
      '  工程',
      '             市住房和城乡建',
      `             设局          500.00 450.00   90.00   86.0 ${o.grade ?? '良'}`,
      '5 公共文化服务体系建设 市文化广电和旅     800.00   760.00   95.00   91.0 优',
      '             游局',
      `           合计          4700.00 ${o.total ?? '4260.00'} 90.64 88.60`,
    ].join('\n');
  it('holds each row’s 执行率 to its 执行数 ÷ 预算数, as the other rows do', () => {
    expect(errors(table())).toEqual([]);
    expect(errors(table({ rate: '92.00' }))).toEqual(['9 table.rate 90.00% 92.00%']);
    // (The 合计 row's rate is its own figures'.)
    expect(errors(table({ total: '4360.00' }))).toEqual(['18 table.rate 92.77% 90.64%']);
  });
  it('holds each row’s grade to its score, as the other rows do', () => {
    expect(errors(table({ grade: '优' }))).toEqual(['15 grade.score 良 优']);
  });
  it('holds the text’s average to the rows’ scores', () => {
    const text = (avg: string) =>
      table().replace(
        '二、项目自评结果汇总表',
        `    从自评结果看，5个项目自评平均得分${avg}分。\n二、项目自评结果汇总表`,
      );
    // (95.5 + 92.0 + 78.5 + 86.0 + 91.0) ÷ 5 = 88.60.
    expect(errors(text('88.60'))).toEqual([]);
    expect(errors(text('86.80'))).toEqual(['2 figure.text-table 88.60分 86.80分']);
  });
});

describe('grade counts with their shares of the items graded (count-sums.ts)', () => {
  const text = (good: string, share: string) =>
    [
      '某市2037年度项目支出绩效自评汇总报告',
      `    从自评结果看，10个项目自评平均得分86.50分。其中：自评等级为“优”的项目${good}个，占项目总数的60.00%；“良”的项目2个，占${share}%；“中”的项目1个，占10.00%；“差”的项目1个，占10.00%。`,
    ].join('\n');
  it('reads 占项目总数的 between the counts, and the shares over the items graded', () => {
    expect(errors(text('6', '20.00'))).toEqual([]);
    expect(errors(text('6', '25.00'))).toEqual(['2 share.percent 20.00% 25.00%']);
  });
  it('judges the shares over the items graded when the counts do not add up to them', () => {
    expect(errors(text('7', '25.00'))).toEqual([
      '2 share.percent 70.00% 60.00%',
      '2 share.percent 20.00% 25.00%',
      '2 count.sum 10个 11个',
    ]);
  });
});

describe('an evaluation done before the year it evaluates (filing-dates.ts)', () => {
  const text = (year: string) =>
    [
      '某市财政局关于2037年度项目支出绩效自评情况的汇总报告',
      `    我局组织市直各部门对2037年度重点项目开展了绩效自评，本次自评工作于${year}年4月完成，自评结果已报送市人大。`,
    ].join('\n');
  it('is a year that cannot be right', () => {
    expect(errors(text('2038'))).toEqual([]);
    expect(errors(text('2036'))).toEqual(['2 year.mismatch 2038年前后 2036年']);
  });
});

describe('a 三公 counts table whose header’s upper lines stand above it (fee-counts.ts)', () => {
  const text = (persons: string) =>
    [
      '某某中心2037年度“三公”经费决算情况说明',
      `  国内公务接待支出3.20万元。国内公务接待20批次，${persons}人次（不包括陪同人员），共计支出3.20万元。`,
      '                              “三公”经费相关统计数',
      ' 年度 因公出国（境）团',
      '      组数（个）',
      '             因公出国（境）人 公务用车购置 公务用车保有 国内公务接待批 国内公务接待人 外事接待批次 外事接待人次',
      '               次数（人）   数（辆）   量（辆）    次（个）    次（人）    （个）    （人）',
      '2037年   1        3       1      5      20      150     0      0',
      '2036年   2        6       0      5      24      170     0      0',
    ].join('\n');
  it('reads each count under its name, and a bare 人次 after the 批次 as the same receptions’', () => {
    expect(errors(text('150'))).toEqual([]);
    expect(errors(text('160'))).toEqual(['2 count.restated 150人次 160人次']);
  });
});

describe('a 监控 汇总表’s 偏差 column read by its rows’ figures (row-ends.ts)', () => {
  const table = (gap: string) =>
    [
      '附表 某县某局2037年1—6月预算绩效运行监控汇总表',
      '                                                                       单位：万元、%',
      ' 序号        项目名称         全年预算数 1—6月执行数 执行率 序时进度 偏差（百分点） 预计全年执行数 预计执行率 是否偏差',
      '  1 甲项目          200.00 90.00 45.00 50.00  -5.00  190.00  95.00 否',
      '  2 乙项目          100.00 60.00 60.00 50.00 +10.00  100.00 100.00 否',
      `  3 丙项目          400.00 120.00 30.00 50.00 ${gap}  380.00  95.00 是`,
      '  4 丁项目           80.00  36.00 45.00 50.00  -5.00   80.00 100.00 否',
      '  5 戊项目          250.00 100.00 40.00 50.00 -10.00  240.00  96.00 否',
      '    合计                    1030.00 406.00 39.42 50.00 -10.58 990.00  96.12 —',
    ].join('\n');
  it('holds each row’s 偏差 to its 执行率 − 序时进度, as the other rows do', () => {
    expect(errors(table('-20.00'))).toEqual([]);
    expect(errors(table('-22.00'))).toEqual(['6 table.change -20.00 -22.00']);
  });
});

describe('a count of projects opening a list “一是 … 二是 …” (listed-counts.ts)', () => {
  const text = (n: string) =>
    [
      '某县某局2037年1—6月预算绩效运行监控报告',
      '四、偏差情况及原因分析',
      `    经分析，共有${n}个项目执行率低于序时进度10个百分点以上，存在执行偏差：一是甲乙村道路硬化项目，执行率30.00%，偏差-20.00个百分点；二是丙丁灌区改造项目，执行率25.00%，偏差-25.00个百分点。偏差原因主要包括前期工作不充分等。`,
    ].join('\n');
  it('must count the items listed', () => {
    expect(errors(text('2'))).toEqual([]);
    expect(errors(text('3'))).toEqual(['3 count.enumeration 2个 3个']);
  });
});

describe('a 三公 statistics table with a unit column, and “累计N人次” after the 团组 (fee-counts.ts)', () => {
  const text = (persons: string) =>
    [
      '某局2037年度“三公”经费决算说明',
      `    因公出国（境）费支出决算6.00万元。全年安排因公出国（境）团组2个，累计${persons}人次，主要用于赴外开展技术交流。`,
      '      附表2 某局2037年度“三公”经费相关统计数据表',
      '        统计指标              单位     2037年      2036年     增减',
      '因公出国（境）团组数                 个            2         1      +1',
      '因公出国（境）人次                 人次            7         4      +3',
      '公务用车保有量                    辆           18        17      +1',
    ].join('\n');
  it('reads the table’s counts past its unit column', () => {
    expect(errors(text('7'))).toEqual([]);
    expect(errors(text('8'))).toEqual(['2 count.restated 7人次 8人次']);
  });
});
