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
export { countryByCode, countryByName, countryByDemonym } from './countries.js';
export { cityByName } from './cities.js';
export { regionByName } from './regions.js';
export { orgByName } from './orgs.js';

/** The gazetteer entry a name denotes, or undefined. */
export function lookupName(name: string): GazetteerEntry | undefined {
  return countryByName(name) ?? regionByName(name) ?? orgByName(name) ?? cityByName(name);
}

/** The place a demonym ("Iraqi", "Syrians", "European") points to. */
export function lookupDemonym(word: string): GazetteerEntry | undefined {
  return countryByDemonym(word) ?? regionByDemonym(word);
}
