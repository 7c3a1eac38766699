/**
 * 四川 entities of the evidence routes for the authorisation matrix (test/platform/authorization-matrix.test.ts):
 * a 佐证材料 attached by 四川省商务厅信息中心's 经办人 to one of its projects.
 */
import { eq } from 'drizzle-orm';
import { projects } from '../../src/platform/db/schema/index.ts';
import type { TestApp } from '../support/app.ts';
import { PDF, b64 } from './samples.ts';

export type EvidenceIdKind = 'evidence';

export async function evidenceTargets(t: TestApp): Promise<Record<EvidenceIdKind, string>> {
  const orgId = await t.orgId('SC-SWT-XXZX');
  const [project] = await t.database.db
    .select({ id: projects.id })
    .from(projects)
    .where(eq(projects.orgId, orgId));
  const clerk = await t.login('scxxzx_jbr');
  const res = await clerk.request('POST', `/api/projects/${project!.id}/evidence`, {
    fileName: '矩阵测试佐证.pdf',
    contentBase64: b64(PDF),
  });
  if (res.statusCode !== 201) throw new Error(`evidence upload failed: ${res.statusCode} ${res.body}`);
  return { evidence: res.json().file.id as string };
}
