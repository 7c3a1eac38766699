/**
 * 建议入库: a unit proposes a freely typed indicator of its goals for the 指标库; an administrator who
 * reaches the unit accepts it (as a 共性 entry, if they are the root's administrator, or as a 个性 entry
 * of the unit's department or one above it) or rejects it with a reason.
 */
import { desc, eq, and, inArray } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import { subtreeIds } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { requireScope } from '../../app/scope.ts';
import { readDirection, type IndicatorDirection } from '../../domain/indicators/direction.ts';
import { checkLibraryEntry } from '../../domain/indicators/library.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { indicatorProposals, organisations, projects, users } from '../../platform/db/schema/index.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { AppError } from '../../platform/errors.ts';
import { actorOf, createEntry } from './entries.ts';
import { ancestorIds, rootOrg } from './library-store.ts';
import { libraryTexts as T } from './texts.ts';

export type ProposalDto = {
  id: string;
  orgId: string;
  orgName: string;
  projectId: string | null;
  level1: string;
  level2: string;
  name: string;
  unit: string;
  direction: IndicatorDirection | null;
  scoringRule: string;
  valueNote: string;
  note: string;
  status: 'pending' | 'accepted' | 'rejected';
  statusName: string;
  proposedBy: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string;
  entryCode: string | null;
  version: number;
  createdAt: string;
};

type Row = typeof indicatorProposals.$inferSelect;

async function toDtos(db: DbOrTx, rows: Row[]): Promise<ProposalDto[]> {
  if (rows.length === 0) return [];
  const orgs = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, [...new Set(rows.map((r) => r.orgId))]));
  const userIds = [...new Set(rows.flatMap((r) => [r.proposedBy, ...(r.decidedBy ? [r.decidedBy] : [])]))];
  const people = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, userIds));
  const orgName = new Map(orgs.map((o) => [o.id, o.name]));
  const person = new Map(people.map((p) => [p.id, p.name]));
  return rows.map((r) => ({
    id: r.id,
    orgId: r.orgId,
    orgName: orgName.get(r.orgId) ?? '',
    projectId: r.projectId,
    level1: r.level1,
    level2: r.level2,
    name: r.name,
    unit: r.unit,
    direction: readDirection(r.direction),
    scoringRule: r.scoringRule,
    valueNote: r.valueNote,
    note: r.note,
    status: r.status,
    statusName: T.statusNames[r.status] ?? r.status,
    proposedBy: person.get(r.proposedBy) ?? '',
    decidedBy: r.decidedBy ? (person.get(r.decidedBy) ?? '') : null,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    decisionNote: r.decisionNote,
    entryCode: r.entryCode,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
  }));
}

export async function proposalOwner(db: DbOrTx, id: string): Promise<string | null> {
  const [r] = await db
    .select({ orgId: indicatorProposals.orgId })
    .from(indicatorProposals)
    .where(eq(indicatorProposals.id, id));
  return r?.orgId ?? null;
}

export async function listProposals(
  db: DbOrTx,
  orgId: string,
  status?: 'pending' | 'accepted' | 'rejected',
): Promise<ProposalDto[]> {
  const orgs = await subtreeIds(db, orgId);
  const rows = await db
    .select()
    .from(indicatorProposals)
    .where(
      and(
        inArray(indicatorProposals.orgId, orgs),
        ...(status ? [eq(indicatorProposals.status, status)] : []),
      ),
    )
    .orderBy(desc(indicatorProposals.createdAt));
  return toDtos(db, rows);
}

export async function propose(
  deps: TxDeps,
  actor: Actor,
  input: {
    orgId: string;
    projectId?: string | null | undefined;
    level1: string;
    level2: string;
    name: string;
    unit: string;
    direction?: IndicatorDirection | null | undefined;
    scoringRule: string;
    valueNote: string;
    note: string;
  },
): Promise<ProposalDto> {
  // The same checks as an entry, so an accepted proposal is a valid entry (the department is settled later).
  const checked = checkLibraryEntry({
    ...input,
    scope: 'common',
    ownerCode: '',
    industry: '',
    region: '',
    year: null,
    active: true,
    direction: input.direction ?? null,
  });
  if (!checked.ok) throw new AppError('VALIDATION', checked.problems.map((p) => p.message).join(''));
  if (input.projectId) {
    const [p] = await deps.db
      .select({ orgId: projects.orgId })
      .from(projects)
      .where(eq(projects.id, input.projectId));
    if (!p || p.orgId !== input.orgId) throw new AppError('VALIDATION', T.proposalProject);
  }
  const now = deps.clock();
  const e = checked.entry;
  const [row] = await deps.db
    .insert(indicatorProposals)
    .values({
      orgId: input.orgId,
      projectId: input.projectId ?? null,
      level1: e.level1,
      level2: e.level2,
      name: e.name,
      unit: e.unit,
      direction: input.direction ?? null,
      scoringRule: e.scoringRule,
      valueNote: e.valueNote,
      note: input.note.trim(),
      proposedBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await appendAudit(
    deps.db,
    actorOf(actor),
    {
      action: 'library.propose',
      entity: 'indicator_proposal',
      entityId: row!.id,
      orgId: input.orgId,
      after: { level1: e.level1, level2: e.level2, name: e.name, unit: e.unit, note: input.note },
    },
    now,
  );
  return (await toDtos(deps.db, [row!]))[0]!;
}

async function pendingProposal(db: DbOrTx, id: string): Promise<Row> {
  const [row] = await db.select().from(indicatorProposals).where(eq(indicatorProposals.id, id));
  if (!row) throw new AppError('NOT_FOUND', T.proposalNotFound);
  if (row.status !== 'pending') throw new AppError('CONFLICT', T.proposalDecided(T.statusNames[row.status]!));
  return row;
}

export async function acceptProposal(
  deps: TxDeps,
  actor: Actor,
  id: string,
  input: { version: number; scope: 'common' | 'department'; ownerOrgId?: string | null | undefined },
): Promise<{ proposal: ProposalDto; entryCode: string }> {
  const p = await pendingProposal(deps.db, id);
  let ownerOrgId: string | null = null;
  if (input.scope === 'department') {
    // The unit's own organisation or one above it: the 个性 entry must be visible to the unit.
    const up = await ancestorIds(deps.db, p.orgId);
    const root = await rootOrg(deps.db);
    // Left out: the proposing unit's department (the nearest 主管部门 above it, or the unit itself).
    const kinds = await deps.db
      .select({ id: organisations.id, kind: organisations.kind })
      .from(organisations)
      .where(inArray(organisations.id, up));
    const kindOf = new Map(kinds.map((k) => [k.id, k.kind]));
    ownerOrgId = input.ownerOrgId ?? up.find((id) => kindOf.get(id) === 'department') ?? p.orgId;
    if (!up.includes(ownerOrgId) || ownerOrgId === root) throw new AppError('VALIDATION', T.acceptOwner);
  } else requireScope(actor, 'templates.manage', await rootOrg(deps.db));
  const entry = await createEntry(
    deps,
    actor,
    {
      scope: input.scope,
      ownerOrgId,
      industry: '',
      level1: p.level1,
      level2: p.level2,
      name: p.name,
      unit: p.unit,
      direction: readDirection(p.direction),
      scoringRule: p.scoringRule,
      valueNote: p.valueNote,
      region: '',
      year: null,
      active: true,
    },
    'proposal',
  );
  const now = deps.clock();
  const row = await updateVersioned(
    deps.db,
    indicatorProposals,
    id,
    input.version,
    { status: 'accepted', decidedBy: actor.userId, decidedAt: now, entryCode: entry.code },
    now,
  );
  await appendAudit(
    deps.db,
    actorOf(actor),
    {
      action: 'library.accept',
      entity: 'indicator_proposal',
      entityId: id,
      orgId: p.orgId,
      after: { entryCode: entry.code, scope: input.scope },
    },
    now,
  );
  return { proposal: (await toDtos(deps.db, [row]))[0]!, entryCode: entry.code };
}

export async function rejectProposal(
  deps: TxDeps,
  actor: Actor,
  id: string,
  input: { version: number; reason: string },
): Promise<ProposalDto> {
  const p = await pendingProposal(deps.db, id);
  const now = deps.clock();
  const row = await updateVersioned(
    deps.db,
    indicatorProposals,
    id,
    input.version,
    { status: 'rejected', decidedBy: actor.userId, decidedAt: now, decisionNote: input.reason },
    now,
  );
  await appendAudit(
    deps.db,
    actorOf(actor),
    {
      action: 'library.reject',
      entity: 'indicator_proposal',
      entityId: id,
      orgId: p.orgId,
      after: { reason: input.reason },
    },
    now,
  );
  return (await toDtos(deps.db, [row]))[0]!;
}
