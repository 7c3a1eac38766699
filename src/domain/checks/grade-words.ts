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
