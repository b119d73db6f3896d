import { Command } from 'commander';
import { registerIngest } from './cli/ingest.js';
import { registerExtract } from './cli/extract.js';
import { registerQuery } from './cli/query.js';
import { registerEval } from './cli/eval.js';

/** The claimex command line: parsing and printing only; the work is done by the same functions the tests call. */
const program = new Command();
program
  .name('claimex')
  .description('News articles to a queryable SQLite database of who said, promised, demanded or counted what, where and when')
  .version('0.1.0')
  .showHelpAfterError();

registerIngest(program);
registerExtract(program);
registerQuery(program);
registerEval(program);

await program.parseAsync(process.argv);
