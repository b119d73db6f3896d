import type { Doc } from './doc.js';

/** A stage adds its own layer to the document and returns it; it does no I/O. */
export interface Stage {
  name: string;
  run(doc: Doc): Doc;
}

/** An ordered, named list of stages; its version is stored with every article it processed. */
export interface Pipeline {
  name: string;
  version: string;
  stages: Stage[];
}

export class StageError extends Error {
  constructor(
    readonly stage: string,
    readonly articleId: string,
    cause: unknown,
  ) {
    super(`stage ${stage} failed on ${articleId}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/**
 * Runs every stage in order. A stage that throws fails the whole article (a StageError naming the stage): storing
 * an article with some layers missing would be a half-written article.
 */
export function runPipeline(pipeline: Pipeline, doc: Doc): Doc {
  let current = doc;
  for (const stage of pipeline.stages) {
    try {
      current = stage.run(current);
    } catch (err) {
      throw new StageError(stage.name, doc.article.id, err);
    }
  }
  return current;
}
