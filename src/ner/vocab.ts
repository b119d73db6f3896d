import { HASH_SEED, hashStep, hashString } from './hash.js';

export const FLAG_INIT_CAP = 1;
export const FLAG_ALL_CAPS = 2;
export const FLAG_HAS_DIGIT = 4;
export const FLAG_HAS_HYPHEN = 8;
export const FLAG_HAS_PERIOD = 16;
export const FLAG_ALL_DIGITS = 32;
export const FLAG_NO_ALNUM = 64;
export const FLAG_INNER_CAP = 128;
export const FLAG_HAS_LETTER = 256;

/** Prefix and suffix hashes of length 1..AFFIXES per word. */
export const AFFIXES = 4;

/**
 * Distinct surfaces kept before the vocabulary starts over (between documents, never inside one): a few MB, and
 * news repeats most of its words from article to article.
 */
const MAX_WORDS = 200_000;

function charClass(c: number): number {
  if (c >= 65 && c <= 90) return 88; // X
  if (c >= 97 && c <= 122) return 120; // x
  if (c >= 48 && c <= 57) return 100; // d
  if (c > 127) {
    const ch = String.fromCharCode(c);
    if (ch !== ch.toLowerCase()) return 88;
    if (ch !== ch.toUpperCase()) return 120;
  }
  return c;
}

/**
 * What the features read from a token's surface alone (its lower-cased form and hashes of it, shapes, flags,
 * affixes), computed once per distinct surface per process instead of once per token. A word's id also keys the
 * caches built on top (word scores), and its lower-cased string is one shared string, whose hash the Maps that look
 * it up compute only once.
 */
export class Vocab {
  /**
   * Open addressing over the surfaces' FNV hashes (`raw`), which a token's characters give without slicing it out
   * of the text: a known word costs a hash loop and one comparison, no string. Slot value: word id + 1, 0 empty.
   */
  private table = new Int32Array(4096);
  /** Each distinct lower-cased surface and its id (several surfaces share one: "The", "the", "THE"). */
  private readonly lowerIds = new Map<string, number>();
  /** The lower-cased strings by lower id: one shared string per form, whose hash Maps compute only once. */
  private lowerWordById: string[] = [];
  /** Bumped whenever the vocabulary starts over: caches keyed by word id must start over too. */
  generation = 0;
  size = 0;
  surface: string[] = [];
  lowerWord: string[] = [];
  /**
   * Per word, the id of its lower-cased form: a small integer (the documents' case and memory tables index by it; a
   * Map keyed by the 32-bit hashes boxed most of its keys as heap numbers).
   */
  lowerId: Int32Array = new Int32Array(1024);
  /** Distinct lower-cased forms so far: lower ids are below this. */
  lowerCount = 0;
  lower: Uint32Array = new Uint32Array(1024);
  raw: Uint32Array = new Uint32Array(1024);
  shape: Uint32Array = new Uint32Array(1024);
  short: Uint32Array = new Uint32Array(1024);
  flags: Uint16Array = new Uint16Array(1024);
  /** AFFIXES per word, 0 where the word is shorter. */
  prefix: Uint32Array = new Uint32Array(1024 * AFFIXES);
  suffix: Uint32Array = new Uint32Array(1024 * AFFIXES);

  /** Starts over when full; call between documents only (ids handed out for a document stay valid through it). */
  trim(): void {
    if (this.size < MAX_WORDS) return;
    this.table = new Int32Array(4096);
    this.lowerIds.clear();
    this.lowerWordById = [];
    this.surface = [];
    this.lowerWord = [];
    this.size = 0;
    this.lowerCount = 0;
    this.generation++;
  }

  /** Id of the surface `text.slice(start, end)`, added when new. */
  idAt(text: string, start: number, end: number): number {
    let h = HASH_SEED;
    for (let k = start; k < end; k++) h = hashStep(h, text.charCodeAt(k));
    const mask = this.table.length - 1;
    const length = end - start;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = this.table[slot] - 1;
      if (id < 0) {
        const added = this.add(text.slice(start, end));
        this.place(added, h);
        return added;
      }
      if (this.raw[id] === h && this.surface[id].length === length && text.startsWith(this.surface[id], start)) return id;
    }
  }

  /** Id of a surface, added when new. */
  id(surface: string): number {
    return this.idAt(surface, 0, surface.length);
  }

  /** Enters word `id` (hash `h`) into the table, doubling it past half full. */
  private place(id: number, h: number): void {
    if (this.size * 2 > this.table.length) {
      const old = this.table;
      this.table = new Int32Array(old.length * 2);
      for (let k = 0; k < old.length; k++) if (old[k] !== 0) this.insert(old[k] - 1, this.raw[old[k] - 1]);
      // `id` was not in the old table yet
      this.insert(id, h);
      return;
    }
    this.insert(id, h);
  }

  private insert(id: number, h: number): void {
    const mask = this.table.length - 1;
    let slot = h & mask;
    while (this.table[slot] !== 0) slot = (slot + 1) & mask;
    this.table[slot] = id + 1;
  }

  private add(surface: string): number {
    const id = this.size++;
    if (id === this.lower.length) this.grow();
    const w0 = surface.toLowerCase();
    let lowerId = this.lowerIds.get(w0);
    let w = w0;
    if (lowerId === undefined) {
      lowerId = this.lowerCount++;
      this.lowerIds.set(w0, lowerId);
      this.lowerWordById.push(w0);
    } else w = this.lowerWordById[lowerId];
    this.surface.push(surface);
    this.lowerWord.push(w);
    this.lowerId[id] = lowerId;
    this.lower[id] = hashString(w);
    this.raw[id] = hashString(surface);
    let hs = HASH_SEED;
    let hshort = HASH_SEED;
    let lastClass = -1;
    let upper = 0;
    let lowerCount = 0;
    let digits = 0;
    let f = 0;
    for (let k = 0; k < surface.length; k++) {
      const c = surface.charCodeAt(k);
      const cls = charClass(c);
      if (k < 12) hs = hashStep(hs, cls);
      if (cls !== lastClass) hshort = hashStep(hshort, cls);
      lastClass = cls;
      if (cls === 88) {
        upper++;
        if (k > 0) f |= FLAG_INNER_CAP;
      } else if (cls === 120) lowerCount++;
      else if (cls === 100) digits++;
      else if (c === 45) f |= FLAG_HAS_HYPHEN;
      else if (c === 46) f |= FLAG_HAS_PERIOD;
    }
    if (upper + lowerCount > 0) f |= FLAG_HAS_LETTER;
    if (charClass(surface.charCodeAt(0)) === 88) f |= FLAG_INIT_CAP;
    if (upper > 0 && lowerCount === 0) f |= FLAG_ALL_CAPS;
    if (digits > 0) f |= FLAG_HAS_DIGIT;
    if (digits === surface.length) f |= FLAG_ALL_DIGITS;
    if (upper + lowerCount + digits === 0) f |= FLAG_NO_ALNUM;
    if ((f & FLAG_ALL_CAPS) !== 0) f &= ~FLAG_INNER_CAP;
    this.flags[id] = f;
    this.shape[id] = hs;
    this.short[id] = hshort;
    let hp = HASH_SEED;
    let hx = HASH_SEED;
    for (let k = 0; k < AFFIXES; k++) {
      if (k < w.length) {
        hp = hashStep(hp, w.charCodeAt(k));
        hx = hashStep(hx, w.charCodeAt(w.length - 1 - k));
        this.prefix[id * AFFIXES + k] = hp;
        this.suffix[id * AFFIXES + k] = hx;
      } else {
        this.prefix[id * AFFIXES + k] = 0;
        this.suffix[id * AFFIXES + k] = 0;
      }
    }
    return id;
  }

  private grow(): void {
    const n = this.lower.length * 2;
    const grow32 = (a: Uint32Array, k = 1): Uint32Array => {
      const b = new Uint32Array(n * k);
      b.set(a);
      return b;
    };
    const lowerId = new Int32Array(n);
    lowerId.set(this.lowerId);
    this.lowerId = lowerId;
    this.lower = grow32(this.lower);
    this.raw = grow32(this.raw);
    this.shape = grow32(this.shape);
    this.short = grow32(this.short);
    this.prefix = grow32(this.prefix, AFFIXES);
    this.suffix = grow32(this.suffix, AFFIXES);
    const flags = new Uint16Array(n);
    flags.set(this.flags);
    this.flags = flags;
  }
}

/** The process's vocabulary (one per worker thread). */
export const vocab = new Vocab();

/** POS tags are few: their hashes and small ids, kept once. */
const posIds = new Map<string, number>();
const posHashes: number[] = [];

export function posId(tag: string): number {
  let id = posIds.get(tag);
  if (id === undefined) {
    id = posHashes.length;
    posIds.set(tag, id);
    posHashes.push(hashString(tag));
  }
  return id;
}

export function posHash(id: number): number {
  return posHashes[id];
}
