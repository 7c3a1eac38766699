/**
 * 报告 · 总览: for a supervising organisation (主管部门 or 财政部门) and a year, every organisation of its
 * subtree within the actor's reach — where each stands in each stage (绩效目标 filed and approved, 运行监控
 * rounds reported, 自评 submitted / approved / frozen, 决算 saved / checked / submitted), its scores and
 * grades, budget execution, red lights, open and overdue rectifications and the check errors stored or
 * computed for its documents — summed per 主管部门 and listed per project for the drill-down.
 *
 * A read model only: every figure is read from the features' own tables and computed with the domain's
 * functions (panel scores by the scoring engine, lights by the monitoring rules, 逾期 by the rectification
 * rule), never stored. Amounts and scores are exact decimals sent as strings; rates are rounded half-up
 * to 2 places, averages of scores to 2 places.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import { subtreeIds } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { unexplainedShortfalls } from '../../domain/indicators/index.ts';
import { chinaDate, rectificationStatus, type Light } from '../../domain/monitoring/index.ts';
import { completionPercent, dec, fixed, sum } from '../../domain/money/index.ts';
import { STATUS_LABELS, type WorkflowStatus } from '../../domain/workflow/index.ts';
import {
  evaluations,
  finalAccounts,
  monitoringReports,
  monitoringRounds,
  organisations,
  projectIndicators,
  projects,
  rectifications,
  workflowDocuments,
  workflowVersions,
} from '../../platform/db/schema/index.ts';
import { listEvaluations, type EvaluationListItem } from '../evaluations/list-evaluations.ts';
import { goalRowOf } from '../goals/goals-adapter.ts';
import { computeReport, roundRules } from '../monitoring/report-dto.ts';
import type { ReportProject } from '../monitoring/monitoring.schema.ts';

export const STAGES = ['goals', 'monitoring', 'evaluation', 'accounts'] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_LABELS: Record<Stage, string> = {
  goals: '绩效目标',
  monitoring: '运行监控',
  evaluation: '绩效自评',
  accounts: '决算',
};
/** The grades the indicator systems use, best first; 未评分 for an evaluation without a panel result. */
export const GRADES = ['优', '良', '中', '差'] as const;
export const UNGRADED = '未评分';

export type OverviewFilters = {
  /** Only the organisations under this 主管部门 (its own and its units). */
  departmentId?: string;
  /** 主管部门本级 or 单位. */
  kind?: 'department' | 'unit';
  /** Only organisations with an evaluation of this grade (or 未评分) in the year. */
  grade?: string;
  /** Only organisations whose stage is not finished yet. */
  stage?: Stage;
};

export type ScoredEvaluation = {
  id: string;
  kind: 'project' | 'department';
  projectId: string | null;
  title: string;
  /** The panel's score (2 places, half-up) and grade; null before a sheet is submitted or while incomplete. */
  score: string | null;
  grade: string | null;
  /** 草稿 / 审核中 / 已退回 / 已定稿 of its review. */
  statusLabel: string;
};

export type UnitOverview = {
  orgId: string;
  code: string;
  name: string;
  kind: 'department' | 'unit';
  kindLabel: string;
  departmentId: string;
  departmentName: string;
  goals: { projects: number; filed: number; inReview: number; approved: number };
  monitoring: { rounds: number; submitted: number; red: number; yellow: number; latestLabel: string | null };
  evaluation: { total: number; submitted: number; approved: number; frozen: number };
  scores: {
    /** 部门整体支出 self-evaluation. */
    departmentScore: string | null;
    departmentGrade: string | null;
    /** Mean of the scored project evaluations, 2 places half-up. */
    projectAverage: string | null;
    grades: Record<string, number>;
  };
  execution: { budget: string; executed: string; rate: string | null };
  rectifications: { open: number; overdue: number };
  accounts: {
    saved: boolean;
    checked: boolean;
    submitted: boolean;
    frozen: boolean;
    statusLabel: string;
  };
  /** Check errors: 决算 balance-rule violations (stored on save) without a written reason; 未达成 goal rows without 偏差原因. */
  checks: { accountsViolations: number; accountsUnexplained: number; goalShortfalls: number; total: number };
  /** The stages not finished yet. */
  pending: Stage[];
  evaluations: ScoredEvaluation[];
};

export type DepartmentOverview = {
  departmentId: string;
  departmentName: string;
  units: number;
  projects: number;
  goalsFiled: number;
  goalsApproved: number;
  monitoringRounds: number;
  monitoringSubmitted: number;
  red: number;
  evaluations: number;
  evaluationsSubmitted: number;
  evaluationsApproved: number;
  evaluationsFrozen: number;
  averageScore: string | null;
  grades: Record<string, number>;
  budget: string;
  executed: string;
  rate: string | null;
  rectificationsOpen: number;
  rectificationsOverdue: number;
  accountsSaved: number;
  accountsChecked: number;
  accountsSubmitted: number;
  checkErrors: number;
};

export type ProjectOverview = {
  id: string;
  orgId: string;
  orgName: string;
  departmentId: string;
  name: string;
  budget: string;
  executed: string;
  rate: string | null;
  indicators: number;
  goalsStatusLabel: string;
  goalShortfalls: number;
  light: Light | null;
  lightLabel: string;
  evaluationId: string | null;
  score: string | null;
  grade: string | null;
  evaluationStatusLabel: string;
};

export type Overview = {
  orgId: string;
  orgName: string;
  year: number | null;
  years: number[];
  filters: OverviewFilters;
  /** Every 主管部门 of the unfiltered list (for the department filter). */
  departmentOptions: Array<{ id: string; name: string }>;
  departments: DepartmentOverview[];
  units: UnitOverview[];
  projects: ProjectOverview[];
  distribution: Array<{ grade: string; project: number; department: number }>;
};

const LIGHT_LABELS: Record<Light, string> = { red: '红灯', yellow: '黄灯', green: '绿灯', blue: '蓝灯' };
const KIND_LABELS = { department: '主管部门本级', unit: '单位' } as const;

type OrgRow = { id: string; parentId: string | null; code: string; name: string; kind: string };

/** The 主管部门 an organisation belongs to: the nearest department at or above it, else itself. */
function departmentOf(org: OrgRow, byId: Map<string, OrgRow>): OrgRow {
  for (let o: OrgRow | undefined = org; o; o = o.parentId ? byId.get(o.parentId) : undefined)
    if (o.kind === 'department') return o;
  return org;
}

const mean = (values: string[]): string | null =>
  values.length === 0 ? null : fixed(sum(values).div(values.length), 2);
const rate = (executed: string, budget: string): string | null => {
  const r = completionPercent(executed, budget);
  return r === null ? null : fixed(r, 2);
};

/** The years that have any data for these organisations, newest first. */
async function yearsWithData(deps: TxDeps, orgIds: string[]): Promise<number[]> {
  if (orgIds.length === 0) return [];
  // One query after the other: inside a transaction they share one connection.
  const queries = [
    deps.db.selectDistinct({ y: projects.fiscalYear }).from(projects).where(inArray(projects.orgId, orgIds)),
    deps.db
      .selectDistinct({ y: evaluations.fiscalYear })
      .from(evaluations)
      .where(inArray(evaluations.orgId, orgIds)),
    deps.db
      .selectDistinct({ y: finalAccounts.fiscalYear })
      .from(finalAccounts)
      .where(inArray(finalAccounts.orgId, orgIds)),
    deps.db
      .selectDistinct({ y: monitoringRounds.fiscalYear })
      .from(monitoringRounds)
      .innerJoin(monitoringReports, eq(monitoringReports.roundId, monitoringRounds.id))
      .where(inArray(monitoringReports.orgId, orgIds)),
    deps.db
      .selectDistinct({ y: rectifications.fiscalYear })
      .from(rectifications)
      .where(inArray(rectifications.orgId, orgIds)),
  ];
  const sets = [];
  for (const query of queries) sets.push(await query);
  return [...new Set(sets.flat().map((r) => r.y))].sort((a, b) => b - a);
}

function evaluationStatus(status: WorkflowStatus | undefined): string {
  return STATUS_LABELS[status ?? 'draft'];
}

export async function loadOverview(
  deps: TxDeps,
  actor: Actor,
  input: { orgId: string; year?: number; filters?: OverviewFilters },
): Promise<Overview> {
  const filters = input.filters ?? {};
  const [root] = await deps.db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, input.orgId));
  const inReach = (await subtreeIds(deps.db, input.orgId)).filter((id) => actor.reach.has(id));
  const orgRows: OrgRow[] =
    inReach.length === 0
      ? []
      : await deps.db
          .select({
            id: organisations.id,
            parentId: organisations.parentId,
            code: organisations.code,
            name: organisations.name,
            kind: organisations.kind,
          })
          .from(organisations)
          .where(inArray(organisations.id, inReach));
  const byId = new Map(orgRows.map((o) => [o.id, o]));
  const members = orgRows
    .filter((o) => o.kind !== 'finance')
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const ids = members.map((o) => o.id);
  const years = await yearsWithData(deps, ids);
  const year = input.year ?? years[0] ?? null;
  const empty: Overview = {
    orgId: input.orgId,
    orgName: root?.name ?? '',
    year,
    years,
    filters,
    departmentOptions: [],
    departments: [],
    units: [],
    projects: [],
    distribution: [],
  };
  if (ids.length === 0 || year === null) return empty;

  // ── the rows of the year ──
  const projectRows = await deps.db
    .select()
    .from(projects)
    .where(and(inArray(projects.orgId, ids), eq(projects.fiscalYear, year)));
  const projectIds = projectRows.map((p) => p.id);
  const indicatorRows =
    projectIds.length === 0
      ? []
      : await deps.db
          .select()
          .from(projectIndicators)
          .where(inArray(projectIndicators.projectId, projectIds));
  const evals: EvaluationListItem[] = (await listEvaluations(deps, actor, { orgId: input.orgId })).filter(
    (e) => e.fiscalYear === year && byId.has(e.orgId),
  );
  const accountsRows = await deps.db
    .select()
    .from(finalAccounts)
    .where(and(inArray(finalAccounts.orgId, ids), eq(finalAccounts.fiscalYear, year)));
  const docIds = [...projectIds, ...evals.map((e) => e.id), ...accountsRows.map((a) => a.id)];
  const docs =
    docIds.length === 0
      ? []
      : await deps.db
          .select({ id: workflowDocuments.id, status: workflowDocuments.status })
          .from(workflowDocuments)
          .where(inArray(workflowDocuments.id, docIds));
  const docStatus = new Map(docs.map((d) => [d.id, d.status as WorkflowStatus]));
  const approvedOnce = new Set(
    docIds.length === 0
      ? []
      : (
          await deps.db
            .selectDistinct({ id: workflowVersions.documentId })
            .from(workflowVersions)
            .where(inArray(workflowVersions.documentId, docIds))
        ).map((r) => r.id),
  );
  const reportRows = await deps.db
    .select({ report: monitoringReports, round: monitoringRounds })
    .from(monitoringReports)
    .innerJoin(monitoringRounds, eq(monitoringRounds.id, monitoringReports.roundId))
    .where(and(inArray(monitoringReports.orgId, ids), eq(monitoringRounds.fiscalYear, year)));
  const rectRows = await deps.db
    .select()
    .from(rectifications)
    .where(and(inArray(rectifications.orgId, ids), eq(rectifications.fiscalYear, year)));
  const today = chinaDate(deps.clock());

  // Each organisation's latest round of the year (by month, then opening time): its lights.
  const latestReport = new Map<string, (typeof reportRows)[number]>();
  for (const r of reportRows) {
    const cur = latestReport.get(r.report.orgId);
    if (
      !cur ||
      r.round.month > cur.round.month ||
      (r.round.month === cur.round.month && r.round.createdAt > cur.round.createdAt)
    )
      latestReport.set(r.report.orgId, r);
  }
  const projectLight = new Map<string, Light | null>();
  const latestCounts = new Map<string, { red: number; yellow: number; label: string }>();
  for (const [orgId, r] of latestReport) {
    const stored = r.report.projects as Array<ReportProject & { projectId?: string }>;
    const computed = computeReport(stored, r.round.month, roundRules(r.round));
    computed.projects.forEach((p, i) => {
      const pid = stored[i]?.projectId;
      if (pid) projectLight.set(pid, p.overall);
    });
    latestCounts.set(orgId, {
      red: computed.counts.red,
      yellow: computed.counts.yellow,
      label: `${r.round.month}月：${REPORT_LABELS[r.report.status]}`,
    });
  }

  const indicatorsOf = new Map<string, (typeof indicatorRows)[number][]>();
  for (const row of indicatorRows)
    indicatorsOf.set(row.projectId, [...(indicatorsOf.get(row.projectId) ?? []), row]);
  const evalByProject = new Map(evals.filter((e) => e.projectId).map((e) => [e.projectId!, e]));
  const scoreOf = (e: EvaluationListItem) => (e.base === null || !e.grade ? null : fixed(e.base, 2));

  // ── per project ──
  const allProjects: ProjectOverview[] = projectRows
    .map((p) => {
      const org = byId.get(p.orgId)!;
      const rows = indicatorsOf.get(p.id) ?? [];
      const budget = sum([p.budgetFiscal, p.budgetOther]).toString();
      const executed = sum([p.executedFiscal, p.executedOther]).toString();
      const ev = evalByProject.get(p.id) ?? null;
      const light = projectLight.get(p.id) ?? null;
      return {
        id: p.id,
        orgId: p.orgId,
        orgName: org.name,
        departmentId: departmentOf(org, byId).id,
        name: p.name,
        budget,
        executed,
        rate: rate(executed, budget),
        indicators: rows.length,
        goalsStatusLabel: rows.length === 0 ? '未填报' : STATUS_LABELS[docStatus.get(p.id) ?? 'draft'],
        goalShortfalls: unexplainedShortfalls(rows.map(goalRowOf)).length,
        light,
        lightLabel: light ? LIGHT_LABELS[light] : '—',
        evaluationId: ev?.id ?? null,
        score: ev ? scoreOf(ev) : null,
        grade: ev && scoreOf(ev) !== null ? ev.grade : null,
        evaluationStatusLabel: ev ? evaluationStatus(docStatus.get(ev.id)) : '未开展',
      };
    })
    .sort((a, b) => a.orgName.localeCompare(b.orgName, 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN'));

  // ── per organisation ──
  const allUnits: UnitOverview[] = members.map((org) => {
    const dept = departmentOf(org, byId);
    const mine = allProjects.filter((p) => p.orgId === org.id);
    const myEvals = evals.filter((e) => e.orgId === org.id);
    const myReports = reportRows.filter((r) => r.report.orgId === org.id);
    const myRects = rectRows.filter((r) => r.orgId === org.id);
    const acc = accountsRows.find((a) => a.orgId === org.id) ?? null;
    const violations = (acc?.violations ?? []) as Array<{ key: string }>;
    const explained = (acc?.explanations ?? {}) as Record<string, string>;
    const unexplained = violations.filter((v) => !explained[v.key]?.trim()).length;
    const accStatus = acc ? docStatus.get(acc.id) : undefined;
    const budget = sum(mine.map((p) => p.budget)).toString();
    const executed = sum(mine.map((p) => p.executed)).toString();
    const scored = myEvals.map((e) => ({ e, score: scoreOf(e) }));
    const grades: Record<string, number> = {};
    for (const { e, score } of scored) {
      const g = score === null ? UNGRADED : (e.grade ?? UNGRADED);
      grades[g] = (grades[g] ?? 0) + 1;
    }
    const deptEval = scored.find((x) => x.e.kind === 'department') ?? null;
    const goalShortfalls = mine.reduce((n, p) => n + p.goalShortfalls, 0);
    const rectStatus = myRects.map((r) =>
      rectificationStatus(
        {
          status: r.status,
          deadline: r.deadline,
          completedDate: r.completedAt ? chinaDate(r.completedAt) : null,
        },
        today,
      ),
    );
    const goals = {
      projects: mine.length,
      filed: mine.filter((p) => p.indicators > 0).length,
      inReview: mine.filter((p) => docStatus.get(p.id) === 'in_review').length,
      approved: mine.filter((p) => docStatus.get(p.id) === 'frozen').length,
    };
    const monitoring = {
      rounds: myReports.length,
      submitted: myReports.filter((r) => r.report.status === 'submitted').length,
      red: latestCounts.get(org.id)?.red ?? 0,
      yellow: latestCounts.get(org.id)?.yellow ?? 0,
      latestLabel: latestCounts.get(org.id)?.label ?? null,
    };
    const evaluation = {
      total: myEvals.length,
      submitted: myEvals.filter((e) => ['in_review', 'frozen'].includes(docStatus.get(e.id) ?? 'draft'))
        .length,
      approved: myEvals.filter((e) => approvedOnce.has(e.id)).length,
      frozen: myEvals.filter((e) => docStatus.get(e.id) === 'frozen').length,
    };
    const accounts = {
      saved: acc !== null,
      checked: acc !== null && unexplained === 0,
      submitted: acc?.status === 'submitted',
      frozen: accStatus === 'frozen',
      statusLabel: !acc
        ? '未保存'
        : accStatus === 'frozen'
          ? '已定稿'
          : acc.status === 'submitted'
            ? '已报送'
            : unexplained === 0
              ? '已校验'
              : '已保存',
    };
    const pending: Stage[] = [];
    if (goals.projects === 0 || goals.approved < goals.projects) pending.push('goals');
    if (monitoring.submitted < monitoring.rounds) pending.push('monitoring');
    if (evaluation.total === 0 || evaluation.frozen < evaluation.total) pending.push('evaluation');
    if (!accounts.submitted) pending.push('accounts');
    return {
      orgId: org.id,
      code: org.code,
      name: org.name,
      kind: org.kind === 'department' ? 'department' : 'unit',
      kindLabel: KIND_LABELS[org.kind === 'department' ? 'department' : 'unit'],
      departmentId: dept.id,
      departmentName: dept.name,
      goals,
      monitoring,
      evaluation,
      scores: {
        departmentScore: deptEval?.score ?? null,
        departmentGrade: deptEval?.score ? deptEval.e.grade : null,
        projectAverage: mean(
          scored.filter((x) => x.e.kind === 'project' && x.score !== null).map((x) => x.score!),
        ),
        grades,
      },
      execution: { budget, executed, rate: rate(executed, budget) },
      rectifications: {
        open: rectStatus.filter((s) => s !== 'done').length,
        overdue: rectStatus.filter((s) => s === 'overdue').length,
      },
      accounts,
      checks: {
        accountsViolations: violations.length,
        accountsUnexplained: unexplained,
        goalShortfalls,
        total: unexplained + goalShortfalls,
      },
      pending,
      evaluations: scored.map(({ e, score }) => ({
        id: e.id,
        kind: e.kind,
        projectId: e.projectId,
        title: e.projectName ?? e.title,
        score,
        grade: score === null ? null : e.grade,
        statusLabel: evaluationStatus(docStatus.get(e.id)),
      })),
    };
  });

  const departmentOptions = [...new Map(allUnits.map((u) => [u.departmentId, u.departmentName]))].map(
    ([id, name]) => ({ id, name }),
  );
  const units = allUnits.filter(
    (u) =>
      (!filters.departmentId || u.departmentId === filters.departmentId) &&
      (!filters.kind || u.kind === filters.kind) &&
      (!filters.grade || (u.scores.grades[filters.grade] ?? 0) > 0) &&
      (!filters.stage || u.pending.includes(filters.stage)),
  );
  const shown = new Set(units.map((u) => u.orgId));
  return {
    ...empty,
    departmentOptions,
    departments: summarise(units),
    units,
    projects: allProjects.filter((p) => shown.has(p.orgId)),
    distribution: distributionOf(units),
  };
}

const REPORT_LABELS = {
  'not-started': '未填报',
  filling: '填报中',
  reviewing: '审核中',
  submitted: '已提交',
};

export function distributionOf(units: UnitOverview[]): Overview['distribution'] {
  return [...GRADES, UNGRADED].map((grade) => {
    const of = (kind: 'project' | 'department') =>
      units.reduce(
        (n, u) => n + u.evaluations.filter((e) => e.kind === kind && (e.grade ?? UNGRADED) === grade).length,
        0,
      );
    return { grade, project: of('project'), department: of('department') };
  });
}

/** One row per 主管部门: its own row and its units' added up; the average over every scored evaluation. */
function summarise(units: UnitOverview[]): DepartmentOverview[] {
  const groups = new Map<string, UnitOverview[]>();
  for (const u of units) groups.set(u.departmentId, [...(groups.get(u.departmentId) ?? []), u]);
  return [...groups.values()].map((g) => {
    const n = (f: (u: UnitOverview) => number) => g.reduce((s, u) => s + f(u), 0);
    const budget = sum(g.map((u) => u.execution.budget)).toString();
    const executed = sum(g.map((u) => u.execution.executed)).toString();
    const grades: Record<string, number> = {};
    for (const u of g) for (const [k, v] of Object.entries(u.scores.grades)) grades[k] = (grades[k] ?? 0) + v;
    const scores = g.flatMap((u) => u.evaluations.map((e) => e.score).filter((s): s is string => s !== null));
    return {
      departmentId: g[0]!.departmentId,
      departmentName: g[0]!.departmentName,
      units: g.length,
      projects: n((u) => u.goals.projects),
      goalsFiled: n((u) => u.goals.filed),
      goalsApproved: n((u) => u.goals.approved),
      monitoringRounds: n((u) => u.monitoring.rounds),
      monitoringSubmitted: n((u) => u.monitoring.submitted),
      red: n((u) => u.monitoring.red),
      evaluations: n((u) => u.evaluation.total),
      evaluationsSubmitted: n((u) => u.evaluation.submitted),
      evaluationsApproved: n((u) => u.evaluation.approved),
      evaluationsFrozen: n((u) => u.evaluation.frozen),
      averageScore: mean(scores),
      grades,
      budget,
      executed,
      rate: rate(executed, budget),
      rectificationsOpen: n((u) => u.rectifications.open),
      rectificationsOverdue: n((u) => u.rectifications.overdue),
      accountsSaved: n((u) => (u.accounts.saved ? 1 : 0)),
      accountsChecked: n((u) => (u.accounts.checked ? 1 : 0)),
      accountsSubmitted: n((u) => (u.accounts.submitted ? 1 : 0)),
      checkErrors: n((u) => u.checks.total),
    };
  });
}

/** A decimal string without trailing zeros beyond what was stored (e.g. "195.01"); for exports. */
export const num = (s: string | null): number | string => (s === null ? '' : dec(s).toNumber());
