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

export class Gazetteer {
  private readonly phrases = new Map<string, number>();
  /** First word of every phrase with its longest length in tokens: most tokens start no phrase at all. */
  private readonly firstWords = new Map<string, number>();

  constructor(entries: GazetteerEntries) {
    for (const [phrase, mask] of entries) {
      this.phrases.set(phrase, (this.phrases.get(phrase) ?? 0) | mask);
      const space = phrase.indexOf(' ');
      const first = space < 0 ? phrase : phrase.slice(0, space);
      let length = 1;
      for (let k = space; k >= 0; k = phrase.indexOf(' ', k + 1)) length++;
      this.firstWords.set(first, Math.max(this.firstWords.get(first) ?? 0, length));
    }
  }

  get size(): number {
    return this.phrases.size;
  }

  entries(): GazetteerEntries {
    return [...this.phrases.entries()];
  }

  /**
   * Longest matches, left to right, over lower-cased tokens `words[from..to)`: writes each covered token's class
   * mask and position (B/I/L/U) into `mask` and `pos`.
   */
  match(words: readonly string[], from: number, to: number, mask: Uint16Array, pos: Uint8Array): void {
    let j = from;
    while (j < to) {
      const longest = Math.min(this.firstWords.get(words[j]) ?? 1, to - j);
      let matched = 0;
      let matchedMask = 0;
      // grow the candidate phrase one word at a time, remembering the longest that is listed
      let phrase = words[j];
      for (let len = 1; len <= longest; len++) {
        if (len > 1) phrase += ' ' + words[j + len - 1];
        const m = this.phrases.get(phrase);
        if (m !== undefined) {
          matched = len;
          matchedMask = m;
        }
      }
      for (let k = 0; k < matched; k++) {
        mask[j + k] = matchedMask;
        pos[j + k] = matched === 1 ? GAZ_U : k === 0 ? GAZ_B : k === matched - 1 ? GAZ_L : GAZ_I;
      }
      j += matched > 0 ? matched : 1;
    }
  }
}
