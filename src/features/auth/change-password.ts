/** A user changes their own password; their other sessions end. */
import { and, eq, ne } from 'drizzle-orm';
import type { TxDeps } from '../../app/deps.ts';
import type { Actor } from '../../app/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { sessions, users } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import { hashPassword, passwordPolicyProblem, verifyPassword } from '../../platform/security/passwords.ts';
import { tokenDigest } from '../../platform/security/tokens.ts';
import { authTexts } from './texts.ts';

export async function changePassword(
  deps: TxDeps,
  actor: Actor,
  input: { currentPassword: string; newPassword: string; currentSessionToken: string },
): Promise<void> {
  const [user] = await deps.db.select().from(users).where(eq(users.id, actor.userId)).for('update');
  if (!user) throw new AppError('NOT_FOUND');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
    throw new AppError('VALIDATION', authTexts.wrongCurrentPassword);
  if (input.currentPassword === input.newPassword) throw new AppError('VALIDATION', authTexts.samePassword);
  const problem = passwordPolicyProblem(input.newPassword, deps.config.security);
  if (problem) throw new AppError('VALIDATION', problem);
  const now = deps.clock();
  await deps.db
    .update(users)
    .set({
      passwordHash: await hashPassword(input.newPassword),
      passwordChangedAt: now,
      updatedAt: now,
      version: user.version + 1,
    })
    .where(eq(users.id, user.id));
  await deps.db
    .delete(sessions)
    .where(and(eq(sessions.userId, user.id), ne(sessions.tokenHash, tokenDigest(input.currentSessionToken))));
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    { action: 'user.change-password', entity: 'user', entityId: user.id, orgId: user.orgId },
    now,
  );
}
