/**
 * What the API says about a project: its figures as decimal strings, its goal table, and for every
 * indicator what the domain computes from 预期指标值 and 实际完成值 (met or not, completion rate, or the
 * 优/良/中/差 level) — the same functions the browser calls as the user types.
 */
import { asc, eq } from 'drizzle-orm';
import {
  assessGoalRow,
  DIRECTION_NAMES,
  readDirection,
  type GradeStandards,
  type IndicatorDirection,
} from '../../domain/indicators/index.ts';
import { completionPercent, dec, sum } from '../../domain/money/index.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { projectIndicators, projects } from '../../platform/db/schema/index.ts';

export type IndicatorComputed = {
  status: 'met' | 'not-met' | 'undetermined' | 'empty';
  /** The direction the row is judged under: its own, else the default read from the target. */
  direction?: IndicatorDirection;
  /** 正向（≥） / 反向（≤） / 等于（=） / 定性, with "（默认）" when not set by the unit. */
  directionText?: string;
  /** 优/良/中/差 for indicators with standards. */
  level: string | null;
  completionRate: string | null;
  deviation: string | null;
  message: string;
};

export type IndicatorDto = {
  id: string;
  position: number;
  level1: string;
  level2: string;
  level3: string;
  target: string;
  standards: GradeStandards | null;
  actual: string;
  /** Set by the unit, or null (the default applies: see computed.direction). Always sent by the server. */
  direction?: IndicatorDirection | null;
  /** 计量单位, 计分规则 and the 指标库 entry the row was picked from (null = typed freely). */
  unit?: string;
  scoringRule?: string;
  libraryCode?: string | null;
  deviationReason: string;
  improvement: string;
  computed: IndicatorComputed;
};

export type ProjectDto = {
  id: string;
  orgId: string;
  fiscalYear: number;
  name: string;
  budgetFiscal: string;
  budgetOther: string;
  budgetTotal: string;
  executedFiscal: string;
  executedOther: string;
  executedTotal: string;
  /** 执行数 / 预算数 × 100, exact; null when the budget is zero. */
  executionRate: string | null;
  goalExpected: string;
  goalActual: string;
  version: number;
  updatedAt: string;
};

export type ProjectDetailDto = ProjectDto & { indicators: IndicatorDto[] };

/** numeric comes back as "195.0100"-like strings only if the column has a scale; normalise anyway. */
const norm = (x: string): string => dec(x).toString();

export function computeIndicator(row: {
  level2?: string;
  level3?: string;
  target: string;
  actual: string;
  standards: GradeStandards | null;
  direction?: IndicatorDirection | null;
}): IndicatorComputed {
  const a = assessGoalRow({
    level2: row.level2 ?? '',
    name: row.level3 ?? '',
    target: row.target,
    actual: row.actual,
    standards: row.standards,
    direction: row.direction ?? null,
  });
  return {
    status: a.status,
    direction: a.direction,
    directionText: `${DIRECTION_NAMES[a.direction]}${a.directionSet ? '' : '（默认）'}`,
    level: a.level,
    completionRate: a.completionRate?.toString() ?? null,
    deviation: a.deviation?.toString() ?? null,
    message: a.message,
  };
}

export function toProjectDto(row: typeof projects.$inferSelect): ProjectDto {
  const budgetTotal = sum([row.budgetFiscal, row.budgetOther]);
  const executedTotal = sum([row.executedFiscal, row.executedOther]);
  return {
    id: row.id,
    orgId: row.orgId,
    fiscalYear: row.fiscalYear,
    name: row.name,
    budgetFiscal: norm(row.budgetFiscal),
    budgetOther: norm(row.budgetOther),
    budgetTotal: budgetTotal.toString(),
    executedFiscal: norm(row.executedFiscal),
    executedOther: norm(row.executedOther),
    executedTotal: executedTotal.toString(),
    executionRate: completionPercent(executedTotal, budgetTotal)?.toString() ?? null,
    goalExpected: row.goalExpected,
    goalActual: row.goalActual,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toIndicatorDto(row: typeof projectIndicators.$inferSelect): IndicatorDto {
  const standards = (row.standards as GradeStandards | null) ?? null;
  const direction = readDirection(row.direction);
  return {
    id: row.id,
    position: row.position,
    level1: row.level1,
    level2: row.level2,
    level3: row.level3,
    target: row.target,
    standards,
    actual: row.actual,
    direction,
    unit: row.unit,
    scoringRule: row.scoringRule,
    libraryCode: row.libraryCode,
    deviationReason: row.deviationReason,
    improvement: row.improvement,
    computed: computeIndicator({ ...row, standards, direction }),
  };
}

export async function loadProject(db: DbOrTx, id: string): Promise<ProjectDetailDto | null> {
  const [row] = await db.select().from(projects).where(eq(projects.id, id));
  if (!row) return null;
  const rows = await db
    .select()
    .from(projectIndicators)
    .where(eq(projectIndicators.projectId, id))
    .orderBy(asc(projectIndicators.position));
  return { ...toProjectDto(row), indicators: rows.map(toIndicatorDto) };
}

/** The organisation owning a project (for the route's scope), or null. */
export async function projectOwner(db: DbOrTx, id: string): Promise<string | null> {
  const rows = await db.select({ orgId: projects.orgId }).from(projects).where(eq(projects.id, id));
  return rows[0]?.orgId ?? null;
}
