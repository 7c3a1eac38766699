/**
 * Opens the configured database: an external server (DATABASE_URL), or the embedded one in the data
 * folder. When the embedded server is already running under `jixiao serve`, command-line tools
 * (backup, audit verify…) connect to it; a second server on the same folder is refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../platform/config.ts';
import { openDatabase, type Database } from '../platform/db/database.ts';
import { DataFolderInUseError, ensureDatabase, startEmbeddedPostgres } from '../platform/db/embedded.ts';

export type OpenedDatabase = Database & { kind: 'embedded' | 'external'; connectionString: string };

const DATABASE_NAME = 'jixiao';

type RunningInfo = { pid: number; port: number };

function readRunning(dataDir: string): RunningInfo | null {
  try {
    const info = JSON.parse(fs.readFileSync(path.join(dataDir, 'server.json'), 'utf8')) as RunningInfo;
    process.kill(info.pid, 0);
    return info;
  } catch {
    return null;
  }
}

export async function openConfiguredDatabase(
  config: Config,
  options: { asServer: boolean; log?: (line: string) => void },
): Promise<OpenedDatabase> {
  if (config.databaseUrl) {
    const database = openDatabase(config.databaseUrl);
    return { ...database, kind: 'external', connectionString: config.databaseUrl };
  }
  const running = readRunning(config.dataDir);
  if (running && running.pid !== process.pid) {
    if (options.asServer) throw new DataFolderInUseError(config.dataDir, running.pid);
    const password = fs.readFileSync(path.join(config.dataDir, 'pg-password'), 'utf8').trim();
    const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${running.port}/${DATABASE_NAME}`;
    const database = openDatabase(url, 4);
    return { ...database, kind: 'embedded', connectionString: url };
  }
  const server = await startEmbeddedPostgres(config.dataDir, { onLog: options.log });
  const infoPath = path.join(config.dataDir, 'server.json');
  try {
    await ensureDatabase(server.connectionString('postgres'), DATABASE_NAME);
    const url = server.connectionString(DATABASE_NAME);
    const port = Number(new URL(url).port);
    fs.writeFileSync(infoPath, JSON.stringify({ pid: process.pid, port }), { mode: 0o600 });
    const database = openDatabase(url, options.asServer ? 20 : 4);
    return {
      ...database,
      kind: 'embedded',
      connectionString: url,
      close: async () => {
        await database.close();
        try {
          fs.unlinkSync(infoPath);
        } catch {
          // already gone
        }
        await server.stop();
      },
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
