/**
 * Holes found while probing (issue 10): a reused Idempotency-Key with another body, guessing the
 * current password through a stolen session, telling unknown or disabled accounts from wrong passwords,
 * oversized bodies, the precompressed web UI, and a deleted tail of the audit log.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/app/server.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { TEST_PASSWORDS } from '../support/passwords.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const login = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

describe('Idempotency-Key', () => {
  it('replays the first result for the same request, and refuses the same key with another body (422, nothing done)', async () => {
    const admin = await t.login('admin');
    const parentId = await t.orgId('SC-SWT');
    const body = (code: string) => ({ parentId, code, name: `幂等测试${code}`, kind: 'unit' });
    const headers = { 'idempotency-key': 'key-hardening-1' };
    const first = await admin.request('POST', '/api/orgs', body('IDEM-A'), headers);
    expect(first.statusCode).toBe(201);
    const again = await admin.request('POST', '/api/orgs', body('IDEM-A'), headers);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(first.json().id);

    const other = await admin.request('POST', '/api/orgs', body('IDEM-B'), headers);
    expect(other.statusCode).toBe(422);
    expect(other.json().error.code).toBe('UNPROCESSABLE');
    expect(other.json().error.message).toContain('幂等键');
    expect(other.headers['idempotent-replayed']).toBeUndefined();
    const created = await t.deps.db.execute(
      sql`SELECT count(*)::int AS n FROM organisations WHERE code = 'IDEM-B'`,
    );
    expect(created.rows[0]).toEqual({ n: 0 });
  });
});

describe('changing the password through a session', () => {
  it('locks the account after 5 wrong current passwords, ends its sessions, and refuses even the right one while locked', async () => {
    const user = 'jsswt_zr';
    const s = await t.login(user);
    const other = await t.login(user);
    const change = (currentPassword: string) =>
      s.request('POST', '/api/auth/password', { currentPassword, newPassword: 'Brand#New2026x' });
    for (let i = 1; i <= 4; i++) {
      const res = await change('Wrong#Pass1');
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toBe('当前密码不正确。');
    }
    const fifth = await change('Wrong#Pass1');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.message).toContain('锁定');
    // Every session of the account has ended, the stolen one included.
    expect((await s.request('GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await other.request('GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await login(user, TEST_PASSWORDS.demo)).statusCode).toBe(423);
    t.clock.advanceMinutes(16);
    expect((await login(user, TEST_PASSWORDS.demo)).statusCode).toBe(200);
  });

  it('counts wrong current passwords and failed logins together, and a success clears the count', async () => {
    const user = 'jsswt_cz';
    const s = await t.login(user);
    for (let i = 0; i < 3; i++)
      expect(
        (
          await s.request('POST', '/api/auth/password', {
            currentPassword: 'Wrong#Pass1',
            newPassword: 'Brand#New2026x',
          })
        ).statusCode,
      ).toBe(400);
    expect((await login(user, 'Wrong#Pass1')).statusCode).toBe(401);
    expect((await login(user, 'Wrong#Pass1')).statusCode).toBe(423); // 3 + 2 = 5
  });
});

describe('no account enumeration at login', () => {
  /** The answers to `attempts` logins, as status and body (the lock's end time is the same clock). */
  async function answers(username: string, password: string, attempts: number) {
    const out: { status: number; body: unknown }[] = [];
    for (let i = 0; i < attempts; i++) {
      const res = await login(username, password);
      out.push({ status: res.statusCode, body: res.json() });
    }
    return out;
  }

  it('answers an unknown name, a disabled account (even with its right password) and a wrong password identically, lockout included', async () => {
    const admin = await t.login('admin');
    const victimId = await t.userId('hnswt_pj2');
    const disabled = await admin.request('POST', `/api/users/${victimId}/disable`, { version: 1 });
    expect(disabled.statusCode).toBe(200);

    const wrong = await answers('hnswt_pj1', 'Wrong#Pass1', 6);
    const unknown = await answers('nobody_at_all', 'Wrong#Pass1', 6);
    const disabledRight = await answers('hnswt_pj2', TEST_PASSWORDS.demo, 6);
    expect(wrong.map((a) => a.status)).toEqual([401, 401, 401, 401, 423, 423]);
    expect(unknown).toEqual(wrong);
    expect(disabledRight).toEqual(wrong);
    expect(JSON.stringify(wrong[0])).not.toContain('停用');
  });
});

describe('request size', () => {
  it('limits a JSON body to the JSON limit and a file to the upload limit, each 413 naming its limit', async () => {
    const small = await createTestApp({ bodyLimitMb: 3, jsonBodyLimitMb: 1 });
    try {
      const s = await small.login('admin');
      const res = await s.request('POST', '/api/orgs', { name: 'x'.repeat(1_200_000) });
      expect(res.statusCode).toBe(413);
      expect(res.json().error).toMatchObject({
        code: 'TOO_LARGE',
        message: '请求内容过大（上限 1 MB），请减小后重试。',
      });
      // A file route takes a body over the JSON limit (here a 1.5 MB text to 校验, in Base64 JSON)…
      const clerk = await small.login('scxxzx_jbr');
      const text = '2024年本年支出合计100.00万元。\n'.repeat(27_000);
      const check = await clerk.request('POST', '/api/checks', {
        fileName: 'a.txt',
        contentBase64: Buffer.from(text).toString('base64'),
      });
      expect(check.statusCode, check.body.slice(0, 200)).toBe(200);
      // …up to its own limit.
      const over = await clerk.request('POST', '/api/checks', {
        fileName: 'a.txt',
        contentBase64: 'QUJD'.repeat(1_000_000),
      });
      expect(over.statusCode).toBe(413);
      expect(over.json().error.message).toBe('请求内容过大（上限 3 MB），请减小后重试。');
    } finally {
      await small.close();
    }
  });

  it('refuses an anonymous or forged request before reading its body', async () => {
    // Unfinished JSON over the JSON limit: read, it would be 413 or 400; unread, the answer is who is asking.
    const big = `{"name":"${'x'.repeat(3_000_000)}`;
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/orgs',
      headers: { 'content-type': 'application/json' },
      payload: big,
    });
    expect(anonymous.statusCode).toBe(401);
    const s = await t.login('scxxzx_jbr');
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/checks',
      headers: { cookie: s.cookie, 'x-csrf-token': 'forged', 'content-type': 'application/json' },
      payload: '{"fileName":',
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.code).toBe('CSRF');
  });
});

describe('the web UI, precompressed', () => {
  it('sends the brotli or gzip file the browser accepts, with Content-Encoding and Vary, and the plain one otherwise', async () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-web-'));
    const script = 'console.log("绩效");\n'.repeat(200);
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><script src="/assets/app.js"></script>');
    fs.writeFileSync(path.join(dist, 'assets', 'app.js'), script);
    fs.writeFileSync(path.join(dist, 'assets', 'app.js.br'), zlib.brotliCompressSync(script));
    fs.writeFileSync(path.join(dist, 'assets', 'app.js.gz'), zlib.gzipSync(script));
    const app = await buildServer(t.deps, [], { webDist: dist, logErrors: () => {} });
    try {
      const get = (encoding?: string) =>
        app.inject({
          method: 'GET',
          url: '/assets/app.js',
          headers: encoding ? { 'accept-encoding': encoding } : {},
        });
      const br = await get('gzip, deflate, br');
      expect(br.statusCode).toBe(200);
      expect(br.headers['content-encoding']).toBe('br');
      expect(String(br.headers.vary)).toMatch(/accept-encoding/i);
      expect(String(br.headers['content-type'])).toContain('javascript');
      expect(br.headers['cache-control']).toContain('immutable');
      expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(script);
      const gz = await get('gzip');
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(script);
      const plain = await get();
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body).toBe(script);
      // A missing hashed asset (an old page after an upgrade) is a 404, not the HTML of the app.
      expect((await app.inject({ method: 'GET', url: '/assets/gone-123.js' })).statusCode).toBe(404);
      expect((await app.inject({ method: 'GET', url: '/goals/42' })).body).toContain('<!doctype html>');
    } finally {
      await app.close();
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe('audit verify --expect-head', () => {
  const run = promisify(execFile);
  const verify = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run(
        process.execPath,
        [path.resolve('bin/jixiao.js'), 'audit', 'verify', ...args],
        { env: { ...process.env, DATABASE_URL: t.database.url }, timeout: 120000 },
      );
      return { code: 0, out: stdout + stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, out: e.stdout + e.stderr };
    }
  };

  it('passes while the recorded head is in the chain, and fails once the tail from it on is deleted', async () => {
    const admin = await t.login('admin');
    await admin.request('GET', '/api/auth/me');
    const head = (
      await t.deps.db.execute<{ seq: string; hash: string }>(
        sql`SELECT seq::text AS seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`,
      )
    ).rows[0]!;
    const ok = await verify('--expect-head', head.hash);
    expect(ok.code, ok.out).toBe(0);
    expect(ok.out).toContain('哈希链校验通过');

    // Someone with database rights cuts off the end: the chain that is left still links up…
    await t.deps.db.transaction(async (tx) => {
      await tx.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER USER`);
      await tx.execute(sql`DELETE FROM audit_log WHERE seq >= ${Number(head.seq) - 1}`);
      await tx.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER USER`);
    });
    expect((await verify()).code).toBe(0);
    // …but not with the head recorded before.
    const cut = await verify('--expect-head', head.hash);
    expect(cut.code).toBe(1);
    expect(cut.out).toContain('找不到此前记下的末条记录');
    expect((await verify('--expect-head', 'not-a-hash')).code).toBe(2);
  });
});
