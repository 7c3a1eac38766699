/**
 * The 整改台账 through the API: a 主管部门 raises a problem for its unit, the unit records measures and
 * reports completion, only the raising organisation confirms (or refuses, with a reason) the closure,
 * an item past its deadline shows as 逾期 from the clock alone, another unit sees nothing, every step audited.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, evaluations, scoreSheets } from '../../src/platform/db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let supervisor: Session;
let clerk: Session;
let xxzx: string;
let swt: string;

type Item = {
  id: string;
  version: number;
  statusLabel: string;
  displayStatus: string;
  overdue: boolean;
  awaitingConfirmation: boolean;
  rejectReason: string | null;
  raisedByOrgName: string;
};

beforeAll(async () => {
  t = await createTestApp();
  supervisor = await t.login('scswt_cz');
  clerk = await t.login('scxxzx_jbr');
  xxzx = await t.orgId('SC-SWT-XXZX');
  swt = await t.orgId('SC-SWT');
});
afterAll(async () => t.close());

const problem = (deadline: string) => ({
  orgId: xxzx,
  fiscalYear: 2026,
  source: 'monitoring',
  problem: '设备采购项目1–7月执行进度为0，亮红灯',
  requirement: '9月底前完成采购并支付，说明延误原因',
  responsiblePerson: '张主任',
  deadline,
});

describe('the rectification ledger', () => {
  let id: string;

  it('lets a 主管部门 raise a problem for its unit, which starts as 待整改', async () => {
    const res = await supervisor.request('POST', '/api/rectifications', problem('2026-09-30'));
    expect(res.statusCode, res.body).toBe(201);
    const item = res.json() as Item;
    id = item.id;
    expect(item).toMatchObject({ statusLabel: '待整改', raisedByOrgName: '四川省商务厅', overdue: false });
    const list = (await clerk.request('GET', `/api/rectifications?orgId=${xxzx}`)).json().items as Item[];
    expect(list.map((i) => i.id)).toContain(id);
  });

  it('takes the unit’s measures and result, asks for them before completion, and leaves closure to the raiser', async () => {
    let item = (await clerk.request('GET', `/api/rectifications/${id}`)).json() as Item;
    const early = await clerk.request('POST', `/api/rectifications/${id}/complete`, {
      version: item.version,
    });
    expect(early.statusCode).toBe(400);
    const updated = await clerk.request('PUT', `/api/rectifications/${id}`, {
      version: item.version,
      measures: '8月发布招标公告，9月签订合同',
      result: '已于9月20日完成验收和支付',
    });
    expect(updated.statusCode, updated.body).toBe(200);
    item = updated.json() as Item;
    expect(item.statusLabel).toBe('整改中');
    const done = await clerk.request('POST', `/api/rectifications/${id}/complete`, { version: item.version });
    expect(done.statusCode).toBe(200);
    item = done.json() as Item;
    expect(item).toMatchObject({ statusLabel: '整改中（待确认）', awaitingConfirmation: true });

    const selfConfirm = await clerk.request('POST', `/api/rectifications/${id}/confirm`, {
      version: item.version,
    });
    expect(selfConfirm.statusCode).toBe(403);
    expect(selfConfirm.json().error.message).toContain('提出该问题的单位');

    const refused = await supervisor.request('POST', `/api/rectifications/${id}/reject`, {
      version: item.version,
      reason: '请附验收单',
    });
    expect(refused.statusCode).toBe(200);
    item = refused.json() as Item;
    expect(item).toMatchObject({ awaitingConfirmation: false, rejectReason: '请附验收单' });
    item = (
      await clerk.request('POST', `/api/rectifications/${id}/complete`, { version: item.version })
    ).json() as Item;
    expect(item.awaitingConfirmation).toBe(true);
    const stale = await supervisor.request('POST', `/api/rectifications/${id}/confirm`, { version: 1 });
    expect(stale.statusCode).toBe(412);
    const confirmed = await supervisor.request('POST', `/api/rectifications/${id}/confirm`, {
      version: item.version,
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ statusLabel: '已整改', displayStatus: 'done' });
    const again = await clerk.request('PUT', `/api/rectifications/${id}`, {
      version: (confirmed.json() as Item).version,
      measures: '改',
    });
    expect(again.statusCode).toBe(409);
  });

  it('shows an item past its deadline as 逾期, first in the list, from the clock alone', async () => {
    const late = (
      await supervisor.request('POST', '/api/rectifications', problem('2026-03-05'))
    ).json() as Item;
    expect(late.overdue).toBe(false);
    t.clock.advanceMinutes(4 * 24 * 60); // 2026-03-06 in Beijing
    supervisor = await t.login('scswt_cz');
    const list = (await supervisor.request('GET', `/api/rectifications?orgId=${swt}`)).json().items as Item[];
    expect(list[0]).toMatchObject({ id: late.id, statusLabel: '逾期', overdue: true });
    expect(list.find((i) => i.id === id)!.statusLabel).toBe('已整改');
  });

  it('hides the ledger from another unit and audits every step', async () => {
    const outsider = await t.login('hnswt_jbr');
    expect((await outsider.request('GET', `/api/rectifications/${id}`)).statusCode).toBe(404);
    const actions = (
      await t.database.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, id))
    ).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'rectification.raise',
        'rectification.update',
        'rectification.complete',
        'rectification.reject',
        'rectification.confirm',
      ]),
    );
  });

  it('offers the problems to raise: the red projects of the year’s monitoring and the self-evaluations’ 存在问题', async () => {
    const zwfw = await t.orgId('SC-ZWFW');
    // One evaluator's submitted sheet names a problem and a suggestion on one indicator.
    const db = t.database.db;
    const [ev] = await db.select().from(evaluations).where(eq(evaluations.orgId, zwfw));
    const [sheet] = await db.select().from(scoreSheets).where(eq(scoreSheets.evaluationId, ev!.id));
    await db
      .update(scoreSheets)
      .set({
        submitted: true,
        entries: {
          ...(sheet!.entries as Record<string, unknown>),
          extra: { score: '1', problem: '绩效指标不够细化量化', suggestion: '按核心指标体系细化指标' },
        },
      })
      .where(eq(scoreSheets.id, sheet!.id));
    const s = await t.login('sczwfw_cz');
    const res = await s.request('GET', `/api/rectifications/candidates?orgId=${zwfw}&year=2020`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as Array<{ source: string; problem: string; orgName: string }>;
    expect(items).toContainEqual(
      expect.objectContaining({ source: 'monitoring', problem: expect.stringContaining('“窗口工作奖励金”') }),
    );
    expect(items.every((i) => i.problem.trim().length > 0)).toBe(true);
    expect(items).toContainEqual(
      expect.objectContaining({
        source: 'self-evaluation',
        problem: expect.stringContaining('：绩效指标不够细化量化'),
        requirement: '按核心指标体系细化指标',
      }),
    );
  });
});
