/**
 * 导入指标库 (XLSX): the workbook is read in an isolated worker (ZIP inspected first, memory and time
 * limited, as every upload), its rows checked by the domain with problems naming row, column and cell,
 * then matched to the stored entries of the chosen edition (region and year) — by 指标编码, else by
 * owner + 一级 + 二级 + name — and created or updated there. A file with any problem imports nothing.
 * `dryRun` reports what would happen.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import { subtreeIds } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import {
  checkLibraryEntry,
  nextLibraryCode,
  readLibrarySheet,
  type LibraryRowProblem,
  type LibrarySheet,
} from '../../domain/indicators/library.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { indicatorLibrary, organisations } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import { IsolationError, TaskError, WorkerPool } from '../../platform/isolation/worker-pool.ts';
import { guardZip } from '../uploads/extract-isolated.ts';
import { requireWorkbook, sizeText, uploadedBytes, type UploadContent } from '../uploads/upload-bytes.ts';
import { actorOf, entryValues } from './entries.ts';
import { allCodes } from './library-store.ts';
import { editionForWrite, editionOrg } from './editions.ts';
import { editionLabel } from '../../domain/indicators/editions.ts';
import { libraryTexts as T } from './texts.ts';

const READER = new URL(
  `../../importers/indicator-library-xlsx${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`,
  import.meta.url,
);
let pool: WorkerPool | null = null;
/** One worker is enough: an import is an administrator's occasional action. */
const workers = () => (pool ??= new WorkerPool(1));

export async function readWorkbookIsolated(
  fileName: string,
  bytes: Uint8Array,
  signal?: AbortSignal,
): Promise<LibrarySheet> {
  guardZip(fileName, bytes);
  try {
    return await workers().run<LibrarySheet>(READER, 'readLibraryWorkbook', [fileName, bytes], { signal });
  } catch (error) {
    if (error instanceof TaskError && error.remoteName === 'LibraryFileError')
      throw new AppError('VALIDATION', error.message);
    if (error instanceof IsolationError)
      throw new AppError('UNPROCESSABLE', T.tooComplex(fileName), { reason: error.reason });
    throw error;
  }
}

/** The largest workbook an import takes (a library of thousands of indicators is well under 1 MB). */
export const MAX_LIBRARY_BYTES = 10 * 1024 * 1024;

export type ImportResult = {
  fileName: string;
  /** The edition imported into ("全国 2020 年版"). */
  editionId: string;
  edition: string;
  rows: number;
  created: string[];
  updated: string[];
  unchanged: number;
  problems: LibraryRowProblem[];
  applied: boolean;
};

const key = (orgId: string, e: { level1: string; level2: string; name: string }) =>
  `${orgId}\u0000${e.level1}\u0000${e.level2}\u0000${e.name}`;

export async function importLibrary(
  deps: TxDeps,
  actor: Actor,
  input: {
    orgId: string;
    editionId?: string | undefined;
    fileName: string;
    dryRun: boolean;
  } & UploadContent,
  options: { signal?: AbortSignal | undefined } = {},
): Promise<ImportResult> {
  const bytes = await uploadedBytes(
    input.fileName,
    input,
    {
      maxBytes: MAX_LIBRARY_BYTES,
      tooLarge: (size) => T.tooLarge(input.fileName, sizeText(size), sizeText(MAX_LIBRARY_BYTES)),
      empty: T.emptyFile(input.fileName),
      badBase64: T.badBase64,
    },
    { signal: options.signal },
  );
  requireWorkbook(bytes, T.unreadable(input.fileName));
  const sheet = await readWorkbookIsolated(input.fileName, bytes, options.signal);
  const read = readLibrarySheet(sheet);
  const problems = [...read.problems];

  const edition = await editionForWrite(deps, input.editionId, input.orgId);
  const keeper = await editionOrg(deps.db, edition.region);
  // 共性 / 行业 entries only from the edition's keeper; 个性 entries of departments in its region.
  const root = keeper;
  const atRoot = !!keeper && input.orgId === keeper;
  const region = new Set(keeper ? await subtreeIds(deps.db, keeper) : []);
  const manageable = new Set((await subtreeIds(deps.db, input.orgId)).filter((id) => region.has(id)));
  const orgRows = await deps.db
    .select({ id: organisations.id, code: organisations.code })
    .from(organisations);
  const orgIdByCode = new Map(orgRows.map((o) => [o.code, o.id]));

  const codes = read.rows.map((r) => r.input.code).filter((c): c is string => !!c);
  const existingByCode = new Map(
    (codes.length
      ? await deps.db
          .select()
          .from(indicatorLibrary)
          .where(and(eq(indicatorLibrary.editionId, edition.id), inArray(indicatorLibrary.code, codes)))
      : []
    ).map((r) => [r.code, r]),
  );
  const owned =
    manageable.size === 0
      ? []
      : await deps.db
          .select()
          .from(indicatorLibrary)
          .where(
            and(eq(indicatorLibrary.editionId, edition.id), inArray(indicatorLibrary.orgId, [...manageable])),
          );
  const existingByKey = new Map(owned.map((r) => [key(r.orgId, r), r]));

  type Plan = {
    row: number;
    orgId: string;
    code: string | null;
    id: string | null;
    values: ReturnType<typeof entryValues>;
    same: boolean;
  };
  const plans: Plan[] = [];
  const seen = new Map<string, number>();
  for (const { row, input: e } of read.rows) {
    const checked = checkLibraryEntry(e);
    if (!checked.ok) continue; // readLibrarySheet already reported it
    const entry = checked.entry;
    let orgId: string;
    if (entry.scope === 'department') {
      const id = orgIdByCode.get(entry.ownerCode);
      if (!id || !manageable.has(id)) {
        problems.push({
          row,
          column: '所属部门编码',
          cell: '',
          message: T.importRowOwner(row, entry.ownerCode),
        });
        continue;
      }
      orgId = id;
    } else {
      if (!atRoot || !root) {
        problems.push({ row, column: '指标类别', cell: '', message: T.importRowCommon(row) });
        continue;
      }
      orgId = root;
    }
    const k = key(orgId, entry);
    const first = seen.get(k);
    if (first !== undefined) {
      problems.push({
        row,
        column: '三级指标',
        cell: '',
        message: `第 ${row} 行“三级指标”列：与第 ${first} 行是同一指标（所属、一级、二级和名称都相同）。`,
      });
      continue;
    }
    seen.set(k, row);
    const byCode = entry.code ? existingByCode.get(entry.code) : undefined;
    if (byCode && !(manageable.has(byCode.orgId) || (atRoot && byCode.orgId === root))) {
      problems.push({
        row,
        column: '指标编码',
        cell: '',
        message: T.importRowCodeElsewhere(row, entry.code!),
      });
      continue;
    }
    const existing = byCode ?? (entry.code ? undefined : existingByKey.get(k));
    const values = entryValues(entry);
    const same =
      !!existing &&
      existing.orgId === orgId &&
      (Object.keys(values) as Array<keyof typeof values>).every((f) => existing[f] === values[f]);
    plans.push({
      row,
      orgId,
      code: entry.code ?? existing?.code ?? null,
      id: existing?.id ?? null,
      values,
      same,
    });
  }

  problems.sort((a, b) => a.row - b.row);
  const result: ImportResult = {
    fileName: input.fileName,
    editionId: edition.id,
    edition: editionLabel(edition),
    rows: read.rows.length,
    created: [],
    updated: [],
    unchanged: plans.filter((p) => p.same).length,
    problems,
    applied: false,
  };
  if (problems.length === 0 && read.rows.length === 0)
    throw new AppError('VALIDATION', T.empty(input.fileName));
  const used = new Set(await allCodes(deps.db));
  for (const p of plans) {
    if (p.same) continue;
    if (p.id) result.updated.push(p.code!);
    else {
      const code = p.code ?? nextLibraryCode(p.values.scope, used);
      used.add(code);
      p.code = code;
      result.created.push(code);
    }
  }
  if (input.dryRun) return result;
  if (problems.length > 0)
    throw new AppError('VALIDATION', T.importFailed(problems[0]!.message, problems.length), { problems });

  const now = deps.clock();
  for (const p of plans) {
    if (p.same) continue;
    if (p.id)
      await deps.db
        .update(indicatorLibrary)
        .set({
          ...p.values,
          code: p.code!,
          orgId: p.orgId,
          version: sql`${indicatorLibrary.version} + 1`,
          updatedAt: now,
        })
        .where(eq(indicatorLibrary.id, p.id));
    else
      await deps.db.insert(indicatorLibrary).values({
        ...p.values,
        editionId: edition.id,
        code: p.code!,
        orgId: p.orgId,
        source: 'import',
        createdAt: now,
        updatedAt: now,
      });
  }
  await appendAudit(
    deps.db,
    actorOf(actor),
    {
      action: 'library.import',
      entity: 'indicator_library',
      orgId: input.orgId,
      after: {
        fileName: input.fileName,
        edition: { region: edition.region, year: edition.year },
        rows: result.rows,
        created: result.created,
        updated: result.updated,
        unchanged: result.unchanged,
      },
    },
    now,
  );
  return { ...result, applied: true };
}
