/**
 * Feature hashing: every feature is a 32-bit hash of (template id, value hashes), folded into a fixed table.
 * Values are hashed once per token and combined with integer mixing, so no feature string is ever built.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of `s` (deterministic across runs and platforms). */
export function hashString(s: string, seed: number = FNV_OFFSET): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** One more code unit into a running FNV-1a hash (for prefixes and shapes built character by character). */
export function hashStep(h: number, code: number): number {
  return Math.imul((h ^ code) >>> 0, FNV_PRIME) >>> 0;
}

export const HASH_SEED = FNV_OFFSET;

/** Order-dependent combination of two 32-bit values (murmur3-style finalizer). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * mix(mix(a, b), c), written out: the tagger computes it a dozen times per token from a function too large for the
 * compiler to inline the two calls into, and one call instead of three was a visible share of the tagger's time.
 */
export function mix3(a: number, b: number, c: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul((h >>> 0) ^ 0x9e3779b9, 0x85ebca6b) ^ c;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
