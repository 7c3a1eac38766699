/**
 * The documents a workflow runs on, behind one small interface per kind of entity: where a document
 * lives (its organisation and kind), the before-values of the fields a reviewer changes, how those
 * changes are written, the feature's own preconditions for a command, and the data snapshot frozen
 * on final approval. Each feature implements the adapter of its documents (evaluations, project goals,
 * final accounts) and src/app registers them; a new kind of document adds its adapter to that list.
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

export type DocumentInfo = { id: string; kind: DocumentKind; orgId: string; title: string };

export type RequestedChange = { field: string; after: unknown };

/** Who makes the changes of a command, and the reasons the command gives for them (keyed by the feature). */
export type ChangeContext = { actor: Actor; reasons: Readonly<Record<string, string>> };

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
  /**
   * Writes accepted changes to the document (same transaction), checking the result by the document's own
   * rules — the same rules as the feature's own save (e.g. a changed prefilled figure needs one of `reasons`).
   */
  applyChanges(
    deps: TxDeps,
    doc: DocumentInfo,
    state: WorkflowState,
    changes: readonly FieldChange[],
    context: ChangeContext,
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

let registered: readonly DocumentAdapter[] = [];

/**
 * The document kinds the workflow runs on, registered once by the application (src/app) at start-up:
 * each feature brings its adapter, and the workflow core imports no feature.
 */
export function registerDocumentAdapters(adapters: readonly DocumentAdapter[]): void {
  registered = [...adapters];
}

/**
 * Parts every frozen snapshot carries besides the document's own data, from features that are not
 * documents themselves (the 佐证材料 list of the evidence feature): registered by src/app like the adapters.
 */
export type SnapshotPart = (deps: TxDeps, doc: DocumentInfo) => Promise<Record<string, JsonValue>>;

let snapshotParts: readonly SnapshotPart[] = [];

export function registerSnapshotParts(parts: readonly SnapshotPart[]): void {
  snapshotParts = [...parts];
}

/** The data frozen with a version: the adapter's snapshot, with the registered parts added to it. */
export async function documentSnapshot(
  deps: TxDeps,
  doc: DocumentInfo,
  adapter: DocumentAdapter,
): Promise<JsonValue> {
  const data = await adapter.snapshot(deps, doc);
  if (snapshotParts.length === 0 || data === null || typeof data !== 'object' || Array.isArray(data))
    return data;
  const out: Record<string, JsonValue> = { ...(data as Record<string, JsonValue>) };
  for (const part of snapshotParts) Object.assign(out, await part(deps, doc));
  return out;
}

export async function locateDocument(
  db: DbOrTx,
  id: string,
): Promise<{ doc: DocumentInfo; adapter: DocumentAdapter } | null> {
  if (registered.length === 0) throw new Error('registerDocumentAdapters() was not called at start-up');
  for (const adapter of registered) {
    const doc = await adapter.locate(db, id);
    if (doc) return { doc, adapter };
  }
  return null;
}
