/**
 * The monitoring round file (`jixiao monitor FILE.json`): zod schema, its JSON Schema (written out as
 * docs/schemas/monitoring-round.schema.json; a test keeps them equal), and readRound(), which turns parsed
 * JSON into a MonitoringRoundInput or a list of problems, each naming the field as the user knows it.
 */
import { z } from 'zod';
import { chineseFileError, jsonPath } from '../validation/messages.ts';
import { LIKELIHOODS } from './indicator.ts';
import { DEVIATION_CATEGORIES, RED_RESPONSES, figureProblems, type MonitoringRoundInput } from './round.ts';
import {
  BUILT_IN_RULES,
  builtInRules,
  monitoringRulesSchema,
  rulesFor,
  type MonitoringRules,
} from './rules.ts';

const amount = z
  .string()
  .regex(/^\d+(\.\d+)?$/, { message: '应为不小于 0 的金额，写成十进制数字字符串，如 "120.50"' })
  .describe('An amount as a decimal string (never a JSON number), in the file’s amountUnit.');
const text = z.string();

const source = z.strictObject({
  source: text.min(1).describe('资金来源 (财政拨款, 上级补助, 事业收入, 其他资金 …)'),
  initialBudget: amount.describe('年初预算'),
  adjustedBudget: amount.optional().describe('调整后预算'),
  executed: amount.describe('累计执行数'),
});

const indicator = z.strictObject({
  name: text.min(1).describe('三级指标名称'),
  level1: text.optional().describe('一级指标'),
  level2: text.optional().describe('二级指标'),
  target: text.describe('年度指标值 ("≥95%", "≤32.35万元", "满意")'),
  actual: text.describe('截至目前完成值'),
  forecast: text.optional().describe('全年预计完成值'),
  direction: z.enum(['higher', 'lower']).optional().describe('Overrides the direction read from the target'),
  prorate: z.boolean().optional().describe('Overrides whether the target is pro-rated to the month'),
  likelihood: z.enum(LIKELIHOODS).optional().describe('完成目标可能性'),
  deviationCategory: z.enum(DEVIATION_CATEGORIES).optional().describe('偏差原因分类'),
  deviationReason: text.optional().describe('偏差原因说明'),
  correctiveAction: text.optional().describe('纠偏措施'),
});

const project = z.strictObject({
  name: text.min(1).describe('项目名称'),
  kind: z
    .enum(['project', 'department'])
    .optional()
    .describe('project 项目 (default) or department 部门整体'),
  unit: text.optional().describe('单位名称'),
  initialBudget: amount.optional().describe('年初预算 (or the sum of sources)'),
  adjustedBudget: amount.optional().describe('调整后预算; when given it is the 预算数 of the progress'),
  executed: amount.optional().describe('累计执行数 (or the sum of sources)'),
  sources: z.array(source).optional().describe('By funding source'),
  indicators: z.array(indicator).default([]),
  response: z
    .strictObject({ action: z.enum(RED_RESPONSES), reason: text })
    .optional()
    .describe('The unit’s response to a red light'),
});

export const monitoringRoundFileSchema = z
  .strictObject({
    $schema: text.optional(),
    title: text.optional(),
    unit: text.optional().describe('填报单位'),
    year: z.int().min(2000).max(2100).describe('预算年度'),
    month: z.int().min(1).max(12).describe('截至月份 (1–12)'),
    amountUnit: z.enum(['元', '万元']).default('万元').describe('金额单位'),
    region: text
      .optional()
      .describe('Region whose built-in rules apply (with year); ignored when rules is given'),
    rules: z
      .union([text.min(1).describe('Id of a built-in rule set'), monitoringRulesSchema])
      .optional()
      .describe('Warning rules: a built-in id or inline rules; default: the region’s rules, else "default"'),
    projects: z.array(project).min(1),
  })
  .describe(
    'Jixiao monitoring round (绩效运行监控): cut-off month, rules, projects with budget, execution, indicators',
  );

export type MonitoringRoundFile = z.infer<typeof monitoringRoundFileSchema>;

export function monitoringRoundJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(monitoringRoundFileSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://jixiao.local/schemas/monitoring-round.schema.json',
    title: 'Jixiao monitoring round (绩效运行监控)',
  };
}

export type RoundProblem = { path: string; field: string; message: string };

const FIELD_NAMES: Record<string, string> = {
  year: '预算年度',
  month: '截至月份',
  amountUnit: '金额单位',
  unit: '单位',
  region: '地区',
  rules: '预警规则',
  projects: '项目',
  name: '名称',
  kind: '类型',
  initialBudget: '年初预算',
  adjustedBudget: '调整后预算',
  executed: '累计执行数',
  sources: '资金来源',
  source: '资金来源名称',
  indicators: '绩效指标',
  target: '年度指标值',
  actual: '截至目前完成值',
  forecast: '全年预计完成值',
  direction: '指标方向',
  prorate: '是否按月折算',
  likelihood: '完成目标可能性',
  deviationCategory: '偏差原因分类',
  deviationReason: '偏差原因',
  correctiveAction: '纠偏措施',
  response: '红灯处理意见',
  action: '处理方式',
  reason: '理由',
  level1: '一级指标',
  level2: '二级指标',
};

/** "第2个项目“公共法律服务”的第1个绩效指标的截至目前完成值" from a JSON path and the file. */
function fieldName(path: ReadonlyArray<PropertyKey>, json: unknown): string {
  const parts: string[] = [];
  let node: unknown = json;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const next =
      node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const owner = String(path[i - 1] ?? '');
      const label = FIELD_NAMES[owner] ?? owner;
      const named =
        next !== null && typeof next === 'object' && typeof (next as { name?: unknown }).name === 'string'
          ? `“${(next as { name: string }).name}”`
          : next !== null &&
              typeof next === 'object' &&
              typeof (next as { source?: unknown }).source === 'string'
            ? `“${(next as { source: string }).source}”`
            : '';
      parts.pop();
      parts.push(`第${key + 1}个${label}${named}`);
    } else {
      parts.push(FIELD_NAMES[String(key)] ?? String(key));
    }
    node = next;
  }
  return parts.length === 0 ? '文件' : parts.join('的');
}

/** A field left out is said plainly: 必须填写 (the form's field name is in the message's field). */
const chineseError: z.core.$ZodErrorMap = (issue) =>
  issue.code === 'invalid_type' && issue.input === undefined ? '必须填写' : chineseFileError(issue);

/** Validates parsed JSON as a round file; resolves the rules; checks totals against funding sources. */
export function readRound(
  json: unknown,
  available: readonly MonitoringRules[] = BUILT_IN_RULES,
):
  | { ok: true; round: MonitoringRoundInput; file: MonitoringRoundFile }
  | { ok: false; problems: RoundProblem[] } {
  const parsed = monitoringRoundFileSchema.safeParse(json, { error: chineseError });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({
        path: jsonPath(i.path),
        field: fieldName(i.path, json),
        message: i.message,
      })),
    };
  }
  const f = parsed.data;
  let rules: MonitoringRules;
  if (typeof f.rules === 'string') {
    const found = builtInRules(f.rules);
    if (!found) {
      return {
        ok: false,
        problems: [
          {
            path: '$.rules',
            field: '预警规则',
            message: `没有编号为“${f.rules}”的内置预警规则（可用：${available.map((r) => r.id).join('、')}）`,
          },
        ],
      };
    }
    rules = found;
  } else if (f.rules) {
    rules = f.rules as MonitoringRules;
  } else {
    rules = rulesFor(f.region ?? null, f.year, available);
  }
  const problems: RoundProblem[] = [];
  f.projects.forEach((p, i) => {
    for (const fp of figureProblems(p)) {
      const path = ['projects', i, fp.field];
      problems.push({ path: jsonPath(path), field: fieldName(path, json), message: fp.message });
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    file: f,
    round: { year: f.year, month: f.month, amountUnit: f.amountUnit, rules, projects: f.projects },
  };
}
