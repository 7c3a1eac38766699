/**
 * `jixiao monitor <round.json> [--json]`: computes a monitoring round from a file (format:
 * docs/schemas/monitoring-round.schema.json) — each project's execution progress v with its arithmetic and
 * light, each indicator's light against its pro-rated target — and lists the red lights still without the
 * unit's response. Exit code: 0 computed (whatever the lights), 2 bad input. Never a stack trace.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { fixed } from '../domain/money/index.ts';
import {
  LIGHT_NAMES,
  computeRound,
  readRound,
  submissionProblems,
  type MonitoringRules,
  type ProjectResult,
  type RoundProblem,
  type RoundResult,
} from '../domain/monitoring/index.ts';
import { parseJsonText } from './json-text.ts';

type Out = { write(text: string): void };

export type MonitorCommandIo = { stdout: Out; stderr: Out };

const defaultIo: MonitorCommandIo = {
  stdout: { write: (t) => void process.stdout.write(t) },
  stderr: { write: (t) => void process.stderr.write(t) },
};

function projectToJson(p: ProjectResult): Record<string, unknown> {
  const e = p.execution;
  return {
    name: p.name,
    kind: p.kind,
    budget: p.figures.budget,
    budgetBasis: p.figures.budgetBasis,
    initialBudget: p.figures.initialBudget,
    adjustedBudget: p.figures.adjustedBudget,
    executed: p.figures.executed,
    progress: e.ok ? fixed(e.progress, 2) : null,
    rate: e.ok ? fixed(e.rate, 2) : null,
    light: p.light,
    message: e.message,
    checkpoint: e.ok ? e.checkpoint : null,
    indicators: p.indicators.map((i) => ({
      name: i.name,
      light: i.light,
      ratio: i.ratio ? fixed(i.ratio, 2) : null,
      proratedTarget: i.proratedTarget,
      message: i.message,
    })),
    overall: p.overall,
    needsResponse: p.needsResponse,
    response: p.response,
  };
}

export function roundToJson(r: RoundResult, rules: MonitoringRules): Record<string, unknown> {
  return {
    year: r.year,
    month: r.month,
    amountUnit: r.amountUnit,
    rules: { id: rules.id, name: rules.name },
    projects: r.projects.map(projectToJson),
    counts: r.counts,
    submissionProblems: submissionProblems(r),
  };
}

const LIGHT_MARK = { red: '●红', yellow: '●黄', green: '●绿', blue: '●蓝' } as const;

export function roundToText(r: RoundResult, rules: MonitoringRules, title?: string): string {
  const period = r.month === 1 ? '1月' : `1–${r.month}月`;
  const lines: string[] = [
    `${title ?? `${r.year}年${period}绩效运行监控`}`,
    `预警规则：${rules.name}（${rules.id}）；金额单位：${r.amountUnit}`,
  ];
  for (const p of r.projects) {
    const f = p.figures;
    lines.push(
      '',
      `【${p.kind === 'department' ? '部门整体' : '项目'}】${p.name}  ${p.light ? LIGHT_NAMES[p.light] : '不亮灯'}`,
    );
    const basis = f.adjustedBudget !== null ? `调整后预算；年初预算 ${f.initialBudget}` : '年初预算';
    lines.push(`  预算数 ${f.budget}（${basis}），累计执行数 ${f.executed}`);
    lines.push(`  ${p.execution.message}`);
    for (const i of p.indicators) {
      lines.push(`  ${i.light ? LIGHT_MARK[i.light] : '○未判断'} ${i.name}：${i.message}`);
    }
    if (p.response) lines.push(`  红灯处理意见：${p.response.action}——${p.response.reason}`);
  }
  const c = r.counts;
  lines.push(
    '',
    `合计：红灯${c.red}个，黄灯${c.yellow}个，绿灯${c.green}个，蓝灯${c.blue}个，不亮灯${c.none}个（按项目最严重的灯计）。`,
  );
  const problems = submissionProblems(r);
  if (problems.length > 0) {
    lines.push(`尚不能提交（${problems.length}处）：`);
    for (const m of problems) lines.push(`  ✗ ${m}`);
  } else {
    lines.push('红灯均已填写处理意见，可以提交。');
  }
  return `${lines.join('\n')}\n`;
}

function problemsText(file: string, problems: RoundProblem[]): string {
  return `${[`监控文件 ${file} 有误：`, ...problems.map((p) => `  ${p.field}（${p.path}）：${p.message}`)].join('\n')}\n`;
}

/** Runs the command body; returns the exit code instead of exiting, so tests and main.ts share it. */
export async function runMonitor(
  file: string,
  options: { json?: boolean },
  io: MonitorCommandIo = defaultIo,
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
  const read = readRound(json);
  if (!read.ok) {
    io.stderr.write(problemsText(file, read.problems));
    if (options.json) io.stdout.write(`${JSON.stringify({ ok: false, problems: read.problems }, null, 2)}\n`);
    return 2;
  }
  const result = computeRound(read.round);
  io.stdout.write(
    options.json
      ? `${JSON.stringify(roundToJson(result, read.round.rules), null, 2)}\n`
      : roundToText(result, read.round.rules, read.file.title),
  );
  return 0;
}

export function registerMonitorCommand(program: Command, io: MonitorCommandIo = defaultIo): void {
  program
    .command('monitor')
    .description('计算绩效运行监控的执行进度和预警灯')
    .argument('<file>', '监控文件（JSON，格式见 docs/schemas/monitoring-round.schema.json）')
    .option('--json', '以 JSON 输出（供其他程序读取）')
    .action(async (file: string, options: { json?: boolean }) => {
      try {
        process.exitCode = await runMonitor(file, options, io);
      } catch (err) {
        io.stderr.write(`计算失败：${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = 2;
      }
    });
}
