/**
 * The demo's monitoring: a new user sees a 1—7月 round with a red, a yellow and a returned report, two
 * open rectifications (one overdue) and recommendations from the seeds' grades.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type Report = {
  orgName: string;
  status: string;
  statusLabel: string;
  returnReason: string | null;
  counts: Record<string, number>;
  projects: Array<{ name: string; light: string | null; progress: string | null; response: unknown }>;
};

describe('the demo', () => {
  it('has a returned 1—7月 report of seed 000’s unit with a red, a yellow and a green project', async () => {
    const s = await t.login('scswt_jbr');
    const orgId = await t.orgId('SC-SWT');
    const rounds = (await s.request('GET', `/api/monitoring/rounds?orgId=${orgId}`)).json().items as Array<{
      id: string;
      month: number;
      reports: Array<{ id: string; orgName: string; statusLabel: string }>;
    }>;
    expect(rounds).toHaveLength(1);
    expect(rounds[0]!.month).toBe(7);
    const unit = rounds[0]!.reports.find((r) => r.orgName === '四川省商务厅信息中心')!;
    const report = (await s.request('GET', `/api/monitoring/reports/${unit.id}`)).json() as Report;
    expect(report.statusLabel).toBe('填报中');
    expect(report.returnReason).toContain('设备采购');
    const lights = Object.fromEntries(report.projects.map((p) => [p.name, p.light]));
    expect(lights).toEqual({ 信息化运维: 'yellow', 清偿欠款: 'green', 设备采购: 'red' });
    expect(report.projects.find((p) => p.name === '设备采购')!.response).toMatchObject({
      action: '继续执行',
    });
  });

  it('has seed 001’s report under review, and the rectification ledger with one overdue item', async () => {
    const s = await t.login('sczwfw_jbr');
    const orgId = await t.orgId('SC-ZWFW');
    const rounds = (await s.request('GET', `/api/monitoring/rounds?orgId=${orgId}`)).json().items as Array<{
      reports: Array<{ orgName: string; statusLabel: string; counts: Record<string, number> }>;
    }>;
    const own = rounds[0]!.reports.find((r) => r.orgName === '四川省政务服务和公共资源交易服务中心')!;
    expect(own.statusLabel).toBe('审核中');
    expect(own.counts).toMatchObject({ red: 1 });
    // It waits in the inbox of the unit's reviewers, at the chain's 单位审核 step.
    const inbox = (await (await t.login('sczwfw_zr')).request('GET', '/api/workflow/inbox')).json() as {
      todo: Array<{ kind: string; stepName: string | null }>;
    };
    expect(inbox.todo).toContainEqual(
      expect.objectContaining({ kind: 'monitoring_report', stepName: '单位审核' }),
    );
    const supervisor = await t.login('scswt_cz');
    const items = (
      await supervisor.request('GET', `/api/rectifications?orgId=${await t.orgId('SC-SWT')}`)
    ).json().items as Array<{ statusLabel: string; overdue: boolean }>;
    expect(items[0]).toMatchObject({ overdue: true, statusLabel: '逾期' });
    const own001 = (await s.request('GET', `/api/rectifications?orgId=${orgId}`)).json().items as Array<{
      statusLabel: string;
    }>;
    expect(own001.map((i) => i.statusLabel)).toEqual(['待整改']);
  });
});
