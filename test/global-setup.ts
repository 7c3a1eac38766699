/**
 * One real PostgreSQL server per test run: the embedded server in a temporary folder, or the server
 * named by TEST_DATABASE_URL. A template database is migrated and bootstrapped (admin accounts and
 * the demo) once; each test file clones it, which takes a fraction of a second.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedServer } from '../src/platform/db/embedded.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { runMigrations } from '../src/platform/db/migrate.ts';
import { loadConfig } from '../src/platform/config.ts';
import { bootstrap } from '../src/features/system/bootstrap.ts';
import { loadDemo } from '../src/features/demo/load-demo.ts';
import { registerWorkflowDocuments } from '../src/app/routes.ts';
import { TEST_PASSWORDS } from './support/passwords.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    templateDatabase: string;
  }
}

const ident = (s: string) => '"' + s.replace(/"/g, '""') + '"';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let embedded: EmbeddedServer | null = null;
  let folder: string | null = null;
  let adminUrl = process.env.TEST_DATABASE_URL ?? '';
  if (!adminUrl) {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-test-pg-'));
    if (typeof process.getuid === 'function' && process.getuid() === 0) fs.chmodSync(folder, 0o777);
    embedded = await startEmbeddedPostgres(folder, { lock: false });
    adminUrl = embedded.connectionString('postgres');
  }
  const template = `jixiao_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${ident(template)}`);
  await admin.query(`CREATE DATABASE ${ident(template)}`);
  const templateUrl = withDatabase(adminUrl, template);
  const database = openDatabase(templateUrl, 2);
  try {
    await runMigrations(database.db);
    const deps = {
      db: database.db,
      config: loadConfig({}),
      clock: () => new Date('2026-03-01T08:00:00Z'),
      databaseKind: 'embedded' as const,
    };
    await database.db.transaction(async (tx) => {
      await bootstrap(
        { ...deps, db: tx },
        {
          JIXIAO_ADMIN_PASSWORD: TEST_PASSWORDS.admin,
          JIXIAO_SECADMIN_PASSWORD: TEST_PASSWORDS.demo,
          JIXIAO_AUDITOR_PASSWORD: TEST_PASSWORDS.demo,
        },
      );
      registerWorkflowDocuments();
      await loadDemo({ ...deps, db: tx }, TEST_PASSWORDS.demo);
    });
  } finally {
    await database.close();
  }
  project.provide('adminDatabaseUrl', adminUrl);
  project.provide('templateDatabase', template);
  return async () => {
    const dbs = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`,
      [`jixiao_test_${process.pid}_%`, template],
    );
    for (const row of dbs.rows)
      await admin.query(`DROP DATABASE IF EXISTS ${ident(row.datname)} WITH (FORCE)`).catch(() => {});
    await admin.end();
    if (embedded) await embedded.stop();
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = '/' + database;
  return u.toString();
}
