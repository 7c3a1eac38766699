/**
 * A standalone 三公 notice as LibreOffice prints it and `pdftotext -layout` extracts it: figures set apart from
 * their units ("250,000.00 元", "2031 年决算（元）"), a comparison table whose cells are left-aligned, a 完成率
 * column of "%" and a 同比增减 column of "+25.00%" / "新增", a counts table below it, and numbered prose
 * (fee-changes.ts, table-model.ts, fee-counts.ts, table-claims.ts, figure-claims.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

type Fig = Partial<{ total: string; car: string; buy: string }>;

/** A row with its cells where LibreOffice sets them (left-aligned, one column each). */
function row(label: string, cells: string[], indent = 0): string {
  let s = ' '.repeat(indent) + label;
  [23, 36, 49, 56, 69].forEach((at, k) => {
    s = s.length < at ? s.padEnd(at) : `${s} `;
    s += cells[k];
  });
  return s;
}

const notice = (
  fig: Fig = {},
  prose: Partial<Record<'change' | 'car' | 'reception' | 'count' | 'buy', string>> = {},
) =>
  [
    '某省某市某县水务局关于 2031 年度“三公”经费支出决算情况的',
    '                                           公告',
    '现将我局 2031 年度财政拨款“三公”经费支出决算情况公告如下（金额单位：元）：',
    '',
    '一、“三公”经费决算与预算、上年对比表',
    '',
    '         项目            2031 年预算（元） 2031 年决算（元） 完成率 2030 年决算（元） 同比增减',
    row('“三公”经费合计', ['300,000.00', fig.total ?? '250,000.00', '83.33%', '200,000.00', '+25.00%']),
    row('一、因公出国（境）费', ['0.00', '0.00', '—', '10,000.00', '-100.00%']),
    row('二、公务用车购置及运行维护费', [
      '220,000.00',
      fig.car ?? '200,000.00',
      '90.91%',
      '150,000.00',
      '+33.33%',
    ]),
    row('其中：公务用车购置费', ['120,000.00', fig.buy ?? '110,000.00', '91.67%', '0.00', '新增'], 1),
    row('公务用车运行维护费', ['100,000.00', '90,000.00', '90.00%', '150,000.00', '-40.00%'], 5),
    row('三、公务接待费', ['80,000.00', '50,000.00', '62.50%', '40,000.00', '+25.00%']),
    '二、相关数量信息',
    '',
    '        指标         2031 年 2030 年',
    '因公出国（境）团组数（个） 0               1',
    '公务接待批次             20         18',
    '公务接待人次             150        120',
    '三、情况说明',
    '',
    '1.预算执行。2031 年度“三公”经费财政拨款预算 300,000.00 元，实际支出 250,000.00 元，完成预算的 83.33%。',
    '',
    `2.与上年比较。“三公”经费支出比 2030 年度${prose.change ?? '增加 50,000.00 元，增长 25.00%'}。其中：因公出国（境）费减少`,
    `10,000.00 元，下降 100.00%；公务用车购置及运行维护费增加 50,000.00 元，增长 ${prose.car ?? '33.33%'}；公务接待费增加`,
    `10,000.00 元，增长 ${prose.reception ?? '25.00%'}。`,
    '',
    '3.支出结构。2031 年度“三公”经费中，公务用车购置及运行维护费 200,000.00 元，占 80.00%；公务接待费',
    '50,000.00 元，占 20.00%。',
    '',
    `4.具体情况。公务用车购置费 ${prose.buy ?? '110,000.00'} 元；公务接待费 50,000.00 元，共接待 ${prose.count ?? '20'} 批次、150 人次。`,
  ].join('\n');

const findings = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity !== 'note')
    .map((f) => `${f.severity} ${f.rule} ${f.expected} ${f.found}`);

describe('a LibreOffice 三公 notice: the table read through its "%" and mark columns', () => {
  it('gives no finding on the clean notice, and holds its claims', () => {
    const r = checkTextReport(notice());
    expect(r.findings.filter((f) => f.severity !== 'note')).toEqual([]);
    expect(
      r.claims.filter((c) => c.kind === 'table' && c.arithmetic.includes('2031年决算（元）')),
    ).toHaveLength(2);
    expect(r.claims.filter((c) => c.kind === 'change' && c.verified)).toHaveLength(4);
  });

  it('sums the table’s rows and names the 决算 column by its year set apart', () => {
    expect(findings(notice({ total: '250,100.00' }))).toEqual(['error table.row-sum 250000.00 250,100.00']);
  });

  it('holds a wrong 合计 to the car line’s parts when the car line is wrong too', () => {
    expect(findings(notice({ total: '249,100.00', car: '199,000.00' }))).toEqual([
      'error table.row-sum 250000.00 249,100.00',
      'error table.row-sum 200000.00 199,000.00',
    ]);
  });

  it('compares the text’s item with its row', () => {
    expect(findings(notice({}, { buy: '111,000.00' }))).toEqual([
      'error figure.text-table 110000.00元 111000.00元',
    ]);
  });
});

describe('changes on last year against the table’s two years (fee-changes.ts)', () => {
  it('reports a change told the wrong way round', () => {
    expect(findings(notice({}, { change: '减少 50,000.00 元，下降 25.00%' }))).toEqual([
      'error change.direction 增加50000.00元，增长 减少50000.00元，下降',
    ]);
  });
  it('reports a wrong % of a 其中 item', () => {
    expect(findings(notice({}, { car: '38.33%' }))).toEqual(['error change.percent 33.33% 38.33%']);
  });
  it('warns of a rate without its %, only when the figure is the rate', () => {
    expect(findings(notice({}, { reception: '25.00' }))).toEqual(['warning unit.missing 25.00% 25.00']);
    expect(findings(notice({}, { reception: '21.00' }))).toEqual([]);
  });
});

describe('the counts table against the text (fee-counts.ts)', () => {
  it('holds the text’s count to the table’s column of the year', () => {
    expect(findings(notice({}, { count: '22' }))).toEqual(['error count.restated 20批次 22批次']);
    // Last year's figure is not this year's count.
    expect(findings(notice({}, { count: '18' }))).toEqual(['error count.restated 20批次 18批次']);
  });
});
