/**
 * Tables typed in an editor (names and figures made up): ruled with box-drawing lines or dashes, their
 * caption spread on one line, their columns lined up by display width (a Chinese character two columns).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';
import { displayWidth, layoutDocument, type TableBlock } from './layout.ts';
import { tableModel } from './table-model.ts';

/** Cells padded to columns of display width, the first left-aligned, the others right-aligned. */
function typedRow(cells: readonly string[], widths: readonly number[]): string {
  return (
    '  ' +
    cells
      .map((c, i) => {
        const pad = ' '.repeat(Math.max(0, widths[i]! - displayWidth(c)));
        return i === 0 ? c + pad : pad + c;
      })
      .join('')
  );
}

const WIDTHS = [14, 12, 12, 12, 10];
const HEADER = ['乡镇', '下达资金', '实际支出', '结余资金', '受益户数'];
const ROWS = [
  ['东坪镇', '820.00', '781.30', '38.70', '1260'],
  ['石桥乡', '465.00', '452.10', '12.90', '734'],
  ['大河口镇', '1,030.00', '968.45', '61.55', '1580'],
  ['柳村', '315.00', '309.20', '5.80', '402'],
];

function typedTable(total: string, rule: string): string {
  const line = rule.repeat(62);
  return [
    '五、资金使用情况',
    '',
    '表2    分乡镇资金使用情况表                         单位：万元',
    line,
    typedRow(HEADER, WIDTHS),
    line,
    ...ROWS.map((r) => typedRow(r, WIDTHS)),
    typedRow(['合计', '2,630.00', total, '118.95', '3976'], WIDTHS),
    line,
    '',
    '    各乡镇资金均已拨付到位。',
  ].join('\n');
}

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

describe('a typed table', () => {
  for (const rule of ['─', '-', '='])
    it(`is one table across its rules (${rule}), its caption above it`, () => {
      const tables = layoutDocument(
        typedTable('2,511.05', rule)
          .split('\n')
          .map((text) => ({ text })),
      ).blocks.filter((b): b is TableBlock => b.kind === 'table');
      expect(tables).toHaveLength(1);
      expect(tables[0]!.title).toBe('表2分乡镇资金使用情况表');
      expect(tables[0]!.unit).toBe('万元');
      expect(tables[0]!.rows).toHaveLength(6);
    });

  it('reads its columns by display width', () => {
    const table = layoutDocument(
      typedTable('2,511.05', '─')
        .split('\n')
        .map((text) => ({ text })),
    ).blocks.find((b): b is TableBlock => b.kind === 'table')!;
    expect(tableModel(table).headers).toEqual(['下达资金', '实际支出', '结余资金', '受益户数']);
  });

  it('checks its 合计 row, and finds nothing in the clean one', () => {
    expect(errors(typedTable('2,511.05', '─'))).toEqual([]);
    // (Its 下达资金 = 实际支出 + 结余资金 in every row: the wrong 实际支出 breaks the 合计 row's too.)
    expect(errors(typedTable('2,521.05', '─'))).toEqual([
      'table.row-sum 2640.00 2,630.00',
      'table.total 2511.05 2,521.05',
    ]);
  });

  it('reads a table drawn with box-drawing bars as columns', () => {
    const bar = (cells: string[]) => '│' + cells.map((c) => ` ${c} `).join('│') + '│';
    const text = (total: string) =>
      [
        '五、资金使用情况',
        '┌──────┬──────┬──────┐',
        bar(['乡镇', '下达资金', '实际支出']),
        '├──────┼──────┼──────┤',
        ...ROWS.map((r) => bar([r[0]!, r[1]!, r[2]!])),
        bar(['合计', '2,630.00', total]),
        '└──────┴──────┴──────┘',
      ].join('\n');
    expect(errors(text('2,511.05'))).toEqual([]);
    expect(errors(text('2,501.05'))).toEqual(['table.total 2511.05 2,501.05']);
  });
});

describe('a table with a column of rates printed with %', () => {
  const text = (left: string) =>
    [
      '表3  分乡镇资金支出情况表                          单位：万元',
      '  乡镇              下达资金      实际支出    支出率      结余资金',
      '  东坪镇            400.00        388.00      97.00%        12.00',
      '  石桥乡            250.00        240.00      96.00%        10.00',
      '  柳村              150.00        132.00      88.00%        18.00',
      `  合计              800.00        760.00      95.00%        ${left}`,
    ].join('\n');

  it('reads the rates as a column of their own and sums the columns after it', () => {
    expect(errors(text('40.00'))).toEqual([]);
    expect(errors(text('45.00'))).toContain('table.total 40.00 45.00');
  });
});

describe('a row whose label wraps onto a line of its own', () => {
  const table = (total: string) =>
    [
      '            2024年度“三公”经费分单位情况表',
      '                                                         单位：万元',
      '   单位名称         2024年预算数     公务用车运行维护费     公务接待费      合计',
      '青禾县水务局（本级）      18.00            8.40              3.10       11.50',
      '青禾县水文监测站           7.00            5.30              0.80        6.10',
      '青禾县水利工程质量监       3.00            2.10              0.40        2.50',
      '督站',
      `合计                     28.00           ${total}              4.30       20.10`,
    ].join('\n');

  it('joins the word to its row’s label, so the 合计 row is summed', () => {
    expect(errors(table('15.80'))).toEqual([]);
    expect(errors(table('16.80'))).toContain('table.total 15.80 16.80');
  });
});
