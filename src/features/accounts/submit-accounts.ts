/**
 * 提交 / 撤回: a document is submitted only when every violation of the balance rules carries the
 * user's explanation (the checks are run again on the stored figures, not trusted from the last save).
 * Withdrawing unlocks it for editing.
 */
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import type { FinalAccounts } from '../../domain/accounts/index.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { finalAccounts } from '../../platform/db/schema/index.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { AppError } from '../../platform/errors.ts';
import { checkAccounts, loadAccountsDto, loadAccountsRow, type AccountsDto } from './accounts-model.ts';
import { accountsMessages as M } from './texts.ts';

export async function submitAccounts(deps: TxDeps, actor: Actor, orgId: string, year: number, input: { version: number }): Promise<AccountsDto> {
  const row = await loadAccountsRow(deps.db, orgId, year);
  if (!row) throw new AppError('NOT_FOUND', M.notFound);
  if (row.status === 'submitted') throw new AppError('CONFLICT', M.alreadySubmitted);
  if (row.version !== input.version) throw new AppError('STALE', `数据已被他人修改（您提交的版本为 ${input.version}，当前版本为 ${row.version}），请刷新后重试。`);
  const violations = checkAccounts(row.data as FinalAccounts);
  const explanations = row.explanations as Record<string, string>;
  const open = violations.filter((v) => !explanations[v.key]?.trim());
  if (open.length) {
    const items = open.map((v) => `${v.location.tableName}“${v.location.rowLabel}”${v.location.columnLabel}：${v.description}`);
    throw new AppError('CONFLICT', M.unexplained(items, open.length), { unexplained: open.map((v) => v.key) });
  }
  const now = deps.clock();
  await updateVersioned(deps.db, finalAccounts, row.id, input.version, { status: 'submitted', submittedAt: now, submittedBy: actor.userId, violations }, now);
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    { action: 'accounts.submit', entity: 'final_accounts', entityId: row.id, orgId, after: { fiscalYear: year, violations: violations.length, explained: violations.map((v) => ({ key: v.key, explanation: explanations[v.key] })) } },
    now,
  );
  return loadAccountsDto(deps.db, orgId, year);
}

export async function withdrawAccounts(deps: TxDeps, actor: Actor, orgId: string, year: number, input: { version: number }): Promise<AccountsDto> {
  const row = await loadAccountsRow(deps.db, orgId, year);
  if (!row) throw new AppError('NOT_FOUND', M.notFound);
  if (row.status !== 'submitted') throw new AppError('CONFLICT', M.notSubmitted);
  const now = deps.clock();
  await updateVersioned(deps.db, finalAccounts, row.id, input.version, { status: 'draft', submittedAt: null, submittedBy: null }, now);
  await appendAudit(deps.db, { id: actor.userId, username: actor.username, ip: actor.ip }, { action: 'accounts.withdraw', entity: 'final_accounts', entityId: row.id, orgId, after: { fiscalYear: year } }, now);
  return loadAccountsDto(deps.db, orgId, year);
}
