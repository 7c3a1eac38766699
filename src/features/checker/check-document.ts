/**
 * 校验 of one uploaded document: extract its text and run the checker in a parsing worker (check-file.ts),
 * returning the lines (as the rules read them, so each finding's excerpt can be shown in its line) with the
 * findings. The file arrives as raw bytes (`POST /api/checks/file`) or, in the older JSON shape, as Base64
 * decoded in an upload worker (src/features/uploads/upload-bytes.ts): nothing large is parsed or decoded on
 * the main thread. A file larger than the configured threshold (JIXIAO_CHECK_JOB_THRESHOLD_MB) becomes a
 * background job: the request answers 202 with the job (its file held in `job_uploads`), the page follows it
 * and fetches the result (the same JSON) when it has finished.
 * Stateless: no organisation's data is read; a job keeps the file only until it has been checked.
 */
import { eq } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import type { AppDeps, TxDeps } from '../../app/deps.ts';
import type { Config } from '../../platform/config.ts';
import { backgroundJobs } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { WorkerPool } from '../../platform/isolation/worker-pool.ts';
import type { JobRow, JobResult, Progress } from '../../platform/jobs/job-queue.ts';
import { extractErrorOf } from '../uploads/extract-isolated.ts';
import { runIsolated, uploadPool, workerModule } from '../uploads/isolated.ts';
import {
  bytesOfBase64,
  dropJobUpload,
  holdJobUpload,
  readJobUpload,
  uploadedBytes,
  type UploadContent,
} from '../uploads/upload-bytes.ts';
import type { CheckJsonOutcome } from './check-file.ts';
import { MAX_FILE_BYTES, type CheckResult } from './checker.schema.ts';
import { checkerTexts } from './texts.ts';

export const CHECK_DOCUMENT = 'check-document';

const CHECK_MODULE = workerModule('./check-file', import.meta.url);

/** The file to check: its raw bytes, or (the older JSON shape) its Base64 text. */
export type CheckUpload = { fileName: string } & UploadContent;

/**
 * Extraction and rules in a worker with the configured limits; the result as UTF-8 JSON (CheckResult),
 * with its summary; any refusal as an AppError in Chinese.
 */
export async function checkBytes(
  config: Pick<Config, 'uploads'>,
  fileName: string,
  bytes: Uint8Array,
  options: { signal?: AbortSignal | undefined; workers?: WorkerPool; forJob?: boolean } = {},
): Promise<{ json: Buffer; summary: CheckResult['summary'] }> {
  let outcome: CheckJsonOutcome;
  try {
    outcome = await runIsolated<CheckJsonOutcome>(
      fileName,
      bytes,
      CHECK_MODULE,
      'checkFileAsJson',
      [fileName, bytes, { pdfTimeoutMs: config.uploads.pdfTimeoutSeconds * 1000 }],
      { workers: options.workers ?? uploadPool(config.uploads, options.forJob), signal: options.signal },
    );
  } catch (error) {
    throw extractErrorOf(error);
  }
  if (!outcome.ok) throw new AppError(outcome.code, outcome.message);
  // The worker's bytes, viewed as a Buffer (no copy).
  const { buffer, byteOffset, byteLength } = outcome.json;
  return { json: Buffer.from(buffer, byteOffset, byteLength), summary: outcome.summary };
}

/** The result as UTF-8 JSON (a CheckResult), or the background job that will produce it. */
export type CheckAnswer = { kind: 'result'; json: Buffer } | { kind: 'job'; jobId: string };

export async function checkDocument(
  deps: TxDeps,
  actor: Actor,
  input: CheckUpload,
  options: { signal?: AbortSignal | undefined } = {},
): Promise<CheckAnswer> {
  // Sized before decoding (413), raw bytes as they came or Base64 decoded in a worker, never empty.
  const bytes = await uploadedBytes(
    input.fileName,
    input,
    {
      maxBytes: MAX_FILE_BYTES,
      tooLarge: () => checkerTexts.tooLarge(MAX_FILE_BYTES / 1024 / 1024),
      empty: checkerTexts.emptyFile(input.fileName),
      badBase64: checkerTexts.badBase64,
    },
    { workers: uploadPool(deps.config.uploads), signal: options.signal },
  );
  if (deps.jobs && bytes.length > deps.config.uploads.checkJobThresholdMb * 1024 * 1024) {
    const uploadId = await holdJobUpload(deps.db, bytes, deps.clock());
    const jobId = await deps.jobs.enqueue(deps.db, {
      kind: CHECK_DOCUMENT,
      orgId: actor.orgId,
      createdBy: actor.userId,
      title: checkerTexts.jobTitle(input.fileName),
      payload: { fileName: input.fileName, uploadId },
    });
    return { kind: 'job', jobId };
  }
  return { kind: 'result', json: (await checkBytes(deps.config, input.fileName, bytes, options)).json };
}

/** The job's work: the same check, its result as JSON; the file is dropped from the job once checked. */
export function checkDocumentHandler(deps: AppDeps) {
  return async (job: JobRow, progress: Progress): Promise<JobResult> => {
    const { fileName, uploadId, contentBase64 } = job.payload as {
      fileName: string;
      uploadId?: string;
      contentBase64?: string;
    };
    // Jobs queued before files were held in job_uploads carry the file as Base64 in their payload.
    const bytes =
      (uploadId ? await readJobUpload(deps.db, uploadId) : null) ??
      (contentBase64
        ? await bytesOfBase64(fileName, contentBase64, checkerTexts.badBase64, {
            workers: uploadPool(deps.config.uploads, true),
          })
        : null);
    if (!bytes) throw new AppError('CONFLICT', checkerTexts.jobFileGone(fileName));
    await progress(0, 1);
    try {
      const { json, summary } = await checkBytes(deps.config, fileName, bytes, { forJob: true });
      await progress(1, 1);
      return {
        fileName: `${fileName}.校验结果.json`,
        contentType: 'application/json; charset=utf-8',
        bytes: json,
        message: checkerTexts.jobDone(summary.error, summary.warning),
      };
    } finally {
      if (uploadId) await dropJobUpload(deps.db, uploadId);
      await deps.db
        .update(backgroundJobs)
        .set({ payload: { fileName } })
        .where(eq(backgroundJobs.id, job.id));
    }
  };
}
