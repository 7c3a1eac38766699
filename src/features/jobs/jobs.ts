/**
 * 后台任务 as a user sees them: their own jobs and those of organisations in their reach, progress,
 * and the result file once finished. A job belongs to the organisation it was started for; another
 * unit's user never sees it (404, like any entity outside one's reach).
 */
import type { Readable } from 'node:stream';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { backgroundJobs } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import { byteaStream } from '../../platform/jobs/bytea-slices.ts';

const STATUS_LABELS = { queued: '排队中', running: '进行中', succeeded: '已完成', failed: '失败' } as const;

export type JobDto = {
  id: string;
  kind: string;
  title: string;
  status: keyof typeof STATUS_LABELS;
  statusLabel: string;
  done: number;
  total: number;
  message: string | null;
  resultName: string | null;
  createdAt: string;
  finishedAt: string | null;
};

const columns = {
  id: backgroundJobs.id,
  kind: backgroundJobs.kind,
  orgId: backgroundJobs.orgId,
  title: backgroundJobs.title,
  status: backgroundJobs.status,
  done: backgroundJobs.done,
  total: backgroundJobs.total,
  message: backgroundJobs.message,
  resultName: backgroundJobs.resultName,
  createdAt: backgroundJobs.createdAt,
  finishedAt: backgroundJobs.finishedAt,
};

function toDto(r: {
  id: string;
  kind: string;
  title: string;
  status: JobDto['status'];
  done: number;
  total: number;
  message: string | null;
  resultName: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}): JobDto {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    status: r.status,
    statusLabel: STATUS_LABELS[r.status],
    done: r.done,
    total: r.total,
    message: r.message,
    resultName: r.status === 'succeeded' ? r.resultName : null,
    createdAt: r.createdAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
  };
}

/** The organisation a job belongs to (for the route's scope check), or null when there is no such job. */
export async function jobOwner(deps: Pick<TxDeps, 'db'>, id: string): Promise<string | null> {
  const [row] = await deps.db
    .select({ orgId: backgroundJobs.orgId })
    .from(backgroundJobs)
    .where(eq(backgroundJobs.id, id));
  return row?.orgId ?? null;
}

export async function getJob(deps: Pick<TxDeps, 'db'>, id: string): Promise<JobDto> {
  const [row] = await deps.db.select(columns).from(backgroundJobs).where(eq(backgroundJobs.id, id));
  if (!row) throw new AppError('NOT_FOUND', '找不到该后台任务。');
  return toDto(row);
}

export async function listJobs(deps: Pick<TxDeps, 'db'>, actor: Actor): Promise<JobDto[]> {
  const rows = await deps.db
    .select(columns)
    .from(backgroundJobs)
    .where(and(inArray(backgroundJobs.orgId, [...actor.reach]), eq(backgroundJobs.createdBy, actor.userId)))
    .orderBy(desc(backgroundJobs.createdAt))
    .limit(50);
  return rows.map(toDto);
}

/**
 * A finished job's result, to be streamed: its name, type and size, and the bytes as a stream of 1 MB
 * slices read from the database as the client takes them (src/platform/jobs/bytea-slices.ts). A result of
 * many megabytes (a 19 MB file's findings, a batch of documents) is never decoded in one piece on the main
 * thread, so other requests are answered while it is sent.
 */
export async function jobResult(
  deps: Pick<TxDeps, 'db'>,
  id: string,
): Promise<{ fileName: string; contentType: string; size: number; stream: () => Readable }> {
  const [row] = await deps.db
    .select({
      status: backgroundJobs.status,
      name: backgroundJobs.resultName,
      type: backgroundJobs.resultType,
      size: sql<number | null>`octet_length(${backgroundJobs.result})`,
    })
    .from(backgroundJobs)
    .where(eq(backgroundJobs.id, id));
  if (!row) throw new AppError('NOT_FOUND', '找不到该后台任务。');
  if (row.status !== 'succeeded' || row.size === null)
    throw new AppError('CONFLICT', `任务${STATUS_LABELS[row.status]}，还没有可下载的结果。`);
  const size = Number(row.size);
  const source = { table: backgroundJobs, column: backgroundJobs.result, where: eq(backgroundJobs.id, id) };
  return {
    fileName: row.name ?? 'result',
    contentType: row.type ?? 'application/octet-stream',
    size,
    stream: () => byteaStream(deps.db, source, size),
  };
}
