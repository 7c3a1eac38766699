/**
 * 整改台账 use cases. A problem is raised (by the unit itself from its self-evaluation's 存在问题, or by a
 * supervisor from a review return, a monitoring warning or its own finding); the responsible unit records
 * its 整改措施 (整改中) and reports the 整改结果; closure (已整改) is confirmed — or refused with a reason — by
 * the organisation that raised it. Every step is audited.
 */
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { hasPermission } from '../../app/scope.ts';
import { appendAudit, snapshot } from '../../platform/audit/audit-log.ts';
import { rectifications } from '../../platform/db/schema/index.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { AppError } from '../../platform/errors.ts';
import { loadRectification, type RectificationDto } from './rectification-dto.ts';
import type { RaiseRectificationInput } from './rectification.schema.ts';

const T = {
  notFound: '找不到该整改事项。',
  needsRole: '提出整改需要填报或审核权限。',
  closed: '该整改事项已确认整改完成，不能再修改。',
  needsResult: '请先填写整改结果，再报告整改完成。',
  notRaiser: '整改完成只能由提出该问题的单位确认。',
  notReported: '责任单位尚未报告整改完成，不能确认。',
  needsReviewer: '确认整改需要填报或审核权限。',
};

function who(actor: Actor) {
  return { id: actor.userId, username: actor.username, ip: actor.ip };
}

async function load(deps: TxDeps, id: string): Promise<RectificationDto> {
  const r = await loadRectification(deps.db, id, deps.clock());
  if (!r) throw new AppError('NOT_FOUND', T.notFound);
  return r;
}

export async function raiseRectification(
  deps: TxDeps,
  actor: Actor,
  input: RaiseRectificationInput,
): Promise<RectificationDto> {
  if (!hasPermission(actor, 'work.edit') && !hasPermission(actor, 'work.review'))
    throw new AppError('FORBIDDEN', T.needsRole);
  const now = deps.clock();
  const [row] = await deps.db
    .insert(rectifications)
    .values({
      ...input,
      sourceRef: input.sourceRef ?? null,
      raisedByOrgId: actor.orgId,
      raisedBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new AppError('INTERNAL');
  await appendAudit(
    deps.db,
    who(actor),
    {
      action: 'rectification.raise',
      entity: 'rectification',
      entityId: row.id,
      orgId: row.orgId,
      after: snapshot(row),
    },
    now,
  );
  return load(deps, row.id);
}

async function change(
  deps: TxDeps,
  actor: Actor,
  item: RectificationDto,
  version: number,
  action: string,
  values: Record<string, unknown>,
): Promise<RectificationDto> {
  const now = deps.clock();
  await updateVersioned(deps.db, rectifications, item.id, version, values, now);
  const after = await load(deps, item.id);
  await appendAudit(
    deps.db,
    who(actor),
    {
      action,
      entity: 'rectification',
      entityId: item.id,
      orgId: item.orgId,
      before: { status: item.status, measures: item.measures, result: item.result },
      after: { status: after.status, measures: after.measures, result: after.result, ...values },
    },
    now,
  );
  return after;
}

/** The responsible unit records its measures and result so far: 待整改 → 整改中. */
export async function updateRectification(
  deps: TxDeps,
  actor: Actor,
  id: string,
  input: { version: number; measures: string; result: string },
): Promise<RectificationDto> {
  const item = await load(deps, id);
  if (item.status === 'done') throw new AppError('CONFLICT', T.closed);
  return change(deps, actor, item, input.version, 'rectification.update', {
    measures: input.measures,
    result: input.result,
    status: 'in-progress',
  });
}

/** The responsible unit reports the rectification complete; it awaits the raiser's confirmation. */
export async function completeRectification(
  deps: TxDeps,
  actor: Actor,
  id: string,
  version: number,
): Promise<RectificationDto> {
  const item = await load(deps, id);
  if (item.status === 'done') throw new AppError('CONFLICT', T.closed);
  if (!item.result.trim() || !item.measures.trim()) throw new AppError('VALIDATION', T.needsResult);
  return change(deps, actor, item, version, 'rectification.complete', {
    status: 'in-progress',
    completedAt: deps.clock(),
    rejectReason: null,
  });
}

function requireRaiser(actor: Actor, item: RectificationDto): void {
  if (actor.orgId !== item.raisedByOrgId) throw new AppError('FORBIDDEN', T.notRaiser);
  if (!hasPermission(actor, 'work.edit') && !hasPermission(actor, 'work.review'))
    throw new AppError('FORBIDDEN', T.needsReviewer);
}

export async function confirmRectification(
  deps: TxDeps,
  actor: Actor,
  id: string,
  version: number,
): Promise<RectificationDto> {
  const item = await load(deps, id);
  requireRaiser(actor, item);
  if (item.status === 'done') throw new AppError('CONFLICT', T.closed);
  if (!item.awaitingConfirmation) throw new AppError('CONFLICT', T.notReported);
  return change(deps, actor, item, version, 'rectification.confirm', {
    status: 'done',
    confirmedAt: deps.clock(),
    confirmedBy: actor.userId,
  });
}

export async function rejectRectification(
  deps: TxDeps,
  actor: Actor,
  id: string,
  input: { version: number; reason: string },
): Promise<RectificationDto> {
  const item = await load(deps, id);
  requireRaiser(actor, item);
  if (item.status === 'done') throw new AppError('CONFLICT', T.closed);
  if (!item.awaitingConfirmation) throw new AppError('CONFLICT', T.notReported);
  return change(deps, actor, item, input.version, 'rectification.reject', {
    completedAt: null,
    rejectReason: input.reason,
  });
}
