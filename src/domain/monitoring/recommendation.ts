/**
 * 结果应用: an evaluation grade maps to a budget recommendation and a default 建议预算 (this year's budget ×
 * the grade's percentage, 2 decimals half-up) — configuration data in ./rules/recommendations-*.json. The
 * supervisor confirms it or overrides it with a reason.
 */
import { z } from 'zod';
import { dec, fixed, type DecInput } from '../money/index.ts';
import defaultRecommendations from './rules/recommendations-default.json' with { type: 'json' };

const decimal = z.string().regex(/^\d+(\.\d+)?$/);
const grade = z.strictObject({ recommendation: z.string().min(1), budgetPercent: decimal });

export const recommendationRulesSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  source: z.string().optional(),
  grades: z.strictObject({ 优: grade, 良: grade, 中: grade, 差: grade }),
});

export type RecommendationRules = z.infer<typeof recommendationRulesSchema>;

export const DEFAULT_RECOMMENDATIONS: RecommendationRules =
  recommendationRulesSchema.parse(defaultRecommendations);

export type Recommendation = { recommendation: string; proposedBudget: string | null; message: string };

export function recommend(
  gradeText: string | null,
  budget: DecInput | null,
  rules: RecommendationRules = DEFAULT_RECOMMENDATIONS,
): Recommendation | null {
  if (gradeText === null || !(gradeText in rules.grades)) return null;
  const g = rules.grades[gradeText as keyof RecommendationRules['grades']];
  const proposed = budget === null ? null : fixed(dec(budget).times(g.budgetPercent).div(100), 2);
  return {
    recommendation: g.recommendation,
    proposedBudget: proposed,
    message: `评价等次“${gradeText}”，建议${g.recommendation}${proposed === null ? '' : `，建议预算为本年预算的${g.budgetPercent}%即${proposed}`}。`,
  };
}
