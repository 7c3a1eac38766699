/**
 * One unit's data of one year as the exchange sees it (src/domain/exchange ExchangeUnit): its projects with
 * their 项目代码 and goal tables, its monitoring reports (one per cut-off month: the first round's, when
 * two supervisors opened rounds for the same month), and its self-evaluation results — those scored in
 * Jixiao (panel average and grade; 是否终审 = the evaluation is frozen) and, for the projects not scored here,
 * the results imported from the platform.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { dec, roundHalfUp } from '../../domain/money/index.ts';
import {
  projectKey,
  type ExchangeIndicator,
  type ExchangeMonitoringProject,
  type ExchangeMonitoringReport,
  type ExchangeProject,
  type ExchangeSelfResult,
  type ExchangeUnit,
} from '../../domain/exchange/index.ts';
import { readDirection, type GradeStandards } from '../../domain/indicators/index.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import {
  evaluations,
  exchangeProjectCodes,
  exchangeSelfResults,
  monitoringReports,
  monitoringRounds,
  organisations,
  projectIndicators,
  projects,
  scoreSheets,
  workflowDocuments,
} from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import { panelOf } from '../evaluations/evaluation-model.ts';
import type { ReportProject } from '../monitoring/monitoring.schema.ts';
import { exchangeTexts as T } from './texts.ts';

const plain = (x: string): string => dec(x).toFixed();

/** 财政区划: the nearest finance organisation (财政部门) at or above the organisation. */
export async function regionOf(db: DbOrTx, orgId: string): Promise<{ code: string; name: string }> {
  const result = await db.execute<{ code: string; name: string }>(sql`
    with recursive up as (
      select id, parent_id, code, name, kind, 0 as depth from organisations where id = ${orgId}
      union all
      select o.id, o.parent_id, o.code, o.name, o.kind, up.depth + 1
      from organisations o join up on o.id = up.parent_id
    )
    select code, name from up where kind = 'finance' order by depth limit 1`);
  return result.rows[0] ?? { code: '', name: '' };
}

export const toExchangeIndicator = (r: typeof projectIndicators.$inferSelect): ExchangeIndicator => ({
  level1: r.level1,
  level2: r.level2,
  level3: r.level3,
  target: r.target,
  standards: (r.standards as GradeStandards | null) ?? null,
  actual: r.actual,
  direction: readDirection(r.direction),
  unit: r.unit,
  scoringRule: r.scoringRule,
  libraryCode: r.libraryCode ?? null,
  deviationReason: r.deviationReason,
  improvement: r.improvement,
});

/** A stored monitoring row without its empty optional texts (so that two readings compare equal). */
export function toExchangeMonitoring(p: ReportProject, code: string): ExchangeMonitoringProject {
  const opt = <T extends string>(v: T | undefined | null): T | undefined => (v ? v : undefined);
  return {
    kind: p.kind,
    code,
    name: p.name,
    sources: p.sources.map((s) => ({
      source: s.source,
      initialBudget: plain(s.initialBudget),
      ...(s.adjustedBudget ? { adjustedBudget: plain(s.adjustedBudget) } : {}),
      executed: plain(s.executed),
    })),
    indicators: p.indicators.map((i) => {
      const out: ExchangeMonitoringProject['indicators'][number] = {
        name: i.name,
        target: i.target,
        actual: i.actual ?? '',
      };
      const extra = {
        level1: opt(i.level1),
        level2: opt(i.level2),
        forecast: opt(i.forecast),
        likelihood: opt(i.likelihood),
        deviationCategory: opt(i.deviationCategory),
        deviationReason: opt(i.deviationReason),
        correctiveAction: opt(i.correctiveAction),
      };
      for (const [k, v] of Object.entries(extra)) if (v !== undefined) Object.assign(out, { [k]: v });
      return out;
    }),
    response: p.response ? { action: p.response.action, reason: p.response.reason } : null,
  };
}

/** What an import needs besides the unit's data: the rows behind it, with their versions. */
export type UnitState = {
  unit: ExchangeUnit;
  projects: Array<{ id: string; version: number; code: string; name: string; goalsStatus: string | null }>;
  /** The report of each month an import may fill (the first round's), with its status. */
  reports: Array<{ id: string; month: number; version: number; status: string }>;
  /** `${kind}:${projectKey}` of the results scored in Jixiao (an imported result does not replace them). */
  scored: Set<string>;
  stored: Array<typeof exchangeSelfResults.$inferSelect>;
};

export async function loadUnit(db: DbOrTx, orgId: string, fiscalYear: number): Promise<ExchangeUnit> {
  return (await loadUnitState(db, orgId, fiscalYear)).unit;
}

export async function loadUnitState(db: DbOrTx, orgId: string, fiscalYear: number): Promise<UnitState> {
  const [org] = await db.select().from(organisations).where(eq(organisations.id, orgId));
  if (!org) throw new AppError('NOT_FOUND', T.orgNotFound);
  const region = await regionOf(db, orgId);

  const projectRows = await db
    .select({ p: projects, code: exchangeProjectCodes.proCode, goalsStatus: workflowDocuments.status })
    .from(projects)
    .leftJoin(exchangeProjectCodes, eq(exchangeProjectCodes.projectId, projects.id))
    .leftJoin(
      workflowDocuments,
      and(eq(workflowDocuments.id, projects.id), eq(workflowDocuments.kind, 'project_goals')),
    )
    .where(and(eq(projects.orgId, orgId), eq(projects.fiscalYear, fiscalYear)))
    .orderBy(asc(projects.name), asc(projects.createdAt));
  const ids = projectRows.map((r) => r.p.id);
  const indicatorRows =
    ids.length === 0
      ? []
      : await db
          .select()
          .from(projectIndicators)
          .where(inArray(projectIndicators.projectId, ids))
          .orderBy(asc(projectIndicators.position));
  const codeOf = new Map(projectRows.map((r) => [r.p.id, r.code ?? '']));
  const exchangeProjects: ExchangeProject[] = projectRows.map(({ p, code }) => ({
    code: code ?? '',
    name: p.name,
    budgetFiscal: plain(p.budgetFiscal),
    budgetOther: plain(p.budgetOther),
    executedFiscal: plain(p.executedFiscal),
    executedOther: plain(p.executedOther),
    goalExpected: p.goalExpected,
    goalActual: p.goalActual,
    indicators: indicatorRows.filter((i) => i.projectId === p.id).map(toExchangeIndicator),
  }));

  const reports = await db
    .select({ r: monitoringReports, month: monitoringRounds.month })
    .from(monitoringReports)
    .innerJoin(monitoringRounds, eq(monitoringRounds.id, monitoringReports.roundId))
    .where(and(eq(monitoringReports.orgId, orgId), eq(monitoringRounds.fiscalYear, fiscalYear)))
    .orderBy(asc(monitoringRounds.month), asc(monitoringRounds.createdAt));
  const monitoring: ExchangeMonitoringReport[] = [];
  const reportRows: UnitState['reports'] = [];
  for (const { r, month } of reports) {
    if (monitoring.some((m) => m.month === month)) continue;
    reportRows.push({ id: r.id, month, version: r.version, status: r.status });
    const rows = r.projects as ReportProject[];
    monitoring.push({
      month,
      projects: rows.map((p) => toExchangeMonitoring(p, p.projectId ? (codeOf.get(p.projectId) ?? '') : '')),
    });
  }

  const evals = await db
    .select({ ev: evaluations, projectName: projects.name, status: workflowDocuments.status })
    .from(evaluations)
    .leftJoin(projects, eq(projects.id, evaluations.projectId))
    .leftJoin(workflowDocuments, eq(workflowDocuments.id, evaluations.id))
    .where(and(eq(evaluations.orgId, orgId), eq(evaluations.fiscalYear, fiscalYear)))
    .orderBy(asc(evaluations.title));
  const sheets =
    evals.length === 0
      ? []
      : await db
          .select()
          .from(scoreSheets)
          .where(
            and(
              inArray(
                scoreSheets.evaluationId,
                evals.map((e) => e.ev.id),
              ),
              eq(scoreSheets.submitted, true),
            ),
          );
  const selfResults: ExchangeSelfResult[] = evals.map(({ ev, projectName, status }) => {
    const panel = panelOf(
      ev,
      sheets.filter((s) => s.evaluationId === ev.id),
    );
    return {
      kind: ev.projectId ? 'project' : 'department',
      code: ev.projectId ? (codeOf.get(ev.projectId) ?? '') : '',
      name: ev.projectId ? (projectName ?? ev.title) : ev.title,
      // The score as the 评分表 prints it: at the template's precision, rounded half-up.
      score: panel ? roundHalfUp(panel.base, panel.places).toFixed() : null,
      grade: panel?.grade ?? '',
      final: status === 'frozen',
    };
  });
  const scored = new Set(selfResults.map((s) => `${s.kind}:${projectKey(s)}`));
  const imported = await db
    .select()
    .from(exchangeSelfResults)
    .where(and(eq(exchangeSelfResults.orgId, orgId), eq(exchangeSelfResults.fiscalYear, fiscalYear)))
    .orderBy(asc(exchangeSelfResults.proName));
  for (const r of imported) {
    const s: ExchangeSelfResult = {
      kind: r.kind,
      code: r.proCode,
      name: r.proName,
      score: r.score === null ? null : plain(r.score),
      grade: r.grade,
      final: r.isLastInst,
    };
    if (!scored.has(`${s.kind}:${projectKey(s)}`)) selfResults.push(s);
  }

  selfResults.sort((a, b) =>
    a.kind !== b.kind ? (a.kind === 'project' ? -1 : 1) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  const unit: ExchangeUnit = {
    mofDivCode: region.code,
    mofDivName: region.name,
    agencyCode: org.code,
    agencyName: org.name,
    fiscalYear,
    projects: exchangeProjects,
    monitoring,
    selfResults,
  };
  return {
    unit,
    projects: projectRows.map(({ p, code, goalsStatus }) => ({
      id: p.id,
      version: p.version,
      code: code ?? '',
      name: p.name,
      goalsStatus: goalsStatus ?? null,
    })),
    reports: reportRows,
    scored,
    stored: imported,
  };
}
