/**
 * 保存决算: validate the document by the domain's schema, run every balance rule (表内 and 表间) on the
 * exact 元 figures, and store document, violations and the user's explanations under one version
 * (a stale version gets 412). A submitted document is locked until withdrawn; under the review workflow
 * the workflow's lock applies (src/features/workflow/document-lock.ts). Audited with the cells the save
 * changed.
 */
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import type { FinalAccounts } from '../../domain/accounts/index.ts';
import {
  overrideReasonMessage,
  overridesMadeBy,
  type ProjectOverride,
} from '../../domain/accounts/projects-from-goals.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { finalAccounts } from '../../platform/db/schema/index.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { editionForOrg } from '../catalogue/catalogue-store.ts';
import { AppError } from '../../platform/errors.ts';
import {
  changedCells,
  checkAccounts,
  loadAccountsDto,
  loadAccountsRow,
  orgInfo,
  validateDocument,
  type AccountsDto,
} from './accounts-model.ts';
import { accountsChanges } from './accounts-adapter.ts';
import { guardDocumentWrite } from '../workflow/document-lock.ts';
import { accountsMessages as M } from './texts.ts';
import { projectRowsFromGoals } from './projects-from-goals.ts';

type ProjectRowsFromGoals = Awaited<ReturnType<typeof projectRowsFromGoals>>;

/**
 * No figure typed twice: a 预算数 / 执行数 of a project row that this save changes away from what the goals
 * give needs a 修改原因 (refused otherwise, naming the row and the figure; nothing is written). An import
 * replaces the document with the 决算 system's own figures and is not asked for reasons; the form then shows
 * the differences with their (empty) reasons.
 */
async function projectOverrides(
  deps: TxDeps,
  orgId: string,
  year: number,
  fa: FinalAccounts,
  before: FinalAccounts | null,
  action: string,
  goals: ProjectRowsFromGoals,
): Promise<ProjectOverride[]> {
  if (action === 'accounts.import') return [];
  const made = overridesMadeBy(fa.current.projects, before?.current.projects ?? null, goals);
  const missing = made.filter((o) => o.reason === '');
  if (missing.length > 0)
    throw new AppError('UNPROCESSABLE', missing.map(overrideReasonMessage).join('\n'), {
      missingReasons: missing.map((o) => ({ project: o.name, field: o.field })),
    });
  return made;
}

const overridesForAudit = (made: ProjectOverride[]) =>
  made.map((o) => ({
    project: o.name,
    field: o.label,
    prefilled: o.prefilled,
    value: o.value,
    reason: o.reason,
  }));

export type SaveAccountsArgs = {
  version: number;
  data: unknown;
  explanations?: Record<string, string> | undefined;
};

const cleanExplanations = (e: Record<string, string>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(e)
      .map(([k, v]) => [k, v.trim()])
      .filter(([, v]) => v !== ''),
  );

export async function saveAccounts(
  deps: TxDeps,
  actor: Actor,
  orgId: string,
  year: number,
  input: SaveAccountsArgs,
  action = 'accounts.save',
): Promise<AccountsDto> {
  const org = await orgInfo(deps.db, orgId);
  if (!org) throw new AppError('NOT_FOUND');
  const fa = validateDocument(input.data, year);
  const violations = checkAccounts(fa, await editionForOrg(deps.db, orgId, fa.catalogYear ?? year));
  const totals = {
    incomeTotal: fa.current.summary.income.total,
    expenditureTotal: fa.current.summary.expenditure.total,
    grandTotal: fa.current.summary.grandTotalIncome,
  };
  const now = deps.clock();
  const before = await loadAccountsRow(deps.db, orgId, year);
  // Read once: for the 修改原因 check and for the answer.
  const goals = await projectRowsFromGoals(deps.db, orgId, year);
  const who = { id: actor.userId, username: actor.username, ip: actor.ip };

  if (!before) {
    if (input.version !== 0) throw new AppError('NOT_FOUND', M.notFound);
    const overrides = await projectOverrides(deps, orgId, year, fa, null, action, goals);
    const [row] = await deps.db
      .insert(finalAccounts)
      .values({
        orgId,
        fiscalYear: year,
        data: fa,
        violations,
        explanations: cleanExplanations(input.explanations ?? {}),
        ...totals,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    // Another request created it between our read and this insert.
    if (!row) throw new AppError('STALE', M.alreadyExists);
    await appendAudit(
      deps.db,
      who,
      {
        action: action === 'accounts.save' ? 'accounts.create' : action,
        entity: 'final_accounts',
        entityId: row.id,
        orgId,
        after: {
          fiscalYear: year,
          version: 1,
          violations: violations.length,
          changed: changedCells(null, fa).length,
          ...(overrides.length ? { overrides: overridesForAudit(overrides) } : {}),
        },
      },
      now,
    );
  } else {
    if (input.version === 0) throw new AppError('STALE', M.alreadyExists);
    const explanations = input.explanations
      ? cleanExplanations(input.explanations)
      : (before.explanations as Record<string, string>);
    // The review workflow's lock first (its message names the step); a permitted change under review is
    // recorded against the reviewer. Otherwise a submitted document stays locked until withdrawn.
    const review = await guardDocumentWrite(
      deps,
      actor,
      before.id,
      accountsChanges({ data: before.data, explanations: before.explanations }, { data: fa, explanations }),
    );
    if (before.status === 'submitted' && review?.status !== 'in_review')
      throw new AppError('CONFLICT', M.submittedLocked);
    const overrides = await projectOverrides(
      deps,
      orgId,
      year,
      fa,
      before.data as FinalAccounts,
      action,
      goals,
    );
    const after = await updateVersioned(
      deps.db,
      finalAccounts,
      before.id,
      input.version,
      { data: fa, violations, explanations, ...totals },
      now,
    );
    await appendAudit(
      deps.db,
      who,
      {
        action,
        entity: 'final_accounts',
        entityId: before.id,
        orgId,
        before: { version: before.version, violations: (before.violations as unknown[]).length },
        after: {
          version: after.version,
          violations: violations.length,
          changed: changedCells(before.data as FinalAccounts, fa),
          explanations: Object.keys(explanations).length,
          ...(overrides.length ? { overrides: overridesForAudit(overrides) } : {}),
        },
      },
      now,
    );
  }
  return loadAccountsDto(deps.db, orgId, year, goals);
}
