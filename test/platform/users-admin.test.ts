import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { TEST_PASSWORDS } from '../support/passwords.ts';

let t: TestApp;
let admin: Session;
let secadmin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  secadmin = await t.login('secadmin');
});
afterAll(async () => t.close());

describe('user administration (系统管理员)', () => {
  it('creates a user in a unit, who can then sign in', async () => {
    const orgId = await t.orgId('JS-SWT-XXZX');
    const res = await admin.request('POST', '/api/users', {
      username: 'js_new',
      displayName: '新同事',
      orgId,
      password: 'Strong#Pass1',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      username: 'js_new',
      orgName: '江苏省商务厅信息中心',
      roles: [],
      disabled: false,
      version: 1,
    });
    expect((await t.login('js_new', 'Strong#Pass1')).username).toBe('js_new');
  });

  it('refuses a duplicate user name and a weak initial password, in Chinese', async () => {
    const orgId = await t.orgId('JS-SWT-XXZX');
    const dup = await admin.request('POST', '/api/users', {
      username: 'JSXXZX_JBR',
      displayName: '重复',
      orgId,
      password: 'Strong#Pass1',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toContain('已存在');
    const weak = await admin.request('POST', '/api/users', {
      username: 'weak_one',
      displayName: '弱密码',
      orgId,
      password: 'password',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.message).toContain('至少 8 位');
  });

  it('disabling a user ends all their sessions at once, and enabling lets them back in', async () => {
    const victim = await t.login('jsswt_zr');
    const other = await t.login('jsswt_zr');
    const id = await t.userId('jsswt_zr');
    const disabled = await admin.request('POST', `/api/users/${id}/disable`, { version: 1 });
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json().disabled).toBe(true);
    expect((await victim.request('GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await other.request('GET', '/api/auth/me')).statusCode).toBe(401);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'jsswt_zr', password: TEST_PASSWORDS.demo },
    });
    // Answered as a wrong password would be: a login never tells that an account is disabled.
    expect(login.statusCode).toBe(401);
    expect(login.json().error.message).toBe('用户名或密码错误。');
    expect(
      (await admin.request('POST', `/api/users/${id}/enable`, { version: disabled.json().version }))
        .statusCode,
    ).toBe(200);
    expect((await t.login('jsswt_zr')).username).toBe('jsswt_zr');
  });

  it('resets a password: old sessions end, the lock is lifted, the new password works', async () => {
    const s = await t.login('jsswt_fgcz');
    const id = await t.userId('jsswt_fgcz');
    expect(
      (await admin.request('POST', `/api/users/${id}/reset-password`, { newPassword: 'Reset#Pass22' }))
        .statusCode,
    ).toBe(204);
    expect((await s.request('GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await t.login('jsswt_fgcz', 'Reset#Pass22')).username).toBe('jsswt_fgcz');
  });

  it('answers a stale update with 412 and changes nothing', async () => {
    const id = await t.userId('jsswt_cz');
    const first = await admin.request('PATCH', `/api/users/${id}`, { displayName: '第一次修改', version: 1 });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    const stale = await admin.request('PATCH', `/api/users/${id}`, { displayName: '过期的修改', version: 1 });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().error.message).toContain('已被他人修改');
    const list = (await admin.request('GET', `/api/users?orgId=${await t.orgId('JS-SWT')}`)).json().items;
    expect(list.find((u: { id: string }) => u.id === id)).toMatchObject({
      displayName: '第一次修改',
      version: 2,
    });
  });

  it('returns the first result for a retried create with the same Idempotency-Key, creating one user', async () => {
    const orgId = await t.orgId('JS-SWT');
    const body = { username: 'js_retry', displayName: '重试', orgId, password: 'Strong#Pass1' };
    const headers = { 'idempotency-key': 'create-js-retry-1' };
    const [a, b] = await Promise.all([
      admin.request('POST', '/api/users', body, headers),
      admin.request('POST', '/api/users', body, headers),
    ]);
    const c = await admin.request('POST', '/api/users', body, headers);
    for (const res of [a, b, c]) expect(res.statusCode).toBe(201);
    expect(new Set([a.json().id, b.json().id, c.json().id]).size).toBe(1);
    expect(c.headers['idempotent-replayed']).toBe('true');
    const list = (await admin.request('GET', `/api/users?orgId=${orgId}`)).json().items;
    expect(list.filter((u: { username: string }) => u.username === 'js_retry')).toHaveLength(1);
  });
});

describe('roles and separation of duties (三员分立)', () => {
  it('lets the 安全管理员 grant a reviewer role with a position, and requires the position', async () => {
    const id = await t.userId('js_new');
    const noPosition = await secadmin.request('PUT', `/api/users/${id}/roles`, {
      roles: [{ role: 'reviewer', position: null }],
      version: 1,
    });
    expect(noPosition.statusCode).toBe(400);
    expect(noPosition.json().error.message).toContain('职务');
    const ok = await secadmin.request('PUT', `/api/users/${id}/roles`, {
      roles: [
        { role: 'reviewer', position: '处长' },
        { role: 'evaluator', position: null },
      ],
      version: 1,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().roles).toEqual([
      { role: 'evaluator', position: null },
      { role: 'reviewer', position: '处长' },
    ]);
  });

  it('refuses roles to the 系统管理员, the 审计管理员 and business users', async () => {
    const id = await t.userId('jsxxzx_pj1');
    for (const who of [admin, await t.login('auditor'), await t.login('jsswt_cz')]) {
      const res = await who.request('PUT', `/api/users/${id}/roles`, {
        roles: [{ role: 'clerk', position: null }],
        version: 1,
      });
      expect(res.statusCode).toBe(403);
    }
  });

  it('lets no administrator grant itself a role or hold two administrative roles', async () => {
    const self = await secadmin.request('PUT', `/api/users/${await t.userId('secadmin')}/roles`, {
      roles: [
        { role: 'secadmin', position: null },
        { role: 'auditor', position: null },
      ],
      version: 1,
    });
    expect(self.statusCode).toBe(403);
    expect(self.json().error.message).toContain('自己');
    const two = await secadmin.request('PUT', `/api/users/${await t.userId('jsxxzx_pj2')}/roles`, {
      roles: [
        { role: 'sysadmin', position: null },
        { role: 'auditor', position: null },
      ],
      version: 1,
    });
    expect(two.statusCode).toBe(400);
    expect(two.json().error.message).toContain('三员分立');
  });

  it('keeps the 系统管理员 from disabling or resetting the other administrators, and from disabling itself', async () => {
    const sec = await t.userId('secadmin');
    expect((await admin.request('POST', `/api/users/${sec}/disable`, { version: 1 })).statusCode).toBe(403);
    expect(
      (await admin.request('POST', `/api/users/${sec}/reset-password`, { newPassword: 'Taken#Over1' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await admin.request('POST', `/api/users/${await t.userId('admin')}/disable`, { version: 1 }))
        .statusCode,
    ).toBe(403);
  });

  it('shows the 审计管理员 the audit log and nothing else', async () => {
    const auditor = await t.login('auditor');
    expect((await auditor.request('GET', '/api/audit?limit=5')).statusCode).toBe(200);
    expect((await auditor.request('GET', '/api/users')).statusCode).toBe(403);
    expect(
      (
        await auditor.request('POST', '/api/orgs', {
          parentId: await t.orgId('ROOT'),
          code: 'AUD-1',
          name: '审计建的',
          kind: 'unit',
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('organisations', () => {
  it('builds a tree of any depth under the right kinds, and refuses a department under a unit', async () => {
    let parent = await t.orgId('HN-SWT');
    for (let depth = 1; depth <= 4; depth++) {
      const res = await admin.request('POST', '/api/orgs', {
        parentId: parent,
        code: `HN-D${depth}`,
        name: `海南下级${depth}`,
        kind: depth < 3 ? 'department' : 'unit',
      });
      expect(res.statusCode).toBe(201);
      parent = res.json().id;
    }
    const wrong = await admin.request('POST', '/api/orgs', {
      parentId: parent,
      code: 'HN-BAD',
      name: '错误',
      kind: 'department',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toBe('单位下不能设立主管部门。');
    // The 海南 clerk now reaches all four levels below their department.
    const orgs = (await (await t.login('hnswt_jbr')).request('GET', '/api/orgs'))
      .json()
      .items.map((o: { code: string }) => o.code);
    expect(orgs.sort()).toEqual(['HN-D1', 'HN-D2', 'HN-D3', 'HN-D4', 'HN-SWT']);
  });

  it("adds a fiscal year only by the top organisation's 系统管理员, once", async () => {
    expect((await admin.request('POST', '/api/fiscal-years', { year: 2021 })).statusCode).toBe(201);
    const again = await admin.request('POST', '/api/fiscal-years', { year: 2021 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('2021 年度已存在。');
    const years = (await (await t.login('hnswt_jbr')).request('GET', '/api/fiscal-years'))
      .json()
      .items.map((y: { year: number }) => y.year);
    expect(years).toEqual([2020, 2021, 2025]);
  });

  it('renames with the row version and refuses a code already used', async () => {
    const id = await t.orgId('HN-D1');
    const ok = await admin.request('PATCH', `/api/orgs/${id}`, { name: '海南一级', version: 1 });
    expect(ok.json()).toMatchObject({ name: '海南一级', version: 2 });
    expect((await admin.request('PATCH', `/api/orgs/${id}`, { name: '过期', version: 1 })).statusCode).toBe(
      412,
    );
    const taken = await admin.request('PATCH', `/api/orgs/${id}`, { code: 'SC-SWT', version: 2 });
    expect(taken.statusCode).toBe(409);
  });
});
