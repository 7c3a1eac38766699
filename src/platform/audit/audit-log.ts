/**
 * The audit pipeline: every data change, login, lockout and refused request is appended here, in the
 * same transaction as the change (if the audit write fails, the change fails). Entries are
 * hash-chained: hash = SHA-256(prev_hash ‖ canonical JSON of the entry).
 */
import { createHash } from 'node:crypto';
import { asc, gt, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/database.ts';
import { auditLog } from '../db/schema/index.ts';

export type AuditActor = { id: string | null; username: string | null; ip: string | null };

export type AuditEntry = {
  action: string;
  entity: string;
  entityId?: string | null;
  orgId?: string | null;
  outcome?: 'success' | 'refused' | 'failure';
  before?: unknown;
  after?: unknown;
};

export const GENESIS_HASH = '0'.repeat(64);
// Serialises appends so that the chain has one order (a transaction-scoped advisory lock).
const CHAIN_LOCK_KEY = 7_427_001;

/** JSON with object keys sorted, so jsonb's reordering does not change the hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return '[' + value.map(canonicalJson).join(',') + ']';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return '{' + entries.map(([k, v]) => JSON.stringify(k) + ':' + canonicalJson(v)).join(',') + '}';
  }
  return JSON.stringify(value);
}

type HashedFields = {
  at: string;
  actorId: string | null;
  actorUsername: string | null;
  ip: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  orgId: string | null;
  outcome: 'success' | 'refused' | 'failure';
  before: unknown;
  after: unknown;
};

export function entryHash(prevHash: string, fields: HashedFields): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(fields)).digest('hex');
}

/** Plain JSON for before/after snapshots: Dates become ISO strings, secrets are dropped. */
export function snapshot(row: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!row) return null;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === 'passwordHash' || key === 'tokenHash' || key === 'csrfToken') continue;
    out[key] = value instanceof Date ? value.toISOString() : value;
  }
  return out;
}

/**
 * Appends one entry to the chain, inside the caller's transaction (outside one, in a transaction of its
 * own: the chain's lock only holds within a transaction). The lock serialises appends, so it is held for
 * as short a time as possible: everything but the link is computed before it is taken, and one statement
 * takes it, reads the last hash and inserts the entry (`audit_append`, drizzle/0020_*), computing the link in
 * PostgreSQL: SHA-256(prev_hash ‖ canonical JSON), the same bytes as `entryHash`, which `verifyAuditChain`
 * recomputes; then only the caller's COMMIT remains. (The last hash is read by its own statement inside the
 * function: one read in the lock's own statement would use a snapshot taken before the lock was granted,
 * and fork the chain.)
 */
export async function appendAudit(
  tx: DbOrTx,
  actor: AuditActor,
  entry: AuditEntry,
  now: Date = new Date(),
): Promise<void> {
  if (!(tx instanceof PgTransaction)) return tx.transaction((inner) => appendAudit(inner, actor, entry, now));
  const fields: HashedFields = {
    at: now.toISOString(),
    actorId: actor.id,
    actorUsername: actor.username,
    ip: actor.ip,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    orgId: entry.orgId ?? null,
    outcome: entry.outcome ?? 'success',
    before: entry.before ?? null,
    after: entry.after ?? null,
  };
  const canonical = canonicalJson(fields);
  const json = (value: unknown) => (value === null ? null : JSON.stringify(value));
  // One round trip under the lock (drizzle/0020_audit-append-function.sql): lock, last hash, insert.
  await tx.execute(sql`
    SELECT audit_append(${CHAIN_LOCK_KEY}, ${GENESIS_HASH}, ${canonical}, ${fields.at}::timestamptz,
      ${fields.actorId}::uuid, ${fields.actorUsername}, ${fields.ip}, ${fields.action}, ${fields.entity},
      ${fields.entityId}, ${fields.orgId}::uuid, ${fields.outcome}, ${json(fields.before)}::jsonb,
      ${json(fields.after)}::jsonb)`);
}

export type VerifyResult =
  | { ok: true; entries: number; headSeq: number | null; headHash: string }
  | { ok: false; entries: number; badSeq: number; reason: string };

/** Walks the chain in order; names the first entry whose hash or link does not hold. */
export async function verifyAuditChain(db: DbOrTx, batchSize = 2000): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let afterSeq = 0;
  let count = 0;
  let headSeq: number | null = null;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, afterSeq))
      .orderBy(asc(auditLog.seq))
      .limit(batchSize);
    if (rows.length === 0) break;
    for (const row of rows) {
      count++;
      if (row.prevHash !== prevHash) {
        return {
          ok: false,
          entries: count,
          badSeq: row.seq,
          reason: '与前一条记录的链接不符（前面的记录被删除或改动）',
        };
      }
      const fields: HashedFields = {
        at: row.at.toISOString(),
        actorId: row.actorId,
        actorUsername: row.actorUsername,
        ip: row.ip,
        action: row.action,
        entity: row.entity,
        entityId: row.entityId,
        orgId: row.orgId,
        outcome: row.outcome,
        before: row.before,
        after: row.after,
      };
      if (entryHash(row.prevHash, fields) !== row.hash) {
        return { ok: false, entries: count, badSeq: row.seq, reason: '记录内容与其哈希不符（该记录被改动）' };
      }
      prevHash = row.hash;
      headSeq = row.seq;
    }
    afterSeq = rows[rows.length - 1]!.seq;
  }
  return { ok: true, entries: count, headSeq, headHash: prevHash };
}
