/**
 * Runs in an upload worker (isolated.ts): a Base64 text as the bytes it stands for. A 20 MB file is 27 MB of
 * Base64; checking and decoding it takes the main thread a quarter of a second or more under load, so it is
 * done here. Plain values in and out; a text that is not Base64 is answered `{ ok: false }`, not thrown.
 */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function decodeBase64Upload(text: string): { ok: true; bytes: Uint8Array } | { ok: false } {
  const compact = /\s/.test(text) ? text.replace(/\s+/g, '') : text;
  if (compact.length % 4 === 1 || !BASE64.test(compact)) return { ok: false };
  return { ok: true, bytes: Buffer.from(compact, 'base64') };
}
