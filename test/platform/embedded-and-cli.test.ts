import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import net from 'node:net';
import { createTestDatabase } from '../support/db.ts';
import { DataFolderInUseError, lockDataFolder } from '../../src/platform/db/embedded.ts';

const run = promisify(execFile);
const BIN = path.resolve('bin/jixiao.js');

async function jixiao(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, ...env },
      timeout: 60000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the data folder lock', () => {
  it('refuses a second process on the same folder with a clear Chinese message, and takes over a stale lock', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-lock-'));
    // A lock held by a live process (our parent) is respected.
    fs.writeFileSync(path.join(folder, 'jixiao.lock'), String(process.ppid));
    expect(() => lockDataFolder(folder)).toThrow(DataFolderInUseError);
    expect(() => lockDataFolder(folder)).toThrow(/正被另一个 Jixiao 进程/);
    // A lock left by a process that is gone is taken over.
    fs.writeFileSync(path.join(folder, 'jixiao.lock'), '999999');
    const release = lockDataFolder(folder);
    expect(fs.readFileSync(path.join(folder, 'jixiao.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(folder, 'jixiao.lock'))).toBe(false);
    fs.rmSync(folder, { recursive: true, force: true });
  });
});

describe('the jixiao command', () => {
  it('prints help and lists its commands', async () => {
    const res = await jixiao(['--help']);
    expect(res.code).toBe(0);
    for (const c of ['serve', 'migrate', 'demo', 'audit', 'backup', 'restore', 'check', 'score', 'render'])
      expect(res.stdout).toContain(c);
  });

  it('answers an unknown command with a non-zero exit and no stack trace', async () => {
    const res = await jixiao(['no-such-command']);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('错误：未知的命令 no-such-command');
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a second serve on a data folder in use, exiting non-zero', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-serve-'));
    fs.writeFileSync(path.join(folder, 'jixiao.lock'), String(process.ppid));
    fs.writeFileSync(path.join(folder, 'server.json'), JSON.stringify({ pid: process.ppid, port: 1 }));
    const res = await jixiao(['serve'], { JIXIAO_DATA: folder, PORT: '0' });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('正被另一个 Jixiao 进程');
    expect(res.stderr).not.toMatch(/\n\s+at /);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('says in Chinese that the port is taken and exits, leaving no job poller running', async () => {
    const database = await createTestDatabase();
    await database.close();
    const taken = net.createServer();
    await new Promise<void>((done) => taken.listen(0, '127.0.0.1', done));
    const port = (taken.address() as net.AddressInfo).port;
    try {
      // With the job queue still polling, the process would never exit and this would time out.
      const res = await jixiao(['serve'], {
        DATABASE_URL: database.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        JIXIAO_ADMIN_PASSWORD: 'Admin#Pass2026',
      });
      expect(res.code).toBe(1);
      expect(res.stderr).toContain(`端口 ${port} 已被其他程序占用`);
      expect(res.stderr).not.toMatch(/EADDRINUSE|\n\s+at /);
    } finally {
      taken.close();
    }
  });

  it('reports a missing backup file clearly on restore', async () => {
    const url = new URL((await import('vitest')).inject('adminDatabaseUrl'));
    const res = await jixiao(['restore', '/nonexistent/backup.gz'], { DATABASE_URL: url.toString() });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('找不到备份文件');
  });
});
