/**
 * Reads the 政府收支分类科目 a finance department issues, as XLSX (first sheet) or CSV (UTF-8 or GB18030):
 * a header row with 科目编码 and 科目名称 (and optionally 说明), one 科目 per row. Returns the rows and a
 * problem per bad cell, in Chinese, naming the cell ("B7"). The codes' first digit tells the list:
 * 1 收入分类, 2 支出功能分类, 3 部门预算支出经济分类, 5 政府预算支出经济分类.
 */
import ExcelJS from 'exceljs';
import {
  CATALOGUE_KINDS,
  kindOfCode,
  type CatalogueData,
  type CatalogueEntry,
  type CatalogueKind,
} from '../domain/accounts/catalog.ts';
import { cellValueText } from './spreadsheet-cells.ts';

export interface CatalogueRow {
  /** Row number in the file (1-based, as Excel shows it). */
  row: number;
  code: string;
  name: string;
  explanation?: string;
  kind: CatalogueKind;
}
export interface CatalogueProblem {
  row: number;
  /** "A7", or "" for the whole file. */
  cell: string;
  column: string;
  message: string;
}
export interface CatalogueFile {
  rows: CatalogueRow[];
  problems: CatalogueProblem[];
  /** Notes that do not stop the import (a 项 whose 款 is not in the file, …). */
  notes: CatalogueProblem[];
}

const HEADERS = {
  code: ['科目编码', '编码', '科目代码'],
  name: ['科目名称', '名称'],
  note: ['说明', '名词解释'],
};
const colLetter = (i: number) => String.fromCharCode(65 + i);

/** The CSV fields of one line (RFC 4180 quotes), for a whole text. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function decode(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

async function xlsxGrid(bytes: Uint8Array): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const grid: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, 3); c++) cells.push(cellValueText(row.getCell(c).value));
    grid[n - 1] = cells;
  });
  for (let i = 0; i < grid.length; i++) grid[i] ??= [];
  return grid;
}

/** Reads the file's rows; `fileName` decides XLSX or CSV. Never throws for a bad file: problems say why. */
export async function readCatalogueFile(bytes: Uint8Array, fileName: string): Promise<CatalogueFile> {
  const problems: CatalogueProblem[] = [];
  const notes: CatalogueProblem[] = [];
  const whole = (message: string): CatalogueFile => ({
    rows: [],
    problems: [{ row: 0, cell: '', column: '', message }],
    notes,
  });
  const lower = fileName.toLowerCase();
  let grid: string[][];
  if (lower.endsWith('.xlsx')) {
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return whole('文件不是有效的 Excel（.xlsx）文件。');
    try {
      grid = await xlsxGrid(bytes);
    } catch {
      return whole('无法读取该 Excel 文件（文件已损坏，或不是 .xlsx 格式）。');
    }
  } else if (lower.endsWith('.csv')) grid = parseCsv(decode(bytes));
  else return whole(`不支持的文件类型“${fileName}”：请上传 .xlsx 或 .csv 文件。`);

  const norm = (s: string) => s.replace(/\s+/g, '');
  const headerIndex = grid.slice(0, 20).findIndex((r) => {
    const cells = r.map(norm);
    return cells.some((c) => HEADERS.code.includes(c)) && cells.some((c) => HEADERS.name.includes(c));
  });
  if (headerIndex < 0) return whole('找不到表头：前 20 行中应有“科目编码”和“科目名称”两列（“说明”列可选）。');
  const header = grid[headerIndex]!.map(norm);
  const codeCol = header.findIndex((c) => HEADERS.code.includes(c));
  const nameCol = header.findIndex((c) => HEADERS.name.includes(c));
  const noteCol = header.findIndex((c) => HEADERS.note.includes(c));

  const rows: CatalogueRow[] = [];
  const firstRow = new Map<string, number>();
  for (let i = headerIndex + 1; i < grid.length; i++) {
    const r = grid[i] ?? [];
    const rowNo = i + 1;
    const code = (r[codeCol] ?? '').replace(/\s+/g, '');
    const name = (r[nameCol] ?? '').trim();
    const explanation = noteCol >= 0 ? (r[noteCol] ?? '').trim() : '';
    if (!code && !name && !explanation) continue;
    const at = (col: number, column: string, message: string) =>
      problems.push({ row: rowNo, cell: `${colLetter(col)}${rowNo}`, column, message });
    let ok = true;
    const kind = kindOfCode(code);
    if (!code) {
      at(codeCol, '科目编码', '科目编码为空。');
      ok = false;
    } else if (!/^\d{3}(\d{2}(\d{2})?)?$/.test(code)) {
      at(codeCol, '科目编码', `科目编码“${code}”应为 3、5 或 7 位数字（类、款、项）。`);
      ok = false;
    } else if (!kind) {
      at(
        codeCol,
        '科目编码',
        `科目编码“${code}”不属于任何一类科目：收入以 1 开头，支出功能分类以 2 开头，支出经济分类以 3（部门预算）或 5（政府预算）开头且为 3 或 5 位。`,
      );
      ok = false;
    } else if (firstRow.has(code)) {
      at(codeCol, '科目编码', `科目编码 ${code} 与第 ${firstRow.get(code)} 行重复。`);
      ok = false;
    }
    if (!name) {
      at(nameCol, '科目名称', '科目名称为空。');
      ok = false;
    }
    if (!ok || !kind) continue;
    firstRow.set(code, rowNo);
    rows.push({ row: rowNo, code, name, kind, ...(explanation ? { explanation } : {}) });
  }
  const codes = new Set(rows.map((r) => r.code));
  for (const r of rows) {
    if (r.code.length === 3) continue;
    const parent = r.code.slice(0, r.code.length - 2);
    if (!codes.has(parent))
      notes.push({
        row: r.row,
        cell: `${colLetter(codeCol)}${r.row}`,
        column: '科目编码',
        message: `${r.code} 的上级科目 ${parent} 不在文件中（将沿用已有科目表中的名称）。`,
      });
  }
  if (!rows.length && !problems.length)
    problems.push({ row: 0, cell: '', column: '', message: '文件中没有科目。' });
  return { rows, problems, notes };
}

/** The rows as a catalogue of (region, year): each list the file holds. */
export function catalogueDataOf(
  rows: readonly CatalogueRow[],
  region: string,
  year: number,
  source: string,
): CatalogueData {
  const lists = Object.fromEntries(CATALOGUE_KINDS.map((k) => [k, [] as CatalogueEntry[]])) as Record<
    CatalogueKind,
    CatalogueEntry[]
  >;
  for (const r of [...rows].sort((a, b) => a.code.localeCompare(b.code)))
    lists[r.kind].push({
      code: r.code,
      name: r.name,
      ...(r.explanation ? { explanation: r.explanation } : {}),
    });
  return {
    region,
    year,
    title: `${year}年政府收支分类科目（${region}）`,
    source,
    uncertain: [],
    unverified: [],
    ...lists,
  };
}
