/**
 * Reading final accounts: the stored row as the API shows it (document, status, the violations of the
 * balance rules with the user's explanation of each), the checks every save runs, and the
 * organisation an accounts route touches.
 */
import { and, eq } from 'drizzle-orm';
import {
  checkFinalAccounts,
  blankFinalAccounts,
  canonicalAccounts,
  cellsOf,
  catalogueViolations,
  needsExplanation,
  readAccountsExchange,
  violationKey,
  type CatalogEdition,
  type FinalAccounts,
  type Violation,
} from '../../domain/accounts/index.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { finalAccounts, organisations } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import { projectRowsFromGoals } from './projects-from-goals.ts';
import type { GoalsProjectRow } from '../../domain/accounts/projects-from-goals.ts';
import { accountsMessages as M } from './texts.ts';

export type StoredViolation = Violation & { key: string };
export type ViolationDto = StoredViolation & { explanation: string };
export type OrgInfo = {
  id: string;
  name: string;
  code: string;
  kind: 'finance' | 'department' | 'unit';
  parentId: string | null;
};

export type AccountsDto = {
  id: string | null;
  orgId: string;
  orgName: string;
  orgKind: OrgInfo['kind'];
  fiscalYear: number;
  /** false: nothing saved yet; `data` is a blank document to start from (save with version 0). */
  exists: boolean;
  status: 'draft' | 'submitted';
  version: number;
  updatedAt: string | null;
  submittedAt: string | null;
  data: FinalAccounts;
  violations: ViolationDto[];
  /** Violations without an explanation: submission is refused while this is not zero. */
  unexplained: number;
  /**
   * The project rows the goals of the organisation and year give (预算数, 执行数 in 元): the form shows a
   * figure that differs from them with its 修改原因 (save-accounts.ts).
   */
  projectsFromGoals: GoalsProjectRow[];
};

export async function orgInfo(db: DbOrTx, orgId: string): Promise<OrgInfo | null> {
  const [o] = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      code: organisations.code,
      kind: organisations.kind,
      parentId: organisations.parentId,
    })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  return o ?? null;
}

export async function loadAccountsRow(db: DbOrTx, orgId: string, year: number) {
  const [row] = await db
    .select()
    .from(finalAccounts)
    .where(and(eq(finalAccounts.orgId, orgId), eq(finalAccounts.fiscalYear, year)));
  return row ?? null;
}
export type AccountsRow = NonNullable<Awaited<ReturnType<typeof loadAccountsRow>>>;

/**
 * The balance checks (审核公式) of a save: exact 元, every 表内 and 表间 rule, each violation keyed by rule
 * and place; then the catalogue warnings (a 科目 not in the edition, a code printed with another code's
 * name), which never block. `edition`: the organisation's stored catalogue (default the national one).
 */
export function checkAccounts(fa: FinalAccounts, edition?: CatalogEdition): StoredViolation[] {
  return [
    // Every 表内 / 表间 rule (the Sichuan set and the national tables'); rounding-aware for 万元 entries.
    ...checkFinalAccounts(fa),
    ...catalogueViolations(fa, edition),
  ].map((v) => ({ ...v, key: violationKey(v) }));
}

/**
 * A document as it may be stored: valid by the domain schema (any version of the exchange format,
 * migrated), of this year, a unit's own (本级) tables, with unique 科目 codes; amounts in canonical form.
 * A 科目 code the catalogue does not hold is kept with its name (checkAccounts warns about it).
 */
export function validateDocument(json: unknown, year: number): FinalAccounts {
  const parsed = readAccountsExchange(json);
  if (!parsed.ok) {
    const first = parsed.problems[0]!;
    throw new AppError('VALIDATION', M.invalidDocument(first.path, first.message, parsed.problems.length), {
      problems: parsed.problems,
    });
  }
  const fa = parsed.value;
  if (fa.year !== year) throw new AppError('VALIDATION', M.wrongYear(fa.year, year));
  if (fa.scope !== 'unit') throw new AppError('VALIDATION', M.departmentScope);
  const codes = fa.current.generalByFunction.map((r) => r.code);
  const dup = codes.find((c, i) => codes.indexOf(c) !== i);
  if (dup) throw new AppError('VALIDATION', M.duplicateCode(dup));
  return canonicalAccounts(fa);
}

/**
 * Refuses a submission while a violation of the balance rules (recomputed from the stored figures, not
 * trusted from the last save) has no explanation; returns the violations otherwise. Used by the
 * accounts' own submit and by the review workflow's submit, which is the same submission.
 */
export function requireExplained(row: Pick<AccountsRow, 'data' | 'explanations'>): StoredViolation[] {
  const { violations, open } = openViolations(row);
  if (open.length) {
    throw new AppError('CONFLICT', M.unexplained(open.map(violationText), open.length), {
      unexplained: open.map((v) => v.key),
    });
  }
  return violations;
}

/** The violations of the stored figures (recomputed) and those still without an explanation. */
export function openViolations(row: Pick<AccountsRow, 'data' | 'explanations'>): {
  violations: StoredViolation[];
  open: StoredViolation[];
} {
  const violations = checkAccounts(row.data as FinalAccounts);
  const explanations = row.explanations as Record<string, string>;
  return { violations, open: violations.filter((v) => needsExplanation(v) && !explanations[v.key]?.trim()) };
}

/** "收入支出决算总表“本年收入合计”决算数：…" — where a violation is and what it says. */
export function violationText(v: StoredViolation): string {
  return `${v.location.tableName}“${v.location.rowLabel}”${v.location.columnLabel}：${v.description}`;
}

export function violationsWithExplanations(
  violations: StoredViolation[],
  explanations: Record<string, string>,
): ViolationDto[] {
  return violations.map((v) => ({ ...v, explanation: explanations[v.key] ?? '' }));
}

export function toDto(org: OrgInfo, year: number, row: AccountsRow | null): AccountsDto {
  if (!row) {
    return {
      id: null,
      orgId: org.id,
      orgName: org.name,
      orgKind: org.kind,
      fiscalYear: year,
      exists: false,
      status: 'draft',
      version: 0,
      updatedAt: null,
      submittedAt: null,
      data: blankFinalAccounts({ name: org.name }, year),
      violations: [],
      unexplained: 0,
      projectsFromGoals: [],
    };
  }
  const violations = violationsWithExplanations(
    row.violations as StoredViolation[],
    row.explanations as Record<string, string>,
  );
  return {
    id: row.id,
    orgId: org.id,
    orgName: org.name,
    orgKind: org.kind,
    fiscalYear: year,
    exists: true,
    status: row.status,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    data: row.data as FinalAccounts,
    violations,
    unexplained: violations.filter((v) => needsExplanation(v) && !v.explanation.trim()).length,
    projectsFromGoals: [],
  };
}

/** `fromGoals`: the goals' project rows when the caller has already read them in this transaction. */
export async function loadAccountsDto(
  db: DbOrTx,
  orgId: string,
  year: number,
  fromGoals?: Awaited<ReturnType<typeof projectRowsFromGoals>>,
): Promise<AccountsDto> {
  const org = await orgInfo(db, orgId);
  if (!org) throw new AppError('NOT_FOUND');
  const row = await loadAccountsRow(db, orgId, year);
  const dto = toDto(org, year, row);
  fromGoals ??= await projectRowsFromGoals(db, orgId, year);
  dto.projectsFromGoals = fromGoals.map(({ name, budget, actual, summary }) => ({
    name,
    budget,
    actual,
    summary,
  }));
  // Not saved yet: the project rows come from the goals (no figure typed twice).
  if (!row) dto.data.current.projects = fromGoals;
  return dto;
}

/** The cells whose value a save changed, for the audit entry (at most `limit`). */
export function changedCells(
  before: FinalAccounts | null,
  after: FinalAccounts,
  limit = 200,
): { cell: string; before: string | null; after: string | null }[] {
  const a = before ? cellsOf(before) : new Map();
  const b = cellsOf(after);
  const out: { cell: string; before: string | null; after: string | null }[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key)?.value;
    const y = b.get(key)?.value;
    if (x && y && x.eq(y)) continue;
    out.push({ cell: key, before: x?.toFixed(2) ?? null, after: y?.toFixed(2) ?? null });
    if (out.length >= limit) break;
  }
  return out;
}
