/**
 * The grade bands a document states for itself: "得分90分（含）以上为“优”，75分（含）至90分为“良”，60分（含）至75分为
 * “中”，60分以下为“差”". A region may grade by other cut-offs than the usual 90/80/60; the document's own are the
 * ones its grades are judged by when the user configured none.
 *
 * Precision first: read only as a whole scheme in one paragraph — three grades or more, each once, each band's
 * lower cut-off inclusive, the cut-offs falling from 优 to 差 — and only when every paragraph stating one states the
 * same; else null (the rules then leave grades under cut-offs they do not know alone).
 */
import { dec } from '../money/index.ts';
import { normaliseGrade } from './grade-words.ts';
import type { Block } from './layout.ts';
import type { GradeBand } from './types.ts';

/** "90分（含）以上为“优”" / "75分（含）至90分为“良”" / "60分以下为“差”": a band, its first cut-off and its grade. */
const BAND =
  /(\d+(?:\.\d+)?)\s*分?\s*([（(]\s*(?:含|不含)\s*[）)])?\s*(及?以上|以下|(?:至|到|-|－|~|～)\s*\d+(?:\.\d+)?\s*分?\s*(?:[（(]\s*(?:含|不含)\s*[）)])?(?:以下)?)\s*(?:的)?(?:为|评为|定为|属于|是)?\s*[“"]?(优秀|良好|优|良|中等|中|合格|及格|较差|不合格|差)/g;
const ORDER = ['优', '良', '中', '差'];
/** The lowest band's cut-off (its scores have no floor). */
const NO_FLOOR = '-1e9';

export function statedGrades(blocks: readonly Block[]): GradeBand[] | null {
  let scheme: GradeBand[] | null = null;
  for (const b of blocks) {
    if (b.kind !== 'paragraph' || !b.text.includes('分')) continue;
    const bands = bandsOf(b.text);
    if (!bands) continue;
    if (scheme && !sameBands(scheme, bands)) return null;
    scheme = bands;
  }
  return scheme;
}

function bandsOf(text: string): GradeBand[] | null {
  const bands = new Map<string, string>();
  const capped = new Set<string>();
  for (const m of text.matchAll(BAND)) {
    const grade = normaliseGrade(m[4]!);
    if (!grade || bands.has(grade)) return null;
    // A lower cut-off not counted in its band ("80分（不含）以上") is no band's floor as GradeBand reads it.
    if (m[2]?.includes('不含') && m[3] !== '以下') return null;
    bands.set(grade, m[3] === '以下' ? NO_FLOOR : m[1]!);
    if (/^(?:至|到|-|－|~|～)/.test(m[3]!)) capped.add(grade);
  }
  if (bands.size < 3) return null;
  const out = ORDER.filter((g) => bands.has(g)).map((g) => ({ grade: g, min: bands.get(g)! }));
  // (The top band read with a ceiling — "80分（含）至90分为“良”" with the 优 band cut off on the line before —: the
  // scheme is not whole.)
  if (capped.has(out[0]!.grade)) return null;
  // Falling cut-offs, the band "以下" last only.
  for (let k = 1; k < out.length; k++) if (!dec(out[k]!.min).lt(out[k - 1]!.min)) return null;
  return out.some((b, k) => b.min === NO_FLOOR && k !== out.length - 1) ? null : out;
}

function sameBands(a: readonly GradeBand[], b: readonly GradeBand[]): boolean {
  return a.length === b.length && a.every((x, k) => x.grade === b[k]!.grade && dec(x.min).eq(b[k]!.min));
}
