/** Replaces a project's goal table (the rows are one aggregate with the project; see tables-goals.ts). */
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database.ts';
import { projectIndicators } from '../../platform/db/schema/index.ts';
import type { IndicatorRowInput } from './goals.schema.ts';

export async function writeIndicators(
  db: DbOrTx,
  projectId: string,
  rows: readonly IndicatorRowInput[],
  now: Date,
): Promise<void> {
  await db.delete(projectIndicators).where(eq(projectIndicators.projectId, projectId));
  if (rows.length === 0) return;
  await db.insert(projectIndicators).values(
    rows.map((r, i) => ({
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
