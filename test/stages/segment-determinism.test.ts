import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allCorpusEntries } from '../../src/eval/corpus.js';
import { docToJson, extractArticle } from '../../src/extract.js';
import type { Article, Doc } from '../../src/model/doc.js';

/*
 * An article's extraction depends on the article alone, never on what the process read before (an ingest's workers
 * read thousands of articles in whatever order the batch has). wink-nlp learns every word it does not know, and its
 * tokenizer used to keep a learnt word whole: "Ukraine’s" was split into "Ukraine" "’s" until some text had it
 * before a comma, and kept whole ever after.
 */

const articles: Article[] = allCorpusEntries().map((e) => ({
  id: e.name,
  source: 'corpus',
  published: e.published ?? '2024-12-13',
  title: null,
  raw: readFileSync(e.articlePath, 'utf8'),
}));

/** Every layer of the document, tokens included. */
function snapshot(doc: Doc): unknown {
  const { start, end, sentence, pos, norm, lemma } = doc.tokens;
  return { ...docToJson(doc), tokens: { start: [...start], end: [...end], sentence: [...sentence], pos, norm, lemma } };
}

/** Another text with each word of `raw` at the end of a clause and in parentheses, as other articles may have it. */
function echo(raw: string): string {
  const words = new Set(raw.split(/\s+/).map((w) => w.replace(/^\p{P}+|\p{P}+$/gu, '')).filter((w) => /\p{L}/u.test(w)));
  return [...words].map((w) => `They said ${w}, and then (${w}) again.`).join('\n');
}

describe('extraction is a function of the article', () => {
  it('extracts every corpus article the same before and after reading other texts with its words', () => {
    expect(articles.length).toBeGreaterThan(20);
    const before = articles.map((a) => snapshot(extractArticle(a)));
    for (const a of articles) extractArticle({ ...a, id: `${a.id}-echo`, raw: echo(a.raw) });
    articles.forEach((a, i) => expect(snapshot(extractArticle(a)), a.id).toEqual(before[i]));
  });
});
