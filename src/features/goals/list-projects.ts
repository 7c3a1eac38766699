/** 项目列表: the projects of an organisation and its subtree (within the actor's reach), optionally of one year. */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import { subtreeIds } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { organisations, projectIndicators, projects } from '../../platform/db/schema/index.ts';
import { sql } from 'drizzle-orm';
import { toProjectDto, type ProjectDto } from './project-dto.ts';

export type ProjectListItem = ProjectDto & { orgName: string; indicatorCount: number };

export async function listProjects(
  deps: TxDeps,
  actor: Actor,
  input: { orgId: string; year?: number | undefined },
): Promise<ProjectListItem[]> {
  const orgIds = (await subtreeIds(deps.db, input.orgId)).filter((id) => actor.reach.has(id));
  if (orgIds.length === 0) return [];
  const where =
    input.year === undefined
      ? inArray(projects.orgId, orgIds)
      : and(inArray(projects.orgId, orgIds), eq(projects.fiscalYear, input.year));
  const rows = await deps.db
    .select({
      project: projects,
      orgName: organisations.name,
      indicatorCount: sql<number>`(select count(*)::int from ${projectIndicators} where ${projectIndicators.projectId} = ${projects.id})`,
    })
    .from(projects)
    .innerJoin(organisations, eq(organisations.id, projects.orgId))
    .where(where)
    .orderBy(desc(projects.fiscalYear), asc(organisations.code), asc(projects.name));
  return rows.map((r) => ({
    ...toProjectDto(r.project),
    orgName: r.orgName,
    indicatorCount: r.indicatorCount,
  }));
}
