/**
 * What a 佐证材料 belongs to: a project (or one indicator of its goal table), a self-evaluation or a
 * rectification. The owner decides who may see it (its organisation's reach) and when its files are
 * fixed: a project's and its indicators' files are part of the project goals document, an evaluation's
 * of the evaluation document (the workflow's editing lock applies: frozen → 409), a rectification's
 * until closure is confirmed.
 */
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database.ts';
import { evaluations, projectIndicators, projects, rectifications } from '../../platform/db/schema/index.ts';

export type OwnerKind = 'project' | 'indicator' | 'evaluation' | 'rectification';

/** The routes' owners (an indicator is addressed through its project). */
export type OwnerRoute = 'project' | 'evaluation' | 'rectification';

export type Owner = {
  kind: OwnerRoute;
  id: string;
  orgId: string;
  /** The workflow document whose lock governs the files (project goals, evaluation), if any. */
  documentId: string | null;
  /** A rectification whose closure was confirmed. */
  closed: boolean;
};

export async function loadOwner(db: DbOrTx, kind: OwnerRoute, id: string): Promise<Owner | null> {
  if (kind === 'project') {
    const [p] = await db.select({ orgId: projects.orgId }).from(projects).where(eq(projects.id, id));
    return p ? { kind, id, orgId: p.orgId, documentId: id, closed: false } : null;
  }
  if (kind === 'evaluation') {
    const [e] = await db.select({ orgId: evaluations.orgId }).from(evaluations).where(eq(evaluations.id, id));
    return e ? { kind, id, orgId: e.orgId, documentId: id, closed: false } : null;
  }
  const [r] = await db
    .select({ orgId: rectifications.orgId, status: rectifications.status })
    .from(rectifications)
    .where(eq(rectifications.id, id));
  return r ? { kind, id, orgId: r.orgId, documentId: null, closed: r.status === 'done' } : null;
}

/** The organisation of an owner (for the route's scope check), or null when there is none. */
export async function ownerOrg(db: DbOrTx, kind: OwnerRoute, id: string): Promise<string | null> {
  return (await loadOwner(db, kind, id))?.orgId ?? null;
}

/**
 * The indicator of a project's goal table a file is attached to: by its id (the stable identity, kept
 * across saves and renames), or by its 三级指标 name when no other indicator of the project has it.
 * Null when there is none; 'ambiguous' when the name is shared.
 */
export async function findIndicator(
  db: DbOrTx,
  projectId: string,
  by: { id?: string | undefined; name?: string | undefined },
): Promise<{ id: string; level3: string } | null | 'ambiguous'> {
  const rows = await db
    .select({ id: projectIndicators.id, level3: projectIndicators.level3 })
    .from(projectIndicators)
    .where(
      and(
        eq(projectIndicators.projectId, projectId),
        by.id ? eq(projectIndicators.id, by.id) : eq(projectIndicators.level3, by.name ?? ''),
      ),
    );
  if (rows.length > 1) return 'ambiguous';
  return rows[0] ?? null;
}

/** The current 三级指标 names of a project's indicators, by id (a file lists its indicator's name now). */
export async function indicatorNames(db: DbOrTx, projectId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: projectIndicators.id, level3: projectIndicators.level3 })
    .from(projectIndicators)
    .where(eq(projectIndicators.projectId, projectId));
  return new Map(rows.map((r) => [r.id, r.level3]));
}
