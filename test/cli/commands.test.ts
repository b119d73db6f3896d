import { describe, expect, it } from 'vitest';
import { Help, type Command } from 'commander';
import { COMMANDS, fullProgram, invokedCommand, programFor } from '../../src/cli/commands.js';

/** The top-level listing comes from a static table so that `--help` loads no command module: it must match the real one. */
describe('the command table of the CLI', () => {
  it('names, describes and shows each command exactly as its real definition does', async () => {
    const real = await fullProgram();
    const help = new Help();
    const listed = real.commands.map((cmd: Command) => ({ name: cmd.name(), term: help.subcommandTerm(cmd), description: cmd.description() }));
    expect(COMMANDS.map(({ name, term, description }) => ({ name, term, description }))).toEqual(listed);
  });

  it('prints the same top-level help as the program with every command loaded', async () => {
    const real = await fullProgram();
    const light = await programFor(['--help']);
    expect(light.helpInformation()).toBe(real.helpInformation());
  });

  it('loads only the command that is run', async () => {
    const program = await programFor(['query', 'claims', '--speaker', 'Starmer']);
    expect(program.commands.map((cmd) => cmd.name())).toEqual(['query']);
    expect(program.commands[0].options.map((option) => option.long)).toContain('--speaker');
  });

  it('finds the command after help, and none for options, unknown words or nothing', () => {
    expect(invokedCommand(['help', 'eval'])?.name).toBe('eval');
    expect(invokedCommand(['ingest', 'corpus/', '--workers', '2'])?.name).toBe('ingest');
    expect(invokedCommand(['--help'])).toBeUndefined();
    expect(invokedCommand(['ingets', 'corpus/'])).toBeUndefined();
    expect(invokedCommand([])).toBeUndefined();
  });
});
