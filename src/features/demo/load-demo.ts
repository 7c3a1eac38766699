/** Loads the demo organisations, fiscal year 2020 and demo users; does nothing if already loaded. */
import { eq } from 'drizzle-orm';
import type { TxDeps } from '../../app/deps.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { fiscalYears, organisations, userRoles, users } from '../../platform/db/schema/index.ts';
import { hashPassword } from '../../platform/security/passwords.ts';
import { rootOrgId } from '../system/bootstrap.ts';
import { DEMO_FISCAL_YEAR, DEMO_ROLES, flattenDemoOrgs } from './demo-data.ts';
import { loadDemoAccounts } from './load-demo-accounts.ts';
import { loadDemoDrafts } from './load-demo-drafts.ts';
import { loadDemoGoals } from './load-demo-goals.ts';
import { loadDemoMonitoring } from './load-demo-monitoring.ts';
import { loadDemoWorkflow } from './load-demo-workflow.ts';

export async function loadDemo(
  deps: TxDeps,
  password: string,
): Promise<{ loaded: boolean; users: string[] }> {
  const flat = flattenDemoOrgs();
  const existing = await deps.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.code, flat[0]!.code));
  if (existing.length > 0) return { loaded: false, users: [] };
  const root = await rootOrgId(deps);
  if (!root) throw new Error('bootstrap must run before the demo');
  const now = deps.clock();
  // One hash for all demo users: they share a documented password, and 60 argon2 hashes would slow the first start.
  const passwordHash = await hashPassword(password);
  await deps.db.insert(fiscalYears).values({ year: DEMO_FISCAL_YEAR, status: 'open' }).onConflictDoNothing();
  const idByCode = new Map<string, string>();
  const created: string[] = [];
  for (const org of flat) {
    const parentId = org.parentCode ? idByCode.get(org.parentCode)! : root;
    const [row] = await deps.db
      .insert(organisations)
      .values({ parentId, code: org.code, name: org.name, kind: org.kind, createdAt: now, updatedAt: now })
      .returning();
    idByCode.set(org.code, row!.id);
    for (const r of DEMO_ROLES) {
      const username = `${org.prefix}_${r.suffix}`;
      const [user] = await deps.db
        .insert(users)
        .values({
          username,
          displayName: `${org.short}·${r.label}`,
          orgId: row!.id,
          passwordHash,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await deps.db.insert(userRoles).values({ userId: user!.id, role: r.role, position: r.position ?? '' });
      created.push(username);
    }
  }
  await loadDemoGoals(deps);
  await loadDemoAccounts(deps);
  created.push(...(await loadDemoWorkflow(deps, passwordHash)));
  await loadDemoMonitoring(deps);
  await loadDemoDrafts(deps);
  await appendAudit(
    deps.db,
    { id: null, username: 'system', ip: null },
    {
      action: 'demo.load',
      entity: 'demo',
      after: { organisations: flat.map((o) => o.code), users: created.length },
    },
    now,
  );
  return { loaded: true, users: created };
}
