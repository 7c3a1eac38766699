/**
 * 新建自评: a project (or the organisation as a whole) scored with a template. The template is copied
 * into the evaluation, so later edits of the template leave it unchanged; its inputs are prefilled from
 * the goals and the project's 执行数 / 预算数 (input-prefill.ts).
 */
import { eq } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { applyPrefill, type IndicatorInput } from '../../domain/scoring/index.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { evaluations, organisations, projects } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import { findTemplate } from '../templates/template-store.ts';
import { loadEvaluation, type EvaluationDto } from './evaluation-model.ts';
import { prefillOf } from './input-prefill.ts';

export type CreateEvaluationInput = {
  orgId: string;
  projectId: string | null;
  templateId: string;
  title?: string | undefined;
  fiscalYear?: number | undefined;
};

export async function createEvaluation(
  deps: TxDeps,
  actor: Actor,
  input: CreateEvaluationInput,
): Promise<EvaluationDto> {
  const template = await findTemplate(deps.db, input.templateId);
  if (!template) throw new AppError('NOT_FOUND', `找不到指标体系“${input.templateId}”。`);
  const [org] = await deps.db.select().from(organisations).where(eq(organisations.id, input.orgId));
  if (!org) throw new AppError('NOT_FOUND', '找不到该组织。');
  let project: typeof projects.$inferSelect | undefined;
  if (input.projectId) {
    [project] = await deps.db.select().from(projects).where(eq(projects.id, input.projectId));
    if (!project || project.orgId !== input.orgId)
      throw new AppError('NOT_FOUND', '找不到该项目（项目须属于所选组织）。');
    if (template.kind !== 'project')
      throw new AppError(
        'VALIDATION',
        `“${template.name}”是部门整体支出指标体系，项目自评请选择项目指标体系。`,
      );
  } else if (template.kind !== 'department') {
    throw new AppError(
      'VALIDATION',
      `“${template.name}”是项目指标体系，部门整体自评请选择部门整体支出指标体系，或先选择项目。`,
    );
  }
  const fiscalYear = project?.fiscalYear ?? input.fiscalYear;
  if (fiscalYear === undefined) throw new AppError('VALIDATION', '请填写评价年度。');

  // No figure typed twice: the goals' actual values and the project's 执行数 / 预算数 (issue 15).
  const inputs: Record<string, IndicatorInput> = applyPrefill(
    {},
    await prefillOf(
      deps.db,
      { id: '', orgId: input.orgId, projectId: project?.id ?? null, fiscalYear },
      template.body,
    ),
  );
  const title =
    input.title?.trim() ||
    (project ? `${project.name}绩效自评` : `${org.name}${fiscalYear}年度部门整体支出绩效自评`);
  const now = deps.clock();
  const [row] = await deps.db
    .insert(evaluations)
    .values({
      orgId: input.orgId,
      projectId: project?.id ?? null,
      fiscalYear,
      title,
      templateRef: template.code,
      template: template.body,
      inputs,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    {
      action: 'evaluation.create',
      entity: 'evaluation',
      entityId: row!.id,
      orgId: input.orgId,
      after: {
        title,
        projectId: project?.id ?? null,
        template: template.code,
        templateVersion: template.templateVersion,
        inputs,
      },
    },
    now,
  );
  return (await loadEvaluation(deps.db, actor, row!.id))!;
}
