/**
 * 部门决算合并: a department's accounts computed on read from the stored (本级) accounts of every
 * organisation in its subtree — its own and its units' — with the transfers between them eliminated
 * (domain `consolidate`), checked by the same balance rules, and explained by the domain's generator
 * with the department's own texts and last year's published figures. The department keeps only its
 * settings (name, transfers, last year, texts), versioned like every other edit.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import { subtreeIds } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import {
  ConsolidationError,
  accountsTextsSchema,
  canonicalAccounts,
  consolidate,
  generateExplanation,
  priorYearSchema,
  type AccountsTexts,
  type Explanation,
  type FinalAccounts,
  type PriorYear,
} from '../../domain/accounts/index.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { accountsConsolidations, finalAccounts, organisations } from '../../platform/db/schema/index.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { AppError } from '../../platform/errors.ts';
import { checkAccounts, orgInfo, type OrgInfo, type StoredViolation } from './accounts-model.ts';
import type { SaveConsolidationInput, TransferInput } from './accounts.schema.ts';
import { accountsMessages as M } from './texts.ts';

export type ConsolidationSettings = {
  exists: boolean;
  version: number;
  unit: FinalAccounts['unit'];
  transfers: TransferInput[];
  previous: PriorYear;
  texts: AccountsTexts;
};

export type MemberDto = {
  orgId: string;
  orgName: string;
  orgKind: OrgInfo['kind'];
  /** 'missing': nothing saved for the year (left out of the consolidation). */
  status: 'draft' | 'submitted' | 'missing';
  incomeTotal: string | null;
  expenditureTotal: string | null;
  violations: number;
};

export type ConsolidationDto = {
  orgId: string;
  orgName: string;
  fiscalYear: number;
  settings: ConsolidationSettings;
  members: MemberDto[];
  /** null when nothing can be consolidated (no member has accounts, or a transfer does not fit); see `error`. */
  consolidated: FinalAccounts | null;
  violations: StoredViolation[];
  explanation: Explanation | null;
  error: string | null;
};

const ZERO = '0.00';
const blankPrevious = (): PriorYear => ({
  grandTotal: ZERO,
  fiscalGrandTotal: ZERO,
  generalExpenditure: ZERO,
  threePublic: { abroad: ZERO, vehicle: ZERO, reception: ZERO, total: ZERO },
  officeOperation: ZERO,
});

async function requireDepartment(db: DbOrTx, orgId: string): Promise<OrgInfo> {
  const org = await orgInfo(db, orgId);
  if (!org) throw new AppError('NOT_FOUND');
  if (org.kind === 'unit') throw new AppError('VALIDATION', M.notDepartment);
  return org;
}

async function loadSettings(
  db: DbOrTx,
  org: OrgInfo,
  year: number,
): Promise<ConsolidationSettings & { id: string | null }> {
  const [row] = await db
    .select()
    .from(accountsConsolidations)
    .where(and(eq(accountsConsolidations.orgId, org.id), eq(accountsConsolidations.fiscalYear, year)));
  if (!row)
    return {
      id: null,
      exists: false,
      version: 0,
      unit: { name: org.name, shortName: '', kind: '行政单位' },
      transfers: [],
      previous: blankPrevious(),
      texts: accountsTextsSchema.parse({}),
    };
  return {
    id: row.id,
    exists: true,
    version: row.version,
    unit: row.unit as FinalAccounts['unit'],
    transfers: row.transfers as TransferInput[],
    previous: row.previous as PriorYear,
    texts: accountsTextsSchema.parse(row.texts),
  };
}

export async function loadConsolidation(
  deps: TxDeps,
  _actor: Actor,
  orgId: string,
  year: number,
): Promise<ConsolidationDto> {
  const org = await requireDepartment(deps.db, orgId);
  const { id: _id, ...settings } = await loadSettings(deps.db, org, year);
  const ids = await subtreeIds(deps.db, orgId);
  const orgs = await deps.db
    .select({
      id: organisations.id,
      name: organisations.name,
      code: organisations.code,
      kind: organisations.kind,
    })
    .from(organisations)
    .where(inArray(organisations.id, ids));
  const rows = await deps.db
    .select()
    .from(finalAccounts)
    .where(and(inArray(finalAccounts.orgId, ids), eq(finalAccounts.fiscalYear, year)));
  const byOrg = new Map(rows.map((r) => [r.orgId, r]));
  // The department itself (its 本级) first, then the rest by code.
  orgs.sort((a, b) => (a.id === orgId ? -1 : b.id === orgId ? 1 : a.code.localeCompare(b.code)));
  const members: MemberDto[] = orgs
    .filter((o) => o.kind !== 'finance' || o.id === orgId)
    .map((o) => {
      const r = byOrg.get(o.id);
      return {
        orgId: o.id,
        orgName: o.name,
        orgKind: o.kind,
        status: r ? r.status : 'missing',
        incomeTotal: r ? (r.data as FinalAccounts).current.summary.income.total : null,
        expenditureTotal: r ? (r.data as FinalAccounts).current.summary.expenditure.total : null,
        violations: r ? (r.violations as unknown[]).length : 0,
      };
    });
  const base = { orgId, orgName: org.name, fiscalYear: year, settings, members };
  const held = orgs.filter((o) => byOrg.has(o.id));
  if (!held.length)
    return { ...base, consolidated: null, violations: [], explanation: null, error: M.noMembers };
  const nameOf = new Map(orgs.map((o) => [o.id, o.name]));
  try {
    const consolidated = canonicalAccounts(
      consolidate({
        unit: settings.unit,
        year,
        // Members are matched to transfers by organisation name (unique in the tree), whatever their documents call themselves.
        members: held.map((o) => ({
          ...(byOrg.get(o.id)!.data as FinalAccounts),
          unit: { ...(byOrg.get(o.id)!.data as FinalAccounts).unit, name: o.name },
        })),
        transfers: settings.transfers.map((t) => ({
          kind: t.kind,
          from: nameOf.get(t.fromOrgId) ?? t.fromOrgId,
          to: nameOf.get(t.toOrgId) ?? t.toOrgId,
          amount: t.amount,
        })),
        previous: settings.previous,
        texts: settings.texts,
      }),
    );
    return {
      ...base,
      consolidated,
      violations: checkAccounts(consolidated),
      explanation: generateExplanation(consolidated, { detailNumbering: 'nested' }),
      error: null,
    };
  } catch (err) {
    if (err instanceof ConsolidationError)
      return { ...base, consolidated: null, violations: [], explanation: null, error: err.message };
    throw err;
  }
}

export async function saveConsolidation(
  deps: TxDeps,
  actor: Actor,
  orgId: string,
  year: number,
  input: SaveConsolidationInput,
): Promise<ConsolidationDto> {
  const org = await requireDepartment(deps.db, orgId);
  const previous = priorYearSchema.safeParse(input.previous);
  if (!previous.success) {
    const i = previous.error.issues[0]!;
    throw new AppError('VALIDATION', M.invalidPrevious(i.path.join('.'), i.message));
  }
  const texts = accountsTextsSchema.parse(input.texts);
  const ids = new Set(await subtreeIds(deps.db, orgId));
  for (const t of input.transfers) {
    for (const id of [t.fromOrgId, t.toOrgId])
      if (!ids.has(id)) throw new AppError('VALIDATION', M.transferOutside(id));
    if (t.fromOrgId === t.toOrgId) throw new AppError('VALIDATION', M.transferSame);
  }
  const current = await loadSettings(deps.db, org, year);
  const values = { unit: input.unit, transfers: input.transfers, previous: previous.data, texts };
  const now = deps.clock();
  const who = { id: actor.userId, username: actor.username, ip: actor.ip };
  if (!current.id) {
    if (input.version !== 0) throw new AppError('NOT_FOUND');
    const [row] = await deps.db
      .insert(accountsConsolidations)
      .values({ orgId, fiscalYear: year, ...values, createdAt: now, updatedAt: now })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new AppError('STALE', M.alreadyExists);
    await appendAudit(
      deps.db,
      who,
      {
        action: 'accounts.consolidation.create',
        entity: 'accounts_consolidation',
        entityId: row.id,
        orgId,
        after: { fiscalYear: year, ...values },
      },
      now,
    );
  } else {
    if (input.version === 0) throw new AppError('STALE', M.alreadyExists);
    const after = await updateVersioned(
      deps.db,
      accountsConsolidations,
      current.id,
      input.version,
      values,
      now,
    );
    await appendAudit(
      deps.db,
      who,
      {
        action: 'accounts.consolidation.save',
        entity: 'accounts_consolidation',
        entityId: current.id,
        orgId,
        before: { version: current.version, transfers: current.transfers, previous: current.previous },
        after: { version: after.version, ...values },
      },
      now,
    );
  }
  return loadConsolidation(deps, actor, orgId, year);
}
