/**
 * The 附表 of the national 部门决算 set as an XLSX workbook: one sheet per table (公开01表–公开09表) in the
 * layout of a published 附表 — title, 表号, 编制单位 and 单位：万元, the merged header rows, 科目 rows with
 * their 类/款 subtotals, the 合计 rows filled, the 注 line. Drawn from domain/accounts/tables.ts, the same
 * data the document prints; src/importers/accounts-xlsx.ts (readPublicTablesWorkbook) reads it back.
 */
import ExcelJS from 'exceljs';
import {
  publicTables,
  wan,
  type FinalAccounts,
  type PublicTable,
  type PublicTableOptions,
} from '../../domain/accounts/index.ts';

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = { name: '宋体', size: 10 };

/** Sheet name of a table: its title, within Excel's 31 characters. */
export const publicSheetName = (t: Pick<PublicTable, 'title'>): string => t.title.slice(0, 31);

/** The row (1-based) where each sheet's header starts. */
export const PUBLIC_HEADER_ROW = 4;

function writeTable(wb: ExcelJS.Workbook, t: PublicTable, fa: FinalAccounts): void {
  const n = t.widths.length;
  const ws = wb.addWorksheet(publicSheetName(t), {
    pageSetup: {
      paperSize: 9,
      orientation: n > 6 ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  ws.columns = t.widths.map((w) => ({ width: Math.max(8, Math.round(w * 0.9)) }));
  ws.mergeCells(1, 1, 1, n);
  const title = ws.getCell(1, 1);
  title.value = t.title;
  title.font = { name: '黑体', size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;
  ws.getCell(2, n).value = t.code;
  ws.getCell(2, n).alignment = { horizontal: 'right' };
  ws.getCell(2, n).font = FONT;
  if (n > 1) ws.mergeCells(3, 1, 3, n - 1);
  ws.getCell(3, 1).value = `编制单位：${fa.unit.name}\u3000\u3000${fa.year}年度`;
  ws.getCell(3, 1).font = FONT;
  ws.getCell(3, n).value = '单位：万元';
  ws.getCell(3, n).alignment = { horizontal: 'right' };
  ws.getCell(3, n).font = FONT;

  let r = PUBLIC_HEADER_ROW;
  const taken = new Set<string>();
  t.header.forEach((cells, i) => {
    const row = r + i;
    let c = 1;
    for (const h of cells) {
      while (taken.has(`${row}:${c}`)) c++;
      const cs = h.colSpan ?? 1;
      const rs = h.rowSpan ?? 1;
      if (cs > 1 || rs > 1) ws.mergeCells(row, c, row + rs - 1, c + cs - 1);
      for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) taken.add(`${row + dr}:${c + dc}`);
      ws.getCell(row, c).value = h.text;
      c += cs;
    }
    for (let col = 1; col <= n; col++) {
      const cell = ws.getCell(row, col);
      cell.font = { ...FONT, bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = BORDER;
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    }
  });
  r += t.header.length;
  ws.views = [{ state: 'frozen', ySplit: r - 1 }];
  for (const body of t.rows) {
    body.cells.forEach((v, i) => {
      const cell = ws.getCell(r, i + 1);
      if (v === null) cell.value = null;
      else if (typeof v === 'string') {
        // Codes stay text ("2070101"), names indented by level.
        cell.value = i % 3 === 1 && body.level ? `${'\u3000'.repeat(body.level)}${v}` : v;
        cell.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
      } else {
        cell.value = Number(wan(v.yuan));
        cell.numFmt = '#,##0.00';
        cell.alignment = { horizontal: 'right', vertical: 'middle' };
      }
      cell.border = BORDER;
      cell.font = { ...FONT, bold: body.bold };
    });
    r++;
  }
  ws.mergeCells(r, 1, r, n);
  ws.getCell(r, 1).value = t.note;
  ws.getCell(r, 1).font = FONT;
  ws.getCell(r, 1).alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(r).height = 30;
}

/** The national 附表 workbook (9 sheets). */
export function publicTablesWorkbook(fa: FinalAccounts, options: PublicTableOptions = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Jixiao';
  wb.title = `${fa.unit.name}${fa.year}年度${fa.scope === 'department' ? '部门' : '单位'}决算公开附表`;
  for (const t of publicTables(fa, options)) writeTable(wb, t, fa);
  return wb;
}
