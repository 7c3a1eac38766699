import { describe, expect, it } from 'vitest';
import { chineseCommanderMessage } from './commander-zh.ts';
import { buildFullProgram, buildProgram, main } from './main.ts';

/** Commander's own words that must not reach a user ("Usage: jixiao …" stays: tools look for it). */
const ENGLISH = /Options:|Commands:|Arguments:|display help|output the version|default:|error:/;

/** Values an option's description lists that the command checks itself: template ids, --numbering's styles. */
const OPTION_VALUE = /^(?:flat|nested|[a-z]+(?:-[a-z]+)+)$/;

describe('commander in Chinese', () => {
  it('prints every command’s help with Chinese headings, -h/-V lines and defaults', async () => {
    const program = await buildFullProgram();
    const all = [program, ...program.commands, ...program.commands.flatMap((c) => c.commands)];
    expect(all.length).toBeGreaterThan(15);
    for (const cmd of all) {
      const help = cmd.helpInformation();
      expect(help, cmd.name()).not.toMatch(ENGLISH);
      expect(help, cmd.name()).toMatch(/^Usage: jixiao/);
      expect(help, cmd.name()).toContain('显示帮助');
    }
    const explanation = program.commands.find((c) => c.name() === 'render')!.commands[0]!;
    expect(explanation.helpInformation()).toContain('（默认：docx）');
  });

  it('describes every command, argument and option in Chinese, naming only commands, options, formats and files', async () => {
    const program = await buildFullProgram();
    const all = [program, ...program.commands, ...program.commands.flatMap((c) => c.commands)];
    // What a Chinese help text may name in Latin letters: the commands, their arguments and options' values, file
    // formats and tools, paths, and the keys of a JSON shape shown in quotes.
    const names = new Set(['help', ...all.map((c) => c.name())]);
    for (const c of all) {
      for (const a of c.registeredArguments) names.add(a.name());
      for (const o of c.options)
        for (const v of [...(o.argChoices ?? []), o.defaultValue]) names.add(String(v));
    }
    const formats = ['Jixiao', 'JSON', 'XLSX', 'DOCX', 'PDF', 'PostgreSQL', 'DATABASE_URL', 'gzip'];
    for (const f of formats) names.add(f);
    for (const cmd of all) {
      const body = cmd
        .helpInformation()
        .split('\n')
        .slice(1) // "Usage: jixiao …" stays English: tools look for it
        .join('\n')
        .replace(/"[^"]*"/g, '')
        .replace(/<[^>]*>|\[[^\]]*\]|(?<![\w-])-{1,2}[A-Za-z][\w-]*/g, '')
        .replace(/[\w.-]*\/[\w./-]+|\.?\b(?:txt|docx|xlsx|pdf|json|csv)\b/g, '');
      const words = [...body.matchAll(/[A-Za-z_][A-Za-z_-]*/g)]
        .map((m) => m[0])
        .filter((w) => !names.has(w) && !OPTION_VALUE.test(w));
      expect(words, cmd.name()).toEqual([]);
    }
  });

  it('says a usage error in Chinese, naming what was typed', async () => {
    const program = await buildProgram(['check']);
    let err = '';
    for (const cmd of [program, ...program.commands])
      cmd.configureOutput({ writeErr: (s) => (err += s), writeOut: () => undefined });
    await expect(program.parseAsync(['check'], { from: 'user' })).rejects.toMatchObject({
      code: 'commander.missingArgument',
    });
    expect(err).toContain('错误：缺少必需的参数 files');
    expect(err).not.toMatch(ENGLISH);
    expect(chineseCommanderMessage("error: unknown option '--jsn'\n(Did you mean --json?)\n")).toBe(
      '错误：未知的选项 --jsn（是否想用 --json？）\n',
    );
    expect(chineseCommanderMessage("error: unknown command 'chek'")).toBe('错误：未知的命令 chek\n');
  });

  it('exits 2 on a command line it cannot use (bad input), as the commands do', async () => {
    const before = process.exitCode;
    const write = process.stderr.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      await main(['check', '--no-such-option', 'a.txt']);
      expect(process.exitCode).toBe(2);
      process.exitCode = 0;
      await main(['monitor']);
      expect(process.exitCode).toBe(2);
    } finally {
      process.stderr.write = write;
      process.exitCode = before;
    }
  });
});
