/**
 * `jixiao --help` is printed from the command index in src/cli/main.ts without loading the commands'
 * modules (that is what makes it fast). This checks that the index says exactly what the modules
 * declare, so the two cannot drift apart.
 */
import { Help } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildFullProgram, buildProgram, COMMANDS } from '../src/cli/main.ts';

describe('the command index', () => {
  it('prints the same top-level help as the fully loaded program', async () => {
    const full = await buildFullProgram();
    const quick = await buildProgram(['--help']);
    expect(quick.helpInformation()).toBe(full.helpInformation());
  });

  it('lists every command the modules define, with their usage and description, and nothing else', async () => {
    const full = await buildFullProgram();
    const help = new Help();
    expect(full.commands.map((c) => c.name())).toEqual(COMMANDS.map((c) => c.name));
    for (const entry of COMMANDS) {
      const real = full.commands.find((c) => c.name() === entry.name)!;
      expect(help.subcommandTerm(real), entry.name).toBe(entry.term);
      expect(real.description(), entry.name).toBe(entry.description);
    }
  });

  it('loads only the command that runs, fully defined', async () => {
    const program = await buildProgram(['check', '--json', 'a.txt']);
    const check = program.commands.find((c) => c.name() === 'check')!;
    expect(check.registeredArguments.map((a) => a.name())).toEqual(['files']);
    const serve = program.commands.find((c) => c.name() === 'serve')!;
    expect(serve.registeredArguments).toEqual([]); // an index entry only
  });
});
