/**
 * 监控轮次: the rounds an organisation takes part in — opened by it or one of its ancestors, or by an
 * organisation below it — each with the reports of the organisation's subtree within the actor's reach.
 */
import { desc, eq, inArray, or } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import { subtreeIds } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { monitoringReports, monitoringRounds, organisations } from '../../platform/db/schema/index.ts';
import { reportsOfRound, toRoundDto, type ReportDto, type RoundDto } from './report-dto.ts';

export type RoundListItem = RoundDto & {
  reports: Array<
    Pick<ReportDto, 'id' | 'orgId' | 'orgName' | 'status' | 'statusLabel' | 'counts' | 'returnReason'>
  >;
};

export async function listRounds(
  deps: TxDeps,
  actor: Actor,
  input: { orgId: string },
): Promise<RoundListItem[]> {
  const orgIds = (await subtreeIds(deps.db, input.orgId)).filter((id) => actor.reach.has(id));
  if (orgIds.length === 0) return [];
  const involved = deps.db
    .select({ roundId: monitoringReports.roundId })
    .from(monitoringReports)
    .where(inArray(monitoringReports.orgId, orgIds));
  const rows = await deps.db
    .select({ round: monitoringRounds, orgName: organisations.name })
    .from(monitoringRounds)
    .innerJoin(organisations, eq(organisations.id, monitoringRounds.orgId))
    .where(or(inArray(monitoringRounds.orgId, orgIds), inArray(monitoringRounds.id, involved)))
    .orderBy(
      desc(monitoringRounds.fiscalYear),
      desc(monitoringRounds.month),
      desc(monitoringRounds.createdAt),
    );
  const out: RoundListItem[] = [];
  for (const r of rows) {
    const reports = await reportsOfRound(deps.db, r.round, r.orgName, orgIds);
    out.push({
      ...toRoundDto(r.round, r.orgName),
      reports: reports.map((x) => ({
        id: x.id,
        orgId: x.orgId,
        orgName: x.orgName,
        status: x.status,
        statusLabel: x.statusLabel,
        counts: x.counts,
        returnReason: x.returnReason,
      })),
    });
  }
  return out;
}
