import type { Command } from 'commander';

/** Placeholder until the command lands. */
export function registerEval(program: Command): void {
  program.command('eval').description('not implemented yet').action(() => {
    process.stderr.write('claimex eval: not implemented yet\n');
    process.exitCode = 2;
  });
}
