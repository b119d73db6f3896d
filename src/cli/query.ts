import type { Command } from 'commander';

/** Placeholder until the command lands. */
export function registerQuery(program: Command): void {
  program.command('query').description('not implemented yet').action(() => {
    process.stderr.write('claimex query: not implemented yet\n');
    process.exitCode = 2;
  });
}
