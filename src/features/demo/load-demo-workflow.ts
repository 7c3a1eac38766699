/**
 * The review chains of the seeds in the demo: 002's chain (经办人打分 → 主任审核 → 财务处经办人审核 →
 * 分管处长审核 → 处长审核) for 江苏省商务厅信息中心's evaluations, with the 经办人 holding the scoring
 * (评价人员) grant and 002's 部门整体支出绩效自我评价表 scored and ready to submit; 004's panel (two
 * 评价人员, then the 评价工作组组长) for 海南省商务厅's project evaluations, with a 评价工作组组长.
 */
import { and, eq } from 'drizzle-orm';
import type { TxDeps } from '../../app/deps.ts';
import { readEvaluation } from '../../domain/scoring/index.ts';
import f002 from '../../domain/scoring/fixtures/002-self-evaluation.json' with { type: 'json' };
import {
  PRESET_002_SELF_EVALUATION,
  PRESET_004_PANEL,
  PRESET_GOALS_REVIEW,
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
import { DEMO_FISCAL_YEAR } from './demo-data.ts';

const CHAINS: Array<{ orgCode: string; kind: DocumentKind; chain: ChainDefinition }> = [
  { orgCode: 'JS-SWT-XXZX', kind: 'department_evaluation', chain: PRESET_002_SELF_EVALUATION },
  { orgCode: 'JS-SWT-XXZX', kind: 'project_evaluation', chain: PRESET_002_SELF_EVALUATION },
  { orgCode: 'HN-SWT', kind: 'project_evaluation', chain: PRESET_004_PANEL },
  // 四川省商务厅 sets the review of project goals; its 信息中心 (seed 000) inherits it. Final accounts have
  // no demo chain: they are submitted directly (an administrator assigns PRESET_ACCOUNTS_REVIEW to review them).
  { orgCode: 'SC-SWT', kind: 'project_goals', chain: PRESET_GOALS_REVIEW },
];

/** The 评价工作组组长 of 004 (a reviewer with that position); returns the usernames created. */
export const DEMO_WORKFLOW_USERS = [
  {
    username: 'hnswt_zz',
    orgCode: 'HN-SWT',
    displayName: '琼商务厅·评价工作组组长',
    role: 'reviewer' as const,
    position: '评价工作组组长',
  },
];

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
  for (const c of CHAINS)
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
