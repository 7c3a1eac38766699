/**
 * 导入科目表: a system administrator uploads the catalogue a finance department issues (XLSX or CSV),
 * sees its rows, the problems per cell and the differences against the edition in force (added /
 * renamed / removed, per list), then applies it: stored per (region, year), used from then on, audited.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import {
  CATALOGUE_KINDS,
  CATALOGUE_KIND_LABEL,
  NATIONAL,
  diffEntries,
  editionToData,
  type CatalogueDiff,
  type CatalogueKind,
} from '../../domain/accounts/index.ts';
import {
  catalogueDataOf,
  type CatalogueFile,
  type CatalogueProblem,
  type CatalogueRow,
} from '../../importers/catalogue-file.ts';
import type { UploadsConfig } from '../../platform/config.ts';
import { IMPORT_ZIP_LIMITS, runIsolated, uploadPool, workerModule } from '../uploads/isolated.ts';
import { requireWorkbook, sizeText, uploadedBytes, type UploadContent } from '../uploads/upload-bytes.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { accountsCatalogues, organisations } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import { loadStored, nationalEdition } from './catalogue-store.ts';
import { catalogueMessages as M } from './texts.ts';

/** The file: raw bytes (POST …/file) or Base64 (the older JSON shape). */
export type CatalogueFileInput = { region: string; year: number; fileName: string } & UploadContent;

/** The largest file an import takes (a year's 科目表 is well under 1 MB). */
export const MAX_CATALOGUE_BYTES = 15 * 1024 * 1024;

export type CataloguePreview = {
  region: string;
  year: number;
  fileName: string;
  rows: CatalogueRow[];
  problems: CatalogueProblem[];
  notes: CatalogueProblem[];
  /** Per list the file holds: what applying it changes. */
  differences: { kind: CatalogueKind; label: string; diff: CatalogueDiff }[];
  /** The stored version the differences were computed against (0: nothing stored for region and year). */
  version: number;
  /** Whether the import can be applied (no problems). */
  applicable: boolean;
};

/** The organisation a region key stands for: the root organisation for 全国, else the one with that code. */
export async function regionOrg(db: DbOrTx, region: string): Promise<string | null> {
  const [org] =
    region === NATIONAL
      ? await db
          .select({ id: organisations.id, kind: organisations.kind })
          .from(organisations)
          .where(isNull(organisations.parentId))
      : await db
          .select({ id: organisations.id, kind: organisations.kind })
          .from(organisations)
          .where(eq(organisations.code, region));
  if (!org) return null;
  if (org.kind !== 'finance') throw new AppError('VALIDATION', M.notFinance(region));
  return org.id;
}

async function fileBytes(input: CatalogueFileInput, options: UploadOptions): Promise<Buffer> {
  const bytes = await uploadedBytes(
    input.fileName,
    input,
    {
      maxBytes: MAX_CATALOGUE_BYTES,
      tooLarge: (size) => M.tooLarge(input.fileName, sizeText(size), sizeText(MAX_CATALOGUE_BYTES)),
      empty: M.emptyFile(input.fileName),
      badBase64: M.badBase64,
    },
    { workers: uploadPool(options.uploads), signal: options.signal },
  );
  if (/\.xlsx$/i.test(input.fileName)) requireWorkbook(bytes, M.unreadable(input.fileName));
  return bytes;
}

const READ_MODULE = workerModule('../../importers/catalogue-file', import.meta.url);

/** The limits of the parsing worker, and the request's end (which stops the parsing). */
export type UploadOptions = { uploads?: UploadsConfig; signal?: AbortSignal | undefined };

export async function previewCatalogue(
  db: DbOrTx,
  input: CatalogueFileInput,
  options: UploadOptions = {},
): Promise<CataloguePreview> {
  const bytes = await fileBytes(input, options);
  // The XLSX or CSV is parsed in a worker with memory and time limits, after a look inside the ZIP.
  const file = await runIsolated<CatalogueFile>(
    input.fileName,
    bytes,
    READ_MODULE,
    'readCatalogueFile',
    [bytes, input.fileName],
    { workers: uploadPool(options.uploads), zipLimits: IMPORT_ZIP_LIMITS, signal: options.signal },
  );
  const data = catalogueDataOf(file.rows, input.region, input.year, '');
  const stored = await loadStored(db, input.region, input.year);
  // What the import replaces: for 全国 the national edition in force for the year; for a region its
  // own stored entries (the national ones stay underneath either way).
  const current =
    input.region === NATIONAL ? editionToData(await nationalEdition(db, input.year)) : (stored?.data ?? null);
  const differences = CATALOGUE_KINDS.filter((k) => data[k].length).map((kind) => ({
    kind,
    label: CATALOGUE_KIND_LABEL[kind],
    diff: diffEntries(current?.[kind] ?? [], data[kind]),
  }));
  return {
    region: input.region,
    year: input.year,
    fileName: input.fileName,
    rows: file.rows,
    problems: file.problems,
    notes: file.notes,
    differences,
    version: stored?.version ?? 0,
    applicable: file.problems.length === 0,
  };
}

export async function applyCatalogue(
  deps: TxDeps,
  actor: Actor,
  input: CatalogueFileInput & { version: number },
  options: { signal?: AbortSignal | undefined } = {},
): Promise<CataloguePreview & { applied: true }> {
  const preview = await previewCatalogue(deps.db, input, { uploads: deps.config.uploads, ...options });
  if (!preview.applicable)
    throw new AppError(
      'VALIDATION',
      M.importFailed(describe(preview.problems[0]!), preview.problems.length),
      {
        problems: preview.problems,
      },
    );
  if (preview.version !== input.version) throw new AppError('STALE', M.stale);
  const now = deps.clock();
  const data = catalogueDataOf(
    preview.rows,
    input.region,
    input.year,
    M.source(input.fileName, actor.username, now.toISOString().slice(0, 10)),
  );
  const orgId = await regionOrg(deps.db, input.region);
  const values = {
    data,
    fileName: input.fileName,
    rowCount: preview.rows.length,
    importedBy: actor.userId,
    updatedAt: now,
  };
  let id: string;
  if (preview.version === 0) {
    const [row] = await deps.db
      .insert(accountsCatalogues)
      .values({ region: input.region, year: input.year, ...values, version: 1, createdAt: now })
      .returning({ id: accountsCatalogues.id });
    id = row!.id;
  } else {
    const [row] = await deps.db
      .update(accountsCatalogues)
      .set({ ...values, version: preview.version + 1 })
      .where(
        and(
          eq(accountsCatalogues.region, input.region),
          eq(accountsCatalogues.year, input.year),
          eq(accountsCatalogues.version, preview.version),
        ),
      )
      .returning({ id: accountsCatalogues.id });
    if (!row) throw new AppError('STALE', M.stale);
    id = row.id;
  }
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    {
      action: 'accounts.catalogue.import',
      entity: 'accounts_catalogue',
      entityId: id,
      orgId,
      after: {
        region: input.region,
        year: input.year,
        fileName: input.fileName,
        rows: preview.rows.length,
        differences: preview.differences.map((d) => ({
          list: d.label,
          added: d.diff.added.map((e) => e.code),
          renamed: d.diff.renamed,
          removed: d.diff.removed.map((e) => e.code),
        })),
      },
    },
    now,
  );
  return { ...preview, version: preview.version + 1, applied: true };
}

function describe(p: CatalogueProblem): string {
  return p.cell ? `单元格 ${p.cell}（${p.column}）：${p.message}` : p.message;
}
