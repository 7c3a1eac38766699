/**
 * Clause helpers the prose rules share: where a clause starts, what it names (last year, a subject reduced
 * for comparison), the words that open a list or name an outturn, and which way a change word goes.
 */
import { lastIndexOfAny } from './context.ts';

/** Marks that end a clause: commas and semicolons; colons too; and the full stop. */
export const COMMA_MARKS = ['，', ',', '；', ';'];
export const CLAUSE_MARKS_IN_SENTENCE = [...COMMA_MARKS, '：', ':'];
const CLAUSE_MARKS = [...CLAUSE_MARKS_IN_SENTENCE, '。'];

/** Start of the clause holding offset `at` (after the last ，；：), not before `from`. */
export function clauseFrom(line: string, at: number, from: number): number {
  return Math.max(from, lastIndexOfAny(line, CLAUSE_MARKS, at - 1) + 1);
}

/** Words that open a list of parts (其中, 主要包括…): a rate or gap after them is a part's, not the sentence's. */
export const LIST_OPENER = /其中|主要用于以下方面|具体内容包括|主要包括/;

/** Words naming an outturn right before its figure (决算数为, 执行数, 支出, 实际). */
export const OUTTURN_BEFORE = /(?:决算|执行|支出|实际)(?:数|金额)?\s*(?:为|是|:|：)?\s*$/;

/** 增加, 增长, 上升, 增幅, 提高: up; 减少, 下降, 降幅, 减幅: down. */
export const isUp = (word: string): boolean => /增|上升|提高/.test(word);

/** A clause naming last year ("上年", "2023年度为", "去年同期"): its figure is last year's. */
export function isLastYear(clause: string, year: number | null): boolean {
  if (!/上年|上一年|去年|年/.test(clause)) return false;
  const [comparison, marker] = lastYearPatterns(year);
  // "与上年相比" compares, "上年结转" is this year's money carried over: neither is last year's figure. Nor is the
  // amount of "比上年略减" / "较上年压减" — a change.
  if (CHANGED_ON_LAST_YEAR.test(clause)) return false;
  return marker.test(clause.replace(comparison, '').replace(/上年(度)?(结转|结余)/g, ''));
}

/** A clause ending in a change on last year: "比上年略减", "较上年压减", "比上年多". */
const CHANGED_ON_LAST_YEAR =
  /(?:比|较)(?:上年度?|上一年度?|去年)(?:同期)?(?:略|稍|小幅|大幅)?(?:减|增|降|升|压减|多|少)[了]?\s*$/;

const LAST_YEAR = new Map<number | null, [RegExp, RegExp]>();
function lastYearPatterns(year: number | null): [RegExp, RegExp] {
  let p = LAST_YEAR.get(year);
  if (!p) {
    const y = year === null ? '' : `|${year - 1}\\s*年`;
    p = [
      new RegExp(`(与|同|比|较)\\s*(上年度?|上一年度?|去年${y})?度?\\s*(同期)?\\s*相比`, 'g'),
      new RegExp(`上年|上一年|去年${y}`),
    ];
    LAST_YEAR.set(year, p);
  }
  return p;
}

/** A name reduced for comparison: trailing 为/是/决算/数/支出/各 and leading years and comparisons removed. */
export function subjectKey(text: string): string {
  let t = text
    .replace(/^[\d.、（）()一二三四五六七八九十]+[、.．）)]/, '')
    // ("比2025年预算数", "较上年决算数": last year's figure of a kind — the base, no subject.)
    .replace(
      /(与|比|较)\s*(20\d\d\s*年度?|上年度?|去年)(?:的)?(?:(?:年初|全年|调整后?)?预算|决算)?(?:数)?(相比|同期)?/g,
      '',
    )
    .replace(/^(同比|相比)/, '')
    .replace(/^(20\d\d\s*年度?)/, '');
  let prev = '';
  while (prev !== t) {
    prev = t;
    t = t.replace(/(为|是|[:：]|各|均|决算数?|数|支出|总额|金额|[.．]|\s)$/, '');
  }
  return t;
}

/**
 * Whether the amount at `at` ends a list of amounts joined by 、 in its clause ("分别为A305.20万元、B198.60万元、
 * C108.60万元，占…的13.66%"): a share after it may be the list's whole's, not the last amount's.
 */
export function lastOfAmounts(line: string, at: number): boolean {
  let k = at;
  while (k > 0 && !'，,。；;：:'.includes(line[k - 1]!)) k--;
  return /\d\s*(?:万元|亿元|元)\s*、/.test(line.slice(k, at));
}

/** Units counted by their kind — "31个行政单位", "14个以事业单位为主体的部门", "8个参公单位": a part of the whole. */
export const UNITS_OF_A_KIND =
  /\d+\s*个(?:以)?(?:行政|事业|参公|参照|公益|全额|差额|自收)[^，,。；;]{0,12}?(?:单位|部门)/;
