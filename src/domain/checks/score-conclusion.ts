/**
 * An evaluation's conclusion read against the one total score stated just before it, in the sentence or the
 * paragraphs before (a 第三方 report's "经综合评价，项目综合得分90.15分，其中…。评价等级标准为：90分（含）以上为“优”，…。
 * 按照…的等级标准，评价等级为“优”。…项目合计扣9.85分。"):
 *
 * - **the grade stated alone** (`grade.score`): a sentence ending in "等级为X" without a score of its own (only the
 *   bands' cut-offs) is the grade of that total — judged only when the bands the text states are the configured
 *   ones;
 * - **the total deduction** (`score.deduction`): "项目合计扣9.85分" / "共扣除9.85分" is 满分 (100, or the 满分 stated) −
 *   the total, the deducting clause naming no part (决策, 过程, 方面, 指标 …).
 *
 * Precision first: the window is the grade's paragraph and the two before it (a heading ends it), and it must state
 * exactly one total score (综合得分 / 总得分 / 评价得分 / 自评得分 / …总分 N分, or 得分 N分 opening a 其中 list).
 */
import { dec } from '../money/index.ts';
import { gradeOf } from '../scoring/grade.ts';
import { claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import { mentionsAny } from './document-words.ts';
import { BAND_CUT, normaliseGrade, statedCutoffsKnown } from './grade-words.ts';
import { forEachFigureLine, forEachProseLine } from './prose-lines.ts';
import { TOTAL_THEN_PARTS } from './score-prose.ts';
import { judgeSum } from './verdict.ts';

/** A total score named as such: "项目综合得分91.05分", "评价总分为88分". */
const NAMED_TOTAL =
  /(?:综合得分|总得分|评价得分|综合评分|最终得分|(?:自评|评价|综合|考评|考核)总分)(?:为|是)?\s*(\d+(?:\.\d+)?)\s*分/g;
/** A grade closing its sentence: "评价等级为“良”。" */
const GRADE_AT_END =
  /(?:等级|等次)(?:评定|认定)?(?:为|是|定为|评定为)\s*[“"]?(优秀|优|良好|良|中等|中|及格|合格|较差|差)[”"]?\s*[。；;]?\s*$/;
/** Any score figure in a sentence. */
const SCORE_FIGURE = /(\d+(?:\.\d+)?)\s*分/g;
/** "项目合计扣9.85分", "共扣除9.85分", "累计扣减9.85分". */
const TOTAL_DEDUCTION = /(?:合计|共计|累计|总计|共)\s*扣(?:除|减)?(?:分)?\s*(\d+(?:\.\d+)?)\s*分/g;
/** A clause naming a part of the score: its deduction is the part's. */
const PART_WORDS = /方面|决策|过程|产出|效益|满意|指标|一级|二级|三级|管理|实施|成本|质量|时效|数量/;
/** A heading line: the window does not reach past it. */
const HEADING = /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|第[一二三四五六七八九十]+[章部节])/;
/** A scale other than 100: "满分50分", "总分为50分". */
const SCALE = /满分(?:为)?\s*(\d+(?:\.\d+)?)\s*分/g;

/**
 * The total and, when it opens a 其中 list of parts, their sum (`parts`): a total the text gets wrong is another
 * rule's error — the conclusion may have been drawn from either.
 */
type Total = { value: string; line: number; parts?: string };

/** The logical prose lines from `li` back over two more paragraphs, stopping at a heading. */
function windowBefore(prose: readonly number[], k: number, ctx: Ctx): number[] {
  const out: number[] = [];
  for (let j = k; j >= 0 && j >= k - 2; j--) {
    const li = prose[j]!;
    if (j < k && HEADING.test(ctx.lines[li]!)) break;
    out.push(li);
  }
  return out;
}

/** The one total score stated in the window before `end` of line `li`; null when none or several. */
function oneTotal(ctx: Ctx, lines: readonly number[], li: number, end: number): Total | null {
  const found = new Map<string, Total>();
  for (const lj of lines) {
    const text = lj === li ? ctx.lines[lj]!.slice(0, end) : ctx.lines[lj]!;
    for (const m of text.matchAll(NAMED_TOTAL)) found.set(dec(m[1]!).toString(), { value: m[1]!, line: lj });
    for (const s of sentencesAt(ctx, lj)) {
      if (lj === li && s.start >= end) continue;
      const m = TOTAL_THEN_PARTS.exec(s.text);
      if (!m) continue;
      const parts = [...s.text.slice(m.index + m[0].length).matchAll(SCORE_FIGURE)].map((x) => x[1]!);
      const sum = parts.reduce((a, b) => a.plus(b), dec(0));
      found.set(dec(m[1]!).toString(), {
        value: m[1]!,
        line: lj,
        ...(parts.length >= 2 && !sum.eq(m[1]!) ? { parts: sum.toString() } : {}),
      });
    }
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

/** The scale of the window: 100 unless a single other 满分 is stated. */
function scaleOf(ctx: Ctx, lines: readonly number[]): string | null {
  const scales = new Set<string>();
  for (const lj of lines) for (const m of ctx.lines[lj]!.matchAll(SCALE)) scales.add(dec(m[1]!).toString());
  if (scales.size === 0) return '100';
  return scales.size === 1 ? [...scales][0]! : null;
}

/** Whether every cut-off the window's text states is one of the configured bands' (else the bands differ). */
function bandsKnown(ctx: Ctx, lines: readonly number[]): boolean {
  return lines.every((lj) => statedCutoffsKnown(ctx.lines[lj]!, ctx.grades));
}

function checkGradeSentences(ctx: Ctx, prose: readonly number[]): void {
  prose.forEach((li, k) => {
    const line = ctx.lines[li]!;
    if (!/等级|等次/.test(line)) return;
    const sents = sentencesAt(ctx, li);
    sents.forEach((s, si) => {
      const g = GRADE_AT_END.exec(s.text);
      if (!g) return;
      // A score of the sentence's own is the other grade rules' (prose-grades.ts); only cut-offs may be here.
      const cuts = [...s.text.matchAll(BAND_CUT)].length;
      if ([...s.text.matchAll(SCORE_FIGURE)].length !== cuts || /得分|总分/.test(s.text)) return;
      // The sentence right after a total and its parts is prose-grades.ts's.
      if (si > 0 && cuts === 0 && TOTAL_THEN_PARTS.test(sents[si - 1]!.text)) return;
      const lines = windowBefore(prose, k, ctx);
      const total = oneTotal(ctx, lines, li, s.start);
      if (!total || !bandsKnown(ctx, lines) || scaleOf(ctx, lines) !== '100') return;
      const want = gradeOf(total.value, ctx.grades);
      if (total.parts !== undefined && gradeOf(total.parts, ctx.grades) !== want) return;
      const got = normaliseGrade(g[1]!);
      if (got === null) return;
      const at = s.start + g.index;
      claim(ctx, 'grade', li, at, got === want, `总得分${total.value}分对应等次“${want}”，文中“${g[1]}”`);
      if (got !== want)
        report(
          ctx,
          li,
          'grade.score',
          'error',
          excerptOf(line, s.start, s.end, 0),
          want,
          g[1]!,
          `前文总得分${total.value}分，按等级标准对应的等次应为“${want}”，文中评价等级为“${g[1]}”。`,
          at,
        );
    });
  });
}

function checkTotalDeductions(ctx: Ctx, prose: readonly number[]): void {
  const index = new Map(prose.map((li, k) => [li, k]));
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('扣')) return;
    for (const m of line.matchAll(TOTAL_DEDUCTION)) {
      const s = sentencesAt(ctx, li).find((x) => x.start <= m.index && m.index < x.end);
      if (!s) continue;
      // "项目合计扣9.85分" — the sentence names no part of the score and states no other figure before it.
      const before = line.slice(s.start, m.index);
      if (PART_WORDS.test(before) || /\d/.test(before)) continue;
      if ([...s.text.matchAll(SCORE_FIGURE)].length !== 1) continue;
      const lines = windowBefore(prose, index.get(li)!, ctx);
      const total = oneTotal(ctx, lines, li, s.start);
      const scale = scaleOf(ctx, lines);
      if (!total || scale === null) continue;
      const p = (v: string) => ({ value: v, places: (v.split('.')[1] ?? '').length });
      const deduction = m[1]!;
      let verdict = judgeSum([p(total.value), p(deduction)], p(scale));
      if (verdict.kind !== 'ok' && total.parts !== undefined) {
        const other = judgeSum([p(total.parts), p(deduction)], p(scale));
        if (other.kind === 'ok') verdict = other;
      }
      const want = dec(scale)
        .minus(total.value)
        .toFixed(Math.max(p(total.value).places, p(deduction).places));
      const at = m.index + m[0].lastIndexOf(deduction);
      claim(
        ctx,
        'score',
        li,
        at,
        verdict.kind !== 'wrong',
        `满分${scale} − 总得分${total.value} = ${want}分，文中合计扣${deduction}分`,
      );
      if (verdict.kind === 'ok') continue;
      report(
        ctx,
        li,
        'score.deduction',
        verdict.severity,
        excerptOf(line, m.index, m.index + m[0].length),
        `扣${want}分`,
        `扣${deduction}分`,
        `满分${scale}分、前文总得分${total.value}分，合计应扣 ${scale} − ${total.value} = ${want}分${total.parts === undefined ? '' : `（按各项得分之和${total.parts}分计应扣${dec(scale).minus(total.parts).toString()}分）`}，文中写扣${deduction}分。`,
        at,
      );
    }
  });
}

export function checkScoreConclusion(ctx: Ctx): void {
  // (Both read against a total score the text names: NAMED_TOTAL or TOTAL_THEN_PARTS, each with 得分, 总分 or
  // 综合评分; the grade stated alone says 等级 / 等次, the deduction 扣.)
  if (!mentionsAny(ctx, ['得分', '总分', '综合评分'])) return;
  const grades = mentionsAny(ctx, ['等级', '等次']);
  const deductions = mentionsAny(ctx, ['扣']);
  if (!grades && !deductions) return;
  const prose: number[] = [];
  forEachProseLine(ctx, (_, li) => prose.push(li));
  if (grades) checkGradeSentences(ctx, prose);
  if (deductions) checkTotalDeductions(ctx, prose);
}
