/**
 * A user changes their own password; their other sessions end. Wrong current passwords count as failed
 * logins (the same counter and limit): at the limit the account locks and every session of it ends, so
 * a stolen session cannot be used to guess the password.
 */
import { and, eq, ne } from 'drizzle-orm';
import type { TxDeps } from '../../app/deps.ts';
import type { Actor } from '../../app/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { sessions, users } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import { hashPassword, passwordPolicyProblem, verifyPassword } from '../../platform/security/passwords.ts';
import { tokenDigest } from '../../platform/security/tokens.ts';
import { authTexts } from './texts.ts';

export type ChangePasswordResult =
  { ok: true } | { ok: false; status: 400 | 423; code: 'VALIDATION' | 'LOCKED'; message: string };

export async function changePassword(
  deps: TxDeps,
  actor: Actor,
  input: { currentPassword: string; newPassword: string; currentSessionToken: string },
): Promise<ChangePasswordResult> {
  const [user] = await deps.db.select().from(users).where(eq(users.id, actor.userId)).for('update');
  if (!user) throw new AppError('NOT_FOUND');
  const now = deps.clock();
  const security = deps.config.security;
  const who = { id: actor.userId, username: actor.username, ip: actor.ip };
  if (user.lockedUntil && user.lockedUntil > now)
    return {
      ok: false,
      status: 423,
      code: 'LOCKED',
      message: authTexts.locked(security.lockoutMinutes, user.lockedUntil),
    };
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    // Returned, not thrown: the failure count must be committed.
    const failures = user.failedLogins + 1;
    const entry = { entity: 'user', entityId: user.id, orgId: user.orgId } as const;
    await appendAudit(
      deps.db,
      who,
      {
        action: 'user.change-password',
        ...entry,
        outcome: 'failure',
        after: { reason: 'bad-password', failures },
      },
      now,
    );
    if (failures < security.maxFailedLogins) {
      await deps.db.update(users).set({ failedLogins: failures }).where(eq(users.id, user.id));
      return { ok: false, status: 400, code: 'VALIDATION', message: authTexts.wrongCurrentPassword };
    }
    const lockedUntil = new Date(now.getTime() + security.lockoutMinutes * 60_000);
    await deps.db.update(users).set({ failedLogins: 0, lockedUntil }).where(eq(users.id, user.id));
    await deps.db.delete(sessions).where(eq(sessions.userId, user.id));
    await appendAudit(
      deps.db,
      who,
      {
        action: 'auth.lockout',
        ...entry,
        outcome: 'success',
        after: { lockedUntil: lockedUntil.toISOString() },
      },
      now,
    );
    return {
      ok: false,
      status: 423,
      code: 'LOCKED',
      message: authTexts.locked(security.lockoutMinutes, lockedUntil),
    };
  }
  if (input.currentPassword === input.newPassword) throw new AppError('VALIDATION', authTexts.samePassword);
  const problem = passwordPolicyProblem(input.newPassword, deps.config.security);
  if (problem) throw new AppError('VALIDATION', problem);
  await deps.db
    .update(users)
    .set({
      passwordHash: await hashPassword(input.newPassword),
      passwordChangedAt: now,
      updatedAt: now,
      version: user.version + 1,
      failedLogins: 0,
    })
    .where(eq(users.id, user.id));
  await deps.db
    .delete(sessions)
    .where(and(eq(sessions.userId, user.id), ne(sessions.tokenHash, tokenDigest(input.currentSessionToken))));
  await appendAudit(
    deps.db,
    who,
    { action: 'user.change-password', entity: 'user', entityId: user.id, orgId: user.orgId },
    now,
  );
  return { ok: true };
}
