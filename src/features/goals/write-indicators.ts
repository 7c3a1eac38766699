/**
 * Replaces a project's goal table (the rows are one aggregate with the project; see tables-goals.ts).
 * An indicator keeps its id across saves — the stable identity its 佐证材料 are tied to, whatever its
 * name becomes: a row sent with the id of one of the project's indicators keeps it; a row sent without
 * one (an import, an API client) takes the id of the project's indicator of the same 三级指标 name that no
 * other row claimed; otherwise the row is new and gets a new id.
 */
import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database.ts';
import { projectIndicators } from '../../platform/db/schema/index.ts';
import type { IndicatorRowInput } from './goals.schema.ts';

/** The id each row is written with (same order as `rows`). */
export function indicatorIds(
  existing: ReadonlyArray<{ id: string; level3: string }>,
  rows: ReadonlyArray<{ id?: string | undefined; level3: string }>,
  newId: () => string = randomUUID,
): string[] {
  const known = new Set(existing.map((e) => e.id));
  const claimed = new Set<string>();
  const ids: Array<string | null> = rows.map((r) => {
    if (r.id && known.has(r.id) && !claimed.has(r.id)) {
      claimed.add(r.id);
      return r.id;
    }
    return null;
  });
  return rows.map((r, i) => {
    if (ids[i]) return ids[i]!;
    if (!r.id) {
      const byName = existing.find((e) => e.level3 === r.level3 && !claimed.has(e.id));
      if (byName) {
        claimed.add(byName.id);
        return byName.id;
      }
    }
    return newId();
  });
}

export async function writeIndicators(
  db: DbOrTx,
  projectId: string,
  rows: readonly IndicatorRowInput[],
  now: Date,
): Promise<void> {
  const existing = await db
    .select({ id: projectIndicators.id, level3: projectIndicators.level3 })
    .from(projectIndicators)
    .where(eq(projectIndicators.projectId, projectId))
    .orderBy(asc(projectIndicators.position));
  const ids = indicatorIds(existing, rows);
  await db.delete(projectIndicators).where(eq(projectIndicators.projectId, projectId));
  if (rows.length === 0) return;
  await db.insert(projectIndicators).values(
    rows.map((r, i) => ({
      id: ids[i]!,
      projectId,
      position: i + 1,
      level1: r.level1,
      level2: r.level2,
      level3: r.level3,
      target: r.target,
      standards: r.standards,
      actual: r.actual,
      direction: r.direction ?? null,
      unit: r.unit,
      scoringRule: r.scoringRule,
      libraryCode: r.libraryCode,
      deviationReason: r.deviationReason,
      improvement: r.improvement,
      updatedAt: now,
    })),
  );
}
