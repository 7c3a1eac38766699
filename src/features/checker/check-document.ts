/**
 * 校验 of one uploaded document: decode it, then extract its text and run the checker in a parsing
 * worker (check-file.ts), returning the lines (as the rules read them, so each finding's excerpt can be
 * shown in its line) with the findings. A file larger than the configured threshold
 * (JIXIAO_CHECK_JOB_THRESHOLD_MB) becomes a background job: the request answers 202 with the job, the
 * page follows it and fetches the result (the same JSON) when it has finished.
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
import type { CheckJsonOutcome } from './check-file.ts';
import { MAX_FILE_BYTES, type CheckRequest, type CheckResult } from './checker.schema.ts';
import { checkerTexts } from './texts.ts';

export const CHECK_DOCUMENT = 'check-document';

const CHECK_MODULE = workerModule('./check-file', import.meta.url);
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function decodeBase64(text: string): Buffer {
  const compact = text.replace(/\s+/g, '');
  if (compact.length % 4 === 1 || !BASE64.test(compact))
    throw new AppError('VALIDATION', checkerTexts.badBase64);
  return Buffer.from(compact, 'base64');
}

/**
 * Extraction and rules in a worker with the configured limits; the result as JSON text (CheckResult),
 * with its summary; any refusal as an AppError in Chinese.
 */
export async function checkBytes(
  config: Pick<Config, 'uploads'>,
  fileName: string,
  bytes: Uint8Array,
  options: { signal?: AbortSignal | undefined; workers?: WorkerPool; forJob?: boolean } = {},
): Promise<{ json: string; summary: CheckResult['summary'] }> {
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
  return { json: outcome.json, summary: outcome.summary };
}

/** The result as JSON text (a CheckResult), or the background job that will produce it. */
export type CheckAnswer = { kind: 'result'; json: string } | { kind: 'job'; jobId: string };

export async function checkDocument(
  deps: TxDeps,
  actor: Actor,
  input: CheckRequest,
  options: { signal?: AbortSignal | undefined } = {},
): Promise<CheckAnswer> {
  const bytes = decodeBase64(input.contentBase64);
  if (bytes.length > MAX_FILE_BYTES)
    throw new AppError('TOO_LARGE', checkerTexts.tooLarge(MAX_FILE_BYTES / 1024 / 1024));
  if (deps.jobs && bytes.length > deps.config.uploads.checkJobThresholdMb * 1024 * 1024) {
    const jobId = await deps.jobs.enqueue(deps.db, {
      kind: CHECK_DOCUMENT,
      orgId: actor.orgId,
      createdBy: actor.userId,
      title: checkerTexts.jobTitle(input.fileName),
      payload: { fileName: input.fileName, contentBase64: bytes.toString('base64') },
    });
    return { kind: 'job', jobId };
  }
  return { kind: 'result', json: (await checkBytes(deps.config, input.fileName, bytes, options)).json };
}

/** The job's work: the same check, its result as JSON; the file is dropped from the job once checked. */
export function checkDocumentHandler(deps: AppDeps) {
  return async (job: JobRow, progress: Progress): Promise<JobResult> => {
    const { fileName, contentBase64 } = job.payload as { fileName: string; contentBase64?: string };
    if (!contentBase64) throw new AppError('CONFLICT', checkerTexts.jobFileGone(fileName));
    await progress(0, 1);
    try {
      const { json, summary } = await checkBytes(
        deps.config,
        fileName,
        Buffer.from(contentBase64, 'base64'),
        {
          forJob: true,
        },
      );
      await progress(1, 1);
      return {
        fileName: `${fileName}.校验结果.json`,
        contentType: 'application/json; charset=utf-8',
        bytes: Buffer.from(json),
        message: checkerTexts.jobDone(summary.error, summary.warning),
      };
    } finally {
      await deps.db
        .update(backgroundJobs)
        .set({ payload: { fileName } })
        .where(eq(backgroundJobs.id, job.id));
    }
  };
}
