/**
 * Tables of items as rows, figures by column (item-tables.ts) and the text restating their rows
 * (item-citations.ts); also the header printed with its labels one space apart (table-model.ts) and a
 * comparison table in a text that names no year (table-claims.ts). Units, names and figures are made up.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

/** pdftotext -layout of a 机关运行经费 table (labels of the header one space apart), then a paragraph. */
const RUNNING = [
  '                 表2  2024年度机关运行经费支出情况表',
  '                                                      单位：万元，%',
  '       项目       2024年预算数 2024年决算数 2023年决算数 比上年增减额 比上年增减率',
  '合计                    86.00     80.40     75.10      5.30      7.06',
  '1.办公费                20.00     18.60     17.20      1.40      8.14',
  '2.水电费                16.00     15.20     16.00     -0.80     -5.00',
  '3.差旅费                30.00     28.10     25.40      2.70     10.63',
  '其中：市内交通费        12.00     11.30     10.10      1.20     11.88',
  '    城市间交通费        18.00     16.80     15.30      1.50      9.80',
  '4.维修（护）费          20.00     18.50     16.50      2.00     12.12',
  '    2024年度机关运行经费支出80.40万元，完成年初预算的93.49%。城市间交通费16.80万元，主要用于外出调研。',
].join('\n');

/** A typed 政府采购 table (tabs), numbered （一）…, 合计 last, a 完成率 column. */
const PURCHASES = [
  '表3 2024年度政府采购预算执行情况表',
  '单位：万元',
  '项目\t预算数\t决算数\t完成率（%）',
  '（一）货物\t150.00\t142.50\t95.00',
  '（二）工程\t300.00\t288.00\t96.00',
  '（三）服务\t80.00\t76.40\t95.50',
  '合计\t530.00\t506.90\t95.64',
  '',
  '    2024年度政府采购支出506.90万元，完成预算的95.64%。',
].join('\n');

/** Items not numbered, the parts of one indented under it. */
const INDENTED = [
  '项目                          预算数      决算数',
  '合计                          122.00      110.30',
  '出国（境）培训费               18.00       15.62',
  '专用设备购置及维护费           92.00       85.22',
  '  专用设备购置费               28.00       26.85',
  '  专用设备维护费               64.00       58.37',
  '会议费                         12.00        9.46',
].join('\n');

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`);
const claims = (text: string, re: RegExp) =>
  checkTextReport(text)
    .claims.filter((c) => re.test(c.arithmetic))
    .map((c) => `${c.verified ? '✓' : '✗'} L${c.line} ${c.arithmetic}`);

describe('a table of items as rows', () => {
  it('reads a clean table: totals, 其中 parts, changes, the text’s rate and amount — no error', () => {
    expect(checkTextReport(RUNNING).findings).toEqual([]);
    const sums = claims(RUNNING, /各项之和/);
    expect(sums).toHaveLength(6);
    expect(sums.every((c) => c.startsWith('✓'))).toBe(true);
    expect(sums[0]).toContain('“合计”等于各项之和（2024年预算数）：20.00 + 16.00 + 30.00 + 20.00 = 86.00');
    expect(sums[3]).toContain('“3.差旅费”等于其下各项之和（2024年预算数）：12.00 + 18.00 = 30.00');
    // The header's labels one space apart name their columns: the changes are read.
    expect(claims(RUNNING, /增减率/)).toHaveLength(7);
    expect(claims(RUNNING, /完成年初|第4行2024年预算数/)).toEqual([
      '✓ L11 80.40 ÷ 86.00（《表22024年度机关运行经费支出情况表》第4行2024年预算数） × 100% = 93.49%，文中93.49%',
    ]);
    expect(claims(RUNNING, /^正文“城市间交通费”/)).toHaveLength(1);
    expect(checkTextReport(PURCHASES).findings).toEqual([]);
    expect(claims(PURCHASES, /完成率|各项之和/).every((c) => c.startsWith('✓'))).toBe(true);
    expect(claims(PURCHASES, /完成率/)).toHaveLength(4);
    expect(checkTextReport(INDENTED).findings).toEqual([]);
    expect(claims(INDENTED, /各项之和/)).toHaveLength(4);
  });

  it('finds a sub-row that does not add up to its item (the other columns do)', () => {
    expect(errors(RUNNING.replace('16.80     15.30', '18.60     15.30'))).toEqual([
      'table.total L7 29.90 28.10',
      'table.change L9 3.30 1.50',
      'change.percent L9 21.57 9.80',
      'figure.text-table L11 18.60万元 16.80万元',
    ]);
    expect(errors(INDENTED.replace('26.85', '28.65'))).toEqual(['table.total L4 87.02 85.22']);
  });

  it('finds a 合计 that is not the sum of the numbered items', () => {
    expect(errors(RUNNING.replace('合计                    86.00', '合计                    88.00'))).toEqual(
      ['table.total L4 86.00 88.00'],
    );
    // (The 合计's rate holds with the items' sum: the 合计 is the one fault.)
    expect(errors(PURCHASES.replace('\t506.90\t', '\t509.60\t'))).toEqual(['table.total L7 506.90 509.60']);
  });

  it('finds a wrong 增减率 under a header printed one space apart, and a wrong 完成率', () => {
    expect(errors(RUNNING.replace('-0.80     -5.00', '-0.80     -8.00'))).toEqual([
      'change.percent L6 -5.00 -8.00',
    ]);
    expect(errors(PURCHASES.replace('76.40\t95.50', '76.40\t96.50'))).toEqual([
      'completion.percent L6 95.50 96.50',
    ]);
  });

  it('finds the text restating a row’s amount or a rate of the 合计’s budget wrongly', () => {
    expect(errors(RUNNING.replace('交通费16.80万元', '交通费18.60万元'))).toEqual([
      'figure.text-table L11 16.80万元 18.60万元',
    ]);
    expect(errors(RUNNING.replace('93.49%', '95.49%'))).toEqual(['completion.percent L11 93.49% 95.49%']);
    expect(errors(PURCHASES.replace('的95.64%', '的96.54%'))).toEqual([
      'completion.percent L9 95.64% 96.54%',
    ]);
  });

  it('finds a wrong 执行率 the 执行情况表 rule cannot place (its header one space apart)', () => {
    const table = [
      '                 表2  2024年度机关运行经费支出情况表',
      '                                                      单位：万元，%',
      '       项目       2024年预算数 2024年决算数 执行率',
      '合计                    86.00     80.40     93.49',
      '1.办公费                20.00     18.60     93.00',
      '2.水电费                16.00     15.20     95.00',
      '3.差旅费                30.00     28.10     93.67',
      '4.维修（护）费          20.00     18.50     92.50',
    ].join('\n');
    expect(checkTextReport(table).findings).toEqual([]);
    // (The unit line names %: rate-tables.ts reads the bare rates as % and reports the row itself.)
    expect(errors(table.replace('18.50     92.50', '18.50     95.50'))).toEqual([
      'completion.percent L8 92.50% 95.50%',
    ]);
  });

  it('reads a comparison table whose text names no year: the years of its headers', () => {
    const table = [
      '          项目            2024年决算数      2023年决算数     增减额      增减率',
      '合计                      110.30      88.14       22.16       25.14',
      '培训费                     15.62       12.40        3.22       25.97',
      '会议费                      9.46       11.83       -2.37      -22.03',
    ].join('\n');
    expect(errors(table)).toEqual(['change.percent L4 -20.03 -22.03']);
    // Two items do not make the 合计 in any column: the table leaves some out, no sum is read.
    expect(claims(table, /各项之和/)).toEqual([]);
  });
});

describe('a list of projects numbered in a 序号 column', () => {
  const PROJECTS = [
    '表6 2024年度重点项目支出情况表',
    '单位：万元',
    '序号\t项目名称\t预算数\t决算数\t完成率（%）',
    '1\t耕地质量监测\t120.00\t112.50\t93.75',
    '2\t农技推广服务\t80.00\t78.40\t98.00',
    '3\t动物防疫补助\t60.00\t54.00\t90.00',
    '合计\t\t260.00\t244.90\t94.19',
    '',
    '    2024年度重点项目支出244.90万元，完成年初预算的94.19%。其中耕地质量监测112.50万元。',
  ].join('\n');

  it('reads the numbers as the items’ numbering: 合计, 完成率 and the text, no error when they hold', () => {
    expect(checkTextReport(PROJECTS).findings).toEqual([]);
    expect(claims(PROJECTS, /各项之和/)).toHaveLength(2);
    const rates = checkTextReport(PROJECTS).claims.filter((c) => c.kind === 'completion');
    expect(rates.map((c) => c.verified)).toEqual([true, true, true, true, true]);
  });

  it('finds a wrong 合计 and a project restated wrongly', () => {
    expect(errors(PROJECTS.replace('\t260.00\t', '\t250.00\t'))).toEqual([
      'table.total L7 260.00 250.00',
      'completion.percent L7 97.96 94.19',
    ]);
    expect(errors(PROJECTS.replace('监测112.50万元', '监测115.20万元'))).toEqual([
      'figure.text-table L9 112.50万元 115.20万元',
    ]);
  });
});

describe('a table of items when it is not clear which rows are parts of which', () => {
  it('leaves a unit’s funds as a whole (基本支出 …) to the named figures: the text says them of several scopes', () => {
    const text = [
      '表8 2024年度支出情况表',
      '单位：万元',
      '项目                预算数     决算数',
      '合计                300.00     280.00',
      '基本支出            200.00     190.00',
      '项目支出            100.00      90.00',
      '    2024年度基本支出150.00万元，其中：人员经费120.00万元，公用经费30.00万元。',
    ].join('\n');
    expect(checkTextReport(text).findings).toEqual([]);
    expect(checkTextReport(text).claims.filter((c) => c.kind === 'figure')).toEqual([]);
  });

  it('does not read a 其中 list followed by a row at the items’ indentation', () => {
    const table = [
      '项目            预算数     决算数',
      '合计            100.00      90.00',
      '基本支出         60.00      55.00',
      '其中：人员经费    40.00      36.00',
      '公用经费         20.00      18.00',
      '项目支出         40.00      35.00',
    ].join('\n');
    expect(checkTextReport(table).findings).toEqual([]);
    expect(claims(table, /各项之和/)).toEqual([]);
  });

  it('does not take a partial 其中 list for the whole item', () => {
    const table = [
      '项目              预算数     决算数',
      '1.办公费           30.00     28.00',
      '2.专用材料费       50.00     45.00',
      '其中：药品         20.00     18.00',
      '      试剂         10.00      9.00',
      '合计               80.00     73.00',
    ].join('\n');
    expect(checkTextReport(table).findings).toEqual([]);
    expect(claims(table, /其下各项之和/)).toEqual([]);
    expect(claims(table, /“合计”等于各项之和/)).toHaveLength(2);
  });

  it('does not judge a rate against another budget than the table’s, nor a figure of a budget or another year', () => {
    const text = [
      '表4 项目支出情况表',
      '单位：万元',
      '项目                调整预算数     决算数',
      '合计                100.00      90.00',
      '1.课题研究经费      60.00      55.00',
      '2.专用设备购置      40.00      35.00',
      '    2024年度项目支出90.00万元，完成年初预算的92.00%。专用设备购置预算38.00万元；2023年度课题研究经费50.00万元；财政拨款课题研究经费50.00万元。',
    ].join('\n');
    expect(checkTextReport(text).findings).toEqual([]);
    expect(
      checkTextReport(text).claims.filter((c) => c.kind === 'completion' || c.kind === 'figure'),
    ).toEqual([]);
  });
});

/** Funds by district with two rate columns printed with "%" (到位率, 支出率) and a 合计 row last. */
const twoRates = (arrival = '95.00%', spent = '90.00%', total = '2600.00') =>
  [
    '某市2024年度城乡环境整治资金绩效评价报告',
    '                 表4  各区资金到位及支出情况',
    '                                                      单位：万元',
    '  区别        下达资金      到位资金      到位率       支出金额      支出率',
    '东湖区         800.00        800.00      100.00%        720.00      90.00%',
    '西岭区         600.00        570.00      ' + arrival + '        513.00      ' + spent,
    '南塘区         700.00        700.00      100.00%        665.00      95.00%',
    '北园区         500.00        480.00       96.00%        432.00      90.00%',
    '合计          ' + total + '       2550.00       98.08%       2330.00      91.37%',
  ].join('\n');

describe('a table with two rate columns printed with "%"', () => {
  const errors = (text: string) =>
    checkTextReport(text)
      .findings.filter((f) => f.severity === 'error')
      .map((f) => [f.line, f.expected, f.found]);

  it('reads its rows: a clean table gives nothing', () => {
    expect(errors(twoRates())).toEqual([]);
  });

  it('finds a wrong 到位率, a wrong 支出率 and a wrong 合计', () => {
    expect(errors(twoRates('59.00%'))).toEqual([[6, '95.00%', '59.00%']]);
    expect(errors(twoRates('95.00%', '80.00%'))).toEqual([[6, '90.00%', '80.00%']]);
    expect(errors(twoRates('95.00%', '90.00%', '2650.00'))).toEqual([[9, '2600.00', '2650.00']]);
  });
});
