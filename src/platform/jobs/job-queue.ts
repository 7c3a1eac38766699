/**
 * Long work (batch documents, large imports, checking many files) runs as background jobs: a row in
 * `background_jobs` says what the user asked and how far it has got; pg-boss, in its own `pgboss`
 * schema of the same database, hands each job to exactly one worker among however many server
 * processes run, retries a job whose process died, and keeps queued jobs across a restart.
 *
 *   const queue = new JobQueue(pool);
 *   queue.register('batch-documents', async (job, progress) => ({ fileName, contentType, bytes }));
 *   await queue.start();
 *   const id = await queue.enqueue(db, { kind: 'batch-documents', orgId, createdBy, title, payload });
 */
import { eq, sql } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import type pg from 'pg';
import type { DbOrTx } from '../db/database.ts';
import { backgroundJobs } from '../db/schema/index.ts';
import { isAppError } from '../errors.ts';

export type JobRow = typeof backgroundJobs.$inferSelect;
export type JobResult = { fileName: string; contentType: string; bytes: Buffer; message?: string };
export type Progress = (done: number, total: number) => Promise<void>;
export type JobHandler = (job: JobRow, progress: Progress) => Promise<JobResult>;
export type NewJob = {
  kind: string;
  orgId: string;
  createdBy: string;
  title: string;
  payload: Record<string, unknown>;
};

const FAILED = '任务未能完成，请稍后重试；如仍失败，请联系系统管理员。';
/** How long a job handed over before its request committed is looked for again, and how often. */
const VISIBLE_WITHIN_MS = 3000;
const VISIBLE_POLL_MS = 50;

export class JobQueue {
  private readonly boss: PgBoss;
  private readonly handlers = new Map<string, JobHandler>();
  private started = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly db: DbOrTx,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.boss = new PgBoss({
      db: { executeSql: (text: string, values?: unknown[]) => pool.query(text, values) },
      schema: 'pgboss',
      // A job whose process died is picked up again once it expires.
      expireInMinutes: 30,
    });
    // pg-boss reports maintenance errors as events; an unhandled 'error' event would end the process.
    this.boss.on('error', () => {});
  }

  register(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  async start(options: { work?: boolean } = {}): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const kind of this.handlers.keys()) await this.boss.createQueue(kind);
    if (options.work === false) return;
    for (const [kind, handler] of this.handlers) {
      await this.boss.work<{ jobId: string }>(kind, { pollingIntervalSeconds: 1 }, async (jobs) => {
        for (const j of jobs) await this.run(j.data.jobId, handler);
      });
    }
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, close: false, timeout: 10_000 });
  }

  /** Records the job (in the caller's transaction) and queues it; returns the job's id. */
  async enqueue(db: DbOrTx, job: NewJob): Promise<string> {
    if (!this.handlers.has(job.kind)) throw new Error(`no handler for job kind ${job.kind}`);
    const [row] = await db
      .insert(backgroundJobs)
      .values({ ...job, createdAt: this.clock() })
      .returning({ id: backgroundJobs.id });
    await this.boss.send(job.kind, { jobId: row!.id }, { retryLimit: 5, retryDelay: 2 });
    return row!.id;
  }

  private async readJob(jobId: string) {
    const [job] = await this.db.select().from(backgroundJobs).where(eq(backgroundJobs.id, jobId));
    return job;
  }

  private async run(jobId: string, handler: JobHandler): Promise<void> {
    // The row is written in the request's transaction, which usually commits a few milliseconds after
    // the queue hands the job over: look again briefly before leaving it to pg-boss's retry (seconds
    // later). A rolled-back request leaves a job that fails after its retries, harmlessly.
    let job = await this.readJob(jobId);
    for (let wait = 0; !job && wait < VISIBLE_WITHIN_MS; wait += VISIBLE_POLL_MS) {
      await new Promise((resolve) => setTimeout(resolve, VISIBLE_POLL_MS));
      job = await this.readJob(jobId);
    }
    if (!job) throw new Error(`background job ${jobId} not visible yet`);
    if (job.status === 'succeeded') return;
    await this.db
      .update(backgroundJobs)
      .set({ status: 'running', startedAt: this.clock(), done: 0, message: null })
      .where(eq(backgroundJobs.id, jobId));
    // Never backwards: a handler working on several items at once may report them out of order.
    const progress: Progress = async (done, total) => {
      await this.db
        .update(backgroundJobs)
        .set({ done: sql`GREATEST(${backgroundJobs.done}, ${done})`, total })
        .where(eq(backgroundJobs.id, jobId));
    };
    try {
      const result = await handler({ ...job, status: 'running' }, progress);
      await this.db
        .update(backgroundJobs)
        .set({
          status: 'succeeded',
          finishedAt: this.clock(),
          resultName: result.fileName,
          resultType: result.contentType,
          result: result.bytes,
          message: result.message ?? null,
        })
        .where(eq(backgroundJobs.id, jobId));
    } catch (error) {
      // The user reads a Chinese message: ours when the handler refused for a reason, a general one otherwise.
      await this.db
        .update(backgroundJobs)
        .set({
          status: 'failed',
          finishedAt: this.clock(),
          message: isAppError(error) ? error.message : FAILED,
        })
        .where(eq(backgroundJobs.id, jobId));
    }
  }
}
