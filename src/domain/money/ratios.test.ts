import { describe, expect, it } from 'vitest';
import {
  changePercent,
  fixed,
  printedMatches,
  roundHalfUp,
  sharePercent,
  sumWithinRounding,
} from './index.ts';

describe('money ratios', () => {
  it('rounds ties away from zero (四舍五入), also for negatives', () => {
    expect(roundHalfUp('2.125').toFixed(2)).toBe('2.13');
    expect(roundHalfUp('-2.125').toFixed(2)).toBe('-2.13');
    expect(fixed('0.005')).toBe('0.01');
  });
  it('computes a share and a change without binary noise', () => {
    expect(fixed(sharePercent('1', '3')!)).toBe('33.33');
    expect(fixed(changePercent('110', '100')!)).toBe('10.00');
    expect(sharePercent('1', '0')).toBeNull();
  });
  it('accepts a printed total that differs from its printed parts only by rounding', () => {
    expect(sumWithinRounding(['33.33', '33.33', '33.33'], '100.00').withinRounding).toBe(true);
    expect(sumWithinRounding(['33.33', '33.33', '33.33'], '100.10').withinRounding).toBe(false);
  });
  it('compares a printed figure with the exact value at its own precision', () => {
    expect(printedMatches('98.5', '98.50')).toBe(true);
    expect(printedMatches('5.51', '5.48')).toBe(false);
  });
});
