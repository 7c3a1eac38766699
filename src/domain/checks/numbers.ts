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

/** The unit right after a number (sticky: read at the number's end, no slice of the text). */
const UNIT =
  /\s?(万元|亿元|元|%|％|分|个|辆|人次|人|次|台|套|批次|件|条|项|家|名|年|月|日|号|宗次|份|场|期|篇|万件|万桶|亿)/y;
/** First characters of the units above: a number followed by none of them has no unit. */
const UNIT_START = new Set('万亿元%％分个辆人次台套批件条项家名年月日号宗份场期篇');

/** A–Z, a–z or _ (char codes): a number glued to one is a name or an identifier, not a figure. */
function isWordCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Whether `text` has three ASCII digits at `at`. */
function threeDigits(text: string, at: number): boolean {
  return isDigit(text.charCodeAt(at)) && isDigit(text.charCodeAt(at + 1)) && isDigit(text.charCodeAt(at + 2));
}

/**
 * The end of the number starting at the digit `start`, read by hand as the regular expression
 * /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/ reads it (every figure of a document passes here; a match
 * array per number was most of the checker's garbage): `int` is the end of the integer part.
 */
function numberEnd(text: string, start: number): { int: number; end: number } {
  let run = start;
  while (isDigit(text.charCodeAt(run))) run++;
  let int = run;
  // Thousands groups: at most three digits before the first comma, then ",ddd" as often as it occurs.
  if (run - start <= 3 && text.charCodeAt(run) === 44 && threeDigits(text, run + 1)) {
    int = run + 4;
    while (text.charCodeAt(int) === 44 && threeDigits(text, int + 1)) int += 4;
  }
  let end = int;
  if (text.charCodeAt(int) === 46 && isDigit(text.charCodeAt(int + 1))) {
    end = int + 2;
    while (isDigit(text.charCodeAt(end))) end++;
  }
  return { int, end };
}

/** The next digit (global: `test` moves `lastIndex` past it; no match array). */
const DIGIT = /\d/g;

/** The figures of `text`, in order; at most `limit` of them (a rule that wants the first stops there). */
export function scanNumbers(text: string, limit = Infinity): NumberToken[] {
  const out: NumberToken[] = [];
  for (let start = 0; start < text.length && out.length < limit; start++) {
    // Skip to the next digit natively: most characters of a line are not digits.
    DIGIT.lastIndex = start;
    if (!DIGIT.test(text)) break;
    start = DIGIT.lastIndex - 1;
    const { int, end } = numberEnd(text, start);
    const before = start > 0 ? text.charCodeAt(start - 1) : -1;
    const after = end < text.length ? text.charCodeAt(end) : -1;
    // The next number is looked for after this one, whether or not this one is a figure.
    const next = end - 1;
    if (isWordCode(before) || isDigit(before) || isWordCode(after)) {
      start = next;
      continue;
    }
    // "〔2019〕38号", "（2008）第16次": a document number, not a figure.
    let unit = '';
    let unitLength = 0;
    const first = text.charAt(end);
    if (UNIT_START.has(first) || (/\s/.test(first) && UNIT_START.has(text.charAt(end + 1)))) {
      UNIT.lastIndex = end;
      const unitMatch = UNIT.exec(text);
      if (unitMatch) {
        unit = unitMatch[1] === '％' ? '%' : unitMatch[1]!;
        unitLength = unitMatch[0].length;
      }
    }
    const printed = text.slice(start, end);
    out.push({
      value: printed.includes(',') ? printed.replace(/,/g, '') : printed,
      places: end > int ? end - int - 1 : 0,
      unit,
      start,
      end: end + unitLength,
    });
    start = next;
  }
  return out;
}

/** Amount units and counts that a total and its parts share. */
/** Decimal places of a figure as printed ("12.50" → 2). */
/** Digits after the point: the length of `figure.split('.')[1]`, without the split (tables read many). */
export function printedPlaces(figure: string): number {
  const point = figure.indexOf('.');
  if (point < 0) return 0;
  const next = figure.indexOf('.', point + 1);
  return (next < 0 ? figure.length : next) - point - 1;
}

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
  // (Sessions and events: "培训12期", "推广活动60场".)
  '期',
  '场',
]);
