/**
 * An uploaded exchange file → the raw rows of its sheets, parsed in the upload worker pool with its memory
 * and time limits (src/features/uploads/isolated.ts): a JSON file decoded and parsed there, a workbook
 * inspected before anything inflates it and read there. A file that is not what its name says (not JSON,
 * not a ZIP container) is refused with 422 and a Chinese message.
 */
import type { ExchangeProblem, RawSheets } from '../../domain/exchange/index.ts';
import type { UploadsConfig } from '../../platform/config.ts';
import { AppError } from '../../platform/errors.ts';
import { TaskError } from '../../platform/isolation/worker-pool.ts';
import { runIsolated, uploadPool, workerModule } from '../uploads/isolated.ts';
import { requireWorkbook } from '../uploads/upload-bytes.ts';
import type { JsonRead } from './read-json.ts';
import { exchangeTexts as T } from './texts.ts';

const XLSX_MODULE = workerModule('../../importers/exchange-xlsx', import.meta.url);
const JSON_MODULE = workerModule('./read-json', import.meta.url);

export type UploadRead = { ok: true; sheets: RawSheets } | { ok: false; problems: ExchangeProblem[] };

export type ReadOptions = { uploads?: UploadsConfig | undefined; signal?: AbortSignal | undefined };

export async function readUpload(
  fileName: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<UploadRead> {
  const lower = fileName.toLowerCase();
  const isolated = { workers: uploadPool(options.uploads), signal: options.signal };
  if (lower.endsWith('.json')) {
    const read = await runIsolated<JsonRead>(
      fileName,
      null,
      JSON_MODULE,
      'readExchangeJson',
      [bytes],
      isolated,
    );
    if (read.ok === 'bad-json') throw new AppError('UNPROCESSABLE', T.badJson(fileName));
    return read;
  }
  if (!lower.endsWith('.xlsx')) throw new AppError('VALIDATION', T.unknownFormat(fileName));
  requireWorkbook(bytes, T.unreadableWorkbook(fileName));
  try {
    const sheets = await runIsolated<RawSheets>(
      fileName,
      bytes,
      XLSX_MODULE,
      'readExchangeWorkbook',
      [bytes],
      isolated,
    );
    return { ok: true, sheets };
  } catch (error) {
    // The workbook holds none of the platform's sheets, or is broken inside: the reader's own message.
    if (error instanceof TaskError && error.remoteName === 'ExchangeFileError')
      throw new AppError('VALIDATION', error.message);
    throw error;
  }
}
