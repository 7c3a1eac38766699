/**
 * An indicator system (评价指标体系) as configuration: a versioned tree of up to six levels (usually
 * 一级/二级/三级; Sichuan's 自评表 puts 预算执行 (10) and 绩效指标 (90) above them, four levels), each leaf
 * with weight (分值), rule and rule text (计分规则), plus grade bands and the rounding policy. Provinces
 * publish a new one each year, so this is data that administrators edit.
 */
import { Dec, dec, sum } from '../money/index.ts';
import { DIRECTION_NAMES, type IndicatorDirection } from './direction.ts';
import type { RoundingPolicy, RuleConfig } from './rule-config.ts';

/** The deepest indicator tree a template may have. */
export const MAX_TEMPLATE_DEPTH = 6;

const CN_DIGITS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Column headings of a tree `depth` levels deep: the template's own, else 一级指标, 二级指标 … */
export function levelNames(template: Pick<IndicatorTemplate, 'levelNames'>, depth: number): string[] {
  return Array.from(
    { length: depth },
    (_, i) => template.levelNames?.[i]?.trim() || `${CN_DIGITS[i] ?? String(i + 1)}级指标`,
  );
}

export type IndicatorNode = {
  id: string;
  name: string;
  /** 分值, a decimal string. */
  weight: string;
  /** Standard catalogue category (数量指标, 质量指标 …) when the node is one. */
  category?: string;
  /** Leaves only. */
  rule?: RuleConfig;
  /** 计分规则 as printed for users. */
  ruleText?: string;
  /** Leaves only: 正向 / 反向 / 等于 / 定性 (default: read from the target, see defaultDirection()). */
  direction?: IndicatorDirection;
  children?: IndicatorNode[];
};

export type GradeBand = { grade: string; min: string };

export type IndicatorTemplate = {
  id: string;
  name: string;
  kind: 'project' | 'department';
  version: number;
  region?: string;
  year?: number;
  source?: string;
  /** Highest grade first; a score belongs to the first band whose min it reaches. */
  grades: GradeBand[];
  rounding: RoundingPolicy;
  /** Headings of the levels, top first (default 一级指标, 二级指标 …). */
  levelNames?: string[];
  indicators: IndicatorNode[];
};

/** The usual 评价等次: 优 ≥ 90; 良 80–<90; 中 60–<80; 差 < 60. */
export const STANDARD_GRADES: GradeBand[] = [
  { grade: '优', min: '90' },
  { grade: '良', min: '80' },
  { grade: '中', min: '60' },
  { grade: '差', min: '0' },
];

export type LeafRef = { node: IndicatorNode; path: IndicatorNode[] };

/** Leaves in document order, with the path of ancestors (一级, 二级 …) down to the leaf. */
export function leaves(template: Pick<IndicatorTemplate, 'indicators'>): LeafRef[] {
  const out: LeafRef[] = [];
  const walk = (nodes: IndicatorNode[], path: IndicatorNode[]): void => {
    for (const n of nodes) {
      const p = [...path, n];
      if (n.children && n.children.length > 0) walk(n.children, p);
      else out.push({ node: n, path: p });
    }
  };
  walk(template.indicators, []);
  return out;
}

/** All nodes, depth first, with their depth (1 = 一级). */
export function allNodes(
  template: Pick<IndicatorTemplate, 'indicators'>,
): Array<{ node: IndicatorNode; depth: number }> {
  const out: Array<{ node: IndicatorNode; depth: number }> = [];
  const walk = (nodes: IndicatorNode[], depth: number): void => {
    for (const n of nodes) {
      out.push({ node: n, depth });
      if (n.children) walk(n.children, depth + 1);
    }
  };
  walk(template.indicators, 1);
  return out;
}

export function totalWeight(template: Pick<IndicatorTemplate, 'indicators'>): Dec {
  return sum(template.indicators.map((n) => n.weight));
}

export type TemplateProblem = { path: string; message: string };

/**
 * Structural checks a template must pass before it scores anything: at most MAX_TEMPLATE_DEPTH levels,
 * unique ids, a rule on every leaf, each parent's weight equal to the sum of its children's, and a leaf's
 * direction agreeing with its rule's.
 */
export function checkTemplate(template: IndicatorTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const seen = new Set<string>();
  const walk = (nodes: IndicatorNode[], depth: number, jsonPath: string): void => {
    nodes.forEach((n, i) => {
      const here = `${jsonPath}[${i}]`;
      if (seen.has(n.id)) problems.push({ path: `${here}.id`, message: `指标编号“${n.id}”重复。` });
      seen.add(n.id);
      if (depth > MAX_TEMPLATE_DEPTH)
        problems.push({
          path: here,
          message: `指标“${n.name}”超过${CN_DIGITS[MAX_TEMPLATE_DEPTH - 1]}级（指标体系最多${MAX_TEMPLATE_DEPTH}级）。`,
        });
      if (n.direction && n.rule?.kind === 'direction' && n.rule.direction !== n.direction)
        problems.push({
          path: `${here}.direction`,
          message: `指标“${n.name}”的方向“${DIRECTION_NAMES[n.direction]}”与其计分规则的方向“${DIRECTION_NAMES[n.rule.direction]}”不一致。`,
        });
      if (n.direction && n.children && n.children.length > 0)
        problems.push({
          path: `${here}.direction`,
          message: `指标方向应设在末级指标“${n.name}”的下级指标上。`,
        });
      let w: Dec | null = null;
      try {
        w = dec(n.weight);
        if (w.isNegative())
          problems.push({ path: `${here}.weight`, message: `指标“${n.name}”的分值不能为负数。` });
      } catch {
        problems.push({ path: `${here}.weight`, message: `指标“${n.name}”的分值“${n.weight}”不是数字。` });
      }
      if (n.children && n.children.length > 0) {
        if (n.rule)
          problems.push({
            path: `${here}.rule`,
            message: `指标“${n.name}”有下级指标，计分规则应设在末级指标上。`,
          });
        if (w) {
          const childSum = sum(n.children.map((c) => (/^-?\d+(\.\d+)?$/.test(c.weight) ? c.weight : '0')));
          if (!childSum.eq(w)) {
            problems.push({
              path: `${here}.weight`,
              message: `指标“${n.name}”的分值${n.weight}与下级指标分值合计${childSum.toString()}不一致。`,
            });
          }
        }
        walk(n.children, depth + 1, `${here}.children`);
      } else if (!n.rule) {
        problems.push({ path: `${here}.rule`, message: `末级指标“${n.name}”没有计分规则。` });
      }
    });
  };
  walk(template.indicators, 1, 'indicators');
  const bands = template.grades.map((g) => dec(g.min));
  for (let i = 1; i < bands.length; i++) {
    if (!bands[i]!.lt(bands[i - 1]!))
      problems.push({ path: `grades[${i}].min`, message: '评价等次应按分数线从高到低排列。' });
  }
  return problems;
}
