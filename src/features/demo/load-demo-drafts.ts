/**
 * Work of the first demo unit, 四川省商务厅信息中心, in the modules the seeds leave empty, so that a new user
 * finds something in each: a self-evaluation of its 清偿欠款 project, created as its 经办人 would create it
 * (the inputs prefilled from the goals, the 评分表 waiting for the 评价人员); and the 事前绩效评估 of its
 * 设备采购 project — a new project of the year, assessed before it was funded — written aspect by aspect and
 * taken through the unit's review chain (主任审核 → 处长审定) as its users would. The texts are invented for the
 * demo.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { loadActor, type Actor } from '../../app/actor.ts';
import type { TxDeps } from '../../app/deps.ts';
import { organisations, projects, users } from '../../platform/db/schema/index.ts';
import { createEvaluation } from '../evaluations/create-evaluation.ts';
import { createPreAssessment, savePreAssessment } from '../pre-assessment/pre-assessment.ts';
import { documentView, runCommand, type CommandRequest } from '../workflow/run-command.ts';

const UNIT = 'SC-SWT-XXZX';
/** The built-in 四川省 project indicator system (the one 信息化运维's 评分表 uses). */
const PROJECT_TEMPLATE = 'sc-2021-project';

export const DEMO_PRE_ASSESSMENT = {
  project: '设备采购',
  content: {
    necessity:
      '中心现有台式电脑和打印机多数购于八年前，已超过使用年限，故障频繁、维修费用逐年上升，部分设备无法安装新版办公和安全软件，更换需求真实，且与其他项目没有重复。',
    feasibility:
      '所需设备为通用办公设备，可通过政府采购协议供货渠道购买，供货和售后有保障；旧设备按资产管理规定报废处置，实施条件具备。',
    goalReasonableness:
      '目标为按要求完成办公设备更换，台式电脑、打印机、便携式电脑的数量及验收、时效和满意度指标均可量化考核，与项目内容直接对应。',
    inputEconomy:
      '按协议供货价格测算：台式电脑5台、打印机5台、便携式电脑3台，合计9.7万元，单价不高于资产配置标准；不需另行安排安装和运维费用。',
    implementationPlan:
      '由中心办公室提出配置清单，经资产管理部门审核后通过协议供货采购，到货验收合格后付款，旧设备同步办理报废手续，全年内完成。',
    conclusion: '予以支持' as const,
    conclusionNote: '设备数量和配置符合资产配置标准，按协议供货价格测算合理，同意按9.7万元安排。',
  },
  /** Who takes it through the chain, and what each writes. */
  reviews: [
    { username: 'scxxzx_jbr', type: 'submit' as const },
    { username: 'scxxzx_zr', type: 'approve' as const, step: 0, opinion: '同意，报处长审定。' },
    { username: 'scxxzx_cz', type: 'approve' as const, step: 1, opinion: '同意，予以支持。' },
  ],
};

export async function loadDemoDrafts(deps: TxDeps): Promise<void> {
  const [unit] = await deps.db.select().from(organisations).where(eq(organisations.code, UNIT));
  if (!unit) throw new Error(`demo drafts: no ${UNIT}`);
  const actorOf = async (username: string): Promise<Actor> => {
    const [user] = await deps.db.select({ id: users.id }).from(users).where(eq(users.username, username));
    const actor = user && (await loadActor(deps.db, user.id, null));
    if (!actor) throw new Error(`demo drafts: no user ${username}`);
    return actor;
  };
  const projectId = async (name: string): Promise<string> => {
    const [row] = await deps.db
      .select({ id: projects.id })
      .from(projects)
      .where(and(eq(projects.orgId, unit.id), eq(projects.name, name)));
    if (!row) throw new Error(`demo drafts: no project ${name}`);
    return row.id;
  };
  const clerk = await actorOf('scxxzx_jbr');

  await createEvaluation(deps, clerk, {
    orgId: unit.id,
    projectId: await projectId('清偿欠款'),
    templateId: PROJECT_TEMPLATE,
  });

  const pa = DEMO_PRE_ASSESSMENT;
  const created = await createPreAssessment(deps, clerk, { projectId: await projectId(pa.project) });
  await savePreAssessment(deps, clerk, created.id, { ...pa.content, version: created.version });
  for (const { username, ...request } of pa.reviews) {
    const actor = await actorOf(username);
    const { version } = await documentView(deps, actor, created.id);
    await runCommand(deps, actor, created.id, {
      ...request,
      commandId: randomUUID(),
      expectedVersion: version,
    } as CommandRequest);
  }
}
