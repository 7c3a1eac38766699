import { describe, expect, it } from 'vitest';
import { recommend, recommendationRulesSchema, DEFAULT_RECOMMENDATIONS } from './recommendation.ts';

describe('budget recommendations from grades', () => {
  it.each([
    ['优', '优先保障', '195.01'],
    ['良', '保障', '195.01'],
    ['中', '压减', '175.51'],
    ['差', '取消或大幅压减', '97.51'],
  ])('maps %s to %s with a proposed budget of %s from 195.01 (half up)', (grade, text, proposed) => {
    expect(recommend(grade, '195.01')).toMatchObject({ recommendation: text, proposedBudget: proposed });
  });

  it('gives nothing for an evaluation without a grade', () => {
    expect(recommend(null, '10')).toBeNull();
    expect(recommend('未定', '10')).toBeNull();
  });

  it('follows configured rules', () => {
    const rules = recommendationRulesSchema.parse({
      ...DEFAULT_RECOMMENDATIONS,
      grades: { ...DEFAULT_RECOMMENDATIONS.grades, 中: { recommendation: '维持', budgetPercent: '100' } },
    });
    expect(recommend('中', '80', rules)).toMatchObject({ recommendation: '维持', proposedBudget: '80.00' });
  });
});
