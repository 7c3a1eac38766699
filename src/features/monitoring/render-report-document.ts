/** The monitoring documents of one report (项目支出绩效运行监控表 per project, 绩效监控情况报告), from its stored figures. */
import {
  renderMonitoringDocument,
  type MonitoringDocumentFormat,
  type MonitoringDocumentKind,
  type RenderedMonitoringDocument,
} from '../../documents/monitoring/index.ts';
import { monitoringRulesSchema } from '../../domain/monitoring/index.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { monitoringTexts as T } from './monitoring-texts.ts';
import { domainProject, loadReport, loadRound, reportsOfRound } from './report-dto.ts';

export async function renderReportDocument(
  db: DbOrTx,
  id: string,
  input: { kind: MonitoringDocumentKind; format: MonitoringDocumentFormat; project?: number | undefined },
): Promise<RenderedMonitoringDocument> {
  const report = await loadReport(db, id);
  if (!report) throw new AppError('NOT_FOUND', T.reportNotFound);
  const round = await loadRound(db, report.roundId);
  if (!round) throw new AppError('NOT_FOUND', T.roundNotFound);
  const index = input.project ?? 0;
  if (input.kind === 'project-sheet' && !report.projects[index])
    throw new AppError('VALIDATION', `该填报没有第${index + 1}个项目。`);
  return renderMonitoringDocument(
    input.kind,
    {
      unit: report.orgName,
      department: round.orgName === report.orgName ? undefined : round.orgName,
      round: {
        year: round.round.fiscalYear,
        month: round.round.month,
        amountUnit: '万元',
        rules: monitoringRulesSchema.parse(round.round.rules),
        projects: report.projects.map(domainProject),
      },
    },
    input.format,
    { projectIndex: index },
  );
}

/**
 * The 绩效监控情况报告 of a whole round for the organisation that opened it (a department's or the finance
 * department's report): every report's projects, each named with its unit.
 */
export async function renderRoundDocument(
  db: DbOrTx,
  roundId: string,
  format: MonitoringDocumentFormat,
): Promise<RenderedMonitoringDocument> {
  const round = await loadRound(db, roundId);
  if (!round) throw new AppError('NOT_FOUND', T.roundNotFound);
  const reports = await reportsOfRound(db, round.round, round.orgName);
  const projects = reports.flatMap((r) =>
    r.projects.map((p) => ({
      ...domainProject(p),
      name: r.orgId === round.round.orgId ? p.name : `${r.orgName}：${p.name}`,
    })),
  );
  if (projects.length === 0) throw new AppError('VALIDATION', '本轮监控尚无项目，无法生成报告。');
  return renderMonitoringDocument(
    'report',
    {
      unit: round.orgName,
      round: {
        year: round.round.fiscalYear,
        month: round.round.month,
        amountUnit: '万元',
        rules: monitoringRulesSchema.parse(round.round.rules),
        projects,
      },
    },
    format,
  );
}
