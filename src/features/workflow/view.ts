/**
 * What the document's workflow panel shows: status, the current step with its assignees and deadline,
 * the buttons the user may press (`availableActions`, computed by probing the machine itself), where a
 * return may go, who a step may be delegated to, the timeline, and the frozen versions.
 */
import type { Actor } from '../../app/actor.ts';
import {
  createWorkflow,
  deadlineOf,
  delegateCandidates,
  editScope,
  KIND_LABELS,
  STATUS_LABELS,
  availableActions,
  positionUnder,
  returnTargets,
  timeline,
  validateChain,
  type ActionType,
  type ChainDefinition,
  type WorkflowContext,
  type WorkflowState,
} from '../../domain/workflow/index.ts';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database.ts';
import { workflowDocuments } from '../../platform/db/schema/index.ts';
import { chainFor } from './chains.ts';
import { directoryOf, orgPathOf } from './directory.ts';
import type { DocumentInfo } from './documents.ts';

export type WorkflowSetting = {
  state: WorkflowState;
  rowExists: boolean;
  ctx: WorkflowContext;
  chainSource: { orgId: string | null; inherited: boolean } | null;
};

/** The stored state (or a fresh draft), and the context `apply` needs now. */
export async function loadSetting(db: DbOrTx, doc: DocumentInfo, now: Date): Promise<WorkflowSetting> {
  const [row] = await db.select().from(workflowDocuments).where(eq(workflowDocuments.id, doc.id));
  const state = row
    ? (row.state as WorkflowState)
    : createWorkflow({ documentId: doc.id, kind: doc.kind, orgId: doc.orgId });
  const orgPath = await orgPathOf(db, doc.orgId);
  const directory = await directoryOf(db, orgPath);
  const resolved = await chainFor(db, orgPath, doc.kind);
  return {
    state,
    rowExists: !!row,
    ctx: { now: now.toISOString(), directory, orgPath, chain: resolved?.chain ?? null },
    chainSource: resolved ? { orgId: resolved.sourceOrgId, inherited: resolved.inherited } : null,
  };
}

export type DocumentView = ReturnType<typeof buildView>;

/** Every field path changed in the document's history (for their labels). */
export function changedFields(state: WorkflowState): string[] {
  return [
    ...new Set(
      state.history.flatMap((e) =>
        e.type === 'approved' || e.type === 'edited' ? e.changes.map((c) => c.field) : [],
      ),
    ),
  ];
}

export function buildView(
  actor: Actor,
  doc: DocumentInfo,
  setting: WorkflowSetting,
  labels: Record<string, string> = {},
) {
  const { state, ctx } = setting;
  const me = ctx.directory.find((u) => u.id === actor.userId);
  // The chain shown: the document's snapshot while it has one; otherwise what a submission would take now.
  const chain: ChainDefinition | null = state.status === 'draft' ? (ctx.chain ?? null) : state.chain;
  const cur = state.current;
  const actions: ActionType[] = availableActions(state, actor.userId, ctx);
  return {
    id: doc.id,
    kind: doc.kind,
    kindLabel: KIND_LABELS[doc.kind],
    title: doc.title,
    orgId: doc.orgId,
    status: state.status,
    statusLabel: STATUS_LABELS[state.status],
    version: state.version,
    documentVersion: state.documentVersion,
    chain,
    chainProblems: chain ? validateChain(chain) : [],
    chainInherited: state.status === 'draft' ? (setting.chainSource?.inherited ?? null) : null,
    submitter: state.submitter,
    submittedAt: state.submittedAt,
    current: cur
      ? {
          index: cur.index,
          name: cur.name,
          mode: cur.mode,
          assignees: cur.assignees.map((a) => ({
            ...a,
            completed: cur.completed.some((c) => c.userId === a.userId),
          })),
          activatedAt: cur.activatedAt,
          dueAt: cur.dueAt,
          deadline: deadlineOf(cur.dueAt, ctx.now),
          opinionRequired: !!state.chain?.steps[cur.index]?.opinionRequired,
          editable: state.chain?.steps[cur.index]?.editable ?? [],
        }
      : null,
    me: { userId: actor.userId, position: me ? positionUnder(me, null) : '' },
    actions,
    returnTargets: actions.includes('return') ? returnTargets(state) : [],
    delegateCandidates: actions.includes('delegate')
      ? delegateCandidates(state, actor.userId, ctx).map((u) => ({
          id: u.id,
          name: u.name,
          position: cur ? positionUnder(u, state.chain?.steps[cur.index]?.assignee ?? null) : '',
        }))
      : [],
    editScope: editScope(state, actor.userId),
    timeline: timeline(state).map((e) => ({
      ...e,
      changes: e.changes.map((c) => ({ ...c, label: labels[c.field] ?? c.field })),
    })),
    frozen: state.frozen.map((f) => ({
      number: f.number,
      frozenAt: f.frozenAt,
      submitter: f.submitter,
      trail: f.trail,
    })),
  };
}
