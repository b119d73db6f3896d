import { Command, Help } from 'commander';

/** A command's `registerX(program)` function, as each module under src/cli/ exports it. */
export type Register = (program: Command) => void;

/**
 * One subcommand as the top-level help lists it, and how to load its real definition. The table exists so that
 * `claimex --help` and `claimex query ...` load no command module but the one they run: `eval` pulls in the whole
 * NLP pipeline at import time (compromise, wink, gazetteers, NER model: over a second of CPU).
 * test/cli/commands.test.ts checks each entry against the real definition, so the two cannot drift apart.
 */
export interface CommandEntry {
  name: string;
  /** Commander's term for the command in the top-level listing ("ingest [options] <paths...>"). */
  term: string;
  description: string;
  load: () => Promise<Register>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'ingest',
    term: 'ingest [options] <paths...>',
    description: 'extract claims from articles and store them: files, folders, .jsonl files, or - for JSONL on stdin',
    load: async () => (await import('./ingest.js')).registerIngest,
  },
  {
    name: 'extract',
    term: 'extract [options] <file>',
    description: "run the pipeline on one article and print the document's layers as JSON (no database)",
    load: async () => (await import('./extract.js')).registerExtract,
  },
  {
    name: 'query',
    term: 'query [options] <what>',
    description: 'list claims, entities, quotes or quantities from the database, filtered',
    load: async () => (await import('./query.js')).registerQuery,
  },
  {
    name: 'eval',
    term: 'eval [options] <gold...>',
    description: 'score the pipeline against gold annotations (JSON / JSONL files or folders)',
    load: async () => (await import('./eval.js')).registerEval,
  },
];

/**
 * The command named on the command line: the first word that is not an option (the program's own options, -V and
 * -h, take no value), or the word after `help`. Undefined for `claimex`, `claimex --help` or an unknown word.
 */
export function invokedCommand(args: readonly string[]): CommandEntry | undefined {
  const words = args.filter((arg) => !arg.startsWith('-'));
  const name = words[0] === 'help' ? words[1] : words[0];
  return COMMANDS.find((entry) => entry.name === name);
}

function newProgram(): Command {
  return new Command()
    .name('claimex')
    .description('News articles to a queryable SQLite database of who said, promised, demanded or counted what, where and when')
    .version('0.1.0')
    .showHelpAfterError();
}

/** The program with every command's real definition (loads every command module). */
export async function fullProgram(): Promise<Command> {
  const program = newProgram();
  for (const entry of COMMANDS) (await entry.load())(program);
  return program;
}

/**
 * The program for `args` (process.argv without node and the script): the real definition of the invoked command
 * only, or, when no command is named, listing-only stand-ins for all of them, so that the top-level help and
 * commander's "unknown command" suggestions cost no module loading.
 */
export async function programFor(args: readonly string[]): Promise<Command> {
  const program = newProgram();
  const invoked = invokedCommand(args);
  if (invoked) {
    (await invoked.load())(program);
    return program;
  }
  const terms = new Map<string, string>();
  for (const entry of COMMANDS) {
    // A stand-in is never run: had its name been on the command line, the real command would have been loaded.
    terms.set(entry.name, entry.term);
    program.command(entry.name).description(entry.description).allowUnknownOption().allowExcessArguments();
  }
  program.configureHelp({
    subcommandTerm: (cmd: Command) => terms.get(cmd.name()) ?? Help.prototype.subcommandTerm.call(new Help(), cmd),
  });
  return program;
}
