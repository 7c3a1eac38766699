/** Organisations: 财政部门 → 主管部门 → 单位, a tree of any depth. */
import { asc, eq, sql } from 'drizzle-orm';
import { reachedOrganisations, type Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { appendAudit, snapshot } from '../../platform/audit/audit-log.ts';
import { organisations } from '../../platform/db/schema/index.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { AppError } from '../../platform/errors.ts';
import { queryPrepared, type DbOrTx } from '../../platform/db/database.ts';

export type OrgKind = 'finance' | 'department' | 'unit';
export type OrgDto = {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  kind: OrgKind;
  version: number;
};

const toDto = (row: typeof organisations.$inferSelect): OrgDto => ({
  id: row.id,
  parentId: row.parentId,
  code: row.code,
  name: row.name,
  kind: row.kind,
  version: row.version,
});

// A unit has no departments below it; a finance department sits only at the top.
const ALLOWED_CHILDREN: Record<OrgKind, OrgKind[]> = {
  finance: ['department', 'unit'],
  department: ['department', 'unit'],
  unit: ['unit'],
};
const KIND_LABEL: Record<OrgKind, string> = { finance: '财政部门', department: '主管部门', unit: '单位' };

export async function listOrgs(db: DbOrTx, actor: Actor): Promise<OrgDto[]> {
  // Read on nearly every page: served from the process's copy of the tree, which the request's own
  // session statement has just brought up to date (src/app/org-tree.ts) — no statement of its own.
  const fromTree = reachedOrganisations(actor);
  if (fromTree) return fromTree;
  // An actor from elsewhere (CLI, tests): the reach as one array parameter and only the columns needed.
  return db
    .select({
      id: organisations.id,
      parentId: organisations.parentId,
      code: organisations.code,
      name: organisations.name,
      kind: organisations.kind,
      version: organisations.version,
    })
    .from(organisations)
    .where(sql`${organisations.id} = ANY(${sql.param([...actor.reach])}::uuid[])`)
    .orderBy(asc(organisations.code));
}

export async function orgOwner(db: DbOrTx, id: string): Promise<string | null> {
  const rows = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, id));
  return rows[0]?.id ?? null;
}

async function assertCodeFree(db: DbOrTx, code: string, exceptId?: string): Promise<void> {
  const rows = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.code, code));
  if (rows.some((r) => r.id !== exceptId)) throw new AppError('CONFLICT', `组织代码“${code}”已被使用。`);
}

// The parent's existence and kind and the code's uniqueness are checked by the insert itself: one
// prepared statement on the audited write's path instead of three. Only a refused insert asks why.
const CREATE_ORG_SQL = `
  INSERT INTO organisations (parent_id, code, name, kind, created_at, updated_at)
  SELECT p.id, $2, $3, $4, $5, $5 FROM organisations p WHERE p.id = $1 AND p.kind = ANY($6::text[])
  ON CONFLICT (code) DO NOTHING
  RETURNING id, parent_id, code, name, kind, version, created_at, updated_at`;

type CreatedOrgRow = {
  id: string;
  parent_id: string;
  code: string;
  name: string;
  kind: OrgKind;
  version: number;
  created_at: Date;
  updated_at: Date;
};

const PARENT_KINDS = (kind: OrgKind): OrgKind[] =>
  (Object.keys(ALLOWED_CHILDREN) as OrgKind[]).filter((p) => ALLOWED_CHILDREN[p].includes(kind));

export async function createOrg(
  deps: TxDeps,
  actor: Actor,
  input: { parentId: string; code: string; name: string; kind: OrgKind },
): Promise<OrgDto> {
  const now = deps.clock();
  const [row] = await queryPrepared<CreatedOrgRow>(deps.db, 'jixiao_create_org', CREATE_ORG_SQL, [
    input.parentId,
    input.code,
    input.name,
    input.kind,
    now,
    PARENT_KINDS(input.kind),
  ]);
  if (!row) {
    const [parent] = await deps.db
      .select({ kind: organisations.kind })
      .from(organisations)
      .where(eq(organisations.id, input.parentId));
    if (!parent) throw new AppError('NOT_FOUND', '上级组织不存在。');
    if (!ALLOWED_CHILDREN[parent.kind].includes(input.kind)) {
      throw new AppError('VALIDATION', `${KIND_LABEL[parent.kind]}下不能设立${KIND_LABEL[input.kind]}。`);
    }
    throw new AppError('CONFLICT', `组织代码“${input.code}”已被使用。`);
  }
  const created = {
    id: row.id,
    parentId: row.parent_id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    {
      action: 'org.create',
      entity: 'organisation',
      entityId: row.id,
      orgId: row.id,
      after: snapshot(created),
    },
    now,
  );
  return toDto(created);
}

export async function updateOrg(
  deps: TxDeps,
  actor: Actor,
  id: string,
  input: { code?: string; name?: string; version: number },
): Promise<OrgDto> {
  const [before] = await deps.db.select().from(organisations).where(eq(organisations.id, id));
  if (!before) throw new AppError('NOT_FOUND');
  if (input.code && input.code !== before.code) await assertCodeFree(deps.db, input.code, id);
  const now = deps.clock();
  const values: Record<string, unknown> = {};
  if (input.code !== undefined) values.code = input.code;
  if (input.name !== undefined) values.name = input.name;
  const after = await updateVersioned(deps.db, organisations, id, input.version, values, now);
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    {
      action: 'org.update',
      entity: 'organisation',
      entityId: id,
      orgId: id,
      before: snapshot(before),
      after: snapshot(after),
    },
    now,
  );
  return toDto(after);
}
