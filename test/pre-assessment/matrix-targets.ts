/**
 * 四川 entities of the 事前绩效评估 routes for the authorisation matrix
 * (test/platform/authorization-matrix.test.ts): a pre-assessment of a project of 四川省商务厅信息中心.
 */
import { eq } from 'drizzle-orm';
import { preAssessments, projects } from '../../src/platform/db/schema/index.ts';
import type { TestApp } from '../support/app.ts';

export type PreAssessmentIdKind = 'preAssessment';

export async function preAssessmentTargets(t: TestApp): Promise<Record<PreAssessmentIdKind, string>> {
  const db = t.database.db;
  const orgId = await t.orgId('SC-SWT-XXZX');
  const [project] = await db.select({ id: projects.id }).from(projects).where(eq(projects.orgId, orgId));
  const [row] = await db
    .insert(preAssessments)
    .values({ orgId, projectId: project!.id, necessity: '矩阵测试' })
    .returning({ id: preAssessments.id });
  return { preAssessment: row!.id };
}
