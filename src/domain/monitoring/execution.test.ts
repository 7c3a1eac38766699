import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixed } from '../money/index.ts';
import { executionProgress } from './execution.ts';
import { lightRank } from './lights.ts';
import { builtInRules, monitoringRulesSchema, rulesFor, type MonitoringRules } from './rules.ts';

const rules = builtInRules('default')!;
const provincial = builtInRules('checkpoints-example')!;

function ok(executed: string, budget: string, month: number, r: MonitoringRules = rules) {
  const result = executionProgress(executed, budget, month, r);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('execution progress v = (累计执行数 ÷ 预算数) ÷ (截至月份 ÷ 12) × 100', () => {
  it('computes 1–7月 progress at 2 decimals half-up and shows the arithmetic', () => {
    const r = ok('52.30', '120.00', 7);
    // 52.30 / 120 / (7/12) × 100 = 74.7142…
    expect(fixed(r.progress)).toBe('74.71');
    expect(r.light).toBe('yellow');
    expect(r.arithmetic).toBe('执行进度 v =（累计执行数 52.30 ÷ 预算数 120.00）÷（7 ÷ 12）× 100 = 74.71');
    expect(r.message).toContain('黄灯（60 ≤ v < 80）');
  });

  it.each([
    // month 6: v = executed / budget × 200
    ['29.995', '59.99', 'red'],
    ['30', '60.00', 'yellow'],
    ['39.995', '79.99', 'yellow'],
    ['40', '80.00', 'green'],
    ['0', '0.00', 'red'],
    ['100', '200.00', 'green'],
  ] as const)('at month 6 with budget 100, executed %s gives v = %s, %s', (executed, v, light) => {
    const r = ok(executed, '100', 6);
    expect(fixed(r.progress)).toBe(v);
    expect(r.light).toBe(light);
  });

  it('judges the light on the printed figure: 59.995 prints 60.00 and is yellow, 59.9949 prints 59.99 and is red', () => {
    expect(ok('59.995', '100', 12)).toMatchObject({ light: 'yellow' });
    expect(fixed(ok('59.995', '100', 12).progress)).toBe('60.00');
    expect(ok('59.9949', '100', 12)).toMatchObject({ light: 'red' });
  });

  it('rounds ties half up (四舍五入): 1 of 8 at month 12 is 12.50, 1 of 3 at month 7 is 57.14', () => {
    expect(fixed(ok('1', '8', 12).progress)).toBe('12.50');
    expect(fixed(ok('1', '3', 7).progress)).toBe('57.14');
    // 0.00125 × 12 / 12 × 100 = 0.125 → 0.13
    expect(fixed(ok('0.00125', '1', 12).progress)).toBe('0.13');
  });

  it('gives a clear message and no light for a zero budget', () => {
    const r = executionProgress('10', '0', 7, rules);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('预算数为0，无法计算执行进度');
  });

  it('refuses a month outside 1–12', () => {
    const r = executionProgress('10', '100', 13, rules);
    expect(r).toMatchObject({ ok: false });
  });

  it('lets a provincial checkpoint turn a yellow light red: 35% executed at the end of June is below 40%', () => {
    const r = ok('35', '100', 6, provincial);
    expect(r.progressLight).toBe('yellow');
    expect(r.light).toBe('red');
    expect(r.checkpoint).toMatchObject({ month: 6, minRate: '40', met: false });
    expect(r.message).toContain('低于6月末节点要求40%');
  });

  it('applies the latest checkpoint at or before the cut-off month (July → June 40%)', () => {
    const r = ok('41', '100', 7, provincial);
    expect(r.checkpoint).toMatchObject({ month: 6, met: true });
    expect(ok('10', '100', 3, provincial).checkpoint).toBeNull();
  });

  it('reads thresholds from configuration, not constants: 80/70 rules move the boundaries', () => {
    const strict = monitoringRulesSchema.parse({
      ...rules,
      id: 'strict',
      execution: { yellowFrom: '70', greenFrom: '90', blueAbove: '110' },
    });
    expect(ok('69.99', '100', 12, strict).light).toBe('red');
    expect(ok('70', '100', 12, strict).light).toBe('yellow');
    expect(ok('90', '100', 12, strict).light).toBe('green');
    expect(ok('110.01', '100', 12, strict).light).toBe('blue');
  });

  it('finds the rules of a region and year, falling back to the default', () => {
    expect(rulesFor('示例省', 2026).id).toBe('checkpoints-example');
    expect(rulesFor('某市', 2026).id).toBe('default');
    expect(rulesFor(null, 2026).id).toBe('default');
  });
});

describe('execution progress properties', () => {
  const cents = fc.bigInt({ min: 0n, max: 10_000_000_000n });
  const positiveCents = fc.bigInt({ min: 1n, max: 10_000_000_000n });
  const month = fc.integer({ min: 1, max: 12 });
  const asYuan = (c: bigint): string => {
    const s = c.toString().padStart(3, '0');
    return `${s.slice(0, -2)}.${s.slice(-2)}`;
  };

  it('equals the exact rational executed × 1200 ÷ (budget × month), rounded half up at 2 decimals', () => {
    fc.assert(
      fc.property(cents, positiveCents, month, (e, b, m) => {
        const num = e * 120000n;
        const den = b * BigInt(m);
        const hundredths = (2n * num + den) / (2n * den);
        const r = ok(asYuan(e), asYuan(b), m);
        expect(r.progress.times(100).toFixed(0)).toBe(hundredths.toString());
      }),
    );
  });

  it('never gives a better light when execution falls (with or without checkpoints)', () => {
    fc.assert(
      fc.property(cents, cents, positiveCents, month, fc.boolean(), (x, y, b, m, withCheckpoints) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        const r = withCheckpoints ? provincial : rules;
        const lowLight = ok(asYuan(low), asYuan(b), m, r).light;
        const highLight = ok(asYuan(high), asYuan(b), m, r).light;
        expect(lightRank(lowLight)).toBeLessThanOrEqual(lightRank(highLight));
      }),
    );
  });
});
