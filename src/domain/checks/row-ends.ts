/**
 * A 汇总表 of projects whose header and names wrap so that no column can be told by its header ("自评得" over "分",
 * "等" over "级"; a project's name over two lines, its figures on either), read by the pattern of each row's end:
 *
 *     3 高标准农田建设市级配
 *       套资金        市农业农村局      3120.00 2874.16   92.12   88.5 良
 *               合计          27920.00 25951.44 92.95 87.13
 *
 * - **Three figures side by side** (`table.rate`, `table.change`): each line's figures counted from its end (a 序号
 *   or a wrapped name's digits before them change nothing), three neighbours a, b, c of which every other line of
 *   the table holds c = b ÷ a × 100 ("3120.00 2874.16 92.12": the 执行率) or c = a − b / b − a ("46.44 50.00 -3.56":
 *   the 偏差 against the 序时进度) — at least three lines exactly, under a header naming a 率 or a 偏差 / 差异 / 增减 —
 *   each line where it is not, beyond the rounding of its figures, is reported when at most one line in five is so
 *   (a 合计 line too: its rate is its own figures').
 * - **The grade** (`grade.score`): a line ending in a score and a grade word ("88.5 良"): the grade the score's under
 *   the document's bands, as every other such line of the table holds (at least three) — a line that does not is
 *   reported, when at most one line in five does not.
 *
 * - **The average** the text states for as many projects as the rows read ("12个项目自评平均得分87.13分"): their
 *   scores' mean (`figure.text-table`).
 *
 * Precision first: the lines are a run of the document's (a gap of at most six lines between two of them: a name wrapped, a row whose figures split over lines) under
 * a header naming what is judged, and a figure another rule already judged (a claim naming it, a finding on its line)
 * is left to that rule.
 */
import { dec, roundHalfUp, sum } from '../money/index.ts';
import { gradeOf } from '../scoring/grade.ts';
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { normaliseGrade } from './grade-words.ts';
import { judgeRatio, show } from './verdict.ts';

/** A line's figure: a token of white space's making, a number (signed, with thousands separators, maybe a %). */
const FIGURE_TOKEN = /^[-+−]?\d[\d,]*(?:\.\d+)?%?$/;
/** A score and a grade word ending the line. */
const GRADE_ROW = /(?:^|\s)(\d{1,3}(?:\.\d{1,2})?)\s+(优秀|优|良好|良|中等|中|及格|合格|较差|差)\s*$/;
const SPACED_FIGURES = /\d\s+[-+−]?\d[^\n]*\d\s+[-+−]?\d/;
const GRADE_END = /[优良中差格好等秀]\s*$/;
/** How far apart two rows of one table may be printed (a name wrapped over lines between). */
const GAP = 6;

type Hit = { line: number; match: RegExpExecArray };

export function checkRowEnds(ctx: Ctx): void {
  // (A 汇总 names its 执行率 or its 得分.)
  if (!mentionsAll(ctx, ['率']) && !mentionsAll(ctx, ['得分'])) return;
  const lines = ctx.layout.normalised;
  checkTriples(ctx, lines);
  for (const run of runsOf(lines, gradeRow))
    if (headed(lines, run, /得/)) {
      checkGrades(ctx, run);
      checkAverage(ctx, run);
    }
}

/** "12个项目自评平均得分87.13分": the count of projects and their average score, stated once in the text. */
const AVERAGE = /(\d+)\s*个项目[^。；;\d]{0,12}?平均(?:得分|分)(?:为|是)?\s*(\d+(?:\.\d+)?)\s*分/g;

/**
 * The text's average of the projects' scores against the rows read (`figure.text-table`): when the text states it
 * once, for as many projects as the table has rows ending in a score and a grade — the average of those scores,
 * rounded half-up to the text's places.
 */
function checkAverage(ctx: Ctx, run: readonly Hit[]): void {
  const found: { li: number; m: RegExpExecArray }[] = [];
  for (let li = 0; li < ctx.lines.length; li++) {
    const line = ctx.lines[li]!;
    if (!line.includes('平均')) continue;
    for (const m of allMatches(line, AVERAGE)) found.push({ li, m });
  }
  if (found.length !== 1) return;
  const { li, m } = found[0]!;
  if (Number(m[1]) !== run.length) return;
  const scores = run.map((h) => h.match[1]!);
  const mean = sum(scores).div(scores.length);
  const stated = m[2]!;
  const places = stated.split('.')[1]?.length ?? 0;
  const want = roundHalfUp(mean, places);
  const ok = want.eq(stated);
  const line = ctx.lines[li]!;
  const at = m.index + m[0].lastIndexOf(stated);
  // (An average another rule read against its table: its reading stands.)
  const lineNo = ctx.layout.lineAt(li, at) + 1;
  if (ctx.claims.some((c) => c.kind === 'score' && c.line === lineNo && c.arithmetic.includes(stated)))
    return;
  const arithmetic = `(${scores.join(' + ')}) ÷ ${scores.length} = ${show(mean, places)}分`;
  claim(ctx, 'score', li, at, ok, `平均得分：${arithmetic}，文中${stated}分`);
  if (ok) return;
  report(
    ctx,
    li,
    'figure.text-table',
    'error',
    excerptOf(line, m.index, m.index + m[0].length, 0),
    `${show(mean, places)}分`,
    `${stated}分`,
    `表中${scores.length}个项目的自评得分平均为 ${arithmetic}，文中为${stated}分。`,
    at,
  );
}

/**
 * The lines `read` takes (with what it read of each), in runs at most GAP lines apart: the rows of one table.
 * Runs of four lines or more.
 */
function runsOf<T extends { line: number }>(
  lines: readonly string[],
  read: (line: string, i: number) => T | null,
): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  for (let i = 0; i < lines.length; i++) {
    const row = read(lines[i]!, i);
    if (!row) continue;
    if (run.length > 0 && i - run[run.length - 1]!.line > GAP) {
      if (run.length >= 4) runs.push(run);
      run = [];
    }
    run.push(row);
  }
  if (run.length >= 4) runs.push(run);
  return runs;
}

/** A line ending in a score and a grade (its last character one of a grade word's, tested first: most lines do not). */
function gradeRow(line: string, i: number): Hit | null {
  if (!GRADE_END.test(line)) return null;
  const match = GRADE_ROW.exec(line);
  return match ? { line: i, match } : null;
}

/** Whether the lines right above the run (up to four) name the column (its words maybe split over two lines). */
function headed(lines: readonly string[], run: readonly { line: number }[], word: RegExp): boolean {
  const first = run[0]!.line;
  const above = lines.slice(Math.max(0, first - 4), first).join('');
  return word.test(above.replace(/\s+/g, ''));
}

/** Lines another rule judged. */
const judged = (ctx: Ctx, line: number): boolean =>
  ctx.claims.some((c) => c.line === line + 1) || ctx.findings.some((f) => f.line === line + 1);

type Row = { line: number; figures: (string | null)[] };
type Relation = { kind: 'rate' | 'a-b' | 'b-a'; head: RegExp };
const RELATIONS: readonly Relation[] = [
  { kind: 'rate', head: /率/ },
  { kind: 'a-b', head: /偏差|差异|增减|差额|差值|结余|变动/ },
  { kind: 'b-a', head: /偏差|差异|增减|差额|差值|结余|变动/ },
];

/** A cell left blank with a dash: a figure's place, no figure. */
const DASH = /^[—–－-]+$/;
/** A short word ending a row after its figures: a grade, 是 / 否. */
const END_WORD = /^[\u4e00-\u9fa5]{1,2}$/;

/**
 * A row's figures: the run of figure tokens (or dashes, kept as empty places) ending the line, or ending it but for
 * one short word (a grade, 是 / 否) — a line of prose ending in "…增加 214.54 万元" holds no such run.
 */
function rowFigures(line: string): (string | null)[] {
  const tokens = line.trim().split(/\s+/);
  let end = tokens.length;
  if (end > 0 && END_WORD.test(tokens[end - 1]!) && !FIGURE_TOKEN.test(tokens[end - 1]!)) end--;
  const out: (string | null)[] = [];
  for (let k = end - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (FIGURE_TOKEN.test(t)) out.unshift(t.replace(/[,%]/g, '').replace('−', '-').replace(/^\+/, ''));
    else if (DASH.test(t)) out.unshift(null);
    else break;
  }
  return out;
}

/** A line ending in three figures or more (see rowFigures). */
function figureRow(line: string, i: number): Row | null {
  // (Three figures side by side print a digit, white space and a digit twice at least: most lines do not.)
  if (!SPACED_FIGURES.test(line)) return null;
  const figures = rowFigures(line);
  // (A row numbering the columns, "栏次  1  2  3 …", holds no figures.)
  if (figures.every((f, k) => f === String(k + 1))) return null;
  return figures.filter((f) => f !== null).length >= 3 ? { line: i, figures } : null;
}

/** The number of places most rows of the run print (the larger on a tie). */
function commonWidth(run: readonly Row[]): number {
  const counts = new Map<number, number>();
  for (const r of run) counts.set(r.figures.length, (counts.get(r.figures.length) ?? 0) + 1);
  let best = 0;
  for (const [w, n] of counts)
    if (n > (counts.get(best) ?? 0) || (n === (counts.get(best) ?? 0) && w > best)) best = w;
  return best;
}

const printedOf = (value: string) => ({ value, places: value.split('.')[1]?.length ?? 0 });

/** The exact c of a relation, or null when it cannot be worked out (a base not positive). */
function exactOf(kind: Relation['kind'], a: string, b: string): ReturnType<typeof dec> | null {
  if (kind === 'rate') return dec(a).gt(0) ? dec(b).div(a).times(100) : null;
  return kind === 'a-b' ? dec(a).minus(b) : dec(b).minus(a);
}

/** Three neighbouring figures related alike in every row but a few (see the module comment). */
function checkTriples(ctx: Ctx, lines: readonly string[]): void {
  for (const run of runsOf(lines, figureRow)) {
    const widest = Math.max(...run.map((r) => r.figures.length));
    for (let p = 0; p + 3 <= widest; p++)
      for (const rel of RELATIONS) {
        if (!headed(lines, run, rel.head)) continue;
        // Figures p+2, p+1, p from the line's end: a, b, c.
        const at = (r: Row, k: number): string | null => r.figures[r.figures.length - p - 3 + k] ?? null;
        // (A row with a dash in one of the three places has no such figures. Only the rows of the run's most common
        // width: a row of another width — a 合计 with a dash for its grade, a row printing an extra figure — may not
        // have its figures in the same places.)
        const width = commonWidth(run);
        const rows = run.filter(
          (r) => r.figures.length === width && width >= p + 3 && [0, 1, 2].every((k) => at(r, k) !== null),
        );
        if (rows.length < 4) continue;
        let support = 0;
        let broken = false;
        const wrong: { row: Row; exact: string }[] = [];
        for (const row of rows) {
          const [a, b, c] = [at(row, 0)!, at(row, 1)!, at(row, 2)!];
          const v = judgeRatio(printedOf(c), [printedOf(a), printedOf(b)], ([x, y]) =>
            exactOf(rel.kind, x!.toString(), y!.toString()),
          );
          if (!v) {
            broken = true;
            break;
          }
          if (v.kind === 'ok') {
            if (!dec(c).isZero()) support++;
          } else if (v.kind === 'wrong' && !ctx.findings.some((f) => f.line === row.line + 1)) {
            // (A row another rule found at fault — its rate, its total — may break the relation by that fault.)
            wrong.push({ row, exact: show(v.exact, printedOf(c).places) });
            // (Too many rows break it already: no relation — the rest need not be read.)
            if (wrong.length * 5 > rows.length) break;
          }
        }
        if (broken || support < 3 || wrong.length === 0 || wrong.length * 5 > rows.length) continue;
        for (const { row, exact } of wrong) reportTriple(ctx, lines, row, p, rel.kind, exact);
      }
  }
}

function reportTriple(
  ctx: Ctx,
  lines: readonly string[],
  row: Row,
  p: number,
  kind: Relation['kind'],
  exact: string,
): void {
  const n = row.figures.length;
  const [a, b, c] = [row.figures[n - p - 3]!, row.figures[n - p - 2]!, row.figures[n - p - 1]!];
  // (A figure another rule judged: its reading stands.)
  if (ctx.findings.some((f) => f.line === row.line + 1)) return;
  if (
    ctx.claims.some(
      (cl) => cl.line === row.line + 1 && cl.arithmetic.includes(`${c}`) && cl.arithmetic.includes(`${a}`),
    )
  )
    return;
  const rate = kind === 'rate';
  const arithmetic = rate
    ? `${b} ÷ ${a} × 100% = ${exact}%`
    : kind === 'a-b'
      ? `${a} − ${b} = ${exact}`
      : `${b} − ${a} = ${exact}`;
  const how = rate ? '第二个 ÷ 第一个 × 100%' : kind === 'a-b' ? '第一个 − 第二个' : '第二个 − 第一个';
  claim(
    ctx,
    rate ? 'completion' : 'table',
    row.line,
    0,
    false,
    `${lines[row.line]!.trim().slice(0, 30)}：${arithmetic}，表中${c}`,
  );
  report(
    ctx,
    row.line,
    rate ? 'table.rate' : 'table.change',
    'error',
    `${a} ${b} ${c}`,
    rate ? `${exact}%` : exact,
    rate ? `${c}%` : c,
    `表中其他各行在同一位置的三个相邻数字，第三个均等于${how}；此行应为 ${arithmetic}，表中为${c}${rate ? '%' : ''}。`,
    0,
  );
}

function checkGrades(ctx: Ctx, run: readonly Hit[]): void {
  let support = 0;
  const wrong: { hit: Hit; want: string }[] = [];
  for (const hit of run) {
    const [, score, word] = hit.match;
    if (dec(score!).gt(100)) return;
    const grade = normaliseGrade(word!);
    if (grade === null) return;
    const want = gradeOf(score!, ctx.grades);
    if (want === grade) support++;
    else wrong.push({ hit, want });
  }
  if (support < 3 || wrong.length === 0 || wrong.length * 5 > run.length) return;
  for (const { hit, want } of wrong) {
    if (judged(ctx, hit.line)) continue;
    const [, score, word] = hit.match;
    claim(ctx, 'grade', hit.line, 0, false, `得分${score}分对应等次“${want}”，表中“${word}”`);
    report(
      ctx,
      hit.line,
      'grade.score',
      'error',
      `${score} ${word}`,
      want,
      word!,
      `得分${score}分按等级标准对应的等次应为“${want}”，表中为“${word}”（表中其他各行的等次均与得分相符）。`,
      0,
    );
  }
}
