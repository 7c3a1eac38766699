/** A count said to be 持平 with another count (level-counts.ts). Made-up figures. */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const text = (held: string, level = '持平') =>
  `    截至2037年12月31日，本单位公务用车保有量为${held}辆，与2036年末的9辆${level}（本年新购1辆、报废1辆）。`;

const found = (t: string): string[] =>
  checkTextReport(t)
    .findings.filter((f) => f.rule === 'change.direction')
    .map((f) => `${f.expected} ${f.found}`);

describe('a count said to be level with another', () => {
  it('holds when the counts are equal', () => {
    expect(found(text('9'))).toEqual([]);
    expect(checkTextReport(text('9')).claims.some((c) => c.kind === 'change' && c.verified)).toBe(true);
  });
  it('is an error when they differ', () => {
    expect(found(text('10'))).toEqual(['增加 持平']);
    expect(found(text('8'))).toEqual(['减少 持平']);
  });
  it('allows a small difference said to be 基本持平', () => {
    expect(found(text('10', '基本持平'))).toEqual([]);
  });
});
