/**
 * Starting the application: database (embedded or external), migrations, first-start bootstrap and
 * demo, the web UI build if missing, and the HTTP server. Returns a stop function for clean shutdown.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../platform/config.ts';
import { runMigrations } from '../platform/db/migrate.ts';
import { buildServer } from './server.ts';
import { loadDemo } from '../features/demo/load-demo.ts';
import { DEMO_ORGS, DEMO_ROLES } from '../features/demo/demo-data.ts';
import { bootstrap, generatePassword, type GeneratedCredential } from '../features/system/bootstrap.ts';
import type { AppDeps } from './deps.ts';
import { openConfiguredDatabase } from './open-database.ts';
import { allRoutes } from './routes.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_DIST = path.join(ROOT, 'web', 'dist');

export async function ensureWebBuilt(log: (line: string) => void): Promise<void> {
  if (fs.existsSync(path.join(WEB_DIST, 'index.html'))) return;
  const configFile = path.join(ROOT, 'web', 'vite.config.ts');
  if (!fs.existsSync(configFile)) {
    log('未找到 web/vite.config.ts，跳过界面构建（仅提供 API）。');
    return;
  }
  log('首次启动：正在构建网页界面（约需几十秒）…');
  const { build } = await import('vite');
  await build({ configFile, logLevel: 'warn' });
}

export type RunningApp = { url: string; stop: () => Promise<void> };

export async function startApplication(
  config: Config,
  log: (line: string) => void = console.log,
): Promise<RunningApp> {
  const database = await openConfiguredDatabase(config, { asServer: true });
  try {
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
      const result = await database.db.transaction((tx) => loadDemo({ ...deps, db: tx }, demoPassword!));
      demoLoaded = result.loaded;
    }
    await ensureWebBuilt(log);
    const app = await buildServer(deps, allRoutes(deps), { webDist: WEB_DIST });
    await app.listen({ port: config.port, host: config.host });
    const url = `http://localhost:${config.port}`;
    printBanner(log, url, database.kind, first.generated, demoLoaded ? demoPassword : null, config.loadDemo);
    return {
      url,
      stop: async () => {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

function printBanner(
  log: (line: string) => void,
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
    for (const org of DEMO_ORGS.flatMap((o) => [o, ...(o.children ?? [])])) {
      log(`  ${org.name}：${DEMO_ROLES.map((r) => `${org.prefix}_${r.suffix}（${r.label}）`).join('、')}`);
    }
    if (demoPassword) log(`  演示账号密码：${demoPassword}`);
    else log('  演示账号密码：见首次启动时的输出，或启动前设置 JIXIAO_DEMO_PASSWORD。');
  }
}
