/**
 * Saving the 自评报告's texts (the narrative the clerk writes per section), under the editing lock of
 * the evaluation's workflow, versioned and audited.
 */
import { eq } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import type { IndicatorTemplate } from '../../domain/indicators/index.ts';
import { evaluationChanges } from '../../domain/workflow/index.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { evaluationReports, evaluations } from '../../platform/db/schema/index.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { AppError } from '../../platform/errors.ts';
import { guardDocumentWrite } from '../workflow/document-lock.ts';
import type { ReportNarrativeInput } from './evaluations.schema.ts';
import { loadReport, normaliseNarrative, type ReportDto, type StoredNarrative } from './report-narrative.ts';

export async function saveReport(
  deps: TxDeps,
  actor: Actor,
  id: string,
  input: { narrative: ReportNarrativeInput; version: number },
): Promise<ReportDto> {
  const [ev] = await deps.db
    .select({ orgId: evaluations.orgId, template: evaluations.template })
    .from(evaluations)
    .where(eq(evaluations.id, id));
  if (!ev) throw new AppError('NOT_FOUND', '找不到该自评。');
  const narrative = normaliseNarrative(input.narrative);
  const sections = new Set((ev.template as IndicatorTemplate).indicators.map((n) => n.name));
  const unknown = Object.keys(narrative.analysis ?? {}).filter((k) => !sections.has(k));
  if (unknown.length > 0)
    throw new AppError(
      'VALIDATION',
      `「绩效评价分析」按一级指标填写，指标体系中没有：${unknown.join('、')}（应为 ${[...sections].join('、')}）。`,
    );

  const [before] = await deps.db.select().from(evaluationReports).where(eq(evaluationReports.id, id));
  const now = deps.clock();
  await guardDocumentWrite(
    deps,
    actor,
    id,
    evaluationChanges({
      narrative: {
        before: before ? normaliseNarrative(before.narrative as StoredNarrative) : {},
        after: narrative,
      },
    }),
  );
  if (before) {
    await updateVersioned(
      deps.db,
      evaluationReports,
      id,
      input.version,
      { narrative, updatedBy: actor.userId },
      now,
    );
  } else {
    const stale = () =>
      new AppError(
        'STALE',
        `数据已被他人修改（您提交的版本为 ${input.version}，当前尚未保存过自评报告），请刷新后重试。`,
      );
    if (input.version !== 0) throw stale();
    const inserted = await deps.db
      .insert(evaluationReports)
      .values({ id, narrative, updatedBy: actor.userId, version: 1, createdAt: now, updatedAt: now })
      .onConflictDoNothing()
      .returning({ id: evaluationReports.id });
    // Another clerk saved the first version between our read and our write.
    if (inserted.length === 0) throw new AppError('STALE', '自评报告已被他人保存，请刷新后重试。');
  }
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    {
      action: 'evaluation.report.save',
      entity: 'evaluation',
      entityId: id,
      orgId: ev.orgId,
      before: { narrative: before?.narrative ?? null },
      after: { narrative },
    },
    now,
  );
  return loadReport(deps, id);
}
