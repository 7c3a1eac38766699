import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const report = (text: string) => checkTextReport(`某项目2024年度绩效自评报告\n${text}`);
const completions = (text: string) => report(text).claims.filter((c) => c.kind === 'completion');

describe('an indicator’s completion rate stated in running text', () => {
  it('checks actual ÷ plan, with the plan before or after the actual, one indicator per "；"', () => {
    const text =
      '计划维修养护农村供水工程120处，实际完成126处，完成率105.00%；计划检测水样1500份，实际检测1620份，完成率108.00%。培训高素质农民650人次，计划600人次，完成率108.33%。';
    expect(report(text).findings).toEqual([]);
    expect(completions(text).map((c) => c.verified)).toEqual([true, true, true]);
  });

  it('reports a rate the figures do not give, with the arithmetic', () => {
    expect(report('培训高素质农民650人次，计划600人次，完成率106.33%。').findings).toEqual([
      expect.objectContaining({
        rule: 'completion.target',
        severity: 'error',
        expected: '108.33%',
        found: '106.33%',
        message: '完成率应为 实际650人次 ÷ 计划600人次 × 100% = 108.33%，文中为106.33%。',
      }),
    ]);
  });

  it('reads no bound, no other unit and no clause with two figures as the plan or the actual', () => {
    for (const text of [
      '单处维修养护成本目标值≤3.50万元，实际为3.27万元，完成率107.03%。',
      '计划新建120处，实际完成1.26万亩，完成率99.00%。',
      '计划新建120处、改造30处，实际完成126处，完成率80.00%。',
      '实际完成126处，完成率80.00%。',
      // A cumulative rate, and a plan over the whole project against one year's actual, are other scopes.
      '项目计划投资1200万元，本年度实际完成投资300万元，累计完成率75%。',
      '计划总投资1200万元，本年度实际完成投资300万元，完成率75%。',
    ]) {
      expect(completions(text), text).toEqual([]);
      expect(report(text).findings, text).toEqual([]);
    }
  });
});
