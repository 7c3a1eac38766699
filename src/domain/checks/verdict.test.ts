import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changePercent,
  dec,
  roundHalfUp,
  sharePercent,
  sumWithinRounding,
  type Dec,
} from '../money/index.ts';
import { allMatches, endsWithWord, lastIndexOfAny } from './context.ts';
import { checkTextReport } from './index.ts';
import {
  judgeRatio,
  judgeSum,
  prefixSumKind,
  roundsTo,
  SHARE,
  sumKind,
  trimZeros,
  type Percent,
  type Printed,
} from './verdict.ts';

/** judgeSum as it was before its integer path: decimal arithmetic throughout. */
function reference(parts: readonly Printed[], total: Printed): { kind: string; difference?: string } {
  const places = Math.max(total.places, ...parts.map((p) => p.places));
  const r = sumWithinRounding(
    parts.map((p) => p.value),
    total.value,
    places,
  );
  if (r.exact) return { kind: 'ok' };
  return { kind: r.withinRounding && places > 0 ? 'rounding' : 'wrong', difference: r.difference.toString() };
}

const text = (n: number, places: number): string => {
  const abs = String(Math.abs(n)).padStart(places + 1, '0');
  const t = places === 0 ? abs : `${abs.slice(0, -places)}.${abs.slice(-places)}`;
  return n < 0 ? `-${t}` : t;
};
const printed = fc
  .tuple(fc.integer({ min: -999_999, max: 9_999_999 }), fc.integer({ min: 0, max: 3 }))
  .map(([n, places]): Printed => ({ value: text(n, places), places }));
/** Parts and a total near their sum (a few units of the last digit off): the cases the tolerance decides. */
const nearSum = fc
  .tuple(fc.array(printed, { minLength: 1, maxLength: 12 }), fc.integer({ min: -8, max: 8 }))
  .map(([parts, delta]): [Printed[], Printed] => {
    const places = Math.max(...parts.map((p) => p.places));
    const scaled = parts.reduce((a, p) => a + Math.round(Number(p.value) * 10 ** places), 0);
    return [parts, { value: text(scaled + delta, places), places }];
  });

describe('judgeSum', () => {
  it('decides a sum in integers exactly as the decimal arithmetic does, the difference included', () => {
    fc.assert(
      fc.property(
        fc.oneof(nearSum, fc.tuple(fc.array(printed, { minLength: 1, maxLength: 12 }), printed)),
        ([parts, total]) => {
          const got = judgeSum(parts, total);
          const want = reference(parts, total);
          expect(got.kind).toBe(want.kind);
          if (got.kind !== 'ok') expect(got.difference.toString()).toBe(want.difference);
        },
      ),
      { numRuns: 500 },
    );
  });
  it('gives the kind of the verdict on the first parts alone (sumKind)', () => {
    fc.assert(
      fc.property(nearSum, fc.nat(), ([parts, total], n) => {
        const count = n % (parts.length + 1);
        expect(sumKind(parts, total, count)).toBe(judgeSum(parts.slice(0, count), total).kind);
        expect(sumKind(parts, total)).toBe(judgeSum(parts, total).kind);
      }),
      { numRuns: 500 },
    );
  });
  it('gives the same kind for every count when the parts are read once (prefixSumKind)', () => {
    fc.assert(
      fc.property(nearSum, ([parts, total]) => {
        const kindOf = prefixSumKind(parts, total);
        for (let count = 0; count <= parts.length; count++)
          expect(kindOf(count)).toBe(judgeSum(parts.slice(0, count), total).kind);
      }),
      { numRuns: 300 },
    );
  });
  it('judges a sum that holds within the rounding of its parts a note, with its decimals', () => {
    const v = judgeSum(
      [
        { value: '176.00', places: 2 },
        { value: '14.33', places: 2 },
      ],
      { value: '190.34', places: 2 },
    );
    expect(v).toMatchObject({ kind: 'rounding', severity: 'note' });
    if (v.kind !== 'ok') expect([v.total.toString(), v.difference.toString()]).toEqual(['190.33', '-0.01']);
  });
});

describe('allMatches', () => {
  it('gives the matches matchAll gives, and leaves the expression ready for the next text', () => {
    const re = /(20\d\d)\s*年|x*/g;
    for (const text of ['', '2023年与2024 年相比', 'xx2019年x', '无']) {
      const want = [...text.matchAll(re)].map((m) => [m.index, ...m]);
      expect(allMatches(text, re).map((m) => [m.index, ...m])).toEqual(want);
      expect(re.lastIndex).toBe(0);
    }
    expect(() => allMatches('a', /a/)).toThrow(TypeError);
  });
});

describe('judgeRatio', () => {
  const cases: [Percent, (v: Dec[]) => Dec | null][] = [
    [SHARE, ([p, t]) => sharePercent(p!, t!)],
    [{ num: [1, -1], den: [0, 1], abs: true }, ([c, l]) => changePercent(c!, l!)?.abs() ?? null],
    [{ num: [0, 1], den: [1, -1], abs: true }, ([c, d]) => changePercent(c!, c!.minus(d!))?.abs() ?? null],
  ];
  it('gives the same verdict with its integer path as with decimal division alone', () => {
    fc.assert(
      fc.property(
        printed,
        printed,
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: -1, max: 1 }),
        (a, b, which, places, off) => {
          const [percent, compute] = cases[which]!;
          const exact = compute([dec(a.value), dec(b.value)]);
          // Mostly the printed ratio itself, else one unit of its last digit off.
          const shown = roundHalfUp(exact?.abs() ?? 1, places).plus(dec(off).div(10 ** places));
          const p = { value: shown.abs().toFixed(places), places };
          expect(judgeRatio(p, [a, b], compute, percent)).toEqual(judgeRatio(p, [a, b], compute));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('roundsTo', () => {
  it('decides “printed is exact rounded half-up, or equal to it” as decimal arithmetic does', () => {
    fc.assert(
      fc.property(printed, printed, fc.integer({ min: 0, max: 4 }), (exact, shown, places) => {
        const rounded = roundHalfUp(dec(exact.value), places).toFixed(places);
        for (const p of [shown.value, rounded]) {
          const want = roundHalfUp(dec(exact.value), places).eq(p) || dec(p).eq(exact.value);
          expect(roundsTo(exact.value, places, p) ?? want).toBe(want);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('lastIndexOfAny and endsWithWord', () => {
  const marks = ['，', ',', '；', ';', '。'];
  const text = fc.string({
    unit: fc.constantFrom('a', '，', ',', '；', ';', '。', '中', ' ', '增加', '比'),
    maxLength: 10,
  });
  it('find what lastIndexOf per mark and /(…)\\s*$/ on the slice find', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: -2, max: 14 }), (t, from) => {
        expect(lastIndexOfAny(t, marks, from)).toBe(Math.max(...marks.map((m) => t.lastIndexOf(m, from))));
        const end = Math.max(0, Math.min(from, t.length));
        expect(endsWithWord(t, end, ['增加', '比'])).toBe(/(增加|比)\s*$/.test(t.slice(0, end)));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('trimZeros', () => {
  it('drops the zeros a conversion added, down to the places of the total', () => {
    expect(trimZeros('187.740000', 2)).toBe('187.74');
    expect(trimZeros('0.500000', 2)).toBe('0.50');
    expect(trimZeros('12.345600', 2)).toBe('12.3456');
    expect(trimZeros('110.000000', 0)).toBe('110');
    expect(trimZeros('110', 2)).toBe('110');
  });
});

describe('a sum of parts in 元 against a total in 万元', () => {
  it('shows the parts as printed and the sum at the total’s places', () => {
    const text =
      '    2025年度“三公”经费支出合计187.24万元，其中：公务接待费125,000.00元，公务用车运行维护费652,400.00元，因公出国（境）费1,100,000.00元。';
    const [finding] = checkTextReport(text).findings;
    expect(finding).toMatchObject({ rule: 'sum.parts', expected: '187.24万元', found: '187.74万元' });
    expect(finding!.message).toContain('125000.00元 + 652400.00元 + 1100000.00元 = 187.74万元');
    expect(finding!.message).toContain('相差0.50万元');
  });
});
