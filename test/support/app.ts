/**
 * The real application in-process on a fresh database, driven through Fastify's `inject` (no port),
 * with a clock the test controls and helpers to sign in as any demo user.
 */
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { AppDeps } from '../../src/app/deps.ts';
import { allRoutes } from '../../src/app/routes.ts';
import { loadConfig, type Config } from '../../src/platform/config.ts';
import { buildServer } from '../../src/app/server.ts';
import { createJobQueue } from '../../src/app/jobs.ts';
import { organisations, users } from '../../src/platform/db/schema/index.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { TEST_PASSWORDS } from './passwords.ts';

export type TestClock = { now: Date; advanceMinutes: (minutes: number) => void };

export type Session = {
  username: string;
  cookie: string;
  csrfToken: string;
  request: (
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<LightMyRequestResponse>;
};

export type TestApp = {
  app: FastifyInstance;
  deps: AppDeps;
  database: TestDatabase;
  clock: TestClock;
  login: (username: string, password?: string) => Promise<Session>;
  orgId: (code: string) => Promise<string>;
  userId: (username: string) => Promise<string>;
  close: () => Promise<void>;
};

export async function createTestApp(
  overrides: Partial<Config> = {},
  options: { jobs?: boolean } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock: TestClock = {
    now: new Date('2026-03-02T09:00:00Z'),
    advanceMinutes(minutes) {
      this.now = new Date(this.now.getTime() + minutes * 60_000);
    },
  };
  const config = { ...loadConfig({}), ...overrides };
  const deps: AppDeps = { db: database.db, config, clock: () => clock.now, databaseKind: 'embedded' };
  // The background job queue (pg-boss) only where a test needs it: it starts its own schema and workers.
  if (options.jobs) {
    deps.jobs = createJobQueue(database, deps);
    await deps.jobs.start();
  }
  const app = await buildServer(deps, allRoutes(deps), { webDist: null, logErrors: () => {} });

  async function login(username: string, password?: string): Promise<Session> {
    const pw = password ?? (username === 'admin' ? TEST_PASSWORDS.admin : TEST_PASSWORDS.demo);
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: pw },
    });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === config.security.cookieName)!;
    const session: Session = {
      username,
      cookie: `${cookie.name}=${cookie.value}`,
      csrfToken: res.json().csrfToken,
      request: (method, url, body, headers = {}) =>
        app.inject({
          method: method as 'GET',
          url,
          headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, ...headers },
          ...(body === undefined ? {} : { payload: body as object }),
        }),
    };
    return session;
  }

  return {
    app,
    deps,
    database,
    clock,
    login,
    orgId: async (code) =>
      (
        await database.db
          .select({ id: organisations.id })
          .from(organisations)
          .where(eq(organisations.code, code))
      )[0]!.id,
    userId: async (username) =>
      (
        await database.db
          .select({ id: users.id })
          .from(users)
          .where(eq(sql`lower(${users.username})`, username.toLowerCase()))
      )[0]!.id,
    close: async () => {
      await deps.jobs?.stop();
      await app.close();
      await database.close();
    },
  };
}
