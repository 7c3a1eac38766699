/**
 * Finds the figures in a line of text: the number as printed (decimals kept, thousands commas
 * dropped), its unit, and where it sits. Numbers glued to Latin letters (IPv6, _Toc123) are not figures.
 */
export type NumberToken = {
  /** Decimal string without thousands separators ("6804.88"). */
  value: string;
  /** Decimals as printed ("7.9" → 1). */
  places: number;
  /** Unit right after the number: 万元, 亿元, 元, %, 分, 个, 辆 … or '' when none. */
  unit: string;
  start: number;
  end: number;
};

const NUMBER = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/g;
/** The unit right after a number (sticky: read at the number's end, no slice of the text). */
const UNIT =
  /\s?(万元|亿元|元|%|％|分|个|辆|人次|人|次|台|套|批次|件|条|项|家|名|年|月|日|号|宗次|份|场|篇|万件|万桶|亿)/y;

/** A–Z, a–z or _ (char codes): a number glued to one is a name or an identifier, not a figure. */
function isWordCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

export function scanNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  // Every figure has a digit: most clauses a rule scans have none.
  if (!/\d/.test(text)) return out;
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m !== null; m = NUMBER.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = start > 0 ? text.charCodeAt(start - 1) : -1;
    const after = end < text.length ? text.charCodeAt(end) : -1;
    if (isWordCode(before) || (before >= 48 && before <= 57) || isWordCode(after)) continue;
    // "〔2019〕38号", "（2008）第16次": a document number, not a figure.
    UNIT.lastIndex = end;
    const unitMatch = UNIT.exec(text);
    let unit = unitMatch?.[1] ?? '';
    if (unit === '％') unit = '%';
    const int = m[1]!;
    out.push({
      value: (int.includes(',') ? int.replace(/,/g, '') : int) + (m[2] !== undefined ? `.${m[2]}` : ''),
      places: m[2]?.length ?? 0,
      unit,
      start,
      end: end + (unitMatch?.[0].length ?? 0),
    });
  }
  return out;
}

/** Amount units and counts that a total and its parts share. */
export const MONEY_UNITS = new Set(['万元', '亿元', '元']);
export const COUNT_UNITS = new Set([
  '个',
  '辆',
  '人次',
  '人',
  '次',
  '台',
  '套',
  '批次',
  '件',
  '条',
  '项',
  '家',
  '名',
]);
