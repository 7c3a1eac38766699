/**
 * An uploaded exchange file → the raw rows of its sheets. JSON is parsed here (plain data, bounded by the
 * request's size limit); a workbook is inspected before anything inflates it and read in an isolated worker
 * with memory and time limits (src/platform/isolation, as src/features/uploads does for the checker).
 */
import { readJsonFile, type ExchangeProblem, type RawSheets } from '../../domain/exchange/index.ts';
import { AppError } from '../../platform/errors.ts';
import { IsolationError, TaskError, WorkerPool } from '../../platform/isolation/worker-pool.ts';
import { guardZip, uploadTexts } from '../uploads/extract-isolated.ts';
import { exchangeTexts as T } from './texts.ts';

const XLSX_MODULE = new URL(
  `../../importers/exchange-xlsx${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`,
  import.meta.url,
);

let pool: WorkerPool | null = null;
const sharedPool = () => (pool ??= new WorkerPool(1));

export type UploadRead = { ok: true; sheets: RawSheets } | { ok: false; problems: ExchangeProblem[] };

export async function readUpload(fileName: string, bytes: Uint8Array): Promise<UploadRead> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''));
    } catch {
      throw new AppError('VALIDATION', T.badJson(fileName));
    }
    return readJsonFile(json);
  }
  if (!lower.endsWith('.xlsx')) throw new AppError('VALIDATION', T.unknownFormat(fileName));
  guardZip(fileName, bytes);
  const workers = sharedPool();
  try {
    return { ok: true, sheets: await workers.run<RawSheets>(XLSX_MODULE, 'readExchangeWorkbook', [bytes]) };
  } catch (error) {
    if (error instanceof TaskError && error.remoteName === 'ExchangeFileError')
      throw new AppError('VALIDATION', error.message);
    if (error instanceof IsolationError) {
      if (error.reason === 'timeout')
        throw new AppError(
          'UNPROCESSABLE',
          uploadTexts.tooSlow(fileName, Math.round(workers.limits.timeoutMs / 1000)),
          { reason: 'timeout' },
        );
      throw new AppError('UNPROCESSABLE', uploadTexts.tooComplex(fileName), { reason: error.reason });
    }
    throw error;
  }
}
