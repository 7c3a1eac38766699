/**
 * `jixiao score <evaluation.json> [--json]`: scores an evaluation file (template inline or a built-in
 * template id, inputs, one sheet per evaluator, printed figures) and prints each indicator's score and
 * explanation, the total, base score, grade, and every place a printed figure disagrees with its rule.
 * A sheet with an indicator still unscored gets no total and no grade: the missing indicators are listed.
 * Exit code: 0 all agree, 1 any disagreement or unjustified deduction, 2 bad input or an indicator that
 * cannot be scored. Never a stack trace.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { fixed } from '../domain/money/index.ts';
import {
  evaluate,
  readEvaluation,
  type EvaluationResult,
  type InputProblem,
} from '../domain/scoring/index.ts';
import { parseJsonText } from './json-text.ts';

type Out = { write(text: string): void };

export type ScoreCommandIo = { stdout: Out; stderr: Out };

const defaultIo: ScoreCommandIo = {
  stdout: { write: (t) => void process.stdout.write(t) },
  stderr: { write: (t) => void process.stderr.write(t) },
};

export function resultToJson(r: EvaluationResult): unknown {
  const p = r.places;
  return {
    template: { id: r.templateId, name: r.templateName },
    rounding: { ...r.rounding, text: r.roundingText },
    excluded: r.excluded.map((e) => ({
      id: e.id,
      name: e.name,
      weight: e.weight.toString(),
      reason: e.reason ?? null,
    })),
    sheets: r.sheets.map((s) => ({
      evaluator: s.evaluator,
      detailed: s.detailed,
      indicators: s.indicators.map((i) => ({
        id: i.id,
        path: i.path,
        weight: i.weight.toString(),
        ruleKind: i.ruleKind,
        ruleText: i.ruleText ?? null,
        status: i.status,
        score: i.score ? fixed(i.score, p) : null,
        scoreExact: i.score ? i.score.toString() : null,
        given: i.given ?? null,
        explanation: i.explanation,
      })),
      subtotals: s.subtotals.map((n) => ({
        id: n.id,
        name: n.name,
        weight: n.weight.toString(),
        score: fixed(n.score, p),
      })),
      complete: s.complete,
      missing: s.missing,
      // No total and no grade for a sheet that is not completely scored.
      total: s.complete ? fixed(s.total, p) : null,
      base: s.complete ? fixed(s.base, p) : null,
      grade: s.complete ? s.grade : null,
    })),
    final: {
      complete: r.final.complete,
      missing: r.final.missing,
      total: r.final.complete ? fixed(r.final.total, p) : null,
      totalExact: r.final.complete ? r.final.total.toString() : null,
      fullTotal: r.final.fullTotal.toString(),
      maxAfterExclusion: r.final.maxAfterExclusion.toString(),
      base: r.final.complete ? fixed(r.final.base, p) : null,
      baseExact: r.final.complete ? r.final.base.toString() : null,
      grade: r.final.complete ? r.final.grade : null,
      evaluators: r.final.evaluators,
    },
    disagreements: r.disagreements,
    findings: r.findings,
    errors: r.errors,
  };
}

export function resultToText(r: EvaluationResult): string {
  const p = r.places;
  const lines: string[] = [`指标体系：${r.templateName}（${r.templateId}）`, `舍入规则：${r.roundingText}`];
  for (const s of r.sheets) {
    lines.push('', `【${s.evaluator.name}${s.evaluator.title ? `（${s.evaluator.title}）` : ''}】`);
    if (!s.detailed) lines.push(`  只提供总分：${fixed(s.total, p)}`);
    for (const i of s.indicators) {
      const sc = i.status === 'scored' ? fixed(i.score!, p) : i.status === 'not-set' ? '未设定' : '未评分';
      const given = i.given !== undefined && i.source === 'rule' ? `（填报${i.given}）` : '';
      lines.push(`  ${i.path.join(' > ')}  分值${i.weight.toString()}  得分${sc}${given}`);
      lines.push(`      ${i.explanation}`);
    }
    if (s.detailed && s.complete)
      lines.push(
        `  合计${fixed(s.total, p)}（满分${s.maxAfterExclusion.toString()}）  基础得分${fixed(s.base, p)}  等次${s.grade}`,
      );
    else if (s.detailed) lines.push(`  未完成评分（缺${s.missing.length}项），不计合计与等次`);
  }
  lines.push('');
  if (r.excluded.length > 0)
    lines.push(
      `剔除未设定指标：${r.excluded.map((e) => `${e.name}（${e.weight.toString()}分）`).join('、')}`,
    );
  if (r.final.complete)
    lines.push(
      `最终得分：${fixed(r.final.total, p)}（剔除后满分${r.final.maxAfterExclusion.toString()}，总分${r.final.fullTotal.toString()}）  基础得分：${fixed(r.final.base, p)}  评价等次：${r.final.grade}${r.final.evaluators > 1 ? `（${r.final.evaluators}位评价人员平均）` : ''}`,
    );
  else
    lines.push(
      `未完成评分（缺${r.final.missing.length}项）：${r.final.missing.map((m) => m.name).join('、')}。全部指标评分后才给出合计与等次。`,
    );
  if (r.errors.length > 0) {
    lines.push('', `无法计分（${r.errors.length}处）：`);
    for (const e of r.errors) lines.push(`  ✗ [${e.sheet}] ${e.label}：${e.message}`);
  }
  if (r.disagreements.length > 0) {
    lines.push('', `填报数与计分规则不一致（${r.disagreements.length}处）：`);
    for (const d of r.disagreements) lines.push(`  ✗ ${d.sheet ? `[${d.sheet}] ` : ''}${d.message}`);
  }
  if (r.findings.length > 0) {
    lines.push('', `需补充说明（${r.findings.length}处）：`);
    for (const f of r.findings) lines.push(`  ! [${f.sheet}] ${f.label}：${f.message}`);
  }
  if (r.errors.length + r.disagreements.length + r.findings.length === 0)
    lines.push('', '所有填报数均与计分规则一致。');
  return `${lines.join('\n')}\n`;
}

function problemsText(file: string, problems: InputProblem[]): string {
  return `${[`评价文件 ${file} 有误：`, ...problems.map((p) => `  ${p.path}: ${p.message}`)].join('\n')}\n`;
}

/** Runs the command body; returns the exit code instead of exiting, so tests and main.ts share it. */
export async function runScore(
  file: string,
  options: { json?: boolean },
  io: ScoreCommandIo = defaultIo,
): Promise<number> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    io.stderr.write(
      `无法读取文件 ${file}${code === 'ENOENT' ? '：文件不存在' : code ? `（${code}）` : ''}\n`,
    );
    return 2;
  }
  let json: unknown;
  try {
    json = parseJsonText(raw, file);
  } catch (err) {
    io.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  const read = readEvaluation(json);
  if (!read.ok) {
    if (options.json) io.stdout.write(`${JSON.stringify({ ok: false, problems: read.problems }, null, 2)}\n`);
    else io.stderr.write(problemsText(file, read.problems));
    return 2;
  }
  const result = evaluate(read.evaluation);
  io.stdout.write(options.json ? `${JSON.stringify(resultToJson(result), null, 2)}\n` : resultToText(result));
  if (result.errors.length > 0) return 2;
  return result.disagreements.length + result.findings.length > 0 ? 1 : 0;
}

export function registerScoreCommand(program: Command, io: ScoreCommandIo = defaultIo): void {
  program
    .command('score')
    .description('计算绩效评价得分并核对填报数')
    .argument('<file>', '评价文件（JSON，格式见 docs/schemas/evaluation.schema.json）')
    .option('--json', '以 JSON 输出（供其他程序读取）')
    .action(async (file: string, options: { json?: boolean }) => {
      try {
        process.exitCode = await runScore(file, options, io);
      } catch (err) {
        io.stderr.write(`计分失败：${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = 2;
      }
    });
}
