/**
 * `jixiao accounts check FILE.json|FILE.xlsx [--json]`: runs the 审核公式 (every 表内 and 表间 rule,
 * exact in 元, rounding-aware for figures typed in 万元) and the 科目表 checks on a final-accounts file.
 * Each violation is printed with its formula, both sides and the difference. Exit 0 when no rule is
 * violated (notes and 科目表 warnings do not count), 1 on a violation, 2 on bad input.
 */
import type { Command } from 'commander';
import {
  auditAccounts,
  describeViolation,
  needsExplanation,
  unexplainedViolations,
} from '../domain/accounts/index.ts';
import { REGION_OPTION, regionEdition } from './accounts-catalogue.ts';
import { AccountsInputError, loadAccountsFile, type EditionOf } from './accounts-input.ts';

/** `--region CODE`: the region's stored 科目表 for the file's year (a note on stderr when none is stored). */
export function editionOfRegion(region: string | undefined): EditionOf | undefined {
  if (region === undefined) return undefined;
  if (!region.trim()) throw new AccountsInputError('--region 需要一个地区（财政部门）的组织编码。');
  return async (year) => {
    const r = await regionEdition(region.trim(), year);
    if (r.note) process.stderr.write(`提示：${r.note}\n`);
    return r.edition;
  };
}

async function run(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    process.stderr.write(`错误：${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.JIXIAO_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = error instanceof AccountsInputError ? 2 : 1;
  }
}

export function registerAccountsCommand(program: Command): void {
  const accounts = program.command('accounts').description('决算：运行审核公式（表内、表间平衡关系）');
  accounts
    .command('check')
    .description('对决算数据（JSON 交换格式或本系统的导入模板 XLSX）运行审核公式，逐条列出公式、两边和差额')
    .argument('<file>', '决算数据 JSON 文件（格式见 docs/accounts.md）或决算导入模板 .xlsx')
    .option('--json', '以 JSON 输出：{"file":…,"violations":[…],"counts":{…}}')
    .option(...REGION_OPTION)
    .action(async (file: string, options: { json?: boolean; region?: string }) =>
      run(async () => {
        const input = await loadAccountsFile(file, editionOfRegion(options.region));
        const violations = auditAccounts(input.fa, input.edition ? { edition: input.edition } : {});
        const failing = violations.filter(needsExplanation);
        const open = unexplainedViolations(violations, input.explanations);
        const counts = {
          errors: violations.filter((v) => v.severity === 'error').length,
          warnings: violations.filter((v) => v.severity === 'warning' && needsExplanation(v)).length,
          notes: violations.filter((v) => v.severity === 'note').length,
          catalogue: violations.filter((v) => !needsExplanation(v) && v.severity !== 'note').length,
          unexplained: open.length,
        };
        if (options.json) {
          process.stdout.write(
            `${JSON.stringify(
              {
                file,
                source: input.source,
                ...(input.formatVersion ? { formatVersion: input.formatVersion } : {}),
                year: input.fa.year,
                unit: input.fa.unit.name,
                amountUnit: input.fa.amountUnit ?? '元',
                ...(input.edition
                  ? { catalogue: { region: input.edition.region, year: input.edition.year } }
                  : {}),
                counts,
                violations: violations.map((v) => ({
                  ...v,
                  explained: !!input.explanations[v.key]?.trim(),
                  ...(input.explanations[v.key] ? { explanation: input.explanations[v.key] } : {}),
                })),
              },
              null,
              2,
            )}\n`,
          );
        } else {
          const out: string[] = [
            `${file}：${input.fa.unit.name} ${input.fa.year} 年决算（金额单位：${input.fa.amountUnit ?? '元'}）`,
          ];
          for (const v of violations) {
            out.push(...describeViolation(v));
            const reason = input.explanations[v.key];
            if (reason?.trim()) out.push(`  已说明原因：${reason}`);
          }
          out.push(
            failing.length
              ? `审核公式未通过 ${failing.length} 处（错误 ${counts.errors}，警告 ${counts.warnings}；其中未说明原因 ${open.length} 处）` +
                  `${counts.notes ? `；舍入差异提示 ${counts.notes} 处` : ''}${counts.catalogue ? `；科目表提示 ${counts.catalogue} 处` : ''}。`
              : `审核公式全部通过${counts.notes ? `（舍入差异提示 ${counts.notes} 处）` : ''}${counts.catalogue ? `；科目表提示 ${counts.catalogue} 处` : ''}。`,
          );
          process.stdout.write(`${out.join('\n')}\n`);
        }
        process.exitCode = failing.length ? 1 : 0;
      }),
    );
}
