/**
 * Reads an 指标库 workbook (the export of the admin page, or one written by hand): the first worksheet,
 * its header row (the first of the top ten rows naming 三级指标 or 指标名称), and every row below as
 * text cells. What the cells mean is the domain's business (readLibrarySheet); this module only turns
 * XLSX into text. It runs in an isolated worker (src/features/indicator-library/import-library.ts).
 */
import ExcelJS from 'exceljs';
import type { LibrarySheet } from '../domain/indicators/library.ts';
import { cellValueText } from './spreadsheet-cells.ts';

/** A file that is not a readable workbook; the message is Chinese and names the file. */
export class LibraryFileError extends Error {
  readonly code = 'UNREADABLE';
  constructor(message: string) {
    super(message);
    this.name = 'LibraryFileError';
  }
}

const HEADER_MARK = /三级指标|指标名称/;

export async function readLibraryWorkbook(fileName: string, bytes: Uint8Array): Promise<LibrarySheet> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new LibraryFileError(
      `文件“${fileName}”不是可读取的 Excel 工作簿（.xlsx），请用 Excel 或 WPS 另存为 .xlsx 后重试。`,
    );
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new LibraryFileError(`文件“${fileName}”中没有工作表。`);
  const grid: Array<{ row: number; cells: string[] }> = [];
  const width = Math.max(ws.columnCount, 1);
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellValueText(row.getCell(c).value).trim());
    grid.push({ row: n, cells });
  });
  const header = grid.slice(0, 10).find((r) => r.cells.some((c) => HEADER_MARK.test(c.replace(/\s+/g, ''))));
  if (!header)
    throw new LibraryFileError(
      `文件“${fileName}”第一个工作表的前 10 行中找不到表头（应有“一级指标”“二级指标”“三级指标”等列）。`,
    );
  return {
    header: header.cells,
    headerRow: header.row,
    rows: grid.filter((r) => r.row > header.row),
  };
}
