/**
 * Reading a final-accounts file for the command line: the JSON exchange format (any version, migrated
 * on read, with its `explanations`) or the import workbook (XLSX) Jixiao writes. A bad file is an
 * `AccountsInputError` with a Chinese message (exit code 2), never a stack trace.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { readAccountsExchange, type CatalogEdition, type FinalAccounts } from '../domain/accounts/index.ts';
import { readAccountsWorkbook } from '../importers/accounts-xlsx.ts';
import { isPublicTablesWorkbook, readPublicTablesWorkbook } from '../importers/accounts-public-xlsx.ts';
import { parseJsonText } from './json-text.ts';

export class AccountsInputError extends Error {}

export type AccountsInput = {
  fa: FinalAccounts;
  explanations: Record<string, string>;
  /** 'json' (with its format version), 'xlsx' (the import template) or 'xlsx-public' (a 附表 workbook). */
  source: 'json' | 'xlsx' | 'xlsx-public';
  formatVersion?: number;
  /** The 科目 edition the file was read with (the region's, with `--region`); absent: the national one. */
  edition?: CatalogEdition;
};

/** The region's edition for a year (src/cli/accounts-catalogue.ts), when the command names a region. */
export type EditionOf = (year: number) => Promise<CatalogEdition | undefined>;

async function bytesOf(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AccountsInputError(`找不到文件：${file}`);
    if (code === 'EISDIR') throw new AccountsInputError(`这是一个目录，不是文件：${file}`);
    throw new AccountsInputError(`无法读取文件 ${file}（${code ?? '未知原因'}）`);
  }
}

const list = (items: string[]) => {
  const lines = items.slice(0, 30).map((p) => `  ${p}`);
  if (items.length > 30) lines.push(`  ……另有 ${items.length - 30} 处`);
  return lines.join('\n');
};

/**
 * Reads `file`; with `editionOf`, against the region's 科目 edition of the file's year (a 附表 is read once
 * to learn its year, then again with that edition so its 科目 names are the region's).
 */
export async function loadAccountsFile(file: string, editionOf?: EditionOf): Promise<AccountsInput> {
  const input = await loadWith(file);
  if (!editionOf) return input;
  const edition = await editionOf(input.fa.catalogYear ?? input.fa.year);
  if (!edition) return input;
  if (input.source !== 'xlsx-public') return { ...input, edition };
  return { ...(await loadWith(file, edition)), edition };
}

async function loadWith(file: string, edition?: CatalogEdition): Promise<AccountsInput> {
  const ext = extname(file).toLowerCase();
  const bytes = await bytesOf(file);
  if (ext === '.xlsx') {
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
      throw new AccountsInputError(`${file} 不是有效的 Excel 工作簿（.xlsx）。`);
    // A 附表 in the published layout (nine tables), else the import template.
    let publicProblems: string[] = [];
    if (await isPublicTablesWorkbook(bytes)) {
      const pub = await readPublicTablesWorkbook(bytes, undefined, edition);
      if (pub.ok) return { fa: pub.value, explanations: {}, source: 'xlsx-public' };
      publicProblems = pub.problems.map((p) => p.message);
    }
    const read = await readAccountsWorkbook(bytes);
    if (!read.ok && publicProblems.length)
      throw new AccountsInputError(
        `${file} 的决算附表有 ${publicProblems.length} 处问题：\n${list(publicProblems)}`,
      );
    if (!read.ok)
      throw new AccountsInputError(
        `${file} 既不是决算附表（九张表），也不是本系统的决算导入模板，或有 ${read.problems.length} 处问题：\n${list(read.problems.map((p) => p.message))}`,
      );
    return { fa: read.value, explanations: {}, source: 'xlsx' };
  }
  if (ext !== '.json')
    throw new AccountsInputError(
      `不支持的文件类型“${ext || '（无扩展名）'}”：请提供决算数据 JSON 文件或本系统的决算导入模板（.xlsx）。`,
    );
  let json: unknown;
  try {
    json = parseJsonText(bytes.toString('utf8'), file);
  } catch (error) {
    throw new AccountsInputError((error as Error).message);
  }
  const read = readAccountsExchange(json);
  if (!read.ok)
    throw new AccountsInputError(
      `${file} 的决算数据有 ${read.problems.length} 处不符合格式（见 docs/accounts.md）：\n${list(
        read.problems.map((p) => `${p.path || '（根）'}：${p.message}`),
      )}`,
    );
  return {
    fa: read.value,
    explanations: read.explanations,
    source: 'json',
    formatVersion: read.formatVersion,
  };
}
