/**
 * Who is asking: the signed-in user, their roles and the organisations those roles reach (their own
 * organisation and all its descendants). Loaded once per request from the database — nothing about a
 * session or a user is cached between requests, so a logout, a disabled account, a changed password or
 * changed roles take effect on the very next request in every server process. The reach comes from the
 * process's copy of the organisation tree, which the same statement brings up to date (org-tree.ts).
 */
import { eq, sql } from 'drizzle-orm';
import { queryPrepared, type Db, type DbOrTx } from '../platform/db/database.ts';
import { organisations, userRoles, users } from '../platform/db/schema/index.ts';
import { orgTreeOf, type OrgChange, type OrgNode, type OrgTree } from './org-tree.ts';
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

/** Role grants as the actor holds them: '' position is none; a stable order. */
function toGrants(rows: { role: RoleGrant['role']; position: string }[]): RoleGrant[] {
  return rows
    .map((r) => ({ role: r.role, position: r.position === '' ? null : r.position }))
    .sort((a, b) => (a.role + (a.position ?? '')).localeCompare(b.role + (b.position ?? '')));
}

export async function rolesOf(db: DbOrTx, userId: string): Promise<RoleGrant[]> {
  return toGrants(await db.select().from(userRoles).where(eq(userRoles.userId, userId)));
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

/** A signed-in request's session as `route.ts` needs it, with its actor. */
export type SessionActor = {
  session: { userId: string; csrfToken: string; createdAt: Date; lastSeenAt: Date };
  userDisabled: boolean;
  actor: Actor;
};

// The session, its user, the user's organisation, roles, and what changed in the organisation tree since
// this process's copy (org-tree.ts) in one round trip, as one prepared statement: this runs on every
// signed-in request. The reach is computed from the copy, which this very statement brings up to date.
const SESSION_ACTOR_SQL = `
  SELECT s.user_id, s.csrf_token, s.created_at, s.last_seen_at,
         u.username, u.display_name, u.org_id, u.disabled, o.name AS org_name,
         (SELECT coalesce(json_agg(json_build_object('role', r.role, 'position', r.position)), '[]')
            FROM user_roles r WHERE r.user_id = u.id) AS roles,
         (SELECT coalesce(max(seq), 0)::float8 FROM org_tree.changes) AS tree_version,
         CASE WHEN (SELECT max(seq) FROM org_tree.changes) > $2 THEN
           (SELECT json_agg(json_build_array(c.org_id, c.seq, c.deleted,
                     (SELECT json_build_array(t.parent_id, t.code, t.name, t.kind, t.version)
                        FROM organisations t WHERE t.id = c.org_id)))
              FROM org_tree.changes c WHERE c.seq > $2)
         END AS tree_changes
    FROM sessions s
    JOIN users u ON u.id = s.user_id
    JOIN organisations o ON o.id = u.org_id
   WHERE s.token_hash = $1`;

type SessionActorRow = {
  user_id: string;
  csrf_token: string;
  created_at: Date;
  last_seen_at: Date;
  username: string;
  display_name: string;
  org_id: string;
  disabled: boolean;
  org_name: string;
  roles: { role: RoleGrant['role']; position: string }[];
  tree_version: number;
  tree_changes: OrgChange[] | null;
};

/** The tree copy a request's actor was computed from (for `GET /api/orgs`, served from it). */
const actorTrees = new WeakMap<Actor, OrgTree>();

/**
 * The organisations within the actor's reach, ordered by code, from the tree copy this request brought
 * up to date; null for an actor not loaded by `loadSessionActor` (the caller then asks the database).
 */
export function reachedOrganisations(actor: Actor): OrgNode[] | null {
  return actorTrees.get(actor)?.listOf(actor.orgId) ?? null;
}

/** The session stored under a token digest and its actor, or null when there is no such session. */
export async function loadSessionActor(
  db: Db,
  tokenDigest: string,
  ip: string | null,
): Promise<SessionActor | null> {
  const tree = orgTreeOf(db.$client);
  const [row] = await queryPrepared<SessionActorRow>(db, 'jixiao_session_actor', SESSION_ACTOR_SQL, [
    tokenDigest,
    tree.version,
  ]);
  if (!row) return null;
  tree.apply(row.tree_version, row.tree_changes);
  const roles = toGrants(row.roles);
  const actor: Actor = {
    userId: row.user_id,
    username: row.username,
    displayName: row.display_name,
    orgId: row.org_id,
    orgName: row.org_name,
    roles,
    permissions: permissionsOf(roles),
    reach: tree.reachOf(row.org_id),
    ip,
  };
  actorTrees.set(actor, tree);
  return {
    session: {
      userId: row.user_id,
      csrfToken: row.csrf_token,
      createdAt: row.created_at,
      lastSeenAt: row.last_seen_at,
    },
    userDisabled: row.disabled,
    actor,
  };
}
