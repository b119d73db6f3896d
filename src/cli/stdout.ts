/**
 * `claimex query ... | head`, `claimex extract FILE.jsonl | head`: once the reader has what it wanted and closed
 * the pipe, the rest of the output has nowhere to go, and that is no error to report (nor an unhandled EPIPE crash).
 * For the commands that stream rows or documents to stdout; the exit code is what the command has set so far.
 */
export function exitQuietlyOnClosedStdout(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}
