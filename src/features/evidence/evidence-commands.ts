/**
 * Attaching and removing 佐证材料. An upload is checked (not empty, within the size limits of
 * config.evidence, an allowed type recognised by its content and agreeing with its name), hashed
 * (SHA-256; identical content is stored once, and the same content attached twice to the same place
 * answers the existing file), refused while the owning document is locked (frozen → 409, under review →
 * the lock's answer) or the rectification closed, and audited. Removal marks the file deleted.
 */
import { createHash } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { evidenceBlobs, evidenceFiles } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import { guardDocumentWrite } from '../workflow/document-lock.ts';
import { checkFileType, formatSize } from './file-types.ts';
import { findIndicator, loadOwner, type Owner, type OwnerKind, type OwnerRoute } from './evidence-owner.ts';
import { liveFiles, loadFile, toDto, type EvidenceFileDto } from './evidence-store.ts';
import { uploadedBytes } from '../uploads/upload-bytes.ts';
import type { UploadEvidenceFile } from './evidence.schema.ts';
import { evidenceTexts as T } from './texts.ts';

const who = (actor: Actor) => ({ id: actor.userId, username: actor.username, ip: actor.ip });

/** A name safe to store and to offer back: no folders, no control characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f"]/g, '').trim() || '未命名文件';
}

/** The owner's lock: a closed rectification, or the workflow lock of its document (frozen → 409). */
async function requireOpen(deps: TxDeps, actor: Actor, owner: Owner, fileName: string): Promise<void> {
  if (owner.closed) throw new AppError('CONFLICT', T.rectificationClosed);
  if (owner.documentId)
    await guardDocumentWrite(deps, actor, owner.documentId, [
      { field: 'evidence', before: null, after: fileName },
    ]);
}

export async function loadOwnerOrFail(deps: TxDeps, kind: OwnerRoute, id: string): Promise<Owner> {
  const owner = await loadOwner(deps.db, kind, id);
  if (!owner) throw new AppError('NOT_FOUND', T.ownerNotFound);
  return owner;
}

export async function uploadEvidence(
  deps: TxDeps,
  actor: Actor,
  ownerRoute: OwnerRoute,
  ownerId: string,
  input: UploadEvidenceFile,
): Promise<{ status: number; body: { file: EvidenceFileDto; duplicate: boolean } }> {
  const owner = await loadOwnerOrFail(deps, ownerRoute, ownerId);
  const fileName = cleanFileName(input.fileName);
  const named = ownerRoute === 'project' ? (input.indicator ?? '').trim() : '';
  const byId = ownerRoute === 'project' ? (input.indicatorId ?? '') : '';
  const kind: OwnerKind = named || byId ? 'indicator' : ownerRoute;
  const limits = deps.config.evidence;

  // Size first (from the Base64 length, before decoding it), then the bytes: raw as they came, or decoded.
  const content = await uploadedBytes(fileName, input, {
    maxBytes: limits.maxFileBytes,
    tooLarge: (size) => T.tooLarge(fileName, formatSize(size), formatSize(limits.maxFileBytes)),
    empty: T.empty(fileName),
    badBase64: T.badBase64,
  });
  const verdict = checkFileType(fileName, content);
  if (!verdict.ok) throw new AppError('UNPROCESSABLE', verdict.message);

  await requireOpen(deps, actor, owner, fileName);
  let indicatorId: string | null = null;
  let indicator = '';
  if (kind === 'indicator') {
    const found = await findIndicator(deps.db, owner.id, byId ? { id: byId } : { name: named });
    if (found === 'ambiguous') throw new AppError('VALIDATION', T.ambiguousIndicator(named));
    if (!found) throw new AppError('VALIDATION', T.noIndicator(named || byId));
    indicatorId = found.id;
    indicator = found.level3;
  }

  const sha256 = createHash('sha256').update(content).digest('hex');
  const present = (await liveFiles(deps.db, [kind], owner.id)).filter((f) => f.indicatorId === indicatorId);
  const same = present.find((f) => f.sha256 === sha256);
  if (same) return { status: 200, body: { file: toDto(same), duplicate: true } };
  const total = present.reduce((s, f) => s + f.size, 0) + content.length;
  if (total > limits.maxTotalBytes)
    throw new AppError('TOO_LARGE', T.totalTooLarge(formatSize(total), formatSize(limits.maxTotalBytes)));

  const now = deps.clock();
  await deps.db
    .insert(evidenceBlobs)
    .values({ sha256, size: content.length, contentType: verdict.type.mime, content, createdAt: now })
    .onConflictDoNothing();
  const [row] = await deps.db
    .insert(evidenceFiles)
    .values({
      ownerKind: kind,
      ownerId: owner.id,
      indicatorId,
      indicator,
      orgId: owner.orgId,
      fileName,
      sha256,
      size: content.length,
      contentType: verdict.type.mime,
      uploadedBy: actor.userId,
      uploadedByName: actor.displayName,
      createdAt: now,
    })
    .returning();
  if (!row) throw new AppError('INTERNAL');
  await appendAudit(
    deps.db,
    who(actor),
    {
      action: 'evidence.upload',
      entity: 'evidence_file',
      entityId: row.id,
      orgId: row.orgId,
      after: {
        ownerKind: kind,
        ownerId: owner.id,
        ...(indicatorId ? { indicatorId, indicator } : {}),
        fileName,
        sha256,
        size: content.length,
        contentType: verdict.type.mime,
      },
    },
    now,
  );
  return { status: 201, body: { file: toDto(row), duplicate: false } };
}

export async function deleteEvidence(deps: TxDeps, actor: Actor, id: string): Promise<{ deleted: true }> {
  const file = await loadFile(deps.db, id);
  if (!file) throw new AppError('NOT_FOUND', T.notFound);
  if (file.deletedAt) throw new AppError('NOT_FOUND', T.deleted);
  const ownerRoute: OwnerRoute = file.ownerKind === 'indicator' ? 'project' : file.ownerKind;
  const owner = await loadOwnerOrFail(deps, ownerRoute, file.ownerId);
  await requireOpen(deps, actor, owner, file.fileName);
  const now = deps.clock();
  const done = await deps.db
    .update(evidenceFiles)
    .set({ deletedAt: now, deletedBy: actor.userId })
    .where(and(eq(evidenceFiles.id, id), isNull(evidenceFiles.deletedAt)))
    .returning({ id: evidenceFiles.id });
  if (done.length !== 1) throw new AppError('NOT_FOUND', T.deleted);
  await appendAudit(
    deps.db,
    who(actor),
    {
      action: 'evidence.delete',
      entity: 'evidence_file',
      entityId: id,
      orgId: file.orgId,
      before: {
        ownerKind: file.ownerKind,
        ownerId: file.ownerId,
        ...(file.indicatorId ? { indicatorId: file.indicatorId, indicator: file.indicator } : {}),
        fileName: file.fileName,
        sha256: file.sha256,
        size: file.size,
      },
    },
    now,
  );
  return { deleted: true };
}
