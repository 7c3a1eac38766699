/**
 * Every upload is parsed in isolation: a ZIP container (.docx, .xlsx) is inspected before anything
 * inflates it, and the parsing runs in a worker thread with a memory and a time limit
 * (src/platform/isolation/). A zip bomb, a file larger than an import takes once inflated, or a file
 * whose parsing would take more memory or time than any real one is refused with a Chinese message
 * (413 too large, 422 bomb / too complex / too slow) while the server keeps answering. When the request
 * ends (the client gave up), the task is abandoned and the processes it started (pdftotext) are killed.
 */
import type { FastifyReply } from 'fastify';
import type { UploadsConfig } from '../../platform/config.ts';
import { AppError } from '../../platform/errors.ts';
import { IsolationError, TaskError, WorkerPool } from '../../platform/isolation/worker-pool.ts';
import { DEFAULT_ZIP_LIMITS, inspectZip, isZip, type ZipLimits } from '../../platform/isolation/zip-guard.ts';

export const uploadTexts = {
  bomb: (name: string) =>
    `文件“${name}”解压后的内容远大于文件本身（疑似压缩炸弹），已拒绝处理。请检查文件后重新保存上传。`,
  inflatesTooLarge: (name: string, mb: number) =>
    `文件“${name}”解压后的内容超过 ${mb} MB，超出了此处导入允许的大小，已拒绝处理。请删去无关的工作表或内容后重试。`,
  tooComplex: (name: string) =>
    `文件“${name}”内容过于庞大或复杂，超出了解析的内存限制，已停止处理。请拆分文件或删去无关内容后重试。`,
  tooSlow: (name: string, seconds: number) =>
    `文件“${name}”解析超过 ${seconds} 秒仍未完成，已停止处理。请拆分文件或删去无关内容后重试。`,
  aborted: (name: string) => `上传“${name}”的请求已结束，文件解析已停止。`,
};

/** The module a worker loads, next to `base`: the TypeScript source in development, the compiled file in dist/. */
export function workerModule(relative: string, base: string): URL {
  return new URL(`${relative}${base.endsWith('.ts') ? '.ts' : '.js'}`, base);
}

const pools = new Map<string, WorkerPool>();

/**
 * The worker pool for these limits (one per distinct configuration, shared by every upload); `forJob`:
 * the time limit of background jobs, where nobody waits on the request.
 */
export function uploadPool(config?: UploadsConfig, forJob = false): WorkerPool {
  const seconds = forJob ? (config?.jobParseTimeoutSeconds ?? 600) : (config?.parseTimeoutSeconds ?? 30);
  const limits = {
    timeoutMs: seconds * 1000,
    maxOldGenerationSizeMb: config?.parseMemoryMb ?? 768,
  };
  const key = `${limits.timeoutMs}/${limits.maxOldGenerationSizeMb}`;
  let pool = pools.get(key);
  if (!pool) pools.set(key, (pool = new WorkerPool(undefined, limits)));
  return pool;
}

/**
 * Throws when a ZIP container would inflate beyond reason: 422 for a bomb (too many entries, an entry
 * inflating far more than any real document), 413 when the honest content is larger than `limits`
 * allow. A container too broken to read is left to the parser, which refuses it as the unreadable
 * file it is.
 */
export function guardZip(fileName: string, bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): void {
  if (!isZip(bytes)) return;
  const verdict = inspectZip(bytes, limits);
  if (verdict.ok || verdict.reason === 'not-zip') return;
  if (verdict.reason === 'ratio' || verdict.reason === 'too-many-entries')
    throw new AppError('UNPROCESSABLE', uploadTexts.bomb(fileName), { reason: verdict.reason });
  // Over the size an import takes: a bomb when it inflates far beyond the file, plainly too large otherwise.
  const inflated =
    verdict.reason === 'too-large-total'
      ? limits.maxTotalUncompressedBytes
      : limits.maxEntryUncompressedBytes;
  if (inflated > limits.maxRatio * Math.max(bytes.length, 1))
    throw new AppError('UNPROCESSABLE', uploadTexts.bomb(fileName), { reason: verdict.reason });
  throw new AppError(
    'TOO_LARGE',
    uploadTexts.inflatesTooLarge(fileName, Math.round(inflated / 1024 / 1024)),
    { reason: verdict.reason },
  );
}

/** ZIP limits of an import whose real files are small (a 决算 附表, a 科目表): 40 MB inflated at most. */
export const IMPORT_ZIP_LIMITS: ZipLimits = {
  ...DEFAULT_ZIP_LIMITS,
  maxEntries: 2_000,
  maxTotalUncompressedBytes: 40 * 1024 * 1024,
  maxEntryUncompressedBytes: 40 * 1024 * 1024,
};

export type IsolatedOptions = {
  /** Aborts the task (the request ended): the worker is terminated and its child processes killed. */
  signal?: AbortSignal | undefined;
  workers?: WorkerPool;
  zipLimits?: ZipLimits;
  /** Whether to inspect `bytes` as a ZIP container first (default true). */
  guard?: boolean;
};

/**
 * Runs `module[exportName](...args)` in an upload worker for the file `fileName` (`bytes` is inspected
 * first when it is a ZIP container). A limit reached becomes a 422 AppError in Chinese; an error the
 * parser threw comes back as a TaskError (its name, code and message) for the caller to map.
 */
export async function runIsolated<T>(
  fileName: string,
  bytes: Uint8Array | null,
  module: URL,
  exportName: string,
  args: unknown[],
  options: IsolatedOptions = {},
): Promise<T> {
  if (bytes && options.guard !== false) guardZip(fileName, bytes, options.zipLimits);
  const workers = options.workers ?? uploadPool();
  try {
    return await workers.run<T>(module, exportName, args, { signal: options.signal });
  } catch (error) {
    if (error instanceof IsolationError) {
      if (error.reason === 'timeout')
        throw new AppError(
          'UNPROCESSABLE',
          uploadTexts.tooSlow(fileName, Math.round(workers.limits.timeoutMs / 1000)),
          { reason: 'timeout' },
        );
      if (error.reason === 'aborted')
        throw new AppError('UNPROCESSABLE', uploadTexts.aborted(fileName), { reason: 'aborted' });
      throw new AppError('UNPROCESSABLE', uploadTexts.tooComplex(fileName), { reason: error.reason });
    }
    if (error instanceof TaskError && error.remoteName === 'RangeError')
      // Stack or array limits inside the parser (a document nested beyond reason).
      throw new AppError('UNPROCESSABLE', uploadTexts.tooComplex(fileName), { reason: 'range' });
    throw error;
  }
}

/**
 * An AbortSignal that aborts when the HTTP exchange ends before the answer was sent (the client closed
 * the connection or gave up): the parsing it was waiting for is stopped.
 */
export function requestSignal(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) controller.abort();
  });
  return controller.signal;
}
