import { createRequire } from 'node:module';
import type { GazetteerEntry } from './types.js';
import { lookupKey } from './normalize.js';

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  latlng: number[];
  capital?: string[];
  demonyms?: { eng?: { f: string; m: string } };
  languages?: Record<string, string>;
  independent?: boolean;
  area?: number;
}

/**
 * Names the world-countries table lacks or spells otherwise, as written in news. Codes are only taken from here
 * (never all cca2/cca3 codes): "IN", "IS", "IT", "NO" and the like are English words.
 */
const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
  US: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America', 'the United States'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  AE: ['UAE', 'U.A.E.'],
  CD: ['DRC', 'Congo-Kinshasa', 'Zaire'],
  NL: ['Holland'],
  MM: ['Burma'],
  CZ: ['Czech Republic'],
  VA: ['Vatican', 'Holy See'],
  TR: ['Turkey', 'Türkiye'],
  KP: ['North Korea', 'DPRK'],
  KR: ['South Korea'],
  CI: ['Ivory Coast'],
  MK: ['Macedonia'],
  SZ: ['Swaziland'],
  CV: ['Cape Verde'],
  TL: ['East Timor'],
  BA: ['Bosnia'],
  PS: ['Palestinian Territories', 'Palestinian territories'],
};

/** Plural and extra demonyms ("Iraqis", "Britons") that the table's singular forms do not give. */
const EXTRA_DEMONYMS: Record<string, string[]> = {
  GB: ['Briton', 'Britons', 'English', 'Scottish', 'Welsh'],
  US: ['Americans', 'U.S.-led'],
  NL: ['Dutchman'],
  IL: ['Israelis'],
  PS: ['Palestinians'],
};

/** Demonyms of a part of a country: "the Scottish Parliament" is not the British one. */
const SUBNATIONAL_DEMONYMS = new Set(['english', 'scottish', 'welsh']);

/**
 * The adjective that names a country's own bodies, where news does not use the demonym: the "US Senate", never the
 * "American Senate".
 */
const QUALIFIER_OVERRIDES: Record<string, string> = { US: 'US' };

export interface CountryTables {
  byName: Map<string, GazetteerEntry>;
  byDemonym: Map<string, GazetteerEntry>;
  byCode: Map<string, GazetteerEntry>;
  /** Country code -> the adjective for its national bodies ("Chilean", "US"). */
  adjective: Map<string, string>;
  /** Languages spoken in some country, lower-case ("arabic", "bengali"). */
  languages: Set<string>;
}

let tables: CountryTables | null = null;

function pluralDemonym(d: string): string | null {
  // "Iraqi" -> "Iraqis", "Syrian" -> "Syrians"; "British", "French", "Chinese", "Swiss" have no such plural.
  if (/(?:sh|ch|ese|ss)$/.test(d)) return null;
  if (/[in]$/.test(d)) return d + 's';
  return null;
}

function build(): CountryTables {
  const require = createRequire(import.meta.url);
  // Independent and larger countries first, so that they win shared names and demonyms ("American" is the US's,
  // not the Northern Mariana Islands').
  const countries = [...(require('world-countries') as WorldCountry[])].sort(
    (a, b) => Number(b.independent ?? false) - Number(a.independent ?? false) || (b.area ?? 0) - (a.area ?? 0),
  );
  const byName = new Map<string, GazetteerEntry>();
  const byDemonym = new Map<string, GazetteerEntry>();
  const byCode = new Map<string, GazetteerEntry>();
  const adjective = new Map<string, string>();
  const languages = new Set<string>();
  for (const c of countries) {
    for (const l of Object.values(c.languages ?? {})) languages.add(l.toLowerCase());
    const entry: GazetteerEntry = {
      type: 'PLACE',
      canonical: c.name.common,
      key: c.cca2.toLowerCase(),
      source: 'country',
      countryCode: c.cca2,
      lat: c.latlng[0],
      lon: c.latlng[1],
    };
    byCode.set(c.cca2, entry);
    const own = QUALIFIER_OVERRIDES[c.cca2] ?? c.demonyms?.eng?.m;
    if (own) adjective.set(c.cca2, own);
    const names = [c.name.common, c.name.official, ...c.altSpellings, ...(EXTRA_COUNTRY_NAMES[c.cca2] ?? [])];
    const demonymForms = new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f]);
    for (const n of names) {
      // "Thai" is an alt spelling of Thailand; in English text it is the demonym, no name of the country.
      if (demonymForms.has(n) && !(EXTRA_COUNTRY_NAMES[c.cca2] ?? []).includes(n)) continue;
      // Alt spellings that are bare codes ("IQ") or contain a comma ("Korea, Republic of") are not how news writes.
      if (n.length <= 3 && !(EXTRA_COUNTRY_NAMES[c.cca2] ?? []).includes(n)) continue;
      if (n.includes(',') || n.includes('(')) continue;
      const k = lookupKey(n.replace(/^the /i, ''));
      if (!byName.has(k)) byName.set(k, entry);
    }
    const demonyms = new Set<string>();
    if (c.demonyms?.eng) {
      demonyms.add(c.demonyms.eng.m);
      demonyms.add(c.demonyms.eng.f);
    }
    for (const d of [...demonyms]) {
      const p = pluralDemonym(d);
      if (p) demonyms.add(p);
    }
    for (const d of EXTRA_DEMONYMS[c.cca2] ?? []) demonyms.add(d);
    for (const d of demonyms) {
      const k = lookupKey(d);
      if (k && !byDemonym.has(k)) byDemonym.set(k, entry);
    }
  }
  return { byName, byDemonym, byCode, adjective, languages };
}

/** The country tables, built once per process on first use. */
export function countryTables(): CountryTables {
  if (!tables) tables = build();
  return tables;
}

/** Entity finding asks at almost every capitalized word: answers remembered per process, forgotten when full. */
const NAME_MEMO_LIMIT = 50_000;
const nameMemo = new Map<string, GazetteerEntry | null>();

export function countryByName(name: string): GazetteerEntry | undefined {
  const hit = nameMemo.get(name);
  if (hit !== undefined) return hit ?? undefined;
  const found = findCountryByName(name);
  if (nameMemo.size >= NAME_MEMO_LIMIT) nameMemo.clear();
  nameMemo.set(name, found ?? null);
  return found;
}

function findCountryByName(name: string): GazetteerEntry | undefined {
  // Codes are written in capitals: "US" is the country, "Us" and "us" are the pronoun.
  const letters = name.replace(/[.\s]/g, '');
  if (letters.length <= 3 && letters !== letters.toUpperCase()) return undefined;
  return countryTables().byName.get(lookupKey(name));
}

export function countryByDemonym(word: string): GazetteerEntry | undefined {
  return countryTables().byDemonym.get(lookupKey(word));
}

export function countryByCode(cca2: string): GazetteerEntry | undefined {
  return countryTables().byCode.get(cca2.toUpperCase());
}

/**
 * The country a demonym names as a whole nation ("Chilean", "Polish"), or undefined for a demonym of a part of one
 * ("Scottish") or of a region ("European"): what may qualify a national body such as a senate or a supreme court.
 */
export function countryByNationalDemonym(word: string): GazetteerEntry | undefined {
  const k = lookupKey(word);
  return SUBNATIONAL_DEMONYMS.has(k) ? undefined : countryTables().byDemonym.get(k);
}

/** The adjective news puts before a country's national bodies: "Chilean" (Senate), "US" (Congress). */
export function countryAdjective(cca2: string): string | undefined {
  return countryTables().adjective.get(cca2.toUpperCase());
}

/** Is `word` the name of a language ("Arabic", "Bengali")? It qualifies a newspaper the way a demonym does. */
export function isLanguageName(word: string): boolean {
  return countryTables().languages.has(word.toLowerCase());
}
