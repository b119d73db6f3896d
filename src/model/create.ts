import type { Article, Doc, TokenTable } from './doc.js';
import { identityMap } from '../text/offset-map.js';

export function emptyTokens(): TokenTable {
  return { start: new Int32Array(0), end: new Int32Array(0), sentence: new Int32Array(0), pos: [], norm: [], lemma: [] };
}

/** A Doc with no layers yet: `text` is `raw` until `clean` runs. */
export function createDoc(article: Article): Doc {
  return {
    article,
    text: article.raw,
    offsets: identityMap(article.raw.length),
    credits: [],
    messages: [],
    sentences: [],
    tokens: emptyTokens(),
    mentions: [],
    entities: [],
    quantities: [],
    times: [],
    quotes: [],
    claims: [],
  };
}
