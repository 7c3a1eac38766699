/** 填报评价数据: the facts every evaluator scores from (rates, targets and actuals, 未设定 …), versioned. */
import { eq } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import type { IndicatorTemplate } from '../../domain/indicators/index.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { evaluations } from '../../platform/db/schema/index.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { AppError } from '../../platform/errors.ts';
import { loadEvaluation, requireValid, type EvaluationDto } from './evaluation-model.ts';
import { evaluationChanges } from '../../domain/workflow/index.ts';
import { guardDocumentWrite } from '../workflow/document-lock.ts';
import { recordOverrides } from './input-prefill.ts';

export async function saveInputs(
  deps: TxDeps,
  actor: Actor,
  id: string,
  input: { inputs: Record<string, unknown>; version: number; reasons?: Record<string, string> | undefined },
): Promise<EvaluationDto> {
  const [before] = await deps.db.select().from(evaluations).where(eq(evaluations.id, id));
  if (!before) throw new AppError('NOT_FOUND', '找不到该自评。');
  requireValid(before.template as IndicatorTemplate, input.inputs);
  const now = deps.clock();
  await guardDocumentWrite(
    deps,
    actor,
    id,
    evaluationChanges({ inputs: { before: before.inputs, after: input.inputs } }),
  );
  // A prefilled figure changed without a reason is refused (no figure typed twice, issue 15).
  await recordOverrides(deps, actor, before, input.inputs as never, input.reasons ?? {});
  await updateVersioned(deps.db, evaluations, id, input.version, { inputs: input.inputs }, now);
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    {
      action: 'evaluation.inputs.save',
      entity: 'evaluation',
      entityId: id,
      orgId: before.orgId,
      before: { inputs: before.inputs },
      after: { inputs: input.inputs },
    },
    now,
  );
  return (await loadEvaluation(deps.db, actor, id))!;
}
