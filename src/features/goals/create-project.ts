/** 新建项目: a project of an organisation with its figures and, optionally, its goal table. */
import type { Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { appendAudit, snapshot } from '../../platform/audit/audit-log.ts';
import { projects } from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { IndicatorRowInput } from './goals.schema.ts';
import { loadProject, type ProjectDetailDto } from './project-dto.ts';
import { writeIndicators } from './write-indicators.ts';

export type CreateProjectInput = {
  orgId: string;
  fiscalYear: number;
  name: string;
  budgetFiscal: string;
  budgetOther: string;
  executedFiscal: string;
  executedOther: string;
  goalExpected: string;
  goalActual: string;
  indicators: IndicatorRowInput[];
};

export async function createProject(
  deps: TxDeps,
  actor: Actor,
  input: CreateProjectInput,
): Promise<ProjectDetailDto> {
  const now = deps.clock();
  const { indicators, ...fields } = input;
  const [row] = await deps.db
    .insert(projects)
    .values({ ...fields, createdAt: now, updatedAt: now })
    .returning();
  if (!row) throw new AppError('INTERNAL');
  await writeIndicators(deps.db, row.id, indicators, now);
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    {
      action: 'project.create',
      entity: 'project',
      entityId: row.id,
      orgId: row.orgId,
      after: { ...snapshot(row), indicators },
    },
    now,
  );
  return (await loadProject(deps.db, row.id))!;
}
