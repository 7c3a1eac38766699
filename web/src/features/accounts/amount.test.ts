// Amounts in the entry forms: thousands separators when shown, accepted when typed, exact in 元.
import { describe, expect, it } from 'vitest';
import { parseAmount, showAmount } from './amount';

describe('amounts of the entry forms', () => {
  it('shows thousands separators in 元 and 万元', () => {
    expect(showAmount('2337180', '元')).toBe('2,337,180.00');
    expect(showAmount('-1234567.8', '元')).toBe('-1,234,567.80');
    expect(showAmount('999.5', '元')).toBe('999.50');
    expect(showAmount('123456789', '万元')).toBe('12,345.6789');
    expect(showAmount(undefined, '元')).toBe('');
  });
  it('reads typed separators back exactly', () => {
    expect(parseAmount('2,337,180.00', '元')).toBe('2337180.00');
    expect(parseAmount('12,345.6789', '万元')).toBe('123456789.00');
    expect(parseAmount('1.234', '元')).toBeNull();
  });
});
