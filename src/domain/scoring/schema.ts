/**
 * The exchange formats — indicator template JSON and evaluation JSON — as zod schemas. The JSON Schemas
 * in docs/schemas/ are generated from these (a test keeps them equal), and readEvaluation() turns any
 * parsed JSON into a checked Evaluation or a list of problems, each naming its JSON path.
 */
import { z } from 'zod';
import { chineseFileError, jsonPath } from '../validation/messages.ts';
import { checkTemplate, type IndicatorTemplate } from '../indicators/index.ts';
import type { Evaluation } from './evaluate.ts';
import { builtInTemplate, BUILT_IN_TEMPLATES } from './templates/index.ts';

const decimal = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, { message: '应为数字，写成字符串，如 "12.5"' })
  .describe('A decimal number as a string (never a JSON number).');
const text = z.string();

const rule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('yes-no') }),
  z.strictObject({
    kind: z.literal('parts'),
    parts: z.array(z.strictObject({ label: text, points: decimal })).min(1),
  }),
  z.strictObject({
    kind: z.literal('ratio'),
    basis: z.enum(['rate', 'one-minus-rate', 'actual-over-target', 'target-over-actual']),
    cap: z.boolean().optional(),
  }),
  z.strictObject({
    kind: z.literal('tiers'),
    tiers: z
      .array(
        z.strictObject({
          min: decimal.optional(),
          minInclusive: z.boolean().optional(),
          max: decimal.optional(),
          maxInclusive: z.boolean().optional(),
          points: z.union([decimal, z.literal('full')]),
          label: text.optional(),
        }),
      )
      .min(1),
  }),
  z.strictObject({ kind: z.literal('deviation'), band: decimal }),
  z.strictObject({
    kind: z.literal('checkpoints'),
    checkpoints: z
      .array(
        z.strictObject({
          month: z.int().min(1).max(12),
          points: decimal,
          target: decimal.optional(),
          scheduleShare: decimal.optional(),
        }),
      )
      .min(1),
  }),
  z.strictObject({ kind: z.literal('formula'), expression: text.min(1), variables: z.array(text) }),
  z.strictObject({
    kind: z.literal('grade-standard'),
    standards: z.strictObject({ 优: text, 良: text, 中: text, 差: text }),
    levelPercent: z.strictObject({ 优: decimal, 良: decimal, 中: decimal, 差: decimal }).optional(),
  }),
  z.strictObject({ kind: z.literal('manual') }),
  z.strictObject({
    kind: z.literal('direction'),
    direction: z.enum(['higher', 'lower', 'equal', 'qualitative']),
  }),
  z.strictObject({ kind: z.literal('budget-execution') }),
]);

type NodeShape = {
  id: string;
  name: string;
  weight: string;
  category?: string | undefined;
  rule?: z.infer<typeof rule> | undefined;
  ruleText?: string | undefined;
  direction?: 'higher' | 'lower' | 'equal' | 'qualitative' | undefined;
  children?: NodeShape[] | undefined;
};

const indicatorNode: z.ZodType<NodeShape> = z.lazy(() =>
  z.strictObject({
    id: text.min(1),
    name: text.min(1),
    weight: decimal,
    category: text.optional(),
    rule: rule.optional(),
    ruleText: text.optional(),
    direction: z
      .enum(['higher', 'lower', 'equal', 'qualitative'])
      .optional()
      .describe('正向 (≥) / 反向 (≤) / 等于 (=) / 定性; default: read from the target'),
    children: z.array(indicatorNode).optional(),
  }),
);

const rounding = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('exact'), places: z.int().min(0).max(6) }),
  z.strictObject({
    mode: z.literal('round-ratios-first'),
    ratioPlaces: z.int().min(0).max(6),
    places: z.int().min(0).max(6),
  }),
  z
    .strictObject({ mode: z.literal('round-scores-first'), places: z.int().min(0).max(6) })
    .describe("Round each indicator's score to `places`, then add"),
]);

export const indicatorTemplateSchema = z
  .strictObject({
    id: text.min(1),
    name: text.min(1),
    kind: z.enum(['project', 'department']),
    version: z.int().min(1),
    region: text.optional(),
    year: z.int().optional(),
    source: text.optional(),
    grades: z.array(z.strictObject({ grade: text.min(1), min: decimal })).min(1),
    rounding,
    levelNames: z
      .array(text.min(1))
      .max(6)
      .optional()
      .describe('Level headings, top first (default 一级指标 …)'),
    indicators: z.array(indicatorNode).min(1),
  })
  .describe('Jixiao indicator template (评价指标体系)');

const input = z.strictObject({
  notSet: z.boolean().optional(),
  reason: text.optional(),
  note: text.optional(),
  met: z.boolean().optional(),
  parts: z.array(z.boolean()).optional(),
  rate: text.optional(),
  target: text.optional(),
  actual: text.optional(),
  value: text.optional(),
  items: z
    .array(
      z.strictObject({
        name: text,
        target: text,
        actual: text,
        counted: z.boolean().optional(),
        reason: text.optional(),
      }),
    )
    .optional(),
  progress: z.record(z.string(), text).optional(),
  values: z.record(z.string(), decimal).optional(),
  level: z.enum(['达成', '部分达成', '未达成']).optional(),
  executed: decimal.optional(),
  budget: decimal.optional(),
});

const entry = z.strictObject({
  score: decimal.optional(),
  explanation: text.optional(),
  problem: text.optional(),
  suggestion: text.optional(),
});

const sheet = z.strictObject({
  evaluator: z.strictObject({ name: text.min(1), title: text.optional(), unit: text.optional() }),
  scores: z.record(z.string(), entry).optional(),
  total: decimal.optional(),
  given: z
    .strictObject({
      total: decimal.optional(),
      base: decimal.optional(),
      grade: text.optional(),
      subtotals: z.record(z.string(), decimal).optional(),
    })
    .optional(),
});

export const evaluationFileSchema = z
  .strictObject({
    $schema: text.optional(),
    title: text.optional(),
    template: z.union([text.min(1).describe('Id of a built-in template'), indicatorTemplateSchema]),
    inputs: z.record(z.string(), input).default({}),
    sheets: z.array(sheet).default([]),
    given: z.strictObject({ final: decimal.optional(), grade: text.optional() }).optional(),
  })
  .describe('Jixiao evaluation (绩效评价): template, inputs, one score sheet per evaluator, printed figures');

export type EvaluationFile = z.infer<typeof evaluationFileSchema>;

export type InputProblem = { path: string; message: string };

/** Validates parsed JSON as an evaluation; resolves a built-in template id; checks the template's structure and ids. */
export function readEvaluation(
  json: unknown,
): { ok: true; evaluation: Evaluation } | { ok: false; problems: InputProblem[] } {
  // Chinese messages for this parse only; the global zod configuration is left alone.
  const parsed = evaluationFileSchema.safeParse(json, { error: chineseFileError });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })),
    };
  }
  const f = parsed.data;
  let template: IndicatorTemplate;
  if (typeof f.template === 'string') {
    const t = builtInTemplate(f.template);
    if (!t) {
      const ids = BUILT_IN_TEMPLATES.map((x) => x.id).join(', ');
      return {
        ok: false,
        problems: [
          {
            path: '$.template',
            message: `没有编号为“${f.template}”的内置指标体系（可用的有：${ids}）`,
          },
        ],
      };
    }
    template = t;
  } else {
    template = f.template as IndicatorTemplate;
  }
  const problems: InputProblem[] = checkTemplate(template).map((p) => ({
    path: typeof f.template === 'string' ? `$.template(${template.id}).${p.path}` : `$.template.${p.path}`,
    message: p.message,
  }));
  const leafIds = new Set<string>();
  const nodeIds = new Set<string>();
  const walk = (nodes: IndicatorTemplate['indicators']): void => {
    for (const n of nodes) {
      nodeIds.add(n.id);
      if (n.children && n.children.length > 0) walk(n.children);
      else leafIds.add(n.id);
    }
  };
  walk(template.indicators);
  for (const id of Object.keys(f.inputs)) {
    if (!leafIds.has(id))
      problems.push({
        path: `$.inputs[${JSON.stringify(id)}]`,
        message: `指标体系中没有末级指标“${id}”`,
      });
  }
  f.sheets.forEach((s, i) => {
    for (const id of Object.keys(s.scores ?? {})) {
      if (!leafIds.has(id))
        problems.push({
          path: `$.sheets[${i}].scores[${JSON.stringify(id)}]`,
          message: `指标体系中没有末级指标“${id}”`,
        });
    }
    for (const id of Object.keys(s.given?.subtotals ?? {})) {
      if (!nodeIds.has(id) || leafIds.has(id))
        problems.push({
          path: `$.sheets[${i}].given.subtotals[${JSON.stringify(id)}]`,
          message: `“${id}”不是有下级指标的指标`,
        });
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  const evaluation: Evaluation = { template, inputs: f.inputs, sheets: f.sheets };
  if (f.title !== undefined) evaluation.title = f.title;
  if (f.given !== undefined) evaluation.given = f.given;
  return { ok: true, evaluation };
}
