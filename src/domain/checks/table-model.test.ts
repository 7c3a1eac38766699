import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFigure } from './table-model.ts';

/** What a figure cell is, as a regular expression: white space ignored, an optional sign, thousands groups, decimals. */
const FIGURE = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const byPattern = (text: string): boolean => FIGURE.test(text.replace(/\s/g, ''));

describe('isFigure (read by char code)', () => {
  it('reads a cell as the figure pattern does', () => {
    const cell = fc
      .array(fc.constantFrom('0', '1', '7', '9', ',', '.', '-', '−', ' ', '\u3000', '\t', '%', '元', 'a'), {
        maxLength: 12,
      })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(cell, (text) => {
        expect(isFigure(text)).toBe(byPattern(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('takes printed amounts and refuses labels', () => {
    for (const t of ['1,060.89', '−12.5', '-3', ' 2 961.68 ', '0'])
      expect([t, isFigure(t)]).toEqual([t, true]);
    for (const t of ['', '合计', '12.', '1,06.89', '12%', '2024年', '1,0000'])
      expect([t, isFigure(t)]).toEqual([t, false]);
  });
});
