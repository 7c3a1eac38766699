/**
 * A score the text says is computed from a rate — "预算执行率满分10分，得9.12分；…预算执行率得分=10×91.20%": the
 * score must be the weight × the rate (`score.rule`), within the rounding of the printed rate and score.
 *
 * Read only when the paragraph states the formula for a named score ("NAME得分=W×R%") and that name's score once
 * ("NAME满分W分，得S分" with the same W, or "NAME得分S分"): two stated scores of one name are not judged.
 */
import { dec, type Dec } from '../money/index.ts';
import { claim, excerptOf, report, type Ctx } from './context.ts';
import { printedPlaces } from './numbers.ts';
import { halfUlp, show } from './verdict.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';

const NUM = '(\\d{1,3}(?:\\.\\d{1,2})?)';
/** "预算执行率得分=10×91.20%" (also ＝, *, x). */
const FORMULA = new RegExp(
  `([\\u4e00-\\u9fa5]{2,12})得分\\s*[=＝]\\s*${NUM}\\s*[×xX*＊]\\s*(\\d{1,3}(?:\\.\\d{1,4})?)\\s*[%％]`,
  'g',
);

/** A score computed from a rate: where it is stated, and what the formula gives. */
export type RateScore = {
  name: string;
  weight: string;
  rate: string;
  stated: string;
  at: number;
  want: Dec;
  ok: boolean;
};

/** The scores of paragraph text `text` that a formula in it computes from a rate. */
export function rateScores(text: string): RateScore[] {
  if (!text.includes('得分') || !/[×xX*＊]/.test(text)) return [];
  const out: RateScore[] = [];
  for (const f of text.matchAll(FORMULA)) {
    const [, name, weight, rate] = f as unknown as [string, string, string, string];
    const stated = statedScore(text, name, weight, f.index);
    if (!stated) continue;
    const exact = dec(weight).times(rate).div(100);
    const places = printedPlaces(stated.score);
    // The printed rate may be off by half its last digit; the score is rounded at its own places.
    const allowed = halfUlp(places).plus(
      dec(weight)
        .times(halfUlp(printedPlaces(rate)))
        .div(100),
    );
    out.push({
      name,
      weight,
      rate,
      stated: stated.score,
      at: stated.at,
      want: exact,
      ok: exact.minus(stated.score).abs().lte(allowed),
    });
  }
  return out;
}

/** The one score stated for `name` outside its formula (at `formulaAt`), with the formula's weight if any. */
function statedScore(
  text: string,
  name: string,
  weight: string,
  formulaAt: number,
): { score: string; at: number } | null {
  const esc = name.replace(/[()（）]/g, '\\$&');
  const re = new RegExp(
    `${esc}(?:(?:满分|分值)(?:为)?\\s*${NUM}\\s*分\\s*[，,]\\s*(?:实际)?(?:得分|得)|得分)(?:为)?\\s*${NUM}\\s*分`,
    'g',
  );
  const found: { score: string; at: number }[] = [];
  for (const m of text.matchAll(re)) {
    if (m.index === formulaAt) continue;
    if (m[1] !== undefined && !dec(m[1]).eq(weight)) return null;
    found.push({ score: m[2]!, at: m.index + m[0].lastIndexOf(m[2]!) });
  }
  return found.length === 1 ? found[0]! : null;
}

/**
 * The formula told in words — "预算执行率（10分）：全年预算执行率96.43%，按“执行率×分值”计算，得9.64分" — with the
 * weight in brackets after the paragraph's item name (or a 分值 / 满分) nearest before it, no other score given between,
 * and the one 执行率 stated there.
 */
const WORDED =
  /按\s*[“"‘]?\s*(?:得分\s*[=＝]\s*)?(?:(?:预算)?执行率\s*[×xX*＊]\s*(?:分值|权重|满分)|(?:分值|权重|满分)\s*[×xX*＊]\s*(?:预算)?执行率)\s*[”"’]?\s*(?:计算|计分|的方法计算)[^。；\d]{0,6}?得(?:分)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*分/g;
const ITEM_WEIGHT =
  /^\s*(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)])?\s*[^，。；：:（(\d]{2,20}[（(]\s*(\d{1,3}(?:\.\d{1,2})?)\s*分\s*[）)]/;
const STATED_WEIGHT = /(?<!得)(?:分值|满分)(?:为)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*分/g;
const RATE = /执行率(?:为|是|达)?\s*(\d{1,3}(?:\.\d{1,4})?)\s*[%％]/g;

/** Scores of paragraph text `text` computed by a formula told in words (see WORDED). */
export function wordedRateScores(text: string): RateScore[] {
  if (!text.includes('执行率') || !/[×xX*＊]/.test(text)) return [];
  const out: RateScore[] = [];
  for (const f of text.matchAll(WORDED)) {
    // The weight nearest before the formula, no other score given between them, and one 执行率 there.
    const item = ITEM_WEIGHT.exec(text);
    const weights = [
      ...(item ? [{ weight: item[1]!, end: item[0].length }] : []),
      ...[...text.matchAll(STATED_WEIGHT)].map((m) => ({ weight: m[1]!, end: m.index + m[0].length })),
    ].filter((w) => w.end <= f.index);
    const nearest = weights.sort((a, b) => a.end - b.end).at(-1);
    if (!nearest) continue;
    const between = text.slice(nearest.end, f.index);
    if (/得(?:分|满分)?\s*\d/.test(between)) continue;
    const rates = new Set([...between.matchAll(RATE)].map((m) => m[1]!));
    if (rates.size !== 1) continue;
    const weight = nearest.weight;
    const [rate] = [...rates] as [string];
    // (A rate above 100% is capped by most rules: not judged.)
    if (dec(rate).gt(100)) continue;
    const stated = f[1]!;
    const exact = dec(weight).times(rate).div(100);
    const allowed = halfUlp(printedPlaces(stated)).plus(
      dec(weight)
        .times(halfUlp(printedPlaces(rate)))
        .div(100),
    );
    out.push({
      name: '执行率',
      weight,
      rate,
      stated,
      at: f.index + f[0].lastIndexOf(stated),
      want: exact,
      ok: exact.minus(stated).abs().lte(allowed),
    });
  }
  return out;
}

export function checkRateFormulaScores(ctx: Ctx): void {
  // (A formula “X得分 = W × R%”, or one told in words with its 执行率.)
  if (!(mentionsAll(ctx, ['得分']) && mentionsAny(ctx, ['=', '＝']) && mentionsAny(ctx, ['%', '％']))) {
    if (mentionsAll(ctx, ['执行率', '%', '得']) && mentionsAny(ctx, ['×', '*', '＊'])) checkWorded(ctx);
    return;
  }
  checkWorded(ctx);
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph') continue;
    const line = ctx.lines[b.first] ?? '';
    for (const s of rateScores(line)) {
      const places = printedPlaces(s.stated);
      const arithmetic = `${s.name}得分 = ${s.weight} × ${s.rate}% = ${show(s.want, places)}分`;
      claim(ctx, 'score', b.first, s.at, s.ok, `${arithmetic}，文中${s.stated}分`);
      if (s.ok) continue;
      report(
        ctx,
        b.first,
        'score.rule',
        'error',
        excerptOf(line, s.at - s.name.length - 8, s.at + s.stated.length + 1, 10),
        `${show(s.want, places)}分`,
        `${s.stated}分`,
        `文中写明${s.name}按比率计分：${arithmetic}，文中得分为${s.stated}分。`,
        s.at,
      );
    }
  }
}

function checkWorded(ctx: Ctx): void {
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph') continue;
    const line = ctx.lines[b.first] ?? '';
    for (const s of wordedRateScores(line)) {
      const places = printedPlaces(s.stated);
      const arithmetic = `得分 = 分值${s.weight} × 执行率${s.rate}% = ${show(s.want, places)}分`;
      claim(ctx, 'score', b.first, s.at, s.ok, `${arithmetic}，文中${s.stated}分`);
      if (s.ok) continue;
      report(
        ctx,
        b.first,
        'score.rule',
        'error',
        excerptOf(line, s.at - 16, s.at + s.stated.length + 1, 10),
        `${show(s.want, places)}分`,
        `${s.stated}分`,
        `文中写明按“执行率×分值”计分：${arithmetic}，文中得分为${s.stated}分。`,
        s.at,
      );
    }
  }
}
