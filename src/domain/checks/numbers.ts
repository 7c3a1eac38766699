/**
 * Finds the figures in a line of text: the number as printed (decimals kept, thousands commas
 * dropped), its unit, and where it sits. Numbers glued to Latin letters (IPv6, _Toc123) are not figures.
 */
import { isWhite } from './layout-chars.ts';

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

/**
 * Quantities of work (a 自评's outputs: "清淤30公里", "造林1,200亩"), longer ones first: units of figures here, and
 * units whose changes the change rules read (prose-changes.ts, count-changes.ts).
 */
export const WORK_QUANTITY_UNITS = [
  '平方公里',
  '平方米',
  '万立方米',
  '立方米',
  '万亩',
  '亩',
  '公顷',
  '万吨',
  '吨',
  '公里',
  '千米',
  '座',
  '户',
  '处',
  '所',
  '株',
  // (Cases served or treated: "远程心电诊断13826例".)
  '例',
] as const;
/**
 * The units a number may be followed by, in the order /\s?(万元|亿元|元|…)/ tries them (the first that
 * matches wins: 万元 before 万件, 亿元 before 亿). Read by `startsWith` at the number's end: a match array
 * per figure was garbage on every line of a document.
 */
const UNITS = [
  '万元',
  '亿元',
  '元',
  '%',
  '％',
  '分',
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
  '年',
  '月',
  '日',
  '号',
  '宗次',
  '份',
  '场',
  '期',
  '篇',
  '万件',
  '万桶',
  '亿',
  // Money in units no 决算 form uses (a slip for 万元 or 元, odd-units.ts): 千万元 before 千元.
  '千万元',
  '百万元',
  '千元',
  ...WORK_QUANTITY_UNITS,
  '公斤',
  '千克',
  '米',
] as const;
/**
 * First characters of the units above, as char codes (no one-character string per figure): a number
 * followed by none of them has no unit.
 */
const UNIT_START = new Set(UNITS.map((u) => u.charCodeAt(0)));

/** The first of UNITS that `text` holds at `at`, or ''. */
function unitAt(text: string, at: number): string {
  for (const unit of UNITS) if (text.startsWith(unit, at)) return unit;
  return '';
}

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
 * The end of the integer part of the number starting at the digit `start`, and (fractionEnd) the end of
 * the number, read by hand as the regular expression /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/ reads it:
 * every figure of a document passes here (a match array, or an object of both ends, per number was
 * garbage).
 */
function integerEnd(text: string, start: number): number {
  let run = start;
  while (isDigit(text.charCodeAt(run))) run++;
  // Thousands groups: at most three digits before the first comma, then ",ddd" as often as it occurs.
  if (run - start > 3 || text.charCodeAt(run) !== 44 || !threeDigits(text, run + 1)) return run;
  let int = run + 4;
  while (text.charCodeAt(int) === 44 && threeDigits(text, int + 1)) int += 4;
  return int;
}

/** The end of a number whose integer part ends at `int`: after its decimals, if a point and a digit follow. */
function fractionEnd(text: string, int: number): number {
  if (text.charCodeAt(int) !== 46 || !isDigit(text.charCodeAt(int + 1))) return int;
  let end = int + 2;
  while (isDigit(text.charCodeAt(end))) end++;
  return end;
}

/** The figures of `text`, in order; at most `limit` of them (a rule that wants the first stops there). */
export function scanNumbers(text: string, limit = Infinity): NumberToken[] {
  const out: NumberToken[] = [];
  for (let start = 0; start < text.length && out.length < limit; start++) {
    // To the next digit (by char code: a regular expression's call costs more than the short stretch of
    // text between the figures of a line).
    while (start < text.length && !isDigit(text.charCodeAt(start))) start++;
    if (start >= text.length) break;
    const int = integerEnd(text, start);
    const end = fractionEnd(text, int);
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
    // One white space character may stand between the number and its unit ("307.82 万元").
    const gap = UNIT_START.has(after)
      ? 0
      : isWhite(after) && UNIT_START.has(text.charCodeAt(end + 1))
        ? 1
        : -1;
    if (gap >= 0) {
      const found = unitAt(text, end + gap);
      if (found) {
        unit = found === '％' ? '%' : found;
        unitLength = gap + found.length;
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

/**
 * Decimal places of a figure as printed ("12.50" → 2): the length of `figure.split('.')[1]`, without the split
 * (tables read many).
 */
export function printedPlaces(figure: string): number {
  const point = figure.indexOf('.');
  if (point < 0) return 0;
  const next = figure.indexOf('.', point + 1);
  return (next < 0 ? figure.length : next) - point - 1;
}

export const MONEY_UNITS = new Set(['万元', '亿元', '元']);
/** Money in units no 决算 form uses: a slip for 万元 or 元 (odd-units.ts). */
export const ODD_MONEY_UNITS = new Set(['千元', '百万元', '千万元']);
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
  // (Sites, schools and works counted: "维修养护工程38处", "改造学校8所", "危桥6座".)
  '处',
  '所',
  '座',
]);

const CJK_DIGITS = '一二三四五六七八九';

/** "十二" → 12: a Chinese number up to 99. */
export function cjkNumber(t: string): number {
  const ten = t.indexOf('十');
  if (ten < 0) return CJK_DIGITS.indexOf(t) + 1;
  const tens = ten === 0 ? 1 : CJK_DIGITS.indexOf(t.slice(0, ten)) + 1;
  const units = ten === t.length - 1 ? 0 : CJK_DIGITS.indexOf(t.slice(ten + 1)) + 1;
  return tens * 10 + units;
}

/** A count as a document writes it: "12", "两", "十二". */
export function countOfWord(word: string): number {
  return /\d/.test(word) ? Number(word) : word === '两' ? 2 : cjkNumber(word);
}

/** A count written in Chinese numerals up to ten ("两项合计", "共三个"): its value. */
export const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
