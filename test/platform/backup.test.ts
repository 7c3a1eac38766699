import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  backupToFile,
  listTables,
  restoreFromFile,
  tableRowsAsText,
} from '../../src/features/system/backup.ts';
import { runMigrations } from '../../src/platform/db/migrate.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { createTestDatabase, type TestDatabase } from '../support/db.ts';

let t: TestApp;
let target: TestDatabase;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-backup-'));
beforeAll(async () => {
  t = await createTestApp();
  target = await createTestDatabase({ empty: true });
  await runMigrations(target.db);
});
afterAll(async () => {
  await t.close();
  await target.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function dump(pool: TestDatabase['pool']): Promise<Record<string, unknown[]>> {
  const client = await pool.connect();
  try {
    const out: Record<string, unknown[]> = {};
    for (const table of await listTables(client)) out[table.name] = await tableRowsAsText(client, table);
    return out;
  } finally {
    client.release();
  }
}

describe('backup and restore', () => {
  it('round-trips every table exactly, including the audit chain, and the restored audit log still verifies', async () => {
    const admin = await t.login('admin');
    await admin.request('POST', '/api/users', {
      username: 'backup_me',
      displayName: '备份测试',
      orgId: await t.orgId('HN-SWT'),
      password: 'Strong#Pass1',
    });
    const file = path.join(dir, 'one.jixiao.gz');
    const made = await backupToFile(t.database.pool, file, new Date());
    expect(made.rows).toBeGreaterThan(70);
    const restored = await restoreFromFile(target.pool, file, { force: false });
    expect(restored.rows).toBe(made.rows);
    const source = await dump(t.database.pool);
    const copy = await dump(target.pool);
    expect(Object.keys(copy).sort()).toEqual(Object.keys(source).sort());
    for (const table of Object.keys(source)) expect(copy[table], table).toEqual(source[table]);
    expect(copy.users).toHaveLength(3 + 8 * 7 + 2 + 1); // administrators, demo users, hnswt_zz (评价工作组组长), czbm_cz (财政部门), backup_me
    const { verifyAuditChain } = await import('../../src/platform/audit/audit-log.ts');
    expect((await verifyAuditChain(target.db)).ok).toBe(true);
  });

  it('refuses to overwrite a database that holds data unless forced, and then replaces it wholesale', async () => {
    const file = path.join(dir, 'one.jixiao.gz');
    await expect(restoreFromFile(target.pool, file, { force: false })).rejects.toThrow(/已有数据.*--force/);
    const again = await restoreFromFile(target.pool, file, { force: true });
    expect(again.rows).toBeGreaterThan(70);
  });

  it('refuses a file that is not a backup, with a clear message, leaving the data as it was', async () => {
    const junk = path.join(dir, 'junk.gz');
    fs.writeFileSync(junk, 'not a backup');
    const before = await dump(target.pool);
    await expect(restoreFromFile(target.pool, junk, { force: true })).rejects.toThrow(/损坏|不是/);
    await expect(restoreFromFile(target.pool, path.join(dir, 'missing.gz'), { force: true })).rejects.toThrow(
      /找不到备份文件/,
    );
    expect(await dump(target.pool)).toEqual(before);
  });
});
