/**
 * Editions (版本) of the 指标库: reference data per region and year (src/domain/indicators/editions.ts
 * says which edition serves an organisation and year). The region of an edition is 全国 — the national
 * edition, kept by the administrators of the root organisation — or the code of a finance organisation
 * (财政部门), kept by its administrators. An organisation's regions are the finance organisations at or
 * above it, nearest first, then 全国.
 */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { hasPermission, canReach, requireScope } from '../../app/scope.ts';
import {
  checkEdition,
  editionLabel,
  editionNote,
  resolveEdition,
  type EditionMatch,
} from '../../domain/indicators/editions.ts';
import { NATIONAL_REGION } from '../../domain/indicators/library.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { indicatorLibrary, indicatorLibraryEditions, organisations } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import { libraryTexts as T } from './texts.ts';

type EditionRow = typeof indicatorLibraryEditions.$inferSelect;

export type EditionDto = {
  id: string;
  region: string;
  /** 全国, or the finance organisation's name. */
  regionName: string;
  year: number;
  /** "全国 2020 年版". */
  label: string;
  note: string;
  entries: number;
  /** Whether the asking user may maintain it (the admin page offers its edit buttons). */
  manageable: boolean;
  version: number;
};

/** The edition the picker searches, and why (shown to the user). */
export type ResolvedEditionDto = EditionDto & { match: EditionMatch; explanation: string };

/** The organisation keeping a region's edition: the root for 全国, else the finance organisation of that code. */
export async function editionOrg(db: DbOrTx, region: string): Promise<string | null> {
  if (region === NATIONAL_REGION) {
    const [root] = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(isNull(organisations.parentId))
      .orderBy(asc(organisations.createdAt))
      .limit(1);
    return root?.id ?? null;
  }
  const [org] = await db
    .select({ id: organisations.id, kind: organisations.kind })
    .from(organisations)
    .where(eq(organisations.code, region));
  if (!org) return null;
  if (org.kind !== 'finance') throw new AppError('VALIDATION', T.regionNotFinance(region));
  return org.id;
}

/** The finance organisations at or above an organisation, nearest first (codes and names). */
export async function regionsOf(db: DbOrTx, orgId: string): Promise<Array<{ code: string; name: string }>> {
  const result = await db.execute<{ code: string; name: string }>(sql`
    with recursive up as (
      select id, parent_id, code, name, kind, 0 as depth from organisations where id = ${orgId}
      union all
      select o.id, o.parent_id, o.code, o.name, o.kind, up.depth + 1
      from organisations o join up on o.id = up.parent_id
    )
    select code, name from up where kind = 'finance' order by depth`);
  return result.rows;
}

async function regionNames(db: DbOrTx, regions: string[]): Promise<Map<string, string>> {
  const codes = regions.filter((r) => r !== NATIONAL_REGION);
  const rows = codes.length
    ? await db
        .select({ code: organisations.code, name: organisations.name })
        .from(organisations)
        .where(inArray(organisations.code, codes))
    : [];
  return new Map([[NATIONAL_REGION, NATIONAL_REGION], ...rows.map((r) => [r.code, r.name] as const)]);
}

async function toDtos(db: DbOrTx, actor: Actor | null, rows: EditionRow[]): Promise<EditionDto[]> {
  if (rows.length === 0) return [];
  const names = await regionNames(
    db,
    rows.map((r) => r.region),
  );
  const counts = await db
    .select({ editionId: indicatorLibrary.editionId, n: sql<number>`count(*)::int` })
    .from(indicatorLibrary)
    .where(
      inArray(
        indicatorLibrary.editionId,
        rows.map((r) => r.id),
      ),
    )
    .groupBy(indicatorLibrary.editionId);
  const count = new Map(counts.map((c) => [c.editionId, c.n]));
  const owners = new Map<string, string | null>();
  for (const region of new Set(rows.map((r) => r.region)))
    owners.set(region, await editionOrg(db, region).catch(() => null));
  return rows.map((r) => {
    const owner = owners.get(r.region) ?? null;
    return {
      id: r.id,
      region: r.region,
      regionName: names.get(r.region) ?? r.region,
      year: r.year,
      label: editionLabel(r, names.get(r.region)),
      note: r.note,
      entries: count.get(r.id) ?? 0,
      manageable: !!actor && !!owner && canReach(actor, owner) && hasPermission(actor, 'templates.manage'),
      version: r.version,
    };
  });
}

export async function listEditions(db: DbOrTx, actor: Actor | null): Promise<EditionDto[]> {
  const rows = await db
    .select()
    .from(indicatorLibraryEditions)
    .orderBy(asc(indicatorLibraryEditions.region), asc(indicatorLibraryEditions.year));
  // 全国 first, then the regions; each by year, newest first.
  const sorted = rows.sort(
    (a, b) =>
      Number(b.region === NATIONAL_REGION) - Number(a.region === NATIONAL_REGION) ||
      a.region.localeCompare(b.region) ||
      b.year - a.year,
  );
  return toDtos(db, actor, sorted);
}

export async function findEdition(db: DbOrTx, id: string): Promise<EditionRow | null> {
  const [row] = await db.select().from(indicatorLibraryEditions).where(eq(indicatorLibraryEditions.id, id));
  return row ?? null;
}

export async function editionOrFail(db: DbOrTx, id: string): Promise<EditionRow> {
  const row = await findEdition(db, id);
  if (!row) throw new AppError('NOT_FOUND', T.editionNotFound);
  return row;
}

/** The organisation keeping the edition of this id (a route's scope), or null. */
export async function editionOwner(db: DbOrTx, id: string): Promise<string | null> {
  const row = await findEdition(db, id);
  return row ? editionOrg(db, row.region) : null;
}

/** The edition serving an organisation for a year, with the explanation the picker shows; null when none. */
export async function editionForOrg(
  db: DbOrTx,
  actor: Actor | null,
  orgId: string,
  year: number,
): Promise<ResolvedEditionDto | null> {
  const regions = await regionsOf(db, orgId);
  const rows = await db.select().from(indicatorLibraryEditions);
  const resolved = resolveEdition(
    rows,
    regions.map((r) => r.code),
    year,
  );
  if (!resolved) return null;
  const [dto] = await toDtos(db, actor, [resolved.edition]);
  return {
    ...dto!,
    match: resolved.match,
    explanation: editionNote(resolved, year, dto!.regionName),
  };
}

/**
 * A new edition of a region and year (its organisation's administrators), empty or a copy of another
 * edition's entries (the usual start of a new year: last year's edition, then edited).
 */
export async function createEdition(
  deps: TxDeps,
  actor: Actor,
  input: { region: string; year: number; note: string; copyFromId?: string | null | undefined },
): Promise<EditionDto> {
  const region = input.region.trim();
  const problems = checkEdition({ region, year: input.year });
  if (problems.length > 0) throw new AppError('VALIDATION', problems.join(''));
  const owner = await editionOrg(deps.db, region);
  if (!owner) throw new AppError('VALIDATION', T.regionUnknown(region));
  requireScope(actor, 'templates.manage', owner);
  const [taken] = await deps.db
    .select({ id: indicatorLibraryEditions.id })
    .from(indicatorLibraryEditions)
    .where(and(eq(indicatorLibraryEditions.region, region), eq(indicatorLibraryEditions.year, input.year)));
  if (taken) throw new AppError('CONFLICT', T.editionTaken(region, input.year));
  const source = input.copyFromId ? await editionOrFail(deps.db, input.copyFromId) : null;
  const now = deps.clock();
  const [row] = await deps.db
    .insert(indicatorLibraryEditions)
    .values({ region, year: input.year, note: input.note.trim(), createdAt: now, updatedAt: now })
    .returning();
  let copied = 0;
  if (source) {
    const entries = await deps.db
      .select()
      .from(indicatorLibrary)
      .where(eq(indicatorLibrary.editionId, source.id));
    // 共性 / 行业 entries move to the new edition's keeper; 个性 entries stay with their departments.
    const values = entries.map(({ id: _id, createdAt: _c, updatedAt: _u, version: _v, ...e }) => ({
      ...e,
      editionId: row!.id,
      orgId: e.scope === 'department' ? e.orgId : owner,
      createdAt: now,
      updatedAt: now,
    }));
    if (values.length > 0) await deps.db.insert(indicatorLibrary).values(values);
    copied = values.length;
  }
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    {
      action: 'library.edition',
      entity: 'indicator_library_edition',
      entityId: row!.id,
      orgId: owner,
      after: {
        region,
        year: input.year,
        note: input.note.trim(),
        ...(source ? { copiedFrom: { region: source.region, year: source.year }, entries: copied } : {}),
      },
    },
    now,
  );
  return (await toDtos(deps.db, actor, [row!]))[0]!;
}

/**
 * The edition a write goes to: the one named, else the one serving the organisation this year. A 共性 /
 * 行业 entry belongs to the edition's keeper; a 个性 entry's department must lie in the edition's region.
 */
export async function editionForWrite(
  deps: TxDeps,
  editionId: string | null | undefined,
  orgId: string,
): Promise<EditionRow> {
  if (editionId) return editionOrFail(deps.db, editionId);
  const resolved = await editionForOrg(deps.db, null, orgId, deps.clock().getFullYear());
  if (!resolved) throw new AppError('VALIDATION', T.noEdition);
  return editionOrFail(deps.db, resolved.id);
}
