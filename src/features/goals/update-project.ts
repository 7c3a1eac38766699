/** 修改项目: name, 预算数 / 执行数 (财政拨款 / 其他资金) and 年度总体目标 (预期 / 实际), versioned. */
import { eq } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { appendAudit, snapshot } from '../../platform/audit/audit-log.ts';
import { projects } from '../../platform/db/schema/index.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { AppError } from '../../platform/errors.ts';
import { guardDocumentWrite } from '../workflow/document-lock.ts';
import { goalsChanges } from './goals-adapter.ts';
import { loadProject, type ProjectDetailDto } from './project-dto.ts';

export type UpdateProjectInput = {
  name?: string | undefined;
  budgetFiscal?: string | undefined;
  budgetOther?: string | undefined;
  executedFiscal?: string | undefined;
  executedOther?: string | undefined;
  goalExpected?: string | undefined;
  goalActual?: string | undefined;
  version: number;
};

export async function updateProject(
  deps: TxDeps,
  actor: Actor,
  id: string,
  input: UpdateProjectInput,
): Promise<ProjectDetailDto> {
  const [before] = await deps.db.select().from(projects).where(eq(projects.id, id));
  if (!before) throw new AppError('NOT_FOUND', '找不到该项目。');
  const { version, ...rest } = input;
  const values = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  // Locked while the project's goals are under review (only a step's allowed fields), frozen or returned to another.
  await guardDocumentWrite(deps, actor, id, goalsChanges({ project: { before, after: values } }));
  const now = deps.clock();
  const after = await updateVersioned(deps.db, projects, id, version, values, now);
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    {
      action: 'project.update',
      entity: 'project',
      entityId: id,
      orgId: before.orgId,
      before: snapshot(before),
      after: snapshot(after),
    },
    now,
  );
  return (await loadProject(deps.db, id))!;
}
