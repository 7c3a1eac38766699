/**
 * The review chains of the seeds in the demo: 002's chain (经办人打分 → 主任审核 → 财务处经办人审核 →
 * 分管处长审核 → 处长审核) for 江苏省商务厅信息中心's evaluations, with the 经办人 holding the scoring
 * (评价人员) grant and 002's 部门整体支出绩效自我评价表 scored and ready to submit; 004's panel (two
 * 评价人员, then the 评价工作组组长) for 海南省商务厅's project evaluations, with a 评价工作组组长; and for
 * every other demo unit, inherited from its department, a chain for each kind of document it writes.
 */
import { and, eq } from 'drizzle-orm';
import type { TxDeps } from '../../app/deps.ts';
import { readEvaluation } from '../../domain/scoring/index.ts';
import f002 from '../../domain/scoring/fixtures/002-self-evaluation.json' with { type: 'json' };
import {
  PRESET_002_SELF_EVALUATION,
  PRESET_004_PANEL,
  PRESET_ACCOUNTS_REVIEW,
  PRESET_GOALS_REVIEW,
  PRESET_MONITORING_REVIEW,
  PRESET_PRE_ASSESSMENT_REVIEW,
  type ChainDefinition,
  type DocumentKind,
} from '../../domain/workflow/index.ts';
import {
  evaluations,
  organisations,
  scoreSheets,
  userRoles,
  users,
  workflowChains,
} from '../../platform/db/schema/index.ts';
import { DEMO_FISCAL_YEAR, DEMO_ORGS, DEMO_WORKFLOW_USERS } from './demo-data.ts';

/** The seeds' own chains, set where the seeds set them (a unit's own setting overrides its department's). */
const SEED_CHAINS: Array<{ orgCode: string; kind: DocumentKind; chain: ChainDefinition }> = [
  { orgCode: 'JS-SWT-XXZX', kind: 'department_evaluation', chain: PRESET_002_SELF_EVALUATION },
  { orgCode: 'JS-SWT-XXZX', kind: 'project_evaluation', chain: PRESET_002_SELF_EVALUATION },
  { orgCode: 'HN-SWT', kind: 'project_evaluation', chain: PRESET_004_PANEL },
  // 四川省商务厅 sets the review of project goals; its 信息中心 (seed 000) inherits it.
  { orgCode: 'SC-SWT', kind: 'project_goals', chain: PRESET_GOALS_REVIEW },
];

/**
 * Every document a demo unit writes can be sent for review: each top-level demo department sets a chain
 * for every kind the seeds leave open, and its units inherit it (demo users hold every position these
 * chains name). Goals → 主任审核 → 处长审定; self-evaluations → 002's four reviews; 决算 → 财务处经办人审核 →
 * 处长审定; monitoring reports → 单位审核.
 */
const DEFAULT_CHAINS: Array<{ kind: DocumentKind; chain: ChainDefinition }> = [
  { kind: 'project_goals', chain: PRESET_GOALS_REVIEW },
  { kind: 'project_evaluation', chain: PRESET_002_SELF_EVALUATION },
  { kind: 'department_evaluation', chain: PRESET_002_SELF_EVALUATION },
  { kind: 'final_accounts', chain: PRESET_ACCOUNTS_REVIEW },
  // 事前绩效评估 of new projects: 主任审核 → 处长审定 (who may change the conclusion).
  { kind: 'project_pre_assessment', chain: PRESET_PRE_ASSESSMENT_REVIEW },
  // 绩效运行监控填报: 单位审核; a submitted report is returned by the department's reviewers.
  { kind: 'monitoring_report', chain: PRESET_MONITORING_REVIEW },
];

/** The chains the demo configures: the seeds' own, then the defaults on each top-level demo department. */
export function demoChains(): Array<{ orgCode: string; kind: DocumentKind; chain: ChainDefinition }> {
  const out = [...SEED_CHAINS];
  for (const top of DEMO_ORGS)
    for (const d of DEFAULT_CHAINS)
      if (!out.some((c) => c.orgCode === top.code && c.kind === d.kind))
        out.push({ orgCode: top.code, ...d });
  return out;
}

export async function loadDemoWorkflow(deps: TxDeps, passwordHash: string): Promise<string[]> {
  const now = deps.clock();
  const orgs = new Map(
    (await deps.db.select({ id: organisations.id, code: organisations.code }).from(organisations)).map(
      (o) => [o.code, o.id],
    ),
  );
  const org = (code: string) => {
    const id = orgs.get(code);
    if (!id) throw new Error(`demo workflow: no organisation ${code}`);
    return id;
  };
  for (const c of demoChains())
    await deps.db
      .insert(workflowChains)
      .values({ orgId: org(c.orgCode), kind: c.kind, chain: c.chain, createdAt: now, updatedAt: now });

  const created: string[] = [];
  for (const u of DEMO_WORKFLOW_USERS) {
    const [row] = await deps.db
      .insert(users)
      .values({
        username: u.username,
        displayName: u.displayName,
        orgId: org(u.orgCode),
        passwordHash,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await deps.db.insert(userRoles).values({ userId: row!.id, role: u.role, position: u.position });
    created.push(u.username);
  }

  // 002: the 经办人 scores (经办人打分), so they also hold the 评价人员 grant; their sheet is the seed's.
  const [jbr] = await deps.db.select().from(users).where(eq(users.username, 'jsxxzx_jbr'));
  if (!jbr) throw new Error('demo workflow: no user jsxxzx_jbr');
  const held = await deps.db
    .select()
    .from(userRoles)
    .where(and(eq(userRoles.userId, jbr.id), eq(userRoles.role, 'evaluator')));
  if (held.length === 0)
    await deps.db.insert(userRoles).values({ userId: jbr.id, role: 'evaluator', position: '' });
  const read = readEvaluation(f002);
  if (!read.ok)
    throw new Error(
      `demo workflow: fixture 002: ${read.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`,
    );
  const ev = read.evaluation;
  const [evRow] = await deps.db
    .insert(evaluations)
    .values({
      orgId: org('JS-SWT-XXZX'),
      projectId: null,
      fiscalYear: DEMO_FISCAL_YEAR,
      title: ev.title ?? '部门整体支出绩效自我评价',
      templateRef: ev.template.id,
      template: ev.template,
      inputs: ev.inputs,
      given: ev.given ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: evaluations.id });
  const sheet = ev.sheets[0]!;
  await deps.db.insert(scoreSheets).values({
    evaluationId: evRow!.id,
    evaluatorId: jbr.id,
    evaluatorName: jbr.displayName,
    evaluatorTitle: '经办人',
    evaluatorUnit: '江苏省商务厅信息中心',
    entries: sheet.scores ?? {},
    total: sheet.scores ? null : (sheet.total ?? null),
    given: sheet.given ?? null,
    submitted: true,
    submittedAt: now,
    createdAt: now,
    updatedAt: now,
  });
  return created;
}
