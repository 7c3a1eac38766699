/**
 * The world `apply` needs, read from the database: the organisation path (own organisation, parent, …,
 * root) and the people of those organisations with their role grants (职务), as plain data.
 */
import { inArray, sql } from 'drizzle-orm';
import type { OrgUser } from '../../domain/workflow/index.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { organisations, userRoles, users } from '../../platform/db/schema/index.ts';

export async function orgPathOf(db: DbOrTx, orgId: string): Promise<string[]> {
  const result = await db.execute<{ id: string; depth: number }>(sql`
    WITH RECURSIVE up AS (
      SELECT id, parent_id, 0 AS depth FROM ${organisations} WHERE id = ${orgId}
      UNION ALL
      SELECT o.id, o.parent_id, up.depth + 1 FROM ${organisations} o JOIN up ON o.id = up.parent_id
    )
    SELECT id, depth FROM up ORDER BY depth`);
  return result.rows.map((r) => r.id);
}

export async function directoryOf(db: DbOrTx, orgIds: readonly string[]): Promise<OrgUser[]> {
  if (orgIds.length === 0) return [];
  const rows = await db
    .select({
      id: users.id,
      name: users.displayName,
      orgId: users.orgId,
      disabled: users.disabled,
      username: users.username,
    })
    .from(users)
    .where(inArray(users.orgId, [...orgIds]))
    .orderBy(users.username);
  const grants = rows.length
    ? await db
        .select()
        .from(userRoles)
        .where(
          inArray(
            userRoles.userId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return rows.map((u) => ({
    id: u.id,
    name: u.name,
    orgId: u.orgId,
    disabled: u.disabled,
    title: null,
    grants: grants
      .filter((g) => g.userId === u.id)
      .map((g) => ({ role: g.role, position: g.position === '' ? null : g.position }))
      .sort((a, b) => (a.role + (a.position ?? '')).localeCompare(b.role + (b.position ?? ''))),
  }));
}
