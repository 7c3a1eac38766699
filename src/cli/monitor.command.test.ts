import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { registerMonitorCommand } from './monitor.command.ts';

const example = fileURLToPath(new URL('../../docs/examples/monitoring-round.json', import.meta.url));

async function monitor(args: string[]): Promise<{ out: string; err: string; code: number | undefined }> {
  let out = '';
  let err = '';
  const program = new Command().exitOverride();
  registerMonitorCommand(program, {
    stdout: { write: (t) => void (out += t) },
    stderr: { write: (t) => void (err += t) },
  });
  process.exitCode = undefined;
  await program.parseAsync(['monitor', ...args], { from: 'user' });
  const code = process.exitCode as number | undefined;
  return { out, err, code };
}

afterEach(() => {
  process.exitCode = undefined;
});

async function tempFile(content: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-monitor-'));
  const file = join(dir, 'round.json');
  await writeFile(file, content);
  return file;
}

type JsonOut = {
  month: number;
  projects: Array<{
    name: string;
    budget: string;
    executed: string;
    progress: string | null;
    light: string | null;
    message: string;
    needsResponse: boolean;
    indicators: Array<{ name: string; light: string | null; message: string }>;
  }>;
  submissionProblems: string[];
};

async function exampleJson(): Promise<
  Record<string, unknown> & { projects: Array<Record<string, unknown>> }
> {
  return JSON.parse(await readFile(example, 'utf8')) as Record<string, unknown> & {
    projects: Array<Record<string, unknown>>;
  };
}

describe('jixiao monitor', () => {
  it('computes the documented example with --json: decimal strings used, v at 2 decimals, every light', async () => {
    const r = await monitor([example, '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as JsonOut;
    expect(json.month).toBe(7);
    const byName = Object.fromEntries(json.projects.map((p) => [p.name, p]));
    // (70.00 + 710.00) budget, 420.50 + 35.20 executed: 455.70 / 780.00 ÷ 7/12 × 100 = 100.15
    expect(byName['大厅运行保障经费']).toMatchObject({
      budget: '780.00',
      executed: '455.70',
      progress: '100.15',
      light: 'green',
    });
    // 80.00 / 195.01 ÷ 7/12 × 100 = 70.325…
    expect(byName['信息系统运维']).toMatchObject({
      budget: '195.01',
      executed: '80.00',
      progress: '70.33',
      light: 'yellow',
    });
    expect(byName['信息系统运维']!.indicators[0]).toMatchObject({
      name: '信息采集和发布数量',
      light: 'blue',
    });
    expect(byName['办公设备采购']).toMatchObject({ progress: '0.00', light: 'red', needsResponse: true });
    expect(byName['历年欠款清偿']).toMatchObject({ budget: '0', progress: null, light: null });
    expect(byName['历年欠款清偿']!.message).toContain('预算数为0');
    expect(byName['部门整体支出']).toMatchObject({ budget: '2150.00', executed: '1180.30', light: 'green' });
    expect(json.submissionProblems).toEqual([]);
    for (const p of json.projects)
      for (const i of p.indicators)
        expect(Object.keys(i)).toEqual(expect.arrayContaining(['name', 'light', 'message']));
  });

  it('shows the arithmetic in the text form', async () => {
    const r = await monitor([example]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      '执行进度 v =（累计执行数 80.00 ÷ 预算数 195.01）÷（7 ÷ 12）× 100 = 70.33，黄灯（60 ≤ v < 80）',
    );
    expect(r.out).toContain('按7/12折算为583.33条');
    expect(r.out).toContain('红灯处理意见：继续执行');
    expect(r.out).toContain('可以提交');
  });

  it('says which red light still needs the unit’s response', async () => {
    const file = await exampleJson();
    delete file.projects[2]!.response;
    const r = await monitor([await tempFile(JSON.stringify(file))]);
    expect(r.out).toContain('项目“办公设备采购”亮红灯，提交前须填写处理意见');
    expect(r.code).toBe(0);
  });

  it('names the field in Chinese and exits 2 when an amount is a JSON number', async () => {
    const file = await exampleJson();
    file.projects[1]!.executed = 80;
    const r = await monitor([await tempFile(JSON.stringify(file))]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('第2个项目“信息系统运维”的累计执行数（$.projects[1].executed）');
    expect(r.err).toContain('十进制数字字符串');
    expect(r.err).not.toMatch(/\bat .*\.ts:\d+/);
    expect(r.out).toBe('');
  });

  it('refuses a month outside 1–12 and a total that disagrees with its funding sources', async () => {
    const file = await exampleJson();
    file.month = 13;
    let r = await monitor([await tempFile(JSON.stringify(file)), '--json']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('截至月份');
    expect(JSON.parse(r.out)).toMatchObject({ ok: false });

    const file2 = await exampleJson();
    file2.projects[0]!.executed = '400.00';
    r = await monitor([await tempFile(JSON.stringify(file2))]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('第1个项目“大厅运行保障经费”的累计执行数');
    expect(r.err).toContain('与各资金来源合计455.70不一致');
  });

  it('refuses a missing file, invalid JSON and an unknown rule set with exit 2', async () => {
    expect((await monitor(['/nonexistent/round.json'])).err).toContain('文件不存在');
    const bad = await monitor([await tempFile('{"month": ')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('不是有效的 JSON：内容在文件末尾意外结束');
    const file = await exampleJson();
    file.rules = 'nowhere';
    const unknown = await monitor([await tempFile(JSON.stringify(file))]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('没有编号为“nowhere”的内置预警规则');
  });

  it('applies a region’s checkpoint rules when the file names the region', async () => {
    const file = await exampleJson();
    delete file.rules;
    file.region = '示例省';
    file.month = 6;
    // 信息系统运维: 80.00 / 195.01 = 41.02% by the end of June: meets the 40% checkpoint
    const r = await monitor([await tempFile(JSON.stringify(file)), '--json']);
    const json = JSON.parse(r.out) as JsonOut & { rules: { id: string } };
    expect(json.rules.id).toBe('checkpoints-example');
    expect(json.projects[1]!.message).toContain('不低于6月末节点要求40%');
  });
});
