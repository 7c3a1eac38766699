/**
 * A monitoring report as the API shows it: the stored figures and, computed on every read from the
 * round's rules, each project's execution progress and light, each indicator's light, and why the report
 * cannot be submitted yet. Lights are never stored, so a changed figure can never leave a stale light.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { fixed } from '../../domain/money/index.ts';
import {
  computeProject,
  figureProblems,
  monitoringRulesSchema,
  responseProblem,
  type Light,
  type MonitoringRules,
} from '../../domain/monitoring/index.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { monitoringReports, monitoringRounds, organisations } from '../../platform/db/schema/index.ts';
import { REPORT_STATUS_LABELS, type ReportStatus } from './monitoring-texts.ts';
import type { ReportProject } from './monitoring.schema.ts';

type RoundRow = typeof monitoringRounds.$inferSelect;
type ReportRow = typeof monitoringReports.$inferSelect;

export type RoundDto = {
  id: string;
  orgId: string;
  orgName: string;
  fiscalYear: number;
  month: number;
  dueDate: string;
  title: string;
  rules: { id: string; name: string };
  version: number;
};

export type ComputedProject = ReportProject & {
  budget: string;
  executed: string;
  budgetBasis: string;
  initialBudget: string;
  adjustedBudget: string | null;
  progress: string | null;
  rate: string | null;
  light: Light | null;
  message: string;
  overall: Light | null;
  needsResponse: boolean;
  problem: string | null;
  indicatorResults: Array<{ name: string; light: Light | null; ratio: string | null; message: string }>;
};

export type ReportDto = {
  id: string;
  roundId: string;
  orgId: string;
  orgName: string;
  status: ReportStatus;
  statusLabel: string;
  returnReason: string | null;
  submittedAt: string | null;
  version: number;
  projects: ComputedProject[];
  counts: Record<Light | 'none', number>;
  submissionProblems: string[];
  round: RoundDto;
};

export function roundRules(round: RoundRow): MonitoringRules {
  return monitoringRulesSchema.parse(round.rules);
}

export function toRoundDto(round: RoundRow, orgName: string): RoundDto {
  const rules = roundRules(round);
  return {
    id: round.id,
    orgId: round.orgId,
    orgName,
    fiscalYear: round.fiscalYear,
    month: round.month,
    dueDate: round.dueDate,
    title: round.title,
    rules: { id: rules.id, name: rules.name },
    version: round.version,
  };
}

/** The domain's view of a stored project: totals come from the funding sources. */
export function domainProject(p: ReportProject) {
  return {
    name: p.name,
    kind: p.kind,
    sources: p.sources,
    indicators: p.indicators,
    response: p.response ?? undefined,
  };
}

export function computeReport(projects: readonly ReportProject[], month: number, rules: MonitoringRules) {
  const counts = { red: 0, yellow: 0, green: 0, blue: 0, none: 0 };
  const problems: string[] = [];
  const computed: ComputedProject[] = projects.map((p) => {
    const r = computeProject(domainProject(p), month, rules);
    counts[r.overall ?? 'none'] += 1;
    const figure = figureProblems(domainProject(p))[0]?.message ?? null;
    const response = responseProblem(r);
    if (response) problems.push(response);
    const e = r.execution;
    return {
      ...p,
      budget: r.figures.budget,
      executed: r.figures.executed,
      budgetBasis: r.figures.budgetBasis,
      initialBudget: r.figures.initialBudget,
      adjustedBudget: r.figures.adjustedBudget,
      progress: e.ok ? fixed(e.progress, 2) : null,
      rate: e.ok ? fixed(e.rate, 2) : null,
      light: r.light,
      message: e.message,
      overall: r.overall,
      needsResponse: r.needsResponse,
      problem: figure ?? response,
      indicatorResults: r.indicators.map((i) => ({
        name: i.name,
        light: i.light,
        ratio: i.ratio ? fixed(i.ratio, 2) : null,
        message: i.message,
      })),
    };
  });
  return { projects: computed, counts, submissionProblems: problems };
}

export async function loadRound(
  db: DbOrTx,
  id: string,
): Promise<{ round: RoundRow; orgName: string } | null> {
  const [row] = await db
    .select({ round: monitoringRounds, orgName: organisations.name })
    .from(monitoringRounds)
    .innerJoin(organisations, eq(organisations.id, monitoringRounds.orgId))
    .where(eq(monitoringRounds.id, id));
  return row ?? null;
}

export function toReportDto(
  report: ReportRow,
  orgName: string,
  round: RoundRow,
  roundOrgName: string,
): ReportDto {
  const rules = roundRules(round);
  const computed = computeReport(report.projects as ReportProject[], round.month, rules);
  return {
    id: report.id,
    roundId: report.roundId,
    orgId: report.orgId,
    orgName,
    status: report.status,
    statusLabel: REPORT_STATUS_LABELS[report.status],
    returnReason: report.returnReason,
    submittedAt: report.submittedAt?.toISOString() ?? null,
    version: report.version,
    ...computed,
    round: toRoundDto(round, roundOrgName),
  };
}

export async function loadReport(db: DbOrTx, id: string): Promise<ReportDto | null> {
  const [row] = await db
    .select({ report: monitoringReports, orgName: organisations.name })
    .from(monitoringReports)
    .innerJoin(organisations, eq(organisations.id, monitoringReports.orgId))
    .where(eq(monitoringReports.id, id));
  if (!row) return null;
  const round = await loadRound(db, row.report.roundId);
  if (!round) return null;
  return toReportDto(row.report, row.orgName, round.round, round.orgName);
}

/** Every report of a round (optionally only some organisations), ordered by organisation code. */
export async function reportsOfRound(
  db: DbOrTx,
  round: RoundRow,
  roundOrgName: string,
  orgIds?: readonly string[],
): Promise<ReportDto[]> {
  const where =
    orgIds === undefined
      ? eq(monitoringReports.roundId, round.id)
      : and(eq(monitoringReports.roundId, round.id), inArray(monitoringReports.orgId, [...orgIds]));
  if (orgIds !== undefined && orgIds.length === 0) return [];
  const rows = await db
    .select({ report: monitoringReports, orgName: organisations.name })
    .from(monitoringReports)
    .innerJoin(organisations, eq(organisations.id, monitoringReports.orgId))
    .where(where)
    .orderBy(asc(organisations.code));
  return rows.map((r) => toReportDto(r.report, r.orgName, round, roundOrgName));
}

export async function reportOwner(db: DbOrTx, id: string): Promise<string | null> {
  const [row] = await db
    .select({ orgId: monitoringReports.orgId })
    .from(monitoringReports)
    .where(eq(monitoringReports.id, id));
  return row?.orgId ?? null;
}

export async function roundOwner(db: DbOrTx, id: string): Promise<string | null> {
  const [row] = await db
    .select({ orgId: monitoringRounds.orgId })
    .from(monitoringRounds)
    .where(eq(monitoringRounds.id, id));
  return row?.orgId ?? null;
}
