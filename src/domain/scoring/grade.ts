/**
 * 评价等次 from a score and the template's bands (优 ≥ 90; 良 80–<90; 中 60–<80; 差 < 60 by default;
 * provinces also use 80/70/60). The grade is taken from the score as displayed (rounded at the template's
 * precision), so a document never shows 90.00 next to 良.
 */
import { dec, roundHalfUp, type DecInput } from '../money/index.ts';
import { STANDARD_GRADES, type GradeBand } from '../indicators/index.ts';

export function gradeOf(score: DecInput, bands: readonly GradeBand[] = STANDARD_GRADES, places = 2): string {
  const shown = roundHalfUp(score, places);
  for (const b of bands) if (shown.gte(dec(b.min))) return b.grade;
  return bands[bands.length - 1]?.grade ?? '';
}

/** 优 → 优先保障, 良 → 保障, 中 → 压缩, 差 → 取消: how a grade feeds the next budget. */
export const GRADE_BUDGET_USE: Record<string, string> = {
  优: '优先保障',
  良: '保障',
  中: '压缩',
  差: '取消',
};
