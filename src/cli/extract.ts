import type { Command } from 'commander';

/** Placeholder until the command lands. */
export function registerExtract(program: Command): void {
  program.command('extract').description('not implemented yet').action(() => {
    process.stderr.write('claimex extract: not implemented yet\n');
    process.exitCode = 2;
  });
}
