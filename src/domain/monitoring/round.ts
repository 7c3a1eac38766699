/**
 * A monitoring round (绩效运行监控) as the domain sees it: the cut-off month, the rules, and per project
 * (or 部门整体) the budget by funding source, the cumulative execution and each indicator's figures. From it
 * the round's lights are computed, and whether it may be submitted (every red light answered).
 */
import { dec, sum } from '../money/index.ts';
import { executionProgress, type ExecutionResult } from './execution.ts';
import { indicatorLight, type IndicatorResult, type Likelihood } from './indicator.ts';
import { worseLight, type Light } from './lights.ts';
import type { MonitoringRules } from './rules.ts';

export const DEVIATION_CATEGORIES = ['经费保障', '制度保障', '人员保障', '硬件条件保障', '其他'] as const;
export type DeviationCategory = (typeof DEVIATION_CATEGORIES)[number];

export const RED_RESPONSES = ['继续执行', '调整', '暂缓', '取消'] as const;
export type RedResponseAction = (typeof RED_RESPONSES)[number];
export type RedResponse = { action: RedResponseAction; reason: string };

export type FundingSource = {
  /** 资金来源: 财政拨款, 上级补助, 事业收入, 其他资金 … */
  source: string;
  initialBudget: string;
  adjustedBudget?: string | undefined;
  executed: string;
};

export type MonitoringIndicatorInput = {
  name: string;
  level1?: string | undefined;
  level2?: string | undefined;
  /** 年度指标值. */
  target: string;
  /** 截至目前完成值. */
  actual: string;
  /** 全年预计完成值. */
  forecast?: string | undefined;
  direction?: 'higher' | 'lower' | undefined;
  prorate?: boolean | undefined;
  likelihood?: Likelihood | undefined;
  deviationCategory?: DeviationCategory | undefined;
  deviationReason?: string | undefined;
  correctiveAction?: string | undefined;
};

export type MonitoringProjectInput = {
  name: string;
  kind?: 'project' | 'department' | undefined;
  /** 年初预算 (total; the sum of sources when sources are given). */
  initialBudget?: string | undefined;
  /** 调整后预算: when given, it is the 预算数 of the progress. */
  adjustedBudget?: string | undefined;
  /** 累计执行数. */
  executed?: string | undefined;
  sources?: FundingSource[] | undefined;
  indicators: MonitoringIndicatorInput[];
  response?: RedResponse | undefined;
};

export type MonitoringRoundInput = {
  year: number;
  /** 截至月份 (cut-off month, 1–12). */
  month: number;
  amountUnit: '元' | '万元';
  rules: MonitoringRules;
  projects: MonitoringProjectInput[];
};

export type ProjectFigures = {
  initialBudget: string;
  adjustedBudget: string | null;
  /** The 预算数 used: 调整后预算 when given, else 年初预算. */
  budget: string;
  budgetBasis: '调整后预算' | '年初预算';
  executed: string;
};

export type ProjectResult = {
  name: string;
  kind: 'project' | 'department';
  figures: ProjectFigures;
  execution: ExecutionResult;
  /** The execution light (null when the budget is zero). */
  light: Light | null;
  indicators: IndicatorResult[];
  /** The most alarming light of execution and indicators. */
  overall: Light | null;
  /** Whether a red light asks the unit for a response (继续执行 / 调整 / 暂缓 / 取消 + reason). */
  needsResponse: boolean;
  response: RedResponse | null;
};

export type RoundResult = {
  year: number;
  month: number;
  amountUnit: '元' | '万元';
  rulesId: string;
  projects: ProjectResult[];
  counts: Record<Light, number> & { none: number };
};

/** Sum as text with as many decimals as the most precise part ("100.00" + "20.5" → "120.50"). */
export function sumText(values: readonly string[]): string {
  const places = Math.max(0, ...values.map((v) => (v.split('.')[1] ?? '').length));
  return sum(values).toFixed(places);
}

/** The budget and execution figures of a project, from its totals or its funding sources. */
export function projectFigures(p: MonitoringProjectInput): ProjectFigures {
  const sources = p.sources ?? [];
  const initialBudget = p.initialBudget ?? sumText(sources.map((s) => s.initialBudget));
  const anyAdjusted = sources.some((s) => s.adjustedBudget !== undefined);
  const adjustedBudget =
    p.adjustedBudget ??
    (anyAdjusted ? sumText(sources.map((s) => s.adjustedBudget ?? s.initialBudget)) : null);
  const executed = p.executed ?? sumText(sources.map((s) => s.executed));
  return {
    initialBudget,
    adjustedBudget,
    budget: adjustedBudget ?? initialBudget,
    budgetBasis: adjustedBudget !== null ? '调整后预算' : '年初预算',
    executed,
  };
}

/** Where the given totals disagree with the sum of the sources (each a field name and a Chinese message). */
export function figureProblems(p: MonitoringProjectInput): Array<{ field: string; message: string }> {
  const sources = p.sources ?? [];
  const problems: Array<{ field: string; message: string }> = [];
  if (sources.length === 0) {
    if (p.initialBudget === undefined && p.adjustedBudget === undefined)
      problems.push({ field: 'initialBudget', message: '未填写年初预算（也未按资金来源填写）' });
    if (p.executed === undefined)
      problems.push({ field: 'executed', message: '未填写累计执行数（也未按资金来源填写）' });
    return problems;
  }
  const check = (field: 'initialBudget' | 'executed', label: string, parts: string[]): void => {
    const given = p[field];
    if (given !== undefined && !dec(given).eq(sum(parts)))
      problems.push({
        field,
        message: `${label}${given}与各资金来源合计${sumText(parts)}不一致`,
      });
  };
  check(
    'initialBudget',
    '年初预算',
    sources.map((s) => s.initialBudget),
  );
  check(
    'executed',
    '累计执行数',
    sources.map((s) => s.executed),
  );
  if (p.adjustedBudget !== undefined && sources.some((s) => s.adjustedBudget !== undefined)) {
    const parts = sources.map((s) => s.adjustedBudget ?? s.initialBudget);
    if (!dec(p.adjustedBudget).eq(sum(parts)))
      problems.push({
        field: 'adjustedBudget',
        message: `调整后预算${p.adjustedBudget}与各资金来源合计${sumText(parts)}不一致`,
      });
  }
  return problems;
}

export function computeProject(
  p: MonitoringProjectInput,
  month: number,
  rules: MonitoringRules,
): ProjectResult {
  const figures = projectFigures(p);
  const execution = executionProgress(figures.executed, figures.budget, month, rules);
  const indicators = p.indicators.map((i) => indicatorLight(i, month, rules));
  const light = execution.ok ? execution.light : null;
  const lights = [light, ...indicators.map((i) => i.light)].filter((l): l is Light => l !== null);
  const overall = lights.length === 0 ? null : lights.reduce(worseLight);
  return {
    name: p.name,
    kind: p.kind ?? 'project',
    figures,
    execution,
    light,
    indicators,
    overall,
    needsResponse: lights.includes('red'),
    response: p.response ?? null,
  };
}

export function computeRound(r: MonitoringRoundInput): RoundResult {
  const projects = r.projects.map((p) => computeProject(p, r.month, r.rules));
  const counts = { red: 0, yellow: 0, green: 0, blue: 0, none: 0 };
  for (const p of projects) counts[p.overall ?? 'none'] += 1;
  return { year: r.year, month: r.month, amountUnit: r.amountUnit, rulesId: r.rules.id, projects, counts };
}

/** Why a project cannot be submitted yet: a red light without a complete response. */
export function responseProblem(p: ProjectResult): string | null {
  if (!p.needsResponse) return null;
  if (p.response === null)
    return `项目“${p.name}”亮红灯，提交前须填写处理意见（继续执行 / 调整 / 暂缓 / 取消）及理由。`;
  if (p.response.reason.trim() === '')
    return `项目“${p.name}”亮红灯，处理意见“${p.response.action}”须说明理由。`;
  return null;
}

/** Every reason the round cannot be submitted (empty: it can). */
export function submissionProblems(r: RoundResult): string[] {
  return r.projects.map(responseProblem).filter((m): m is string => m !== null);
}
