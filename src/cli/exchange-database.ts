/**
 * `jixiao exchange export` and `jixiao exchange import`: the database side of the exchange with the 预算
 *管理一体化 platform on the command line, through the same use cases as the web page (load-unit.ts,
 * import-exchange.ts). The configured database is opened as `backup` and `audit verify` open it; the
 * changes are made by the command-line actor (`CLI_ACTOR`: no account, the username `cli`, reach = the
 * organisation named by --org and the units below it, permission to read and edit their work), so the
 * audit log names the command line as their author. Locked documents (under review, frozen) stay locked:
 * the command line is no assignee of any review step.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { eq } from 'drizzle-orm';
import type { Actor } from '../app/actor.ts';
import { subtreeIds } from '../app/actor.ts';
import type { TxDeps } from '../app/deps.ts';
import { openConfiguredDatabase } from '../app/open-database.ts';
import { registerWorkflowDocuments } from '../app/routes.ts';
import { toJsonFile, toRecords } from '../domain/exchange/index.ts';
import { writeExchangeWorkbook } from '../documents/exchange/exchange-xlsx.ts';
import { commitImport, previewImport, type ImportPreview } from '../features/exchange/import-exchange.ts';
import { loadUnit } from '../features/exchange/load-unit.ts';
import { loadConfig } from '../platform/config.ts';
import type { DbOrTx } from '../platform/db/database.ts';
import { organisations } from '../platform/db/schema/index.ts';
import { AppError } from '../platform/errors.ts';

type Out = { write(text: string): void };
export type ExchangeDbIo = { stdout: Out; stderr: Out };

/** Bad input (exit code 2): an unknown organisation, an unreadable file, a wrong option. */
export class ExchangeInputError extends Error {}

/** The audit log's name for changes made on the command line. */
export const CLI_USERNAME = 'cli';
/** The command line has no account: its actor id is the nil UUID (no user row has it). */
export const CLI_ACTOR_ID = '00000000-0000-0000-0000-000000000000';

async function orgByCode(db: DbOrTx, code: string) {
  const [org] = await db
    .select({ id: organisations.id, code: organisations.code, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.code, code));
  if (!org) throw new ExchangeInputError(`组织编码“${code}”不存在（见“组织机构”中的编码）。`);
  return org;
}

/** The command line's actor over one organisation: its reach is that organisation and those below it. */
export async function cliActor(db: DbOrTx, org: { id: string; name: string }): Promise<Actor> {
  return {
    userId: CLI_ACTOR_ID,
    username: CLI_USERNAME,
    displayName: '命令行',
    orgId: org.id,
    orgName: org.name,
    roles: [],
    permissions: new Set(['work.read', 'work.edit']),
    reach: new Set(await subtreeIds(db, org.id)),
    ip: null,
  };
}

async function withDatabase<T>(
  fn: (deps: TxDeps & { db: import('../platform/db/database.ts').Db }) => Promise<T>,
) {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config, { asServer: false });
  try {
    return await fn({ db: database.db, config, clock: () => new Date(), databaseKind: database.kind });
  } finally {
    await database.close();
  }
}

export type ExportOptions = { org?: string; year?: string; format?: string; out?: string };

/** A required option's value, or bad input (exit code 2) naming it. */
function required(value: string | undefined, option: string, what: string): string {
  if (!value?.trim()) throw new ExchangeInputError(`请用 ${option} 指定${what}。`);
  return value.trim();
}

export async function runExchangeExport(given: ExportOptions, io: ExchangeDbIo): Promise<number> {
  const options = {
    org: required(given.org, '--org', '单位的组织编码'),
    year: required(given.year, '--year', '年度'),
    out: required(given.out, '--out', '输出文件'),
    format: given.format,
  };
  const year = Number(options.year);
  if (!/^\d{4}$/.test(options.year) || year < 2000 || year > 2100)
    throw new ExchangeInputError(`年度“${options.year}”应为 2000 至 2100 之间的四位年份。`);
  const format = (
    options.format ?? (options.out.toLowerCase().endsWith('.json') ? 'json' : 'xlsx')
  ).toLowerCase();
  if (format !== 'json' && format !== 'xlsx')
    throw new ExchangeInputError(`格式“${options.format}”应为 json 或 xlsx。`);
  return withDatabase(async (deps) => {
    const org = await orgByCode(deps.db, options.org);
    const unit = await loadUnit(deps.db, org.id, year);
    const records = toRecords([unit]);
    const body =
      format === 'json'
        ? `${JSON.stringify(toJsonFile(records), null, 2)}\n`
        : await writeExchangeWorkbook(records);
    try {
      await writeFile(options.out, body);
    } catch {
      throw new ExchangeInputError(`无法写入文件“${options.out}”。`);
    }
    const indicators = unit.projects.reduce((n, p) => n + p.indicators.length, 0);
    io.stdout.write(
      `已导出 ${org.name}（${org.code}）${year} 年度：项目 ${unit.projects.length} 个，绩效指标 ${indicators} 个，` +
        `监控 ${unit.monitoring.length} 期，自评结果 ${unit.selfResults.length} 条 → ${options.out}\n`,
    );
    return 0;
  });
}

const ACTION_NAMES = { create: '新建', update: '更新', unchanged: '不变', skip: '跳过' } as const;
const AREA_NAMES = { project: '项目', monitoring: '监控', 'self-result': '自评结果' } as const;

/** A preview as the command prints it (Chinese): what would change, then every problem. */
export function previewText(p: ImportPreview, committed: boolean): string {
  const lines: string[] = [];
  for (const u of p.units) lines.push(`单位：${u.agencyName}（${u.agencyCode}），${u.fiscalYear} 年度`);
  for (const i of p.items) {
    const what = i.changes.length ? `：${i.changes.join('、')}` : '';
    lines.push(`  ${ACTION_NAMES[i.action]}  ${AREA_NAMES[i.area]}「${i.name}」${what}`);
  }
  for (const problem of p.problems) lines.push(`问题：${problem.text}`);
  const c = p.counts;
  lines.push(
    `合计：新建 ${c.create} 项，更新 ${c.update} 项，不变 ${c.unchanged} 项，跳过 ${c.skip} 项；问题 ${p.problems.length} 处。`,
  );
  if (p.problems.length > 0) lines.push('文件有问题，未导入任何数据。');
  else if (committed) lines.push('已导入，并记入审计日志（操作人 cli）。');
  else lines.push('以上为预览，未写入任何数据；确认无误后加 --commit 导入。');
  return `${lines.join('\n')}\n`;
}

export type ImportOptions = { org?: string; commit?: boolean };

export async function runExchangeImport(
  file: string,
  options: ImportOptions,
  io: ExchangeDbIo,
): Promise<number> {
  const orgCode = required(options.org, '--org', '导入到的单位（组织编码）');
  const lower = file.toLowerCase();
  if (!lower.endsWith('.json') && !lower.endsWith('.xlsx'))
    throw new ExchangeInputError(`“${file}”应为 .xlsx 或 .json 文件。`);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new ExchangeInputError(`无法读取文件“${file}”。`);
  }
  registerWorkflowDocuments();
  return withDatabase(async (deps) => {
    const org = await orgByCode(deps.db, orgCode);
    const input = {
      orgId: org.id,
      fileName: file.split(/[\\/]/).pop() ?? file,
      bytes,
    };
    const preview = await previewImport(deps, await cliActor(deps.db, org), input);
    if (preview.problems.length > 0 || !options.commit) {
      io.stdout.write(previewText(preview, false));
      return preview.problems.length > 0 ? 1 : 0;
    }
    try {
      const result = await deps.db.transaction(async (tx) => {
        const txDeps = { ...deps, db: tx };
        return commitImport(txDeps, await cliActor(tx, org), { ...input, planHash: preview.planHash });
      });
      io.stdout.write(previewText(result, true));
      return 0;
    } catch (error) {
      if (error instanceof AppError) {
        io.stderr.write(`错误：${error.message}\n`);
        return 1;
      }
      throw error;
    }
  });
}
