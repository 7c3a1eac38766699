/**
 * The documents a workflow runs on, behind one small interface per kind of entity: where a document
 * lives (its organisation and kind), the before-values of the fields a reviewer changes, how those
 * changes are written, the feature's own preconditions for a command, and the data snapshot frozen
 * on final approval. Evaluations (project and department-wide), project goals and final accounts are
 * wired in; a new kind of document adds an adapter to `adapters()`.
 */
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import type {
  ChainDefinition,
  DocumentKind,
  FieldChange,
  JsonValue,
  WorkflowCommand,
  WorkflowEvent,
  WorkflowState,
} from '../../domain/workflow/index.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { accountsAdapter } from './accounts-adapter.ts';
import { evaluationAdapter } from './evaluation-adapter.ts';
import { goalsAdapter } from './goals-adapter.ts';

export type DocumentInfo = { id: string; kind: DocumentKind; orgId: string; title: string };

export type RequestedChange = { field: string; after: unknown };

export type DocumentAdapter = {
  /** The document with this id, if this adapter owns it. */
  locate(db: DbOrTx, id: string): Promise<DocumentInfo | null>;
  /** The requested changes with their current values; refuses a field the document does not have. No-op changes are dropped. */
  resolveChanges(
    db: DbOrTx,
    doc: DocumentInfo,
    state: WorkflowState,
    changes: readonly RequestedChange[],
  ): Promise<FieldChange[]>;
  /** Writes accepted changes to the document (same transaction), checking the result by the document's own rules. */
  applyChanges(
    deps: TxDeps,
    doc: DocumentInfo,
    state: WorkflowState,
    changes: readonly FieldChange[],
  ): Promise<void>;
  /** The feature's preconditions for a command (e.g. a score sheet must be submitted first). */
  check(
    deps: TxDeps,
    doc: DocumentInfo,
    state: WorkflowState,
    command: WorkflowCommand,
    actor: Actor,
    chain: ChainDefinition | null,
  ): Promise<void>;
  /** People-readable names of field paths, for the timeline (内容 · 指标 · 得分). */
  labels(db: DbOrTx, doc: DocumentInfo, fields: readonly string[]): Promise<Record<string, string>>;
  /** The document's data as of now, stored with a frozen version. */
  snapshot(deps: TxDeps, doc: DocumentInfo): Promise<JsonValue>;
  /** Optional: keeps the feature's own status in step with the workflow after a command (final accounts). */
  afterCommand?(
    deps: TxDeps,
    doc: DocumentInfo,
    state: WorkflowState,
    events: readonly WorkflowEvent[],
    actor: Actor,
  ): Promise<void>;
};

/**
 * Every adapter, read at call time: the features import the workflow's lock and the adapters import the
 * features, so at module evaluation an adapter may not be initialised yet (an import cycle).
 */
export function adapters(): readonly DocumentAdapter[] {
  return [evaluationAdapter, goalsAdapter, accountsAdapter];
}

export async function locateDocument(
  db: DbOrTx,
  id: string,
): Promise<{ doc: DocumentInfo; adapter: DocumentAdapter } | null> {
  for (const adapter of adapters()) {
    const doc = await adapter.locate(db, id);
    if (doc) return { doc, adapter };
  }
  return null;
}
