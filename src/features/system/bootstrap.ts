/**
 * First start: the root organisation (财政部门), the current fiscal years, and the three
 * administrator accounts of 三员分立 — admin (系统管理员), secadmin (安全管理员), auditor (审计管理员).
 * Passwords come from the environment, else are generated and returned to be printed once.
 */
import { randomBytes } from 'node:crypto';
import { eq, isNull, sql } from 'drizzle-orm';
import type { TxDeps } from '../../app/deps.ts';
import type { Role } from '../../app/roles.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { fiscalYears, organisations, userRoles, users } from '../../platform/db/schema/index.ts';
import { hashPassword } from '../../platform/security/passwords.ts';
import { loadStarterLibrary } from '../indicator-library/load-starter.ts';

export type GeneratedCredential = { username: string; password: string; role: string };

/** A random password that satisfies the policy (all four classes). */
export function generatePassword(): string {
  const body = randomBytes(12).toString('base64url').replace(/[-_]/g, 'x');
  return `Jx#${body}9a`;
}

export const ADMIN_ACCOUNTS: Array<{ username: string; displayName: string; role: Role; env: string }> = [
  { username: 'admin', displayName: '系统管理员', role: 'sysadmin', env: 'JIXIAO_ADMIN_PASSWORD' },
  { username: 'secadmin', displayName: '安全管理员', role: 'secadmin', env: 'JIXIAO_SECADMIN_PASSWORD' },
  { username: 'auditor', displayName: '审计管理员', role: 'auditor', env: 'JIXIAO_AUDITOR_PASSWORD' },
];

export async function rootOrgId(deps: TxDeps): Promise<string | null> {
  const rows = await deps.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(isNull(organisations.parentId))
    .orderBy(organisations.createdAt)
    .limit(1);
  return rows[0]?.id ?? null;
}

export async function bootstrap(
  deps: TxDeps,
  passwords: Record<string, string | null | undefined>,
  rootName = '财政部门',
): Promise<{ created: boolean; generated: GeneratedCredential[] }> {
  const now = deps.clock();
  let root = await rootOrgId(deps);
  const generated: GeneratedCredential[] = [];
  let created = false;
  if (!root) {
    const [row] = await deps.db
      .insert(organisations)
      .values({ code: 'ROOT', name: rootName, kind: 'finance', createdAt: now, updatedAt: now })
      .returning();
    root = row!.id;
    created = true;
    await appendAudit(
      deps.db,
      { id: null, username: 'system', ip: null },
      {
        action: 'org.create',
        entity: 'organisation',
        entityId: root,
        orgId: root,
        after: { code: 'ROOT', name: rootName },
      },
      now,
    );
  }
  const year = now.getFullYear() - 1;
  await deps.db.insert(fiscalYears).values({ year, status: 'open' }).onConflictDoNothing();
  for (const account of ADMIN_ACCOUNTS) {
    const exists = await deps.db
      .select({ id: users.id })
      .from(users)
      .where(eq(sql`lower(${users.username})`, account.username));
    if (exists.length > 0) continue;
    let password = passwords[account.env] ?? null;
    if (!password) {
      password = generatePassword();
      generated.push({ username: account.username, password, role: account.displayName });
    }
    const [user] = await deps.db
      .insert(users)
      .values({
        username: account.username,
        displayName: account.displayName,
        orgId: root,
        passwordHash: await hashPassword(password),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await deps.db.insert(userRoles).values({ userId: user!.id, role: account.role, position: '' });
    await appendAudit(
      deps.db,
      { id: null, username: 'system', ip: null },
      {
        action: 'user.create',
        entity: 'user',
        entityId: user!.id,
        orgId: root,
        after: { username: account.username, roles: [account.role] },
      },
      now,
    );
  }
  // The starter 共性 指标库, into an empty library (first start, or the first start with the 指标库).
  await loadStarterLibrary(deps, root);
  return { created, generated };
}
