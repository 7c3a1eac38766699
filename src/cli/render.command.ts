/**
 * `jixiao render explanation FILE.json --format docx|pdf --out OUT` and `jixiao render appendix FILE.json
 * --out OUT.xlsx`: the 决算情况说明 and the 附表 from a FinalAccounts JSON (docs/accounts.md; example in
 * docs/examples/final-accounts-000.json). The input is validated; each problem is printed with its JSON path.
 * Exit 0 when written without error findings, 1 when the checker found errors in the rendered document,
 * 2 for bad input (unreadable file, invalid JSON, data not matching the format). Never a stack trace.
 *
 * A document is not written while a 审核公式 violation has no reason (the file's `explanations`, keyed like
 * `jixiao accounts check` prints): it says which and why, and exits 1; `--force` writes it anyway.
 */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  ACCOUNTS_TEMPLATES,
  accountsTemplate,
  templateFor,
  type AccountsTemplate,
  auditAccounts,
  describeViolation,
  unexplainedViolations,
} from '../domain/accounts/index.ts';
import { closePdfRenderer } from '../documents/pdf/render-pdf.ts';
import { renderAccountsAppendix, renderAccountsExplanation } from '../documents/accounts/index.ts';
import { REGION_OPTION } from './accounts-catalogue.ts';
import { editionOfRegion } from './accounts.command.ts';
import { AccountsInputError, loadAccountsFile, type AccountsInput } from './accounts-input.ts';
import { formatFindingsText } from './check.command.ts';

const InputError = AccountsInputError;

/** Refused: a 审核公式 violation without a reason (exit 1 unless --force). */
class UnexplainedError extends Error {}

/** The document of a file, refused while a 审核公式 violation has no reason (unless `force`). */
async function loadAccounts(file: string, force = false, region?: string): Promise<AccountsInput> {
  const input = await loadAccountsFile(file, editionOfRegion(region));
  const open = unexplainedViolations(
    auditAccounts(input.fa, input.edition ? { edition: input.edition } : {}),
    input.explanations,
  );
  if (open.length) {
    const lines = open.slice(0, 20).flatMap((v) => describeViolation(v));
    const more = open.length > 20 ? [`……另有 ${open.length - 20} 处`] : [];
    const head = `审核公式有 ${open.length} 处未通过且未说明原因`;
    if (!force)
      throw new UnexplainedError(
        [
          `${head}，未生成文档：表中的数字互相矛盾时，公开的文档会自相矛盾。`,
          ...lines,
          ...more,
          '请修正数据；确有原因的，在文件的 explanations 中按上面的“键”逐条写明原因（{"explanations": {"键": "原因"}}），或加 --force 仍然生成。',
        ].join('\n'),
      );
    process.stderr.write(`警告：${head}，因 --force 仍然生成：\n${[...lines, ...more].join('\n')}\n`);
  }
  return input;
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

const TEMPLATE_HELP = `文档模板：${ACCOUNTS_TEMPLATES.map((t) => `${t.id}（${t.name}）`).join('、')}；默认为与数据范围相符的四川模板`;

/** The --template option: a known template, or bad input (exit 2) naming the choices. */
function chooseTemplate(id: string | undefined): AccountsTemplate | undefined {
  if (id === undefined) return undefined;
  const t = accountsTemplate(id);
  if (!t)
    throw new InputError(
      `--template 只能是 ${ACCOUNTS_TEMPLATES.map((x) => x.id).join('、')} 之一，不能是“${id}”。`,
    );
  return t;
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
    .option('--force', '审核公式有未说明原因的违反项时仍然生成')
    .option('--template <id>', TEMPLATE_HELP)
    .option(...REGION_OPTION)
    .action(
      async (
        file: string,
        options: {
          format: string;
          out?: string;
          numbering: string;
          json?: boolean;
          force?: boolean;
          template?: string;
          region?: string;
        },
      ) =>
        run(async () => {
          if (options.format !== 'docx' && options.format !== 'pdf')
            throw new InputError(`--format 只能是 docx 或 pdf，不能是“${options.format}”。`);
          if (options.numbering !== 'flat' && options.numbering !== 'nested')
            throw new InputError(`--numbering 只能是 flat 或 nested，不能是“${options.numbering}”。`);
          const template = chooseTemplate(options.template);
          const { fa, edition } = await loadAccounts(file, options.force, options.region);
          let result;
          try {
            result = await renderAccountsExplanation(fa, options.format, {
              detailNumbering: options.numbering,
              ...(edition ? { catalogue: edition } : {}),
              ...(template ? { template: templateFor(fa, template) } : {}),
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
    .option('--force', '审核公式有未说明原因的违反项时仍然生成')
    .option('--template <id>', TEMPLATE_HELP)
    .option(...REGION_OPTION)
    .action(
      async (file: string, options: { out?: string; force?: boolean; template?: string; region?: string }) =>
        run(async () => {
          const template = chooseTemplate(options.template);
          const { fa, edition } = await loadAccounts(file, options.force, options.region);
          const result = await renderAccountsAppendix(fa, {
            ...(template ? { template: templateFor(fa, template) } : {}),
            ...(edition ? { catalogue: edition } : {}),
          });
          const out = options.out ?? result.fileName;
          await writeFile(out, result.bytes);
          process.stdout.write(`已生成 ${out}（${(result.bytes.length / 1024).toFixed(0)} KB）\n`);
          process.exitCode = 0;
        }),
    );
}
