/**
 * Tables printed by plain `pdftotext` (one cell per line, no tab): read as tables when their shape is
 * unambiguous (plain-tables.ts), never otherwise. Every unit, name and figure here is made up.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport, layoutDocument, textLines } from './index.ts';

const TITLE = '某某县文化和旅游局2024年度部门整体支出绩效自评报告';

/** A document: title, a heading, the lines given (one per line), a closing paragraph. */
const plainDoc = (lines: readonly string[]): string =>
  [
    TITLE,
    '',
    '一、预算执行情况',
    '',
    '表1 2024年度预算执行情况表',
    '单位：万元',
    ...lines,
    '',
    '二、下一步工作',
    '',
    '下一步将加强预算执行动态监控，提高资金使用效益。',
  ].join('\n');

const TABLE = [
  '预算类别',
  '年初预算',
  '调整预算',
  '执行数',
  '执行率',
  '基本支出',
  '1,240.00',
  '1,260.00',
  '1,247.40',
  '99.00%',
  '项目支出',
  '830.00',
  '900.00',
  '846.00',
  '94.00%',
  '合计',
  '2,070.00',
  '2,160.00',
  '2,093.40',
  '96.92%',
];

const plainTables = (text: string) =>
  layoutDocument(textLines(text)).blocks.flatMap((b) =>
    b.kind === 'table' && b.shape === 'plain' ? [b] : [],
  );
const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `L${f.line} ${f.rule} ${f.expected} ${f.found}`);

describe('a plain table (one cell per line)', () => {
  it('is read as rows of cells, each cell at its own line', () => {
    const [table, ...more] = plainTables(plainDoc(TABLE));
    expect(more).toEqual([]);
    expect(table!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['预算类别', '年初预算', '调整预算', '执行数', '执行率'],
      ['基本支出', '1,240.00', '1,260.00', '1,247.40', '99.00%'],
      ['项目支出', '830.00', '900.00', '846.00', '94.00%'],
      ['合计', '2,070.00', '2,160.00', '2,093.40', '96.92%'],
    ]);
    // Line 7 (index 6) is the header's first cell; 99.00% is the 10th line of the table.
    expect(table!.rows[1]!.cells[4]!.line).toBe(6 + 9);
    expect(table!.title).toBe('表12024年度预算执行情况表');
    expect(table!.unit).toBe('万元');
  });

  it('clean: no error, its rates and totals counted as claims', () => {
    const r = checkTextReport(plainDoc(TABLE));
    expect(r.findings.filter((f) => f.severity !== 'note')).toEqual([]);
    const table = r.claims.filter((c) => c.line >= 7 && c.line <= 26);
    // Three rates (each row's 执行数 ÷ 调整预算) and the 合计 of three amount columns.
    expect(table.map((c) => `${c.kind} L${c.line} ${c.verified}`)).toEqual([
      'completion L16 true',
      'completion L21 true',
      'sum L23 true',
      'sum L24 true',
      'sum L25 true',
      'completion L26 true',
    ]);
  });

  it('a wrong rate: found at its own line', () => {
    const bad = TABLE.map((t) => (t === '94.00%' ? '49.00%' : t));
    // 94.00% is the 15th table line: line 6 + 15 = 21.
    expect(errors(plainDoc(bad))).toEqual(['L21 completion.percent 94.00% 49.00%']);
  });

  it('a wrong total: found at its own line', () => {
    const bad = TABLE.map((t) => (t === '2,093.40' ? '2,039.40' : t));
    const found = errors(plainDoc(bad));
    expect(found.length).toBeGreaterThan(0);
    // 2,093.40 is the 19th table line: line 6 + 19 = 25.
    expect(found.every((f) => f.startsWith('L25 '))).toBe(true);
    expect(found.some((f) => f.includes('sum.parts'))).toBe(true);
  });

  it('with a 序号 column, the 合计 row one cell short', () => {
    const numbered = [
      '序号',
      '项目名称',
      '全年预算',
      '1-6月支出',
      '执行率',
      '1',
      '文物保护修缮',
      '300.00',
      '120.00',
      '40.00%',
      '2',
      '公共文化服务',
      '200.00',
      '90.00',
      '45.00%',
      '合计',
      '500.00',
      '201.00',
      '40.20%',
    ];
    const [table] = plainTables(plainDoc(numbered));
    expect(table!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['序号', '项目名称', '全年预算', '1-6月支出', '执行率'],
      ['1', '文物保护修缮', '300.00', '120.00', '40.00%'],
      ['2', '公共文化服务', '200.00', '90.00', '45.00%'],
      ['', '合计', '500.00', '201.00', '40.20%'],
    ]);
    // 合计 of 1-6月支出: 120.00 + 90.00 = 210.00, printed 201.00 (its line: 6 + 18 = 24).
    const found = errors(plainDoc(numbered));
    expect(found.some((f) => f.startsWith('L24 sum.parts'))).toBe(true);
  });
});

describe('near-misses: no table', () => {
  it('a run that does not divide into rows of k cells', () => {
    // The last row lacks its rate.
    const short = TABLE.slice(0, -1);
    expect(plainTables(plainDoc(short))).toEqual([]);
    expect(errors(plainDoc(short))).toEqual([]);
  });

  it('label–figure pairs (two columns) are a list, not a table', () => {
    const list = ['基本支出', '1,240.00', '项目支出', '830.00', '其他支出', '12.00', '合计', '2,082.00'];
    expect(plainTables(plainDoc(list))).toEqual([]);
  });

  it('prose cut into short lines with figures alone on lines', () => {
    const prose = [
      '全年预算执行情况如下',
      '年初预算为',
      '1,240.00',
      '万元',
      '调整后预算为',
      '1,260.00',
      '万元',
      '实际支出为',
      '1,247.40',
      '万元',
      '执行率为',
      '99.00%',
    ];
    expect(plainTables(plainDoc(prose))).toEqual([]);
    expect(errors(plainDoc(prose))).toEqual([]);
  });

  it('a header without an amount column', () => {
    const names = ['姓名', '职务', '单位', '评审一', '2', '3', '评审二', '4', '5', '评审三', '6', '7'];
    expect(plainTables(plainDoc(names))).toEqual([]);
  });

  it('a sentence above the rows is not read as a header cell', () => {
    const withSentence = ['以下为执行情况，请审阅。', ...TABLE.slice(1)];
    // The header is one line short: its first cell is a sentence, the run does not start a table.
    expect(plainTables(plainDoc(withSentence))).toEqual([]);
  });
});

describe('a header one cell short', () => {
  it('does not take the unit line for its first cell', () => {
    expect(plainTables(plainDoc(TABLE.slice(1)))).toEqual([]);
  });
});
