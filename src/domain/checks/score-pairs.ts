/**
 * A 自评表 whose indicator rows cannot be put under their header cells — `pdftotext -layout` sets narrow
 * columns one space apart and shifts them by the width of the Chinese text before them, and wraps long
 * indicator names and 偏差原因 onto lines of their own — read by each row's 分值 and 得分: the last two
 * plain numbers of a row, where the header ends with 分值, 得分 and text columns only (偏差原因, 备注).
 *
 * Judged only when the reading is certain: the rows' 分值 add up to the 总分 row's 分值 (with the 项目资金
 * part's, "年度资金总额 … 10 90.50% 9.05", when the total counts it), and the table's own rule (table-rules.ts)
 * made no score claim on these rows. Then a 得分 above its 分值 is an error (`score.exceeds-weight`) and Σ 得分,
 * as printed, must be the 总分's 得分 (`score.sum`). Or, over four rows or more, their 得分 add up exactly to the
 * 总分's: then the 分值 sum is the error (`score.weight-sum`). A 总分 that is Σ 得分 as printed while a 得分 there is
 * reported wrong (its rule, its 分值) carries the error: see judgeCorrectedTotal.
 *
 * Rows wrapped so far that the lines between the header and the 总分 row were read as prose (the 总分 row not in
 * the header's block): the plain numbers of those source lines in order, two by two (see wrappedPairs); there a
 * 得分 above its 分值 is reported only when both are on one line.
 */
import { dec } from '../money/index.ts';
import { claim, excerptOf, report, sourceText, sourceWords, type Ctx } from './context.ts';
import type { TableRow } from './layout.ts';
import { joinHeaderPieces } from './header-pieces.ts';
import { WEIGHT_HEAD } from './tables.ts';
import { judgeSum } from './verdict.ts';
import { checkLevelScores } from './level-scores.ts';
import { levelProof, type LevelRun } from './level-proof.ts';
import { mentionsAll } from './document-words.ts';

const NUMBER = /^\d+(?:\.\d+)?$/;
const TOTAL = /^(总分|合计|总计)$/;
const HAN = /[\u4e00-\u9fa5]/;
/** Header cells that may follow 得分: words, never figures. */
const TEXT_AFTER = /偏差|原因|改进|措施|备注|说明|分析/;

/** `oneLine`: both printed on one line. */
export type Pair = { weight: string; score: string; line: number; oneLine?: boolean };
/** A 小计 row and the leaves it totals (`first`, `count`: indices into the leaves). */
/** `byScore`: its rows told by their 得分, its own 分值 not reached by theirs (see groupsOf). */
type Group = { total: Pair; first: number; count: number; byScore?: boolean };
const SUBTOTAL = /小计$/;
const DASH = /^[—–\-－/]+$/;

const places = (v: string): number => (v.split('.')[1] ?? '').length;

/** Where a cell sits across the line (its character offsets). */
type Span = { start: number; end: number };

/**
 * The row's 分值 and 得分: the plain number under the 总分 row's 得分 (`scoreAt`) and the plain number before it,
 * when only words follow them — a 偏差原因 may open with a figure ("2 座工程延期", "完成目标值的 90%"), so the
 * last two numbers of the row need not be the pair; else (no number there) the row's last two plain numbers.
 */
function pairOf(row: TableRow, at?: Columns): Pair | null {
  const last = lastPairOf(row);
  if (!at || (last && row.cells.some((c) => c.text.trim() === last.score && under(c, at.score)))) return last;
  return pairUnder(row, at) ?? last;
}

/** The 总分 row's 分值 and 得分 cells: where the rows' own sit. */
type Columns = { weight: Span; score: Span };

const under = (c: Span, at: Span): boolean => c.start < at.end && c.end > at.start;

function pairUnder(row: TableRow, at: Columns): Pair | null {
  const cells = row.cells
    .map((c) => ({ text: c.text.replace(/\s+/g, ''), start: c.start, end: c.end }))
    .filter((c) => c.text !== '');
  const k = cells.findLastIndex((c) => under(c, at.score) && NUMBER.test(c.text));
  if (k < 1 || !NUMBER.test(cells[k - 1]!.text) || !under(cells[k - 1]!, at.weight)) return null;
  const after = cells.slice(k + 1);
  // Words after: a plain number there is a figure of the words, one space before a word ("2 座").
  const ofWords = (c: Span & { text: string }, i: number): boolean => {
    const next = after[i + 1];
    return !NUMBER.test(c.text) || (next !== undefined && HAN.test(next.text[0]!) && next.start - c.end <= 1);
  };
  if (after.length > 0 && (!after.every(ofWords) || !HAN.test(after.map((c) => c.text).join(''))))
    return null;
  return { weight: cells[k - 1]!.text, score: cells[k]!.text, line: row.line, oneLine: true };
}

/** The row's last two plain numbers as 分值 and 得分, when nothing but words follows them. */
function lastPairOf(row: TableRow): Pair | null {
  const texts = row.cells.map((c) => c.text.replace(/\s+/g, '')).filter((t) => t !== '');
  let k = texts.length - 1;
  // Words after the pair (偏差原因, which may hold figures of its own: "已纳入2025年计划") are skipped.
  // (A dash there is an empty 偏差原因: "15 15 —".)
  while (k >= 0 && !NUMBER.test(texts[k]!) && (/[\u4e00-\u9fa5]/.test(texts[k]!) || DASH.test(texts[k]!)))
    k--;
  if (k < 1 || !NUMBER.test(texts[k]!) || !NUMBER.test(texts[k - 1]!)) return null;
  return { weight: texts[k - 1]!, score: texts[k]!, line: row.line, oneLine: true };
}

/** The header row of the indicator part: 分值 then 得分, only words after them. */
function isIndicatorHeader(row: TableRow): boolean {
  return isIndicatorHead(row.cells.map((c) => c.text.replace(/\s+/g, '')));
}

/**
 * The indicator part's header from `h`: its last row — `h` itself, or the last of up to two lines below it without a
 * figure that complete its cells wrapped in narrow columns ("…实际完成 值" / "分 得分" / "值 偏差原因…": a two-character
 * 分值 printed one character a line), the words joined as header-pieces.ts joins them. -1 when it is none.
 */
function indicatorHeaderEnd(rows: readonly TableRow[], h: number): number {
  if (isIndicatorHeader(rows[h]!)) return h;
  if (!rows[h]!.cells.some((c) => /指标/.test(c.text))) return -1;
  const lines: { words: string[]; starts: number[] }[] = [];
  for (let k = h; k < Math.min(rows.length, h + 3); k++) {
    if (k > h && rows[k]!.cells.some((c) => /\d/.test(c.text))) break;
    lines.push(wordsOf(rows[k]!));
    if (k > h && isIndicatorHead(joinHeaderPieces(lines).map((c) => c.text))) return k;
  }
  return -1;
}

/** A row's words (a cell may hold several, one space apart) with where each starts. */
function wordsOf(row: TableRow): { words: string[]; starts: number[] } {
  const words: string[] = [];
  const starts: number[] = [];
  for (const c of row.cells)
    for (const m of c.text.matchAll(/\S+/g)) {
      words.push(m[0]);
      starts.push(c.start + m.index);
    }
  return { words, starts };
}

function isIndicatorHead(t: readonly string[]): boolean {
  const w = t.findIndex((x) => WEIGHT_HEAD.test(x));
  const s = t.findIndex((x) => /^(自评)?得分$/.test(x));
  return (
    w >= 0 &&
    s === w + 1 &&
    t.some((x) => /指标/.test(x)) &&
    t.slice(s + 1).every((x) => x === '' || TEXT_AFTER.test(x))
  );
}

export function checkScorePairs(ctx: Ctx): void {
  // (Its header holds 指标 whole and 得分 (maybe in pieces).)
  if (!mentionsAll(ctx, ['指标', '得', '分'])) return;
  const blocks = ctx.layout.blocks;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.kind !== 'table' || block.shape !== 'space') continue;
    let h = -1;
    let end = -1;
    for (let i = 0; i < block.rows.length && end < 0; i++) [h, end] = [i, indicatorHeaderEnd(block.rows, i)];
    if (end < 0) continue;
    const rows = block.rows.slice(end + 1);
    const t = rows.findIndex((r) => r.cells.some((c) => TOTAL.test(c.text.replace(/\s+/g, ''))));
    const headerLine = block.rows[h]!.line;
    if (t < 1) {
      // The 总分 row beyond this block: rows wrapped so that lines between were read as prose.
      const wrapped = wrappedPairs(ctx, headerLine);
      if (wrapped && !scoredBetween(ctx, headerLine, wrapped.total.line))
        judgePairs(ctx, headerLine, wrapped.leaves, wrapped.total, wrapped.excerpt, true, wrapped.groups);
      continue;
    }
    const totalRow = rows[t]!;
    const total = pairOf(totalRow);
    if (!total) continue;
    // The 总分's 得分 cell: the 得分 column, where each row's 得分 sits.
    const scoreCell = totalRow.cells.findLast((c) => c.text.trim() === total.score);
    const weightCell = totalRow.cells.findLast((c) => c.text.trim() === total.weight);
    const scoreAt = scoreCell && weightCell ? { weight: weightCell, score: scoreCell } : undefined;
    // The table's own rule read these rows: its claims stand.
    if (scoredBetween(ctx, rows[0]!.line, totalRow.line)) continue;
    const leaves: Pair[] = [];
    const subtotals: Array<{ pair: Pair; at: number }> = [];
    for (const r of rows.slice(0, t)) {
      const pair = pairOf(r, scoreAt);
      if (!pair) continue;
      if (r.cells.some((c) => SUBTOTAL.test(c.text.replace(/\s+/g, ''))))
        subtotals.push({ pair, at: leaves.length });
      else leaves.push(pair);
    }
    // (小计 whose rows cannot be told by their 分值 — one of them wrong — are passed over: the 总分 is still the
    // sum of every row, and its 得分 may prove the reading and blame the 分值.)
    const groups = groupsOf(leaves, subtotals) ?? [];
    if (leaves.length < 2) continue;
    // A 得分 above its 分值 is reported (and summed as printed) once the 分值 have proved the reading.
    judgePairs(ctx, headerLine, leaves, total, totalRow.cells.map((c) => c.text).join(' '), true, groups);
  }
  checkHeadersInProse(ctx);
}

/**
 * An indicator header the layout did not take for a table row — its cells wrapped in narrow columns, its words run
 * into a paragraph ("一级 二级指 三级指标 年度指标 实际完成 分 得分 偏差原因…" / "指标 标 值 值 值") —: the header
 * from its source line (and the one below, pieces joined as header-pieces.ts joins them), its rows read as
 * wrappedPairs reads rows wrapped past a table's header.
 */
function checkHeadersInProse(ctx: Ctx): void {
  const inTables = new Set<number>();
  for (const b of ctx.layout.blocks) if (b.kind === 'table') for (const r of b.rows) inTables.add(r.line);
  const n = ctx.source.length;
  const wordsAt = (i: number): { words: string[]; starts: number[] } => {
    const ms = [...(ctx.layout.normalised[i] ?? '').matchAll(/\S+/g)];
    return { words: ms.map((m) => m[0]), starts: ms.map((m) => m.index) };
  };
  for (let i = 0; i < n; i++) {
    if (inTables.has(i)) continue;
    const text = sourceText(ctx, i);
    if (!text.includes('得分') || !text.includes('指标') || /\d/.test(text)) continue;
    const below = i + 1 < n ? sourceText(ctx, i + 1) : '';
    const head =
      isIndicatorHead(sourceWords(ctx, i)) ||
      (!/\d/.test(below) &&
        isIndicatorHead(joinHeaderPieces([wordsAt(i), wordsAt(i + 1)]).map((c) => c.text)));
    if (!head) continue;
    const wrapped = wrappedPairs(ctx, i);
    if (wrapped && !scoredBetween(ctx, i, wrapped.total.line))
      judgePairs(ctx, i, wrapped.leaves, wrapped.total, wrapped.excerpt, true, wrapped.groups);
  }
}

/** Whether a rule made a score claim on the lines `first`…`last` (0-based). */
export function scoredBetween(ctx: Ctx, first: number, last: number): boolean {
  return ctx.claims.some((c) => c.kind === 'score' && c.line - 1 >= first && c.line - 1 <= last);
}

/**
 * Σ 得分 against the 总分 row, when the rows' 分值 add up to its 分值 (with the 项目资金 part's or without).
 * `top`: the line of the indicator part's header (its 项目资金 part is read above it).
 * `overWeight`: a 得分 above its 分值, both printed on one line, is reported (the reading is certain then).
 * Returns the pairs counted (null when the 分值 do not prove the reading).
 */
export function judgePairs(
  ctx: Ctx,
  top: number,
  leaves: readonly Pair[],
  total: Pair,
  excerpt: string,
  overWeight: boolean,
  groups: readonly Group[] = [],
): readonly Pair[] | null {
  if (leaves.length < 2) return null;
  const fund = fundPair(ctx, top);
  const weights = leaves.map((p) => p.weight);
  const scores = leaves.map((p) => p.score);
  const byWeights = sumEquals(weights, total.weight)
    ? leaves
    : fund && sumEquals([...weights, fund.weight], total.weight)
      ? [fund, ...leaves]
      : null;
  // Else the 得分 proving the reading, exactly and over four rows or more: the 分值 column is then at fault.
  const byScores =
    byWeights || leaves.length < 4
      ? null
      : sumEquals(scores, total.score)
        ? leaves
        : fund && sumEquals([fund.score, ...scores], total.score)
          ? [fund, ...leaves]
          : null;
  // Else the 一级 the text states, proving the reading level by level (a wrong 分值 and a wrong 得分 at once).
  const byLevels = byWeights || byScores ? null : levelProof(ctx, top, leaves, total);
  const counted = byWeights ?? byScores ?? (byLevels ? leaves : null);
  if (!counted) return null;
  if (byScores) reportWeightSum(ctx, byScores, total, excerpt);
  if (byLevels && byLevels.offWeight.length > 0)
    reportWeightSum(ctx, leaves, total, excerpt, byLevels.offWeight);
  if (overWeight)
    for (const p of leaves) {
      if (!p.oneLine || !dec(p.score).gt(p.weight)) continue;
      const text = sourceText(ctx, p.line);
      report(
        ctx,
        p.line,
        'score.exceeds-weight',
        'error',
        text,
        `≤${p.weight}`,
        p.score,
        `得分${p.score}超过该指标分值${p.weight}。`,
        // (At the line's start: the line may open a paragraph, whose text is not the source line's.)
        0,
      );
    }
  checkPartsInText(ctx, counted, fund !== null && counted[0] === fund, total.weight, total);
  if (byWeights || byLevels) checkLevelScores(ctx, top, leaves);
  if (groups.length > 0 && byWeights) {
    // (The 项目资金 row counted first is a part under no 小计: the groups' rows move one down.)
    const shift = byWeights.length - leaves.length;
    judgeGroups(
      ctx,
      byWeights,
      shift === 0 ? groups : groups.map((g) => ({ ...g, first: g.first + shift })),
      total,
      excerpt,
    );
    return counted;
  }
  const printed = counted.map((p) => ({ value: p.score, places: places(p.score) }));
  const v = judgeSum(printed, { value: total.score, places: places(total.score) }, 2);
  const parts = counted.map((p) => p.score).join(' + ');
  claim(ctx, 'score', total.line, 0, v.kind !== 'wrong', `各项得分之和 ${parts}，总分${total.score}`);
  if (v.kind === 'ok') {
    // (A 分值 column at fault leaves no bound on a 得分 above its 分值: either may be the wrong figure.)
    judgeCorrectedTotal(ctx, counted, total, excerpt, overWeight && byWeights !== null);
    return counted;
  }
  // (A 得分 reported wrong by its rule, the 总分 adding up with its right value: the 得分 is the one error.)
  if (addsOnceCorrected(ctx, counted, total)) return counted;
  const sum = v.total.toFixed(2);
  report(
    ctx,
    total.line,
    'score.sum',
    v.severity,
    excerpt,
    sum,
    total.score,
    `各项得分之和 ${parts} = ${sum}，与总分${total.score}不符。`,
  );
  return counted;
}

/** The rows' 得分, each at most its 分值 when `capped`. */
const scoresOf = (pairs: readonly Pair[], capped: boolean): string[] =>
  pairs.map((p) => (capped && dec(p.score).gt(p.weight) ? p.weight : p.score));
const total2 = (values: readonly string[]) => values.reduce((s, v) => s.plus(v), dec(0));
/** Σ values is `total`, within the rounding of 得分 printed to two places at most. */
const adds = (values: readonly string[], total: string): boolean =>
  judgeSum(
    values.map((v) => ({ value: v, places: places(v) })),
    { value: total, places: places(total) },
    2,
  ).kind !== 'wrong';

/**
 * A table of 小计 rows (the 分值 proved the reading): each 小计 = Σ 得分 of its rows — each taken at most at its
 * 分值 when one is above it (reported already), or as printed —, and the 总分 = Σ the 小计 and the rows under
 * none — the 小计 as printed, or as their rows add up (`score.sum`).
 */
function judgeGroups(
  ctx: Ctx,
  leaves: readonly Pair[],
  groups: readonly Group[],
  total: Pair,
  excerpt: string,
): void {
  const grouped = new Set(groups.flatMap((g) => leaves.slice(g.first, g.first + g.count)));
  const worked: string[] = [];
  for (const g of groups) {
    const rows = leaves.slice(g.first, g.first + g.count);
    // A group told by its 得分 in a table whose rows' 分值 make the 总分's: the 小计's 分值 is the wrong one.
    if (g.byScore) {
      const weights = rows.map((p) => p.weight);
      const weightSum = total2(weights).toString();
      claim(
        ctx,
        'score',
        g.total.line,
        0,
        false,
        `小计：各项分值之和 ${weights.join(' + ')}，小计分值${g.total.weight}`,
      );
      report(
        ctx,
        g.total.line,
        'score.weight-sum',
        'error',
        sourceText(ctx, g.total.line),
        weightSum,
        g.total.weight,
        `小计分值应为其下各项分值之和 ${weights.join(' + ')} = ${weightSum}，表中为${g.total.weight}（其下各项得分之和恰为小计得分${g.total.score}，各指标分值之和恰为总分分值${total.weight}）。`,
      );
    }
    const [asPrinted, capped] = [scoresOf(rows, false), scoresOf(rows, true)];
    const ok = adds(asPrinted, g.total.score) || adds(capped, g.total.score);
    const dp = Math.max(places(g.total.score), ...rows.map((p) => places(p.score)));
    const list = rows.map((p) => p.score).join(' + ');
    claim(ctx, 'score', g.total.line, 0, ok, `小计：各项得分之和 ${list}，小计${g.total.score}`);
    const sum = total2(capped).toFixed(dp);
    worked.push(ok ? g.total.score : sum);
    if (ok) continue;
    const note = total2(capped).eq(total2(asPrinted)) ? '' : '（超过分值的得分按分值计）';
    report(
      ctx,
      g.total.line,
      'score.sum',
      'error',
      sourceText(ctx, g.total.line),
      sum,
      g.total.score,
      `小计应为其下各项得分之和 ${list} = ${sum}${note}，表中为${g.total.score}。`,
    );
  }
  // The parts of the 总分 in the table's order: rows under no 小计, and each 小计.
  const parts: Array<{ printed: string; worked: string }> = [];
  leaves.forEach((p, k) => {
    // (A row under no 小计 reported wrong by its rule counts with the rule's 得分.)
    if (!grouped.has(p)) parts.push({ printed: p.score, worked: ruleCorrection(ctx, p) ?? p.score });
    const g = groups.findIndex((x) => x.first + x.count - 1 === k);
    if (g >= 0) parts.push({ printed: groups[g]!.total.score, worked: worked[g]! });
  });
  const dp = Math.max(places(total.score), ...parts.map((p) => places(p.printed)));
  const printed = parts.map((p) => p.printed);
  const list = printed.join(' + ');
  const ok =
    adds(printed, total.score) ||
    adds(
      parts.map((p) => p.worked),
      total.score,
    );
  claim(ctx, 'score', total.line, 0, ok, `各部分得分之和 ${list}，总分${total.score}`);
  if (ok) return;
  const sum = total2(printed).toFixed(dp);
  const workedList = parts.map((p) => p.worked);
  const corrected = workedList.some((w, k) => w !== printed[k]) ? total2(workedList).toFixed(dp) : null;
  // Parts reported wrong above: the 总分 is judged against their right values too.
  const more = corrected ? `；更正已指出的错误后为 ${workedList.join(' + ')} = ${corrected}` : '';
  report(
    ctx,
    total.line,
    'score.sum',
    'error',
    excerpt,
    corrected ?? sum,
    total.score,
    `各部分得分（小计及未列小计的指标）之和 ${list} = ${sum}${more}，与总分${total.score}不符。`,
  );
}

/** The rows' 分值 against the 总分's when their 得分 proved the reading (`score.weight-sum`). */
function reportWeightSum(
  ctx: Ctx,
  counted: readonly Pair[],
  total: Pair,
  excerpt: string,
  levels?: readonly LevelRun[],
): void {
  const weights = counted.map((p) => p.weight);
  const sum = weights.reduce((s, v) => s.plus(v), dec(0));
  claim(ctx, 'score', total.line, 0, false, `各指标分值之和 ${weights.join(' + ')}，总分分值${total.weight}`);
  report(
    ctx,
    total.line,
    'score.weight-sum',
    'error',
    excerpt,
    total.weight,
    sum.toString(),
    `各指标分值之和 ${weights.join(' + ')} = ${sum.toString()}，与总分分值${total.weight}不符（${
      levels
        ? levels
            .map(
              (l) =>
                `其中${l.name}各项分值之和${l.weights}，文中为${l.weight}分，其得分之和与文中${l.score}分相符`,
            )
            .join('；')
        : `各项得分之和与总分${total.score}相符`
    }）。`,
  );
}

/**
 * A 总分 that is Σ 得分 as printed while a 得分 there is reported wrong: the 总分 carries the error.
 *  - the 项目资金 part's 得分 reported against its rule (score-funds.ts, `score.rule` on its line): the 总分 is
 *    Σ 得分 with that rule's figure ("资金总额 … 10 96.26% 9.36 … 总分 100 97.36": 应为97.63);
 *  - with `capped`, a 得分 above its 分值 (reported above, both on one line): the 总分 counts the excess, so it is
 *    above the most the rows allow — each 得分 taken at most at its 分值 ("成本指标 5 6 … 总分 100 97.76": 至多96.76).
 * (`score.sum`.)
 */
function judgeCorrectedTotal(
  ctx: Ctx,
  counted: readonly Pair[],
  total: Pair,
  excerpt: string,
  capped: boolean,
): void {
  const notes: string[] = [];
  let sum = dec(0);
  let bound = false;
  for (const p of counted) {
    const rule = ruleCorrection(ctx, p);
    if (rule) {
      notes.push(`得分${p.score}应为${rule}`);
      sum = sum.plus(rule);
    } else if (capped && p.oneLine && dec(p.score).gt(p.weight)) {
      notes.push(`得分${p.score}超过分值${p.weight}`);
      sum = sum.plus(p.weight);
      bound = true;
    } else sum = sum.plus(p.score);
  }
  if (notes.length === 0 || (bound ? !sum.lt(total.score) : sum.eq(total.score))) return;
  const shown = sum.toFixed(Math.max(places(total.score), ...counted.map((p) => places(p.score))));
  report(
    ctx,
    total.line,
    'score.sum',
    'error',
    excerpt,
    bound ? `≤${shown}` : shown,
    total.score,
    bound
      ? `总分${total.score}计入了超过分值的得分（${notes.join('，')}）；各项得分以分值为限，总分至多为${shown}。`
      : `总分${total.score}按表中得分相加，其中${notes.join('，')}；更正后各项得分之和为${shown}，总分应为${shown}。`,
  );
}

/** The 得分 a row's own rule says it should have (a `score.rule` error reported on it), or null. */
function ruleCorrection(ctx: Ctx, p: Pair): string | null {
  const rule = ctx.findings.find(
    (f) => f.rule === 'score.rule' && f.severity === 'error' && f.line === p.line + 1 && f.found === p.score,
  );
  return rule && NUMBER.test(rule.expected) ? rule.expected : null;
}

/** Whether the 总分 is Σ 得分 once the 得分 reported wrong by their rule are corrected: that 得分 is the error. */
function addsOnceCorrected(ctx: Ctx, counted: readonly Pair[], total: Pair): boolean {
  let corrected = false;
  let sum = dec(0);
  for (const p of counted) {
    const rule = ruleCorrection(ctx, p);
    corrected ||= rule !== null;
    sum = sum.plus(rule ?? p.score);
  }
  return corrected && sum.eq(total.score);
}

/** How far below its header a wrapped indicator part's 总分 row may be (lines). */
const WRAPPED_SPAN = 80;

/**
 * The 分值 and 得分 of indicator rows wrapped over several lines, read from the source lines between the
 * header (`headerLine`) and the 总分 row: the plain numbers of those lines in reading order, taken two by two
 * (分值 then 得分, as the header orders them). A pair is either the only two numbers of one line or two lines'
 * only number each ("7" beside the indicator name, its 得分 "6" lines lower beside the 偏差原因). Nothing is
 * read when a line holds more than two plain numbers, a pair would take one number of a line with two, or the
 * count is odd; the caller then requires the 分值 to add up to the 总分's.
 */
function wrappedPairs(
  ctx: Ctx,
  headerLine: number,
): { leaves: Pair[]; total: Pair; excerpt: string; groups: Group[] } | null {
  type Token = { value: string; line: number; alone: boolean };
  const seq: Token[] = [];
  const subtotals: Array<{ pair: Pair; at: number }> = [];
  const end = Math.min(ctx.source.length, headerLine + WRAPPED_SPAN);
  for (let i = headerLine + 1; i < end; i++) {
    if (ctx.layout.dropped.has(i)) continue;
    const text = sourceText(ctx, i);
    const tokens = withoutFiguresInText(sourceWords(ctx, i));
    const nums = tokens.filter((x) => NUMBER.test(x));
    const pair = lastPair(tokens);
    if (tokens.some((x) => SUBTOTAL.test(x))) {
      // A 一级指标's 小计 ("产出指标小计 50 47.80"): not a row, the 得分 of the rows above it.
      if (!pair || nums.length !== 2 || seq.length % 2 !== 0) return null;
      subtotals.push({ pair: { ...pair, line: i }, at: seq.length / 2 });
      continue;
    }
    if (tokens.some((x) => TOTAL.test(x))) {
      // (Words may follow the pair on the 总分 row: "总分 100 92.40 自评等级：优".)
      const n = tokens.findLastIndex((x) => NUMBER.test(x)) + 1;
      const after = tokens.slice(n);
      if (nums.length !== 2 || n < 3 || !NUMBER.test(tokens[n - 2]!) || !after.every(isWordsOnly))
        return null;
      const total = { weight: tokens[n - 2]!, score: tokens[n - 1]!, line: i, oneLine: true };
      if (seq.length < 4 || seq.length % 2 !== 0) return null;
      const order = stackedOrder(ctx, seq, i, total);
      const leaves: Pair[] = [];
      for (let k = 0; k < seq.length; k += 2) {
        const [w, s] = [seq[order[k]!]!, seq[order[k + 1]!]!];
        if (w.line !== s.line && !(w.alone && s.alone)) return null;
        if (dec(w.value).isZero() || dec(w.value).gt(100)) return null;
        leaves.push({ weight: w.value, score: s.value, line: s.line, oneLine: w.line === s.line });
      }
      // (小计 whose rows their 分值 cannot tell: passed over, as in checkScorePairs.)
      return { leaves, total, excerpt: text, groups: groupsOf(leaves, subtotals) ?? [] };
    }
    if (nums.length > 2) {
      // A row that prints its 指标值 and 实际完成值 as plain numbers too ("% 100 99.2 5 5.5 部分设备…"): its
      // last two numbers, next to each other with only words after them, are its 分值 and 得分.
      const k = tokens.findLastIndex((x) => NUMBER.test(x));
      if (k < 1 || !NUMBER.test(tokens[k - 1]!) || !tokens.slice(k + 1).every((x) => HAN.test(x)))
        return null;
      seq.push(
        { value: tokens[k - 1]!, line: i, alone: false },
        { value: tokens[k]!, line: i, alone: false },
      );
      continue;
    }
    for (const v of nums) seq.push({ value: v, line: i, alone: nums.length === 1 });
  }
  return null;
}

/** Where each plain number of source line `i` stands (its first character and its end). */
function numberSpans(ctx: Ctx, i: number): Array<Span & { text: string }> {
  const line = ctx.layout.normalised[i] ?? '';
  return [...line.matchAll(/\S+/g)]
    .filter((m) => NUMBER.test(m[0]))
    .map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/**
 * The order in which wrappedPairs takes the numbers two by two (indices into `seq`). A run of lines each holding
 * one number only may print a block of rows column by column — a merged 二级指标 cell makes `pdftotext -layout`
 * set its rows' 分值 one a line, then their 得分 ("15" / "10" under 分值, then "15" / "10" under 得分): when
 * every number of the run sits under the 总分 row's 分值 or 得分 (and under one only), each 得分 after its 分值,
 * the k-th 分值 of the run is paired with its k-th 得分. Else the reading order.
 */
function stackedOrder(
  ctx: Ctx,
  seq: ReadonlyArray<{ value: string; line: number; alone: boolean }>,
  totalLine: number,
  total: Pair,
): number[] {
  const order = seq.map((_, k) => k);
  const [weightAt, scoreAt] = numberSpans(ctx, totalLine).slice(-2);
  if (!weightAt || !scoreAt || weightAt.text !== total.weight || scoreAt.text !== total.score) return order;
  for (let k = 0; k < seq.length;) {
    let e = k;
    while (e < seq.length && seq[e]!.alone) e++;
    if (e - k < 4) {
      k = Math.max(e, k + 1);
      continue;
    }
    const columns = seq.slice(k, e).map((t) => {
      const spans = numberSpans(ctx, t.line);
      const at = spans.length === 1 && spans[0]!.text === t.value ? spans[0]! : null;
      if (!at) return null;
      const [w, s] = [under(at, weightAt), under(at, scoreAt)];
      return w === s ? null : w ? 'weight' : 'score';
    });
    const weights: number[] = [];
    const scores: number[] = [];
    columns.forEach((c, j) => (c === 'weight' ? weights : scores).push(k + j));
    const stacked =
      columns.every((c) => c !== null) &&
      weights.length === scores.length &&
      scores.every((at, j) => weights[j]! < at) &&
      // (Pairs in reading order already: nothing to change.)
      weights.some((at, j) => at !== k + 2 * j);
    if (stacked) weights.forEach((at, j) => order.splice(k + 2 * j, 2, at, scores[j]!));
    k = e;
  }
  return order;
}

/**
 * A number set apart between two words ("约 20 天，", "取消 2 个批次…", "24 个" beside "≥24 个", "16.72 万"): a figure of
 * the 指标值, 完成值 or 偏差原因 that LibreOffice spaced from its words — a 分值 or 得分 has a number or the line's
 * end beside it.
 */
function withoutFiguresInText(tokens: readonly string[]): readonly string[] {
  const word = (x: string | undefined) => x !== undefined && HAN.test(x) && !/\d/.test(x);
  const inText = (x: string, j: number) => NUMBER.test(x) && word(tokens[j - 1]) && word(tokens[j + 1]);
  return tokens.some(inText) ? tokens.filter((x, j) => !inText(x, j)) : tokens;
}

/** A word of text without a figure ("自评等级：优"). */
const isWordsOnly = (x: string): boolean => HAN.test(x) && !/\d/.test(x);

/** The last two words when they are plain numbers (分值, 得分). */
function lastPair(tokens: readonly string[]): Pair | null {
  const n = tokens.length;
  if (n < 3 || !NUMBER.test(tokens[n - 2]!) || !NUMBER.test(tokens[n - 1]!)) return null;
  return { weight: tokens[n - 2]!, score: tokens[n - 1]!, line: 0, oneLine: true };
}

/**
 * Each 小计 with the rows it totals: the rows right above it (after the previous 小计) whose 分值 add up to its
 * 分值, walking up from it; rows before them belong to no 小计 (the 预算执行 row). Null when a 小计's 分值 is
 * not reached exactly: which rows it totals is not clear.
 */
function groupsOf(
  leaves: readonly Pair[],
  subtotals: ReadonlyArray<{ pair: Pair; at: number }>,
): Group[] | null {
  const groups: Group[] = [];
  let floor = 0;
  for (const { pair, at } of subtotals) {
    let sum = dec(0);
    let first = at;
    while (first > floor && sum.lt(pair.weight)) sum = sum.plus(leaves[--first]!.weight);
    if (sum.eq(pair.weight) && first < at) groups.push({ total: pair, first, count: at - first });
    // (Its 分值 not reached — the 小计's own 分值 wrong, or a row's —: the rows since the 小计 before, two at least,
    // when their 得分 make its 得分 exactly.)
    else if (at - floor >= 2 && sumEquals(scoresOfRows(leaves.slice(floor, at)), pair.score))
      groups.push({ total: pair, first: floor, count: at - floor, byScore: true });
    else return null;
    floor = at;
  }
  return groups;
}

const scoresOfRows = (rows: readonly Pair[]): string[] => rows.map((p) => p.score);

function sumEquals(values: readonly string[], total: string): boolean {
  return values.reduce((s, v) => s.plus(v), dec(0)).eq(total);
}

/** The 项目资金 part's 分值 and 得分 (the 年度资金总额 row) in the tables just above the indicator part. */
function fundPair(ctx: Ctx, top: number): Pair | null {
  // A 项目资金 part the funds rules read by its header (its 分值 and 得分 wherever its columns put them).
  const read = ctx.fundRows.filter((f) => f.line <= top && top - f.line <= 40).at(-1);
  if (read) return { weight: read.weight, score: read.score, line: read.line };
  const blocks = ctx.layout.blocks;
  for (let b = blocks.length - 1; b >= 0; b--) {
    const block = blocks[b]!;
    if (block.first > top) continue;
    if (top - block.last > 40) break;
    if (block.kind !== 'table') continue;
    for (const r of block.rows) {
      // Above the indicator part only: a block may run on into the next 自评表 (its title dropped as a page
      // header repeated over each table), whose 项目资金 part is not this one's.
      if (r.line > top) break;
      // (The label may follow a fragment of a merged cell: "项目资 年度资金总额 …".)
      const texts = r.cells.map((c) => c.text.replace(/\s+/g, ''));
      // (Or its label wrapped in a narrow column: "年度资金总" over "额".)
      const label = texts.findIndex((x) => /资金总额|^年度资金总?$/.test(x));
      if (label < 0 || label > 1) continue;
      // "年度资金总额  600.00 680.00 615.40  10  90.50%  9.05": 分值 before the 执行率, 得分 after it; or both after
      // it ("… 21,288.62  95.08%  10  9.51" under "执行率 分值 得分").
      const rate = texts.findIndex((x) => /^\d+(?:\.\d+)?%$/.test(x));
      if (rate < 2 || (rate !== texts.length - 2 && rate !== texts.length - 3)) continue;
      const last = rate === texts.length - 3;
      const weight = texts[last ? rate + 1 : rate - 1]!;
      const score = texts[last ? rate + 2 : rate + 1]!;
      if (NUMBER.test(weight) && NUMBER.test(score) && dec(score).lte(weight) && dec(weight).lte(100))
        return { weight, score, line: r.line };
    }
  }
  return null;
}

/** "产出指标47分（满分50分）", "产出指标得分46.50分（分值50分）": a part of the total with its weight. */
const WEIGHTED_PART =
  /([\u4e00-\u9fa5]{2,12}?)(?:得分)?(?:为)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*分\s*[（(]\s*(?:满分|分值|权重)(?:为)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*分?\s*[）)]/g;
/** The 总分 the text states ("自评总分92.40分", "总分为92.40分"). */
const TEXT_TOTAL = /总分(?:为)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*分/;
/** The 项目资金 part's name in the text. */
const FUND_PART = /预算执行|资金/;

/**
 * The parts of the total stated in the text with their weights — "预算执行9.31分（满分10分），产出指标47分（满分
 * 50分），效益指标27分（满分30分），满意度指标10分（满分10分）" — against the table's rows: the rows, in the table's
 * order (the 项目资金 part first), split into consecutive runs whose 分值 add up to each part's weight in the
 * order the text lists them (the 项目资金 part by its name); each part's score must be its run's Σ 得分
 * (`figure.text-table`). Read only when the weights add up to the 总分's 分值 and the runs take every row.
 */
function checkPartsInText(
  ctx: Ctx,
  counted: readonly Pair[],
  fundFirst: boolean,
  whole: string,
  total: Pair,
): void {
  for (const block of ctx.layout.blocks) {
    if (block.kind !== 'paragraph' || (!block.text.includes('满分') && !block.text.includes('分值')))
      continue;
    const li = block.first;
    const line = ctx.lines[li] ?? '';
    const parts = [...line.matchAll(WEIGHTED_PART)];
    if (
      parts.length < 2 ||
      !sumEquals(
        parts.map((m) => m[3]!),
        whole,
      )
    )
      continue;
    // Consecutive parts only: nothing but a separator between one and the next.
    if (
      parts.some(
        (m, k) =>
          k > 0 &&
          !/^\s*[，,、；;]\s*$/.test(line.slice(parts[k - 1]!.index + parts[k - 1]![0].length, m.index)),
      )
    )
      continue;
    const runs: Pair[][] = [];
    let at = 0;
    let fits = true;
    for (const m of parts) {
      const isFund = FUND_PART.test(m[1]!);
      if (isFund !== (fundFirst && at === 0)) {
        fits = false;
        break;
      }
      const run: Pair[] = [];
      let sum = dec(0);
      while (at < counted.length && sum.lt(m[3]!)) {
        run.push(counted[at]!);
        sum = sum.plus(counted[at]!.weight);
        at++;
        if (isFund) break;
      }
      if (!sum.eq(m[3]!)) {
        fits = false;
        break;
      }
      runs.push(run);
    }
    if (!fits || at !== counted.length) continue;
    // The table at fault, not the text: the text's parts add up to the 总分 it states, the table's 得分 do not
    // add up to its own 总分 row. A part that is one row of the table is then that row's error.
    const stated = TEXT_TOTAL.exec(block.text)?.[1];
    const textHolds =
      stated !== undefined &&
      sumEquals(
        parts.map((m) => m[2]!),
        stated,
      ) &&
      !sumEquals(
        counted.map((p) => p.score),
        total.score,
      );
    parts.forEach((m, k) => {
      const run = runs[k]!;
      const [, name, score] = m as unknown as [string, string, string];
      const printed = run.map((p) => ({ value: p.score, places: places(p.score) }));
      const v = judgeSum(printed, { value: score, places: places(score) }, 2);
      // One row: its 得分 ("表中预算执行得分 9.31").
      const list = run.map((p) => p.score).join(' + ');
      const what = run.length === 1 ? `表中${name}得分` : `表中${name}各项得分之和`;
      const where = m.index + m[0].indexOf(score, name.length);
      claim(ctx, 'score', li, where, v.kind !== 'wrong', `${what} ${list}，文中${score}分`);
      if (v.kind === 'ok') return;
      const sum = v.total.toFixed(Math.max(places(score), ...run.map((p) => places(p.score))));
      if (textHolds && run.length === 1 && run[0]!.line > li) {
        const row = run[0]!;
        report(
          ctx,
          row.line,
          'figure.text-table',
          v.severity,
          sourceText(ctx, row.line),
          score,
          row.score,
          `表中${name}得分${row.score}，正文为${score}分；正文各部分得分之和 ${parts.map((x) => x[2]!).join(' + ')} = ${stated}，与正文总分${stated}分相符，而表中各项得分之和与表中总分${total.score}不符：表中得分有误。`,
          0,
        );
        return;
      }
      report(
        ctx,
        li,
        'figure.text-table',
        v.severity,
        excerptOf(line, m.index, m.index + m[0].length, 10),
        `${sum}分`,
        `${score}分`,
        `${what} ${run.length === 1 ? sum : `${list} = ${sum}`}，文中为${score}分${v.kind === 'rounding' ? '（相差在四舍五入范围内）' : ''}。`,
        where,
      );
    });
  }
}
