/**
 * An evaluation = template + inputs (facts shared by all evaluators) + one score sheet per evaluator.
 * Each sheet is scored leaf by leaf; 未设定 indicators are excluded and the total renormalised
 * (基础得分 = 剔除后合计得分 / 剔除后总分 × 100); the final score is the evaluators' average (004: 99 and
 * 98 → 98.5) and gets a grade. Totals come from unrounded values (or from scores rounded one by one under
 * the 'round-scores-first' policy); every printed (given) figure is compared with the computed one at the
 * template's precision (a printed "5" against 4.94 disagrees) and each disagreement is listed.
 * Until every indicator of a sheet is scored the sheet is incomplete: it has no grade ('') and lists
 * what is missing; its total is the partial sum, never to be shown as a result.
 */
import { Dec, dec, fixed, roundHalfUp, sum } from '../money/index.ts';
import {
  allNodes,
  describeRounding,
  leaves,
  RULE_KIND_NAMES,
  type IndicatorNode,
  type IndicatorTemplate,
  type RoundingPolicy,
} from '../indicators/index.ts';
import { gradeOf } from './grade.ts';
import type { EvaluatorEntry, IndicatorInput } from './rule-context.ts';
import { readDecimal } from './rule-context.ts';
import { scoreRule } from './score-rule.ts';

export type Evaluator = { name: string; title?: string; unit?: string };

export type GivenFigures = {
  total?: string;
  base?: string;
  grade?: string;
  subtotals?: Record<string, string>;
};

export type ScoreSheet = {
  evaluator: Evaluator;
  /** Per-indicator entries: the evaluator's score (manual, 定性) or the printed score to check. */
  scores?: Record<string, EvaluatorEntry>;
  /** An evaluator's total given without detail (004's panel: 99, 98). Used only when scores is absent. */
  total?: string;
  /** Printed figures of this sheet, to be checked. */
  given?: GivenFigures;
};

export type Evaluation = {
  title?: string;
  template: IndicatorTemplate;
  inputs: Record<string, IndicatorInput>;
  sheets: ScoreSheet[];
  /** Printed figures of the whole evaluation (the panel average, its grade). */
  given?: { final?: string; grade?: string };
};

export type IndicatorResult = {
  id: string;
  name: string;
  /** Names from 一级 down to this leaf. */
  path: string[];
  weight: Dec;
  ruleKind: string;
  ruleText: string | undefined;
  status: 'scored' | 'not-set' | 'error';
  score: Dec | null;
  source: 'rule' | 'evaluator' | null;
  explanation: string;
  given: string | undefined;
  findings: string[];
};

export type NodeSubtotal = {
  id: string;
  name: string;
  depth: number;
  weight: Dec;
  maxAfterExclusion: Dec;
  score: Dec;
};

/** An indicator a sheet cannot score yet: which, and what is missing or wrong (in Chinese). */
export type MissingScore = {
  id: string;
  name: string;
  /** "一级 > 二级 > 三级". */
  label: string;
  field: string | undefined;
  message: string;
};

export type SheetResult = {
  evaluator: Evaluator;
  /** False for a sheet that gives only a total (nothing per indicator to recompute). */
  detailed: boolean;
  indicators: IndicatorResult[];
  subtotals: NodeSubtotal[];
  total: Dec;
  fullTotal: Dec;
  maxAfterExclusion: Dec;
  base: Dec;
  /** '' while the sheet is incomplete: no grade is given for a partial score. */
  grade: string;
  /** Whether every indicator that is not excluded has a score. */
  complete: boolean;
  /** The indicators still without a score (empty when complete). */
  missing: MissingScore[];
};

export type Disagreement = {
  sheet: string | null;
  indicatorId: string | null;
  what: 'score' | 'subtotal' | 'total' | 'base' | 'grade' | 'final';
  label: string;
  given: string;
  computed: string;
  message: string;
};

export type Finding = { sheet: string; indicatorId: string; label: string; message: string };
export type ScoringError = {
  sheet: string;
  indicatorId: string;
  label: string;
  field: string | undefined;
  message: string;
};

export type EvaluationResult = {
  templateId: string;
  templateName: string;
  rounding: RoundingPolicy;
  roundingText: string;
  places: number;
  excluded: Array<{ id: string; name: string; weight: Dec; reason: string | undefined }>;
  sheets: SheetResult[];
  /**
   * The evaluators' average. While any sheet is incomplete, `complete` is false, `grade` is '' and
   * `missing` lists each indicator still without a score (once, whichever sheet lacks it); total and base
   * are then partial sums that must not be shown as a result.
   */
  final: {
    total: Dec;
    base: Dec;
    grade: string;
    maxAfterExclusion: Dec;
    fullTotal: Dec;
    evaluators: number;
    complete: boolean;
    missing: MissingScore[];
  };
  disagreements: Disagreement[];
  findings: Finding[];
  errors: ScoringError[];
};

const ZERO = new Dec(0);

/**
 * A printed figure against the computed one, both at the template's precision: a printed "5" is 5.00
 * and disagrees with 4.94 (a whole number must not hide a deduction).
 */
function compare(
  given: string | undefined,
  exact: Dec,
  places: number,
): { matches: boolean; shown: string } | null {
  if (given === undefined) return null;
  const g = readDecimal(given);
  if (g === null) return null;
  const shown = roundHalfUp(exact, places);
  return { matches: roundHalfUp(g, places).eq(shown), shown: shown.toFixed(places) };
}

/** The template's shape, computed once per evaluation and shared by its sheets. */
type Shape = {
  leafRefs: ReturnType<typeof leaves>;
  /** "一级 > 二级 > 三级" and the names along the path, per leaf id (built once per template). */
  labelById: Map<string, { label: string; pathNames: string[] }>;
  parentWeightById: Map<string, Dec>;
  weightById: Map<string, Dec>;
  parents: Array<{ node: IndicatorNode; depth: number; leafIds: string[] }>;
  fullTotal: Dec;
  /** The leaves' weights added up: the total when nothing is excluded. */
  leafWeightTotal: Dec;
};

// A template's shape is computed once and reused: evaluations of many projects share one template
// object, and templates are never mutated by the domain (they are treated as immutable values).
const shapes = new WeakMap<IndicatorTemplate, Shape>();

function shapeOf(t: IndicatorTemplate): Shape {
  let shape = shapes.get(t);
  if (!shape) {
    shape = computeShape(t);
    shapes.set(t, shape);
  }
  return shape;
}

function computeShape(t: IndicatorTemplate): Shape {
  const leafRefs = leaves(t);
  const labelById = new Map(
    leafRefs.map(
      (l) =>
        [
          l.node.id,
          { label: l.path.map((p) => p.name).join(' > '), pathNames: l.path.map((p) => p.name) },
        ] as const,
    ),
  );
  const weightById = new Map(leafRefs.map((l) => [l.node.id, dec(l.node.weight)] as const));
  const leafIdsUnder = (n: IndicatorNode): string[] =>
    n.children && n.children.length > 0 ? n.children.flatMap(leafIdsUnder) : [n.id];
  const parents = allNodes(t)
    .filter(({ node }) => node.children && node.children.length > 0)
    .map(({ node, depth }) => ({ node, depth, leafIds: leafIdsUnder(node) }));
  const parentWeightById = new Map(parents.map(({ node }) => [node.id, dec(node.weight)] as const));
  return {
    leafRefs,
    labelById,
    weightById,
    parents,
    parentWeightById,
    fullTotal: sum(t.indicators.map((n) => n.weight)),
    leafWeightTotal: sum([...weightById.values()]),
  };
}

/**
 * One indicator's result, written out field by field: `{ ...base, status, … }` in the sheet's loop made V8
 * build large, slow objects (profiled: about 40% of scoring's CPU time and three times its heap).
 */
function indicatorResult(
  node: IndicatorNode,
  pathNames: string[],
  weight: Dec,
  rule: NonNullable<IndicatorNode['rule']>,
  entry: EvaluatorEntry | undefined,
  r: Pick<IndicatorResult, 'status' | 'score' | 'source' | 'explanation' | 'findings'>,
): IndicatorResult {
  return {
    id: node.id,
    name: node.name,
    path: pathNames,
    weight,
    ruleKind: RULE_KIND_NAMES[rule.kind],
    ruleText: node.ruleText,
    given: entry?.score,
    status: r.status,
    score: r.score,
    source: r.source,
    explanation: r.explanation,
    findings: r.findings,
  };
}

function scoreSheet(
  ev: Evaluation,
  shape: Shape,
  sheet: ScoreSheet,
  excludedIds: ReadonlySet<string>,
  out: { disagreements: Disagreement[]; findings: Finding[]; errors: ScoringError[] },
): SheetResult {
  const t = ev.template;
  const places = t.rounding.places;
  const who = sheet.evaluator.name;
  const { leafRefs, fullTotal } = shape;
  const maxAfterExclusion =
    excludedIds.size === 0
      ? shape.leafWeightTotal
      : sum(leafRefs.filter((l) => !excludedIds.has(l.node.id)).map((l) => shape.weightById.get(l.node.id)!));

  if (!sheet.scores && sheet.total !== undefined) {
    const total = dec(sheet.total);
    const base = maxAfterExclusion.isZero() ? ZERO : total.div(maxAfterExclusion).times(100);
    return {
      evaluator: sheet.evaluator,
      detailed: false,
      indicators: [],
      subtotals: [],
      total,
      fullTotal,
      maxAfterExclusion,
      base,
      grade: gradeOf(base, t.grades, places),
      complete: true,
      missing: [],
    };
  }

  const results: IndicatorResult[] = [];
  const scoreById = new Map<string, Dec>();
  const missing: MissingScore[] = [];
  for (const { node } of leafRefs) {
    const { label, pathNames } = shape.labelById.get(node.id)!;
    const entry = sheet.scores?.[node.id];
    const weight = shape.weightById.get(node.id)!;
    const rule = node.rule ?? { kind: 'manual' as const };
    if (excludedIds.has(node.id)) {
      const reason = ev.inputs[node.id]?.reason;
      results.push(
        indicatorResult(node, pathNames, weight, rule, entry, {
          status: 'not-set',
          score: null,
          source: null,
          explanation: `未设定该绩效目标，不打分，分值${node.weight}分从总分中剔除${reason ? `（${reason}）` : ''}。`,
          findings: [],
        }),
      );
      continue;
    }
    const outcome = scoreRule(rule, { weight, rounding: t.rounding, input: ev.inputs[node.id] ?? {}, entry });
    if (!outcome.ok) {
      missing.push({ id: node.id, name: node.name, label, field: outcome.field, message: outcome.message });
      out.errors.push({
        sheet: who,
        indicatorId: node.id,
        label,
        field: outcome.field,
        message: outcome.message,
      });
      results.push(
        indicatorResult(node, pathNames, weight, rule, entry, {
          status: 'error',
          score: null,
          source: null,
          explanation: outcome.message,
          findings: [],
        }),
      );
      continue;
    }
    // 'round-scores-first': each indicator's score is rounded before it is added (as many printed tables do).
    const score =
      t.rounding.mode === 'round-scores-first' ? roundHalfUp(outcome.score, places) : outcome.score;
    scoreById.set(node.id, score);
    for (const f of outcome.findings)
      out.findings.push({ sheet: who, indicatorId: node.id, label, message: f });
    results.push(
      indicatorResult(node, pathNames, weight, rule, entry, {
        status: 'scored',
        score,
        source: outcome.source,
        explanation: outcome.explanation,
        findings: outcome.findings,
      }),
    );
    if (outcome.source === 'rule') {
      const c = compare(entry?.score, score, places);
      if (c && !c.matches) {
        out.disagreements.push({
          sheet: who,
          indicatorId: node.id,
          what: 'score',
          label,
          given: entry!.score!.trim(),
          computed: c.shown,
          message: `“${label}”填报得分${entry!.score!.trim()}，按计分规则应为${c.shown}（${outcome.explanation}）`,
        });
      }
    }
  }

  const complete = missing.length === 0;
  const subtotals: NodeSubtotal[] = [];
  for (const { node, depth, leafIds } of shape.parents) {
    let score = ZERO;
    let maxKept = ZERO;
    for (const id of leafIds) {
      if (excludedIds.has(id)) continue;
      const sc = scoreById.get(id);
      if (sc) score = score.plus(sc);
      maxKept = maxKept.plus(shape.weightById.get(id)!);
    }
    subtotals.push({
      id: node.id,
      name: node.name,
      depth,
      weight: shape.parentWeightById.get(node.id)!,
      maxAfterExclusion: maxKept,
      score,
    });
    const g = sheet.given?.subtotals?.[node.id];
    const whole = leafIds.every((id) => excludedIds.has(id) || scoreById.has(id));
    const c = whole ? compare(g, score, places) : null;
    if (c && !c.matches) {
      out.disagreements.push({
        sheet: who,
        indicatorId: node.id,
        what: 'subtotal',
        label: node.name,
        given: g!.trim(),
        computed: c.shown,
        message: `“${node.name}”小计填报${g!.trim()}，各末级指标得分合计为${c.shown}`,
      });
    }
  }

  const total = sum([...scoreById.values()]);
  const base = maxAfterExclusion.isZero() ? ZERO : total.div(maxAfterExclusion).times(100);
  // No grade for a partial score: an empty sheet is "not yet scored", never 差.
  const grade = complete ? gradeOf(base, t.grades, places) : '';
  const checks: Array<['total' | 'base', string | undefined, Dec, string]> = complete
    ? [
        ['total', sheet.given?.total, total, '合计得分'],
        ['base', sheet.given?.base, base, '基础得分'],
      ]
    : [];
  for (const [what, g, exact, name] of checks) {
    const c = compare(g, exact, places);
    if (c && !c.matches) {
      const how =
        what === 'base'
          ? `${fixed(total, 4)}÷${fixed(maxAfterExclusion, 2)}×100=${fixed(exact, 4)}，四舍五入为${c.shown}`
          : `各指标得分合计${fixed(exact, 4)}，四舍五入为${c.shown}`;
      out.disagreements.push({
        sheet: who,
        indicatorId: null,
        what,
        label: name,
        given: g!.trim(),
        computed: c.shown,
        message: `${name}填报${g!.trim()}，应为${c.shown}（${how}）`,
      });
    }
  }
  if (complete && sheet.given?.grade !== undefined && sheet.given.grade.trim() !== grade) {
    out.disagreements.push({
      sheet: who,
      indicatorId: null,
      what: 'grade',
      label: '评价等次',
      given: sheet.given.grade.trim(),
      computed: grade,
      message: `评价等次填报“${sheet.given.grade.trim()}”，按得分应为“${grade}”`,
    });
  }
  return {
    evaluator: sheet.evaluator,
    detailed: true,
    indicators: results,
    subtotals,
    total,
    fullTotal,
    maxAfterExclusion,
    base,
    grade,
    complete,
    missing,
  };
}

/** Scores a whole evaluation: every sheet, the panel average, the grade, and every disagreement. */
export function evaluate(ev: Evaluation): EvaluationResult {
  const t = ev.template;
  const places = t.rounding.places;
  const out = {
    disagreements: [] as Disagreement[],
    findings: [] as Finding[],
    errors: [] as ScoringError[],
  };
  const shape = shapeOf(t);
  const leafRefs = shape.leafRefs;
  const excludedIds = new Set(leafRefs.filter((l) => ev.inputs[l.node.id]?.notSet).map((l) => l.node.id));
  const excluded = leafRefs
    .filter((l) => excludedIds.has(l.node.id))
    .map((l) => ({
      id: l.node.id,
      name: l.node.name,
      weight: dec(l.node.weight),
      reason: ev.inputs[l.node.id]?.reason,
    }));
  const sheets = (ev.sheets.length > 0 ? ev.sheets : [{ evaluator: { name: '系统计算' } }]).map((s) =>
    scoreSheet(ev, shape, s, excludedIds, out),
  );
  const count = new Dec(sheets.length);
  const total = sum(sheets.map((s) => s.total)).div(count);
  const base = sum(sheets.map((s) => s.base)).div(count);
  const missing = new Map<string, MissingScore>();
  for (const s of sheets) for (const m of s.missing) if (!missing.has(m.id)) missing.set(m.id, m);
  const complete = missing.size === 0;
  const grade = complete ? gradeOf(base, t.grades, places) : '';
  const fullTotal = shape.fullTotal;
  const maxAfterExclusion = sheets[0]!.maxAfterExclusion;

  const gf = ev.given?.final;
  const c = complete ? compare(gf, base, places) : null;
  if (c && !c.matches) {
    const parts = sheets.map((s) => fixed(s.base, places)).join('、');
    out.disagreements.push({
      sheet: null,
      indicatorId: null,
      what: 'final',
      label: '最终得分',
      given: gf!.trim(),
      computed: c.shown,
      message: `最终得分填报${gf!.trim()}，${sheets.length}位评价人员得分（${parts}）的平均为${c.shown}`,
    });
  }
  if (complete && ev.given?.grade !== undefined && ev.given.grade.trim() !== grade) {
    out.disagreements.push({
      sheet: null,
      indicatorId: null,
      what: 'grade',
      label: '评价等次',
      given: ev.given.grade.trim(),
      computed: grade,
      message: `评价等次填报“${ev.given.grade.trim()}”，按最终得分应为“${grade}”`,
    });
  }
  return {
    templateId: t.id,
    templateName: t.name,
    rounding: t.rounding,
    roundingText: describeRounding(t.rounding),
    places,
    excluded,
    sheets,
    final: {
      total,
      base,
      grade,
      maxAfterExclusion,
      fullTotal,
      evaluators: sheets.length,
      complete,
      missing: [...missing.values()],
    },
    ...out,
  };
}

/** Renormalisation on its own: 剔除后合计得分 / 剔除后总分 × 100. */
export function baseScore(scoreAfterExclusion: Dec | string, maxAfterExclusion: Dec | string): Dec {
  const m = dec(maxAfterExclusion);
  if (m.isZero()) throw new RangeError('剔除后总分为0，无法折算基础得分。');
  return dec(scoreAfterExclusion).div(m).times(100);
}

/** Average of a panel's scores (unrounded). */
export function panelAverage(scores: ReadonlyArray<Dec | string>): Dec {
  if (scores.length === 0) throw new RangeError('没有评价人员得分，无法计算平均分。');
  return sum(scores.map((s) => dec(s))).div(scores.length);
}
