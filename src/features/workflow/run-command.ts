/**
 * One workflow command, in the caller's transaction, by the domain's concurrency recipe
 * (docs/workflow.md, "Persistence"): read the row, `apply`, `UPDATE … WHERE version = old` (zero rows →
 * another request won: re-read and apply again, which is then a replay or a STALE refusal), append the
 * events, write the data changes made at the step, freeze the document's data on final approval, one
 * audit entry per event, and the notifications — all or nothing. The actor is the session's user.
 */
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import {
  apply,
  notificationsFor,
  type FieldChange,
  type Refusal,
  type WorkflowCommand,
  type WorkflowEvent,
  type WorkflowState,
} from '../../domain/workflow/index.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import {
  workflowDocuments,
  workflowEvents,
  workflowNotifications,
  workflowVersions,
} from '../../platform/db/schema/index.ts';
import { AppError, type ErrorCode } from '../../platform/errors.ts';
import {
  documentSnapshot,
  locateDocument,
  type DocumentAdapter,
  type DocumentInfo,
  type RequestedChange,
} from './documents.ts';
import { buildView, changedFields, loadSetting, type DocumentView } from './view.ts';
import { workflowTexts as T } from './texts.ts';

type Base = { commandId: string; expectedVersion: number };
export type CommandRequest =
  | (Base & { type: 'submit'; note?: string | undefined; panelists?: Record<string, string[]> | undefined })
  | (Base & {
      type: 'approve';
      step: number;
      opinion?: string | undefined;
      changes?: RequestedChange[] | undefined;
      reasons?: Record<string, string> | undefined;
    })
  | (Base & { type: 'return'; step: number; to: 'originator' | number; reason: string })
  | (Base & { type: 'withdraw'; reason?: string | undefined })
  | (Base & { type: 'delegate'; step: number; to: string; note?: string | undefined })
  | (Base & {
      type: 'edit';
      step: number;
      changes: RequestedChange[];
      reasons?: Record<string, string> | undefined;
    })
  | (Base & { type: 'reopen'; reason: string });

const FORBIDDEN_CODES = new Set([
  'UNKNOWN_ACTOR',
  'NOT_INITIATOR',
  'NOT_SUBMITTER',
  'NOT_ASSIGNEE',
  'SELF_APPROVAL',
  'NOT_ALLOWED_TO_REOPEN',
]);
const CONTENT_CODES = new Set([
  'OPINION_REQUIRED',
  'REASON_REQUIRED',
  'INVALID_RETURN_TARGET',
  'DELEGATE_TO_SELF',
  'DELEGATE_NOT_ELIGIBLE',
  'INVALID_PANEL',
  'NO_CHANGES',
  'FIELD_NOT_EDITABLE',
]);

/** A refusal of the machine as the HTTP error of the platform: STALE → 412, not allowed → 403, content → 400, state → 409. */
export function refusalError(r: Refusal): AppError {
  const code: ErrorCode =
    r.code === 'STALE'
      ? 'STALE'
      : FORBIDDEN_CODES.has(r.code)
        ? 'FORBIDDEN'
        : CONTENT_CODES.has(r.code)
          ? 'VALIDATION'
          : 'CONFLICT';
  return new AppError(code, r.message, { workflowCode: r.code });
}

/** The same ids of people as a flat list: who the inbox should find this document for. */
function participantsOf(state: WorkflowState): string[] {
  const ids = new Set<string>(state.originators);
  for (const e of state.history) {
    ids.add(e.actor.userId);
    if (e.type === 'step_activated') for (const a of e.assignees) ids.add(a.userId);
    if (e.type === 'delegated') ids.add(e.to.userId);
  }
  return [...ids];
}

function eventAudit(e: WorkflowEvent): Record<string, unknown> {
  const { actor, ...rest } = e;
  void actor;
  if (rest.type === 'submitted')
    return {
      ...rest,
      chain: rest.chain ? { id: rest.chain.id, name: rest.chain.name, revision: rest.chain.revision } : null,
    };
  return rest;
}

/** The changes a retry of an accepted command carried the first time, when the retry asks for the same. */
function recordedChanges(
  state: WorkflowState,
  commandId: string,
  requested: readonly RequestedChange[],
): FieldChange[] | null {
  const rec = state.commands[commandId];
  if (!rec) return null;
  const first = state.history.find((e) => e.seq === rec.firstSeq);
  if (!first || (first.type !== 'approved' && first.type !== 'edited')) return null;
  const same =
    first.changes.length === requested.length &&
    first.changes.every(
      (c, i) =>
        c.field === requested[i]!.field &&
        JSON.stringify(c.after) === JSON.stringify(requested[i]!.after ?? null),
    );
  return same ? first.changes : null;
}

async function toDomain(
  db: TxDeps['db'],
  doc: DocumentInfo,
  adapter: DocumentAdapter,
  state: WorkflowState,
  actor: Actor,
  req: CommandRequest,
  given?: FieldChange[],
): Promise<WorkflowCommand> {
  const base = { commandId: req.commandId, actorId: actor.userId, expectedVersion: req.expectedVersion };
  const changesOf = async (requested: RequestedChange[] | undefined) => {
    if (given) return given;
    if (!requested || requested.length === 0) return undefined;
    return (
      recordedChanges(state, req.commandId, requested) ??
      (await adapter.resolveChanges(db, doc, state, requested))
    );
  };
  switch (req.type) {
    case 'submit':
      return {
        ...base,
        type: 'submit',
        ...(req.note ? { note: req.note } : {}),
        ...(req.panelists ? { panelists: req.panelists } : {}),
      };
    case 'approve': {
      const changes = await changesOf(req.changes);
      return {
        ...base,
        type: 'approve',
        step: req.step,
        ...(req.opinion ? { opinion: req.opinion } : {}),
        ...(changes && changes.length ? { changes } : {}),
      };
    }
    case 'return':
      return { ...base, type: 'return', step: req.step, to: req.to, reason: req.reason };
    case 'withdraw':
      return { ...base, type: 'withdraw', ...(req.reason ? { reason: req.reason } : {}) };
    case 'delegate':
      return {
        ...base,
        type: 'delegate',
        step: req.step,
        to: req.to,
        ...(req.note ? { note: req.note } : {}),
      };
    case 'edit':
      return { ...base, type: 'edit', step: req.step, changes: (await changesOf(req.changes)) ?? [] };
    case 'reopen':
      return { ...base, type: 'reopen', reason: req.reason };
  }
}

export type CommandResult = { view: DocumentView; replayed: boolean; events: WorkflowEvent[] };

export async function runCommand(
  deps: TxDeps,
  actor: Actor,
  documentId: string,
  req: CommandRequest,
  options: {
    /** false when the caller writes the data itself (the evaluations feature's own saves, recorded as `edit`). */
    applyData?: boolean;
    /** Changes already resolved by the caller (with their before-values), instead of the request's. */
    changes?: FieldChange[];
  } = {},
): Promise<CommandResult> {
  const found = await locateDocument(deps.db, documentId);
  if (!found) throw new AppError('NOT_FOUND', T.documentNotFound);
  const { doc, adapter } = found;
  const now = deps.clock();

  for (let attempt = 0; ; attempt++) {
    const setting = await loadSetting(deps.db, doc, now);
    const { state, ctx } = setting;
    const command = await toDomain(deps.db, doc, adapter, state, actor, req, options.changes);
    if (!state.commands[req.commandId])
      await adapter.check(deps, doc, state, command, actor, ctx.chain ?? null);
    const outcome = apply(state, command, ctx);
    if (!outcome.ok) throw refusalError(outcome);
    if (outcome.replayed)
      return {
        view: buildView(actor, doc, setting, await adapter.labels(deps.db, doc, changedFields(state))),
        replayed: true,
        events: outcome.previous ?? [],
      };

    const next = outcome.state;
    const values = {
      state: next,
      version: next.version,
      status: next.status,
      title: doc.title,
      participants: participantsOf(next),
      updatedAt: now,
    };
    const written = setting.rowExists
      ? await deps.db
          .update(workflowDocuments)
          .set(values)
          .where(and(eq(workflowDocuments.id, doc.id), eq(workflowDocuments.version, state.version)))
          .returning({ id: workflowDocuments.id })
      : await deps.db
          .insert(workflowDocuments)
          .values({ id: doc.id, kind: doc.kind, orgId: doc.orgId, createdAt: now, ...values })
          .onConflictDoNothing()
          .returning({ id: workflowDocuments.id });
    if (written.length === 0) {
      // Another request moved the document on between our read and our write: read again and let the
      // machine decide (a replay of the same command, or STALE). Never retried on the user's behalf.
      if (attempt >= 2) throw new AppError('STALE', '该事项已被他人处理，请刷新后查看最新状态。');
      continue;
    }

    await deps.db.insert(workflowEvents).values(
      outcome.events.map((e) => ({
        documentId: doc.id,
        seq: e.seq,
        commandId: e.commandId,
        type: e.type,
        actorId: e.actor.userId,
        at: new Date(e.at),
        event: e,
      })),
    );
    if (options.applyData !== false) {
      const changes = outcome.events.flatMap((e) =>
        e.type === 'approved' || e.type === 'edited' ? e.changes : [],
      );
      const reasons = req.type === 'approve' || req.type === 'edit' ? (req.reasons ?? {}) : {};
      await adapter.applyChanges(deps, doc, next, changes, { actor, reasons });
    }
    if (adapter.afterCommand) await adapter.afterCommand(deps, doc, next, outcome.events, actor);
    for (const e of outcome.events) {
      if (e.type !== 'frozen') continue;
      await deps.db.insert(workflowVersions).values({
        documentId: doc.id,
        number: e.number,
        frozenAt: new Date(e.at),
        trail: e.trail,
        data: await documentSnapshot(deps, doc, adapter),
      });
    }
    for (const e of outcome.events) {
      await appendAudit(
        deps.db,
        { id: actor.userId, username: actor.username, ip: actor.ip },
        {
          action: `workflow.${e.type}`,
          entity: 'workflow_document',
          entityId: doc.id,
          orgId: doc.orgId,
          after: { kind: doc.kind, title: doc.title, ...eventAudit(e) },
        },
        now,
      );
    }
    const notes = notificationsFor(next, outcome.events).filter((n) => n.userId !== actor.userId);
    if (notes.length > 0) {
      await deps.db.insert(workflowNotifications).values(
        notes.map((n) => ({
          userId: n.userId,
          documentId: doc.id,
          kind: n.kind,
          title: doc.title,
          stepName: n.stepName,
          byName: n.by,
          at: new Date(n.at),
        })),
      );
    }
    return {
      view: buildView(
        actor,
        doc,
        { ...setting, state: next, rowExists: true },
        await adapter.labels(deps.db, doc, changedFields(next)),
      ),
      replayed: false,
      events: outcome.events,
    };
  }
}

/** The current view of a document for the actor (GET). */
export async function documentView(
  deps: Pick<TxDeps, 'db' | 'clock'>,
  actor: Actor,
  documentId: string,
): Promise<DocumentView> {
  const found = await locateDocument(deps.db, documentId);
  if (!found) throw new AppError('NOT_FOUND', T.documentNotFound);
  const setting = await loadSetting(deps.db, found.doc, deps.clock());
  return buildView(
    actor,
    found.doc,
    setting,
    await found.adapter.labels(deps.db, found.doc, changedFields(setting.state)),
  );
}

/** The organisation owning a document (for the route's scope), or null. */
export async function documentOwner(db: TxDeps['db'], documentId: string): Promise<string | null> {
  return (await locateDocument(db, documentId))?.doc.orgId ?? null;
}
