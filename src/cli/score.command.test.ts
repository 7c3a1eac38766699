import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { registerScoreCommand } from './score.command.ts';

const fixtures = fileURLToPath(new URL('../domain/scoring/fixtures/', import.meta.url));
const example = fileURLToPath(new URL('../../docs/examples/evaluation-procurement.json', import.meta.url));

async function score(args: string[]): Promise<{ out: string; err: string; code: number | undefined }> {
  let out = '';
  let err = '';
  const program = new Command().exitOverride();
  registerScoreCommand(program, {
    stdout: { write: (t) => void (out += t) },
    stderr: { write: (t) => void (err += t) },
  });
  process.exitCode = undefined;
  await program.parseAsync(['score', ...args], { from: 'user' });
  const code = process.exitCode as number | undefined;
  return { out, err, code };
}

afterEach(() => {
  process.exitCode = undefined;
});

async function tempFile(content: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-score-'));
  const file = join(dir, 'evaluation.json');
  await writeFile(file, content);
  return file;
}

describe('jixiao score', () => {
  it('prints scores, total, base score and grade and exits 0 when every printed figure agrees (004 panel)', async () => {
    const r = await score([join(fixtures, '004-panel.json')]);
    expect(r.out).toContain('基础得分：98.50');
    expect(r.out).toContain('评价等次：优');
    expect(r.out).toContain('所有填报数均与计分规则一致');
    expect(r.code).toBe(0);
  });

  it('reports 001 执行进度 printed 5.51 against the rule’s 5.48 and exits 1', async () => {
    const r = await score([join(fixtures, '001-department.json')]);
    expect(r.out).toContain('填报得分5.51，按计分规则应为5.48');
    expect(r.out).toContain('预算编制 > 编制准确');
    expect(r.code).toBe(1);
  });

  it('gives machine-readable output with --json, listing the disagreements of 政府采购专项业务费', async () => {
    const r = await score([join(fixtures, '001-procurement.json'), '--json']);
    const json = JSON.parse(r.out) as {
      final: { base: string; grade: string };
      disagreements: Array<{ what: string; given: string; computed: string }>;
      excluded: unknown[];
    };
    expect(json.final).toMatchObject({ base: '96.80', grade: '优' });
    expect(json.excluded).toHaveLength(3);
    expect(json.disagreements).toContainEqual(
      expect.objectContaining({ what: 'base', given: '96.78', computed: '96.80' }),
    );
    expect(r.code).toBe(1);
  });

  it('scores the documented example file in docs/examples', async () => {
    const r = await score([example]);
    expect(r.out).toContain('基础得分');
    expect([0, 1]).toContain(r.code);
  });

  it('names the JSON path of bad input and exits 2 without a stack trace', async () => {
    const original = JSON.parse(await readFile(join(fixtures, '001-department.json'), 'utf8')) as {
      inputs: { accuracy: { values: Record<string, unknown> } };
    };
    original.inputs.accuracy.values['全年预算调剂金额'] = 251.12;
    const r = await score([await tempFile(JSON.stringify(original))]);
    expect(r.err).toContain('$.inputs.accuracy.values');
    expect(r.err).toContain('十进制数字字符串（如 "251.12"）');
    expect(r.err).not.toMatch(/\bat .*\.ts:\d+/);
    expect(r.code).toBe(2);
  });

  it('refuses an unknown built-in template, unreadable JSON and a missing file with exit code 2', async () => {
    const unknown = await score([await tempFile('{"template":"nope","inputs":{},"sheets":[]}')]);
    expect(unknown.err).toContain('$.template');
    expect(unknown.code).toBe(2);
    const broken = await score([await tempFile('{not json')]);
    expect(broken.err).toContain('不是有效的 JSON：第 1 行第 2 列附近格式有误');
    expect(broken.err).not.toMatch(/Unexpected|position|Expected/);
    expect(broken.code).toBe(2);
    const missing = await score(['/nonexistent/evaluation.json']);
    expect(missing.err).toContain('无法读取文件');
    expect(missing.code).toBe(2);
  });

  it('exits 2 when an indicator cannot be scored (a qualitative score outside its range)', async () => {
    const file = await tempFile(
      JSON.stringify({
        template: {
          id: 't',
          name: '定性测试',
          kind: 'project',
          version: 1,
          grades: [
            { grade: '优', min: '90' },
            { grade: '差', min: '0' },
          ],
          rounding: { mode: 'exact', places: 2 },
          indicators: [
            {
              id: 'q',
              name: '服务质量',
              weight: '10',
              rule: { kind: 'direction', direction: 'qualitative' },
            },
          ],
        },
        inputs: { q: { level: '部分达成' } },
        sheets: [{ evaluator: { name: '甲' }, scores: { q: { score: '9' } } }],
      }),
    );
    const r = await score([file]);
    expect(r.out).toContain('超出范围，不予接受');
    expect(r.code).toBe(2);
  });

  const twoLeaves = (inputs: unknown, scores: unknown) =>
    JSON.stringify({
      template: {
        id: 't2',
        name: '两项指标',
        kind: 'project',
        version: 1,
        grades: [
          { grade: '优', min: '90' },
          { grade: '差', min: '0' },
        ],
        rounding: { mode: 'exact', places: 2 },
        indicators: [
          { id: 'cost', name: '成本控制', weight: '5', rule: { kind: 'direction', direction: 'lower' } },
          { id: 'work', name: '工作完成', weight: '95', rule: { kind: 'manual' } },
        ],
      },
      inputs,
      sheets: [{ evaluator: { name: '甲' }, scores }],
    });

  it('prints no total and no grade for a sheet with an unscored indicator, naming the missing actual', async () => {
    const file = await tempFile(twoLeaves({ cost: { target: '32.35万元' } }, { work: { score: '95' } }));
    const r = await score([file]);
    expect(r.out).toContain('尚未填写实际值');
    expect(r.out).not.toContain('目标值和实际值');
    expect(r.out).toContain('未完成评分（缺1项）：成本控制');
    expect(r.out).not.toContain('最终得分');
    expect(r.out).not.toContain('评价等次：');
    expect(r.code).toBe(2);
    const j = await score([file, '--json']);
    const json = JSON.parse(j.out) as {
      final: { complete: boolean; grade: null; total: null; missing: Array<{ field: string }> };
    };
    expect(json.final).toMatchObject({ complete: false, grade: null, total: null });
    expect(json.final.missing).toEqual([expect.objectContaining({ id: 'cost', field: 'actual' })]);
  });

  it('lists a printed whole number hiding a deduction: "5" against a computed 4.94 is a disagreement', async () => {
    // 反向: 32.35 against 32 → (1 − 0.35 ÷ 32) × 5 = 4.9453…, printed as a whole 5.
    const file = await tempFile(
      twoLeaves(
        { cost: { target: '32万元', actual: '32.35万元' } },
        { cost: { score: '5' }, work: { score: '95' } },
      ),
    );
    const r = await score([file]);
    expect(r.out).toContain('填报得分5，按计分规则应为4.95');
    expect(r.out).toContain('填报数与计分规则不一致（1处）');
    expect(r.code).toBe(1);
  });

  it('scores an underspent 成本 indicator (31.68 against 32.35万元) full marks', async () => {
    const file = await tempFile(
      twoLeaves({ cost: { target: '32.35万元', actual: '31.68' } }, { work: { score: '95' } }),
    );
    const r = await score([file]);
    expect(r.out).toContain('得分5.00');
    expect(r.out).toContain('最终得分：100.00');
    expect(r.code).toBe(0);
  });
});
