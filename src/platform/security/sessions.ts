/**
 * Server-side sessions in PostgreSQL, so that any number of server processes share them. The cookie
 * holds a random token; the table holds its SHA-256. Idle and absolute timeouts come from config.
 */
import { eq, lt, or } from 'drizzle-orm';
import type { SecurityConfig } from '../config.ts';
import type { DbOrTx } from '../db/database.ts';
import { sessions } from '../db/schema/index.ts';
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

/**
 * What a session found for a cookie is worth now: `expired` (idle too long, too old, or its user is
 * disabled: delete it and refuse), `live`, or `touch` (live, and its idle clock is due an update). The
 * lookup itself is `loadSessionActor` (src/app/actor.ts): one statement with the user, roles and reach.
 */
export function sessionState(
  session: { createdAt: Date; lastSeenAt: Date },
  userDisabled: boolean,
  security: SecurityConfig,
  now: Date,
): 'expired' | 'live' | 'touch' {
  const idle = now.getTime() - session.lastSeenAt.getTime() > security.sessionIdleMinutes * 60_000;
  const tooOld = now.getTime() - session.createdAt.getTime() > security.sessionAbsoluteHours * 3_600_000;
  if (idle || tooOld || userDisabled) return 'expired';
  // Touch at most once a minute: the idle clock needs no finer grain, and reads stay cheap.
  return now.getTime() - session.lastSeenAt.getTime() > 60_000 ? 'touch' : 'live';
}

/** Records activity on a session (its idle clock), by the token's digest. */
export async function touchSession(db: DbOrTx, digest: string, now: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, digest));
}

export async function deleteSessionByDigest(db: DbOrTx, digest: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, digest));
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
