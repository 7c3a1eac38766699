/**
 * `jixiao accounts check` (the 审核公式 on a JSON or XLSX file), `render` refusing a document while a
 * violation has no reason (unless --force), and `jixiao check` reading the 附表 `render appendix` writes.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeAccountsWorkbook } from '../importers/accounts-xlsx.ts';
import { publicTablesWorkbook } from '../documents/accounts/index.ts';
import { seed000 } from '../domain/accounts/fixtures/seed000.ts';
import { seed001 } from '../domain/accounts/fixtures/seed001.ts';
import { registerAccountsCommand } from './accounts.command.ts';
import { registerCheckCommand } from './check.command.ts';
import { registerRenderCommand } from './render.command.ts';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-accounts-'));
const EXAMPLE = fileURLToPath(new URL('../../docs/examples/final-accounts-000.json', import.meta.url));
const example = () => JSON.parse(readFileSync(EXAMPLE, 'utf8'));

async function run(
  register: (p: Command) => void,
  args: string[],
): Promise<{ out: string; err: string; code: number | undefined }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  process.exitCode = undefined;
  const program = new Command()
    .exitOverride()
    .configureOutput({ writeOut: (s) => (out += s), writeErr: (s) => (err += s) });
  register(program);
  program.commands.forEach((c) =>
    c
      .exitOverride()
      .commands.forEach((s) =>
        s.exitOverride().configureOutput({ writeOut: (x) => (out += x), writeErr: (x) => (err += x) }),
      ),
  );
  try {
    await program.parseAsync(args, { from: 'user' });
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
const accounts = (...args: string[]) => run(registerAccountsCommand, ['accounts', 'check', ...args]);
const render = (...args: string[]) => run(registerRenderCommand, ['render', ...args]);

/** The example with 本年收入合计 10 元 above its parts (two rules fail) and an unknown 科目 code. */
function badFile(extra: Record<string, unknown> = {}): string {
  const d = example();
  d.current.summary.income.total = '2337190.00';
  d.current.generalByFunction.push({ code: '2019998', name: '自定义事务', budget: '0.00', actual: '0.00' });
  const file = join(dir, `bad-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ ...d, ...extra }));
  return file;
}

afterEach(() => vi.restoreAllMocks());

describe('jixiao accounts check', () => {
  it('exits 0 on a clean file (the example, seed 000), JSON or its import workbook', async () => {
    const r = await accounts(EXAMPLE);
    expect(r.out).toContain('审核公式全部通过');
    expect(r.code).toBe(0);
    const xlsx = join(dir, 'seed000.xlsx');
    writeFileSync(xlsx, await writeAccountsWorkbook(seed000));
    const x = await accounts(xlsx, '--json');
    expect(JSON.parse(x.out)).toMatchObject({ source: 'xlsx', year: 2020, counts: { errors: 0 } });
    expect(x.code).toBe(0);
  });

  it('reads a 附表 in the published layout (万元): rounding differences are notes, exit 0', async () => {
    const file = join(dir, '附表001.xlsx');
    writeFileSync(file, Buffer.from(await publicTablesWorkbook(seed001).xlsx.writeBuffer()));
    const r = await accounts(file, '--json');
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({
      source: 'xlsx-public',
      amountUnit: '万元',
      counts: { errors: 0, warnings: 0 },
    });
    expect(json.counts.notes).toBeGreaterThan(0);
    expect(
      json.violations.every((v: { severity: string; difference: string }) => v.severity === 'note'),
    ).toBe(true);
    expect(r.code).toBe(0);
  });

  it('exits 1 on a violation, printing its formula, both sides and the difference', async () => {
    const r = await accounts(badFile());
    expect(r.code).toBe(1);
    expect(r.out).toContain('[错误] 表内 收入支出决算总表 · 本年收入合计 · 决算数');
    expect(r.out).toContain('公式：本年收入合计 = ');
    expect(r.out).toContain('左边 2,337,190.00 元，右边 2,337,180.00 元，差额 10.00 元');
    expect(r.out).toContain('键：S-income-total@summary/income.total/amount');
    // the unknown code is a warning, kept with its name
    expect(r.out).toContain('功能分类科目 2019998“自定义事务” 不在 2020 年科目表中，沿用所填名称');
    expect(r.out).toContain('审核公式未通过 2 处');
  });

  it('prints both sides and the difference with thousands separators, as the web and the documents do', async () => {
    const d = example();
    d.current.summary.income.total = '2340120.05';
    const file = join(dir, 'grouped.json');
    writeFileSync(file, JSON.stringify(d));
    const r = await accounts(file);
    expect(r.code).toBe(1);
    expect(r.out).toContain('左边 2,340,120.05 元，右边 2,337,180.00 元，差额 2,940.05 元');
    expect(r.out).not.toMatch(/\d{4}\.\d{2} 元/);
  });

  it('--json lists every violation with its key, sides and difference', async () => {
    const r = await accounts(
      badFile({ explanations: { 'S-grand-income@summary/grandTotalIncome/amount': '见说明' } }),
      '--json',
    );
    const json = JSON.parse(r.out);
    expect(json.counts).toEqual({ errors: 2, warnings: 0, notes: 0, catalogue: 1, unexplained: 1 });
    expect(json.violations[0]).toMatchObject({
      key: 'S-income-total@summary/income.total/amount',
      left: '2337190.00',
      right: '2337180.00',
      difference: '10.00',
      explained: false,
    });
    expect(json.violations[1]).toMatchObject({ explained: true, explanation: '见说明' });
    expect(r.code).toBe(1);
  });

  it('exits 2 on bad input with a Chinese message and no stack trace', async () => {
    const missing = await accounts(join(dir, 'none.json'));
    expect(missing.code).toBe(2);
    expect(missing.err).toBe(`错误：找不到文件：${join(dir, 'none.json')}\n`);
    const notJson = join(dir, 'x.json');
    writeFileSync(notJson, '{ nope');
    const a = await accounts(notJson);
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/^错误：.*不是有效的 JSON/);
    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ ...example(), year: '2020' }));
    const b = await accounts(wrong);
    expect(b.code).toBe(2);
    expect(b.err).toContain('year：应为数字');
    const extra = join(dir, 'extra.json');
    writeFileSync(extra, JSON.stringify({ ...example(), fiscalYear: 2024 }));
    const unknownKey = await accounts(extra);
    expect(unknownKey.code).toBe(2);
    expect(unknownKey.err).toContain('含有不认识的字段：fiscalYear');
    expect(unknownKey.err).not.toMatch(/Unrecognized|expected|Invalid/);
    const txt = join(dir, 'a.txt');
    writeFileSync(txt, 'x');
    const c = await accounts(txt);
    expect(c.code).toBe(2);
    expect(c.err).toContain('不支持的文件类型“.txt”');
    const fakeXlsx = join(dir, 'fake.xlsx');
    writeFileSync(fakeXlsx, 'hello');
    const d = await accounts(fakeXlsx);
    expect(d.code).toBe(2);
    expect(d.err).toContain('不是有效的 Excel 工作簿');
    for (const r of [missing, a, b, c, d]) expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('reads a file of format version 2 and refuses a newer one', async () => {
    const v2 = join(dir, 'v2.json');
    writeFileSync(v2, JSON.stringify({ formatVersion: 2, ...example() }));
    expect((await accounts(v2)).code).toBe(0);
    const v9 = join(dir, 'v9.json');
    writeFileSync(v9, JSON.stringify({ formatVersion: 9, ...example() }));
    const r = await accounts(v9);
    expect(r.code).toBe(2);
    expect(r.err).toContain('文件的格式版本为 9');
  });
});

describe('jixiao render refuses while a violation is unexplained', () => {
  it('writes nothing and says why; --force writes it; reasons in the file let it through', async () => {
    const file = badFile();
    const out = join(dir, 'refused.xlsx');
    const refused = await render('appendix', file, '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('审核公式有 2 处未通过且未说明原因，未生成文档');
    expect(refused.err).toContain('左边 2,337,190.00 元，右边 2,337,180.00 元，差额 10.00 元');
    expect(refused.err).toContain('--force');
    expect(existsSync(out)).toBe(false);

    const forced = await render('appendix', file, '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(forced.err).toContain('因 --force 仍然生成');
    expect(existsSync(out)).toBe(true);

    const explained = badFile({
      formatVersion: 2,
      explanations: {
        'S-income-total@summary/income.total/amount': '录入差错，已在公开版更正',
        'S-grand-income@summary/grandTotalIncome/amount': '同上',
      },
    });
    const out2 = join(dir, 'explained.xlsx');
    const ok = await render('appendix', explained, '--out', out2);
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
    expect(existsSync(out2)).toBe(true);

    const docx = join(dir, 'refused.docx');
    const r = await render('explanation', file, '--format', 'docx', '--out', docx);
    expect(r.code).toBe(1);
    expect(existsSync(docx)).toBe(false);
  });
});

describe('jixiao check reads the XLSX Jixiao writes', () => {
  it('checks the 附表 that render appendix wrote (merged cells over empty masters) and the import workbook', async () => {
    const out = join(dir, '附表.xlsx');
    expect((await render('appendix', EXAMPLE, '--out', out)).code).toBe(0);
    const r = await run(registerCheckCommand, ['check', out]);
    expect(r.err).toBe('');
    expect(r.out).toContain('共 0 个错误');
    expect(r.code).toBe(0);
    const template = join(dir, 'template.xlsx');
    writeFileSync(template, await writeAccountsWorkbook(seed000));
    const t = await run(registerCheckCommand, ['check', template]);
    expect(t.err).toBe('');
    expect(t.code ?? 0).toBeLessThan(2);
  });
});
