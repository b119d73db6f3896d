/** One input that could not be turned into an Article: the batch records it and goes on. */
export class LoadError extends Error {
  constructor(
    /** The file (or `stdin`) the input came from. */
    readonly file: string,
    /** One-line reason, e.g. `empty file`, `not English (...)`. */
    readonly reason: string,
    /** 1-based line number for JSONL records. */
    readonly line?: number,
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${reason}`);
    this.name = 'LoadError';
  }

  /** `file[:line]: reason`, the form the ingest summary prints. */
  describe(): string {
    return this.message;
  }
}
