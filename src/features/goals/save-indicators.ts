/**
 * 保存绩效指标: the whole goal table of a project (预期指标值, 优/良/中/差 standards, 实际完成值, 偏差原因,
 * 改进措施), under the project's version — a stale table gets 412 instead of overwriting someone's rows.
 */
import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { projectIndicators, projects } from '../../platform/db/schema/index.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { readDirection } from '../../domain/indicators/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { IndicatorRowInput } from './goals.schema.ts';
import { guardDocumentWrite } from '../workflow/document-lock.ts';
import { goalsChanges } from './goals-adapter.ts';
import { loadProject, type ProjectDetailDto } from './project-dto.ts';
import { writeIndicators } from './write-indicators.ts';
import { assertGoalsAllowed } from '../pre-assessment/goals-gate.ts';

export async function saveIndicators(
  deps: TxDeps,
  actor: Actor,
  id: string,
  input: { indicators: IndicatorRowInput[]; version: number },
): Promise<ProjectDetailDto> {
  const [project] = await deps.db.select().from(projects).where(eq(projects.id, id));
  if (!project) throw new AppError('NOT_FOUND', '找不到该项目。');
  // 事前绩效评估 concluded 不予支持 (approved): no goals are filed for the project.
  if (input.indicators.length > 0) await assertGoalsAllowed(deps.db, id);
  const before = await deps.db
    .select()
    .from(projectIndicators)
    .where(eq(projectIndicators.projectId, id))
    .orderBy(asc(projectIndicators.position));
  // A row sent without a direction keeps the one its 三级指标 had (null clears it back to the default).
  const kept = new Map(before.map((b) => [b.level3, b.direction] as const));
  const rows = input.indicators.map((r) =>
    r.direction === undefined ? { ...r, direction: readDirection(kept.get(r.level3)) } : r,
  );
  // Locked while the project's goals are under review (only a step's allowed fields), frozen or returned to another.
  await guardDocumentWrite(deps, actor, id, goalsChanges({ indicators: { before, after: rows } }));
  const now = deps.clock();
  // The version check first: nothing is replaced when the table moved on.
  await updateVersioned(deps.db, projects, id, input.version, {}, now);
  await writeIndicators(deps.db, id, rows, now);
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    {
      action: 'project.indicators.save',
      entity: 'project',
      entityId: id,
      orgId: project.orgId,
      before: before.map(
        ({ level1, level2, level3, target, standards, actual, direction, deviationReason, improvement }) => ({
          level1,
          level2,
          level3,
          target,
          standards,
          actual,
          direction,
          deviationReason,
          improvement,
        }),
      ),
      after: rows,
    },
    now,
  );
  return (await loadProject(deps.db, id))!;
}
