/**
 * A rate's move against last year's told apart from the rate itself — "…预算执行率44.61%，低于序时进度（50%）5.39个
 * 百分点。2025年同期预算执行率为40.45%，今年较上年同期下降4.16个百分点。" or "执行率下降3.42个百分点（上年同期…
 * 执行率38.91%）" with this year's rate in the sentence before: the points are this rate − last year's
 * (rate-points.ts judges).
 *
 * Precision first: last year's rate is the one rate of a clause naming last year (上年 / 去年 / 同期 / the year
 * before) — in brackets right after the points, or before them in their sentence — and this year's rate is the
 * nearest rate before the move, outside brackets and of no other year, printed after the same name (执行率); the
 * move compares with last year (or its brackets name it) and no 序时进度, target or budget. A move another
 * reader judged is left to it.
 */
import { allMatches, sentenceAt, sentences, type Ctx } from './context.ts';
import { isLastYear } from './prose-clauses.ts';
import { forEachFigureLineWith } from './prose-lines.ts';
import { judgeRatePoints } from './rate-points.ts';

const MOVE = /(提高|增加|上升|增长|下降|降低|减少)了?\s*(\d+(?:\.\d+)?)\s*个?百分点/g;
const RATE = /(\d+(?:\.\d+)?)\s*[%％]/g;
/** A rate's name right before its figure: "预算执行率为", "执行率". */
const NAMED = /([\u4e00-\u9fa5]{1,8}率)(?:为|是|达|达到)?$/;
const NOT_LAST_YEAR = /序时|进度|目标|预算数|计划|平均|全省|全市|全区|标准/;

type Rate = { value: string; at: number; name: string };

export function checkPointsAcrossSentences(ctx: Ctx): void {
  forEachFigureLineWith(ctx, '百分点', (line, li) => {
    const sents = sentences(line);
    for (const m of allMatches(line, MOVE)) {
      const si = sentenceAt(sents, m.index);
      const own = sents[si];
      if (!own) continue;
      const clauseStart = Math.max(own.start, lastMark(line, m.index) + 1);
      const clause = line.slice(clauseStart, m.index);
      if (NOT_LAST_YEAR.test(clause)) continue;
      const after = /^\s*[（(]([^（）()]*)[）)]/.exec(line.slice(m.index + m[0].length));
      let last: Rate;
      let lastClause: string;
      if (after && ofLastYear(after[1]!, ctx.year)) {
        const rates = ratesIn(after[1]!, 0).filter((r) => r.name !== '');
        if (rates.length !== 1) continue;
        last = rates[0]!;
        lastClause = after[1]!;
      } else {
        if (!/(?:较|比|与)\s*(?:上年|去年|上一年|20\d\d\s*年)度?同期/.test(clause)) continue;
        const before = ratesIn(line.slice(own.start, clauseStart), own.start).filter((r) =>
          ofLastYear(clauseAt(line, r.at, own.start), ctx.year),
        );
        if (before.length !== 1 || before[0]!.name === '') continue;
        last = before[0]!;
        lastClause = clauseAt(line, last.at, own.start);
      }
      // (A move against last year's 同期 is not measured from last year's whole-year rate.)
      if (/同期/.test(clause) && !/同期/.test(lastClause)) continue;
      const named = NAMED.exec(
        clause.replace(/\s+/g, '').replace(/(?:提高|下降|增加|减少|上升|降低|增长)$/, ''),
      );
      // (Names compared by their last three characters, "执行率": "监控项目预算执行率" and "预算执行率" are one rate.)
      const name = stripYear(named ? named[1]! : last.name).slice(-3);
      if (name.length < 3) continue;
      const now = thisYearsRate(ctx, line, sents, si, clauseStart, name);
      if (!now) continue;
      const lineNo = ctx.layout.lineAt(li, m.index) + 1;
      if (
        ctx.claims.some(
          (c) => c.kind === 'change' && c.line === lineNo && c.arithmetic.includes(`${m[2]}个百分点`),
        )
      )
        continue;
      judgeRatePoints(ctx, li, line, m, {
        now: now.value,
        last: last.value,
        word: m[1]!,
        points: m[2]!,
        at: m.index + m[0].indexOf(m[2]!, m[1]!.length),
        nowLabel: `${now.value}%`,
        said: `本年${name}${now.value}%，上年同期${last.value}%`,
      });
    }
  });
}

/** The rates of `text` (offsets from `offset`) outside brackets, each with the name printed right before it. */
function ratesIn(text: string, offset: number): Rate[] {
  const out: Rate[] = [];
  for (const r of allMatches(text, RATE)) {
    if (depthAt(text, r.index) > 0) continue;
    const named = NAMED.exec(text.slice(Math.max(0, r.index - 14), r.index).replace(/\s+/g, ''));
    out.push({ value: r[1]!, at: offset + r.index, name: named ? named[1]! : '' });
  }
  return out;
}

/** This year's rate named `name`: the nearest before the move's clause, in its sentence or the two before. */
function thisYearsRate(
  ctx: Ctx,
  line: string,
  sents: readonly { start: number; end: number }[],
  si: number,
  clauseStart: number,
  name: string,
): Rate | null {
  for (let k = si; k >= Math.max(0, si - 2); k--) {
    const s = sents[k]!;
    const end = k === si ? clauseStart : s.end;
    const rates = ratesIn(line.slice(s.start, end), s.start).filter(
      (r) => r.name !== '' && !ofLastYear(clauseAt(line, r.at, s.start), ctx.year),
    );
    for (let j = rates.length - 1; j >= 0; j--) {
      if (stripYear(rates[j]!.name).endsWith(name)) return rates[j]!;
      // (The nearest rate is of another name: what is compared is not clear.)
      if (rates[j]!.name.endsWith('率')) return null;
    }
  }
  return null;
}

/** A clause of last year's figure: 上年 / 去年 / the year before, or a 同期 of some year ("2025年同期"). */
const ofLastYear = (clause: string, year: number | null): boolean =>
  isLastYear(clause, year) || (/同期/.test(clause) && !/本年|今年|本期/.test(clause));

const stripYear = (name: string): string => name.replace(/^.*(?:同期|上年|去年)/, '');

/** The clause holding offset `at` (from the last comma-like mark before it, not before `start`). */
function clauseAt(line: string, at: number, start: number): string {
  return line.slice(Math.max(start, lastMark(line, at) + 1), at);
}

function lastMark(line: string, at: number): number {
  for (let k = at - 1; k >= 0; k--) if ('，,；;。：:'.includes(line[k]!)) return k;
  return -1;
}

/** How many brackets are open at `at` in `text`. */
function depthAt(text: string, at: number): number {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const c = text[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
  }
  return depth;
}
