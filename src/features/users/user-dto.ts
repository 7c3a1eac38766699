/** The user as the API shows it (never the password hash). */
import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database.ts';
import { organisations, userRoles, users } from '../../platform/db/schema/index.ts';
import type { RoleGrant } from '../../app/roles.ts';

export type UserDto = {
  id: string;
  username: string;
  displayName: string;
  orgId: string;
  orgName: string;
  roles: RoleGrant[];
  disabled: boolean;
  lockedUntil: string | null;
  version: number;
};

export async function loadUserDtos(
  db: DbOrTx,
  where: { ids?: string[]; orgIds?: string[] },
): Promise<UserDto[]> {
  const condition = where.ids ? inArray(users.id, where.ids) : inArray(users.orgId, where.orgIds ?? []);
  if ((where.ids ?? where.orgIds ?? []).length === 0) return [];
  const rows = await db
    .select({ user: users, orgName: organisations.name })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.orgId))
    .where(condition)
    .orderBy(users.username);
  const grants = await db
    .select()
    .from(userRoles)
    .where(
      inArray(userRoles.userId, rows.map((r) => r.user.id).concat(['00000000-0000-0000-0000-000000000000'])),
    );
  return rows.map(({ user, orgName }) => ({
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    orgId: user.orgId,
    orgName,
    roles: grants
      .filter((g) => g.userId === user.id)
      .map((g) => ({ role: g.role, position: g.position === '' ? null : g.position }))
      .sort((a, b) => (a.role + (a.position ?? '')).localeCompare(b.role + (b.position ?? ''))),
    disabled: user.disabled,
    lockedUntil: user.lockedUntil ? user.lockedUntil.toISOString() : null,
    version: user.version,
  }));
}

export async function loadUserDto(db: DbOrTx, id: string): Promise<UserDto | null> {
  return (await loadUserDtos(db, { ids: [id] }))[0] ?? null;
}
