/**
 * Looking inside a ZIP container (.docx, .xlsx) before anything inflates it: the central directory
 * states each entry's compressed and uncompressed size, so a zip bomb is refused from a few kilobytes
 * of reading — too many entries, too much in total or in one entry, or an entry that inflates far more
 * than any real document does. Sizes a file lies about are caught later by the worker's memory limit.
 */

export type ZipLimits = {
  maxEntries: number;
  maxTotalUncompressedBytes: number;
  maxEntryUncompressedBytes: number;
  /** Uncompressed ÷ compressed, for entries above `ratioFloorBytes`. Office XML stays well below. */
  maxRatio: number;
  ratioFloorBytes: number;
};

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxTotalUncompressedBytes: 300 * 1024 * 1024,
  maxEntryUncompressedBytes: 200 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

export type ZipEntry = { name: string; compressedBytes: number; uncompressedBytes: number };

export type ZipVerdict =
  | { ok: true; entries: ZipEntry[]; totalUncompressedBytes: number }
  | {
      ok: false;
      reason: 'not-zip' | 'too-many-entries' | 'too-large-total' | 'too-large-entry' | 'ratio';
      entry?: string;
      detail: string;
    };

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX_U32 = 0xffffffff;

export const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  return -1;
}

export function inspectZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipVerdict {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const notZip = (detail: string): ZipVerdict => ({ ok: false, reason: 'not-zip', detail });
  if (buf.length < 22) return notZip('too short');
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) return notZip('no end of central directory');
  let count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  // ZIP64: the real figures are in the ZIP64 end record, found through its locator.
  if (
    (count === 0xffff || offset === MAX_U32) &&
    eocd >= 20 &&
    buf.readUInt32LE(eocd - 20) === EOCD64_LOCATOR
  ) {
    const at = Number(buf.readBigUInt64LE(eocd - 20 + 8));
    if (at + 56 > buf.length || buf.readUInt32LE(at) !== EOCD64) return notZip('bad ZIP64 record');
    count = Number(buf.readBigUInt64LE(at + 32));
    offset = Number(buf.readBigUInt64LE(at + 48));
  }
  if (count > limits.maxEntries) return { ok: false, reason: 'too-many-entries', detail: `${count} entries` };
  const entries: ZipEntry[] = [];
  let total = 0;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) return notZip('bad central directory');
    let compressed = buf.readUInt32LE(at + 20);
    let uncompressed = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    // ZIP64 extra field (0x0001): the 64-bit sizes of the fields that hold 0xFFFFFFFF, in order.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd && extra + 4 <= buf.length) {
      const tag = buf.readUInt16LE(extra);
      const size = buf.readUInt16LE(extra + 2);
      if (tag === 0x0001) {
        let p = extra + 4;
        if (uncompressed === MAX_U32 && p + 8 <= buf.length) {
          uncompressed = Number(buf.readBigUInt64LE(p));
          p += 8;
        }
        if (compressed === MAX_U32 && p + 8 <= buf.length) compressed = Number(buf.readBigUInt64LE(p));
      }
      extra += 4 + size;
    }
    entries.push({ name, compressedBytes: compressed, uncompressedBytes: uncompressed });
    total += uncompressed;
    if (uncompressed > limits.maxEntryUncompressedBytes)
      return { ok: false, reason: 'too-large-entry', entry: name, detail: `${uncompressed} bytes` };
    if (total > limits.maxTotalUncompressedBytes)
      return { ok: false, reason: 'too-large-total', detail: `more than ${total} bytes` };
    if (uncompressed > limits.ratioFloorBytes && uncompressed > limits.maxRatio * Math.max(compressed, 1))
      return {
        ok: false,
        reason: 'ratio',
        entry: name,
        detail: `${uncompressed} bytes from ${compressed} (×${Math.round(uncompressed / Math.max(compressed, 1))})`,
      };
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries, totalUncompressedBytes: total };
}
