import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cjkNumber, countOfWord, scanNumbers } from './numbers.ts';

/** scanNumbers as it was, with its regular expression: the hand-written scanner must read the same. */
function reference(text: string): ReturnType<typeof scanNumbers> {
  const NUMBER = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/g;
  const UNIT =
    /\s?(万元|亿元|元|%|％|分|个|辆|人次|人|次|台|套|批次|件|条|项|家|名|年|月|日|号|宗次|份|场|篇|万件|万桶|亿)/y;
  const word = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  const out: ReturnType<typeof scanNumbers> = [];
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = start > 0 ? text.charCodeAt(start - 1) : -1;
    const after = end < text.length ? text.charCodeAt(end) : -1;
    if (word(before) || (before >= 48 && before <= 57) || word(after)) continue;
    UNIT.lastIndex = end;
    const u = UNIT.exec(text);
    out.push({
      value: m[1]!.replace(/,/g, '') + (m[2] !== undefined ? `.${m[2]}` : ''),
      places: m[2]?.length ?? 0,
      unit: u?.[1] === '％' ? '%' : (u?.[1] ?? ''),
      start,
      end: end + (u?.[0].length ?? 0),
    });
  }
  return out;
}

describe('scanNumbers', () => {
  it('reads figures, thousands separators, decimals and units', () => {
    expect(scanNumbers('合计2,940.05万元，占 76.23 %，共12人次，IPv6 与 _Toc123 不是')).toEqual([
      { value: '2940.05', places: 2, unit: '万元', start: 2, end: 12 },
      { value: '76.23', places: 2, unit: '%', start: 15, end: 22 },
      { value: '12', places: 0, unit: '人次', start: 24, end: 28 },
    ]);
    expect(scanNumbers('1,2345 与 12,345,678.9元。')).toEqual([
      { value: '1234', places: 0, unit: '', start: 0, end: 5 },
      { value: '12345678.9', places: 1, unit: '元', start: 9, end: 22 },
    ]);
  });
  it('reads any text as the regular expression did', () => {
    const unit = fc.constantFrom(
      '1',
      '2',
      '0',
      ',',
      '.',
      ' ',
      '万元',
      '元',
      '％',
      'a',
      '_',
      '人次',
      '　',
      '批次',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 16 }), (t) => {
        expect(scanNumbers(t)).toEqual(reference(t));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('counts written in words', () => {
  it('reads digits, 两 and Chinese numbers up to 99', () => {
    expect(['12', '两', '二', '十', '十二', '二十', '三十五'].map(countOfWord)).toEqual([
      12, 2, 2, 10, 12, 20, 35,
    ]);
    expect(cjkNumber('九十九')).toBe(99);
  });
});
