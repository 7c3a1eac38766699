/**
 * `jixiao --help` is printed from the command index in src/cli/main.ts without loading the commands'
 * modules (that is what makes it fast). This checks that the index says exactly what the modules
 * declare, so the two cannot drift apart.
 */
import { Help } from 'commander';
import fs from 'node:fs';
import path from 'node:path';
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

describe('how npx finds the command', () => {
  const root = path.resolve(import.meta.dirname, '..');
  const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));

  // npx runs a bin linked in node_modules/.bin at once, but when the project's own package.json declares
  // the bin it reads the whole dependency tree first (about 0.5 s). So the bin lives in the bin/ workspace.
  it('is declared by the bin/ workspace, not by the project itself', () => {
    const project = readJson('package.json');
    expect(project.bin).toBeUndefined();
    expect(project.workspaces).toContain('bin');
    expect(readJson('bin/package.json').bin).toEqual({ jixiao: 'jixiao.js' });
  });

  it('is linked by the install to bin/jixiao.js', () => {
    const linked = fs.realpathSync(path.join(root, 'node_modules', '.bin', 'jixiao'));
    expect(linked).toBe(fs.realpathSync(path.join(root, 'bin', 'jixiao.js')));
  });
});
