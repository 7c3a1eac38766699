/**
 * 提交 / 撤回: a document is submitted only when every violation of the balance rules carries the
 * user's explanation (the checks are run again on the stored figures, not trusted from the last save).
 * Withdrawing unlocks it for editing.
 *
 * Under a review chain (one configured for the unit's 决算, or inherited, or the document already in
 * review) the accounts' submission *is* the workflow's: submit and withdraw here run the workflow's
 * `submit` / `withdraw` as the session's user (same checks, same audit trail), and the workflow keeps
 * the accounts' status in step (src/features/workflow/accounts-adapter.ts).
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { finalAccounts } from '../../platform/db/schema/index.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { AppError } from '../../platform/errors.ts';
import { accountsWorkflow } from './accounts-adapter.ts';
import { lockRefusal } from '../workflow/document-lock.ts';
import { runCommand } from '../workflow/run-command.ts';
import { loadAccountsDto, loadAccountsRow, requireExplained, type AccountsDto } from './accounts-model.ts';
import { accountsMessages as M } from './texts.ts';

export async function submitAccounts(
  deps: TxDeps,
  actor: Actor,
  orgId: string,
  year: number,
  input: { version: number },
): Promise<AccountsDto> {
  const row = await loadAccountsRow(deps.db, orgId, year);
  if (!row) throw new AppError('NOT_FOUND', M.notFound);
  const wf = await accountsWorkflow(deps.db, row);
  if (wf.state?.status === 'frozen') throw lockRefusal(wf.state, actor.userId, '');
  if (row.status === 'submitted') throw new AppError('CONFLICT', M.alreadySubmitted);
  if (row.version !== input.version)
    throw new AppError(
      'STALE',
      `数据已被他人修改（您提交的版本为 ${input.version}，当前版本为 ${row.version}），请刷新后重试。`,
    );
  if (wf.managed) {
    await runCommand(deps, actor, row.id, {
      type: 'submit',
      commandId: randomUUID(),
      expectedVersion: wf.state?.version ?? 0,
    });
    return loadAccountsDto(deps.db, orgId, year);
  }
  const violations = requireExplained(row);
  const explanations = row.explanations as Record<string, string>;
  const now = deps.clock();
  await updateVersioned(
    deps.db,
    finalAccounts,
    row.id,
    input.version,
    { status: 'submitted', submittedAt: now, submittedBy: actor.userId, violations },
    now,
  );
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    {
      action: 'accounts.submit',
      entity: 'final_accounts',
      entityId: row.id,
      orgId,
      after: {
        fiscalYear: year,
        violations: violations.length,
        explained: violations.map((v) => ({ key: v.key, explanation: explanations[v.key] })),
      },
    },
    now,
  );
  return loadAccountsDto(deps.db, orgId, year);
}

export async function withdrawAccounts(
  deps: TxDeps,
  actor: Actor,
  orgId: string,
  year: number,
  input: { version: number },
): Promise<AccountsDto> {
  const row = await loadAccountsRow(deps.db, orgId, year);
  if (!row) throw new AppError('NOT_FOUND', M.notFound);
  const { state } = await accountsWorkflow(deps.db, row);
  if (state?.status === 'frozen') throw lockRefusal(state, actor.userId, '');
  if (state?.status === 'in_review') {
    if (row.version !== input.version)
      throw new AppError(
        'STALE',
        `数据已被他人修改（您提交的版本为 ${input.version}，当前版本为 ${row.version}），请刷新后重试。`,
      );
    await runCommand(deps, actor, row.id, {
      type: 'withdraw',
      commandId: randomUUID(),
      expectedVersion: state.version,
    });
    return loadAccountsDto(deps.db, orgId, year);
  }
  if (row.status !== 'submitted') throw new AppError('CONFLICT', M.notSubmitted);
  const now = deps.clock();
  await updateVersioned(
    deps.db,
    finalAccounts,
    row.id,
    input.version,
    { status: 'draft', submittedAt: null, submittedBy: null },
    now,
  );
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    {
      action: 'accounts.withdraw',
      entity: 'final_accounts',
      entityId: row.id,
      orgId,
      after: { fiscalYear: year },
    },
    now,
  );
  return loadAccountsDto(deps.db, orgId, year);
}
