/**
 * 提交评分: the sheet must be complete by the domain's rules — every indicator scored within its range —
 * and every deduction must carry 存在问题 and 有关建议 (002's workflow). Otherwise it is refused, naming
 * each indicator and what is missing.
 */
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { evaluate } from '../../domain/scoring/index.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { scoreSheets } from '../../platform/db/schema/index.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { AppError } from '../../platform/errors.ts';
import { domainEvaluation, loadEvaluation, type EvaluationDto } from './evaluation-model.ts';
import { ownSheet } from './own-sheet.ts';
import { evaluationChanges } from '../../domain/workflow/index.ts';
import { guardDocumentWrite, refuseIfLocked } from '../workflow/document-lock.ts';

export async function submitSheet(
  deps: TxDeps,
  actor: Actor,
  sheetId: string,
  input: { version: number },
): Promise<EvaluationDto> {
  const { sheet, ev } = await ownSheet(deps.db, actor, sheetId);
  await refuseIfLocked(deps, actor, ev.id);
  if (sheet.submitted) throw new AppError('CONFLICT', '评分表已经提交。');
  if (sheet.version !== input.version) {
    throw new AppError(
      'STALE',
      `数据已被他人修改（您提交的版本为 ${input.version}，当前版本为 ${sheet.version}），请刷新后重试。`,
    );
  }
  const result = evaluate(domainEvaluation(ev, [sheet], false));
  const problems = [
    ...result.errors.map((e) => `“${e.label}”：${e.message}`),
    ...result.findings.map((f) => `“${f.label}”：${f.message}`),
  ];
  if (problems.length > 0) {
    const shown = problems.slice(0, 6).join('；');
    const more = problems.length > 6 ? `；另有${problems.length - 6}处` : '';
    throw new AppError(
      'VALIDATION',
      `评分表不能提交：${shown}${more}。扣分的指标须填写“存在问题”和“有关建议”。`,
      { problems },
    );
  }
  const now = deps.clock();
  await guardDocumentWrite(
    deps,
    actor,
    ev.id,
    evaluationChanges({
      sheet: { evaluatorId: actor.userId, before: { submitted: false }, after: { submitted: true } },
    }),
  );
  await updateVersioned(
    deps.db,
    scoreSheets,
    sheetId,
    input.version,
    { submitted: true, submittedAt: now },
    now,
  );
  const s = result.sheets[0]!;
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    {
      action: 'score-sheet.submit',
      entity: 'score_sheet',
      entityId: sheetId,
      orgId: ev.orgId,
      after: { total: s.total.toString(), base: s.base.toString(), grade: s.grade },
    },
    now,
  );
  return (await loadEvaluation(deps.db, actor, ev.id))!;
}

/** 撤回提交: the evaluator takes the sheet back to change it; it leaves the panel until submitted again. */
export async function withdrawSheet(
  deps: TxDeps,
  actor: Actor,
  sheetId: string,
  input: { version: number },
): Promise<EvaluationDto> {
  const { sheet, ev } = await ownSheet(deps.db, actor, sheetId);
  await refuseIfLocked(deps, actor, ev.id);
  if (!sheet.submitted) throw new AppError('CONFLICT', '评分表尚未提交。');
  const now = deps.clock();
  await guardDocumentWrite(
    deps,
    actor,
    ev.id,
    evaluationChanges({
      sheet: { evaluatorId: actor.userId, before: { submitted: true }, after: { submitted: false } },
    }),
  );
  await updateVersioned(
    deps.db,
    scoreSheets,
    sheetId,
    input.version,
    { submitted: false, submittedAt: null },
    now,
  );
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    { action: 'score-sheet.withdraw', entity: 'score_sheet', entityId: sheetId, orgId: ev.orgId },
    now,
  );
  return (await loadEvaluation(deps.db, actor, ev.id))!;
}
