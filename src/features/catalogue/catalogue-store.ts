/**
 * The 科目 edition in force for an organisation and year: the national data file of the year, replaced
 * list by list by an imported national catalogue (region 全国), then extended by the catalogue of the
 * organisation's region — the nearest finance organisation (财政部门) above it whose code has a stored
 * catalogue. A stored catalogue of year Y serves the years from Y on (the latest not after the year).
 */
import { and, desc, eq, lte, sql } from 'drizzle-orm';
import {
  NATIONAL,
  catalogFor,
  catalogueDataSchema,
  extendEdition,
  type CatalogEdition,
  type CatalogueData,
} from '../../domain/accounts/index.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { accountsCatalogues } from '../../platform/db/schema/index.ts';

export type StoredCatalogue = {
  id: string;
  region: string;
  year: number;
  data: CatalogueData;
  fileName: string;
  rowCount: number;
  importedBy: string | null;
  version: number;
  updatedAt: Date;
};

export async function loadStored(db: DbOrTx, region: string, year: number): Promise<StoredCatalogue | null> {
  const [row] = await db
    .select()
    .from(accountsCatalogues)
    .where(and(eq(accountsCatalogues.region, region), eq(accountsCatalogues.year, year)));
  return row ? { ...row, data: catalogueDataSchema.parse(row.data) } : null;
}

/** The stored catalogue of `region` serving `year` (the latest not after it). */
async function storedServing(db: DbOrTx, region: string, year: number): Promise<StoredCatalogue | null> {
  const [row] = await db
    .select()
    .from(accountsCatalogues)
    .where(and(eq(accountsCatalogues.region, region), lte(accountsCatalogues.year, year)))
    .orderBy(desc(accountsCatalogues.year))
    .limit(1);
  return row ? { ...row, data: catalogueDataSchema.parse(row.data) } : null;
}

export async function listStored(db: DbOrTx, region?: string) {
  const rows = await db
    .select({
      region: accountsCatalogues.region,
      year: accountsCatalogues.year,
      fileName: accountsCatalogues.fileName,
      rowCount: accountsCatalogues.rowCount,
      version: accountsCatalogues.version,
      updatedAt: accountsCatalogues.updatedAt,
    })
    .from(accountsCatalogues)
    .where(region ? eq(accountsCatalogues.region, region) : undefined)
    .orderBy(accountsCatalogues.region, desc(accountsCatalogues.year));
  return rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() }));
}

/** The national edition for `year`: the data file, or the imported national catalogue when newer or equal. */
export async function nationalEdition(db: DbOrTx, year: number): Promise<CatalogEdition> {
  const builtIn = catalogFor(year);
  const stored = await storedServing(db, NATIONAL, year);
  if (!stored || stored.year < builtIn.year) return builtIn;
  return extendEdition(catalogFor(stored.year), stored.data, true);
}

/** The edition of `region` for `year` (the national one, extended by the region's stored catalogue). */
export async function editionFor(db: DbOrTx, region: string, year: number): Promise<CatalogEdition> {
  const national = await nationalEdition(db, year);
  if (region === NATIONAL) return national;
  const stored = await storedServing(db, region, year);
  return stored ? extendEdition(national, stored.data, false) : national;
}

/**
 * The region of an organisation: the code of the nearest finance organisation at or above it that has
 * a stored catalogue; 全国 otherwise.
 */
export async function regionOfOrg(db: DbOrTx, orgId: string): Promise<string> {
  const result = await db.execute<{ code: string }>(sql`
    with recursive up as (
      select id, parent_id, code, kind, 0 as depth from organisations where id = ${orgId}
      union all
      select o.id, o.parent_id, o.code, o.kind, up.depth + 1 from organisations o join up on o.id = up.parent_id
    )
    select up.code from up
    where up.kind = 'finance' and exists (select 1 from accounts_catalogues c where c.region = up.code)
    order by up.depth limit 1`);
  return result.rows[0]?.code ?? NATIONAL;
}

/** The edition an organisation's accounts of `year` are read with (`catalogYear` when the document names one). */
export async function editionForOrg(db: DbOrTx, orgId: string, year: number): Promise<CatalogEdition> {
  return editionFor(db, await regionOfOrg(db, orgId), year);
}
