import type { Article, Doc } from './model/doc.js';
import { createDoc } from './model/create.js';
import { runPipeline, type Pipeline } from './model/pipeline.js';
import { news } from '../pipelines/news.js';

/** Runs a pipeline (the news pipeline by default) over one article: the function ingest, extract and eval share. */
export function extractArticle(article: Article, pipeline: Pipeline = news): Doc {
  return runPipeline(pipeline, createDoc(article));
}

/** The document's layers as plain JSON (tokens left out: they are an internal index, not a result). */
export function docToJson(doc: Doc): Record<string, unknown> {
  const { tokens: _tokens, article, ...layers } = doc;
  void _tokens;
  return { article: { id: article.id, source: article.source, published: article.published, title: article.title }, ...layers };
}
