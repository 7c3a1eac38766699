/**
 * A 汇总表 of projects whose header and names wrap so that no column can be told by its header ("自评得" over "分",
 * "等" over "级"; a project's name over two lines, its figures on either), read by the pattern of each row's end:
 *
 *     3 高标准农田建设市级配
 *       套资金        市农业农村局      3120.00 2874.16   92.12   88.5 良
 *               合计          27920.00 25951.44 92.95 87.13
 *
 * - **The rate** (`table.rate`): a line printing two amounts and a percentage after them ("3120.00 2874.16 92.12"),
 *   the percentage the second ÷ the first × 100 in every other such line of the table (at least three, exactly) —
 *   each line where it is not, beyond the rounding of its figures, is reported when at most one line in five is so
 *   (a 合计 line too: its rate is its own figures').
 * - **The grade** (`grade.score`): a line ending in a score and a grade word ("88.5 良"): the grade the score's under
 *   the document's bands, as every other such line of the table holds (at least three) — a line that does not is
 *   reported, when at most one line in five does not.
 *
 * Precision first: the lines are a run of the document's (a gap of at most six lines between two of them: a name wrapped, a row whose figures split over lines) under
 * a header naming 执行率 (for the rates) or 得分 (for the grades), and a line another rule already judged (a claim
 * or a finding on it) is left to that rule.
 */
import { dec } from '../money/index.ts';
import { gradeOf } from '../scoring/grade.ts';
import { claim, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { normaliseGrade } from './grade-words.ts';
import { judgeRatio, show } from './verdict.ts';

/** Two amounts and a percentage right after them. */
const RATE_ROW = /(?:^|\s)(\d[\d,]*\.\d{2})\s+(\d[\d,]*\.\d{2})\s+(\d{1,3}\.\d{1,2})%?(?=\s|$)/;
/** A score and a grade word ending the line. */
const GRADE_ROW = /(?:^|\s)(\d{1,3}(?:\.\d{1,2})?)\s+(优秀|优|良好|良|中等|中|及格|合格|较差|差)\s*$/;
/** How far apart two rows of one table may be printed (a name wrapped over lines between). */
const GAP = 6;

type Hit = { line: number; match: RegExpExecArray };

export function checkRowEnds(ctx: Ctx): void {
  // (A 汇总 names its 执行率 or its 得分.)
  if (!mentionsAll(ctx, ['率']) && !mentionsAll(ctx, ['得分'])) return;
  const lines = ctx.layout.normalised;
  for (const run of runsOf(lines, RATE_ROW))
    if (headed(lines, run, /执行率|完成率|支出率/)) checkRates(ctx, run);
  for (const run of runsOf(lines, GRADE_ROW)) if (headed(lines, run, /得/)) checkGrades(ctx, run);
}

/** The runs of lines matching `pattern`, at most GAP lines apart; runs of four lines or more. */
function runsOf(lines: readonly string[], pattern: RegExp): Hit[][] {
  const runs: Hit[][] = [];
  let run: Hit[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = pattern.exec(lines[i]!);
    if (!m) continue;
    if (run.length > 0 && i - run[run.length - 1]!.line > GAP) {
      if (run.length >= 4) runs.push(run);
      run = [];
    }
    run.push({ line: i, match: m });
  }
  if (run.length >= 4) runs.push(run);
  return runs;
}

/** Whether the lines right above the run (up to four) name the column (its words maybe split over two lines). */
function headed(lines: readonly string[], run: readonly Hit[], word: RegExp): boolean {
  const first = run[0]!.line;
  const above = lines.slice(Math.max(0, first - 4), first).join('');
  return word.test(above.replace(/\s+/g, ''));
}

/** Lines another rule judged. */
const judged = (ctx: Ctx, line: number): boolean =>
  ctx.claims.some((c) => c.line === line + 1) || ctx.findings.some((f) => f.line === line + 1);

function checkRates(ctx: Ctx, run: readonly Hit[]): void {
  let support = 0;
  const wrong: { hit: Hit; exact: string }[] = [];
  for (const hit of run) {
    const [, a, b, r] = hit.match;
    const budget = { value: a!.replace(/,/g, ''), places: 2 };
    const spent = { value: b!.replace(/,/g, ''), places: 2 };
    if (!dec(budget.value).gt(0)) return;
    const printed = { value: r!, places: r!.split('.')[1]!.length };
    const v = judgeRatio(printed, [spent, budget], ([x, y]) => x!.div(y!).times(100));
    if (!v) return;
    if (v.kind === 'ok') support++;
    else if (v.kind === 'wrong') wrong.push({ hit, exact: show(v.exact, printed.places) });
  }
  if (support < 3 || wrong.length === 0 || wrong.length * 5 > run.length) return;
  for (const { hit, exact } of wrong) {
    if (judged(ctx, hit.line)) continue;
    const [, a, b, r] = hit.match;
    const arithmetic = `${b} ÷ ${a} × 100% = ${exact}%`;
    claim(
      ctx,
      'completion',
      hit.line,
      0,
      false,
      `执行率（其他各行均为执行数 ÷ 预算数）：${arithmetic}，表中${r}%`,
    );
    report(
      ctx,
      hit.line,
      'table.rate',
      'error',
      `${a} ${b} ${r}`,
      `${exact}%`,
      `${r}%`,
      `表中其他各行的执行率均等于执行数 ÷ 预算数，此行应为 ${arithmetic}，表中为${r}%。`,
      0,
    );
  }
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
