/**
 * The supervisor confirms an evaluated project's budget recommendation, or overrides it with a reason.
 * An organisation above the evaluated one decides; a unit does not recommend its own budget, while a 主管部门
 * may confirm its own projects' (it arranges them within its department budget).
 */
import { eq } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { hasPermission } from '../../app/scope.ts';
import { dec } from '../../domain/money/index.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { budgetRecommendations, evaluations, organisations } from '../../platform/db/schema/index.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { AppError } from '../../platform/errors.ts';
import { listResults, type ResultItem } from './list-results.ts';

const T = {
  notFound: '找不到该评价。',
  notSupervisor: '评价结果应用建议由主管部门或财政部门确认，基层单位不能确认自己的建议。',
  needsReason: '调整了按评价等次给出的建议或建议预算，请填写调整理由。',
  exists: '该评价的建议已被他人确认，请刷新后重试。',
};

export async function confirmRecommendation(
  deps: TxDeps,
  actor: Actor,
  evaluationId: string,
  input: { version: number; recommendation: string; proposedBudget: string | null; reason: string },
): Promise<ResultItem> {
  const [ev] = await deps.db.select().from(evaluations).where(eq(evaluations.id, evaluationId));
  if (!ev) throw new AppError('NOT_FOUND', T.notFound);
  const [org] = await deps.db.select().from(organisations).where(eq(organisations.id, ev.orgId));
  // A unit does not recommend its own budget; a 主管部门 arranges its own projects within its department budget.
  const ownUnit = actor.orgId === ev.orgId && org?.kind === 'unit';
  if (ownUnit || !actor.reach.has(ev.orgId)) throw new AppError('FORBIDDEN', T.notSupervisor);
  if (!hasPermission(actor, 'work.edit') && !hasPermission(actor, 'work.review'))
    throw new AppError('FORBIDDEN', T.notSupervisor);
  const before = (await listResults(deps, actor, { orgId: ev.orgId, year: ev.fiscalYear })).find(
    (r) => r.evaluationId === evaluationId,
  );
  if (!before) throw new AppError('NOT_FOUND', T.notFound);
  const s = before.suggested;
  const sameBudget =
    s !== null &&
    (input.proposedBudget === null
      ? s.proposedBudget === null
      : s.proposedBudget !== null && dec(input.proposedBudget).eq(s.proposedBudget));
  const overridden = s === null || s.recommendation !== input.recommendation || !sameBudget;
  if (overridden && !input.reason.trim()) throw new AppError('VALIDATION', T.needsReason);
  const now = deps.clock();
  const proposedBudget = input.proposedBudget === null ? null : dec(input.proposedBudget).toFixed(2);
  const [existing] = await deps.db
    .select()
    .from(budgetRecommendations)
    .where(eq(budgetRecommendations.evaluationId, evaluationId));
  const values = {
    recommendation: input.recommendation,
    proposedBudget,
    reason: input.reason,
    confirmedBy: actor.userId,
    orgId: actor.orgId,
  };
  if (!existing) {
    if (input.version !== 0) throw new AppError('STALE', T.exists);
    await deps.db
      .insert(budgetRecommendations)
      .values({ evaluationId, ...values, createdAt: now, updatedAt: now });
  } else {
    await updateVersioned(deps.db, budgetRecommendations, existing.id, input.version, values, now);
  }
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    {
      action: overridden ? 'results.recommendation.override' : 'results.recommendation.confirm',
      entity: 'evaluation',
      entityId: evaluationId,
      orgId: ev.orgId,
      before: before.confirmed,
      after: { ...values, suggested: s },
    },
    now,
  );
  const after = (await listResults(deps, actor, { orgId: ev.orgId, year: ev.fiscalYear })).find(
    (r) => r.evaluationId === evaluationId,
  );
  return after!;
}
