import { dec } from '../money/index.ts';
import type { GradeBand } from './types.ts';

/**
 * How documents write a 评价等次: "优秀", "良好", "合格" … reduced to the grade names of the scoring
 * engine's bands (优/良/中/差), so a printed grade can be compared with `gradeOf` in src/domain/scoring.
 */

/** "优秀" → "优", "良好" → "良", "中等"/"合格"/"及格" → "中", "较差" → "差"; null when not a grade. */
export function normaliseGrade(text: string): string | null {
  if (/^优/.test(text)) return '优';
  if (/^良/.test(text)) return '良';
  if (/^不(合格|及格)/.test(text)) return '差';
  if (/^(中|合格|及格)/.test(text)) return '中';
  if (/差$/.test(text)) return '差';
  return null;
}

/** A band's cut-off: "90分（含）以上", "80分（含）至90分", "60分以下". */
export const BAND_CUT =
  /(\d+(?:\.\d+)?)\s*分\s*(?:[（(]\s*(?:含|不含)\s*[）)])?\s*(?=以上|及以上|以下|至|到|-|－|~|～)/g;
/** Cut-offs written in a row: "80/70/60分". */
const CUT_ROW = /(\d+(?:\.\d+)?(?:\s*[/／]\s*\d+(?:\.\d+)?)+)\s*分/g;

/**
 * Whether every band cut-off `text` states is one of the configured bands' (a document may grade by its own:
 * "采用80/70/60分等级标准", "70分至80分以下为良"). True when it states none.
 */
export function statedCutoffsKnown(text: string, grades: readonly GradeBand[]): boolean {
  const known = grades.map((b) => b.min);
  const fits = (v: string): boolean => known.some((k) => dec(k).eq(v));
  for (const m of text.matchAll(BAND_CUT)) if (!fits(m[1]!)) return false;
  for (const m of text.matchAll(CUT_ROW))
    if (!m[1]!.split(/[/／]/).every((v) => fits(v.trim()))) return false;
  return true;
}
