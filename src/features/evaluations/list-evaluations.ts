/** 自评列表: evaluations of an organisation and its subtree, each with its panel result (submitted sheets). */
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import { subtreeIds } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { evaluations, organisations, projects, scoreSheets } from '../../platform/db/schema/index.ts';
import { panelOf } from './evaluation-model.ts';

export type EvaluationListItem = {
  id: string;
  orgId: string;
  orgName: string;
  projectId: string | null;
  projectName: string | null;
  kind: 'project' | 'department';
  fiscalYear: number;
  title: string;
  templateRef: string;
  templateName: string;
  sheets: number;
  submitted: number;
  /** The panel average and grade; null before any sheet is submitted. */
  base: string | null;
  grade: string | null;
  version: number;
};

export async function listEvaluations(
  deps: TxDeps,
  actor: Actor,
  input: { orgId: string },
): Promise<EvaluationListItem[]> {
  const orgIds = (await subtreeIds(deps.db, input.orgId)).filter((id) => actor.reach.has(id));
  if (orgIds.length === 0) return [];
  const rows = await deps.db
    .select({ ev: evaluations, orgName: organisations.name, projectName: projects.name })
    .from(evaluations)
    .innerJoin(organisations, eq(organisations.id, evaluations.orgId))
    .leftJoin(projects, eq(projects.id, evaluations.projectId))
    .where(inArray(evaluations.orgId, orgIds))
    .orderBy(desc(evaluations.fiscalYear), asc(organisations.code), asc(evaluations.title));
  if (rows.length === 0) return [];
  const sheets = await deps.db
    .select()
    .from(scoreSheets)
    .where(
      inArray(
        scoreSheets.evaluationId,
        rows.map((r) => r.ev.id),
      ),
    );
  return rows.map(({ ev, orgName, projectName }) => {
    const mine = sheets.filter((s) => s.evaluationId === ev.id);
    const submitted = mine.filter((s) => s.submitted);
    const panel = panelOf(ev, submitted);
    const template = ev.template as { name: string };
    return {
      id: ev.id,
      orgId: ev.orgId,
      orgName,
      projectId: ev.projectId,
      projectName,
      kind: ev.projectId ? 'project' : 'department',
      fiscalYear: ev.fiscalYear,
      title: ev.title,
      templateRef: ev.templateRef,
      templateName: template.name,
      sheets: mine.length,
      submitted: submitted.length,
      base: panel?.base ?? null,
      grade: panel?.grade ?? null,
      version: ev.version,
    };
  });
}
