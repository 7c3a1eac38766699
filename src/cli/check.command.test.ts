import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerCheckCommand } from './check.command.ts';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-cli-'));

async function run(args: string[]): Promise<{ out: string; err: string; code: number | undefined }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  process.exitCode = undefined;
  const program = new Command().exitOverride();
  registerCheckCommand(program);
  try {
    await program.parseAsync(['check', ...args], { from: 'user' });
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
  const code = process.exitCode as number | undefined;
  process.exitCode = undefined;
  return { out, err, code };
}

afterEach(() => vi.restoreAllMocks());

describe('jixiao check', () => {
  const bad = join(dir, 'bad.txt');
  writeFileSync(bad, '项目全年预算数32.35万元，执行数为31.68万元，完成预算的96.93%。\n');
  const good = join(dir, 'good.txt');
  writeFileSync(good, '项目全年预算数32.35万元，执行数为31.68万元，完成预算的97.93%。\n');

  it('prints JSON findings and exits 1 when a claim is wrong (31.68 ÷ 32.35 = 97.93%, not 96.93%)', async () => {
    const { out, code } = await run([bad, '--json']);
    const json = JSON.parse(out) as {
      files: { file: string; findings: { rule: string; line: number; expected: string }[] }[];
    };
    expect(json.files[0]!.file).toBe(bad);
    expect(json.files[0]!.findings[0]).toMatchObject({
      rule: 'completion.percent',
      line: 1,
      expected: '97.93%',
    });
    expect(code).toBe(1);
  });

  it('prints a Chinese summary and exits 0 when every claim holds', async () => {
    const { out, code } = await run([good]);
    expect(out).toContain('共 0 个错误');
    expect(code ?? 0).toBe(0);
  });

  it('says which file is missing, without a stack trace, and exits 2', async () => {
    const { err, code } = await run([join(dir, 'missing.txt'), good]);
    expect(err).toContain('找不到文件');
    expect(err).not.toContain('    at ');
    expect(code).toBe(2);
  });
});
