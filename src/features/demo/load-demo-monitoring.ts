/**
 * 绩效运行监控, 整改 and 结果应用 in the demo, on the seeds' projects (DEMO_FISCAL_YEAR, 1—7月, due 8月31日):
 *  - the reports run through the demo departments' review chain of monitoring reports (单位审核; a
 *    submitted report is returned by the department's reviewer, load-demo-workflow.ts);
 *  - 四川省商务厅's round: its 信息中心 (seed 000) filled, submitted, approved by its 主任, then returned by 四川省商务厅 with a
 *    reason — 设备采购 nothing spent yet (red, answered 继续执行), 信息化运维 behind schedule (yellow),
 *    清偿欠款 paid (green);
 *  - 四川省政务服务和公共资源交易服务中心's round: its own four projects (seed 001) under review (审核中),
 *    窗口工作奖励金 red (answered 调整), 业务支撑经费 yellow, the others green; its units not yet filled;
 *  - 海南省商务厅's round, not yet filled (seed 004's project prefilled);
 *  - two open rectifications: the red project's, past its deadline, and 001's 存在问题, due in two months;
 *  - 海南's evaluated project: the recommendation of its grade confirmed (the others wait for confirmation).
 * The figures are the demo's own (1—7月 amounts, indicators at a share of their pro-rated targets); the
 * lights are computed from them like any user's.
 */
import { eq } from 'drizzle-orm';
import type { TxDeps } from '../../app/deps.ts';
import { builtInRules, recommend } from '../../domain/monitoring/index.ts';
import { parseValue, soleQuantity } from '../../domain/indicators/index.ts';
import { dec, fixed } from '../../domain/money/index.ts';
import {
  budgetRecommendations,
  evaluations,
  monitoringReports,
  monitoringRounds,
  organisations,
  projects,
  rectifications,
  scoreSheets,
  users,
} from '../../platform/db/schema/index.ts';
import { loadActor } from '../../app/actor.ts';
import { panelOf } from '../evaluations/evaluation-model.ts';
import { approveReport, returnReport, submitReport } from '../monitoring/report-commands.ts';
import { prefillProjects } from '../monitoring/open-round.ts';
import type { ReportProject } from '../monitoring/monitoring.schema.ts';
import { DEMO_FISCAL_YEAR } from './demo-data.ts';

const MONTH = 7;

/** Per project of the demo: 1—7月 execution and how far its indicators are along (share of the pro-rated target). */
type Plan = { executed: string; pace: string; response?: ReportProject['response']; deviation?: string };

const PLANS: Record<string, Plan> = {
  // seed 000 — 四川省商务厅信息中心
  信息化运维: { executed: '14.00', pace: '0.9', deviation: '运维合同按季度结算，第三季度费用尚未支付' },
  清偿欠款: { executed: '2.00', pace: '1' },
  设备采购: {
    executed: '0',
    pace: '0',
    response: { action: '继续执行', reason: '采购意向已公开，预计9月完成采购并支付，全年可执行完毕' },
    deviation: '政府采购程序尚未完成',
  },
  // seed 001 — 四川省政务服务和公共资源交易服务中心
  大厅工作经费: { executed: '420.00', pace: '1' },
  窗口工作奖励金: {
    executed: '50.00',
    pace: '0.9',
    response: { action: '调整', reason: '奖励金按年度考核结果于年底发放，申请调整用款计划' },
    deviation: '奖励金年底集中发放',
  },
  政务服务和公共资源交易业务支撑经费: {
    executed: '400.00',
    pace: '0.95',
    deviation: '部分系统建设合同尚在验收',
  },
  政府采购专项业务费: { executed: '130.00', pace: '1' },
};

/**
 * 截至目前完成值 at `pace` of the target pro-rated to the month (levels such as % are not pro-rated); none for
 * a milestone whose pro-rated target is under one ("1个平台" by July), which the unit judges by 完成目标可能性.
 */
function actualAt(target: string, pace: string, notProrated: readonly string[]): string {
  const q = soleQuantity(parseValue(target));
  if (!q) return '';
  const level = notProrated.includes(q.unit);
  const prorated = level ? q.number : q.number.times(MONTH).div(12);
  if ((!level && prorated.lt(1)) || (level && dec(pace).isZero())) return '';
  const number = level && dec(pace).gte(1) ? q.number : prorated.times(pace);
  return `${fixed(number, level ? 1 : 0).replace(/\.0$/, '')}${q.multiplier ?? ''}${q.unit}`;
}

function filled(projects: ReportProject[], notProrated: readonly string[]): ReportProject[] {
  return projects.map((p) => {
    const plan = PLANS[p.name];
    if (!plan) return p;
    const sources = p.sources.map((s, i) =>
      i === 0 ? { ...s, executed: plan.executed } : { ...s, executed: '0' },
    );
    const behind = dec(plan.pace).lt(1);
    return {
      ...p,
      sources,
      indicators: p.indicators.map((ind) => ({
        ...ind,
        actual: actualAt(ind.target, plan.pace, notProrated),
        likelihood: behind && dec(plan.pace).isZero() ? ('有可能' as const) : ('确定能' as const),
        ...(behind && plan.deviation
          ? {
              deviationCategory: '其他' as const,
              deviationReason: plan.deviation,
              correctiveAction: '加快执行进度，按月跟踪',
            }
          : {}),
      })),
      response: plan.response ?? null,
    };
  });
}

export async function loadDemoMonitoring(deps: TxDeps): Promise<void> {
  const now = deps.clock();
  const rules = builtInRules('default')!;
  const orgs = await deps.db.select().from(organisations);
  const byCode = new Map(orgs.map((o) => [o.code, o]));
  const userId = async (username: string) =>
    (await deps.db.select({ id: users.id }).from(users).where(eq(users.username, username)))[0]?.id ?? null;
  const childrenOf = (id: string) => orgs.filter((o) => o.parentId === id);

  const open = async (supervisorCode: string, opener: string) => {
    const org = byCode.get(supervisorCode)!;
    const [round] = await deps.db
      .insert(monitoringRounds)
      .values({
        orgId: org.id,
        fiscalYear: DEMO_FISCAL_YEAR,
        month: MONTH,
        dueDate: `${DEMO_FISCAL_YEAR}-08-31`,
        title: `${DEMO_FISCAL_YEAR}年1–${MONTH}月绩效运行监控`,
        rules,
        createdBy: await userId(opener),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const members = [org, ...childrenOf(org.id)];
    const reports = new Map<string, string>();
    for (const m of members) {
      const [r] = await deps.db
        .insert(monitoringReports)
        .values({
          roundId: round!.id,
          orgId: m.id,
          projects: await prefillProjects(deps, m.id, DEMO_FISCAL_YEAR),
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      reports.set(m.code, r!.id);
    }
    return reports;
  };

  const fill = async (reportId: string) => {
    const [r] = await deps.db.select().from(monitoringReports).where(eq(monitoringReports.id, reportId));
    await deps.db
      .update(monitoringReports)
      .set({
        projects: filled(r!.projects as ReportProject[], rules.notProratedUnits),
        status: 'filling',
        version: 2,
        updatedAt: now,
      })
      .where(eq(monitoringReports.id, reportId));
  };
  // Reports go to their supervisor through the unit's review chain, run as its users would.
  const as = async (username: string) => {
    const actor = await loadActor(deps.db, (await userId(username))!, null);
    if (!actor) throw new Error(`demo monitoring: no user ${username}`);
    return actor;
  };
  const version = async (reportId: string) =>
    (await deps.db.select().from(monitoringReports).where(eq(monitoringReports.id, reportId)))[0]!.version;
  const sc = await open('SC-SWT', 'scswt_jbr');
  const scReport = sc.get('SC-SWT-XXZX')!;
  await fill(scReport);
  await submitReport(deps, await as('scxxzx_jbr'), scReport, await version(scReport));
  await approveReport(deps, await as('scxxzx_zr'), scReport, await version(scReport));
  await returnReport(deps, await as('scswt_zr'), scReport, {
    version: await version(scReport),
    reason: '“设备采购”项目执行进度为0，请补充采购时间表和资金支付计划后重新报送。',
  });
  const zw = await open('SC-ZWFW', 'sczwfw_jbr');
  const zwReport = zw.get('SC-ZWFW')!;
  await fill(zwReport);
  await submitReport(deps, await as('sczwfw_jbr'), zwReport, await version(zwReport));
  await open('HN-SWT', 'hnswt_jbr');

  const day = 24 * 3600_000;
  const date = (offsetDays: number) =>
    new Date(now.getTime() + offsetDays * day + 8 * 3600_000).toISOString().slice(0, 10);
  await deps.db.insert(rectifications).values([
    {
      orgId: byCode.get('SC-SWT-XXZX')!.id,
      raisedByOrgId: byCode.get('SC-SWT')!.id,
      raisedBy: await userId('scswt_cz'),
      source: 'monitoring',
      sourceRef: sc.get('SC-SWT-XXZX')!,
      fiscalYear: DEMO_FISCAL_YEAR,
      problem: '“设备采购”项目1–7月预算执行进度为0.00%，亮红灯。',
      requirement: '完成政府采购程序并支付，报送采购合同和验收单。',
      responsiblePerson: '信息中心主任',
      deadline: date(-10),
      measures: '已发布采购意向公开，正在编制采购文件。',
      status: 'in-progress',
      createdAt: now,
      updatedAt: now,
    },
    {
      orgId: byCode.get('SC-ZWFW')!.id,
      raisedByOrgId: byCode.get('SC-ZWFW')!.id,
      raisedBy: await userId('sczwfw_cz'),
      source: 'self-evaluation',
      fiscalYear: DEMO_FISCAL_YEAR,
      problem:
        '预算绩效管理意识还不够强，并还不习惯用量化的指标来进行评价和考核，造成有时在强调绩效管理工作时稍显滞后。',
      requirement: '召开预算绩效管理工作培训会，细化量化绩效指标，将评价结果作为次年预算编制的重要依据。',
      responsiblePerson: '财务处处长',
      deadline: date(60),
      status: 'open',
      createdAt: now,
      updatedAt: now,
    },
  ]);

  // 海南's project evaluation (seed 004): the 主管部门 confirmed what its grade maps to, at this year's budget.
  const hn = byCode.get('HN-SWT')!;
  const [ev] = await deps.db.select().from(evaluations).where(eq(evaluations.orgId, hn.id));
  if (ev?.projectId) {
    const sheets = await deps.db.select().from(scoreSheets).where(eq(scoreSheets.evaluationId, ev.id));
    const panel = panelOf(
      ev,
      sheets.filter((x) => x.submitted),
    );
    const [project] = await deps.db.select().from(projects).where(eq(projects.id, ev.projectId));
    const suggested = project
      ? recommend(panel?.grade ?? null, dec(project.budgetFiscal).plus(project.budgetOther))
      : null;
    if (suggested) {
      await deps.db.insert(budgetRecommendations).values({
        evaluationId: ev.id,
        orgId: hn.id,
        recommendation: suggested.recommendation,
        proposedBudget: suggested.proposedBudget,
        confirmedBy: await userId('hnswt_cz'),
        createdAt: now,
        updatedAt: now,
      });
    }
  }
}
