/**
 * The corpus as Word and Excel files, generated here (no binaries committed): the national 部门决算 as a
 * DOCX with real tables (the 三公 table's header with merged cells) and as a 9-table XLSX workbook (one
 * sheet per table). Read back by the importers, checked: zero errors, the tables' claims recognised; a
 * figure changed in a table cell is found on the line the UI shows for that cell.
 */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkDocumentLines } from '../domain/checks/index.ts';
import { finalAccounts, makeModel, type Block } from '../../test/fixtures/documents/corpus.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractText, extractTextFromBuffer } from './extract-text.ts';

type TableBlock = Extract<Block, { kind: 't' }>;

function cell(text: string, columnSpan = 1): TableCell {
  return new TableCell({
    columnSpan,
    children: [
      new Paragraph({ text, alignment: /^[\d,.]+$/.test(text) ? AlignmentType.RIGHT : AlignmentType.LEFT }),
    ],
  });
}

/** A header row whose empty cells continue the cell to their left (merged, as Word prints the 三公 header). */
function headerRow(row: readonly string[]): TableRow {
  const cells: TableCell[] = [];
  for (let i = 0; i < row.length; i++) {
    let span = 1;
    while (row[i]! !== '' && row[i + span] === '' && i + span < row.length) span++;
    cells.push(cell(row[i]!, span));
    i += span - 1;
  }
  return new TableRow({ children: cells });
}

async function docx(blocks: readonly Block[], change?: (t: TableBlock) => TableBlock): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [];
  for (const b of blocks) {
    if (b.kind === 'page') continue;
    if (b.kind === 'h' || b.kind === 'p') {
      children.push(new Paragraph(b.text));
      continue;
    }
    const t = change ? change(b) : b;
    children.push(new Paragraph(t.title), new Paragraph(`单位：${t.unit || '万元'}`));
    children.push(
      new Table({
        rows: [
          ...t.header.map(headerRow),
          ...t.rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
        ],
      }),
    );
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

async function xlsx(blocks: readonly Block[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const b of blocks) {
    if (b.kind !== 't') continue;
    const ws = wb.addWorksheet(b.title.slice(0, 31));
    ws.addRow([b.title]);
    ws.addRow([`单位：${b.unit || '万元'}`]);
    for (const r of [...b.header, ...b.rows])
      ws.addRow(r.map((c) => (/^[\d,]+\.\d+$/.test(c) ? Number(c.replace(/,/g, '')) : c)));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const model = makeModel(2718, '临川市档案馆', 2024);
const blocks = finalAccounts(model, { sep: true });

describe('corpus as Word and Excel files', () => {
  it('a DOCX 部门决算 with real tables: no error, tables and text checked against each other', async () => {
    const lines = await extractTextFromBuffer('部门决算.docx', await docx(blocks));
    const r = checkDocumentLines(lines);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.counts.table.recognised).toBeGreaterThan(100);
    expect(r.counts.table.verified).toBe(r.counts.table.recognised);
    expect(r.counts.figure.recognised).toBeGreaterThan(10);
    expect(r.counts.share.recognised).toBeGreaterThanOrEqual(10);
  });

  it('a DOCX whose 支出决算表 合计 disagrees with the 总表 by 0.01: found in that table row', async () => {
    const bytes = await docx(blocks, (t) =>
      t.title === '支出决算表'
        ? {
            ...t,
            rows: t.rows.map((r, i) =>
              i === 0
                ? [r[0]!, r[1]!, (Number(r[2]!.replace(/,/g, '')) + 0.01).toFixed(2), ...r.slice(3)]
                : r,
            ),
          }
        : t,
    );
    const lines = await extractTextFromBuffer('部门决算.docx', bytes);
    const r = checkDocumentLines(lines);
    const f = r.findings.find((x) => x.rule === 'figure.tables-disagree')!;
    expect(f).toMatchObject({ severity: 'error' });
    expect(lines[f.line - 1]!.text).toMatch(/^\t合计\t/);
    expect(lines[f.line - 1]!.location).toMatch(/^表格\d+ 第\d+行$/);
  });

  it('a 9-table XLSX workbook: every sheet read as a table, no error, the tables agree', async () => {
    const lines = await extractTextFromBuffer('部门决算.xlsx', await xlsx(blocks));
    const r = checkDocumentLines(lines);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.counts.table.recognised).toBeGreaterThan(100);
    expect(r.counts.figure.recognised).toBeGreaterThanOrEqual(3);
  });
});

/**
 * The 情况说明 of the national / Shanghai template exactly as `pdftotext -layout` prints it (wrapped lines with
 * blank lines between, fragments on lines of their own, "XX 万元" spacing), the XX filled with made-up,
 * consistent figures (test/fixtures/documents/shanghai-template-filled.layout.txt).
 */
describe('the Shanghai template as pdftotext -layout prints it, filled in', () => {
  const path = fileURLToPath(
    new URL('../../test/fixtures/documents/shanghai-template-filled.layout.txt', import.meta.url),
  );
  const text = readFileSync(path, 'utf8');
  const check = (t: string) => checkDocumentLines(t.split('\n').map((x) => ({ text: x })));
  const lineOf = (t: string, s: string): number => t.slice(0, t.indexOf(s)).split('\n').length;

  it('reads wrapped sentences as one: every claim recognised and held, the list ending in …… only a note', async () => {
    const r = checkDocumentLines(await extractText(path));
    expect(r.findings.filter((f) => f.severity !== 'note')).toEqual([]);
    // (Three of them the 三公 items' bare "占20.00%" of the 三公 total.)
    expect(r.counts.share).toEqual({ recognised: 13, verified: 13 });
    // (Three changes, and a reason worded as its change: "公务接待费…减少…的主要原因", at least; each held.)
    expect(r.counts.change.recognised).toBeGreaterThanOrEqual(4);
    expect(r.counts.change.verified).toBe(r.counts.change.recognised);
    expect(r.counts.sum.recognised).toBeGreaterThanOrEqual(4);
    expect(r.counts.completion.recognised).toBeGreaterThanOrEqual(2);
    // 264.87 + 10.82 + 29.42 = 305.11 against 307.82: the list ends in "……", so a note, not an error.
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['sum.partial', 'note']]);
  });

  it('finds a wrong 类 share on its line, and a total stated differently in two paragraphs', () => {
    const share = text.replace('占 75.51%', '占 76.23%');
    expect(
      check(share)
        .findings.filter((f) => f.severity === 'error')
        .map((f) => [f.rule, f.line]),
    ).toEqual([['share.percent', lineOf(share, '占 76.23%')]]);
    const restated = text.replace(
      '一般公共预算财政拨款支出 264.87 万元，占本年支出合计',
      '一般公共预算财政拨款支出 246.87 万元，占本年支出合计',
    );
    const rules = check(restated)
      .findings.filter((f) => f.severity === 'error')
      .map((f) => f.rule);
    expect(rules).toContain('figure.restated');
    expect(rules).toContain('share.percent');
  });
});

/** Corpus documents printed by Chromium to PDF and read back by the real pdftotext (test/fixtures/documents/pdf-*.txt). */
describe('real pdftotext output of corpus PDFs', () => {
  const dir = fileURLToPath(new URL('../../test/fixtures/documents/', import.meta.url));
  const files = readdirSync(dir).filter((f) => /^pdf-.*\.txt$/.test(f));
  const check = (t: string) => checkDocumentLines(t.split('\n').map((x) => ({ text: x })));

  it('has the -layout and plain outputs of four PDFs', () => expect(files.length).toBe(8));

  for (const f of files) {
    it(`${f}: no error or warning, claims recognised and held`, () => {
      const r = check(readFileSync(dir + f, 'utf8'));
      expect(r.findings.filter((x) => x.severity !== 'note')).toEqual([]);
      const all = Object.values(r.counts);
      expect(all.reduce((a, c) => a + c.recognised, 0)).toBeGreaterThan(0);
      expect(all.every((c) => c.verified === c.recognised)).toBe(true);
      if (/juesuan.*layout/.test(f)) expect(r.counts.table.recognised).toBeGreaterThan(100);
    });
  }

  it('finds a 项 changed in the 支出决算表 of a real pdftotext -layout page, on its line', () => {
    const text = readFileSync(dir + 'pdf-juesuan-7.pdf-layout.txt', 'utf8');
    const m = /支出决算表[\s\S]*?\n(2010301 +行政运行 +)([\d,.]+)/.exec(text)!;
    const at = m.index + m[0].length - m[2]!.length;
    const changed = `${text.slice(0, at)}${(Number(m[2]!.replace(/,/g, '')) + 5).toFixed(2)}${text.slice(at + m[2]!.length)}`;
    const line = changed.slice(0, at).split('\n').length;
    const errors = check(changed).findings.filter((x) => x.severity === 'error');
    expect(errors.find((x) => x.rule === 'table.row-sum')?.line).toBe(line);
    expect(errors.some((x) => x.rule === 'table.code-sum')).toBe(true);
  });
});
