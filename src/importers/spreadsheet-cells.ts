/**
 * Reading a spreadsheet cell as its user knows it. Excel keeps numbers to 15 significant digits, but a
 * formula's stored result carries the binary noise beyond them (=SUM of 1200.01 and 2179.10 is saved as
 * 3379.1099999999997): an amount is read at Excel's precision, never as the float's full expansion. The
 * checker reads a sheet as it is shown: each number in its cell's number format (#,##0.00, 0.00%, …).
 */
import { format } from 'numfmt';
import { dec } from '../domain/money/index.ts';

/** Excel keeps this many significant digits of a number. */
const EXCEL_DIGITS = 15;

/** A spreadsheet number as a plain decimal string at Excel's precision: 3379.1099999999997 → "3379.11". */
export function excelNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return dec(value.toPrecision(EXCEL_DIGITS)).toFixed();
}

/** An exceljs cell value as typed: text, a number at Excel's precision, a date as YYYY-MM-DD, a formula's result. */
export function cellValueText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return excelNumber(v);
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join('');
    if ('result' in o) return cellValueText(o.result);
    if ('text' in o) return cellValueText(o.text);
    if ('error' in o) return String(o.error);
  }
  return '';
}

/**
 * A cell's text as Excel shows it: numbers and dates in the cell's number format (General when none),
 * formulas by their result, rich text joined. A format the formatter cannot read falls back to the value
 * at Excel's precision.
 */
export function displayedText(cell: { value: unknown; numFmt?: string }): string {
  const raw = cell.value;
  const v =
    raw !== null && typeof raw === 'object' && 'result' in raw ? (raw as { result: unknown }).result : raw;
  if (typeof v === 'number' || v instanceof Date) {
    const pattern = cell.numFmt || (v instanceof Date ? 'yyyy-mm-dd' : 'General');
    try {
      return format(pattern, v).trim();
    } catch {
      return cellValueText(v);
    }
  }
  return cellValueText(v);
}
