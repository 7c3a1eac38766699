/**
 * 佐证材料 (evidence files, issue 15): files attached to a project, one of its goal-table indicators, a
 * self-evaluation or a rectification. The bytes live in PostgreSQL (so several server processes, an
 * external server and the logical backup all see them), once per content: `evidence_blobs` is keyed by
 * the SHA-256 of the content, and every attachment (`evidence_files`) points at its blob. An attachment
 * is removed by marking it deleted (the audit log and frozen snapshots keep naming it); blobs are kept.
 * See docs/evidence.md.
 */
import { customType, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, users } from './tables-platform.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/** One stored content, whatever its name: identical uploads share it. */
export const evidenceBlobs = pgTable('evidence_blobs', {
  /** SHA-256 of the content, 64 lowercase hex digits. */
  sha256: text('sha256').primaryKey(),
  size: integer('size').notNull(),
  /** The type found by looking at the content (never the one the browser claimed). */
  contentType: text('content_type').notNull(),
  content: bytea('content').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/** One attachment: a name, the blob, and what it belongs to. */
export const evidenceFiles = pgTable(
  'evidence_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** project | indicator | evaluation | rectification. */
    ownerKind: text('owner_kind', {
      enum: ['project', 'indicator', 'evaluation', 'rectification'],
    }).notNull(),
    /** The project (also for an indicator), evaluation or rectification. */
    ownerId: uuid('owner_id').notNull(),
    /**
     * For an indicator: its id in the project's goal table (project_indicators.id, kept across saves and
     * renames: the stable identity); null otherwise. No foreign key: a save rewrites the goal table's rows.
     */
    indicatorId: uuid('indicator_id'),
    /** For an indicator: its 三级指标 name when the file was attached (a label only); '' otherwise. */
    indicator: text('indicator').notNull().default(''),
    /** The organisation whose data this is (the owner's): who may see and change it. */
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    fileName: text('file_name').notNull(),
    sha256: text('sha256')
      .notNull()
      .references(() => evidenceBlobs.sha256),
    size: integer('size').notNull(),
    contentType: text('content_type').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    uploadedByName: text('uploaded_by_name').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true, mode: 'date' }),
    deletedBy: uuid('deleted_by').references(() => users.id),
  },
  (t) => [
    index('evidence_files_owner_idx').on(t.ownerKind, t.ownerId),
    index('evidence_files_org_idx').on(t.orgId),
    index('evidence_files_sha_idx').on(t.sha256),
  ],
);
