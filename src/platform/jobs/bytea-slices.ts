/**
 * A large `bytea` value read in slices instead of one row: node-postgres receives a bytea as hex text (twice
 * the bytes) and decodes it on the main thread, so a 20 MB value in one query holds the event loop for a
 * long moment and needs 60 MB at once. In 1 MB slices each decode takes a few milliseconds and other
 * requests are answered in between. Used for a job's result (GET /api/jobs/:id/result, streamed to the
 * client), a 佐证材料 download (GET /api/evidence/:id) and a file held for a job
 * (src/features/uploads/upload-bytes.ts).
 */
import { Readable } from 'node:stream';
import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/database.ts';

/** 1 MB slices: each is 2 MB of hex on the wire, decoded in a few milliseconds. */
export const SLICE_BYTES = 1024 * 1024;

/** One bytea value of one row: `table.column` where `where` holds. */
export type ByteaSource = { table: PgTable; column: AnyPgColumn; where: SQL };

/** The value's length in bytes (without reading it), or null when there is no such row or the value is null. */
export async function byteaLength(db: DbOrTx, source: ByteaSource): Promise<number | null> {
  const [row] = await db
    .select({ size: sql<number | null>`octet_length(${source.column})` })
    .from(source.table)
    .where(source.where);
  return row && row.size !== null ? Number(row.size) : null;
}

/** Bytes `at` … `at + length - 1` of the value (null when the row is gone). */
export async function byteaSlice(
  db: DbOrTx,
  source: ByteaSource,
  at: number,
  length: number,
): Promise<Buffer | null> {
  const [part] = await db
    .select({ bytes: sql<unknown>`substring(${source.column} from ${at + 1}::int for ${length}::int)` })
    .from(source.table)
    .where(source.where);
  return part ? toBuffer(part.bytes) : null;
}

/** The whole value of `size` bytes, read slice by slice into one Buffer (null when the row is gone). */
export async function readByteaInSlices(
  db: DbOrTx,
  source: ByteaSource,
  size: number,
  sliceBytes = SLICE_BYTES,
): Promise<Buffer | null> {
  const out = Buffer.allocUnsafe(size);
  for (let at = 0; at < size; at += sliceBytes) {
    const chunk = await byteaSlice(db, source, at, Math.min(sliceBytes, size - at));
    if (!chunk) return null;
    chunk.copy(out, at);
  }
  return out;
}

/**
 * The value of `size` bytes as a stream of slices, each read when the client is ready for it: nothing large
 * is held or decoded at once. A row that vanishes midway ends the stream with an error (the response is cut).
 */
export function byteaStream(
  db: DbOrTx,
  source: ByteaSource,
  size: number,
  sliceBytes = SLICE_BYTES,
): Readable {
  async function* slices() {
    for (let at = 0; at < size; at += sliceBytes) {
      const chunk = await byteaSlice(db, source, at, Math.min(sliceBytes, size - at));
      if (!chunk) throw new Error('bytea value gone while it was being read');
      yield chunk;
    }
  }
  return Readable.from(slices(), { objectMode: false });
}

/** A bytea value as the driver gives it (a Buffer, or its `\x…` hex text through a raw `sql` column). */
function toBuffer(value: unknown): Buffer {
  if (Buffer.isBuffer(value)) return value;
  const text = String(value);
  return Buffer.from(text.startsWith('\\x') ? text.slice(2) : text, 'hex');
}
