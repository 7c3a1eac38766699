/** 开始评分: the signed-in evaluator's own score sheet for an evaluation (one per evaluator; a repeat returns it). */
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { evaluations, scoreSheets } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import { evaluationChanges } from '../../domain/workflow/index.ts';
import { guardDocumentWrite } from '../workflow/document-lock.ts';

export async function startSheet(
  deps: TxDeps,
  actor: Actor,
  evaluationId: string,
  input: { title?: string | undefined },
): Promise<{ created: boolean; sheetId: string }> {
  const [ev] = await deps.db.select().from(evaluations).where(eq(evaluations.id, evaluationId));
  if (!ev) throw new AppError('NOT_FOUND', '找不到该自评。');
  const existing = await deps.db
    .select({ id: scoreSheets.id })
    .from(scoreSheets)
    .where(and(eq(scoreSheets.evaluationId, evaluationId), eq(scoreSheets.evaluatorId, actor.userId)));
  // A repeat is still a write request: a locked evaluation refuses it like any other.
  await guardDocumentWrite(
    deps,
    actor,
    evaluationId,
    existing[0]
      ? []
      : evaluationChanges({
          sheet: { evaluatorId: actor.userId, evaluatorName: actor.displayName, before: null, after: {} },
        }),
  );
  if (existing[0]) return { created: false, sheetId: existing[0].id };
  const now = deps.clock();
  const [row] = await deps.db
    .insert(scoreSheets)
    .values({
      evaluationId,
      evaluatorId: actor.userId,
      evaluatorName: actor.displayName,
      evaluatorTitle: input.title ?? '',
      evaluatorUnit: actor.orgName,
      entries: {},
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    {
      action: 'score-sheet.start',
      entity: 'score_sheet',
      entityId: row!.id,
      orgId: ev.orgId,
      after: { evaluationId, evaluator: actor.displayName },
    },
    now,
  );
  return { created: true, sheetId: row!.id };
}
