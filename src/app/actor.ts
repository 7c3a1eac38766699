/**
 * Who is asking: the signed-in user, their roles and the organisations those roles reach (their own
 * organisation and all its descendants). Loaded once per request from the database.
 */
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/database.ts';
import { organisations, userRoles, users } from '../platform/db/schema/index.ts';
import { permissionsOf, type Permission, type RoleGrant } from './roles.ts';

export type Actor = {
  userId: string;
  username: string;
  displayName: string;
  orgId: string;
  orgName: string;
  roles: RoleGrant[];
  permissions: Set<Permission>;
  /** The user's organisation and every descendant: the reach of their roles. */
  reach: Set<string>;
  ip: string | null;
};

export async function subtreeIds(db: DbOrTx, rootId: string): Promise<string[]> {
  const result = await db.execute<{ id: string }>(sql`
    WITH RECURSIVE tree AS (
      SELECT id FROM ${organisations} WHERE id = ${rootId}
      UNION ALL
      SELECT o.id FROM ${organisations} o JOIN tree t ON o.parent_id = t.id
    )
    SELECT id FROM tree`);
  return result.rows.map((r) => r.id);
}

export async function rolesOf(db: DbOrTx, userId: string): Promise<RoleGrant[]> {
  const rows = await db.select().from(userRoles).where(eq(userRoles.userId, userId));
  return rows
    .map((r) => ({ role: r.role, position: r.position === '' ? null : r.position }))
    .sort((a, b) => (a.role + (a.position ?? '')).localeCompare(b.role + (b.position ?? '')));
}

export async function loadActor(db: DbOrTx, userId: string, ip: string | null): Promise<Actor | null> {
  const rows = await db
    .select({ user: users, orgName: organisations.name })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.orgId))
    .where(eq(users.id, userId));
  const row = rows[0];
  if (!row || row.user.disabled) return null;
  const roles = await rolesOf(db, userId);
  return {
    userId: row.user.id,
    username: row.user.username,
    displayName: row.user.displayName,
    orgId: row.user.orgId,
    orgName: row.orgName,
    roles,
    permissions: permissionsOf(roles),
    reach: new Set(await subtreeIds(db, row.user.orgId)),
    ip,
  };
}
