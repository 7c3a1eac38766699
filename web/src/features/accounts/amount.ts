// 元 / 万元 for the entry forms: amounts are kept in 元 (exact decimal strings); the switch changes only
// how they are shown (with thousands separators) and typed. A typed 万元 value is converted exactly and must come to whole fen.
import { dec, fromYuan, toYuan } from '../../../../src/domain/money/index.ts';

export type EntryUnit = '元' | '万元';

/** 元 → the text shown in `unit`: 元 with 2 decimals; 万元 with as many decimals as it needs (≥ 2). */
export function showAmount(yuan: string | undefined, unit: EntryUnit): string {
  if (yuan === undefined || yuan === '') return '';
  if (unit === '元') return group(dec(yuan).toFixed(2));
  const s = fromYuan(yuan, '万元').toFixed(6).replace(/0+$/, '');
  const [int, frac = ''] = s.split('.');
  return group(`${int}.${frac.padEnd(2, '0')}`);
}

/** Thousands separators in the integer part ("1234567.80" → "1,234,567.80"); typing them is accepted. */
function group(text: string): string {
  const [int = '', frac] = text.split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = int.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${digits}${frac !== undefined ? `.${frac}` : ''}`;
}

/** Typed text in `unit` → 元 with 2 decimals, or null when it is not an amount to the fen. */
export function parseAmount(text: string, unit: EntryUnit): string | null {
  const t = text.replace(/[\s,，]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  const y = toYuan(t, unit);
  return y.decimalPlaces() > 2 ? null : y.toFixed(2);
}
