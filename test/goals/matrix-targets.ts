/**
 * 四川 entities of the goals and evaluations routes for the authorisation matrix
 * (test/platform/authorization-matrix.test.ts): a project of 四川省商务厅信息中心, 001's department-wide
 * evaluation and its score sheet, and a template owned by 四川省商务厅信息中心.
 */
import { eq } from 'drizzle-orm';
import { builtInTemplate } from '../../src/domain/scoring/index.ts';
import { evaluations, projects, scoreSheets } from '../../src/platform/db/schema/index.ts';
import type { TestApp } from '../support/app.ts';

export type GoalsIdKind = 'project' | 'evaluation' | 'sheet' | 'template';

export async function goalsTargets(t: TestApp): Promise<Record<GoalsIdKind, string>> {
  const db = t.database.db;
  const orgId = await t.orgId('SC-SWT-XXZX');
  const [project] = await db.select({ id: projects.id }).from(projects).where(eq(projects.orgId, orgId));
  const zwfw = await t.orgId('SC-ZWFW');
  const [evaluation] = await db
    .select({ id: evaluations.id })
    .from(evaluations)
    .where(eq(evaluations.orgId, zwfw));
  const [sheet] = await db
    .select({ id: scoreSheets.id })
    .from(scoreSheets)
    .where(eq(scoreSheets.evaluationId, evaluation!.id));
  const admin = await t.login('admin');
  const template = {
    ...builtInTemplate('sc-2021-project')!,
    id: 'sc-matrix-copy',
    name: '四川矩阵测试指标体系',
  };
  const imported = await admin.request('POST', '/api/templates', {
    orgId,
    template,
    copiedFrom: 'sc-2021-project',
  });
  if (imported.statusCode !== 201) throw new Error(`template import failed: ${imported.body}`);
  return {
    project: project!.id,
    evaluation: evaluation!.id,
    sheet: sheet!.id,
    template: imported.json().id as string,
  };
}
