/**
 * 保存评分: an evaluator's scores, explanations, 存在问题 and 有关建议 per indicator (or only a total),
 * versioned. A draft may be incomplete; submitting is where completeness is required.
 */
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import type { IndicatorTemplate } from '../../domain/indicators/index.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { scoreSheets } from '../../platform/db/schema/index.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { AppError } from '../../platform/errors.ts';
import type { SheetEntryInput } from './evaluations.schema.ts';
import { loadEvaluation, requireValid, type EvaluationDto } from './evaluation-model.ts';
import { ownSheet } from './own-sheet.ts';
import { evaluationChanges } from '../../domain/workflow/index.ts';
import { guardDocumentWrite, refuseIfLocked } from '../workflow/document-lock.ts';

export async function saveSheet(
  deps: TxDeps,
  actor: Actor,
  sheetId: string,
  input: { entries: Record<string, SheetEntryInput>; total: string | null; version: number },
): Promise<EvaluationDto> {
  const { sheet, ev } = await ownSheet(deps.db, actor, sheetId);
  await refuseIfLocked(deps, actor, ev.id);
  if (sheet.submitted) throw new AppError('CONFLICT', '评分表已提交，如需修改请先撤回提交。');
  // Empty texts are dropped so that "no 存在问题" is one thing, not two.
  const entries = Object.fromEntries(
    Object.entries(input.entries).map(([id, e]) => [
      id,
      Object.fromEntries(Object.entries(e).filter(([, v]) => typeof v === 'string' && v.trim() !== '')),
    ]),
  ) as Record<string, SheetEntryInput>;
  requireValid(ev.template as IndicatorTemplate, ev.inputs, entries);
  const now = deps.clock();
  await guardDocumentWrite(
    deps,
    actor,
    ev.id,
    evaluationChanges({
      sheet: {
        evaluatorId: actor.userId,
        before: { entries: sheet.entries, total: sheet.total },
        after: { entries, total: input.total },
      },
    }),
  );
  await updateVersioned(deps.db, scoreSheets, sheetId, input.version, { entries, total: input.total }, now);
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    {
      action: 'score-sheet.save',
      entity: 'score_sheet',
      entityId: sheetId,
      orgId: ev.orgId,
      before: { entries: sheet.entries, total: sheet.total },
      after: { entries, total: input.total },
    },
    now,
  );
  return (await loadEvaluation(deps.db, actor, ev.id))!;
}
