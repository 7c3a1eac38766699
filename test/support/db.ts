/** A fresh database per test file, cloned from the migrated, bootstrapped template. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/platform/db/database.ts';

const ident = (s: string) => '"' + s.replace(/"/g, '""') + '"';

export function databaseUrl(name: string): string {
  const u = new URL(inject('adminDatabaseUrl'));
  u.pathname = '/' + name;
  return u.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export type TestDatabase = Database & { url: string; name: string };

/** Clones the template (`empty: true` gives a bare, unmigrated database instead). */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const parentPid = inject('templateDatabase').split('_').pop();
  const name = `jixiao_test_${parentPid}_${randomBytes(5).toString('hex')}`;
  await adminQuery(
    `CREATE DATABASE ${ident(name)}${options.empty ? '' : ` TEMPLATE ${ident(inject('templateDatabase'))}`}`,
  );
  const url = databaseUrl(name);
  const database = openDatabase(url, 5);
  return { ...database, url, name };
}
