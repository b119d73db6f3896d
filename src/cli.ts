import { programFor } from './cli/commands.js';

/**
 * The claimex command line: parsing and printing only; the work is done by the same functions the tests call.
 * Only the invoked command's module is loaded (see src/cli/commands.ts): `--help` and `query` need no NLP pipeline.
 */
const args = process.argv.slice(2);
const program = await programFor(args);
await program.parseAsync(process.argv);
