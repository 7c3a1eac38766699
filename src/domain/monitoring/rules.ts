/**
 * Monitoring rules as configuration per region and year: light thresholds for budget execution and for
 * indicators, provincial checkpoints (累计执行率 at the end of given months), which units are levels rather
 * than cumulative counts (not pro-rated), and the light of each 完成目标可能性. The built-in rule sets are
 * JSON data files in ./rules/; a round may also carry its own rules.
 */
import { z } from 'zod';
import { Dec } from '../money/index.ts';
import type { Light } from './lights.ts';
import defaultRules from './rules/default.json' with { type: 'json' };
import checkpointsExample from './rules/checkpoints-example.json' with { type: 'json' };

const decimal = z.string().regex(/^\d+(\.\d+)?$/, { message: '应为不小于 0 的数字，写成字符串，如 "60"' });
const light = z.enum(['red', 'yellow', 'green', 'blue']);

const thresholds = z
  .strictObject({ yellowFrom: decimal, greenFrom: decimal, blueAbove: decimal.nullable() })
  .refine((t) => new Dec(t.yellowFrom).lte(t.greenFrom), {
    message: '黄灯起点（yellowFrom）不能高于绿灯起点（greenFrom）',
  })
  .refine((t) => t.blueAbove === null || new Dec(t.greenFrom).lte(t.blueAbove), {
    message: '蓝灯界限（blueAbove）不能低于绿灯起点（greenFrom）',
  });

export const monitoringRulesSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  region: z.string().min(1),
  year: z.int().nullable().describe('The budget year the rules apply to; null: every year'),
  source: z.string().optional(),
  execution: thresholds,
  indicator: thresholds,
  checkpoints: z.array(
    z.strictObject({
      month: z.int().min(1).max(12),
      minRate: decimal.describe(
        'Minimum cumulative execution rate (执行数 ÷ 预算数 × 100) at the end of the month',
      ),
      light: light.default('red'),
    }),
  ),
  notProratedUnits: z.array(z.string()),
  likelihood: z.strictObject({ 确定能: light, 有可能: light, 完全不可能: light }),
});

export type MonitoringRules = z.infer<typeof monitoringRulesSchema>;

export type Checkpoint = MonitoringRules['checkpoints'][number] & { light: Light };

export const BUILT_IN_RULES: readonly MonitoringRules[] = [defaultRules, checkpointsExample].map((r) =>
  monitoringRulesSchema.parse(r),
);

export function builtInRules(id: string): MonitoringRules | undefined {
  const r = BUILT_IN_RULES.find((x) => x.id === id);
  return r ? structuredClone(r) : undefined;
}

/** The rules of a region and year: an exact year first, then the region's every-year rules, else the default. */
export function rulesFor(region: string | null, year: number, available = BUILT_IN_RULES): MonitoringRules {
  const ofRegion = available.filter((r) => r.region === region);
  const found = ofRegion.find((r) => r.year === year) ?? ofRegion.find((r) => r.year === null);
  return structuredClone(found ?? available.find((r) => r.id === 'default') ?? BUILT_IN_RULES[0]!);
}

/** The checkpoint that applies at a cut-off month: the latest one at or before it. */
export function checkpointAt(rules: MonitoringRules, month: number): Checkpoint | null {
  const due = rules.checkpoints.filter((c) => c.month <= month).sort((a, b) => b.month - a.month);
  return due[0] ?? null;
}
