/**
 * The editing lock every document feature applies to its writes, in the write's transaction, before
 * writing: the write is described as field changes (the paths of the document's adapter); while the
 * document is under review only the current step's pending assignees may change only their step's
 * fields, a returned document only its submitter, a frozen one nobody. A permitted change made under
 * review is recorded in the workflow against the actor (an `edit` event). Without a workflow row
 * (never submitted) nothing is locked. Returns the workflow state the write was checked against (or null).
 *
 *   await guardDocumentWrite(deps, actor, projectId, goalsChanges(before, after));
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import {
  editScope,
  mayEdit,
  type DocumentKind,
  type FieldChange,
  type WorkflowState,
} from '../../domain/workflow/index.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { workflowDocuments } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import { chainFor } from './chains.ts';
import { orgPathOf } from './directory.ts';
import { runCommand } from './run-command.ts';
import { workflowTexts as T } from './texts.ts';

/**
 * Whether a document that may also go its feature's own way (决算, monitoring reports) goes through the
 * review workflow: a chain applies to its kind now (configured for the organisation or inherited), or it
 * is already in the workflow. Returns the workflow state (null: never submitted).
 */
export async function reviewWorkflow(
  db: DbOrTx,
  doc: { id: string; orgId: string },
  kind: DocumentKind,
): Promise<{ managed: boolean; state: WorkflowState | null }> {
  const state = await workflowStateOf({ db }, doc.id);
  if (state && state.status !== 'draft') return { managed: true, state };
  const chain = await chainFor(db, await orgPathOf(db, doc.orgId), kind);
  return { managed: chain !== null, state };
}

export async function workflowStateOf(
  deps: Pick<TxDeps, 'db'>,
  documentId: string,
): Promise<WorkflowState | null> {
  const [row] = await deps.db
    .select({ state: workflowDocuments.state })
    .from(workflowDocuments)
    .where(eq(workflowDocuments.id, documentId));
  return row ? (row.state as WorkflowState) : null;
}

/** Why `actorId` may not change `field` now, as the platform's error (frozen → 409, otherwise 403). */
export function lockRefusal(state: WorkflowState, actorId: string, field: string): AppError {
  if (state.status === 'frozen')
    return new AppError(
      'CONFLICT',
      T.frozen(state.frozen[state.frozen.length - 1]?.number ?? state.documentVersion),
    );
  if (state.status === 'returned')
    return new AppError('FORBIDDEN', T.returnedLocked(state.submitter?.name ?? ''));
  const step = state.current?.name ?? '';
  const isAssignee = state.current?.assignees.some((a) => a.userId === actorId) ?? false;
  return new AppError('FORBIDDEN', isAssignee && field ? T.lockedField(step, field) : T.locked(step));
}

export async function guardDocumentWrite(
  deps: TxDeps,
  actor: Actor,
  documentId: string,
  changes: readonly FieldChange[],
): Promise<WorkflowState | null> {
  const state = await workflowStateOf(deps, documentId);
  if (!state) return null;
  // A locked document takes no write at all from this user, not even one that changes nothing.
  if (state.status !== 'draft' && editScope(state, actor.userId).mode === 'none')
    throw lockRefusal(state, actor.userId, '');
  for (const c of changes)
    if (!mayEdit(state, actor.userId, c.field)) throw lockRefusal(state, actor.userId, c.field);
  // Under review, what a step's assignee changes is recorded against them (in order, with the version they acted on).
  if (state.status === 'in_review' && state.current && changes.length > 0) {
    await runCommand(
      deps,
      actor,
      documentId,
      {
        type: 'edit',
        commandId: randomUUID(),
        expectedVersion: state.version,
        step: state.current.index,
        changes: [],
      },
      { applyData: false, changes: [...changes] },
    );
  }
  return state;
}

/**
 * The lock's first question, asked before a feature's own preconditions: may this user write to the
 * document at all now? (A frozen document answers 409 「已定稿」 before 「评分表已提交」.)
 */
export async function refuseIfLocked(deps: TxDeps, actor: Actor, documentId: string): Promise<void> {
  await guardDocumentWrite(deps, actor, documentId, []);
}
