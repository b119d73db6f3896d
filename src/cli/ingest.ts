import type { Command } from 'commander';

/** Placeholder until the command lands. */
export function registerIngest(program: Command): void {
  program.command('ingest').description('not implemented yet').action(() => {
    process.stderr.write('claimex ingest: not implemented yet\n');
    process.exitCode = 2;
  });
}
