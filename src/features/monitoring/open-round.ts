/**
 * 发起监控: a supervisor (主管部门 or 财政部门) opens a round for a year and a cut-off month. Every
 * department and unit in its reach gets a report, prefilled from its projects of that year: the budget and
 * execution by funding source (财政拨款 / 其他资金) and each goal-table indicator with its 年度指标值.
 */
import { asc, eq, and, inArray } from 'drizzle-orm';
import type { Actor } from '../../app/actor.ts';
import { subtreeIds } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { builtInRules } from '../../domain/monitoring/index.ts';
import { dec } from '../../domain/money/index.ts';
import { appendAudit, snapshot } from '../../platform/audit/audit-log.ts';
import {
  monitoringReports,
  monitoringRounds,
  organisations,
  projectIndicators,
  projects,
} from '../../platform/db/schema/index.ts';
import { AppError } from '../../platform/errors.ts';
import { monitoringTexts as T } from './monitoring-texts.ts';
import type { OpenRoundInput, ReportProject } from './monitoring.schema.ts';
import { loadRound, reportsOfRound, toRoundDto, type ReportDto, type RoundDto } from './report-dto.ts';

/** The report rows of one organisation, prefilled from its projects and goal tables. */
export async function prefillProjects(
  deps: TxDeps,
  orgId: string,
  fiscalYear: number,
): Promise<ReportProject[]> {
  const rows = await deps.db
    .select()
    .from(projects)
    .where(and(eq(projects.orgId, orgId), eq(projects.fiscalYear, fiscalYear)))
    .orderBy(asc(projects.name));
  if (rows.length === 0) return [];
  const indicators = await deps.db
    .select()
    .from(projectIndicators)
    .where(
      inArray(
        projectIndicators.projectId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(projectIndicators.position));
  return rows.map((p) => {
    const sources: ReportProject['sources'] = [
      { source: '财政拨款', initialBudget: p.budgetFiscal, executed: p.executedFiscal },
    ];
    if (!dec(p.budgetOther).isZero() || !dec(p.executedOther).isZero())
      sources.push({ source: '其他资金', initialBudget: p.budgetOther, executed: p.executedOther });
    return {
      projectId: p.id,
      name: p.name,
      kind: 'project' as const,
      sources,
      indicators: indicators
        .filter((i) => i.projectId === p.id)
        .map((i) => ({
          name: i.level3,
          level1: i.level1,
          level2: i.level2,
          target: i.target,
          actual: '',
        })),
      response: null,
    };
  });
}

export async function openRound(
  deps: TxDeps,
  actor: Actor,
  input: OpenRoundInput,
): Promise<{ round: RoundDto; reports: ReportDto[] }> {
  const [org] = await deps.db.select().from(organisations).where(eq(organisations.id, input.orgId));
  if (!org) throw new AppError('NOT_FOUND');
  if (org.kind === 'unit') throw new AppError('FORBIDDEN', T.notSupervisor);
  const rules = builtInRules(input.rulesId ?? 'default');
  if (!rules) throw new AppError('VALIDATION', T.unknownRules(input.rulesId ?? ''));
  const now = deps.clock();
  const [round] = await deps.db
    .insert(monitoringRounds)
    .values({
      orgId: org.id,
      fiscalYear: input.fiscalYear,
      month: input.month,
      dueDate: input.dueDate,
      title: input.title?.trim() || T.defaultTitle(input.fiscalYear, input.month),
      rules,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!round) throw new AppError('INTERNAL');
  const ids = await subtreeIds(deps.db, org.id);
  const members = await deps.db
    .select({ id: organisations.id, kind: organisations.kind })
    .from(organisations)
    .where(inArray(organisations.id, ids));
  for (const m of members) {
    if (m.kind === 'finance') continue;
    await deps.db.insert(monitoringReports).values({
      roundId: round.id,
      orgId: m.id,
      projects: await prefillProjects(deps, m.id, input.fiscalYear),
      createdAt: now,
      updatedAt: now,
    });
  }
  await appendAudit(
    deps.db,
    { id: actor.userId, username: actor.username, ip: actor.ip },
    {
      action: 'monitoring.round.open',
      entity: 'monitoring_round',
      entityId: round.id,
      orgId: org.id,
      after: snapshot(round),
    },
    now,
  );
  const loaded = (await loadRound(deps.db, round.id))!;
  return {
    round: toRoundDto(loaded.round, loaded.orgName),
    reports: await reportsOfRound(deps.db, loaded.round, loaded.orgName),
  };
}
