/**
 * The document checker (校验): reads the claims a 决算情况说明, 绩效自评报告, 评分表 or 完成情况表 makes
 * about its own figures and reports each one that does not hold, with the arithmetic.
 */
import { makeContext } from './context.ts';
export { cleanLine } from './context.ts';
import { checkGrades, checkProse } from './prose-rules.ts';
import { checkCheckpointProse } from './rule-scores.ts';
import { checkTables } from './table-rules.ts';
import type { CheckOptions, Finding, SourceLine } from './types.ts';

export type { CheckOptions, Finding, Severity, SourceLine, GradeBand, GradeBandInput } from './types.ts';

/** Checks extracted lines (with their paragraph/cell locations); findings sorted by line. */
export function checkLines(lines: readonly SourceLine[], options: CheckOptions = {}): Finding[] {
  const ctx = makeContext(lines, options);
  const changes = checkProse(ctx);
  checkGrades(ctx);
  checkCheckpointProse(ctx);
  checkTables(ctx, changes);
  return ctx.findings.sort((a, b) => a.line - b.line);
}

/** Checks plain text (one line per line of the text). */
export function checkText(text: string, options: CheckOptions = {}): Finding[] {
  return checkLines(
    text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((t) => ({ text: t })),
    options,
  );
}
