/**
 * Monitoring rounds through the API: a 主管部门 opens a 1–7月 round, its unit finds its projects prefilled
 * from the goal tables, fills figures, must answer a red light before submitting, its reviewer approves,
 * the 主管部门 sees every unit's status and lights and returns the report with a reason; frozen while
 * submitted, stale writes refused, every step audited. 四川省商务厅 has the demo's review chain of
 * monitoring reports, so every step here is the workflow engine's (history, frozen version, reopen).
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocx } from '../../src/importers/extract-text.ts';
import { auditLog } from '../../src/platform/db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let supervisor: Session;
let clerk: Session;
let reviewer: Session;
let supervisorReviewer: Session;
let swt: string;
let xxzx: string;

type Report = {
  id: string;
  orgId: string;
  status: string;
  statusLabel: string;
  version: number;
  returnReason: string | null;
  submissionProblems: string[];
  counts: Record<string, number>;
  projects: Array<{
    projectId: string | null;
    name: string;
    kind: string;
    sources: Array<{ source: string; initialBudget: string; adjustedBudget?: string; executed: string }>;
    indicators: Array<{ name: string; target: string; actual: string; likelihood?: string }>;
    response: { action: string; reason: string } | null;
    budget: string;
    executed: string;
    progress: string | null;
    light: string | null;
    needsResponse: boolean;
    indicatorResults: Array<{ name: string; light: string | null; message: string }>;
  }>;
};

let roundId: string;
let reportId: string;

beforeAll(async () => {
  t = await createTestApp();
  supervisor = await t.login('scswt_jbr');
  clerk = await t.login('scxxzx_jbr');
  reviewer = await t.login('scxxzx_zr');
  supervisorReviewer = await t.login('scswt_zr');
  swt = await t.orgId('SC-SWT');
  xxzx = await t.orgId('SC-SWT-XXZX');
});
afterAll(async () => t.close());

describe('monitoring rounds', () => {
  it('lets a 主管部门 open a 1–7月 round for every organisation in its reach, prefilled from the goal tables', async () => {
    const res = await supervisor.request('POST', '/api/monitoring/rounds', {
      orgId: swt,
      fiscalYear: 2020,
      month: 7,
      dueDate: '2020-08-31',
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json() as {
      round: { id: string; title: string; rules: { id: string } };
      reports: Report[];
    };
    roundId = body.round.id;
    expect(body.round).toMatchObject({ title: '2020年1–7月绩效运行监控', rules: { id: 'default' } });
    expect(body.reports.map((r) => r.orgId).sort()).toEqual([swt, xxzx].sort());
    expect(body.reports.every((r) => r.statusLabel === '未填报')).toBe(true);
    const unit = body.reports.find((r) => r.orgId === xxzx)!;
    reportId = unit.id;
    expect(unit.projects.map((p) => p.name).sort()).toEqual(['信息化运维', '清偿欠款', '设备采购'].sort());
    const ops = unit.projects.find((p) => p.name === '信息化运维')!;
    expect(ops.sources[0]).toMatchObject({ source: '财政拨款', initialBudget: '32.35' });
    expect(ops.indicators.length).toBeGreaterThan(0);
    expect(ops.indicators.every((i) => i.actual === '')).toBe(true);
  });

  it('refuses a round opened by a unit (not a supervisor)', async () => {
    const res = await clerk.request('POST', '/api/monitoring/rounds', {
      orgId: xxzx,
      fiscalYear: 2020,
      month: 7,
      dueDate: '2020-08-31',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toContain('主管部门或财政部门');
  });

  it('computes the lights of the figures a unit saves, and refuses to submit an unanswered red light', async () => {
    const report = (await clerk.request('GET', `/api/monitoring/reports/${reportId}`)).json() as Report;
    const projects = report.projects.map((p) => {
      const base = {
        projectId: p.projectId,
        name: p.name,
        kind: p.kind,
        indicators: p.indicators,
        response: null,
      };
      // 1–7月: 设备采购 nothing spent (red), 信息化运维 14.00 of 32.35 (v = 74.19, yellow), 清偿欠款 all paid.
      if (p.name === '设备采购')
        return { ...base, sources: [{ source: '财政拨款', initialBudget: '9.70', executed: '0' }] };
      if (p.name === '信息化运维')
        return { ...base, sources: [{ source: '财政拨款', initialBudget: '32.35', executed: '14.00' }] };
      return { ...base, sources: [{ source: '财政拨款', initialBudget: '2.00', executed: '2.00' }] };
    });
    const saved = await clerk.request('PUT', `/api/monitoring/reports/${reportId}`, {
      version: report.version,
      projects,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const r = saved.json() as Report;
    expect(r.statusLabel).toBe('填报中');
    const by = Object.fromEntries(r.projects.map((p) => [p.name, p]));
    expect(by['信息化运维']).toMatchObject({
      budget: '32.35',
      executed: '14.00',
      progress: '74.19',
      light: 'yellow',
    });
    expect(by['设备采购']).toMatchObject({ progress: '0.00', light: 'red', needsResponse: true });
    expect(by['清偿欠款']).toMatchObject({ progress: '171.43', light: 'green' });
    expect(r.submissionProblems).toEqual([expect.stringContaining('项目“设备采购”亮红灯')]);

    const refused = await clerk.request('POST', `/api/monitoring/reports/${reportId}/submit`, {
      version: r.version,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('设备采购');

    const stale = await clerk.request('PUT', `/api/monitoring/reports/${reportId}`, {
      version: report.version,
      projects,
    });
    expect(stale.statusCode).toBe(412);

    const answered = projects.map((p) =>
      p.name === '设备采购' ? { ...p, response: { action: '继续执行', reason: '9月完成招标后支付' } } : p,
    );
    const again = await clerk.request('PUT', `/api/monitoring/reports/${reportId}`, {
      version: r.version,
      projects: answered,
    });
    expect(again.statusCode).toBe(200);
    const submitted = await clerk.request('POST', `/api/monitoring/reports/${reportId}/submit`, {
      version: (again.json() as Report).version,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect((submitted.json() as Report).statusLabel).toBe('审核中');
  });

  it('freezes the report under review, and lets the unit’s reviewer pass it to the 主管部门', async () => {
    const r = (await clerk.request('GET', `/api/monitoring/reports/${reportId}`)).json() as Report;
    const edit = await clerk.request('PUT', `/api/monitoring/reports/${reportId}`, {
      version: r.version,
      projects: [],
    });
    expect(edit.statusCode).toBe(409);
    expect(
      (await clerk.request('POST', `/api/monitoring/reports/${reportId}/approve`, { version: r.version }))
        .statusCode,
    ).toBe(403);
    const approved = await reviewer.request('POST', `/api/monitoring/reports/${reportId}/approve`, {
      version: r.version,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect((approved.json() as Report).statusLabel).toBe('已提交');
    // The report went through the unit's chain: submitted by the 经办人, approved at 单位审核, frozen.
    const wf = await reviewer.request('GET', `/api/workflow/documents/${reportId}`);
    expect(wf.statusCode, wf.body).toBe(200);
    const view = wf.json() as {
      kind: string;
      status: string;
      frozen: Array<{ trail: Array<{ stepName: string }> }>;
    };
    expect(view).toMatchObject({ kind: 'monitoring_report', status: 'frozen' });
    expect(view.frozen.at(-1)!.trail.map((e) => e.stepName)).toEqual(['单位填报', '单位审核']);
  });

  it('shows the 主管部门 every unit’s status and lights, and lets it return a report with a reason', async () => {
    const view = (await supervisor.request('GET', `/api/monitoring/rounds/${roundId}`)).json() as {
      reports: Report[];
    };
    const byOrg = Object.fromEntries(view.reports.map((r) => [r.orgId, r]));
    expect(byOrg[swt]!.statusLabel).toBe('未填报');
    expect(byOrg[xxzx]).toMatchObject({ statusLabel: '已提交', counts: { red: 1, yellow: 1, green: 1 } });
    const list = (await clerk.request('GET', `/api/monitoring/rounds?orgId=${xxzx}`)).json() as {
      items: Array<{ id: string; reports: Report[] }>;
    };
    expect(list.items.map((i) => i.id)).toContain(roundId);
    expect(list.items.find((i) => i.id === roundId)!.reports.map((r) => r.orgId)).toEqual([xxzx]);

    const unitReturn = await reviewer.request('POST', `/api/monitoring/reports/${reportId}/return`, {
      version: byOrg[xxzx]!.version,
      reason: '单位不能退回已提交的填报',
    });
    expect(unitReturn.statusCode).toBe(403);
    const noReason = await supervisor.request('POST', `/api/monitoring/reports/${reportId}/return`, {
      version: byOrg[xxzx]!.version,
      reason: ' ',
    });
    expect(noReason.statusCode).toBe(400);
    // Returning a submitted report is the chain's reopen: the department's reviewers hold it, not its 经办人.
    const byClerk = await supervisor.request('POST', `/api/monitoring/reports/${reportId}/return`, {
      version: byOrg[xxzx]!.version,
      reason: '经办人不能退回',
    });
    expect(byClerk.statusCode).toBe(403);
    const returned = await supervisorReviewer.request('POST', `/api/monitoring/reports/${reportId}/return`, {
      version: byOrg[xxzx]!.version,
      reason: '设备采购的纠偏措施不具体，请补充采购时间表',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({
      statusLabel: '填报中',
      returnReason: '设备采购的纠偏措施不具体，请补充采购时间表',
    });
  });

  it('hides another unit’s report and audits every step', async () => {
    const outsider = await t.login('hnswt_jbr');
    expect((await outsider.request('GET', `/api/monitoring/reports/${reportId}`)).statusCode).toBe(404);
    const actions = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, reportId)));
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'monitoring.report.save',
        'workflow.submitted',
        'workflow.approved',
        'workflow.frozen',
        'workflow.reopened',
        'monitoring.report.status',
      ]),
    );
  });
});

describe('monitoring documents', () => {
  it('downloads the 绩效监控情况报告 and a project’s 运行监控表 of a report as DOCX', async () => {
    const res = await supervisor.request(
      'GET',
      `/api/monitoring/reports/${reportId}/document?kind=report&format=docx`,
    );
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['x-document-findings']).toBe('0');
    const sheet = await clerk.request(
      'GET',
      `/api/monitoring/reports/${reportId}/document?kind=project-sheet&format=docx&project=1`,
    );
    expect(sheet.statusCode).toBe(200);
    expect(decodeURIComponent(String(sheet.headers['content-disposition']))).toContain(
      '项目支出绩效运行监控表',
    );
    const missing = await clerk.request(
      'GET',
      `/api/monitoring/reports/${reportId}/document?kind=project-sheet&format=docx&project=9`,
    );
    expect(missing.statusCode).toBe(400);
  });

  it('downloads the whole round’s 绩效监控情况报告 for the 主管部门, each project named with its unit', async () => {
    const res = await supervisor.request('GET', `/api/monitoring/rounds/${roundId}/document?format=docx`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    const text = (await extractDocx(res.rawPayload)).map((l) => l.text).join('\n');
    expect(text).toContain('四川省商务厅2020年1—7月绩效监控情况报告');
    expect(text).toContain('四川省商务厅信息中心：设备采购');
    expect(res.headers['x-document-findings']).toBe('0');
  });
});
