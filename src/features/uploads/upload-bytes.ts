/**
 * How an uploaded file's bytes reach a feature without holding the server's main thread:
 *  - raw (`application/octet-stream`, the file name in the query): the body is the file, read as one
 *    Buffer under the server's body limit; nothing is parsed or decoded;
 *  - the older JSON shape (`{ fileName, contentBase64 }`): the Base64 text is decoded in an upload worker.
 * A file kept for a background job is held in `job_uploads` (bytea, written as a binary parameter) and read
 * back in slices, so no large text is decoded on the main thread when the job runs either.
 */
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database.ts';
import { jobUploads } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { WorkerPool } from '../../platform/isolation/worker-pool.ts';
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

/** The bytes of a Base64 upload, decoded in an upload worker; `badBase64` when the text is not Base64. */
export async function bytesOfBase64(
  fileName: string,
  text: string,
  badBase64: string,
  options: { workers?: WorkerPool; signal?: AbortSignal | undefined } = {},
): Promise<Buffer> {
  const out = await runIsolated<{ ok: true; bytes: Uint8Array } | { ok: false }>(
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

/** 1 MB slices: each is 2 MB of hex on the wire, decoded in a few milliseconds. */
const SLICE_BYTES = 1024 * 1024;

/** A held file, read in slices (null when it is gone: the job already ran). */
export async function readJobUpload(db: DbOrTx, uploadId: string): Promise<Buffer | null> {
  const [row] = await db
    .select({ size: sql<number>`octet_length(${jobUploads.bytes})`.mapWith(Number) })
    .from(jobUploads)
    .where(eq(jobUploads.id, uploadId));
  if (!row) return null;
  const out = Buffer.allocUnsafe(row.size);
  for (let at = 0; at < row.size; at += SLICE_BYTES) {
    const [part] = await db
      .select({
        bytes: sql<Buffer>`substring(${jobUploads.bytes} from ${at + 1}::int for ${SLICE_BYTES}::int)`,
      })
      .from(jobUploads)
      .where(eq(jobUploads.id, uploadId));
    if (!part) return null;
    const chunk = toBuffer(part.bytes);
    chunk.copy(out, at);
  }
  return out;
}

/** A bytea value as the driver gives it (a Buffer, or its `\x…` hex text through a raw `sql` column). */
function toBuffer(value: unknown): Buffer {
  if (Buffer.isBuffer(value)) return value;
  const text = String(value);
  return Buffer.from(text.startsWith('\\x') ? text.slice(2) : text, 'hex');
}

export async function dropJobUpload(db: DbOrTx, uploadId: string): Promise<void> {
  await db.delete(jobUploads).where(eq(jobUploads.id, uploadId));
}
