/**
 * The database schema (PostgreSQL, one dialect). Migrations in /drizzle are generated from this file
 * with `npm run db:generate` and applied at start-up and by `npx jixiao migrate`.
 * Money and scores, when they arrive, are `numeric` columns read as strings.
 */
import { sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  bigserial,
  boolean,
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

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

/** 财政部门 → 主管部门 → 单位, a tree of any depth. */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parentId: uuid('parent_id').references((): AnyPgColumn => organisations.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['finance', 'department', 'unit'] }).notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('organisations_code_unique').on(t.code),
    index('organisations_parent_idx').on(t.parentId),
  ],
);

export const fiscalYears = pgTable('fiscal_years', {
  year: integer('year').primaryKey(),
  status: text('status', { enum: ['open', 'closed'] })
    .notNull()
    .default('open'),
  createdAt: createdAt(),
});

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    passwordHash: text('password_hash').notNull(),
    disabled: boolean('disabled').notNull().default(false),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true, mode: 'date' })
      .notNull()
      .defaultNow(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('users_username_unique').on(sql`lower(${t.username})`),
    index('users_org_idx').on(t.orgId),
  ],
);

/** Roles a user holds; a role reaches the user's organisation and its descendants. */
export const userRoles = pgTable(
  'user_roles',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', {
      enum: ['clerk', 'reviewer', 'evaluator', 'sysadmin', 'secadmin', 'auditor'],
    }).notNull(),
    // 审核人's position title: 主任 / 财务处经办人 / 分管处长 / 处长 / 厅领导 …; '' for roles without one.
    position: text('position').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role, t.position] })],
);

/** Server-side sessions, shared by every server process. Only the token's SHA-256 is stored. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** A creating request's result, so that a retry with the same Idempotency-Key returns it again. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id').notNull(),
    key: text('key').notNull(),
    route: text('route').notNull(),
    /** SHA-256 of the request (path parameters, query, body): the same key with another request is refused. */
    requestHash: text('request_hash'),
    statusCode: integer('status_code'),
    response: jsonb('response'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);

/**
 * Failed logins for user names that have no account: counted and locked exactly like an account's
 * (users.failed_logins / locked_until), so that the answers never tell which names exist.
 */
export const loginThrottle = pgTable('login_throttle', {
  usernameKey: text('username_key').primaryKey(),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/**
 * Append-only, hash-chained audit log. A trigger refuses UPDATE and DELETE; `hash` covers the
 * entry's fields and the previous entry's hash, so `jixiao audit verify` detects alteration.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'date', precision: 3 }).notNull(),
    actorId: uuid('actor_id'),
    actorUsername: text('actor_username'),
    ip: text('ip'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    orgId: uuid('org_id'),
    outcome: text('outcome', { enum: ['success', 'refused', 'failure'] }).notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_log_org_idx').on(t.orgId), index('audit_log_actor_idx').on(t.actorId)],
);
