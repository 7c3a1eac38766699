/**
 * Server-side sessions in PostgreSQL, so that any number of server processes share them. The cookie
 * holds a random token; the table holds its SHA-256. Idle and absolute timeouts come from config.
 */
import { eq, lt, or } from 'drizzle-orm';
import type { SecurityConfig } from '../config.ts';
import type { DbOrTx } from '../db/database.ts';
import { sessions, users } from '../db/schema/index.ts';
import { newToken, tokenDigest } from './tokens.ts';

export type SessionRecord = typeof sessions.$inferSelect;

export async function createSession(
  tx: DbOrTx,
  userId: string,
  meta: { ip: string | null; userAgent: string | null },
  now: Date,
): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  await tx.insert(sessions).values({
    tokenHash: tokenDigest(token),
    userId,
    csrfToken,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
    createdAt: now,
    lastSeenAt: now,
  });
  return { token, csrfToken };
}

/** The live session for a cookie token, or null; an expired one is deleted on the way. */
export async function resolveSession(
  db: DbOrTx,
  token: string,
  security: SecurityConfig,
  now: Date,
): Promise<SessionRecord | null> {
  const digest = tokenDigest(token);
  const rows = await db
    .select({ session: sessions, disabled: users.disabled })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, digest));
  const row = rows[0];
  if (!row) return null;
  const idleMs = security.sessionIdleMinutes * 60_000;
  const absoluteMs = security.sessionAbsoluteHours * 3_600_000;
  const idle = now.getTime() - row.session.lastSeenAt.getTime() > idleMs;
  const tooOld = now.getTime() - row.session.createdAt.getTime() > absoluteMs;
  if (idle || tooOld || row.disabled) {
    await db.delete(sessions).where(eq(sessions.tokenHash, digest));
    return null;
  }
  // Touch at most once a minute: the idle clock needs no finer grain, and reads stay cheap.
  if (now.getTime() - row.session.lastSeenAt.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, digest));
  }
  return row.session;
}

export async function deleteSession(db: DbOrTx, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenDigest(token)));
}

export async function deleteUserSessions(db: DbOrTx, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function purgeExpiredSessions(db: DbOrTx, security: SecurityConfig, now: Date): Promise<void> {
  const idleBefore = new Date(now.getTime() - security.sessionIdleMinutes * 60_000);
  const createdBefore = new Date(now.getTime() - security.sessionAbsoluteHours * 3_600_000);
  await db
    .delete(sessions)
    .where(or(lt(sessions.lastSeenAt, idleBefore), lt(sessions.createdAt, createdBefore)));
}
