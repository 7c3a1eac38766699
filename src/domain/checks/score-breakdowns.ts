/**
 * A score and its breakdown in prose, each part with its weight — "产出指标满分30分，得27.5分。其中：数量指标满分12分，
 * 得11.5分；质量指标满分8分，得8分；…": the score must be the sum of its parts' scores (`score.sum`).
 *
 * Read only when the breakdown is certain: the 其中 sentence right after the score's is nothing but parts, each
 * "NAME满分n分，得m分" (or 分值), two or more, and the parts' weights add up exactly to the score's weight (the
 * parts cover it). A part already wrong on its own — its score above its weight, or off the rate formula the
 * paragraph states for it (rate-formula-scores.ts) — is that part's error: the sum is then not judged.
 */
import { dec } from '../money/index.ts';
import { claim, excerptOf, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { printedPlaces } from './numbers.ts';
import { rateScores } from './rate-formula-scores.ts';
import { judgeSum, showAs, type Printed } from './verdict.ts';

const S = '(\\d{1,3}(?:\\.\\d{1,2})?)\\s*分';
const WEIGHT_SCORE = `(?:满分|分值)(?:为)?\\s*${S}\\s*[，,]\\s*(?:实际)?(?:得分|得)(?:为)?\\s*${S}`;
/** "产出指标满分30分，得27.5分。其中：": the score, its sentence ending, then 其中. */
const HEAD = new RegExp(`([\\u4e00-\\u9fa5]{2,12}?)${WEIGHT_SCORE}\\s*。\\s*其中\\s*[：:，,]?`, 'g');
const PART = new RegExp(`^([\\u4e00-\\u9fa5（）()“”]{2,16}?)${WEIGHT_SCORE}$`);

type Part = { name: string; weight: string; score: string };

export function checkScoreBreakdowns(ctx: Ctx): void {
  // (A breakdown read is a line holding 其中 and 满分.)
  if (!mentionsAll(ctx, ['其中', '满分'])) return;
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph') continue;
    const line = ctx.lines[b.first] ?? '';
    if (!line.includes('其中') || !line.includes('满分')) continue;
    for (const h of line.matchAll(HEAD)) {
      const [, name, weight, score] = h as unknown as [string, string, string, string];
      const from = h.index + h[0].length;
      const end = line.indexOf('。', from);
      const parts = partsOf(line.slice(from, end < 0 ? line.length : end));
      if (!parts || !coversWeight(parts, weight)) continue;
      if (parts.some((p) => dec(p.score).gt(p.weight)) || offFormula(line, parts)) continue;
      judge(ctx, b.first, line, h.index, end < 0 ? line.length : end, name, score, parts);
    }
  }
}

/** The parts of a 其中 sentence, every clause one; null when any clause is something else. */
function partsOf(text: string): Part[] | null {
  const clauses = text.replace(/[；;]\s*$/, '').split(/[；;]/);
  const parts: Part[] = [];
  for (const c of clauses) {
    const m = PART.exec(c.trim());
    if (!m) return null;
    parts.push({ name: m[1]!, weight: m[2]!, score: m[3]! });
  }
  return parts.length >= 2 ? parts : null;
}

function coversWeight(parts: readonly Part[], weight: string): boolean {
  return parts.reduce((a, p) => a.plus(p.weight), dec(0)).eq(weight);
}

/** A part whose score the paragraph's rate formula says is another. */
function offFormula(line: string, parts: readonly Part[]): boolean {
  const wrong = rateScores(line).filter((r) => !r.ok);
  return wrong.some((r) => parts.some((p) => p.name === r.name && p.score === r.stated));
}

function judge(
  ctx: Ctx,
  li: number,
  line: string,
  start: number,
  end: number,
  name: string,
  score: string,
  parts: readonly Part[],
): void {
  const printed: Printed[] = parts.map((p) => ({ value: p.score, places: printedPlaces(p.score) }));
  const total: Printed = { value: score, places: printedPlaces(score) };
  const verdict = judgeSum(printed, total);
  const at = start + line.slice(start).indexOf(`得${score}`) + 1;
  const arithmetic = `${parts.map((p) => p.score).join(' + ')}`;
  const ok = verdict.kind === 'ok';
  claim(ctx, 'score', li, at, ok, `${name}：${arithmetic}，文中得${score}分`);
  if (ok || verdict.kind === 'rounding') return;
  const sum = showAs(verdict.total, [...printed, total]);
  report(
    ctx,
    li,
    'score.sum',
    'error',
    excerptOf(line, start, end, 0),
    `${sum}分`,
    `${score}分`,
    `${name}得分${score}分，而其中各项（满分合计${parts
      .reduce((a, p) => a.plus(p.weight), dec(0))
      .toString()}分）得分之和为 ${arithmetic} = ${sum}分，两者不符。`,
    at,
  );
}
