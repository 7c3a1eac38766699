/**
 * The starter 共性 library (src/domain/indicators/library/common.json) goes into an empty 指标库 at
 * start (bootstrap) as the national edition of 2020 (STARTER_EDITION_YEAR): a new installation, and an
 * existing one the first time it runs with the 指标库. A library that has any entry is left as its
 * administrators keep it.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { TxDeps } from '../../app/deps.ts';
import { STARTER_EDITION_YEAR, starterLibrary } from '../../domain/indicators/library-starter.ts';
import { NATIONAL_REGION } from '../../domain/indicators/library.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { indicatorLibrary, indicatorLibraryEditions } from '../../platform/db/schema/index.ts';
import { entryValues } from './entries.ts';

export async function loadStarterLibrary(deps: TxDeps, rootId: string): Promise<number> {
  const [{ n }] = (await deps.db.select({ n: sql<number>`count(*)::int` }).from(indicatorLibrary)) as [
    { n: number },
  ];
  if (n > 0) return 0;
  const now = deps.clock();
  const entries = starterLibrary();
  await deps.db
    .insert(indicatorLibraryEditions)
    .values({
      region: NATIONAL_REGION,
      year: STARTER_EDITION_YEAR,
      note: '起步指标库',
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing();
  const [edition] = await deps.db
    .select({ id: indicatorLibraryEditions.id })
    .from(indicatorLibraryEditions)
    .where(
      and(
        eq(indicatorLibraryEditions.region, NATIONAL_REGION),
        eq(indicatorLibraryEditions.year, STARTER_EDITION_YEAR),
      ),
    );
  await deps.db.insert(indicatorLibrary).values(
    entries.map((e) => ({
      ...entryValues(e),
      editionId: edition!.id,
      code: e.code,
      orgId: rootId,
      source: 'starter',
      createdAt: now,
      updatedAt: now,
    })),
  );
  await appendAudit(
    deps.db,
    { id: null, username: 'system', ip: null },
    {
      action: 'library.starter',
      entity: 'indicator_library',
      orgId: rootId,
      after: {
        edition: { region: NATIONAL_REGION, year: STARTER_EDITION_YEAR },
        entries: entries.length,
        codes: [entries[0]!.code, entries[entries.length - 1]!.code],
      },
    },
    now,
  );
  return entries.length;
}
