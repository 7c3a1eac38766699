import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { allRoutes } from '../../src/app/routes.ts';
import { buildServer } from '../../src/app/server.ts';
import { organisations, users } from '../../src/platform/db/schema/index.ts';
import { openDatabase } from '../../src/platform/db/database.ts';
import type { OrgDto } from '../../src/features/orgs/orgs.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { TEST_PASSWORDS } from '../support/passwords.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);

describe('login and sessions', () => {
  it('signs in with the right password and returns the user, a CSRF token and an HttpOnly SameSite=Strict cookie', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'scxxzx_jbr', password: TEST_PASSWORDS.demo },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user.orgName).toBe('四川省商务厅信息中心');
    expect(body.user.roles).toEqual([{ role: 'clerk', position: null }]);
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).not.toContain('Secure');
  });

  it('refuses a wrong password with 401 and a Chinese message', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'scxxzx_zr', password: 'Wrong#Pass1' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
    expect(hasChinese(res.json().error.message)).toBe(true);
  });

  it('issues a new session token at every login', async () => {
    const a = await t.login('jsxxzx_jbr');
    const b = await t.login('jsxxzx_jbr');
    expect(a.cookie).not.toBe(b.cookie);
    expect((await a.request('GET', '/api/auth/me')).statusCode).toBe(200);
    expect((await b.request('GET', '/api/auth/me')).statusCode).toBe(200);
  });

  it('locks the account for 15 minutes after 5 failed logins, even for the right password, then lets it in again', async () => {
    const attempt = (password: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'scswt_cz', password } });
    for (let i = 1; i <= 4; i++) expect((await attempt('Wrong#Pass1')).statusCode).toBe(401);
    const fifth = await attempt('Wrong#Pass1');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.message).toContain('锁定');
    expect((await attempt(TEST_PASSWORDS.demo)).statusCode).toBe(423);
    t.clock.advanceMinutes(14);
    expect((await attempt(TEST_PASSWORDS.demo)).statusCode).toBe(423);
    t.clock.advanceMinutes(2);
    expect((await attempt(TEST_PASSWORDS.demo)).statusCode).toBe(200);
  });

  it('ends a session after 30 idle minutes but not while it is in use', async () => {
    const s = await t.login('scswt_zr');
    t.clock.advanceMinutes(20);
    expect((await s.request('GET', '/api/auth/me')).statusCode).toBe(200);
    t.clock.advanceMinutes(20); // 20 minutes since the last request
    expect((await s.request('GET', '/api/auth/me')).statusCode).toBe(200);
    t.clock.advanceMinutes(31);
    const expired = await s.request('GET', '/api/auth/me');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.message).toContain('登录已过期');
  });

  it('logs out: the cookie no longer works', async () => {
    const s = await t.login('scswt_fgcz');
    expect((await s.request('POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await s.request('GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('refuses a session logged out or disabled through one server process on the next request to another', async () => {
    // A second server on the same database, as a second process would be: no session state is kept in
    // memory, so what one process ends the other refuses at once.
    const other = await buildServer(t.deps, allRoutes(t.deps), { webDist: null, logErrors: () => {} });
    try {
      const me = (s: Session) =>
        other.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: s.cookie } });
      const a = await t.login('scswt_zr');
      expect((await me(a)).statusCode).toBe(200);
      expect((await a.request('POST', '/api/auth/logout')).statusCode).toBe(204);
      expect((await me(a)).statusCode).toBe(401);

      const b = await t.login('hnswt_jbr');
      expect((await me(b)).statusCode).toBe(200);
      await t.deps.db.update(users).set({ disabled: true }).where(eq(users.username, 'hnswt_jbr'));
      expect((await me(b)).statusCode).toBe(401);
      await t.deps.db.update(users).set({ disabled: false }).where(eq(users.username, 'hnswt_jbr'));
    } finally {
      await other.close();
    }
  });

  it("sees another process's change of the organisation tree on its next request (reach and GET /api/orgs)", async () => {
    // Its own pool, so its own copy of the tree (src/app/org-tree.ts), as a second process would have.
    const second = openDatabase(t.database.url, 2);
    const other = await buildServer({ ...t.deps, db: second.db }, allRoutes(t.deps), {
      webDist: null,
      logErrors: () => {},
    });
    try {
      const admin = await t.login('admin');
      const headers = { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken };
      const list = async () =>
        ((await other.inject({ method: 'GET', url: '/api/orgs', headers })).json() as { items: OrgDto[] })
          .items;
      const before = await list();
      const parent = before.find((o) => o.parentId === null)!;
      const created = await admin.request('POST', '/api/orgs', {
        parentId: parent.id,
        code: 'TREE-NEW',
        name: '新设单位',
        kind: 'unit',
      });
      expect(created.statusCode).toBe(201);
      const id = created.json().id as string;
      expect((await list()).find((o) => o.id === id)?.name).toBe('新设单位');
      // In reach at once: a scoped change through the other process.
      const renamed = await other.inject({
        method: 'PATCH',
        url: `/api/orgs/${id}`,
        headers,
        payload: { name: '改名单位', version: 1 },
      });
      expect(renamed.statusCode).toBe(200);
      expect(
        (await admin.request('GET', '/api/orgs')).json().items.find((o: OrgDto) => o.id === id).name,
      ).toBe('改名单位');
      // A deleted organisation leaves the reach too.
      await t.deps.db.delete(organisations).where(eq(organisations.id, id));
      expect((await list()).some((o) => o.id === id)).toBe(false);
      const gone = await other.inject({
        method: 'PATCH',
        url: `/api/orgs/${id}`,
        headers,
        payload: { name: '已删除', version: 2 },
      });
      expect(gone.statusCode).toBe(404);
    } finally {
      await other.close();
      await second.close();
    }
  });
});

describe('CSRF protection', () => {
  it('refuses a state-changing request without the session CSRF token and accepts it with the token', async () => {
    const s = await t.login('admin');
    const root = await t.orgId('ROOT');
    const without = await t.app.inject({
      method: 'POST',
      url: '/api/orgs',
      headers: { cookie: s.cookie },
      payload: { parentId: root, code: 'CSRF-1', name: '测试单位', kind: 'unit' },
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('CSRF');
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/orgs',
      headers: { cookie: s.cookie, 'x-csrf-token': 'forged' },
      payload: { parentId: root, code: 'CSRF-1', name: '测试单位', kind: 'unit' },
    });
    expect(forged.statusCode).toBe(403);
    const ok = await s.request('POST', '/api/orgs', {
      parentId: root,
      code: 'CSRF-1',
      name: '测试单位',
      kind: 'unit',
    });
    expect(ok.statusCode).toBe(201);
  });
});

describe('passwords', () => {
  it('enforces the policy (8 characters, 3 of 4 classes) and the current password when changing', async () => {
    const s = await t.login('hnswt_pj1');
    const weak = await s.request('POST', '/api/auth/password', {
      currentPassword: TEST_PASSWORDS.demo,
      newPassword: 'abcdefgh',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.message).toContain('至少 8 位');
    const wrongCurrent = await s.request('POST', '/api/auth/password', {
      currentPassword: 'Nope#1234',
      newPassword: 'Better#Pass9',
    });
    expect(wrongCurrent.statusCode).toBe(400);
    expect(wrongCurrent.json().error.message).toBe('当前密码不正确。');
    expect(
      (
        await s.request('POST', '/api/auth/password', {
          currentPassword: TEST_PASSWORDS.demo,
          newPassword: 'Better#Pass9',
        })
      ).statusCode,
    ).toBe(204);
    await expect(t.login('hnswt_pj1')).rejects.toThrow(/401/);
    expect((await t.login('hnswt_pj1', 'Better#Pass9')).username).toBe('hnswt_pj1');
  });
});

describe('security headers', () => {
  it('sends CSP, nosniff, frame-ancestors and Referrer-Policy on every response, and no-store on API JSON', async () => {
    const s = await t.login('scxxzx_cz');
    for (const res of [
      await t.app.inject({ method: 'GET', url: '/api/health' }),
      await s.request('GET', '/api/auth/me'),
    ]) {
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('adds HSTS and Secure cookies behind HTTPS', async () => {
    const https = await createTestApp({ security: { ...t.deps.config.security, https: true } });
    try {
      const res = await https.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'admin', password: TEST_PASSWORDS.admin },
      });
      expect(res.headers['strict-transport-security']).toContain('max-age=31536000');
      expect(String(res.headers['set-cookie'])).toContain('Secure');
    } finally {
      await https.close();
    }
  });

  it('answers errors as JSON with a Chinese message and never a stack trace', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{not json',
    });
    expect(bad.statusCode).toBe(400);
    expect(hasChinese(bad.json().error.message)).toBe(true);
    expect(bad.body).not.toMatch(/\s+at\s+\S+\s+\(/);
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin' },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toContain('password');
    const unknown = await t.app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(unknown.statusCode).toBe(404);
    expect(hasChinese(unknown.json().error.message)).toBe(true);
  });
});
