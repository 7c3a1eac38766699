import { describe, expect, it } from 'vitest';
import { chinaDate, rectificationStatus } from './rectification.ts';

describe('rectification status', () => {
  it('becomes overdue the day after the deadline, not on it', () => {
    const item = { status: 'in-progress' as const, deadline: '2026-06-30', completedDate: null };
    expect(rectificationStatus(item, '2026-06-30')).toBe('in-progress');
    expect(rectificationStatus(item, '2026-07-01')).toBe('overdue');
    expect(rectificationStatus({ ...item, status: 'open' }, '2026-07-01')).toBe('overdue');
  });

  it('is never overdue once done, nor while a completion reported in time awaits confirmation', () => {
    expect(
      rectificationStatus({ status: 'done', deadline: '2026-06-30', completedDate: null }, '2027-01-01'),
    ).toBe('done');
    expect(
      rectificationStatus(
        { status: 'in-progress', deadline: '2026-06-30', completedDate: '2026-06-29' },
        '2026-07-15',
      ),
    ).toBe('in-progress');
    expect(
      rectificationStatus(
        { status: 'in-progress', deadline: '2026-06-30', completedDate: '2026-07-02' },
        '2026-07-15',
      ),
    ).toBe('overdue');
  });

  it('reads today in China time: 2026-06-30T16:30Z is already 1 July in Beijing', () => {
    expect(chinaDate(new Date('2026-06-30T15:59:59Z'))).toBe('2026-06-30');
    expect(chinaDate(new Date('2026-06-30T16:30:00Z'))).toBe('2026-07-01');
  });
});
