/**
 * 待办 / 已办 / 我发起的 with counts (overdue included) for the signed-in user, computed by the domain's
 * `inbox` from the documents the user takes part in; and the notifications the header shows once.
 */
import { and, arrayContains, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { inbox, type InboxItem, type WorkflowState } from '../../domain/workflow/index.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import {
  finalAccounts,
  organisations,
  workflowDocuments,
  workflowNotifications,
} from '../../platform/db/schema/index.ts';

/**
 * An inbox item with what the page needs to open it: the document's organisation and, for a 决算 (which
 * the accounts page opens by organisation and year), its fiscal year.
 */
export type InboxRow = InboxItem & {
  title: string;
  orgId: string;
  orgName: string;
  fiscalYear: number | null;
};

export async function loadInbox(deps: Pick<TxDeps, 'db' | 'clock'>, actor: Actor) {
  const rows = await deps.db
    .select({
      state: workflowDocuments.state,
      title: workflowDocuments.title,
      orgId: workflowDocuments.orgId,
      orgName: organisations.name,
    })
    .from(workflowDocuments)
    .innerJoin(organisations, eq(organisations.id, workflowDocuments.orgId))
    .where(arrayContains(workflowDocuments.participants, [actor.userId]));
  const meta = new Map(rows.map((r) => [(r.state as WorkflowState).documentId, r]));
  const accountsIds = rows
    .map((r) => r.state as WorkflowState)
    .filter((s) => s.kind === 'final_accounts')
    .map((s) => s.documentId);
  const years = new Map(
    accountsIds.length === 0
      ? []
      : (
          await deps.db
            .select({ id: finalAccounts.id, fiscalYear: finalAccounts.fiscalYear })
            .from(finalAccounts)
            .where(inArray(finalAccounts.id, accountsIds))
        ).map((a) => [a.id, a.fiscalYear]),
  );
  const box = inbox(
    actor.userId,
    rows.map((r) => r.state as WorkflowState),
    deps.clock().toISOString(),
  );
  const enrich = (items: InboxItem[]): InboxRow[] =>
    items.map((i) => ({
      ...i,
      title: meta.get(i.documentId)!.title,
      orgId: meta.get(i.documentId)!.orgId,
      orgName: meta.get(i.documentId)!.orgName,
      fiscalYear: years.get(i.documentId) ?? null,
    }));
  return { todo: enrich(box.todo), done: enrich(box.done), mine: enrich(box.mine), counts: box.counts };
}

export async function unreadNotifications(db: DbOrTx, actor: Actor) {
  const rows = await db
    .select()
    .from(workflowNotifications)
    .where(and(eq(workflowNotifications.userId, actor.userId), isNull(workflowNotifications.readAt)))
    .orderBy(desc(workflowNotifications.at))
    .limit(50);
  return rows.map((n) => ({
    id: n.id,
    documentId: n.documentId,
    kind: n.kind,
    title: n.title,
    stepName: n.stepName,
    by: n.byName,
    at: n.at.toISOString(),
  }));
}

/** Marks the user's own notifications as read (another user's ids are ignored). */
export async function markNotificationsRead(
  deps: TxDeps,
  actor: Actor,
  ids: readonly string[],
): Promise<{ marked: number }> {
  if (ids.length === 0) return { marked: 0 };
  const done = await deps.db
    .update(workflowNotifications)
    .set({ readAt: deps.clock() })
    .where(
      and(
        eq(workflowNotifications.userId, actor.userId),
        inArray(workflowNotifications.id, [...ids]),
        isNull(workflowNotifications.readAt),
      ),
    )
    .returning({ id: workflowNotifications.id });
  return { marked: done.length };
}
