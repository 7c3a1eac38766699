/** Reading 佐证材料: the list of an owner's files, one file's bytes for download, and the frozen snapshot's list. */
import type { Readable } from 'node:stream';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { TxDeps } from '../../app/deps.ts';
import type { JsonValue } from '../../domain/workflow/index.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { evidenceBlobs, evidenceFiles } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import { byteaLength, byteaStream } from '../../platform/jobs/bytea-slices.ts';
import type { DocumentInfo } from '../workflow/documents.ts';
import { EVIDENCE_TYPES } from './file-types.ts';
import { indicatorNames, type OwnerKind, type OwnerRoute } from './evidence-owner.ts';
import { evidenceTexts as T } from './texts.ts';

type Row = typeof evidenceFiles.$inferSelect;

export type EvidenceFileDto = {
  id: string;
  ownerKind: OwnerKind;
  ownerId: string;
  /** The indicator's id (its stable identity in the goal table) for an indicator's file, null otherwise. */
  indicatorId: string | null;
  /** The indicator's 三级指标 name (as it is now when known, else when the file was attached), '' otherwise. */
  indicator: string;
  fileName: string;
  size: number;
  contentType: string;
  typeLabel: string;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
  /** Where the browser downloads it. */
  url: string;
};

export function toDto(r: Row, names?: ReadonlyMap<string, string>): EvidenceFileDto {
  return {
    id: r.id,
    ownerKind: r.ownerKind,
    ownerId: r.ownerId,
    indicatorId: r.indicatorId,
    indicator: (r.indicatorId && names?.get(r.indicatorId)) || r.indicator,
    fileName: r.fileName,
    size: r.size,
    contentType: r.contentType,
    typeLabel: EVIDENCE_TYPES.find((t) => t.mime === r.contentType)?.label ?? '文件',
    sha256: r.sha256,
    uploadedBy: r.uploadedByName,
    uploadedAt: r.createdAt.toISOString(),
    url: `/api/evidence/${r.id}`,
  };
}

/** The kinds of attachment an owner route holds (a project's list includes its indicators' files). */
export function kindsOf(owner: OwnerRoute): OwnerKind[] {
  return owner === 'project' ? ['project', 'indicator'] : [owner];
}

/** The live (not deleted) files of an owner, oldest first. */
export async function liveFiles(db: DbOrTx, kinds: readonly OwnerKind[], ownerId: string): Promise<Row[]> {
  return db
    .select()
    .from(evidenceFiles)
    .where(
      and(
        inArray(evidenceFiles.ownerKind, [...kinds]),
        eq(evidenceFiles.ownerId, ownerId),
        isNull(evidenceFiles.deletedAt),
      ),
    )
    .orderBy(asc(evidenceFiles.createdAt), asc(evidenceFiles.fileName));
}

export async function loadFile(db: DbOrTx, id: string): Promise<Row | null> {
  const [row] = await db.select().from(evidenceFiles).where(eq(evidenceFiles.id, id));
  return row ?? null;
}

/** The organisation of a file (for the route's scope check). */
export async function fileOrg(db: DbOrTx, id: string): Promise<string | null> {
  return (await loadFile(db, id))?.orgId ?? null;
}

/**
 * A live file for download: its row, and its bytes as a stream of 1 MB slices read from the blob as the
 * client takes them (src/platform/jobs/bytea-slices.ts): a 20 MB file is never fetched and decoded in one
 * piece on the main thread.
 */
export async function fileContent(
  db: DbOrTx,
  id: string,
): Promise<{ file: Row; size: number; stream: () => Readable }> {
  const file = await loadFile(db, id);
  if (!file) throw new AppError('NOT_FOUND', T.notFound);
  if (file.deletedAt) throw new AppError('NOT_FOUND', T.deleted);
  const source = {
    table: evidenceBlobs,
    column: evidenceBlobs.content,
    where: eq(evidenceBlobs.sha256, file.sha256),
  };
  const size = await byteaLength(db, source);
  if (size === null) throw new AppError('NOT_FOUND', T.notFound);
  return { file, size, stream: () => byteaStream(db, source, size) };
}

/**
 * The files of a workflow document, as its frozen version lists them (`evidence` of the snapshot):
 * a project goals document holds the project's and its indicators' files, an evaluation its own.
 * Other kinds of document hold none (no `evidence` key).
 */
export async function evidenceSnapshotPart(
  deps: Pick<TxDeps, 'db'>,
  doc: DocumentInfo,
): Promise<Record<string, JsonValue>> {
  const kinds: OwnerKind[] | null =
    doc.kind === 'project_goals'
      ? ['project', 'indicator']
      : doc.kind === 'project_evaluation' || doc.kind === 'department_evaluation'
        ? ['evaluation']
        : null;
  if (!kinds) return {};
  const rows = await liveFiles(deps.db, kinds, doc.id);
  const names =
    doc.kind === 'project_goals' ? await indicatorNames(deps.db, doc.id) : new Map<string, string>();
  return {
    evidence: rows.map((r) => ({
      id: r.id,
      ownerKind: r.ownerKind,
      ...(r.indicatorId ? { indicatorId: r.indicatorId } : {}),
      indicator: (r.indicatorId && names.get(r.indicatorId)) || r.indicator,
      fileName: r.fileName,
      sha256: r.sha256,
      size: r.size,
      contentType: r.contentType,
      uploadedBy: r.uploadedByName,
      uploadedAt: r.createdAt.toISOString(),
    })),
  };
}
