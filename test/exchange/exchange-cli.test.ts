/**
 * `jixiao exchange export` / `import` against a real database (the configured DATABASE_URL, as the
 * command line opens it): a unit's year exported, imported into another unit (preview first: it lists the
 * additions and writes nothing; --commit applies it, audited as `cli`), and exported again — the same
 * data apart from the unit. Exit codes: 0 fine, 1 problems in the file, 2 bad input.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerExchangeCommand } from '../../src/cli/exchange.command.ts';
import { fromRecords, readJsonFile, type ExchangeJson } from '../../src/domain/exchange/index.ts';
import { createTestApp, type TestApp } from '../support/app.ts';

let t: TestApp;
const dir = mkdtempSync(join(tmpdir(), 'jixiao-exchange-db-cli-'));
const SOURCE = 'SC-SWT-XXZX';
const TARGET = 'SC-ZWFW-XXZX';

async function cli(args: string[]): Promise<{ out: string; err: string; code: number | undefined }> {
  let out = '';
  let err = '';
  const io = {
    stdout: { write: (s: string) => void (out += s) },
    stderr: { write: (s: string) => void (err += s) },
  };
  process.exitCode = undefined;
  const program = new Command()
    .name('jixiao')
    .exitOverride()
    .configureOutput({ writeOut: (s) => void (out += s), writeErr: (s) => void (err += s) });
  registerExchangeCommand(program, io);
  for (const c of program.commands)
    for (const sub of [c, ...c.commands])
      sub
        .exitOverride()
        .configureOutput({ writeOut: (s) => void (out += s), writeErr: (s) => void (err += s) });
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
  }
  const code = process.exitCode as number | undefined;
  process.exitCode = undefined;
  return { out, err, code };
}

function units(file: string) {
  const read = readJsonFile(JSON.parse(readFileSync(file, 'utf8')));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const r = fromRecords(read.sheets);
  expect(r.problems).toEqual([]);
  return r.units;
}

/** The file as it would come for another unit: agency_code / agency_name replaced on every row. */
function forAgency(json: ExchangeJson, code: string): ExchangeJson {
  const out: ExchangeJson = { ...json };
  for (const [k, v] of Object.entries(json))
    if (Array.isArray(v))
      out[k] = v.map((r: Record<string, string>) => ({
        ...r,
        ...('agency_code' in r ? { agency_code: code } : {}),
        ...('agency_name' in r ? { agency_name: '' } : {}),
      }));
  return out;
}

async function count(query: ReturnType<typeof sql>): Promise<number> {
  return (await t.deps.db.execute<{ n: number }>(query)).rows[0]!.n;
}

const savedUrl = process.env.DATABASE_URL;
beforeAll(async () => {
  t = await createTestApp();
  process.env.DATABASE_URL = t.database.url; // the command line opens the configured database
  // The target unit's department opens the same monitoring round, so the monitoring results can land.
  const dept = await t.login('sczwfw_jbr');
  const res = await dept.request('POST', '/api/monitoring/rounds', {
    orgId: await t.orgId('SC-ZWFW'),
    fiscalYear: 2020,
    month: 7,
    dueDate: '2020-08-31',
  });
  expect([201, 409], res.body).toContain(res.statusCode);
});
afterAll(async () => {
  if (savedUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = savedUrl;
  await t.close();
});

describe('jixiao exchange export / import', () => {
  it('prints Usage: jixiao exchange … for --help', async () => {
    expect((await cli(['exchange', 'export', '--help'])).out).toContain('Usage: jixiao exchange export');
    expect((await cli(['exchange', 'import', '--help'])).out).toContain('Usage: jixiao exchange import');
  });

  it('round trip: export, preview into another unit (nothing written), commit (audited as cli), same data', async () => {
    const exported = join(dir, 'source.json');
    const e = await cli(['exchange', 'export', '--org', SOURCE, '--year', '2020', '--out', exported]);
    expect(e.code ?? 0, e.err).toBe(0);
    expect(e.out).toContain('已导出 四川省商务厅信息中心（SC-SWT-XXZX）2020 年度');
    const [source] = units(exported);
    expect(source!.projects.length).toBeGreaterThan(0);

    const file = join(dir, 'target.json');
    writeFileSync(file, JSON.stringify(forAgency(JSON.parse(readFileSync(exported, 'utf8')), TARGET)));
    const projects = sql`select count(*)::int as n from projects p join organisations o on o.id = p.org_id
      where o.code = ${TARGET} and p.fiscal_year = 2020`;
    const before = await count(projects);

    const preview = await cli(['exchange', 'import', file, '--org', TARGET]);
    expect(preview.code ?? 0, preview.out + preview.err).toBe(0);
    for (const p of source!.projects) expect(preview.out).toContain(`新建  项目「${p.name}」`);
    expect(preview.out).toContain(`合计：新建 ${source!.projects.length + source!.selfResults.length} 项`);
    expect(preview.out).toContain('以上为预览，未写入任何数据');
    expect(await count(projects)).toBe(before);

    const audits = sql`select count(*)::int as n from audit_log where action = 'exchange.import' and actor_username = 'cli'`;
    const commit = await cli(['exchange', 'import', file, '--org', TARGET, '--commit']);
    expect(commit.code ?? 0, commit.out + commit.err).toBe(0);
    expect(commit.out).toContain('已导入');
    expect(await count(projects)).toBe(before + source!.projects.length);
    expect(await count(audits)).toBe(1);

    const again = join(dir, 'again.xlsx');
    const x = await cli([
      'exchange',
      'export',
      '--org',
      TARGET,
      '--year',
      '2020',
      '--format',
      'xlsx',
      '--out',
      again,
    ]);
    expect(x.code ?? 0, x.err).toBe(0);
    const json = join(dir, 'again.json');
    const back = await cli([
      'exchange',
      'export',
      '--org',
      TARGET,
      '--year',
      '2020',
      '--format',
      'json',
      '--out',
      json,
    ]);
    expect(back.code ?? 0, back.err).toBe(0);
    const [target] = units(json);
    const { agencyCode: _a, agencyName: _n, ...restTarget } = target!;
    const { agencyCode: _b, agencyName: _m, ...restSource } = source!;
    expect(target!.agencyCode).toBe(TARGET);
    expect(restTarget).toEqual(restSource);

    // The same file again: nothing left to add.
    const none = await cli(['exchange', 'import', file, '--org', TARGET]);
    expect(none.out).toContain('合计：新建 0 项，更新 0 项');
  });

  it('exits 1 for a file with problems (nothing written) and 2 for bad input', async () => {
    const bad = join(dir, 'bad.json');
    const good = JSON.parse(readFileSync(join(dir, 'source.json'), 'utf8')) as ExchangeJson;
    const rows = good.perf_bgt_indicator as Array<Record<string, string>>;
    rows[0]!.fiscal_year = '20x0';
    writeFileSync(bad, JSON.stringify(good));
    const r = await cli(['exchange', 'import', bad, '--org', SOURCE, '--commit']);
    expect(r.code, r.out + r.err).toBe(1);
    expect(r.out).toContain('问题：');
    expect(r.out).toContain('不是有效的年度');
    expect(r.out).toContain('未导入任何数据');

    expect((await cli(['exchange', 'import', bad, '--org', 'NO-SUCH-ORG'])).code).toBe(2);
    expect((await cli(['exchange', 'import', join(dir, 'missing.json'), '--org', SOURCE])).code).toBe(2);
    const y = await cli([
      'exchange',
      'export',
      '--org',
      SOURCE,
      '--year',
      '20x0',
      '--out',
      join(dir, 'y.json'),
    ]);
    expect(y.code).toBe(2);
    expect(y.err).toContain('年度“20x0”');
    const noOrg = await cli(['exchange', 'import', bad]);
    expect(noOrg.code).toBe(2);
    expect(noOrg.err).toContain('请用 --org 指定');
  });
});
