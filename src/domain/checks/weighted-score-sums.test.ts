/** 一级 scores told with their weights, then the 总分 (weighted-score-sums.ts). Made-up figures. */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const text = (output: string, tail = '加上预算执行得分9.60分，项目自评总分97.10分') =>
  `    （二）绩效指标完成情况。产出指标分值50分，得分${output}分；效益指标分值30分，得分28.50分；满意度指标分值10分，得分9.00分。${tail}，自评等级为“优”。`;

const found = (t: string): string[] =>
  checkTextReport(t)
    .findings.filter((f) => f.rule === 'score.sum')
    .map((f) => `${f.expected} ${f.found}`);

describe('一级 scores with their weights, then the 总分', () => {
  it('holds when the scores and the 预算执行 score make the 总分', () => {
    expect(found(text('50.00'))).toEqual([]);
    expect(
      checkTextReport(text('50.00')).claims.some(
        (c) => c.kind === 'score' && c.arithmetic.includes('= 97.10'),
      ),
    ).toBe(true);
  });
  it('finds a 总分 the scores do not make', () => {
    expect(found(text('49.50'))).toEqual(['96.60 97.10']);
  });
  it('reads nothing when a part of the 总分 is left unsaid (the weights short of 100)', () => {
    expect(found(text('49.50', '项目自评总分97.10分'))).toEqual([]);
  });
});
