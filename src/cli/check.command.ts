/**
 * `jixiao check FILE… [--json] [--explain]`: extracts each file's text and reports the checker's findings,
 * with how many claims of each kind were recognised and verified (so "no findings" can be told from
 * "nothing recognised"); `--explain` lists every claim checked with its arithmetic.
 * Exit code 1 when any finding is an error, 2 when a file cannot be read (message, no stack trace).
 */
import type { Command } from 'commander';
import {
  CLAIM_KINDS,
  CLAIM_NAMES,
  checkDocumentLines,
  ruleName,
  type Claim,
  type ClaimCounts,
  type Finding,
} from '../domain/checks/index.ts';
import { ExtractError, extractText } from '../importers/extract-text.ts';

const SEVERITY_LABEL = { error: '错误', warning: '警告', note: '提示' } as const;

type FileResult =
  | { file: string; findings: Finding[]; claims: ClaimCounts; checked?: Claim[] }
  | { file: string; error: string };

/** "占比 12/12，增减变动 3/3 …": claims recognised (and how many held), kinds with none left out. */
export function formatClaimCounts(counts: ClaimCounts): string {
  const parts = CLAIM_KINDS.filter((k) => counts[k].recognised > 0).map(
    (k) => `${CLAIM_NAMES[k]} ${counts[k].verified}/${counts[k].recognised}`,
  );
  return parts.length === 0 ? '未识别到可核对的表述' : `已核对（成立/识别）：${parts.join('，')}`;
}

export function formatClaimsText(claims: readonly Claim[]): string {
  return claims
    .map((c) => `    第${c.line}行 [${CLAIM_NAMES[c.kind]}] ${c.verified ? '✓' : '✗'} ${c.arithmetic}`)
    .join('\n');
}

export function formatFindingsText(file: string, findings: readonly Finding[]): string {
  const out: string[] = [`${file}`];
  for (const f of findings) {
    out.push(
      `  第${f.line}行${f.location ? `（${f.location}）` : ''} [${SEVERITY_LABEL[f.severity]}] ${ruleName(f.rule)}（${f.rule}）：${f.message}`,
    );
    out.push(`    原文：${f.excerpt}`);
    out.push(`    应为：${f.expected}    实为：${f.found}`);
  }
  const count = (s: Finding['severity']): number => findings.filter((f) => f.severity === s).length;
  out.push(`  共 ${count('error')} 个错误，${count('warning')} 个警告，${count('note')} 个提示。`);
  return out.join('\n');
}

export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description('校验文件中的数字：合计与分项、占比、增减变动、完成预算、得分与等次、单位和模板残留')
    .argument('<files...>', '要检查的 .txt、.docx、.xlsx 或 .pdf 文件')
    .option('--json', '以 JSON 输出：{"files":[{"file":…,"findings":[…],"claims":{…}}]}')
    .option('--explain', '逐条列出核对过的表述及其算式')
    .action(async (files: string[], options: { json?: boolean; explain?: boolean }) => {
      const results: FileResult[] = [];
      for (const file of files) {
        try {
          const report = checkDocumentLines(await extractText(file));
          results.push({
            file,
            findings: report.findings,
            claims: report.counts,
            ...(options.explain ? { checked: report.claims } : {}),
          });
        } catch (error) {
          const message =
            error instanceof ExtractError ? error.message : `无法检查 ${file}：${(error as Error).message}`;
          results.push({ file, error: message });
        }
      }
      const unreadable = results.filter((r): r is { file: string; error: string } => 'error' in r);
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ files: results }, null, 2)}\n`);
      } else {
        for (const r of results) {
          if (!('findings' in r)) continue;
          process.stdout.write(
            `${formatFindingsText(r.file, r.findings)}\n  ${formatClaimCounts(r.claims)}\n`,
          );
          if (r.checked) process.stdout.write(`  核对过程：\n${formatClaimsText(r.checked)}\n`);
        }
      }
      for (const r of unreadable) process.stderr.write(`${r.error}\n`);
      const anyError = results.some((r) => 'findings' in r && r.findings.some((f) => f.severity === 'error'));
      process.exitCode = unreadable.length > 0 ? 2 : anyError ? 1 : 0;
    });
}
