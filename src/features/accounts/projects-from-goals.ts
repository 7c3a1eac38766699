/**
 * No figure typed twice (issue 15): a 决算 not saved yet starts with its project rows (项目绩效目标完成情况)
 * taken from the goals of the same organisation and year — name, 预算数 and 执行数 (万元 → 元) and the
 * 年度总体目标's 实际完成情况 (src/domain/scoring/prefill.ts accountsProjectRows). The form says so. A saved
 * 决算 brings them in on request: bring-projects-from-goals.ts.
 */
import { and, asc, eq } from 'drizzle-orm';
import { accountsProjectRows } from '../../domain/scoring/index.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { projects } from '../../platform/db/schema/index.ts';

export async function projectRowsFromGoals(db: DbOrTx, orgId: string, year: number) {
  const rows = await db
    .select()
    .from(projects)
    .where(and(eq(projects.orgId, orgId), eq(projects.fiscalYear, year)))
    .orderBy(asc(projects.name));
  return accountsProjectRows(rows);
}
