import { describe, expect, it } from 'vitest';
import { makeContext } from './context.ts';
import { textLines } from './index.ts';
import { forEachFigureLine, forEachFigureLineWith, forEachProseLine, lineFigures } from './prose-lines.ts';

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

  it('gives the figure lines holding a word, as each rule would find them, listed once per word', () => {
    const text = [
      '支出100.00万元，占全部支出的50.00%。',
      '收入200.00万元。',
      '说明占用情况。',
      '项目占比30.00%。',
    ].join('\n');
    const ctx = makeContext(textLines(text));
    const withWord = (word: string): number[] => {
      const out: number[] = [];
      forEachFigureLineWith(ctx, word, (line, li) => {
        expect(line).toBe(ctx.lines[li]);
        out.push(li);
      });
      return out;
    };
    expect(withWord('占')).toEqual([0, 3]);
    expect(withWord('占')).toEqual([0, 3]);
    expect(withWord('收入')).toEqual([1]);
    expect(withWord('结余')).toEqual([]);
  });

  it("reads a line's figures once and shares them", () => {
    const ctx = makeContext(textLines(TEXT));
    const first = lineFigures(ctx, 0);
    expect(first.map((t) => `${t.value}${t.unit}`)).toEqual(['300.00万元', '200.00万元', '100.00万元']);
    expect(lineFigures(ctx, 0)).toBe(first);
  });
});
