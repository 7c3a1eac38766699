import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixed } from '../money/index.ts';
import { indicatorLight, type IndicatorInput } from './indicator.ts';
import { lightRank } from './lights.ts';
import { builtInRules } from './rules.ts';

const rules = builtInRules('default')!;

function light(target: string, actual: string, month = 12, extra: Partial<IndicatorInput> = {}) {
  return indicatorLight({ name: '指标', target, actual, ...extra }, month, rules);
}

describe('indicator lights against the target pro-rated to the month', () => {
  it('pro-rates a count target: ≥1000人次 at July is 583.33人次, 500人次 is 85.71% and green', () => {
    const r = light('≥1000人次', '500人次', 7);
    expect(r.proratedTarget).toBe('583.33人次');
    expect(fixed(r.ratio!)).toBe('85.71');
    expect(r.light).toBe('green');
    expect(r.message).toContain('按7/12折算为583.33人次');
  });

  it.each([
    // month 6: ≥1200次 pro-rated to 600次
    ['359.94次', '59.99', 'red'],
    ['360次', '60.00', 'yellow'],
    ['479.94次', '79.99', 'yellow'],
    ['480次', '80.00', 'green'],
    ['720次', '120.00', 'green'],
    ['720.06次', '120.01', 'blue'],
  ] as const)('≥1200次 at month 6 with $0 done: r = $1, $2', (actual, ratio, expected) => {
    const r = light('≥1200次', actual, 6);
    expect(fixed(r.ratio!)).toBe(ratio);
    expect(r.light).toBe(expected);
  });

  it('does not pro-rate a rate: ≥95% with 96% at July is 101.05%, green (not blue)', () => {
    const r = light('≥95%', '96%', 7);
    expect(fixed(r.ratio!)).toBe('101.05');
    expect(r.light).toBe('green');
    expect(r.message).toContain('不按月折算');
  });

  it('lets the file force pro-rating on or off', () => {
    expect(light('≥95%', '60%', 6, { prorate: true }).light).toBe('blue');
    expect(light('≥1000人次', '500人次', 6, { prorate: false }).light).toBe('red');
  });

  it('treats a ≤ cost target as a ceiling: under the pro-rated 32.35万元 is green, far over it red', () => {
    // ≤32.35万元 at July: 18.87万元
    expect(light('≤32.35万元', '15万元', 7)).toMatchObject({ light: 'green', proratedTarget: '18.87万元' });
    // 18.870833 / 20 = 94.35%: over the ceiling but within the green band
    const over = light('≤32.35万元', '20万元', 7);
    expect(fixed(over.ratio!)).toBe('94.35');
    expect(over.light).toBe('green');
    expect(light('≤32.35万元', '28万元', 7).light).toBe('yellow');
    expect(light('≤32.35万元', '40万元', 7).light).toBe('red');
  });

  it('reads a bare actual figure in the target’s unit (20 against ≤32.35万元 is 20万元)', () => {
    expect(light('≤32.35万元', '20', 7).ratio!.toFixed(2)).toBe('94.35');
  });

  it('never makes a lower-is-better indicator blue', () => {
    expect(light('≤10%', '0%', 7).light).toBe('green');
    expect(light('≤5天', '1天', 7).light).toBe('green');
  });

  it('judges a zero target by whether it is met', () => {
    expect(light('≤0起', '0起', 7).light).toBe('green');
    expect(light('≤0起', '1起', 7).light).toBe('red');
  });

  it('turns any indicator red when 完成目标可能性 is 完全不可能', () => {
    const r = light('≥1000人次', '900人次', 7, { likelihood: '完全不可能' });
    expect(r.light).toBe('red');
    expect(r.message).toContain('完全不可能');
    expect(light('≥1000人次', '900人次', 7, { likelihood: '有可能' }).light).toBe('blue');
  });

  it('takes a qualitative target’s light from 完成目标可能性, or green once achieved', () => {
    expect(light('满意', '', 7, { likelihood: '确定能' }).light).toBe('green');
    expect(light('长期', '持续推进', 7, { likelihood: '有可能' }).light).toBe('yellow');
    expect(light('2026年12月底前', '按计划推进', 7, { likelihood: '完全不可能' }).light).toBe('red');
    expect(light('合格', '合格', 7).light).toBe('green');
    const none = light('满意', '', 7);
    expect(none.light).toBeNull();
    expect(none.message).toContain('请填写完成目标可能性');
  });

  it('explains an actual it cannot compare instead of guessing a light', () => {
    const r = light('≥1000人次', '正在推进', 7);
    expect(r.light).toBeNull();
    expect(r.message).toContain('无法与年度指标值');
    expect(light('≥1000人次', '', 7).message).toContain('未填写截至目前完成值');
    expect(light('≥1000人次', '', 7).light).toBeNull();
    expect(light('1个平台', '', 7, { likelihood: '有可能' })).toMatchObject({ light: 'yellow' });
  });

  it('never gives a better light when the actual falls (higher is better) or rises (lower is better)', () => {
    const amount = fc.integer({ min: 0, max: 1_000_000 }).map((n) => (n / 100).toFixed(2));
    fc.assert(
      fc.property(amount, amount, fc.integer({ min: 1, max: 12 }), (a, b, m) => {
        const [low, high] = Number(a) <= Number(b) ? [a, b] : [b, a];
        const hl = light('≥3000次', `${low}次`, m).light!;
        const hh = light('≥3000次', `${high}次`, m).light!;
        expect(lightRank(hl)).toBeLessThanOrEqual(lightRank(hh));
        const ll = light('≤3000万元', `${low}万元`, m).light!;
        const lh = light('≤3000万元', `${high}万元`, m).light!;
        expect(lightRank(lh)).toBeLessThanOrEqual(lightRank(ll));
      }),
    );
  });
});
