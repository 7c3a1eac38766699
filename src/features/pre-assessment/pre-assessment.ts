/**
 * 事前绩效评估 use cases: a new project's pre-assessment is created by its unit, written aspect by aspect
 * (必要性, 可行性, 绩效目标合理性, 投入经济性, 实施方案) with a conclusion, then reviewed through the chain of
 * kind `project_pre_assessment` (pre-assessment-adapter.ts). Saves are versioned, locked while under
 * review (only a step's allowed fields) and audited.
 */
import { eq } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { asJson, sameJson, type FieldChange } from '../../domain/workflow/index.ts';
import { appendAudit, snapshot } from '../../platform/audit/audit-log.ts';
import { preAssessments, projects } from '../../platform/db/schema/index.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { AppError } from '../../platform/errors.ts';
import { guardDocumentWrite } from '../workflow/document-lock.ts';
import { contentOf, loadPreAssessment, type PreAssessmentDto } from './pre-assessment-model.ts';
import type { PreAssessmentContentInput } from './pre-assessment.schema.ts';

export const CONTENT_FIELDS = [
  'necessity',
  'feasibility',
  'goalReasonableness',
  'inputEconomy',
  'implementationPlan',
  'conclusion',
  'conclusionNote',
] as const;
export type ContentField = (typeof CONTENT_FIELDS)[number];

export async function createPreAssessment(
  deps: TxDeps,
  actor: Actor,
  input: { projectId: string },
): Promise<PreAssessmentDto> {
  const [project] = await deps.db.select().from(projects).where(eq(projects.id, input.projectId));
  if (!project) throw new AppError('NOT_FOUND', '找不到该项目。');
  const [existing] = await deps.db
    .select({ id: preAssessments.id })
    .from(preAssessments)
    .where(eq(preAssessments.projectId, project.id));
  if (existing)
    throw new AppError('CONFLICT', `项目「${project.name}」已有事前绩效评估，请打开原评估继续填写。`, {
      id: existing.id,
    });
  const now = deps.clock();
  const [row] = await deps.db
    .insert(preAssessments)
    .values({
      orgId: project.orgId,
      projectId: project.id,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    {
      action: 'pre-assessment.create',
      entity: 'pre_assessment',
      entityId: row!.id,
      orgId: project.orgId,
      after: { projectId: project.id, projectName: project.name },
    },
    now,
  );
  return (await loadPreAssessment(deps.db, row!.id))!;
}

/** A save as field changes (the adapter's paths: the field names themselves). */
export function preAssessmentChanges(
  before: Record<ContentField, unknown>,
  after: Partial<Record<ContentField, unknown>>,
): FieldChange[] {
  const out: FieldChange[] = [];
  for (const f of CONTENT_FIELDS) {
    if (after[f] === undefined) continue;
    if (!sameJson(asJson(before[f]), asJson(after[f])))
      out.push({ field: f, before: asJson(before[f]), after: asJson(after[f]) });
  }
  return out;
}

export async function savePreAssessment(
  deps: TxDeps,
  actor: Actor,
  id: string,
  input: PreAssessmentContentInput & { version: number },
): Promise<PreAssessmentDto> {
  const [before] = await deps.db.select().from(preAssessments).where(eq(preAssessments.id, id));
  if (!before) throw new AppError('NOT_FOUND', '找不到该事前绩效评估。');
  const { version, ...rest } = input;
  const values = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Partial<
    Record<ContentField, unknown>
  >;
  await guardDocumentWrite(deps, actor, id, preAssessmentChanges(contentOf(before), values));
  const now = deps.clock();
  const after = await updateVersioned(deps.db, preAssessments, id, version, values, now);
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    {
      action: 'pre-assessment.save',
      entity: 'pre_assessment',
      entityId: id,
      orgId: before.orgId,
      before: snapshot(before),
      after: snapshot(after),
    },
    now,
  );
  return (await loadPreAssessment(deps.db, id))!;
}
