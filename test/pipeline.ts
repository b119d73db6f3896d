import { news } from '../pipelines/news.js';
import { createDoc } from '../src/model/create.js';
import type { Doc } from '../src/model/doc.js';
import { runPipeline } from '../src/model/pipeline.js';

/**
 * A text through the news pipeline's stages up to and including `last` ("quotes": clean ... dates, quotes), as the
 * pipeline gives them to the next stage: the one helper for tests that read a stage's output on real sentences.
 */
export function readThrough(last: string, raw: string, published = '2024-12-13'): Doc {
  const upTo = news.stages.findIndex((s) => s.name === last);
  if (upTo < 0) throw new Error(`no stage ${last} in the news pipeline`);
  return runPipeline({ ...news, stages: news.stages.slice(0, upTo + 1) }, createDoc({ id: 't', source: 'test', published, title: null, raw }));
}
