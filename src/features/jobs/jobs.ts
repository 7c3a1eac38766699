/**
 * 后台任务 as a user sees them: their own jobs and those of organisations in their reach, progress,
 * and the result file once finished. A job belongs to the organisation it was started for; another
 * unit's user never sees it (404, like any entity outside one's reach).
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { backgroundJobs } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';

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

export async function jobResult(
  deps: Pick<TxDeps, 'db'>,
  id: string,
): Promise<{ fileName: string; contentType: string; bytes: Buffer }> {
  const [row] = await deps.db
    .select({
      status: backgroundJobs.status,
      name: backgroundJobs.resultName,
      type: backgroundJobs.resultType,
      bytes: backgroundJobs.result,
    })
    .from(backgroundJobs)
    .where(eq(backgroundJobs.id, id));
  if (!row) throw new AppError('NOT_FOUND', '找不到该后台任务。');
  if (row.status !== 'succeeded' || !row.bytes)
    throw new AppError('CONFLICT', `任务${STATUS_LABELS[row.status]}，还没有可下载的结果。`);
  return {
    fileName: row.name ?? 'result',
    contentType: row.type ?? 'application/octet-stream',
    bytes: row.bytes,
  };
}
