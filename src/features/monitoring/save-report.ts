/** 填报: a unit saves its report (figures, indicator progress, red-light responses) while it is not yet submitted. */
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { monitoringReports } from '../../platform/db/schema/index.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { AppError } from '../../platform/errors.ts';
import { REPORT_STATUS_LABELS, monitoringTexts as T } from './monitoring-texts.ts';
import type { SaveReportInput } from './monitoring.schema.ts';
import { loadReport, type ReportDto } from './report-dto.ts';

export async function saveReport(
  deps: TxDeps,
  actor: Actor,
  id: string,
  input: SaveReportInput,
): Promise<ReportDto> {
  const before = await loadReport(deps.db, id);
  if (!before) throw new AppError('NOT_FOUND', T.reportNotFound);
  if (before.status === 'reviewing' || before.status === 'submitted')
    throw new AppError('CONFLICT', T.frozen(REPORT_STATUS_LABELS[before.status]));
  const now = deps.clock();
  await updateVersioned(
    deps.db,
    monitoringReports,
    id,
    input.version,
    { projects: input.projects, status: 'filling' },
    now,
  );
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    {
      action: 'monitoring.report.save',
      entity: 'monitoring_report',
      entityId: id,
      orgId: before.orgId,
      before: { status: before.status, projects: before.projects.map(stripComputed) },
      after: { status: 'filling', projects: input.projects },
    },
    now,
  );
  return (await loadReport(deps.db, id))!;
}

/** The stored part of a computed project, for the audit trail. */
export function stripComputed(p: ReportDto['projects'][number]): unknown {
  const { projectId, name, kind, sources, indicators, response } = p;
  return { projectId, name, kind, sources, indicators, response };
}
