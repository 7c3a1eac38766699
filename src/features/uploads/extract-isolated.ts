/**
 * Text extraction of an uploaded file, isolated from the server (see isolated.ts): ZIP pre-inspection,
 * a worker thread with a memory and a time limit, pdftotext killed after its own time limit or when the
 * request ends. An error of the extraction itself comes back as the ExtractError it was, except a
 * pdftotext that ran out of time: 422 with a Chinese message.
 */
import type { SourceLine } from '../../domain/checks/types.ts';
import { ExtractError, type ExtractErrorCode, type ExtractOptions } from '../../importers/extract-text.ts';
import { AppError } from '../../platform/errors.ts';
import { TaskError, type WorkerPool } from '../../platform/isolation/worker-pool.ts';
import { runIsolated, workerModule } from './isolated.ts';

export { guardZip, uploadTexts } from './isolated.ts';

const EXTRACT_MODULE = workerModule('../../importers/extract-text', import.meta.url);

/** An ExtractError as the worker reported it, back in its class; a pdftotext timeout as a 422. */
export function extractErrorOf(error: unknown): unknown {
  if (!(error instanceof TaskError) || error.remoteName !== 'ExtractError') return error;
  if (error.code === 'timeout')
    return new AppError('UNPROCESSABLE', error.message, { reason: 'pdf-timeout' });
  return new ExtractError(error.code as ExtractErrorCode, error.message);
}

export async function extractTextIsolated(
  fileName: string,
  bytes: Uint8Array,
  workers?: WorkerPool,
  options: { signal?: AbortSignal | undefined; extract?: ExtractOptions } = {},
): Promise<SourceLine[]> {
  try {
    return await runIsolated<SourceLine[]>(
      fileName,
      bytes,
      EXTRACT_MODULE,
      'extractTextFromBuffer',
      [fileName, bytes, options.extract ?? {}],
      { ...(workers ? { workers } : {}), signal: options.signal },
    );
  } catch (error) {
    throw extractErrorOf(error);
  }
}
