/**
 * 四川 entities of the 指标库 routes for the authorisation matrix: a 个性 indicator of 四川省商务厅 and a
 * proposal of 四川省商务厅信息中心.
 */
import { and, eq } from 'drizzle-orm';
import {
  indicatorLibrary,
  indicatorLibraryEditions,
  indicatorProposals,
} from '../../src/platform/db/schema/index.ts';
import type { TestApp } from '../support/app.ts';

export type LibraryIdKind = 'libraryEntry' | 'proposal';

export async function libraryTargets(t: TestApp): Promise<Record<LibraryIdKind, string>> {
  const db = t.database.db;
  // The national edition the starter library was loaded into.
  const [edition] = await db
    .select({ id: indicatorLibraryEditions.id })
    .from(indicatorLibraryEditions)
    .where(and(eq(indicatorLibraryEditions.region, '全国'), eq(indicatorLibraryEditions.year, 2020)));
  const [entry] = await db
    .insert(indicatorLibrary)
    .values({
      editionId: edition!.id,
      code: 'BM-MATRIX',
      scope: 'department',
      orgId: await t.orgId('SC-SWT'),
      level1: '产出指标',
      level2: '数量指标',
      name: '矩阵测试个性指标',
      unit: '个',
      direction: 'higher',
    })
    .returning({ id: indicatorLibrary.id });
  const [proposal] = await db
    .insert(indicatorProposals)
    .values({
      orgId: await t.orgId('SC-SWT-XXZX'),
      level1: '产出指标',
      level2: '数量指标',
      name: '矩阵测试建议指标',
      unit: '个',
      proposedBy: await t.userId('scxxzx_jbr'),
    })
    .returning({ id: indicatorProposals.id });
  return { libraryEntry: entry!.id, proposal: proposal!.id };
}
