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

describe('jixiao check: claims', () => {
  const text = join(dir, 'claims.txt');
  writeFileSync(
    text,
    [
      '某局2024年度部门决算情况说明',
      '本年支出合计200.00万元，其中：基本支出150.00万元，占75.00%；项目支出50.00万元，',
      '占25.00%。与2023年度相比，本年支出合计增加20.00万元，增长11.11%。',
      '',
    ].join('\n'),
  );
  const empty = join(dir, 'nothing.txt');
  writeFileSync(empty, '本单位主要职能是开展调查研究。\n');

  it('adds per file the claims recognised and verified, by kind, and an empty file says nothing was recognised', async () => {
    const { out, code } = await run([text, empty, '--json']);
    const json = JSON.parse(out) as {
      files: { findings: unknown[]; claims: Record<string, { recognised: number; verified: number }> }[];
    };
    expect(json.files[0]!.findings).toEqual([]);
    expect(json.files[0]!.claims.share).toEqual({ recognised: 2, verified: 2 });
    expect(json.files[0]!.claims.sum).toEqual({ recognised: 1, verified: 1 });
    // A change whose base figure is in the sentence before, on the line before.
    expect(json.files[0]!.claims.change).toEqual({ recognised: 1, verified: 1 });
    expect(Object.values(json.files[1]!.claims).every((c) => c.recognised === 0)).toBe(true);
    expect(code ?? 0).toBe(0);
  });

  it('--explain prints every claim with its arithmetic', async () => {
    const { out } = await run([text, '--explain']);
    expect(out).toContain('已核对（成立/识别）：合计与分项 1/1，占比 2/2，增减变动 1/1，年份 2/2');
    expect(out).toContain('150.00 ÷ 200.00万元 × 100% = 75.00%');
    expect(out).toContain('上年 200.00 − 20.00 = 180');
  });

  it('names rules in Chinese in the text output', async () => {
    const bad = join(dir, 'bad2.txt');
    writeFileSync(
      bad,
      '本年支出合计200.00万元，其中：基本支出150.00万元，占70.00%；项目支出50.00万元，占25.00%。\n',
    );
    const { out, code } = await run([bad]);
    expect(out).toContain('[错误] 占比（share.percent）');
    expect(code).toBe(1);
  });
});
