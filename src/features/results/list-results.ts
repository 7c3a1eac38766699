/**
 * 结果应用: each evaluated project (and 部门整体) of an organisation's subtree for a year, its panel score and
 * grade, the recommendation its grade maps to (src/domain/monitoring recommendation rules) and the
 * supervisor's confirmation or override.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { recommend } from '../../domain/monitoring/index.ts';
import { dec, fixed } from '../../domain/money/index.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { budgetRecommendations, evaluations, projects } from '../../platform/db/schema/index.ts';
import { listEvaluations } from '../evaluations/list-evaluations.ts';

export type ResultItem = {
  evaluationId: string;
  orgId: string;
  orgName: string;
  project: string;
  kind: 'project' | 'department';
  score: string | null;
  grade: string | null;
  budget: string | null;
  suggested: { recommendation: string; proposedBudget: string | null; message: string } | null;
  confirmed: {
    recommendation: string;
    proposedBudget: string | null;
    reason: string;
    overridden: boolean;
  } | null;
  version: number;
};

export async function listResults(
  deps: TxDeps,
  actor: Actor,
  input: { orgId: string; year: number },
): Promise<ResultItem[]> {
  const evals = (await listEvaluations(deps, actor, { orgId: input.orgId })).filter(
    (e) => e.fiscalYear === input.year,
  );
  if (evals.length === 0) return [];
  const projectIds = evals.map((e) => e.projectId).filter((id): id is string => id !== null);
  const budgets = new Map<string, string>();
  if (projectIds.length > 0) {
    const rows = await deps.db
      .select({ id: projects.id, fiscal: projects.budgetFiscal, other: projects.budgetOther })
      .from(projects)
      .where(inArray(projects.id, projectIds));
    for (const r of rows) budgets.set(r.id, dec(r.fiscal).plus(r.other).toFixed(2));
  }
  const confirmed = await deps.db
    .select()
    .from(budgetRecommendations)
    .where(
      inArray(
        budgetRecommendations.evaluationId,
        evals.map((e) => e.id),
      ),
    );
  return evals.map((e) => {
    const budget = e.projectId ? (budgets.get(e.projectId) ?? null) : null;
    const suggested = recommend(e.grade, budget);
    const c = confirmed.find((x) => x.evaluationId === e.id);
    return {
      evaluationId: e.id,
      orgId: e.orgId,
      orgName: e.orgName,
      project: e.projectName ?? `${e.orgName}部门整体支出`,
      kind: e.kind,
      score: e.base === null ? null : fixed(e.base, 2),
      grade: e.grade,
      budget,
      suggested,
      confirmed: c
        ? {
            recommendation: c.recommendation,
            proposedBudget: c.proposedBudget,
            reason: c.reason,
            overridden:
              suggested === null ||
              c.recommendation !== suggested.recommendation ||
              c.proposedBudget !== suggested.proposedBudget,
          }
        : null,
      version: c?.version ?? 0,
    };
  });
}

export async function evaluationOwner(db: DbOrTx, id: string): Promise<string | null> {
  const [row] = await db.select({ orgId: evaluations.orgId }).from(evaluations).where(eq(evaluations.id, id));
  return row?.orgId ?? null;
}
