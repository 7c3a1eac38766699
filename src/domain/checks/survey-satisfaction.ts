/**
 * A satisfaction rate computed from a survey's counts in one sentence: "回收有效问卷420份，表示满意的389份，
 * 满意度92.62%" — the rate must be the satisfied ÷ the valid responses × 100 (`share.percent`, within the
 * rounding of the printed rate).
 *
 * Read only when the sentence states one count of valid responses (有效问卷 / 有效样本 / 有效答卷, or, with no 有效
 * count, exactly one 问卷 count), one count of the satisfied (满意的M份, not 不满意, no grades such as 非常 / 比较 /
 * 基本 满意 that split it), in one unit, and one 满意度 / 满意率 rate after them.
 */
import { sharePercent } from '../money/index.ts';
import { claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import { mentionsAny } from './document-words.ts';
import { printedPlaces } from './numbers.ts';
import { forEachFigureLineWith } from './prose-lines.ts';
import { judgeRatio, SHARE, show, verdictClause } from './verdict.ts';

const N = '(\\d[\\d,]*)\\s*(份|人|户|人次|个)';
const VALID = new RegExp(`有效(?:问卷|样本|答卷|调查问卷)(?:数)?(?:为|共)?\\s*${N}`, 'g');
const ANY_SURVEY = new RegExp(`问卷(?:数)?(?:为|共)?\\s*${N}`, 'g');
const SATISFIED = new RegExp(`(?<![不较常本])满意(?:的)?(?:问卷|样本)?(?:为|有|共)?\\s*${N}`, 'g');
const GRADED = /非常满意|比较满意|基本满意|较满意|十分满意/;
const RATE = /满意(?:度|率)(?:为|达到?|是)?\s*(\d{1,3}(?:\.\d+)?)\s*[%％]/g;

export function checkSurveySatisfaction(ctx: Ctx): void {
  // (A sentence read names 问卷 or 样本 and states a 满意度 / 满意率: RATE.)
  if (!mentionsAny(ctx, ['满意度', '满意率']) || !mentionsAny(ctx, ['问卷', '样本'])) return;
  forEachFigureLineWith(ctx, '满意', (line, li) => {
    for (const s of sentencesAt(ctx, li)) {
      if (!s.text.includes('问卷') && !s.text.includes('样本')) continue;
      if (GRADED.test(s.text)) continue;
      const rates = [...s.text.matchAll(RATE)];
      const satisfied = [...s.text.matchAll(SATISFIED)];
      if (rates.length !== 1 || satisfied.length !== 1) continue;
      const valid = [...s.text.matchAll(VALID)];
      const base = valid.length > 0 ? valid : [...s.text.matchAll(ANY_SURVEY)];
      if (base.length !== 1) continue;
      const rate = rates[0]!;
      const [b, m] = [base[0]!, satisfied[0]!];
      if (b[2] !== m[2] || b.index > rate.index || m.index > rate.index) continue;
      judge(ctx, li, line, s.start, s.text, b[1]!.replace(/,/g, ''), m[1]!.replace(/,/g, ''), m[2]!, rate);
    }
  });
}

function judge(
  ctx: Ctx,
  li: number,
  line: string,
  start: number,
  text: string,
  base: string,
  part: string,
  unit: string,
  rate: RegExpMatchArray,
): void {
  const shown = rate[1]!;
  const printed = { value: shown, places: printedPlaces(shown) };
  const inputs = [
    { value: part, places: 0 },
    { value: base, places: 0 },
  ];
  const verdict = judgeRatio(printed, inputs, ([p, w]) => sharePercent(p!, w!), SHARE);
  if (!verdict) return;
  const exact = verdict.kind === 'ok' ? shown : show(verdict.exact, printed.places);
  const at = start + rate.index! + rate[0].lastIndexOf(shown);
  const arithmetic = `满意${part}${unit} ÷ 有效${base}${unit} × 100% = ${exact}%`;
  claim(ctx, 'share', li, at, verdict.kind !== 'wrong', `${arithmetic}，文中${shown}%`);
  if (verdict.kind === 'ok') return;
  report(
    ctx,
    li,
    'share.percent',
    verdict.severity,
    excerptOf(line, start, start + text.length, 0),
    `${exact}%`,
    `${shown}%`,
    `满意度应为 ${arithmetic}，文中为${shown}%${verdictClause(verdict.kind, '，差异在四舍五入的误差范围内')}。`,
    at,
  );
}
