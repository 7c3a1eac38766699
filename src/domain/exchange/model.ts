/**
 * What Jixiao exchanges with the 预算管理一体化 platform, as Jixiao sees it: for one unit (agency) and one
 * fiscal year, its projects with their figures and goal tables, its monitoring reports by cut-off month and
 * its self-evaluation results. Amounts are 万元 decimal strings as everywhere in Jixiao (the file carries 元,
 * as the platform does); optional texts are left out rather than empty, so that two readings of the same
 * data compare equal.
 */
import type { GradeStandards, IndicatorDirection } from '../indicators/index.ts';
import type { DeviationCategory, Likelihood, RedResponseAction } from '../monitoring/index.ts';

export type ExchangeIndicator = {
  level1: string;
  level2: string;
  level3: string;
  target: string;
  standards: GradeStandards | null;
  actual: string;
  direction: IndicatorDirection | null;
  /** 计量单位 and 计分规则; libraryCode = the 指标库 entry the indicator was picked from. */
  unit: string;
  scoringRule: string;
  libraryCode: string | null;
  deviationReason: string;
  improvement: string;
};

export type ExchangeProject = {
  /** 项目代码 in the platform ('' when the project has none yet: it is then matched by name). */
  code: string;
  name: string;
  budgetFiscal: string;
  budgetOther: string;
  executedFiscal: string;
  executedOther: string;
  goalExpected: string;
  goalActual: string;
  indicators: ExchangeIndicator[];
};

export type ExchangeMonitoringIndicator = {
  name: string;
  level1?: string;
  level2?: string;
  target: string;
  actual: string;
  forecast?: string;
  likelihood?: Likelihood;
  deviationCategory?: DeviationCategory;
  deviationReason?: string;
  correctiveAction?: string;
};

export type ExchangeMonitoringSource = {
  source: string;
  initialBudget: string;
  adjustedBudget?: string;
  executed: string;
};

export type ExchangeMonitoringProject = {
  kind: 'project' | 'department';
  code: string;
  name: string;
  sources: ExchangeMonitoringSource[];
  indicators: ExchangeMonitoringIndicator[];
  response: { action: RedResponseAction; reason: string } | null;
};

export type ExchangeMonitoringReport = { month: number; projects: ExchangeMonitoringProject[] };

export type ExchangeSelfResult = {
  kind: 'project' | 'department';
  code: string;
  name: string;
  /** 单位自评得分, a decimal string, or null when not scored yet. */
  score: string | null;
  /** 评价等次 (优/良/中/差), '' when none. */
  grade: string;
  /** 是否终审: the evaluation passed its final approval (frozen). */
  final: boolean;
};

export type ExchangeUnit = {
  mofDivCode: string;
  mofDivName: string;
  agencyCode: string;
  agencyName: string;
  fiscalYear: number;
  projects: ExchangeProject[];
  monitoring: ExchangeMonitoringReport[];
  selfResults: ExchangeSelfResult[];
};

/** How a project is recognised in a file and in the database: its 项目代码, else its name. */
export const projectKey = (p: { code: string; name: string }): string =>
  p.code !== '' ? `code:${p.code}` : `name:${p.name}`;
