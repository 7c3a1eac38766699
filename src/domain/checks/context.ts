/**
 * The checked document as the rules see it: lines cleaned of Word artefacts, sentence spans,
 * the document's year, and the list findings are collected into.
 */
import { STANDARD_GRADES } from '../indicators/index.ts';
import { isWhite, layoutDocument, normaliseLine, type Layout } from './layout.ts';
import type { NumberToken } from './numbers.ts';
import { statedGrades } from './stated-grades.ts';
import type { CheckOptions, Claim, ClaimKind, Finding, GradeBand, Severity, SourceLine } from './types.ts';

export type Span = { start: number; end: number; text: string };

export type Ctx = {
  source: readonly SourceLine[];
  /** The document model: reflowed paragraphs, tables, dropped page furniture. */
  layout: Layout;
  /**
   * One logical line per source line (see Layout.logical): a paragraph's reflowed text sits at its first
   * line, so line-based rules read whole sentences; `report` maps an offset back to the source line.
   */
  lines: string[];
  /** Sentences of each logical line, split once (several rules read them): see sentencesAt. */
  sentenceSpans: (readonly Span[] | undefined)[];
  /** The figures of each logical line, read when first asked for (prose-lines.ts lineFigures). */
  lineFigures: (readonly NumberToken[] | undefined)[];
  /**
   * The lines the prose rules read, as line indexes in order, listed once (prose-lines.ts): those that
   * can hold a sentence, and those of them with a digit.
   */
  proseLines: { prose: Int32Array; figure: Int32Array } | null;
  /** Figure lines holding a word, by word, listed when first asked for (prose-lines.ts forEachFigureLineWith). */
  figureLinesWith: Map<string, Int32Array>;
  /** The document's text without white space, joined when first asked for (document-words.ts). */
  compactText: string | null;
  /** document-words.ts: a filter of the character pairs in compactText. */
  pairBits: Uint32Array | null;
  /** Whether the document holds a word, by word, found when first asked for (document-words.ts). */
  mentioned: Map<string, boolean>;
  /** Words of each source line, split once (see sourceWords). */
  sourceWordLists: (readonly string[] | undefined)[];
  /** The source lines as printed, normalised once when first asked for (see printedLines). */
  printed: readonly string[] | null;
  /** Every claim recognised, with its arithmetic and whether it held. */
  claims: Claim[];
  year: number | null;
  grades: readonly GradeBand[];
  findings: Finding[];
  /**
   * The 年度资金总额 rows of 自评表 项目资金 parts read so far (score-funds.ts), their 分值 and 得分: the 总分 of an
   * indicator part read by other rules may count them (score-pairs.ts); its 全年预算数, 全年执行数 and (when
   * printed) 年初预算数, which a summary of several 自评表 adds up (self-eval-summary.ts).
   */
  fundRows: {
    line: number;
    weight: string;
    score: string;
    budget: string;
    spent: string;
    initial: string | null;
  }[];
};

export const DEFAULT_GRADES: readonly GradeBand[] = STANDARD_GRADES;

/** A line as the rules read it (and as excerpts quote it): Word bookmarks ("[bookmark: _Toc123]") removed. */
export function cleanLine(text: string): string {
  return text.replace(/\[bookmark: [^\]]*\]/g, '');
}

export function makeContext(source: readonly SourceLine[], options: CheckOptions = {}): Ctx {
  const layout = layoutDocument(source);
  const lines = layout.logical;
  return {
    source,
    layout,
    lines,
    sentenceSpans: [],
    lineFigures: [],
    proseLines: null,
    figureLinesWith: new Map(),
    compactText: null,
    pairBits: null,
    mentioned: new Map(),
    sourceWordLists: [],
    printed: null,
    claims: [],
    year: options.year ?? guessYear(lines),
    // (The bands the user configured; else those the document states for itself; else the usual ones.)
    grades: options.grades ? toBands(options.grades) : (statedGrades(layout.blocks) ?? DEFAULT_GRADES),
    findings: [],
    fundRows: [],
  };
}

function toBands(input: NonNullable<CheckOptions['grades']>): GradeBand[] {
  return input.map((b) => ({
    grade: b.grade,
    min: typeof b.min === 'number' ? (Number.isFinite(b.min) ? String(b.min) : '-1e9') : b.min,
  }));
}

/** "YYYY年度", not the year compared with ("比2023年度", "与2023年度相比", "较上年"): that is another year's. */
const YEAR_OF_DOCUMENT = /(?<!(?:^|[^参给授])[比较与同]\s*)(20\d\d)\s*年度/g;

/**
 * The fiscal year most often written as "YYYY年度" (the year a 决算 or 自评 is about; the title's counts
 * thrice); between years written
 * so equally often, the one more often written as "YYYY年" at all (the dates of the year's work: "2024年9月底前"),
 * then the later.
 */
function guessYear(lines: readonly string[]): number | null {
  const counts = new Map<number, number>();
  const titled: string[] = [];
  const titleBonus = new Map<number, number>();
  const compared = new Set<number>();
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // The title (one of the first lines with text, naming a 报告 / 决算 / 说明 / 表) states the document's year: it
    // counts thrice ("…关于2025年度…的汇总报告" above a text naming the next year's budgets as often).
    const head = line.trim() !== '' && seen++ < 3;
    const title = head && TITLE_END.test(line);
    if (title) titled.push(line);
    // A title naming its year without 年度 ("2025年某某项目绩效自评报告", maybe wrapped: "…项目" above "绩效自评报告")
    // counts thrice as well: the year the report is about, not a date of its making ("评价时间：2026年2月").
    if (head) {
      const whole = title ? line : wrappedTitle(line, lines[i + 1]);
      // (A title of several years, "…专项资金（2022—2024年）重点绩效评价报告": the last of them.)
      const named = whole === null ? null : (TITLE_YEAR.exec(whole) ?? TITLE_YEARS.exec(whole));
      if (named) {
        const year = Number(named[2] ?? named[1]);
        counts.set(year, (counts.get(year) ?? 0) + 3);
        titleBonus.set(year, (titleBonus.get(year) ?? 0) + 3);
      }
    }

    // A period report's title names its year by the period ("关于2025年1—6月…监控情况的报告"): one mention, as a
    // "YYYY年度" in the text (a title's period not updated is outvoted by the text's years).
    const period = title ? TITLE_PERIOD.exec(line) : null;
    if (period) counts.set(Number(period[1]), (counts.get(Number(period[1])) ?? 0) + 1);
    if (!title && /[比较与]/.test(line))
      for (const m of allMatches(line, COMPARED_YEAR)) compared.add(Number(m[1]));
    if (!line.includes('年度')) continue;
    for (const m of allMatches(line, YEAR_OF_DOCUMENT)) {
      counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + (title ? 3 : 1));
      if (title) titleBonus.set(Number(m[1]), (titleBonus.get(Number(m[1])) ?? 0) + 2);
    }
  }
  // A title whose year was not updated ("…2024年度“三公”经费…说明" over a text about 2025): the text compares with
  // the title's year ("比2024年度增加"), which a document never does with its own, and without the title's weight
  // the year after it is written as often or more.
  for (const [year, bonus] of titleBonus) {
    const next = counts.get(year + 1) ?? 0;
    if (compared.has(year) && next > 0 && counts.get(year)! - bonus <= next)
      counts.set(year, counts.get(year)! - bonus);
  }
  const filled = filledAfter(lines, titled);
  if (filled !== null) counts.set(filled, (counts.get(filled) ?? 0) + 2);
  let best: number | null = null;
  let bestCount = 0;
  for (const [year, count] of counts) if (count > bestCount) [best, bestCount] = [year, count];
  const tied = [...counts].filter(([, count]) => count === bestCount).map(([year]) => year);
  if (tied.length < 2) return best;
  const mentions = new Map<number, number>(tied.map((y) => [y, 0]));
  for (const line of lines)
    for (const m of allMatches(line, ANY_YEAR)) {
      const y = Number(m[1]);
      if (mentions.has(y)) mentions.set(y, mentions.get(y)! + 1);
    }
  // Still even: the later year — a year's report compares with the year before ("与2023年度相比") more
  // often than it plans the next.
  let most = -1;
  for (const [year, n] of mentions) if (n > most || (n === most && year > best!)) [best, most] = [year, n];
  return best;
}

/** A year opening a title, not "YYYY年度" (counted as such) nor a date or period ("2025年1—6月"): "2025年某某项目…报告". */
const TITLE_YEAR = /^\s*(?:关于)?\s*(20\d\d)\s*年(?![度\s\d])/;

/** A title's run of years: "（2022—2024年）", "2022-2024年" — the years a 重点评价 covers. */
const TITLE_YEARS = /(20\d\d)\s*年?\s*[—–\-－~～至]\s*(20\d\d)\s*年(?![度\s\d]*[1-9]\d?\s*月)/;

/** A title's first line and its short last line below ("…项目" above "绩效自评报告") as one; null when they are not that. */
function wrappedTitle(line: string, next: string | undefined): string | null {
  const tail = next?.trim() ?? '';
  if (tail === '' || tail.length > 12 || !TITLE_END.test(tail) || /[。，；：:]/.test(line + tail))
    return null;
  return line.trim() + tail;
}

/** "填报日期：2026年3月18日", the year and month maybe wrapped apart ("填报日期：2026" / "年3月18日"). */
const FILLED_ON = /(?:填报|填表|报告|编制)日期\s*[：:]\s*(20\d\d)\s*年\s*(\d{1,2})\s*月/;

/**
 * The year before a 自评, 评价 or 决算's filling date in the first half of a year (a year is evaluated, and its
 * 决算 made, after it ends: "填报日期：2026年3月18日" is about 2025), or null. It counts twice: with the text's
 * "2025年度" it outweighs a title whose year was not updated ("2024年度…自评表").
 */
function filledAfter(lines: readonly string[], titles: readonly string[]): number | null {
  if (!titles.some((t) => /自评|评价|决算/.test(t))) return null;
  return filingYear(lines);
}

/** The year before a filling date ("填报日期：2026年3月18日") in the first half of a year: the year filled in; else null. */
export function filingYear(lines: readonly string[]): number | null {
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.includes('日期')) continue;
    const m = FILLED_ON.exec(`${lines[i]}${lines[i + 1]?.trim() ?? ''}`);
    if (m && Number(m[2]) >= 1 && Number(m[2]) <= 6) return Number(m[1]) - 1;
  }
  return null;
}

// (A title may end with a note in brackets: "…情况说明（节选）", "…报告（公开版）".)
// (A bracket after it names a kind, "（本级）", or the period, "（2026年1—9月）".)
const TITLE_END =
  /(?:报告|决算|说明|总结|自评表|评价表|决算表|监控表)\s*(?:[（(](?:[\u4e00-\u9fa5]{1,6}|20\d\d\s*年度?(?:\s*\d{1,2}\s*[—–\-－~～至]+\s*\d{1,2}\s*月)?)[）)])?\s*$/;
const TITLE_PERIOD = /(?<![比较与同]\s*)(20\d\d)\s*年\s*1\s*[—–\-－~～至]+\s*\d{1,2}\s*月/;

/** A year compared with: "比2024年度", "与2024年相比", "较2024年". */
// (Not 参与 / 给与 / 授与: "对参与2025年度…评价的机构" compares nothing.)
const COMPARED_YEAR = /(?<![参给授])[比较与]\s*(20\d\d)\s*年/g;

/** A year written at all ("2024年9月底前"), not one compared with. */
const ANY_YEAR = /(?<!(?:^|[^参给授])[比较与同]\s*)(20\d\d)\s*年/g;

/**
 * The matches of a global regular expression in `text`, as `text.matchAll(re)` gives them, but read with
 * `re.exec`: `matchAll` copies the expression on every call, which costs more than the search itself
 * when rules try an expression on every line of a document.
 */
export function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError('allMatches needs a global regular expression');
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

/** Sentences of a line, split after 。！？ (the delimiter stays with its sentence). */
export function sentences(line: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    // By char code (。！？): no one-character string per character.
    const c = line.charCodeAt(i);
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f) {
      out.push({ start, end: i + 1, text: line.slice(start, i + 1) });
      start = i + 1;
    }
  }
  if (start < line.length) out.push({ start, end: line.length, text: line.slice(start) });
  return out;
}

/**
 * The last of the one-character `marks` in `text` at or before `from` — the greatest
 * `text.lastIndexOf(mark, from)` — or −1. One scan back that stops at the nearest mark: a
 * `lastIndexOf` per mark runs back to the start of the line for every mark the line lacks (an ASCII
 * ';' in Chinese text), for every figure of the line.
 */
function isDigitAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c >= 48 && c <= 57;
}

export function lastIndexOfAny(text: string, marks: readonly string[], from: number): number {
  // As lastIndexOf reads its position: a negative one is 0, one past the end the last character.
  for (let k = Math.min(Math.max(from, 0), text.length - 1); k >= 0; k--) {
    const c = text.charCodeAt(k);
    // A "," between digits separates thousands ("110,000.00"), not clauses.
    if (c === 44 && isDigitAt(text, k - 1) && isDigitAt(text, k + 1)) continue;
    for (let m = 0; m < marks.length; m++) if (marks[m]!.charCodeAt(0) === c) return k;
  }
  return -1;
}

/**
 * Whether `text` before `end`, trailing white space skipped, ends with one of `words` — what
 * /(w1|w2…)\s*$/ tests on `text.slice(0, end)`, without the copy and without a scan from the start.
 */
export function endsWithWord(text: string, end: number, words: readonly string[]): boolean {
  let k = end;
  while (k > 0 && isWhite(text.charCodeAt(k - 1))) k--;
  for (const word of words) if (k >= word.length && text.startsWith(word, k - word.length)) return true;
  return false;
}

/**
 * The index of the sentence (of `sents`, in order) holding offset `at`, or −1: a binary search, a paragraph of
 * thousands of sentences (a file of one statement repeated) being searched once for each change in it.
 */
export function sentenceAt(sents: readonly { start: number; end: number }[], at: number): number {
  let [lo, hi] = [0, sents.length - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sents[mid]!.start <= at) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 && at < sents[hi]!.end ? hi : -1;
}

/** The sentences of logical line `li` (shared between the rules: not to be changed). */
export function sentencesAt(ctx: Ctx, li: number): readonly Span[] {
  return (ctx.sentenceSpans[li] ??= sentences(ctx.lines[li]!));
}

/** Source line `i` as printed, normalised (normaliseLine) and trimmed. */
export function sourceText(ctx: Ctx, i: number): string {
  return ctx.layout.normalised[i]!.trim();
}

/**
 * The words of source line `i` (sourceText split at white space; none for a blank line), split once per
 * document: the rules reading plain `pdftotext` cells try every line (shared: not to be changed).
 */
export function sourceWords(ctx: Ctx, i: number): readonly string[] {
  return (ctx.sourceWordLists[i] ??= words(sourceText(ctx, i)));
}

/**
 * Every source line as printed — form feeds dropped, then normaliseLine — before the layout moved any figure
 * (layout.normalised has them moved back): the rules reading printed 评分表 and 自评表 lines share one copy.
 */
export function printedLines(ctx: Ctx): readonly string[] {
  return (ctx.printed ??= ctx.source.map((l) => normaliseLine(l.text.replace(/\f/g, ''))));
}

const NO_WORDS: readonly string[] = Object.freeze([]);

function words(text: string): readonly string[] {
  if (text === '') return NO_WORDS;
  // (Trimmed: no empty word at either end.)
  return splitWhite(text);
}

/**
 * `text.split(/\s+/)`, the same words for any text, by char code (isWhite is \s): no regular expression
 * run for every line of a document.
 */
export function splitWhite(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let start = 0;
  let i = 0;
  while (i < n) {
    if (!isWhite(text.charCodeAt(i))) {
      i++;
      continue;
    }
    out.push(text.slice(start, i));
    i++;
    while (i < n && isWhite(text.charCodeAt(i))) i++;
    start = i;
  }
  out.push(text.slice(start));
  return out;
}

export function excerptOf(text: string, start = 0, end = text.length, room = 40): string {
  const from = Math.max(0, start - room);
  const to = Math.min(text.length, end + room);
  return (from > 0 ? '…' : '') + text.slice(from, to).trim() + (to < text.length ? '…' : '');
}

/** Where a finding sits in its logical line: the printed figure (`found`) inside the excerpt, else the excerpt. */
function locate(line: string, excerpt: string, found: string): number {
  const ex = excerpt.replace(/^…|…$/g, '');
  const at = Math.max(0, line.indexOf(ex));
  const inside = found ? line.slice(at, at + ex.length).indexOf(found) : -1;
  return inside >= 0 ? at + inside : at;
}

export function report(
  ctx: Ctx,
  lineIndex: number,
  rule: string,
  severity: Severity,
  excerpt: string,
  expected: string,
  found: string,
  message: string,
  at?: number,
): void {
  const line = ctx.layout.lineAt(lineIndex, at ?? locate(ctx.lines[lineIndex] ?? '', excerpt, found));
  const location = ctx.source[line]?.location;
  ctx.findings.push({
    rule,
    severity,
    line: line + 1,
    ...(location ? { location } : {}),
    excerpt,
    expected,
    found,
    message,
  });
}

/** Records a claim the checker recognised: its kind, where, whether it held, and the arithmetic. */
export function claim(
  ctx: Ctx,
  kind: ClaimKind,
  lineIndex: number,
  at: number,
  verified: boolean,
  arithmetic: string,
): void {
  ctx.claims.push({ kind, line: ctx.layout.lineAt(lineIndex, at) + 1, verified, arithmetic });
}
