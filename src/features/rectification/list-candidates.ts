/**
 * Problems waiting to be raised in the 整改台账: each 存在问题 (with its 有关建议) of the submitted score sheets
 * of the (year's) self-evaluations, and each project with a red light in the (year's) monitoring reports (with
 * the unit's response). The page offers them to prefill a new item; nothing is raised automatically.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import { subtreeIds } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import {
  evaluations,
  monitoringReports,
  monitoringRounds,
  organisations,
  projects,
  scoreSheets,
} from '../../platform/db/schema/index.ts';
import { loadReport } from '../monitoring/report-dto.ts';

export type RectificationCandidate = {
  source: 'self-evaluation' | 'monitoring';
  sourceRef: string;
  orgId: string;
  orgName: string;
  problem: string;
  requirement: string;
};

export async function listCandidates(
  deps: TxDeps,
  actor: Actor,
  input: { orgId: string; year?: number | undefined },
): Promise<RectificationCandidate[]> {
  const orgIds = (await subtreeIds(deps.db, input.orgId)).filter((id) => actor.reach.has(id));
  if (orgIds.length === 0) return [];
  const out: RectificationCandidate[] = [];
  const evs = await deps.db
    .select({ ev: evaluations, orgName: organisations.name, projectName: projects.name })
    .from(evaluations)
    .innerJoin(organisations, eq(organisations.id, evaluations.orgId))
    .leftJoin(projects, eq(projects.id, evaluations.projectId))
    .where(
      input.year === undefined
        ? inArray(evaluations.orgId, orgIds)
        : and(inArray(evaluations.orgId, orgIds), eq(evaluations.fiscalYear, input.year)),
    );
  if (evs.length > 0) {
    const sheets = await deps.db
      .select()
      .from(scoreSheets)
      .where(
        and(
          inArray(
            scoreSheets.evaluationId,
            evs.map((e) => e.ev.id),
          ),
          eq(scoreSheets.submitted, true),
        ),
      );
    for (const { ev, orgName, projectName } of evs) {
      const seen = new Set<string>();
      for (const s of sheets.filter((x) => x.evaluationId === ev.id)) {
        const entries = s.entries as Record<string, { problem?: string; suggestion?: string }>;
        for (const e of Object.values(entries)) {
          const problem = e.problem?.trim();
          if (!problem || seen.has(problem)) continue;
          seen.add(problem);
          out.push({
            source: 'self-evaluation',
            sourceRef: ev.id,
            orgId: ev.orgId,
            orgName,
            problem: `${projectName ?? ev.title}：${problem}`,
            requirement: e.suggestion?.trim() ?? '',
          });
        }
      }
    }
  }
  const reports = await deps.db
    .select({ id: monitoringReports.id })
    .from(monitoringReports)
    .innerJoin(monitoringRounds, eq(monitoringRounds.id, monitoringReports.roundId))
    .where(
      input.year === undefined
        ? inArray(monitoringReports.orgId, orgIds)
        : and(inArray(monitoringReports.orgId, orgIds), eq(monitoringRounds.fiscalYear, input.year)),
    );
  for (const { id } of reports) {
    const r = await loadReport(deps.db, id);
    if (!r) continue;
    for (const p of r.projects.filter((x) => x.overall === 'red')) {
      const reds = p.indicatorResults.filter((i) => i.light === 'red').map((i) => i.name);
      out.push({
        source: 'monitoring',
        sourceRef: r.id,
        orgId: r.orgId,
        orgName: r.orgName,
        problem: `“${p.name}”${r.round.title}亮红灯：执行进度${p.progress ?? '—'}%${reds.length > 0 ? `；红灯指标：${reds.join('、')}` : ''}。${p.response ? `单位意见：${p.response.action}，${p.response.reason}` : ''}`,
        requirement: '',
      });
    }
  }
  return out;
}
