import { describe, expect, it } from 'vitest';
import { cell, para, plainText, tableGrid, type DocumentModel, type Table } from './model.ts';
import { escapeHtml, renderHtml } from './pdf/render-html.ts';

const merged: Table = {
  kind: 'table',
  columnWidths: [1, 1, 2, 1],
  headerRows: 1,
  rows: [
    { cells: [cell('一级'), cell('二级'), cell('三级'), cell('得分')] },
    { cells: [cell('项目决策', { rowSpan: 3 }), cell('目标', { rowSpan: 2 }), cell('a'), cell('5')] },
    { cells: [cell('b'), cell('4')] },
    { cells: [cell('过程'), cell('c'), cell('3')] },
    { cells: [cell('合计', { colSpan: 3 }), cell('12')] },
  ],
};

describe('tableGrid', () => {
  it('resolves rowSpan and colSpan the HTML way: covered slots point at the merged cell', () => {
    const g = tableGrid(merged);
    expect(g).toHaveLength(5);
    expect(g.every((row) => row.length === 4)).toBe(true);
    expect(g[3]![0]!.cell.text).toBe('项目决策');
    expect(g[3]![0]!.origin).toBe(false);
    expect(g[2]![1]!.cell.text).toBe('目标');
    expect(g[3]![1]!.cell.text).toBe('过程');
    expect(g[4]![2]!.cell.text).toBe('合计');
    expect(g[1]![0]!.origin).toBe(true);
  });

  it('refuses a row that overflows or leaves a slot empty, naming the row', () => {
    const overflow: Table = {
      ...merged,
      rows: [
        ...merged.rows.slice(0, 2),
        { cells: [cell('b'), cell('4'), cell('extra')] },
        ...merged.rows.slice(3),
      ],
    };
    expect(() => tableGrid(overflow)).toThrow(/第3行/);
    const short: Table = { ...merged, rows: [merged.rows[0]!, { cells: [cell('x'), cell('y')] }] };
    expect(() => tableGrid(short)).toThrow(/第2行第3列没有单元格/);
    const tooTall: Table = {
      ...merged,
      rows: [merged.rows[0]!, { cells: [cell('x', { rowSpan: 2 }), cell('a'), cell('b'), cell('c')] }],
    };
    expect(() => tableGrid(tooTall)).toThrow(/超出表格末行/);
  });
});

describe('renderHtml', () => {
  const doc: DocumentModel = {
    title: '标题<script>alert(1)</script>',
    bodySize: 16,
    pageNumbers: true,
    blocks: [para([{ text: 'A & B ' }, { text: '加粗', bold: true }]), merged],
  };

  it('escapes every text, so user narrative cannot inject markup', () => {
    const html = renderHtml(doc);
    expect(html).not.toContain('<script>');
    expect(html).toContain('标题&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('A &amp; B <b>加粗</b>');
    expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
  });

  it('lays out A4 with the GB/T 9704 margins and the Chinese font stacks', () => {
    const html = renderHtml(doc);
    expect(html).toContain('@page { size: 210mm 297mm; margin: 37mm 26mm 35mm 28mm; }');
    expect(html).toMatch(
      /font-family: 'Times New Roman', '仿宋_GB2312', 'FangSong', '仿宋', 'STFangsong', 'Noto Serif CJK SC'/,
    );
    expect(html).toMatch(/\.h1 \{ font-family: '黑体', 'SimHei', 'STHeiti', 'Noto Sans CJK SC'/);
    expect(html).toContain("'方正小标宋简体'");
  });

  it('writes merged cells as rowspan / colspan and the header rows in thead', () => {
    const html = renderHtml(doc);
    expect(html).toContain(
      '<td rowspan="3" class="center"><p>项目决策</p></td><td rowspan="2" class="center"><p>目标</p></td>',
    );
    expect(html).toContain('<td colspan="3" class="center"><p>合计</p></td>');
    expect(html).toMatch(/<thead><tr><th class="center"><p>一级<\/p><\/th>/);
  });

  it('refuses a skewed table instead of rendering it', () => {
    const bad: DocumentModel = { ...doc, blocks: [{ ...merged, rows: [{ cells: [cell('x')] }] }] };
    expect(() => renderHtml(bad)).toThrow(RangeError);
  });
});

describe('plainText', () => {
  it('gives one line per paragraph and one tab-separated line per table row', () => {
    const text = plainText({ title: 'T', bodySize: 12, pageNumbers: false, blocks: [para('正文'), merged] });
    expect(text.split('\n')).toEqual([
      'T',
      '正文',
      '一级\t二级\t三级\t得分',
      '项目决策\t目标\ta\t5',
      'b\t4',
      '过程\tc\t3',
      '合计\t12',
    ]);
  });
});
