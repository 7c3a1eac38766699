/**
 * The scoring rules an indicator template can name (计分规则), as configuration. The engine in
 * src/domain/scoring implements each kind; a province's indicator system is data, not code.
 * Every figure is a decimal string (never a JSON number), as in every exchange format of Jixiao.
 */

/** 是否评分法: "完全吻合得5分，否则不得分". Input: { met }. */
export type YesNoRule = { kind: 'yes-no' };

/** Additive parts: "目标明确细化得3分，设有必要的可衡量的量化指标得2分". Input: { parts: boolean[] }. */
export type PartsRule = { kind: 'parts'; parts: Array<{ label: string; points: string }> };

/**
 * 比率分值法: score = rate × weight. basis:
 *  - 'rate': the input rate itself ("资金到位比例×分值", "87.3%");
 *  - 'one-minus-rate': (1 − rate) × weight ("(1-质疑投诉率)×分值");
 *  - 'actual-over-target': actual / target ("完成率×分值", 完成率 = 实际完成 / 目标);
 *  - 'target-over-actual': target / actual (lower is better, e.g. cost).
 * The rate is capped at 100% unless cap is false. Inputs: { rate } or { actual, target }.
 */
export type RatioRule = {
  kind: 'ratio';
  basis: 'rate' | 'one-minus-rate' | 'actual-over-target' | 'target-over-actual';
  cap?: boolean;
};

/**
 * 满意值赋分法: ordered bands of a measured value. Bounds are inclusive unless said otherwise;
 * points is a decimal string or 'full' (满分). Input: { value } ("95%", "2件").
 */
export type TierRule = {
  kind: 'tiers';
  tiers: Array<{
    min?: string;
    minInclusive?: boolean;
    max?: string;
    maxInclusive?: boolean;
    points: string;
    label?: string;
  }>;
};

/**
 * Deviation band (001 目标实现): each quantity indicator counts when it reached its target and exceeded
 * it by no more than `band` percent; score = counted / all × weight. Input: { items }.
 */
export type DeviationRule = { kind: 'deviation'; band: string };

/**
 * Checkpoints (001 执行进度): at each month execution should reach `target` percent (or `scheduleShare`
 * percent of 序时进度 month / 12); reaching it earns `points`, else points × actual / target.
 * Input: { progress: { "6": "13.30%", … } }.
 */
export type CheckpointRule = {
  kind: 'checkpoints';
  checkpoints: Array<{ month: number; points: string; target?: string; scheduleShare?: string }>;
};

/**
 * A formula over named inputs, evaluated on decimals by a small safe parser (never eval).
 * `W` is the weight. The result is clamped to [0, W]. Input: { values: { name: "251.12" } }.
 */
export type FormulaRule = { kind: 'formula'; expression: string; variables: string[] };

/**
 * 优/良/中/差 standards (004): the actual value is placed in the standards and earns that level's
 * share of the weight (percent strings, default 优 100, 良 80, 中 60, 差 0). Input: { actual }.
 */
export type GradeStandardRule = {
  kind: 'grade-standard';
  standards: { 优: string; 良: string; 中: string; 差: string };
  levelPercent?: { 优: string; 良: string; 中: string; 差: string };
};

/** Scored by the evaluator; a deduction requires 存在问题 and 有关建议 (002). */
export type ManualRule = { kind: 'manual' };

/**
 * Direction-aware automatic scoring (commercial 自评表 practice), T target, A actual, W weight:
 * higher (正向) A ≥ T → W else A/T × W; lower (反向) A ≤ T → W, T < A < 2T → (1 − (A−T)/T) × W, A ≥ 2T → 0;
 * equal (等于, T = 0) A ≤ 0 → W else 0; qualitative (定性) the evaluator's score must fall in the range of
 * the level: 达成 [0.8W, W], 部分达成 [0.6W, 0.8W), 未达成 [0, 0.6W). Inputs: { target, actual } or { level }.
 */
export type DirectionRule = { kind: 'direction'; direction: 'higher' | 'lower' | 'equal' | 'qualitative' };

/** 预算执行率: min(执行数 / 预算数, 1) × W. Inputs: { executed, budget }. */
export type BudgetExecutionRule = { kind: 'budget-execution' };

export type RuleConfig =
  | YesNoRule
  | PartsRule
  | RatioRule
  | TierRule
  | DeviationRule
  | CheckpointRule
  | FormulaRule
  | GradeStandardRule
  | ManualRule
  | DirectionRule
  | BudgetExecutionRule;

export type RuleKind = RuleConfig['kind'];

export const RULE_KIND_NAMES: Record<RuleKind, string> = {
  'yes-no': '是否评分法',
  parts: '分项加总',
  ratio: '比率分值法',
  tiers: '满意值赋分法（分档）',
  deviation: '偏离度计分',
  checkpoints: '序时进度节点计分',
  formula: '公式计分',
  'grade-standard': '优良中差标准',
  manual: '人工评分',
  direction: '按指标方向自动计分',
  'budget-execution': '预算执行率',
};

/**
 * How figures are rounded. 'exact' keeps every intermediate exact and rounds only for display
 * (half-up at `places`). 'round-ratios-first' rounds each ratio to `ratioPlaces` before multiplying by
 * points, as some published tables do (seed 001's 执行进度 prints 5.51 where the exact rule gives 5.48).
 * 'round-scores-first' rounds each indicator's score to `places` and adds the rounded scores, so the
 * printed scores always add up to the printed total.
 */
export type RoundingPolicy =
  | { mode: 'exact'; places: number }
  | { mode: 'round-ratios-first'; ratioPlaces: number; places: number }
  /** Each indicator's score is rounded to `places` first, then the scores are added (many printed tables). */
  | { mode: 'round-scores-first'; places: number };

export const DEFAULT_ROUNDING: RoundingPolicy = { mode: 'exact', places: 2 };

/** The policy as the documents name it (printed under every 评分表). */
export function describeRounding(p: RoundingPolicy): string {
  switch (p.mode) {
    case 'exact':
      return `精确计算，合计用未舍入数值，显示时四舍五入保留${p.places}位小数`;
    case 'round-ratios-first':
      return `各比率先四舍五入保留${p.ratioPlaces}位小数再乘以分值，显示时四舍五入保留${p.places}位小数`;
    case 'round-scores-first':
      return `各指标得分先四舍五入保留${p.places}位小数，再相加得出合计`;
  }
}
