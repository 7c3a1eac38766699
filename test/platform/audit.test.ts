import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, verifyAuditChain } from '../../src/platform/audit/audit-log.ts';
import { createTestApp, type TestApp } from '../support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function entries(action: string) {
  const rows = await t.database.db.execute<{
    seq: number;
    actor_username: string;
    outcome: string;
    before: unknown;
    after: unknown;
    ip: string;
  }>(
    sql`SELECT seq, actor_username, outcome, before, after, ip FROM audit_log WHERE action = ${action} ORDER BY seq`,
  );
  return rows.rows;
}

describe('audit log', () => {
  it('records logins, failed logins, lockouts, refused requests and data changes with who, where and before/after', async () => {
    const admin = await t.login('admin');
    for (let i = 0; i < 5; i++)
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'hnswt_cz', password: 'Wrong#Pass1' },
      });
    await (await t.login('hnswt_jbr')).request('GET', `/api/users?orgId=${await t.orgId('SC-SWT')}`);
    const id = await t.userId('hnswt_zr');
    await admin.request('PATCH', `/api/users/${id}`, { displayName: '海南主任', version: 1 });

    expect(
      (await entries('auth.login')).some((e) => e.actor_username === 'admin' && e.outcome === 'success'),
    ).toBe(true);
    expect(
      (await entries('auth.login')).filter((e) => e.actor_username === 'hnswt_cz' && e.outcome === 'failure'),
    ).toHaveLength(5);
    expect(await entries('auth.lockout')).toHaveLength(1);
    expect((await entries('request.refused')).some((e) => e.actor_username === 'hnswt_jbr')).toBe(true);
    const update = (await entries('user.update'))[0]!;
    expect(update.actor_username).toBe('admin');
    expect(update.before).toMatchObject({ displayName: '琼商务厅·主任', version: 1 });
    expect(update.after).toMatchObject({ displayName: '海南主任', version: 2 });
    expect(JSON.stringify(update)).not.toContain('passwordHash');
    expect(update.ip).toBe('127.0.0.1');
  });

  it('keeps one chain under concurrent appends, in transactions and outside one (refused requests)', async () => {
    const db = t.database.db;
    const who = { id: null, username: 'tester', ip: '127.0.0.1' };
    await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        i % 2 === 0
          ? appendAudit(db, who, { action: 'test.concurrent', entity: 'test', after: { i, 名称: '并发' } })
          : db.transaction((tx) =>
              appendAudit(tx, who, {
                action: 'test.concurrent',
                entity: 'test',
                before: { i },
                after: { z: [1, '二', null], a: { b: true } },
              }),
            ),
      ),
    );
    expect(await entries('test.concurrent')).toHaveLength(24);
    // The link is computed by PostgreSQL; verification recomputes every hash in JavaScript.
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it('verifies the hash chain, and names the first entry after one is altered or deleted directly in the database', async () => {
    const before = await verifyAuditChain(t.database.db);
    expect(before.ok).toBe(true);
    // The table refuses changes outright…
    await expect(
      t.database.db.execute(sql`UPDATE audit_log SET actor_username = 'x' WHERE seq = 3`),
    ).rejects.toThrow();
    await expect(t.database.db.execute(sql`DELETE FROM audit_log WHERE seq = 3`)).rejects.toThrow();
    // …so an attacker with the owner's rights disables the trigger first; the chain still tells.
    await t.database.db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER USER`);
    await t.database.db.execute(
      sql`UPDATE audit_log SET after = '{"reason":"nothing to see"}' WHERE seq = (SELECT min(seq) FROM audit_log WHERE action = 'auth.lockout')`,
    );
    const altered = await verifyAuditChain(t.database.db);
    const lockoutSeq = (await entries('auth.lockout'))[0]!.seq;
    expect(altered).toMatchObject({ ok: false, badSeq: Number(lockoutSeq) });
    expect(altered.ok === false && altered.reason).toContain('改动');
    await t.database.db.execute(sql`DELETE FROM audit_log WHERE seq = ${lockoutSeq}`);
    const deleted = await verifyAuditChain(t.database.db);
    expect(deleted.ok).toBe(false);
    expect(deleted.ok === false && deleted.badSeq).toBeGreaterThan(Number(lockoutSeq));
    expect(deleted.ok === false && deleted.reason).toContain('删除');
    await t.database.db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER USER`);
  });

  it('fails the change when its audit entry cannot be written (same transaction)', async () => {
    await t.database.db.execute(
      sql`ALTER TABLE audit_log ADD CONSTRAINT test_refuse_org_create CHECK (action <> 'org.create') NOT VALID`,
    );
    try {
      const admin = await t.login('admin');
      const res = await admin.request('POST', '/api/orgs', {
        parentId: await t.orgId('ROOT'),
        code: 'NO-AUDIT',
        name: '无审计',
        kind: 'unit',
      });
      expect(res.statusCode).toBe(500);
      expect(res.json().error.message).toContain('服务器内部错误');
      const orgs = await t.database.db.execute(
        sql`SELECT count(*)::int AS n FROM organisations WHERE code = 'NO-AUDIT'`,
      );
      expect(orgs.rows[0]).toEqual({ n: 0 });
    } finally {
      await t.database.db.execute(sql`ALTER TABLE audit_log DROP CONSTRAINT test_refuse_org_create`);
    }
  });
});
