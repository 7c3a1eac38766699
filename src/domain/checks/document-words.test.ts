import { describe, expect, it } from 'vitest';
import { makeContext } from './context.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';
import { textLines } from './index.ts';

const ctxOf = (text: string) => makeContext(textLines(text));

describe('mentionsAny', () => {
  it('finds a word spaced out over a table cell and one broken over two lines', () => {
    const ctx = ctxOf(
      ['指标名称      分 值      得  分', '一、产出指标   40   38', '本单位车', '辆运行正常。'].join('\n'),
    );
    expect(mentionsAny(ctx, ['得分'])).toBe(true);
    expect(mentionsAny(ctx, ['车辆'])).toBe(true);
    expect(mentionsAll(ctx, ['分值', '得分'])).toBe(true);
  });

  it('says no when the document holds none of the words', () => {
    const ctx = ctxOf('一般公共服务支出（类）120.50万元，占12.05%。');
    expect(mentionsAny(ctx, ['得分', '评分'])).toBe(false);
    expect(mentionsAll(ctx, ['占', '得分'])).toBe(false);
    // (Asked twice: the answer kept, the same.)
    expect(mentionsAny(ctx, ['得分'])).toBe(false);
    expect(mentionsAny(ctx, ['公共服务'])).toBe(true);
  });
});
