/**
 * A 计分规则 that scores a rate by bands — "执行率≥90%得满分；80%≤执行率<90%得8分；执行率<80%不得分",
 * "达到95%（含）以上得满分，90%-95%得8分，90%以下不得分" — read into the scoring engine's tiers. Every clause
 * with a percentage must be a band with its points, or the text is not read as bands (a rule that also
 * deducts per point, or defines its rate by a formula in words, is something else). Whether a bound
 * belongs to the band above or below is often unclear in such texts, so `bounds` lists them: a rate on a
 * bound is not judged.
 */
import type { TierRule } from '../indicators/index.ts';
import { dec } from '../money/index.ts';

type Tier = TierRule['tiers'][number];
export type Bands = { rate: string; tiers: Tier[]; bounds: string[] };

const P = '(\\d{1,3}(?:\\.\\d+)?)%';
/** The rate a band names: "预算执行率", "资金到位率", "完成比例". */
const RATE_NAME = /([\u4e00-\u9fa5]{0,12}(?:率|比例|满意度))/;
/** Points: 满分, N分, 不得分 / 0分; or 扣N分 from the full weight. */
const POINTS =
  /(得满分|计满分|不得分|不计分|[得计]?(\d+(?:\.\d+)?)分$|[得计](\d+(?:\.\d+)?)分|扣(\d+(?:\.\d+)?)分)/;

type Range = Pick<Tier, 'min' | 'minInclusive' | 'max' | 'maxInclusive'>;

/** a% ≤ X < b% (≤ or < on either side). */
const BETWEEN_SIGNS = new RegExp(`^${P}(≤|<)[^<≤>≥%\\d]*(≤|<)${P}$`);
/** a%（含）-b%, a-b%, a%至b%, a%～b%, 介于a%和b%之间. */
const BETWEEN_WORDS = new RegExp(
  `^(?:介于)?(\\d{1,3}(?:\\.\\d+)?)%?(?:（含）)?(?:-|—|–|~|～|至|到|和)${P}(?:（含）)?(?:之间)?$`,
);
/** X ≥ a%, X > a%, X ≤ a%, X < a%. */
const ONE_SIGN = new RegExp(`^[^<≤>≥%\\d]*(≥|>|≤|<)${P}$`);
/** 不低于a%, 达到a%以上, a%（含）以上, 高于a% … */
const ABOVE = new RegExp(`^[^%\\d]*?(不低于|达到|大于等于|高于|超过)?${P}(（含）)?(以上|及以上)?(（含）)?$`);
/** 低于a%, 不足a%, a%以下, 不高于a% … */
const BELOW = new RegExp(`^[^%\\d]*?(低于|不足|未达到|不高于|小于等于)?${P}(（含）)?(以下)?(（含）)?$`);

/** a% alone (the rate's name already removed). */
const EXACTLY = new RegExp(`^(?:为|等于)?${P}$`);

/** The band a clause's range words state, or null. */
function rangeOf(words: string): Range | null {
  let m: RegExpExecArray | null;
  if ((m = BETWEEN_SIGNS.exec(words)))
    return { min: m[1], minInclusive: m[2] === '≤', max: m[4], maxInclusive: m[3] === '≤' };
  if ((m = BETWEEN_WORDS.exec(words))) return { min: m[1], max: m[2] };
  if ((m = ONE_SIGN.exec(words))) {
    const inclusive = m[1] === '≥' || m[1] === '≤';
    return m[1] === '≥' || m[1] === '>'
      ? { min: m[2], minInclusive: inclusive }
      : { max: m[2], maxInclusive: inclusive };
  }
  // (ABOVE and BELOW also match a bare "a%": the word before or after it decides.)
  if ((m = ABOVE.exec(words)) && (m[1] || m[4]))
    return { min: m[2], minInclusive: !(m[1] === '高于' || m[1] === '超过') };
  if ((m = BELOW.exec(words)) && (m[1] || m[4]))
    return { max: m[2], maxInclusive: m[1] === '不高于' || m[1] === '小于等于' || Boolean(m[3] ?? m[5]) };
  // "执行率100%得满分": that value only.
  if ((m = EXACTLY.exec(words))) return { min: m[1], max: m[1] };
  return null;
}

/** Reads a 计分规则 as bands of one rate, or null when it is not (entirely) one. */
export function readBands(ruleText: string, weight: string): Bands | null {
  const text = ruleText
    .replace(/\s+/g, '')
    .replace(/[％]/g, '%')
    .replace(/＜|小于(?=\d)/g, '<')
    .replace(/＞|大于(?=\d)/g, '>')
    .replace(/<=|＜＝|≦/g, '≤')
    .replace(/>=|＞＝|≧/g, '≥')
    .replace(/[(（]含[)）]/g, '（含）');
  const tiers: Tier[] = [];
  const bounds = new Set<string>();
  let rate = '';
  for (const clause of text.split(/[；;，,。]/)) {
    if (!clause.includes('%')) continue;
    // A definition of the rate ("执行率=实际支出/预算数×100%") is not a band.
    if (/[=＝÷/×*]/.test(clause)) continue;
    const points = POINTS.exec(clause);
    if (!points) return null;
    const words = clause
      .slice(0, points.index)
      .replace(/的$|时$|者$|的，?$/, '')
      .replace(/^(?:在|若|如)/, '');
    const name = RATE_NAME.exec(words)?.[1];
    if (name && !rate) rate = name;
    const range = rangeOf(words.replace(/^[\u4e00-\u9fa5]{0,12}(?:率|比例|满意度)(?:在|为|达到(?=\d))?/, ''));
    if (!range) return null;
    const p =
      points[1] === '得满分' || points[1] === '计满分'
        ? 'full'
        : (points[2] ?? points[3]) !== undefined
          ? (points[2] ?? points[3])!
          : points[4] !== undefined
            ? subtract(weight, points[4])
            : '0';
    if (p === null) return null;
    tiers.push({ ...range, points: p, label: words });
    if (range.min !== undefined) bounds.add(range.min);
    if (range.max !== undefined) bounds.add(range.max);
  }
  if (tiers.length < 2) return null;
  return { rate, tiers, bounds: [...bounds] };
}

/** weight − deduction, null when below zero. */
function subtract(weight: string, deduction: string): string | null {
  const rest = dec(weight).minus(deduction);
  return rest.isNegative() ? null : rest.toString();
}
