/**
 * Reading the 指标库: an entry as the API shows it, which entries an organisation sees (共性 and 行业
 * entries, the 个性 entries of its own department and the departments above it, and — for those who
 * maintain them — the 个性 entries of the organisations below it), and the owners of entries.
 */
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { subtreeIds } from '../../app/actor.ts';
import { readDirection } from '../../domain/indicators/direction.ts';
import type { LibraryEntry } from '../../domain/indicators/library.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { indicatorLibrary, organisations } from '../../platform/db/schema/index.ts';

export type LibraryEntryDto = LibraryEntry & {
  id: string;
  /** The edition (region and year) the entry belongs to. */
  editionId: string;
  /** The owning organisation (the root for 共性 / 行业 entries). */
  orgId: string;
  ownerName: string;
  source: string;
  version: number;
  updatedAt: string;
};

type Row = typeof indicatorLibrary.$inferSelect;

export function toEntry(row: Row, owner: { code: string; name: string } | undefined): LibraryEntryDto {
  return {
    id: row.id,
    editionId: row.editionId,
    code: row.code,
    scope: row.scope,
    ownerCode: row.scope === 'department' ? (owner?.code ?? '') : '',
    ownerName: owner?.name ?? '',
    industry: row.industry,
    level1: row.level1,
    level2: row.level2,
    name: row.name,
    unit: row.unit,
    direction: readDirection(row.direction) ?? 'qualitative',
    scoringRule: row.scoringRule,
    valueNote: row.valueNote,
    active: row.active,
    orgId: row.orgId,
    source: row.source,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The root organisation (财政部门): owner of 共性 and 行业 entries. */
export async function rootOrg(db: DbOrTx): Promise<string | null> {
  const rows = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(isNull(organisations.parentId))
    .orderBy(organisations.createdAt)
    .limit(1);
  return rows[0]?.id ?? null;
}

/** An organisation and every one above it, nearest first. */
export async function ancestorIds(db: DbOrTx, orgId: string): Promise<string[]> {
  const result = await db.execute<{ id: string }>(sql`
    WITH RECURSIVE up AS (
      SELECT id, parent_id, 0 AS depth FROM ${organisations} WHERE id = ${orgId}
      UNION ALL
      SELECT o.id, o.parent_id, u.depth + 1 FROM ${organisations} o JOIN up u ON o.id = u.parent_id
    )
    SELECT id FROM up ORDER BY depth`);
  return result.rows.map((r) => r.id);
}

async function owners(db: DbOrTx, ids: string[]): Promise<Map<string, { code: string; name: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: organisations.id, code: organisations.code, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name }]));
}

export async function entriesOf(db: DbOrTx, rows: Row[]): Promise<LibraryEntryDto[]> {
  const byId = await owners(
    db,
    rows.map((r) => r.orgId),
  );
  return rows.map((r) => toEntry(r, byId.get(r.orgId)));
}

/**
 * What an organisation sees of one edition: every 共性 and 行业 entry, the 个性 entries of itself and of
 * the organisations above it (its department's), and those of the organisations below it.
 */
export async function visibleEntries(
  db: DbOrTx,
  orgId: string,
  editionId: string,
): Promise<LibraryEntryDto[]> {
  const ids = [...new Set([...(await ancestorIds(db, orgId)), ...(await subtreeIds(db, orgId))])];
  const rows = await db
    .select()
    .from(indicatorLibrary)
    .where(
      and(
        eq(indicatorLibrary.editionId, editionId),
        or(
          inArray(indicatorLibrary.scope, ['common', 'industry']),
          and(eq(indicatorLibrary.scope, 'department'), inArray(indicatorLibrary.orgId, ids)),
        ),
      ),
    );
  return entriesOf(db, rows);
}

export async function findEntry(db: DbOrTx, id: string): Promise<Row | null> {
  const [row] = await db.select().from(indicatorLibrary).where(eq(indicatorLibrary.id, id));
  return row ?? null;
}

/** The organisation owning an entry (for the route's scope), or null. */
export async function entryOwner(db: DbOrTx, id: string): Promise<string | null> {
  return (await findEntry(db, id))?.orgId ?? null;
}

export async function orgByCode(
  db: DbOrTx,
  code: string,
): Promise<{ id: string; code: string; name: string } | null> {
  const [row] = await db
    .select({ id: organisations.id, code: organisations.code, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.code, code));
  return row ?? null;
}

export async function orgById(
  db: DbOrTx,
  id: string,
): Promise<{ id: string; code: string; name: string } | null> {
  const [row] = await db
    .select({ id: organisations.id, code: organisations.code, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, id));
  return row ?? null;
}

/** Every code in use, in any edition (a new code is never one another edition gives another meaning). */
export async function allCodes(db: DbOrTx): Promise<string[]> {
  return (await db.selectDistinct({ code: indicatorLibrary.code }).from(indicatorLibrary)).map((r) => r.code);
}
