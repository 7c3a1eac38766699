/**
 * A 一级指标's score stated in the text with its weight — "产出指标分值50分，得分46.20分", "产出指标得分46.50分（满分
 * 50分）" — against the rows of the document's only 自评表 under that 一级 (`figure.text-table`): the Σ 得分 of
 * those rows must be the text's score.
 *
 * The rows are the indicator rows read by their 分值 and 得分 (score-pairs.ts), once their 分值 proved the reading.
 * A row's 一级 is the name at the start of a line from the row's own line up to the line after the row before it
 * (the 一级 column, its label printed on the row's first line or wrapped over several: "满意度指" / "标"): the
 * word there must be the text's name, or its start cut at most two characters short (at least three characters
 * kept). A row without such a word is under the 一级 of the row before it (the label printed once for its group).
 *
 * Precision first: the 一级's rows are the run from the first row naming it, through rows naming nothing, whose
 * 分值 add up exactly to the weight the text states (no row naming it left after the run); a run that does not
 * reach the weight exactly, a row above its 分值, or more than one table in the document with a 分值 and a 得分
 * column, and nothing is read.
 */
import { dec } from '../money/index.ts';
import { claim, excerptOf, report, sourceText, type Ctx } from './context.ts';
import { printedPlaces } from './numbers.ts';
import { forEachFigureLine } from './prose-lines.ts';
import { weightedParts } from './score-prose.ts';
import { judgeSum, showAs } from './verdict.ts';

/** An indicator row: its 分值, 得分 and the (0-based) line its figures are on. */
export type LevelLeaf = { weight: string; score: string; line: number };

/** How many table rows of the document hold both a 分值 and a 得分 cell: its indicator tables' headers. */
export function scoreHeaders(ctx: Ctx): number {
  let n = 0;
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'table') continue;
    for (const r of b.rows) {
      const texts = r.cells.map((c) => c.text.replace(/\s+/g, ''));
      // (A 项目资金 part's header — 分值, 执行率, 得分 — is the same 自评表's.)
      if (texts.some((t) => /执行/.test(t))) continue;
      if (texts.includes('分值') && texts.some((t) => /^(?:自评)?得分$/.test(t))) n++;
    }
  }
  return n;
}

/** Whether `word`, the first word of a line, names `name`: the name's end, or its start cut short by at most two. */
function names(word: string, name: string): boolean {
  const at = name.lastIndexOf(word);
  if (at < 0 || word.length < 2) return false;
  const cut = name.length - at - word.length;
  return cut === 0 || (cut <= 2 && word.length >= 3);
}

/**
 * `top`: the (0-based) line of the indicator part's header; `leaves`: its rows in order, their 分值 proved.
 */
export function checkLevelScores(ctx: Ctx, top: number, leaves: readonly LevelLeaf[]): void {
  if (leaves.length < 2 || scoreHeaders(ctx) !== 1) return;
  const stated = statedLevels(ctx);
  if (stated.length === 0) return;
  const labels = levelLabels(ctx, top, leaves, [...new Set(stated.map((s) => s.name))]);
  const subtotals = subtotalLines(ctx, top, leaves[leaves.length - 1]!.line);
  for (const s of stated) {
    const first = labels.indexOf(s.name);
    if (first < 0) continue;
    const run =
      subtotals.length > 0 ? groupOf(leaves, labels, first, subtotals) : runFrom(leaves, labels, first, s);
    if (!run) continue;
    const sum = run.reduce((t, l) => t.plus(l.weight), dec(0));
    if (!sum.eq(s.weight) || labels.slice(first + run.length).includes(s.name)) continue;
    if (run.some((l) => dec(l.score).gt(l.weight))) continue;
    const printed = run.map((l) => ({ value: l.score, places: printedPlaces(l.score) }));
    const v = judgeSum(printed, { value: s.score, places: printedPlaces(s.score) }, 2);
    const list = run.map((l) => l.score).join(' + ');
    const where = s.at + s.line.slice(s.at).indexOf(s.score, s.name.length);
    claim(
      ctx,
      'score',
      s.li,
      where,
      v.kind !== 'wrong',
      `表中${s.name}各项得分之和 ${list}，文中${s.score}分`,
    );
    if (v.kind === 'ok') continue;
    const total = showAs(v.total, [...printed, { value: s.score, places: printedPlaces(s.score) }]);
    report(
      ctx,
      s.li,
      'figure.text-table',
      v.severity,
      excerptOf(s.line, s.at, where + s.score.length, 10),
      `${total}分`,
      `${s.score}分`,
      `表中“${s.name}”各项（分值之和${s.weight}分）得分之和 ${list} = ${total}，文中为${s.score}分${v.kind === 'rounding' ? '（相差在四舍五入范围内）' : ''}。`,
      where,
    );
  }
}

/** The rows from `first` on, through rows naming nothing, up to the stated weight. */
function runFrom(
  leaves: readonly LevelLeaf[],
  labels: ReadonlyArray<string | null>,
  first: number,
  s: { name: string; weight: string },
): LevelLeaf[] {
  const run: LevelLeaf[] = [];
  let sum = dec(0);
  for (let k = first; k < leaves.length && sum.lt(s.weight); k++) {
    if (labels[k] !== null && labels[k] !== s.name) break;
    run.push(leaves[k]!);
    sum = sum.plus(leaves[k]!.weight);
  }
  return run;
}

/**
 * The lines of 小计 rows between the header and the last row: each closes one 一级's group. (A 一级's name,
 * centred on its merged cell, may be printed beside any row of its group, not the first.)
 */
function subtotalLines(ctx: Ctx, top: number, last: number): number[] {
  const out: number[] = [];
  for (let i = top + 1; i <= last + 1; i++)
    if (/^小计/.test(sourceText(ctx, i).replace(/\s+/g, ''))) out.push(i);
  return out;
}

/** The rows between the 小计 rows around row `k` (null when the group names another 一级 too). */
function groupOf(
  leaves: readonly LevelLeaf[],
  labels: ReadonlyArray<string | null>,
  k: number,
  subtotals: readonly number[],
): LevelLeaf[] | null {
  const line = leaves[k]!.line;
  const before = subtotals.filter((l) => l < line).pop() ?? -1;
  const after = subtotals.find((l) => l > line) ?? Infinity;
  const group = leaves.flatMap((l, i) => (l.line > before && l.line < after ? [i] : []));
  if (group.some((i) => labels[i] !== null && labels[i] !== labels[k])) return null;
  return group.map((i) => leaves[i]!);
}

/** A 一级 stated in the text with its weight and score, on logical line `li` at `at`. */
export type StatedLevel = {
  li: number;
  line: string;
  name: string;
  score: string;
  weight: string;
  at: number;
};

/** The 一级 the text states with their weight and score ("产出指标分值50分，得分46.20分"). */
export function statedLevels(ctx: Ctx): StatedLevel[] {
  const stated: StatedLevel[] = [];
  forEachFigureLine(ctx, (line, li) => {
    if (!/满分|分值|权重/.test(line)) return;
    for (const p of weightedParts(line))
      stated.push({ li, line, name: p.name, score: p.score, weight: p.weight, at: p.start });
  });
  return stated;
}

/** Each row's 一级 as its lines name it (the one name of `nameList` the word names), else null. */
export function levelLabels(
  ctx: Ctx,
  top: number,
  leaves: readonly LevelLeaf[],
  nameList: readonly string[],
): Array<string | null> {
  return leaves.map((leaf, k) => {
    const from = k === 0 ? top + 1 : leaves[k - 1]!.line + 1;
    for (let i = leaf.line; i >= from; i--) {
      const word = /^[\u4e00-\u9fa5]+/.exec(sourceText(ctx, i).trim())?.[0] ?? '';
      const named = nameList.filter((n) => names(word, n));
      if (named.length === 1) return named[0]!;
    }
    return null;
  });
}
