/**
 * The report's way to the supervisor: the unit's 经办人 submits (填报中 → 审核中; every red light must have
 * a response and every total must agree with its funding sources), a reviewer of the unit other than the
 * submitter approves (审核中 → 已提交, frozen), and a return goes back to 填报中 with a reason — from 审核中
 * by the unit's reviewer, from 已提交 by the supervising organisation that opened the round.
 */
import { eq } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import { hasPermission } from '../../app/scope.ts';
import type { TxDeps } from '../../app/deps.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { monitoringReports } from '../../platform/db/schema/index.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { AppError } from '../../platform/errors.ts';
import { REPORT_STATUS_LABELS, monitoringTexts as T, type ReportStatus } from './monitoring-texts.ts';
import { loadReport, type ReportDto } from './report-dto.ts';

async function transition(
  deps: TxDeps,
  actor: Actor,
  report: ReportDto,
  version: number,
  action: string,
  values: Record<string, unknown> & { status: ReportStatus },
  extra: Record<string, unknown> = {},
): Promise<ReportDto> {
  const now = deps.clock();
  await updateVersioned(deps.db, monitoringReports, report.id, version, values, now);
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    {
      action,
      entity: 'monitoring_report',
      entityId: report.id,
      orgId: report.orgId,
      before: { status: report.status },
      after: { status: values.status, ...extra },
    },
    now,
  );
  return (await loadReport(deps.db, report.id))!;
}

async function load(deps: TxDeps, id: string): Promise<ReportDto> {
  const r = await loadReport(deps.db, id);
  if (!r) throw new AppError('NOT_FOUND', T.reportNotFound);
  return r;
}

export async function submitReport(
  deps: TxDeps,
  actor: Actor,
  id: string,
  version: number,
): Promise<ReportDto> {
  const r = await load(deps, id);
  if (r.status === 'reviewing' || r.status === 'submitted')
    throw new AppError('CONFLICT', T.cannotSubmit(REPORT_STATUS_LABELS[r.status]));
  const problems = r.projects.map((p) => p.problem).filter((m): m is string => m !== null);
  if (problems.length > 0) throw new AppError('VALIDATION', T.projectProblems(problems));
  return transition(
    deps,
    actor,
    r,
    version,
    'monitoring.report.submit',
    { status: 'reviewing', returnReason: null, submittedBy: actor.userId },
    { lights: r.counts },
  );
}

export async function approveReport(
  deps: TxDeps,
  actor: Actor,
  id: string,
  version: number,
): Promise<ReportDto> {
  const r = await load(deps, id);
  if (r.status !== 'reviewing') throw new AppError('CONFLICT', T.notReviewing);
  const [row] = await deps.db
    .select({ submittedBy: monitoringReports.submittedBy })
    .from(monitoringReports)
    .where(eq(monitoringReports.id, id));
  if (row?.submittedBy === actor.userId) throw new AppError('FORBIDDEN', T.selfApproval);
  return transition(deps, actor, r, version, 'monitoring.report.approve', {
    status: 'submitted',
    submittedAt: deps.clock(),
  });
}

export async function returnReport(
  deps: TxDeps,
  actor: Actor,
  id: string,
  input: { version: number; reason: string },
): Promise<ReportDto> {
  const r = await load(deps, id);
  if (r.status === 'reviewing') {
    if (!hasPermission(actor, 'work.review')) throw new AppError('FORBIDDEN', T.returnNeedsReview);
  } else if (r.status === 'submitted') {
    const supervisor =
      actor.reach.has(r.round.orgId) &&
      (hasPermission(actor, 'work.review') || hasPermission(actor, 'work.edit'));
    if (!supervisor) throw new AppError('FORBIDDEN', T.returnNeedsSupervisor);
  } else {
    throw new AppError('CONFLICT', T.cannotReturn(REPORT_STATUS_LABELS[r.status]));
  }
  return transition(
    deps,
    actor,
    r,
    input.version,
    'monitoring.report.return',
    { status: 'filling', returnReason: input.reason, submittedAt: null },
    { reason: input.reason },
  );
}
