/**
 * A unit's monitoring report (绩效运行监控填报) as a workflow document; the document id is the report's id.
 * When a chain applies to the unit's monitoring reports (configured or inherited), the report's 提交 /
 * 审核通过 / 退回 are the workflow's submit / approve / return, and a supervisor's return of a submitted
 * (frozen) report is the workflow's reopen — who may do it is the chain's 「可重新打开」 holder, by default
 * the reviewers of the parent organisation (`PRESET_MONITORING_REVIEW`). The report keeps its own status in
 * step (`afterCommand`): in review → 审核中, frozen → 已提交, returned or reopened → 填报中 with the reason.
 * Reviewers do not edit the figures inside the chain: a wrong figure is returned to the unit.
 * The frozen snapshot is the report as the API shows it (figures, computed lights, counts).
 */
import { eq } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { asJson, type WorkflowEvent, type WorkflowState } from '../../domain/workflow/index.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { monitoringReports, monitoringRounds, organisations } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import { reviewWorkflow } from '../workflow/document-lock.ts';
import type { DocumentAdapter } from '../workflow/documents.ts';
import { monitoringTexts as T, type ReportStatus } from './monitoring-texts.ts';
import { loadReport } from './report-dto.ts';

/** Whether the report goes through the review workflow (then its commands are the workflow's). */
export function monitoringWorkflow(db: DbOrTx, report: { id: string; orgId: string }) {
  return reviewWorkflow(db, report, 'monitoring_report');
}

/** The reason of the last return or reopen, shown to the unit while it fills the report again. */
function lastReason(events: readonly WorkflowEvent[]): string | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.type === 'returned' || e.type === 'reopened') return e.reason;
    if (e.type === 'withdrawn') return null;
  }
  return null;
}

function statusOf(state: WorkflowState): ReportStatus {
  if (state.status === 'in_review') return 'reviewing';
  if (state.status === 'frozen') return 'submitted';
  return 'filling';
}

async function syncStatus(deps: TxDeps, actor: Actor, id: string, state: WorkflowState): Promise<void> {
  const [row] = await deps.db.select().from(monitoringReports).where(eq(monitoringReports.id, id));
  if (!row) throw new AppError('NOT_FOUND', T.reportNotFound);
  const want = statusOf(state);
  if (row.status === want) return;
  const now = deps.clock();
  await deps.db
    .update(monitoringReports)
    .set({
      status: want,
      returnReason: want === 'filling' ? lastReason(state.history) : null,
      submittedBy: want === 'filling' ? row.submittedBy : (state.submitter?.userId ?? actor.userId),
      submittedAt: want === 'submitted' ? now : null,
      version: row.version + 1,
      updatedAt: now,
    })
    .where(eq(monitoringReports.id, id));
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    {
      action: 'monitoring.report.status',
      entity: 'monitoring_report',
      entityId: id,
      orgId: row.orgId,
      before: { status: row.status },
      after: { status: want, via: 'workflow', workflowStatus: state.status },
    },
    now,
  );
}

export const monitoringAdapter: DocumentAdapter = {
  async locate(db, id) {
    const [r] = await db
      .select({
        id: monitoringReports.id,
        orgId: monitoringReports.orgId,
        orgName: organisations.name,
        title: monitoringRounds.title,
      })
      .from(monitoringReports)
      .innerJoin(monitoringRounds, eq(monitoringRounds.id, monitoringReports.roundId))
      .innerJoin(organisations, eq(organisations.id, monitoringReports.orgId))
      .where(eq(monitoringReports.id, id));
    if (!r) return null;
    return { id: r.id, kind: 'monitoring_report', orgId: r.orgId, title: `${r.orgName} · ${r.title}` };
  },
  async resolveChanges(_db, _doc, _state, changes) {
    if (changes.length > 0) throw new AppError('VALIDATION', T.noReviewerEdits);
    return [];
  },
  async applyChanges() {
    // Reviewers do not change a monitoring report's figures (see resolveChanges).
  },
  async check(deps, doc, _state, command) {
    if (command.type !== 'submit') return;
    const report = await loadReport(deps.db, doc.id);
    if (!report) throw new AppError('NOT_FOUND', T.reportNotFound);
    const problems = report.projects.map((p) => p.problem).filter((m): m is string => m !== null);
    if (problems.length > 0) throw new AppError('VALIDATION', T.projectProblems(problems));
  },
  async labels() {
    return {};
  },
  async snapshot(deps, doc) {
    const report = await loadReport(deps.db, doc.id);
    return asJson({ report });
  },
  async afterCommand(deps, doc, state, _events, actor) {
    await syncStatus(deps, actor, doc.id, state);
  },
};
