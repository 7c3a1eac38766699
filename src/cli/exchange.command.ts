/**
 * `jixiao exchange check <file>` and `jixiao exchange convert <in> <out>`: files exchanged with the 预算管理
 * 一体化 platform (docs/exchange.md), without a server — check validates a .xlsx or .json file row by row
 * (the same rules as the import) and summarises what it holds; convert turns one form into the other.
 * `jixiao exchange export` and `jixiao exchange import` read and write the configured database
 * (exchange-database.ts, loaded only when they run): export a unit's year; preview an import, or apply it
 * with --commit, audited as the command line (`cli`).
 * Exit codes: 0 fine, 1 the file has problems (each printed with its row and field), 2 bad input.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  fromRecords,
  problemText,
  readJsonFile,
  toJsonFile,
  toRecords,
  type ReadResult,
} from '../domain/exchange/index.ts';
import { writeExchangeWorkbook } from '../documents/exchange/exchange-xlsx.ts';
import { readExchangeWorkbook } from '../importers/exchange-xlsx.ts';
import { parseJsonText } from './json-text.ts';

type Out = { write(text: string): void };
export type ExchangeCommandIo = { stdout: Out; stderr: Out };

const defaultIo: ExchangeCommandIo = {
  stdout: { write: (t) => void process.stdout.write(t) },
  stderr: { write: (t) => void process.stderr.write(t) },
};

class InputError extends Error {}

async function readExchange(path: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new InputError(`无法读取文件“${path}”`);
  }
  if (path.toLowerCase().endsWith('.json')) {
    let json: unknown;
    try {
      json = parseJsonText(bytes.toString('utf8'), path);
    } catch (error) {
      throw new InputError((error as Error).message);
    }
    const read = readJsonFile(json);
    return read.ok ? fromRecords(read.sheets) : { units: [], problems: read.problems };
  }
  if (path.toLowerCase().endsWith('.xlsx')) {
    try {
      return fromRecords(await readExchangeWorkbook(bytes));
    } catch (err) {
      throw new InputError(err instanceof Error ? err.message : String(err));
    }
  }
  throw new InputError(`“${path}”应为 .xlsx 或 .json 文件`);
}

function summary(r: ReadResult): string {
  return r.units
    .map((u) => {
      const indicators = u.projects.reduce((n, p) => n + p.indicators.length, 0);
      const months = u.monitoring.map((m) => `${m.month}月`).join('、') || '无';
      return `${u.agencyCode}（${u.fiscalYear} 年，财政区划 ${u.mofDivCode}）：项目 ${u.projects.length} 个，绩效指标 ${indicators} 个，监控 ${months}，自评结果 ${u.selfResults.length} 条`;
    })
    .join('\n');
}

export async function runExchangeCheck(file: string, options: { json?: boolean }, io: ExchangeCommandIo) {
  const r = await readExchange(file);
  if (options.json) {
    io.stdout.write(
      `${JSON.stringify({ ok: r.problems.length === 0, units: r.units, problems: r.problems }, null, 2)}\n`,
    );
  } else if (r.problems.length > 0) {
    io.stdout.write(`${r.problems.map(problemText).join('\n')}\n共 ${r.problems.length} 处问题。\n`);
  } else io.stdout.write(`${summary(r)}\n文件无问题。\n`);
  return r.problems.length === 0 ? 0 : 1;
}

export async function runExchangeConvert(input: string, output: string, io: ExchangeCommandIo) {
  const r = await readExchange(input);
  if (r.problems.length > 0) {
    io.stderr.write(
      `${r.problems.map(problemText).join('\n')}\n文件有 ${r.problems.length} 处问题，未转换。\n`,
    );
    return 1;
  }
  const records = toRecords(r.units);
  const lower = output.toLowerCase();
  if (lower.endsWith('.json')) await writeFile(output, `${JSON.stringify(toJsonFile(records), null, 2)}\n`);
  else if (lower.endsWith('.xlsx')) await writeFile(output, await writeExchangeWorkbook(records));
  else throw new InputError(`输出文件“${output}”应为 .xlsx 或 .json`);
  io.stdout.write(`${summary(r)}\n已写入 ${output}\n`);
  return 0;
}

export function registerExchangeCommand(program: Command, io: ExchangeCommandIo = defaultIo): void {
  const exchange = program
    .command('exchange')
    .description(
      '与预算管理一体化平台交换：导出、导入（先预览），文件校验、XLSX 与 JSON 互转（字段见 docs/exchange.md）',
    );
  const fail = (err: unknown) => {
    io.stderr.write(`错误：${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  };
  exchange
    .command('check')
    .description('按导入规则逐行校验交换文件（.xlsx 或 .json），列出每一处问题的行和字段')
    .argument('<file>', '交换文件')
    .option('--json', '以 JSON 输出')
    .action(async (file: string, options: { json?: boolean }) => {
      try {
        process.exitCode = await runExchangeCheck(file, options, io);
      } catch (err) {
        fail(err);
      }
    });
  exchange
    .command('convert')
    .description('把交换文件从 .xlsx 转为 .json，或从 .json 转为 .xlsx（有问题时不转换）')
    .argument('<input>', '输入文件')
    .argument('<output>', '输出文件（.xlsx 或 .json）')
    .action(async (input: string, output: string) => {
      try {
        process.exitCode = await runExchangeConvert(input, output, io);
      } catch (err) {
        fail(err);
      }
    });
  exchange
    .command('export')
    .description('从数据库导出单位某年度的项目、绩效指标、监控结果与自评结果（一体化平台字段）')
    // Checked by the command itself (not commander's requiredOption), so a missing one exits 2 as bad input.
    .option('--org <code>', '单位的组织编码（必填）')
    .option('--year <year>', '年度（如 2020，必填）')
    .option('--format <format>', 'json 或 xlsx（默认按输出文件的扩展名）')
    .option('--out <file>', '输出文件（必填）')
    .action(async (options: { org?: string; year?: string; format?: string; out?: string }) => {
      try {
        const { runExchangeExport } = await import('./exchange-database.ts');
        process.exitCode = await runExchangeExport(options, io);
      } catch (err) {
        fail(err);
      }
    });
  exchange
    .command('import')
    .description('把交换文件导入单位（默认只预览将新建、更新的内容和问题；加 --commit 才写入并记入审计日志）')
    .argument('<file>', '交换文件（.xlsx 或 .json）')
    .option('--org <code>', '导入到的单位（组织编码，必填；文件中的单位须为它或其下级单位）')
    .option('--commit', '确认导入：在一个事务中写入（文件有问题时不写入任何数据）')
    .action(async (file: string, options: { org?: string; commit?: boolean }) => {
      try {
        const { runExchangeImport } = await import('./exchange-database.ts');
        process.exitCode = await runExchangeImport(file, options, io);
      } catch (err) {
        fail(err);
      }
    });
}
