/**
 * Runs in an upload worker (read-upload.ts): an exchange JSON file's bytes → the raw rows of its sheets.
 * A 15 MB JSON takes the main thread a noticeable moment to decode and parse, so it is done here. Plain
 * values in and out; a file that is not JSON is answered `{ ok: 'bad-json' }`, not thrown.
 */
import { readJsonFile, type ExchangeProblem, type RawSheets } from '../../domain/exchange/index.ts';

export type JsonRead =
  { ok: true; sheets: RawSheets } | { ok: false; problems: ExchangeProblem[] } | { ok: 'bad-json' };

export function readExchangeJson(bytes: Uint8Array): JsonRead {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    return { ok: 'bad-json' };
  }
  return readJsonFile(json);
}
