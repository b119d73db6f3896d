import winkNLP from 'wink-nlp';
import type { Model } from 'wink-eng-lite-web-model';

/*
 * wink-nlp with no memory between documents. A wink instance learns every word its lexicon lacks (its cache adds the
 * word to the core model's lexeme hash) and its tokenizer then treats a learnt word as known: "Clinton's" is split
 * into "Clinton" "'s" until some document has added "Clinton's" whole, and is kept whole in every document after. So
 * the tokens (and everything extracted from them) of an article depended on what the process had read before: 120 of
 * 141,523 tokens, in 32 of 338 texts, changed between a first and a second pass over the same texts.
 *
 * Here the cache's `lookup` (what the tokenizer asks) answers as in a fresh process: a learnt word is known only once
 * the current document has added it. Its `add` keeps what wink learnt (a word's packed properties are a function of
 * its text and token category, so a later document can reuse them), unless the stored category is not the one a
 * fresh process would store now; then the word is learnt again. A fresh `claimex extract` of one article reads it
 * exactly as before. (Taking learnt words out of the hash after each document does the same, but costs ~35% of the
 * stage: every document learns its words again, and V8's hash slows down with the deletions.)
 */

type Wink = ReturnType<typeof winkNLP>;
type WinkDoc = ReturnType<Wink['readDoc']>;
export type Its = Wink['its'];

/** A feature table of wink's core model: values by index and indexes by value (what the cache's `add` grows). */
interface FeatureTable {
  list: string[];
  hash: Record<string, number>;
  /** Largest index the packed lexicon can hold (indexed extractable features: prefix, suffix, shape). */
  maxIndex?: number;
  intrinsicSize?: number;
}

/** The parts of the loaded core model a learning wink instance writes to. */
interface LearningCore {
  features: Record<string, FeatureTable>;
  packing: { layout: Record<string, number[]>; efList: string[] };
}

/** The methods of wink's cache (src/cache.js) this module reads or replaces. */
interface WinkCache {
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
  property(index: number, name: string): unknown;
  intrinsicSize(): number;
}

type Lemmatize = (value: string, pos: string, cache: unknown) => string;

/**
 * Lexemes an instance may learn before it is rebuilt: wink's automata use numbers from 2,070,000 up as events of
 * their own, so lexeme indexes must stay below. A news article teaches it a few hundred words.
 */
const LEXEME_GROWTH = 500_000;

/**
 * An indexed extractable feature (a word's 2-letter prefix, 3-letter suffix, shape) is packed into a few bits and
 * its table learns new values for as long as the instance lives; it is rebuilt once a table has used half of the
 * room it had, long before a value can overflow its bits (a value's index does not change what wink reads back).
 */
function featureFull(feature: FeatureTable): boolean {
  const { maxIndex, intrinsicSize } = feature;
  if (maxIndex === undefined || intrinsicSize === undefined) return false;
  return feature.list.length > intrinsicSize + (maxIndex - intrinsicSize) / 2;
}

/** The unknown word wink is given to lemmatize when the instance is built, which hands us its cache. */
const PRIMER = 'xqzvzzing';

export class FreshWink {
  private readonly model: Model;
  private wink: Wink | null = null;
  private core: LearningCore | null = null;
  /** Set while the instance is built: the first cache the lemmatizer is handed. */
  private caught: WinkCache | null = null;
  private catching = false;
  /** Learnt lexemes (by index) the current document has added: the only learnt words its lookups may see. */
  private readonly added = new Set<number>();
  /** How many times the instance was built (for tests and measurements). */
  builds = 0;

  /**
   * `model` is loaded again (its `core()` called) each time the instance is rebuilt; `lexemeGrowth` (how many words
   * an instance may learn) is lowered only by tests, to see rebuilds.
   */
  constructor(
    model: Model,
    private readonly pipe: string[],
    private readonly lexemeGrowth = LEXEME_GROWTH,
  ) {
    const load = model.core as () => unknown;
    const addons = model.addons as unknown as { lemmatize: Lemmatize };
    const lemmatize = addons.lemmatize;
    const catchCache: Lemmatize = (value, pos, cache) => {
      if (this.catching) this.caught ??= cache as WinkCache;
      return lemmatize(value, pos, cache);
    };
    this.model = {
      ...model,
      core: () => (this.core = load() as LearningCore),
      addons: { ...addons, lemmatize: catchCache },
    } as unknown as Model;
  }

  private instance(): Wink {
    if (this.wink !== null && this.core !== null && !this.full(this.core)) return this.wink;
    this.core = null;
    const wink = winkNLP(this.model, this.pipe as Parameters<typeof winkNLP>[1]);
    const core = this.core as LearningCore | null;
    if (core === null) throw new Error('wink-nlp did not load the core model');
    // wink hands its cache to the lemmatizer of the model (its only way out): lemmatize an unknown word once.
    this.caught = null;
    this.catching = true;
    try {
      wink.readDoc(PRIMER).tokens().out(wink.its.lemma as unknown as Parameters<ReturnType<WinkDoc['tokens']>['out']>[0]);
    } finally {
      this.catching = false;
    }
    const cache = this.caught as WinkCache | null;
    if (cache === null || typeof cache.lookup !== 'function' || typeof cache.add !== 'function') {
      throw new Error('wink-nlp did not hand its cache to the lemmatizer');
    }
    this.forgetLearntWords(cache, core);
    this.wink = wink;
    this.builds++;
    return wink;
  }

  /** Replaces the cache's lookup and add by ones that see only the current document's learnt words. */
  private forgetLearntWords(cache: WinkCache, core: LearningCore): void {
    const added = this.added;
    const intrinsic = cache.intrinsicSize();
    const lexemes = core.features.lexeme;
    const categories = core.features.tokenType.list;
    const lookup = cache.lookup;
    const add = cache.add;
    // While wink adds a word its feature functions look words up (the lower case of the word, just added): as wink.
    let adding = false;
    cache.lookup = (text) => {
      const found = lookup(text);
      if (found === null || adding) return found;
      const index = found[0];
      return index < intrinsic || found.length > 1 || added.has(index) ? found : null;
    };
    // Was `index` learnt by an earlier document with another token category than a fresh instance would store now?
    const stale = (index: number | undefined, category: number): boolean =>
      index !== undefined && index >= intrinsic && !added.has(index) && cache.property(index, 'tokenType') !== categories[category];
    cache.add = (text, category) => {
      const hash = lexemes.hash;
      const known: number | undefined = hash[text];
      const normal = text.toLowerCase();
      // The lower case's entry (wink adds it with the word), looked up once: V8 finds a key in this hash of ~90,000
      // words slowly, and the wrapper runs for most tokens.
      let knownNormal: number | undefined = normal === text ? known : hash[normal];
      if (normal !== text && stale(knownNormal, category)) {
        delete hash[normal];
        knownNormal = undefined;
        // A word learnt earlier points to its lower case's entry: learn it again too, pointing to the new one.
        if (known !== undefined && known >= intrinsic && !added.has(known)) delete hash[text];
      }
      if (stale(known, category)) delete hash[text];
      adding = true;
      let index: number;
      try {
        index = add(text, category);
      } finally {
        adding = false;
      }
      if (index >= intrinsic) added.add(index);
      if (normal !== text) {
        knownNormal ??= hash[normal];
        if (knownNormal >= intrinsic) added.add(knownNormal);
      }
      return index;
    };
  }

  private full(core: LearningCore): boolean {
    const lexeme = core.features.lexeme;
    if (lexeme.list.length - (lexeme.intrinsicSize ?? 0) > this.lexemeGrowth) return true;
    for (const f of core.packing.efList) {
      if (core.packing.layout[f][3] === 0 && featureFull(core.features[f])) return true;
    }
    return false;
  }

  /**
   * Reads `text` as a fresh wink instance would and hands wink's document to `read`, which must take everything it
   * needs from it: the document must not be read once the next one is.
   */
  read<T>(text: string, read: (doc: WinkDoc, its: Its) => T): T {
    const wink = this.instance();
    this.added.clear();
    return read(wink.readDoc(text), wink.its);
  }
}
