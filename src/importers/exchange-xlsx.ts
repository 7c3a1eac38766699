/**
 * Reads an exchange workbook (src/documents/exchange/exchange-xlsx.ts writes one; the platform's exports
 * follow the same field names): each sheet is recognised by its name (项目, 绩效指标 …) or its table name,
 * its columns by the field names in the header row (a second row of Chinese captions is skipped), and its
 * rows become raw rows named "工作表“绩效指标”第5行" for the messages. Runs in an isolated worker
 * (src/features/exchange/read-upload.ts), so it takes and returns plain data only.
 */
import ExcelJS from 'exceljs';
import { excelNumber } from './spreadsheet-cells.ts';
import { SHEETS, type RawRow, type RawSheets, type SheetKey } from '../domain/exchange/index.ts';

export class ExchangeFileError extends Error {
  override name = 'ExchangeFileError';
  readonly code = 'EXCHANGE_FILE';
}

function cellText(value: ExcelJS.CellValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return excelNumber(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
  }
  return String(value as unknown);
}

export async function readExchangeWorkbook(bytes: Uint8Array): Promise<RawSheets> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new ExchangeFileError('无法读取该 Excel 文件（.xlsx），请确认文件未损坏、不是旧版 .xls。');
  }
  const out: RawSheets = {};
  for (const ws of wb.worksheets) {
    const def = SHEETS.find((s) => s.name === ws.name.trim() || s.table === ws.name.trim());
    if (!def) continue;
    const header = ws.getRow(1);
    const columns = new Map<number, string>();
    const known = new Set(def.fields.map((f) => f.code));
    header.eachCell((c, col) => {
      const t = (cellText(c.value) ?? '').trim().toLowerCase();
      if (known.has(t)) columns.set(col, t);
    });
    if (columns.size === 0) continue;
    const rows: RawRow[] = [];
    const captions = new Set(def.fields.flatMap((f) => [f.caption, `${f.caption}（扩展）`]));
    ws.eachRow((row, n) => {
      if (n === 1) return;
      const values: Record<string, unknown> = {};
      let filled = false;
      let captionsOnly = true;
      for (const [col, code] of columns) {
        const t = cellText(row.getCell(col).value);
        if (t !== undefined && t.trim() !== '') {
          filled = true;
          if (!captions.has(t.trim())) captionsOnly = false;
        }
        values[code] = t;
      }
      if (!filled || (n === 2 && captionsOnly)) return;
      rows.push({ at: `工作表“${def.name}”第${n}行`, values });
    });
    out[def.key as SheetKey] = [...(out[def.key] ?? []), ...rows];
  }
  if (Object.keys(out).length === 0)
    throw new ExchangeFileError(
      `文件中没有可识别的工作表：应有 ${SHEETS.map((s) => `“${s.name}”`).join('、')} 之一，首行为字段名（如 agency_code、pro_code）。`,
    );
  return out;
}
