/**
 * `jixiao render explanation FILE.json --format docx|pdf --out OUT` and `jixiao render appendix FILE.json
 * --out OUT.xlsx`: the 决算情况说明 and the 附表 from a FinalAccounts JSON (docs/accounts.md; example in
 * docs/examples/final-accounts-000.json). The input is validated; each problem is printed with its JSON path.
 * Exit 0 when written without error findings, 1 when the checker found errors in the rendered document,
 * 2 for bad input (unreadable file, invalid JSON, data not matching the format). Never a stack trace.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { readFinalAccounts, type FinalAccounts } from '../domain/accounts/index.ts';
import { closePdfRenderer } from '../documents/pdf/render-pdf.ts';
import { renderAccountsAppendix, renderAccountsExplanation } from '../documents/accounts/index.ts';
import { formatFindingsText } from './check.command.ts';

class InputError extends Error {}

async function loadAccounts(file: string): Promise<FinalAccounts> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT' ? `找不到文件：${file}` : `无法读取文件 ${file}：${(error as Error).message}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(`${file} 不是有效的 JSON：${(error as Error).message}`);
  }
  const read = readFinalAccounts(json);
  if (!read.ok) {
    const lines = read.problems.slice(0, 30).map((p) => `  ${p.path || '（根）'}：${p.message}`);
    const more = read.problems.length > 30 ? `\n  ……另有 ${read.problems.length - 30} 处` : '';
    throw new InputError(
      `${file} 的决算数据有 ${read.problems.length} 处不符合格式（见 docs/accounts.md）：\n${lines.join('\n')}${more}`,
    );
  }
  return read.value;
}

async function run(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    process.stderr.write(`错误：${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.JIXIAO_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = error instanceof InputError ? 2 : 1;
  }
}

export function registerRenderCommand(program: Command): void {
  const render = program
    .command('render')
    .description('生成文档：决算情况说明（DOCX/PDF）、决算公开附表（XLSX）');

  render
    .command('explanation')
    .description('由决算数据（JSON）生成决算情况说明，含图1–图7和明细表；生成后自动读回校验')
    .argument(
      '<file>',
      '决算数据 JSON 文件（格式见 docs/accounts.md，示例 docs/examples/final-accounts-000.json）',
    )
    .option('--format <format>', '输出格式：docx 或 pdf', 'docx')
    .option('--out <path>', '输出文件路径（默认为“单位名称+年度决算情况说明”，保存在当前目录）')
    .option(
      '--numbering <style>',
      '第五部分（三）的编号：flat（1. 2. …）或 nested（1. / 1.1 / 1.1.1）',
      'nested',
    )
    .option('--json', '以 JSON 输出结果：{"file":…,"findings":[…],"missing":[…]}')
    .action(
      async (file: string, options: { format: string; out?: string; numbering: string; json?: boolean }) =>
        run(async () => {
          if (options.format !== 'docx' && options.format !== 'pdf')
            throw new InputError(`--format 只能是 docx 或 pdf，不能是“${options.format}”。`);
          if (options.numbering !== 'flat' && options.numbering !== 'nested')
            throw new InputError(`--numbering 只能是 flat 或 nested，不能是“${options.numbering}”。`);
          const fa = await loadAccounts(file);
          let result;
          try {
            result = await renderAccountsExplanation(fa, options.format, {
              detailNumbering: options.numbering,
            });
          } finally {
            if (options.format === 'pdf') await closePdfRenderer();
          }
          const out = options.out ?? result.fileName;
          await writeFile(out, result.bytes);
          const errors = result.findings.filter((f) => f.severity === 'error').length;
          if (options.json) {
            process.stdout.write(
              `${JSON.stringify({ file: out, findings: result.findings, missing: result.explanation.missing }, null, 2)}\n`,
            );
          } else {
            process.stdout.write(`已生成 ${out}（${(result.bytes.length / 1024).toFixed(0)} KB）\n`);
            process.stdout.write(`${formatFindingsText(out, result.findings)}\n`);
            if (result.explanation.missing.length)
              process.stdout.write(
                `尚有 ${result.explanation.missing.length} 处说明待填写（文中标为【待填写】）。\n`,
              );
          }
          process.exitCode = errors > 0 ? 1 : 0;
        }),
    );

  render
    .command('appendix')
    .description('由决算数据（JSON）生成决算公开附表（XLSX，每张表一个工作表，金额为万元、两位小数）')
    .argument('<file>', '决算数据 JSON 文件（格式见 docs/accounts.md）')
    .option('--out <path>', '输出文件路径（.xlsx；默认为“单位名称+年度决算公开附表.xlsx”）')
    .action(async (file: string, options: { out?: string }) =>
      run(async () => {
        const fa = await loadAccounts(file);
        const result = await renderAccountsAppendix(fa);
        const out = options.out ?? result.fileName;
        await writeFile(out, result.bytes);
        process.stdout.write(`已生成 ${out}（${(result.bytes.length / 1024).toFixed(0)} KB）\n`);
        process.exitCode = 0;
      }),
    );
}
