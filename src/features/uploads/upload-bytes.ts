/**
 * How an uploaded file's bytes reach a feature without holding the server's main thread:
 *  - raw (`application/octet-stream`, the file name in the query): the body is the file, read as one
 *    Buffer under the server's body limit; nothing is parsed or decoded;
 *  - the older JSON shape (`{ fileName, contentBase64 }`): the Base64 text is decoded in an upload worker.
 * A file kept for a background job is held in `job_uploads` (bytea, written as a binary parameter) and read
 * back in slices, so no large text is decoded on the main thread when the job runs either.
 */
import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { DbOrTx } from '../../platform/db/database.ts';
import { jobUploads } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { WorkerPool } from '../../platform/isolation/worker-pool.ts';
import { isZip } from '../../platform/isolation/zip-guard.ts';
import { byteaLength, readByteaInSlices } from '../../platform/jobs/bytea-slices.ts';
import { decodeBase64Upload } from './base64-worker.ts';
import { runIsolated, uploadPool, workerModule } from './isolated.ts';

const BASE64_MODULE = workerModule('./base64-worker', import.meta.url);

/** The number of bytes a Base64 text stands for (whitespace aside): known before decoding it. */
export function base64ByteLength(text: string): number {
  let padding = 0;
  for (let i = text.length - 1; i >= 0 && padding < 3; i--) {
    const c = text.charCodeAt(i);
    if (c === 61 /* = */) padding++;
    else if (c > 32) break;
  }
  return Math.max(0, Math.floor((text.length * 3) / 4) - padding);
}

/** Base64 texts up to this length are decoded on the main thread (well under a millisecond). */
const IN_PLACE_BASE64_CHARS = 256 * 1024;

/** The bytes of a Base64 upload, decoded in an upload worker; `badBase64` when the text is not Base64. */
export async function bytesOfBase64(
  fileName: string,
  text: string,
  badBase64: string,
  options: { workers?: WorkerPool; signal?: AbortSignal | undefined } = {},
): Promise<Buffer> {
  // A small text (a form's file of a few hundred kilobytes) is decoded in place: a millisecond at most.
  const out =
    text.length <= IN_PLACE_BASE64_CHARS
      ? decodeBase64Upload(text)
      : await runIsolated<{ ok: true; bytes: Uint8Array } | { ok: false }>(
          fileName,
          null,
          BASE64_MODULE,
          'decodeBase64Upload',
          [text],
          { workers: options.workers ?? uploadPool(), signal: options.signal },
        );
  if (!out.ok) throw new AppError('VALIDATION', badBase64);
  return Buffer.from(out.bytes.buffer, out.bytes.byteOffset, out.bytes.byteLength);
}

/** Messages of a raw upload (zh-CN), naming what the user or the client developer sees. */
export const rawUploadTexts = {
  rawBodyExpected: (fields: string) =>
    `请以文件本身作为请求内容上传（Content-Type: application/octet-stream），${fields}放在查询参数中。`,
  noFileName: '请提供文件名（查询参数 fileName，含扩展名，如“决算.xlsx”）。',
  fileNameTooLong: '文件名最多 255 个字。',
};

/** The file name of a raw upload, in the query (`fileName`), with a Chinese message when it is missing. */
export const ZUploadFileName = z
  .string({ error: rawUploadTexts.noFileName })
  .trim()
  .min(1, rawUploadTexts.noFileName)
  .max(255, rawUploadTexts.fileNameTooLong);

/** A flag of a raw upload's query (`true` / `false`; absent: false). */
export const zQueryFlag = (label: string) =>
  z.stringbool({ error: `${label}应为 true 或 false` }).default(false);

/**
 * The raw body of an upload route: the file as one Buffer (`application/octet-stream`; an empty body is an
 * empty file). Anything else — a JSON body sent to the raw route — is refused with how to send it;
 * `fields` names what goes in the query ("文件名（fileName）").
 */
export function rawUpload(request: FastifyRequest, fields: string): Buffer {
  const body = request.body;
  if (Buffer.isBuffer(body)) return body;
  const type = String(request.headers['content-type'] ?? '');
  if ((body === undefined || body === null) && type.startsWith('application/octet-stream'))
    return Buffer.alloc(0);
  throw new AppError('VALIDATION', rawUploadTexts.rawBodyExpected(fields));
}

/** A file as a route received it: raw bytes, or (the older JSON shape) its Base64 text. */
export type UploadContent = { bytes: Buffer } | { contentBase64: string };

/** What an upload must be, with the feature's own Chinese messages. */
export type UploadRules = {
  /** The largest file accepted, in bytes: beyond it 413 with `tooLarge(size)`, judged before any decoding. */
  maxBytes: number;
  tooLarge: (size: number) => string;
  /** A file with no bytes (400). */
  empty: string;
  /** A Base64 text that is not Base64 (400). */
  badBase64: string;
};

/**
 * The bytes of an upload in either shape, within the feature's limit: raw bytes as they came; Base64 sized
 * from its length, then decoded (in an upload worker when large). The parsing that follows stays the
 * feature's, in the worker pool (runIsolated).
 */
export async function uploadedBytes(
  fileName: string,
  content: UploadContent,
  rules: UploadRules,
  options: { workers?: WorkerPool; signal?: AbortSignal | undefined } = {},
): Promise<Buffer> {
  if ('bytes' in content) {
    if (content.bytes.length > rules.maxBytes)
      throw new AppError('TOO_LARGE', rules.tooLarge(content.bytes.length));
  } else {
    // Base64 is judged by its length before decoding; line breaks (MIME wraps every 76 characters) may add
    // up to 3 %, so only a text clearly over is refused here, the exact size after decoding.
    const approx = base64ByteLength(content.contentBase64);
    if (approx * 0.97 > rules.maxBytes) throw new AppError('TOO_LARGE', rules.tooLarge(approx));
  }
  const bytes =
    'bytes' in content
      ? content.bytes
      : await bytesOfBase64(fileName, content.contentBase64, rules.badBase64, options);
  if (bytes.length === 0) throw new AppError('VALIDATION', rules.empty);
  if (bytes.length > rules.maxBytes) throw new AppError('TOO_LARGE', rules.tooLarge(bytes.length));
  return bytes;
}

/**
 * A file that must be a workbook (.xlsx) but is not even a ZIP container: no parser could read it. Refused
 * at once with 422 and the feature's message, before a worker is asked.
 */
export function requireWorkbook(bytes: Uint8Array, unreadable: string): void {
  if (!isZip(bytes)) throw new AppError('UNPROCESSABLE', unreadable);
}

/** A size for a message: "12.3 MB", "850 KB". */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(Math.round((bytes / 1024 / 1024) * 10) / 10).toString()} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * Keeps a file for a job until the job has run (in the caller's transaction); the id goes into the job's
 * payload. Written before the job is queued, so the job is committed the moment it is announced.
 */
export async function holdJobUpload(db: DbOrTx, bytes: Buffer, now: Date): Promise<string> {
  const [row] = await db
    .insert(jobUploads)
    .values({ bytes, createdAt: now })
    .returning({ id: jobUploads.id });
  return row!.id;
}

/** A held file, read in slices (null when it is gone: the job already ran). */
export async function readJobUpload(db: DbOrTx, uploadId: string): Promise<Buffer | null> {
  const source = { table: jobUploads, column: jobUploads.bytes, where: eq(jobUploads.id, uploadId) };
  const size = await byteaLength(db, source);
  return size === null ? null : readByteaInSlices(db, source, size);
}

export async function dropJobUpload(db: DbOrTx, uploadId: string): Promise<void> {
  await db.delete(jobUploads).where(eq(jobUploads.id, uploadId));
}
