/**
 * Password login: 5 failures lock the account for 15 minutes (configurable); every attempt is
 * audited; success issues a fresh session token and CSRF token.
 *
 * No enumeration: a name without an account and a disabled account answer exactly as a wrong password
 * does — the same status and body, the same lockout after the same number of attempts (unknown names are
 * counted in `login_throttle`), and a disabled account's right password is treated as a wrong one.
 */
import { eq, sql } from 'drizzle-orm';
import type { TxDeps } from '../../app/deps.ts';
import { loadActor, type Actor } from '../../app/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { loginThrottle, users } from '../../platform/db/schema/index.ts';
import { hashPassword, verifyPassword } from '../../platform/security/passwords.ts';
import { createSession, purgeExpiredSessions } from '../../platform/security/sessions.ts';
import { authTexts } from './texts.ts';

export type LoginInput = { username: string; password: string; ip: string | null; userAgent: string | null };
export type LoginResult =
  | { ok: true; token: string; csrfToken: string; actor: Actor }
  | { ok: false; status: 401 | 423; code: 'UNAUTHENTICATED' | 'LOCKED'; message: string };

// Verifying against a real hash when the user does not exist keeps the timing the same.
let dummyHash: Promise<string> | null = null;

export async function login(deps: TxDeps, input: LoginInput): Promise<LoginResult> {
  const { db, config } = deps;
  const now = deps.clock();
  const security = config.security;
  const badCredentials: LoginResult = {
    ok: false,
    status: 401,
    code: 'UNAUTHENTICATED',
    message: authTexts.badCredentials,
  };
  const lockedResult = (until: Date): LoginResult => ({
    ok: false,
    status: 423,
    code: 'LOCKED',
    message: authTexts.locked(security.lockoutMinutes, until),
  });
  const audit = (entry: Parameters<typeof appendAudit>[2], actorId: string | null) =>
    appendAudit(db, { id: actorId, username: input.username.slice(0, 100), ip: input.ip }, entry, now);

  const rows = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.username})`, input.username.toLowerCase()))
    .for('update');
  const user = rows[0];
  if (!user) {
    const usernameKey = input.username.toLowerCase().slice(0, 200);
    const [throttle] = await db
      .select()
      .from(loginThrottle)
      .where(eq(loginThrottle.usernameKey, usernameKey))
      .for('update');
    if (throttle?.lockedUntil && throttle.lockedUntil > now) {
      await audit(
        { action: 'auth.login', entity: 'user', outcome: 'refused', after: { reason: 'unknown-user' } },
        null,
      );
      return lockedResult(throttle.lockedUntil);
    }
    dummyHash ??= hashPassword('dummy-password-for-timing');
    await verifyPassword(await dummyHash, input.password);
    const failures = (throttle?.failedLogins ?? 0) + 1;
    const locks = failures >= security.maxFailedLogins;
    const lockedUntil = locks ? new Date(now.getTime() + security.lockoutMinutes * 60_000) : null;
    const row = { failedLogins: locks ? 0 : failures, lockedUntil, updatedAt: now };
    await db
      .insert(loginThrottle)
      .values({ usernameKey, ...row })
      .onConflictDoUpdate({ target: loginThrottle.usernameKey, set: row });
    await audit(
      {
        action: 'auth.login',
        entity: 'user',
        outcome: 'failure',
        after: { reason: 'unknown-user', failures },
      },
      null,
    );
    return lockedUntil ? lockedResult(lockedUntil) : badCredentials;
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await audit(
      {
        action: 'auth.login',
        entity: 'user',
        entityId: user.id,
        orgId: user.orgId,
        outcome: 'refused',
        after: { reason: 'locked' },
      },
      user.id,
    );
    return lockedResult(user.lockedUntil);
  }
  const passwordOk = await verifyPassword(user.passwordHash, input.password);
  // A disabled account is refused as a wrong password would be, right password or not.
  const reason = user.disabled ? 'disabled' : 'bad-password';
  if (!passwordOk || user.disabled) {
    const failures = user.failedLogins + 1;
    if (failures >= security.maxFailedLogins) {
      const lockedUntil = new Date(now.getTime() + security.lockoutMinutes * 60_000);
      await db.update(users).set({ failedLogins: 0, lockedUntil }).where(eq(users.id, user.id));
      await audit(
        {
          action: 'auth.login',
          entity: 'user',
          entityId: user.id,
          orgId: user.orgId,
          outcome: 'failure',
          after: { reason, failures },
        },
        user.id,
      );
      await audit(
        {
          action: 'auth.lockout',
          entity: 'user',
          entityId: user.id,
          orgId: user.orgId,
          outcome: 'success',
          after: { lockedUntil: lockedUntil.toISOString() },
        },
        user.id,
      );
      return lockedResult(lockedUntil);
    }
    await db.update(users).set({ failedLogins: failures }).where(eq(users.id, user.id));
    await audit(
      {
        action: 'auth.login',
        entity: 'user',
        entityId: user.id,
        orgId: user.orgId,
        outcome: 'failure',
        after: { reason, failures },
      },
      user.id,
    );
    return badCredentials;
  }
  if (user.failedLogins !== 0 || user.lockedUntil) {
    await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
  }
  await purgeExpiredSessions(db, security, now);
  const { token, csrfToken } = await createSession(
    db,
    user.id,
    { ip: input.ip, userAgent: input.userAgent },
    now,
  );
  await audit(
    { action: 'auth.login', entity: 'user', entityId: user.id, orgId: user.orgId, outcome: 'success' },
    user.id,
  );
  const actor = await loadActor(db, user.id, input.ip);
  if (!actor) throw new Error('signed-in user vanished');
  return { ok: true, token, csrfToken, actor };
}
