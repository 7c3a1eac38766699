/**
 * 评价等次 from a score, kept here until src/domain/scoring publishes its grade function; switch the
 * import in table-rules.ts and grade-rules.ts then. Cut-offs are configuration (CheckOptions.grades).
 */
import { dec, type DecInput } from '../money/index.ts';
import type { GradeBand } from './types.ts';

export function gradeOf(score: DecInput, bands: readonly GradeBand[]): string {
  const s = dec(score);
  for (const band of bands) if (s.gte(band.min === Number.NEGATIVE_INFINITY ? -1e9 : band.min)) return band.grade;
  return bands[bands.length - 1]?.grade ?? '';
}

/** "优秀" → "优", "良好" → "良", "中等"/"合格"/"及格" → "中", "较差" → "差". */
export function normaliseGrade(text: string): string | null {
  if (/^优/.test(text)) return '优';
  if (/^良/.test(text)) return '良';
  if (/^(中|合格|及格)/.test(text)) return '中';
  if (/差$/.test(text)) return '差';
  return null;
}
