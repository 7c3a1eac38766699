import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractRendered } from '../documents/self-check.ts';
import { registerRenderCommand } from './render.command.ts';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-render-'));
const EXAMPLE = fileURLToPath(new URL('../../docs/examples/final-accounts-000.json', import.meta.url));

async function run(args: string[]): Promise<{ out: string; err: string; code: number | undefined }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  process.exitCode = undefined;
  const program = new Command()
    .exitOverride()
    .configureOutput({ writeOut: (s) => (out += s), writeErr: (s) => (err += s) });
  registerRenderCommand(program);
  program.commands.forEach((c) =>
    c
      .exitOverride()
      .commands.forEach((s) =>
        s.exitOverride().configureOutput({ writeOut: (x) => (out += x), writeErr: (x) => (err += x) }),
      ),
  );
  try {
    await program.parseAsync(['render', ...args], { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
  const code = process.exitCode as number | undefined;
  process.exitCode = undefined;
  return { out, err, code };
}

afterEach(() => vi.restoreAllMocks());

describe('jixiao render', () => {
  it('renders the example (seed 000) as DOCX with no error finding', async () => {
    const out = join(dir, '说明.docx');
    const r = await run(['explanation', EXAMPLE, '--format', 'docx', '--out', out, '--numbering', 'flat']);
    expect(r.err).toBe('');
    expect(r.out).toContain('共 0 个错误');
    expect(r.code ?? 0).toBe(0);
    const text = (await extractRendered(readFileSync(out), 'docx')).map((l) => l.text).join('\n');
    expect(text).toContain('2020年度收、支总计233.72万元');
    expect(text).toContain('支出决算为11.80万元');
  });

  it('renders the 附表 workbook', async () => {
    const out = join(dir, '附表.xlsx');
    const r = await run(['appendix', EXAMPLE, '--out', out]);
    expect(r.code ?? 0).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const rows = wb
      .getWorksheet('收入支出决算总表')!
      .getSheetValues()
      .filter(Array.isArray) as ExcelJS.CellValue[][];
    expect(rows.find((row) => row[1] === '总计')!.slice(1)).toEqual(['总计', 233.72, '总计', 233.72]);
  });

  it('names each invalid field by its JSON path, in Chinese, without a stack trace, exit 2', async () => {
    const bad = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as {
      current: { summary: { income: { total: unknown } } };
      year: unknown;
    };
    bad.current.summary.income.total = 2337180;
    bad.year = '2020';
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    const r = await run(['explanation', file, '--out', join(dir, 'x.docx')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('current.summary.income.total');
    expect(r.err).toContain('year');
    expect(r.err).toContain('不符合格式');
    expect(r.err).not.toContain('    at ');
  });

  it('says so when the file is missing or not JSON, or the format is unknown', async () => {
    const missing = await run(['explanation', join(dir, 'none.json')]);
    expect(missing.err).toContain('找不到文件');
    expect(missing.code).toBe(2);
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{ unit: ');
    const r = await run(['appendix', notJson]);
    expect(r.err).toContain('不是有效的 JSON');
    expect(r.code).toBe(2);
    const fmt = await run(['explanation', EXAMPLE, '--format', 'odt']);
    expect(fmt.err).toContain('--format 只能是 docx 或 pdf');
    expect(fmt.code).toBe(2);
  });

  it('has --help for each subcommand', async () => {
    const a = await run(['explanation', '--help']);
    expect(a.out).toContain('--format <format>');
    expect(a.out).toContain('决算情况说明');
    const b = await run(['appendix', '--help']);
    expect(b.out).toContain('决算公开附表');
  });
});
