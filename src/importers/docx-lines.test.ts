import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { checkLines } from '../domain/checks/index.ts';
import { docxHtmlToLines, expandSpans, tableGrid } from './docx-lines.ts';
import { extractTextFromBuffer } from './extract-text.ts';

type Spec = { text: string; rowSpan?: number; columnSpan?: number };
const c = (text: string, rowSpan?: number, columnSpan?: number): Spec => ({
  text,
  ...(rowSpan ? { rowSpan } : {}),
  ...(columnSpan ? { columnSpan } : {}),
});
const cell = (s: Spec): TableCell =>
  new TableCell({
    children: [new Paragraph(s.text)],
    ...(s.rowSpan ? { rowSpan: s.rowSpan } : {}),
    ...(s.columnSpan ? { columnSpan: s.columnSpan } : {}),
  });

/**
 * A 评分表 as every real one is laid out: 一级 and 二级 labels merged vertically over their indicators,
 * 合计 merged across the three label columns. Rows list only the cells Word stores (covered cells left out).
 */
function scoreTable(opts: { quantityLabel: string; total: string }): Spec[][] {
  return [
    // As in 001: a title merged across the table, then an empty row, then the header.
    [c('政府采购专项业务费项目评分表', undefined, 5)],
    [c(''), c(''), c(''), c(''), c('')],
    [c('一级指标'), c('二级指标'), c('三级指标'), c('分值'), c('得分')],
    [c('决策（20分）', 3), c('目标设定（12分）', 2), c('绩效目标合理性'), c('6'), c('6')],
    [c('绩效指标明确性'), c('6'), c('5')],
    [c('决策过程（8分）'), c('资金分配合理性'), c('8'), c('8')],
    [c('产出（50分）', 3), c(opts.quantityLabel, 2), c('完成采购项目个数'), c('15'), c('15')],
    [c('采购预算规模'), c('15'), c('12')],
    [c('质量（20分）'), c('质疑投诉率'), c('20'), c('18')],
    [c('效益（30分）', 2), c('社会效益（20分）'), c('资金节约率'), c('20'), c('17')],
    [c('满意度（10分）'), c('服务对象满意度'), c('10'), c('9')],
    [c('合计', undefined, 3), c('100'), c(opts.total)],
  ];
}

async function docxOf(rows: Spec[][]): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('2020年度政府采购专项业务费项目评分表'),
          new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('DOCX tables with merged cells', () => {
  it('expands rowspan and colspan to the full grid, covered slots empty', () => {
    const html =
      '<table><tr><td rowspan="2"><p>A</p></td><td colspan="2"><p>B</p></td></tr><tr><td><p>C</p></td><td><p>D</p></td></tr>' +
      '<tr><td><p>E</p></td><td><p>F</p></td><td rowspan="2"><p>G</p></td></tr><tr><td><p>H</p></td><td><p>I</p></td></tr></table>';
    expect(tableGrid(html)).toEqual([
      ['A', 'B', ''],
      ['', 'C', 'D'],
      ['E', 'F', 'G'],
      ['H', 'I', ''],
    ]);
    // A short row followed by a slot merged from above further right keeps that slot's column.
    expect(
      expandSpans(
        [
          [
            { value: 'a', rowSpan: 1, colSpan: 1 },
            { value: 'b', rowSpan: 1, colSpan: 1 },
            { value: 'c', rowSpan: 2, colSpan: 1 },
          ],
          [{ value: 'd', rowSpan: 1, colSpan: 1 }],
        ],
        '',
      ),
    ).toEqual([
      ['a', 'b', 'c'],
      ['d', '', ''],
    ]);
  });

  it('keeps a table nested in a cell inside that cell, and paragraphs after it numbered', () => {
    const html =
      '<p>一</p><table><tr><td><table><tr><td><p>x</p></td><td><p>y</p></td></tr></table></td><td><p>2</p></td></tr></table><p>二</p>';
    expect(docxHtmlToLines(html)).toEqual([
      { text: '一', location: '段落1' },
      { text: 'x y\t2', location: '表格1 第1行' },
      { text: '' },
      { text: '二', location: '段落2' },
    ]);
  });

  it('reads a merged 评分表 with every row at full width, located by table and row', async () => {
    const lines = await extractTextFromBuffer(
      '评分表.docx',
      await docxOf(scoreTable({ quantityLabel: '数量（30分）', total: '90' })),
    );
    const rows = lines.filter((l) => l.location?.startsWith('表格1'));
    expect(rows).toHaveLength(12);
    for (const r of rows) expect(r.text.split('\t')).toHaveLength(5);
    expect(rows[1]).toEqual({ text: '\t\t\t\t', location: '表格1 第2行' });
    expect(rows[4]).toEqual({ text: '\t\t绩效指标明确性\t6\t5', location: '表格1 第5行' });
    expect(rows[5]).toEqual({ text: '\t决策过程（8分）\t资金分配合理性\t8\t8', location: '表格1 第6行' });
    expect(rows[11]).toEqual({ text: '合计\t\t\t100\t90', location: '表格1 第12行' });
  });

  it('a correct merged 评分表 produces no finding at all', async () => {
    const lines = await extractTextFromBuffer(
      '评分表.docx',
      await docxOf(scoreTable({ quantityLabel: '数量（30分）', total: '90' })),
    );
    expect(checkLines(lines)).toEqual([]);
  });

  it('finds exactly the wrong 合计 and the wrong 二级 group, and nothing else', async () => {
    // 6 + 5 + 8 + 15 + 12 + 18 + 17 + 9 = 90, printed 92; 数量 labelled 25分 over 15 + 15 = 30.
    const lines = await extractTextFromBuffer(
      '评分表.docx',
      await docxOf(scoreTable({ quantityLabel: '数量（25分）', total: '92' })),
    );
    const findings = checkLines(lines);
    expect(
      findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        location: f.location,
        expected: f.expected,
        found: f.found,
      })),
    ).toEqual([
      { rule: 'score.group-weight', severity: 'error', location: '表格1 第7行', expected: '25', found: '30' },
      { rule: 'score.sum', severity: 'error', location: '表格1 第12行', expected: '90', found: '92' },
    ]);
    expect(findings[0]!.message).toContain('15 + 15 = 30');
    expect(findings[1]!.message).toContain('6 + 5 + 8 + 15 + 12 + 18 + 17 + 9 = 90');
  });
});
