/** A 其中 list ends before a clause that states a figure against a target, a plan or last year (prose-totals.ts). */
import { describe, expect, it } from 'vitest';
import { checkText } from './index.ts';

const errors = (text: string) =>
  checkText(text)
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

describe('a 其中 list followed by a comparison', () => {
  it('does not add the excess over the target to the parts', () => {
    expect(errors('开展巡回宣讲：目标值≥60场，实际完成68场，其中进社区41场，超出目标8场。')).toEqual([]);
    expect(errors('新建服务站15个，其中农村站9个，比上年多4个。')).toEqual([]);
  });

  it('still sums the parts before it', () => {
    expect(errors('实际完成68场，其中进社区41场、进学校25场，超出目标8场。')).toEqual([
      'sum.parts 68场 66场',
    ]);
  });
});
