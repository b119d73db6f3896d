/**
 * One entry point over every gazetteer: what a capitalized name is, when a table knows it. Countries first (they
 * are the most certain), then regions and states, then organizations, then cities (the most ambiguous).
 */
import type { GazetteerEntry } from './types.js';
import { countryByDemonym, countryByName } from './countries.js';
import { regionByDemonym, regionByName } from './regions.js';
import { orgByName } from './orgs.js';
import { cityByName } from './cities.js';

export type { GazetteerEntry } from './types.js';
export { foldKey, lookupKey } from './normalize.js';
export { countryAdjective, countryByCode, countryByName, countryByDemonym, countryByNationalDemonym, isLanguageName } from './countries.js';
export { cityByName } from './cities.js';
export { regionByName } from './regions.js';
export { orgByName } from './orgs.js';

/** Lookups repeat (the same names in every article): remembered per process, forgotten when the memo fills. */
const MEMO_LIMIT = 50_000;
const nameMemo = new Map<string, GazetteerEntry | null>();
const demonymMemo = new Map<string, GazetteerEntry | null>();

function memo(table: Map<string, GazetteerEntry | null>, key: string, find: () => GazetteerEntry | undefined): GazetteerEntry | undefined {
  const hit = table.get(key);
  if (hit !== undefined) return hit ?? undefined;
  if (table.size >= MEMO_LIMIT) table.clear();
  const found = find();
  table.set(key, found ?? null);
  return found;
}

/** The gazetteer entry a name denotes, or undefined. */
export function lookupName(name: string): GazetteerEntry | undefined {
  return memo(nameMemo, name, () => countryByName(name) ?? regionByName(name) ?? orgByName(name) ?? cityByName(name));
}

/** The place a demonym ("Iraqi", "Syrians", "European") points to. */
export function lookupDemonym(word: string): GazetteerEntry | undefined {
  return memo(demonymMemo, word, () => countryByDemonym(word) ?? regionByDemonym(word));
}
