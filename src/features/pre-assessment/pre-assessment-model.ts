/** 事前绩效评估 rows as the API shows them: the project, the five aspects, the conclusion and the review status. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import {
  missingForSubmit,
  type PreAssessmentConclusion,
  type PreAssessmentContent,
} from '../../domain/pre-assessment/index.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import {
  organisations,
  preAssessments,
  projects,
  workflowDocuments,
} from '../../platform/db/schema/index.ts';

type Row = typeof preAssessments.$inferSelect;

export type PreAssessmentDto = PreAssessmentContent & {
  id: string;
  orgId: string;
  orgName: string;
  projectId: string;
  projectName: string;
  fiscalYear: number;
  /** The review status: draft (never submitted), in_review, returned, frozen (approved, 已定稿). */
  status: string;
  /** What is still missing before it can be submitted (each naming the field). */
  missing: string[];
  version: number;
  updatedAt: string;
};

export function contentOf(row: Row): PreAssessmentContent {
  return {
    necessity: row.necessity,
    feasibility: row.feasibility,
    goalReasonableness: row.goalReasonableness,
    inputEconomy: row.inputEconomy,
    implementationPlan: row.implementationPlan,
    conclusion: (row.conclusion ?? null) as PreAssessmentConclusion | null,
    conclusionNote: row.conclusionNote,
  };
}

async function dtos(db: DbOrTx, rows: Row[]): Promise<PreAssessmentDto[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  // One after the other: inside a transaction the three share one connection, which runs one query at a time.
  const projectRows = await db
    .select({ id: projects.id, name: projects.name, fiscalYear: projects.fiscalYear })
    .from(projects)
    .where(
      inArray(
        projects.id,
        rows.map((r) => r.projectId),
      ),
    );
  const orgRows = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(
      inArray(
        organisations.id,
        rows.map((r) => r.orgId),
      ),
    );
  const statusRows = await db
    .select({ id: workflowDocuments.id, status: workflowDocuments.status })
    .from(workflowDocuments)
    .where(inArray(workflowDocuments.id, ids));
  const project = new Map(projectRows.map((p) => [p.id, p]));
  const org = new Map(orgRows.map((o) => [o.id, o.name]));
  const status = new Map(statusRows.map((s) => [s.id, s.status]));
  return rows.map((r) => {
    const content = contentOf(r);
    return {
      id: r.id,
      orgId: r.orgId,
      orgName: org.get(r.orgId) ?? '',
      projectId: r.projectId,
      projectName: project.get(r.projectId)?.name ?? '',
      fiscalYear: project.get(r.projectId)?.fiscalYear ?? 0,
      ...content,
      status: status.get(r.id) ?? 'draft',
      missing: missingForSubmit(content),
      version: r.version,
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}

export async function loadPreAssessment(db: DbOrTx, id: string): Promise<PreAssessmentDto | null> {
  const rows = await db.select().from(preAssessments).where(eq(preAssessments.id, id));
  return (await dtos(db, rows))[0] ?? null;
}

/** The pre-assessments of an organisation's reach (the organisation and its descendants the actor reaches). */
export async function listPreAssessments(
  db: DbOrTx,
  actor: Actor,
  orgIds: readonly string[],
): Promise<PreAssessmentDto[]> {
  const visible = orgIds.filter((o) => actor.reach.has(o));
  if (visible.length === 0) return [];
  const rows = await db
    .select()
    .from(preAssessments)
    .where(and(inArray(preAssessments.orgId, visible)))
    .orderBy(asc(preAssessments.createdAt));
  return dtos(db, rows);
}

export async function preAssessmentOwner(db: DbOrTx, id: string): Promise<string | null> {
  const [row] = await db
    .select({ orgId: preAssessments.orgId })
    .from(preAssessments)
    .where(eq(preAssessments.id, id));
  return row?.orgId ?? null;
}

export async function projectOwner(db: DbOrTx, projectId: string): Promise<string | null> {
  const [row] = await db.select({ orgId: projects.orgId }).from(projects).where(eq(projects.id, projectId));
  return row?.orgId ?? null;
}
