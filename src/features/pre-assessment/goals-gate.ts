/**
 * The gate the goals feature asks before goals are filed (saved or submitted): a project whose
 * 事前绩效评估, approved through the review chain (定稿), concludes 不予支持 cannot have goals filed.
 */
import { eq } from 'drizzle-orm';
import { goalsRefusal, type PreAssessmentConclusion } from '../../domain/pre-assessment/index.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { preAssessments, projects, workflowDocuments } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';

export async function assertGoalsAllowed(db: DbOrTx, projectId: string): Promise<void> {
  const [row] = await db
    .select({
      conclusion: preAssessments.conclusion,
      status: workflowDocuments.status,
      name: projects.name,
    })
    .from(preAssessments)
    .innerJoin(projects, eq(projects.id, preAssessments.projectId))
    .leftJoin(workflowDocuments, eq(workflowDocuments.id, preAssessments.id))
    .where(eq(preAssessments.projectId, projectId));
  if (!row) return;
  const refusal = goalsRefusal(
    {
      conclusion: (row.conclusion ?? null) as PreAssessmentConclusion | null,
      approved: row.status === 'frozen',
    },
    row.name,
  );
  if (refusal) throw new AppError('CONFLICT', refusal);
}
