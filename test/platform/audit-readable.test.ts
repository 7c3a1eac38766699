/**
 * The audit log as the 审计管理员 reads it: Chinese names for actions, objects and outcomes, the actor
 * by name and the organisation by name, filters by who / what / when / organisation, and the same
 * selection exported to Excel. Another organisation's auditor sees none of it.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { TEST_PASSWORDS } from '../support/passwords.ts';

let t: TestApp;
let auditor: Session;
let sc: string;

type Item = {
  actorName: string;
  actionLabel: string;
  entityLabel: string;
  outcomeLabel: string;
  orgName: string | null;
  action: string;
  at: string;
};

beforeAll(async () => {
  t = await createTestApp();
  auditor = await t.login('auditor');
  sc = await t.orgId('SC-SWT-XXZX');
  // A change made by a 四川 clerk, so there is something of 四川 to find.
  const clerk = await t.login('scxxzx_jbr');
  const created = await clerk.request('POST', '/api/projects', {
    orgId: sc,
    fiscalYear: 2020,
    name: '审计测试项目',
  });
  expect(created.statusCode, created.body).toBe(201);
});
afterAll(async () => t.close());

const list = async (query: string) => {
  const res = await auditor.request('GET', `/api/audit?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as Item[];
};

describe('a readable audit log', () => {
  it('shows actions, objects, outcomes, people and organisations by name', async () => {
    const [entry] = await list(`who=${encodeURIComponent('川商务信息·经办人')}&action=project.create`);
    expect(entry).toMatchObject({
      actorName: '川商务信息·经办人',
      actionLabel: '新建项目',
      entityLabel: '项目',
      outcomeLabel: '成功',
      orgName: '四川省商务厅信息中心',
    });
    for (const item of await list('limit=200'))
      expect(`${item.actionLabel}${item.entityLabel}${item.outcomeLabel}${item.actorName}`).not.toMatch(
        /[a-z_]{3,}/,
      );
  });

  it('filters by who, by area of action, by organisation and by day', async () => {
    const logins = await list('action=auth.');
    expect(logins.length).toBeGreaterThan(0);
    expect(logins.every((i) => i.action.startsWith('auth.'))).toBe(true);
    const ofSc = await list(`orgId=${sc}`);
    expect(ofSc.length).toBeGreaterThan(0);
    expect(ofSc.every((i) => i.orgName === '四川省商务厅信息中心')).toBe(true);
    const byAccount = await list('who=scxxzx_jbr');
    expect(byAccount.length).toBeGreaterThan(0);
    expect(byAccount.every((i) => i.actorName === '川商务信息·经办人')).toBe(true);
    expect(await list('from=2000-01-01&to=2000-01-31')).toEqual([]);
    const bad = await auditor.request('GET', '/api/audit?from=2026-03-02&to=2026-03-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBe('开始日期不能晚于结束日期。');
  });

  it('exports the filtered selection to Excel with Chinese headers and names', async () => {
    const res = await auditor.request('GET', `/api/audit/export?orgId=${sc}`);
    expect(res.statusCode).toBe(200);
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('审计日志.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('审计日志')!;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      '序号',
      '时间（北京时间）',
      '操作人',
      '账号',
      'IP 地址',
      '操作',
      '对象',
      '组织',
      '结果',
    ]);
    const rows = ws.getSheetValues().slice(2) as unknown[][];
    expect(rows.length).toBe((await list(`orgId=${sc}&limit=500`)).length);
    expect(rows.some((r) => r[6] === '新建项目' && r[3] === '川商务信息·经办人')).toBe(true);
    expect(rows.every((r) => r[8] === '四川省商务厅信息中心')).toBe(true);
  });

  it("refuses another organisation's auditor the 四川 entries", async () => {
    const admin = await t.login('admin');
    const secadmin = await t.login('secadmin');
    const hn = await t.orgId('HN-SWT');
    const created = await admin.request('POST', '/api/users', {
      username: 'hn_aud2',
      displayName: '琼审计',
      orgId: hn,
      password: TEST_PASSWORDS.demo,
    });
    const roles = await secadmin.request('PUT', `/api/users/${created.json().id}/roles`, {
      roles: [{ role: 'auditor', position: null }],
      version: created.json().version,
    });
    expect(roles.statusCode).toBe(200);
    const hnAuditor = await t.login('hn_aud2');
    expect((await hnAuditor.request('GET', `/api/audit?orgId=${sc}`)).statusCode).toBe(404);
    expect((await hnAuditor.request('GET', `/api/audit/export?orgId=${sc}`)).statusCode).toBe(404);
    const own = (await hnAuditor.request('GET', '/api/audit?who=scxxzx_jbr')).json().items as Item[];
    expect(own).toEqual([]);
  });
});
