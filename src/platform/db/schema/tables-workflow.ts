/**
 * Review workflows (issue 4): chain settings per organisation and document kind, one workflow row per
 * document (the state as jsonb with its integer version — the optimistic-concurrency token), the
 * append-only events, the frozen numbered versions with the document's data snapshot, and the
 * notifications a command implies. The rules live in src/domain/workflow; see docs/workflow.md.
 */
import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations, users } from './tables-platform.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

/** A chain configured for an organisation and a document kind; descendants inherit it unless they override it. */
export const workflowChains = pgTable(
  'workflow_chains',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind').notNull(),
    /** A `ChainDefinition` (its `revision` is bumped on every edit). */
    chain: jsonb('chain').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('workflow_chains_org_kind_unique').on(t.orgId, t.kind)],
);

/**
 * One row per document under review. `id` is the document's own id (an evaluation's, a project's), so
 * the row is found without a mapping; `state` is the domain's `WorkflowState`, `version` = state.version.
 * `status` and `participants` are copies of what the inbox filters on.
 */
export const workflowDocuments = pgTable(
  'workflow_documents',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    status: text('status').notNull(),
    state: jsonb('state').notNull(),
    version: integer('version').notNull(),
    /** Everyone who submitted, acted or was assigned (the inbox reads only these rows). */
    participants: uuid('participants').array().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('workflow_documents_org_idx').on(t.orgId),
    index('workflow_documents_participants_idx').using('gin', t.participants),
  ],
);

/** The events, append-only; `(document_id, seq)` is a second guard against two writers appending seq n. */
export const workflowEvents = pgTable(
  'workflow_events',
  {
    documentId: uuid('document_id')
      .notNull()
      .references(() => workflowDocuments.id),
    seq: integer('seq').notNull(),
    commandId: text('command_id').notNull(),
    type: text('type').notNull(),
    actorId: uuid('actor_id'),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    event: jsonb('event').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.documentId, t.seq] }),
    index('workflow_events_command_idx').on(t.documentId, t.commandId),
  ],
);

/** A frozen numbered version: the approval trail and the document's data as of the final approval. */
export const workflowVersions = pgTable(
  'workflow_versions',
  {
    documentId: uuid('document_id')
      .notNull()
      .references(() => workflowDocuments.id),
    number: integer('number').notNull(),
    frozenAt: timestamp('frozen_at', { withTimezone: true, mode: 'date' }).notNull(),
    trail: jsonb('trail').notNull(),
    /** The document's data snapshot (for evaluations: the rows and the data its documents are rendered from). */
    data: jsonb('data').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.number] })],
);

/** What a user is told after a command (an item arrived, came back, was frozen); read by the header's poll. */
export const workflowNotifications = pgTable(
  'workflow_notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    documentId: uuid('document_id')
      .notNull()
      .references(() => workflowDocuments.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    stepName: text('step_name'),
    byName: text('by_name').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('workflow_notifications_user_idx').on(t.userId, t.readAt)],
);
