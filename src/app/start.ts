/**
 * Starting the application: database (embedded or external), migrations, first-start bootstrap and
 * demo, the web UI build if missing, and the HTTP server. Returns a stop function for clean shutdown.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../platform/config.ts';
import { takeOverShutdownSignals } from '../platform/db/embedded.ts';
import type { GeneratedCredential } from '../features/system/bootstrap.ts';
import type { AppDeps } from './deps.ts';
import { openConfiguredDatabase } from './open-database.ts';

/**
 * The server's code (every feature, the renderers, Fastify) is loaded while PostgreSQL starts: that is a
 * separate process, so the two overlap instead of adding up.
 */
async function loadServerModules() {
  const [migrate, server, routes, demo, demoData, bootstrap, backup, jobs] = await Promise.all([
    import('../platform/db/migrate.ts'),
    import('./server.ts'),
    import('./routes.ts'),
    import('../features/demo/load-demo.ts'),
    import('../features/demo/demo-data.ts'),
    import('../features/system/bootstrap.ts'),
    import('../features/system/backup.ts'),
    import('./jobs.ts'),
  ]);
  return { ...migrate, ...server, ...routes, ...demo, ...demoData, ...bootstrap, ...backup, ...jobs };
}

/** How long a graceful stop waits for requests in flight before closing their connections. */
const DRAIN_TIMEOUT_MS = 30000;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_DIST = path.join(ROOT, 'web', 'dist');

export async function ensureWebBuilt(log: (line: string) => void): Promise<void> {
  if (fs.existsSync(path.join(WEB_DIST, 'index.html'))) return;
  const configFile = path.join(ROOT, 'web', 'vite.config.ts');
  if (!fs.existsSync(configFile)) {
    log('未找到 web/vite.config.ts，跳过界面构建（仅提供 API）。');
    return;
  }
  // Normally built at install time (npm install → npm run build); this covers a tree without that build.
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    log(
      '未找到网页界面的构建结果（web/dist），也未安装 vite：仅提供 API。请运行 npm install 或 npm run build。',
    );
    return;
  }
  log('首次启动：正在构建网页界面（约需几十秒）…');
  await vite.build({ configFile, logLevel: 'warn' });
}

export type RunningApp = { url: string; stop: () => Promise<void> };

export async function startApplication(
  config: Config,
  log: (line: string) => void = console.log,
): Promise<RunningApp> {
  const modules = loadServerModules();
  modules.catch(() => {}); // reported below, once the database is open (or not)
  const database = await openConfiguredDatabase(config, { asServer: true });
  let jobs: AppDeps['jobs'];
  try {
    const {
      runMigrations,
      bootstrap,
      generatePassword,
      loadDemo,
      DEMO_ORGS,
      DEMO_ROLES,
      DEMO_WORKFLOW_USERS,
      buildServer,
      allRoutes,
      registerWorkflowDocuments,
      readAuditHead,
      createJobQueue,
    } = await modules;
    await runMigrations(database.db);
    const deps: AppDeps = { db: database.db, config, clock: () => new Date(), databaseKind: database.kind };
    const env = process.env;
    const demoPassword = config.demoPassword ?? (config.loadDemo ? generatePassword() : null);
    const first = await database.db.transaction((tx) =>
      bootstrap(
        { ...deps, db: tx },
        {
          JIXIAO_ADMIN_PASSWORD: config.adminPassword,
          // In the demo the other two administrators share the demo password.
          JIXIAO_SECADMIN_PASSWORD: env.JIXIAO_SECADMIN_PASSWORD || (config.loadDemo ? demoPassword : null),
          JIXIAO_AUDITOR_PASSWORD: env.JIXIAO_AUDITOR_PASSWORD || (config.loadDemo ? demoPassword : null),
        },
      ),
    );
    let demoLoaded = false;
    if (config.loadDemo && first.created) {
      registerWorkflowDocuments();
      const result = await database.db.transaction((tx) => loadDemo({ ...deps, db: tx }, demoPassword!));
      demoLoaded = result.loaded;
    }
    await ensureWebBuilt(log);
    // Background jobs (batch documents): this process both queues and works them.
    jobs = deps.jobs = createJobQueue(database, deps);
    await deps.jobs.start();
    const app = await buildServer(deps, allRoutes(deps), { webDist: WEB_DIST });
    try {
      await app.listen({ port: config.port, host: config.host });
    } catch (error) {
      await app.close().catch(() => {});
      throw listenFailure(error, config.port);
    }
    const url = `http://localhost:${config.port}`;
    printBanner(
      { log, orgs: DEMO_ORGS, roles: DEMO_ROLES, extra: DEMO_WORKFLOW_USERS },
      url,
      database.kind,
      first.generated,
      demoLoaded ? demoPassword : null,
      config.loadDemo,
    );
    // The audit chain's head goes to the log at start and daily: kept outside the database, it lets
    // `jixiao audit verify --expect-head` notice entries deleted from the end.
    const logAuditHead = () =>
      readAuditHead(database.pool)
        .then((head) => {
          if (head)
            log(
              `审计日志末条：序号 ${head.seq}，哈希 ${head.hash}（可用 jixiao audit verify --expect-head 核对）`,
            );
        })
        .catch(() => {});
    void logAuditHead();
    const daily = setInterval(logAuditHead, 24 * 60 * 60 * 1000);
    daily.unref();
    // From here SIGINT/SIGTERM go to the caller's stop(), which lets requests in flight finish.
    takeOverShutdownSignals();
    return {
      url,
      stop: async () => {
        clearInterval(daily);
        // Fastify stops accepting, answers new requests on open connections with 503, closes idle
        // keep-alive connections and waits for the requests in flight; a stuck one is cut after a while.
        const drain = setTimeout(() => app.server.closeAllConnections(), DRAIN_TIMEOUT_MS);
        drain.unref();
        try {
          await app.close();
          await deps.jobs?.stop();
        } finally {
          clearTimeout(drain);
          await database.close();
        }
      },
    };
  } catch (error) {
    // The queue's pollers would keep the process alive after a failed start.
    await jobs?.stop().catch(() => {});
    await database.close();
    throw error;
  }
}

/** Why the server could not take its port, said as the person starting it needs to hear it. */
function listenFailure(error: unknown, port: number): Error {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE')
    return new Error(`端口 ${port} 已被其他程序占用：请先停止那个程序，或用 PORT 指定另一个端口后再启动。`);
  if (code === 'EACCES')
    return new Error(`没有权限使用端口 ${port}：请用 PORT 指定 1024 以上的端口后再启动。`);
  return error instanceof Error ? error : new Error(String(error));
}

type Demo = {
  log: (line: string) => void;
  orgs: typeof import('../features/demo/demo-data.ts').DEMO_ORGS;
  roles: typeof import('../features/demo/demo-data.ts').DEMO_ROLES;
  extra: typeof import('../features/demo/demo-data.ts').DEMO_WORKFLOW_USERS;
};

function printBanner(
  { log, orgs, roles, extra }: Demo,
  url: string,
  kind: string,
  generated: GeneratedCredential[],
  demoPassword: string | null,
  demo: boolean,
): void {
  log(
    `绩效 Jixiao 已启动：${url}  （数据库：${kind === 'embedded' ? '内置 PostgreSQL' : '外部 PostgreSQL'}）`,
  );
  for (const g of generated)
    log(`  首次启动生成的${g.role}账号：${g.username}  密码：${g.password}  （只显示这一次，请妥善保存）`);
  if (demo) {
    log('演示账号：admin（系统管理员）、secadmin（安全管理员）、auditor（审计管理员），以及各演示单位的：');
    for (const org of orgs.flatMap((o) => [o, ...(o.children ?? [])])) {
      log(`  ${org.name}：${roles.map((r) => `${org.prefix}_${r.suffix}（${r.label}）`).join('、')}`);
    }
    for (const u of extra) log(`  ${u.displayName}：${u.username}`);
    if (demoPassword) log(`  演示账号密码：${demoPassword}`);
    else log('  演示账号密码：见首次启动时的输出，或启动前设置 JIXIAO_DEMO_PASSWORD。');
  }
}
