/**
 * 导入决算: read an uploaded workbook — the template's layout (基本信息, one sheet per table) or a published
 * 9-table 附表 (公开01表–公开09表, in 万元 or 元) — and save it like any other save (checks, version, audit).
 * A workbook with any problem is refused as a whole, each problem naming its sheet and cell, and the saved
 * document stays as it was. Explanations already written are kept. What a 9-table 附表 does not hold
 * (预算数, counts, texts, last year's figures) is kept from the saved document.
 *
 * previewAccountsImport reads without saving: the problems of the file per cell, the notes of the
 * import, and the 审核公式 violations of the result, each placed on the sheet and cell it came from.
 */
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { blankFinalAccounts, layoutFields, type FinalAccounts } from '../../domain/accounts/index.ts';
import type { AccountsUpload } from '../../importers/accounts-upload.ts';
import { fieldAddresses, type AmountUnit } from '../../importers/accounts-xlsx.ts';
import { AppError } from '../../platform/errors.ts';
import { IMPORT_ZIP_LIMITS, runIsolated, uploadPool, workerModule } from '../uploads/isolated.ts';
import { requireWorkbook, sizeText, uploadedBytes, type UploadContent } from '../uploads/upload-bytes.ts';
import { editionForOrg } from '../catalogue/catalogue-store.ts';
import { checkAccounts, loadAccountsRow, orgInfo, type AccountsDto } from './accounts-model.ts';
import { saveAccounts } from './save-accounts.ts';
import { accountsMessages as M } from './texts.ts';

type CellRef = { sheet: string; cell: string };
type Problem = CellRef & { message: string };

type Read =
  | {
      ok: true;
      layout: 'template' | 'public';
      value: FinalAccounts;
      amountUnit: AmountUnit;
      warnings: Problem[];
      /** balance-rule cell "table/row/column" → where it was read */
      cells: Record<string, CellRef>;
    }
  | { ok: false; layout: 'template' | 'public'; problems: Problem[] };

const READ_MODULE = workerModule('../../importers/accounts-upload', import.meta.url);

/** The largest workbook an import takes (a real 决算 workbook or 附表 is well under 1 MB). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** The uploaded workbook: raw bytes (POST …/import/file) or Base64 (the older JSON shape). */
export type AccountsFile = { fileName: string } & UploadContent;

/** Options of an import: the request's end stops the parsing (see uploads/isolated.ts). */
export type UploadOptions = { signal?: AbortSignal | undefined };

async function readUpload(
  deps: TxDeps,
  orgId: string,
  year: number,
  input: AccountsFile,
  options: UploadOptions,
): Promise<Read> {
  const org = await orgInfo(deps.db, orgId);
  if (!org) throw new AppError('NOT_FOUND');
  const data = await uploadedBytes(
    input.fileName,
    input,
    {
      maxBytes: MAX_IMPORT_BYTES,
      tooLarge: (size) => M.importTooLarge(input.fileName, sizeText(size), sizeText(MAX_IMPORT_BYTES)),
      empty: M.importEmpty(input.fileName),
      badBase64: M.badBase64,
    },
    { workers: uploadPool(deps.config.uploads), signal: options.signal },
  );
  requireWorkbook(data, M.unreadableWorkbook(input.fileName));
  const existing = await loadAccountsRow(deps.db, orgId, year);
  const base = existing ? (existing.data as FinalAccounts) : blankFinalAccounts({ name: org.name }, year);
  // 科目 names are read against the region's stored catalogue (the national one when none is stored).
  const edition = await editionForOrg(deps.db, orgId, base.catalogYear ?? year);
  // The workbook is parsed in a worker with memory and time limits, after a look inside the ZIP.
  const upload = await runIsolated<AccountsUpload>(
    input.fileName,
    data,
    READ_MODULE,
    'readAccountsUpload',
    [data, base, edition],
    { workers: uploadPool(deps.config.uploads), zipLimits: IMPORT_ZIP_LIMITS, signal: options.signal },
  );
  if (upload.layout === 'public') {
    const read = upload.read;
    if (!read.ok) return { ok: false, layout: 'public', problems: read.problems };
    return { ...read, layout: 'public', value: { ...read.value, year, scope: 'unit' } };
  }
  const read = upload.read;
  if (!read.ok) return { ok: false, layout: 'template', problems: read.problems };
  // Where each balance-rule cell of the template sits.
  const addresses = fieldAddresses();
  const cells: Record<string, CellRef> = {};
  for (const { field } of layoutFields()) {
    const at = addresses.get(field.path);
    if (field.cell && at) cells[field.cell] = { sheet: at.sheet, cell: at.cell };
  }
  return {
    ok: true,
    layout: 'template',
    value: read.value,
    amountUnit: read.amountUnit,
    warnings: [],
    cells,
  };
}

export type ImportPreview = {
  ok: boolean;
  layout: 'template' | 'public';
  amountUnit: AmountUnit | null;
  /** Problems of the file: the import is refused while there is one. */
  problems: Problem[];
  /** Notes of the import (not blocking). */
  warnings: Problem[];
  /** 审核公式 results of what would be saved, on their cells where known. */
  violations: {
    ruleId: string;
    severity: 'error' | 'warning' | 'note';
    description: string;
    arithmetic: string;
    sheet: string;
    cell: string;
  }[];
  /** The figures a person recognises the file by. */
  summary: {
    unitName: string;
    year: number;
    grandTotal: string;
    incomeTotal: string;
    expenditureTotal: string;
    generalRows: number;
  } | null;
};

export async function previewAccountsImport(
  deps: TxDeps,
  _actor: Actor,
  orgId: string,
  year: number,
  input: AccountsFile,
  options: UploadOptions = {},
): Promise<ImportPreview> {
  const read = await readUpload(deps, orgId, year, input, options);
  if (!read.ok)
    return {
      ok: false,
      layout: read.layout,
      amountUnit: null,
      problems: read.problems,
      warnings: [],
      violations: [],
      summary: null,
    };
  const fa = read.value;
  const problems: Problem[] = [];
  if (fa.year !== year) problems.push({ sheet: '', cell: '', message: M.importWrongYear('', fa.year, year) });
  const edition = await editionForOrg(deps.db, orgId, fa.catalogYear ?? year);
  const violations = checkAccounts(fa, edition).map((v) => {
    const at =
      read.cells[`${v.location.table}/${v.location.row}/${v.location.column}`] ??
      ({ sheet: '', cell: '' } as CellRef);
    return {
      ruleId: v.ruleId,
      severity: v.severity,
      description: v.description,
      arithmetic: v.arithmetic,
      sheet: at.sheet,
      cell: at.cell,
    };
  });
  const s = fa.current.summary;
  return {
    ok: problems.length === 0,
    layout: read.layout,
    amountUnit: read.amountUnit,
    problems,
    warnings: read.warnings,
    violations,
    summary: {
      unitName: fa.unit.name,
      year: fa.year,
      grandTotal: s.grandTotalIncome,
      incomeTotal: s.income.total,
      expenditureTotal: s.expenditure.total,
      generalRows: fa.current.generalByFunction.length,
    },
  };
}

export async function importAccounts(
  deps: TxDeps,
  actor: Actor,
  orgId: string,
  year: number,
  input: { version: number } & AccountsFile,
  options: UploadOptions = {},
): Promise<
  AccountsDto & { imported: { fileName: string; amountUnit: AmountUnit; layout: 'template' | 'public' } }
> {
  const read = await readUpload(deps, orgId, year, input, options);
  if (!read.ok)
    throw new AppError('VALIDATION', M.importFailed(read.problems[0]!.message, read.problems.length), {
      problems: read.problems,
    });
  if (read.value.year !== year)
    throw new AppError(
      'VALIDATION',
      M.importWrongYear(fieldAddresses().get('year')!.cell, read.value.year, year),
      { problems: [] },
    );
  const existing = await loadAccountsRow(deps.db, orgId, year);
  const dto = await saveAccounts(
    deps,
    actor,
    orgId,
    year,
    {
      version: input.version,
      data: read.value,
      explanations: existing ? (existing.explanations as Record<string, string>) : {},
    },
    'accounts.import',
  );
  return {
    ...dto,
    imported: { fileName: input.fileName, amountUnit: read.amountUnit, layout: read.layout },
  };
}
