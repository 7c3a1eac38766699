/**
 * Under a review chain (configured for the unit's monitoring reports, or inherited, or the report already
 * in review) these commands are the workflow's (`monitoring-adapter.ts`): submit, approve at the current
 * step, return to the unit, and a supervisor's return of a submitted report as a reopen. Without a chain,
 * the report's own way to the supervisor applies: the unit's 经办人 submits (填报中 → 审核中; every red light must have
 * a response and every total must agree with its funding sources), a reviewer of the unit other than the
 * submitter approves (审核中 → 已提交, frozen), and a return goes back to 填报中 with a reason — from 审核中
 * by the unit's reviewer, from 已提交 by the supervising organisation that opened the round.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import { hasPermission } from '../../app/scope.ts';
import type { TxDeps } from '../../app/deps.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { monitoringReports } from '../../platform/db/schema/index.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import type { WorkflowState } from '../../domain/workflow/index.ts';
import { AppError } from '../../platform/errors.ts';
import { REPORT_STATUS_LABELS, monitoringTexts as T, type ReportStatus } from './monitoring-texts.ts';
import { loadReport, type ReportDto } from './report-dto.ts';
import { monitoringWorkflow } from './monitoring-adapter.ts';
import { runCommand, type CommandRequest } from '../workflow/run-command.ts';

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

type Request = CommandRequest extends infer C
  ? C extends unknown
    ? Omit<C, 'commandId' | 'expectedVersion'>
    : never
  : never;

/** Runs a workflow command on a report under a chain; null when no chain applies (the report's own flow). */
async function viaWorkflow(
  deps: TxDeps,
  actor: Actor,
  r: ReportDto,
  version: number,
  request: (state: WorkflowState | null) => Request,
): Promise<ReportDto | null> {
  const wf = await monitoringWorkflow(deps.db, r);
  if (!wf.managed) return null;
  if (r.version !== version) throw new AppError('STALE', T.stale(version, r.version));
  await runCommand(deps, actor, r.id, {
    ...request(wf.state),
    commandId: randomUUID(),
    expectedVersion: wf.state?.version ?? 0,
  } as CommandRequest);
  return load(deps, r.id);
}

function currentStep(state: WorkflowState | null): number {
  if (!state?.current) throw new AppError('CONFLICT', T.notReviewing);
  return state.current.index;
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
  const managed = await viaWorkflow(deps, actor, r, version, () => ({ type: 'submit' }));
  if (managed) return managed;
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
  const managed = await viaWorkflow(deps, actor, r, version, (state) => ({
    type: 'approve',
    step: currentStep(state),
  }));
  if (managed) return managed;
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
  const managed = await viaWorkflow(deps, actor, r, input.version, (state) =>
    state?.status === 'frozen'
      ? { type: 'reopen', reason: input.reason }
      : { type: 'return', step: currentStep(state), to: 'originator', reason: input.reason },
  );
  if (managed) return managed;
  if (r.status === 'reviewing') {
    if (!hasPermission(actor, 'work.review')) throw new AppError('FORBIDDEN', T.returnNeedsReview);
  } else if (r.status === 'submitted') {
    const supervisor = actor.reach.has(r.round.orgId) && hasPermission(actor, 'work.review');
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
