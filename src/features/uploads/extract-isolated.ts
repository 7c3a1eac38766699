/**
 * Text extraction of an uploaded file, isolated from the server: a ZIP container (.docx, .xlsx) is
 * inspected before anything inflates it, and the parsing runs in a worker thread with a memory and a time
 * limit (src/platform/isolation/). A zip bomb, or a file whose parsing would take more memory or time than
 * any real report, is refused with 422 and a Chinese message while the server keeps answering; an error
 * of the extraction itself comes back as the ExtractError it was.
 */
import type { SourceLine } from '../../domain/checks/types.ts';
import { ExtractError, type ExtractErrorCode } from '../../importers/extract-text.ts';
import { AppError } from '../../platform/errors.ts';
import { IsolationError, TaskError, WorkerPool } from '../../platform/isolation/worker-pool.ts';
import { inspectZip, isZip } from '../../platform/isolation/zip-guard.ts';

// The module the worker loads: the TypeScript source in development, the compiled file in dist/.
const EXTRACT_MODULE = new URL(
  `../../importers/extract-text${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`,
  import.meta.url,
);

let pool: WorkerPool | null = null;
const sharedPool = () => (pool ??= new WorkerPool());

export const uploadTexts = {
  bomb: (name: string) =>
    `文件“${name}”解压后的内容远大于文件本身（疑似压缩炸弹），已拒绝处理。请检查文件后重新保存上传。`,
  tooComplex: (name: string) =>
    `文件“${name}”内容过于庞大或复杂，超出了解析的内存限制，已停止处理。请拆分文件或删去无关内容后重试。`,
  tooSlow: (name: string, seconds: number) =>
    `文件“${name}”解析超过 ${seconds} 秒仍未完成，已停止处理。请拆分文件或删去无关内容后重试。`,
};

/**
 * Throws a 422 AppError when a ZIP container would inflate beyond reason. A container too broken to
 * read is left to the extractor, which refuses it as the unreadable file it is.
 */
export function guardZip(fileName: string, bytes: Uint8Array): void {
  if (!isZip(bytes)) return;
  const verdict = inspectZip(bytes);
  if (verdict.ok || verdict.reason === 'not-zip') return;
  throw new AppError('UNPROCESSABLE', uploadTexts.bomb(fileName), { reason: verdict.reason });
}

export async function extractTextIsolated(
  fileName: string,
  bytes: Uint8Array,
  workers: WorkerPool = sharedPool(),
): Promise<SourceLine[]> {
  guardZip(fileName, bytes);
  try {
    return await workers.run<SourceLine[]>(EXTRACT_MODULE, 'extractTextFromBuffer', [fileName, bytes]);
  } catch (error) {
    if (error instanceof TaskError && error.remoteName === 'ExtractError')
      throw new ExtractError(error.code as ExtractErrorCode, error.message);
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
