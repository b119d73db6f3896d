/**
 * Name lists the model reads as features: each phrase (lower-case, tokens joined by one space) carries a bitmask of
 * classes. The lists are built at training time (see gazetteer-build.ts) and stored inside the model file, so
 * inference loads no lexicon package.
 */

export const GAZ_CLASSES = ['first', 'last', 'person', 'city', 'country', 'region', 'org', 'team', 'demonym', 'title', 'time'] as const;
export type GazClass = (typeof GAZ_CLASSES)[number];

export function gazBit(c: GazClass): number {
  return 1 << GAZ_CLASSES.indexOf(c);
}

/** Position of a token inside its longest gazetteer match: 0 none, then B, I, L, U. */
export const GAZ_NONE = 0;
export const GAZ_B = 1;
export const GAZ_I = 2;
export const GAZ_L = 3;
export const GAZ_U = 4;

export type GazetteerEntries = Array<[string, number]>;

/** A node of the phrase trie: the phrase so far is listed when `listed`, with class mask `mask`. */
interface PhraseNode {
  listed: boolean;
  mask: number;
  next: Map<string, PhraseNode> | null;
}

export class Gazetteer {
  private readonly phrases = new Map<string, number>();
  /**
   * The phrases as a trie over their words: matching walks it token by token and builds no phrase string; most
   * tokens start no phrase and cost one lookup.
   */
  private readonly root = new Map<string, PhraseNode>();

  constructor(entries: GazetteerEntries) {
    for (const [phrase, mask] of entries) this.phrases.set(phrase, (this.phrases.get(phrase) ?? 0) | mask);
    for (const [phrase, mask] of this.phrases) {
      let level = this.root;
      let node: PhraseNode | undefined;
      for (const word of phrase.split(' ')) {
        node = level.get(word);
        if (!node) {
          node = { listed: false, mask: 0, next: null };
          level.set(word, node);
        }
        level = node.next ??= new Map();
      }
      if (node) {
        node.listed = true;
        node.mask = mask;
      }
    }
  }

  get size(): number {
    return this.phrases.size;
  }

  entries(): GazetteerEntries {
    return [...this.phrases.entries()];
  }

  /**
   * The root's answer for each word by its vocabulary lower id (Vocab.lowerId), for one vocabulary generation: every
   * token asks the root, a Map of thousands of first words that the rest of the pipeline pushes out of the CPU caches
   * between documents; a word's slot in this array is one read.
   */
  private firstByLowerId: Array<PhraseNode | null | undefined> = [];
  private firstGeneration = -1;

  private first(word: string, lowerId: number, generation: number): PhraseNode | undefined {
    if (generation !== this.firstGeneration) {
      this.firstByLowerId = [];
      this.firstGeneration = generation;
    }
    const known = this.firstByLowerId;
    let node = known[lowerId];
    if (node === undefined) {
      node = this.root.get(word) ?? null;
      // ids not seen yet are filled with undefined (not looked up; null is "no phrase starts here"), so the array
      // stays packed: writing past its end would make it a slower holey one
      while (known.length < lowerId) known.push(undefined);
      known[lowerId] = node;
    }
    return node ?? undefined;
  }

  /**
   * Longest matches, left to right, over lower-cased tokens `words[from..to)`: writes each covered token's class
   * mask and position (B/I/L/U) into `mask` and `pos`. `ids`, when given, are the words' vocabulary lower ids of
   * vocabulary generation `generation` (see `first`).
   */
  match(words: readonly string[], from: number, to: number, mask: Uint16Array, pos: Uint8Array, ids?: ArrayLike<number>, generation = 0): void {
    let j = from;
    while (j < to) {
      let matched = 0;
      let matchedMask = 0;
      // grow the candidate phrase one word at a time, remembering the longest that is listed
      let node = ids ? this.first(words[j], ids[j], generation) : this.root.get(words[j]);
      for (let len = 1; node !== undefined; len++) {
        if (node.listed) {
          matched = len;
          matchedMask = node.mask;
        }
        if (j + len >= to || node.next === null) break;
        node = node.next.get(words[j + len]);
      }
      for (let k = 0; k < matched; k++) {
        mask[j + k] = matchedMask;
        pos[j + k] = matched === 1 ? GAZ_U : k === 0 ? GAZ_B : k === matched - 1 ? GAZ_L : GAZ_I;
      }
      j += matched > 0 ? matched : 1;
    }
  }
}
