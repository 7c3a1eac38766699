/**
 * A unit's final accounts (单位决算, one per organisation and year) as a workflow document; the document
 * id is the saved accounts row's id (`AccountsDto.id`). Field paths:
 *   data.<path>              a figure or text of the document (`data.current.summary.income.otherIncome`,
 *                            arrays by index: `data.current.generalByFunction.3.actual`)
 *   explanations.<key>       the explanation of one balance-rule violation (keys contain dots: match
 *                            them with `explanations.**`)
 * The workflow's submission is the accounts' submission: submitting (or resubmitting) needs every
 * violation explained, as the accounts' own submit does; while the document is in review or frozen the
 * accounts' status is `submitted`, and back to `draft` when withdrawn, returned to the submitter or
 * reopened (`afterCommand`). The frozen snapshot is the document with its violations and explanations,
 * the document template it is frozen with (the whole definition: the version prints with it later) and
 * the 科目 names of the catalogue in force for the organisation (`freezeCatalogue`).
 */
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import {
  freezeCatalogue,
  freezeTemplate,
  getPath,
  layoutFields,
  setPath,
  templateFor,
  type FinalAccounts,
} from '../../domain/accounts/index.ts';
import {
  asJson,
  leafChanges,
  sameJson,
  type FieldChange,
  type WorkflowState,
} from '../../domain/workflow/index.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { finalAccounts, organisations } from '../../platform/db/schema/index.ts';
import { editionForOrg } from '../catalogue/catalogue-store.ts';
import { templateForOrg } from './accounts-settings.ts';
import { AppError } from '../../platform/errors.ts';
import {
  checkAccounts,
  requireExplained,
  validateDocument,
  type AccountsRow,
  type StoredViolation,
} from './accounts-model.ts';
import { reviewWorkflow } from '../workflow/document-lock.ts';
import type { DocumentAdapter } from '../workflow/documents.ts';
import { workflowTexts as T } from '../workflow/texts.ts';

async function load(db: DbOrTx, id: string): Promise<AccountsRow> {
  const [row] = await db.select().from(finalAccounts).where(eq(finalAccounts.id, id));
  if (!row) throw new AppError('NOT_FOUND', T.documentNotFound);
  return row;
}

/** A save of the accounts feature as field changes (for the lock). */
export function accountsChanges(
  before: { data: unknown; explanations: unknown },
  after: { data: unknown; explanations: unknown },
): FieldChange[] {
  const out = leafChanges('data', before.data, after.data);
  const b = (before.explanations ?? {}) as Record<string, string>;
  const a = (after.explanations ?? {}) as Record<string, string>;
  for (const k of [...new Set([...Object.keys(b), ...Object.keys(a)])].sort())
    if (!sameJson(b[k] ?? '', a[k] ?? ''))
      out.push({ field: `explanations.${k}`, before: b[k] ?? null, after: a[k] ?? null });
  return out;
}

/** Whether the accounts go through the review workflow (then submit / withdraw are the workflow's). */
export function accountsWorkflow(db: DbOrTx, row: Pick<AccountsRow, 'id' | 'orgId'>) {
  return reviewWorkflow(db, row, 'final_accounts');
}

function fieldOf(field: string): { kind: 'data'; path: string } | { kind: 'explanation'; key: string } {
  if (field.startsWith('data.') && field.length > 5) return { kind: 'data', path: field.slice(5) };
  if (field.startsWith('explanations.') && field.length > 13)
    return { kind: 'explanation', key: field.slice(13) };
  throw new AppError('VALIDATION', T.unknownField(field));
}

const LAYOUT_LABELS = new Map(layoutFields().map((f) => [f.field.path, `${f.sheet.name} · ${f.row.label}`]));

async function syncStatus(deps: TxDeps, actor: Actor, id: string, state: WorkflowState): Promise<void> {
  const row = await load(deps.db, id);
  const want = state.status === 'in_review' || state.status === 'frozen' ? 'submitted' : 'draft';
  if (row.status === want) return;
  const now = deps.clock();
  const submitted = want === 'submitted';
  await deps.db
    .update(finalAccounts)
    .set({
      status: want,
      submittedAt: submitted ? now : null,
      submittedBy: submitted ? (state.submitter?.userId ?? actor.userId) : null,
      ...(submitted ? { violations: checkAccounts(row.data as FinalAccounts) } : {}),
      version: row.version + 1,
      updatedAt: now,
    })
    .where(and(eq(finalAccounts.id, id), eq(finalAccounts.version, row.version)));
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    {
      action: submitted ? 'accounts.submit' : 'accounts.withdraw',
      entity: 'final_accounts',
      entityId: id,
      orgId: row.orgId,
      after: { fiscalYear: row.fiscalYear, via: 'workflow', workflowStatus: state.status },
    },
    now,
  );
}

export const accountsAdapter: DocumentAdapter = {
  async locate(db, id) {
    const [r] = await db
      .select({
        id: finalAccounts.id,
        orgId: finalAccounts.orgId,
        year: finalAccounts.fiscalYear,
        orgName: organisations.name,
      })
      .from(finalAccounts)
      .innerJoin(organisations, eq(organisations.id, finalAccounts.orgId))
      .where(eq(finalAccounts.id, id));
    if (!r) return null;
    return { id: r.id, orgId: r.orgId, kind: 'final_accounts', title: T.accountsTitle(r.orgName, r.year) };
  },

  async resolveChanges(db, doc, _state, changes) {
    const row = await load(db, doc.id);
    const violations = row.violations as StoredViolation[];
    const explanations = row.explanations as Record<string, string>;
    const out: FieldChange[] = [];
    for (const c of changes) {
      const f = fieldOf(c.field);
      if (f.kind === 'explanation') {
        if (!violations.some((v) => v.key === f.key))
          throw new AppError('VALIDATION', T.unknownField(c.field));
        if (c.after !== null && typeof c.after !== 'string')
          throw new AppError('VALIDATION', T.invalidValue(c.field, '应为文字'));
        const after = typeof c.after === 'string' && c.after.trim() ? c.after.trim() : null;
        const before = explanations[f.key] ?? null;
        if (before !== after) out.push({ field: c.field, before, after });
        continue;
      }
      const before = getPath(row.data, f.path);
      if (before === undefined || (before !== null && typeof before === 'object'))
        throw new AppError('VALIDATION', T.unknownField(c.field));
      if (!sameJson(before, c.after))
        out.push({ field: c.field, before: asJson(before), after: asJson(c.after) });
    }
    return out;
  },

  async applyChanges(deps, doc, _state, changes) {
    if (changes.length === 0) return;
    const row = await load(deps.db, doc.id);
    let data = row.data as FinalAccounts;
    const explanations = { ...(row.explanations as Record<string, string>) };
    for (const c of changes) {
      const f = fieldOf(c.field);
      if (f.kind === 'data') data = setPath(data, f.path, c.after);
      else if (c.after === null) delete explanations[f.key];
      else explanations[f.key] = String(c.after);
    }
    // The changed document is checked like any save: the schema, the 科目 codes, every balance rule.
    const fa = validateDocument(data, row.fiscalYear);
    const violations = checkAccounts(fa, await editionForOrg(deps.db, row.orgId, fa.catalogYear ?? fa.year));
    const updated = await deps.db
      .update(finalAccounts)
      .set({
        data: fa,
        violations,
        explanations,
        incomeTotal: fa.current.summary.income.total,
        expenditureTotal: fa.current.summary.expenditure.total,
        grandTotal: fa.current.summary.grandTotalIncome,
        version: row.version + 1,
        updatedAt: deps.clock(),
      })
      .where(and(eq(finalAccounts.id, row.id), eq(finalAccounts.version, row.version)))
      .returning({ id: finalAccounts.id });
    if (updated.length !== 1) throw new AppError('STALE', T.accountsChangedMeanwhile);
  },

  async check(deps, doc, _state, command) {
    if (command.type !== 'submit') return;
    // The same rule as the accounts' own submission: every balance violation explained.
    requireExplained(await load(deps.db, doc.id));
  },

  async labels(db, doc, fields) {
    if (fields.length === 0) return {};
    const [row] = await db
      .select({ violations: finalAccounts.violations })
      .from(finalAccounts)
      .where(eq(finalAccounts.id, doc.id));
    const violations = (row?.violations ?? []) as StoredViolation[];
    const out: Record<string, string> = {};
    for (const f of fields) {
      if (f.startsWith('explanations.')) {
        const v = violations.find((x) => x.key === f.slice(13));
        out[f] = v
          ? `校验说明 · ${v.location.tableName}“${v.location.rowLabel}”${v.location.columnLabel}`
          : `校验说明 · ${f.slice(13)}`;
      } else if (f.startsWith('data.')) out[f] = LAYOUT_LABELS.get(f.slice(5)) ?? f.slice(5);
    }
    return out;
  },

  async snapshot(deps, doc) {
    const row = await load(deps.db, doc.id);
    const [org] = await deps.db
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, row.orgId));
    // The template the version is frozen with (the organisation's choice now): it prints with it later.
    const fa = row.data as FinalAccounts;
    const template = freezeTemplate(templateFor(fa, await templateForOrg(deps.db, row.orgId)));
    // The 科目 names in force for the organisation now (its region's catalogue, if one is stored): the
    // version prints with them later, whatever catalogue is imported afterwards.
    const catalogue = freezeCatalogue(fa, await editionForOrg(deps.db, row.orgId, fa.catalogYear ?? fa.year));
    return asJson({
      accounts: {
        id: row.id,
        orgId: row.orgId,
        orgName: org?.name ?? '',
        fiscalYear: row.fiscalYear,
        data: row.data,
        violations: row.violations,
        explanations: row.explanations,
        version: row.version,
        template,
        catalogue,
      },
    });
  },

  async afterCommand(deps, doc, state, _events, actor) {
    await syncStatus(deps, actor, doc.id, state);
  },
};
