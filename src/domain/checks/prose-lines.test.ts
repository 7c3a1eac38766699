import { describe, expect, it } from 'vitest';
import { makeContext } from './context.ts';
import { textLines } from './index.ts';
import { forEachFigureLine, forEachProseLine, lineFigures } from './prose-lines.ts';

// A paragraph, a space-aligned table (its rows are cells, not sentences), a sentence without a figure.
const TEXT = [
  '本年支出合计300.00万元，其中：基本支出200.00万元，项目支出100.00万元。',
  '',
  '项目          本年数        上年数',
  '基本支出      200.00        180.00',
  '项目支出      100.00         90.00',
  '',
  '支出增加的主要原因是业务量增加。',
].join('\n');

const visited = (each: typeof forEachProseLine): number[] => {
  const ctx = makeContext(textLines(TEXT));
  const out: number[] = [];
  each(ctx, (_line, li) => out.push(li));
  return out;
};

describe('the lines prose rules read', () => {
  it('skips blank lines and the rows of a space-aligned table', () => {
    expect(visited(forEachProseLine)).toEqual([0, 6]);
  });

  it('gives figure claims only the prose lines that print a figure', () => {
    expect(visited(forEachFigureLine)).toEqual([0]);
  });

  it("reads a line's figures once and shares them", () => {
    const ctx = makeContext(textLines(TEXT));
    const first = lineFigures(ctx, 0);
    expect(first.map((t) => `${t.value}${t.unit}`)).toEqual(['300.00万元', '200.00万元', '100.00万元']);
    expect(lineFigures(ctx, 0)).toBe(first);
  });
});
