/**
 * 建议入库: a unit proposes a freely typed indicator of its goals for the 指标库 — for the edition its
 * goals were set against (the one serving the unit for the goals' year); an administrator who reaches the
 * unit accepts it into that edition (as a 共性 entry, if they keep the edition, or as a 个性 entry of the
 * unit's department or one above it) or rejects it with a reason.
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
import { editionForOrg, editionOrFail, editionOrg } from './editions.ts';
import { libraryTexts as T } from './texts.ts';

export type ProposalDto = {
  id: string;
  orgId: string;
  orgName: string;
  projectId: string | null;
  /** The edition it is proposed for ("全国 2020 年版"), when known. */
  editionId: string | null;
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
    editionId: r.editionId,
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
    year?: number | undefined;
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
    active: true,
    direction: input.direction ?? null,
  });
  if (!checked.ok) throw new AppError('VALIDATION', checked.problems.map((p) => p.message).join(''));
  let year = input.year ?? deps.clock().getFullYear();
  if (input.projectId) {
    const [p] = await deps.db
      .select({ orgId: projects.orgId, fiscalYear: projects.fiscalYear })
      .from(projects)
      .where(eq(projects.id, input.projectId));
    if (!p || p.orgId !== input.orgId) throw new AppError('VALIDATION', T.proposalProject);
    year = input.year ?? p.fiscalYear;
  }
  // The edition the goals were set against: an accepted proposal goes into it.
  const edition = await editionForOrg(deps.db, null, input.orgId, year);
  const now = deps.clock();
  const e = checked.entry;
  const [row] = await deps.db
    .insert(indicatorProposals)
    .values({
      orgId: input.orgId,
      projectId: input.projectId ?? null,
      editionId: edition?.id ?? null,
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
      after: {
        level1: e.level1,
        level2: e.level2,
        name: e.name,
        unit: e.unit,
        note: input.note,
        ...(edition ? { edition: edition.label } : {}),
      },
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
  // Proposed before editions existed (or when there was none): the edition serving the unit this year.
  const editionId =
    p.editionId ?? (await editionForOrg(deps.db, null, p.orgId, deps.clock().getFullYear()))?.id;
  if (!editionId) throw new AppError('VALIDATION', T.noEdition);
  const edition = await editionOrFail(deps.db, editionId);
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
  } else requireScope(actor, 'templates.manage', await editionOrg(deps.db, edition.region));
  const entry = await createEntry(
    deps,
    actor,
    {
      editionId: edition.id,
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
