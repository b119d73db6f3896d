/**
 * Currency names of every country, derived once per process from the world-countries table: "Egyptian pound" ->
 * EGP, "Chilean peso" -> CLP, "South African rand" -> ZAR. The full name carries the demonym, so "2 billion Egyptian
 * pounds" needs no rule of its own; a bare generic name ("pesos", "rupees") is resolved by the stage from the
 * country the article is about, through `countryCurrency`.
 */
import { createRequire } from 'node:module';

interface WorldCountryCurrencies {
  cca2: string;
  currencies?: Record<string, { name: string; symbol?: string }>;
}

/** A currency name as the suffix lexicon reads it. */
export interface CurrencyName {
  /** Lower-cased tokens of the name as `tokenizeNumbers` produces them: ["egyptian", "pounds"]. */
  tokens: string[];
  iso: string;
  /** The table's name of the currency ("Egyptian pound"). */
  name: string;
}

/** Plurals that are not the name plus "s"; names absent here and in INVARIANT take an "s". */
const PLURALS: Record<string, string[]> = {
  krone: ['kroner'], krona: ['kronor'], króna: ['krónur', 'kronur'], leu: ['lei'], lev: ['leva'], real: ['reais'],
  lira: ['liras', 'lire'], koruna: ['korunas', 'koruny'], złoty: ['zlotys', 'złotys', 'zloty'], sol: ['soles'],
  quetzal: ['quetzales'], colón: ['colones', 'colons'], guaraní: ['guaranies', 'guaranis'], bolívar: ['bolivares', 'bolivars'],
  loti: ['maloti'], metical: ['meticais', 'meticals'], lilangeni: ['emalangeni'], tögrög: ['tugriks'], đồng: ['dong'],
};

/** Names whose plural is the name itself ("500 rand", "100 yen"). */
const INVARIANT = new Set([
  'rand', 'yen', 'yuan', 'won', 'baht', 'naira', 'kwacha', 'ringgit', 'rupiah', 'taka', 'tenge', 'kyat', 'riel', 'birr',
  'manat', 'som', 'soʻm', 'somoni', 'kip', 'lek', 'kina', 'pula', 'vatu', 'tālā', 'paʻanga', 'ariary', 'rufiyaa', 'ngultrum',
  'nakfa', 'dalasi', 'lari', 'denar', 'pataca', 'kwanza', 'afghani', 'dobra', 'ouguiya', 'hryvnia', 'leone', 'gourde',
]);

/** ASCII spellings news uses for names with diacritics or special letters. */
function asciiForms(word: string): string[] {
  const folded = word.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/đ/g, 'd').replace(/ʻ/g, '');
  return folded === word ? [word] : [word, folded];
}

function formsOf(word: string): string[] {
  const forms = new Set<string>();
  const plurals = PLURALS[word] ?? (INVARIANT.has(word) ? [] : [word + 's']);
  for (const w of [word, ...plurals]) for (const f of asciiForms(w)) forms.add(f);
  return [...forms];
}

let built: { names: CurrencyName[]; byCountry: Map<string, Map<string, string>>; codes: Set<string> } | null = null;

/** Generic names ("pound", "dollar"): the base a bare word is resolved from. Aliases map to the table's words. */
const BASE_ALIASES: Record<string, string[]> = { crown: ['koruna', 'krona', 'krone', 'króna'], rial: ['rial', 'riyal'], riyal: ['rial', 'riyal'] };

function build(): NonNullable<typeof built> {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as WorldCountryCurrencies[];
  const names: CurrencyName[] = [];
  const seen = new Set<string>();
  const byCountry = new Map<string, Map<string, string>>();
  const codes = new Set<string>();
  const variants: Array<{ words: string[]; iso: string; name: string }> = [];
  const shortVariants: typeof variants = [];
  for (const c of countries) {
    for (const [iso, cur] of Object.entries(c.currencies ?? {})) {
      codes.add(iso);
      const words = cur.name.toLowerCase().split(/\s+/);
      // The base is the last word, except in "Pound sterling" and "Venezuelan bolívar soberano".
      const baseAt = /^(sterling|soberano)$/.test(words[words.length - 1]) ? words.length - 2 : words.length - 1;
      const baseWord = words[baseAt];
      let bases = byCountry.get(c.cca2);
      if (!bases) byCountry.set(c.cca2, (bases = new Map()));
      for (const f of asciiForms(baseWord)) if (!bases.has(f)) bases.set(f, iso);
      if (words.length < 2 || baseAt !== words.length - 1) continue;
      variants.push({ words, iso, name: cur.name });
      // "Israeli shekel" for "Israeli new shekel", "Cuban peso" not for "Cuban convertible peso" (another currency).
      if (words.length === 3 && /^(new)$/.test(words[1])) shortVariants.push({ words: [words[0], words[2]], iso, name: cur.name });
    }
  }
  for (const v of [...variants, ...shortVariants]) {
    const head = v.words.slice(0, -1).join(' ');
    for (const last of formsOf(v.words[v.words.length - 1])) {
      for (const h of asciiForms(head)) {
        const tokens = [...h.split(' '), last];
        const key = tokens.join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        names.push({ tokens, iso: v.iso, name: v.name });
      }
    }
  }
  return { names, byCountry, codes };
}

function tables(): NonNullable<typeof built> {
  if (!built) built = build();
  return built;
}

/** Every qualified currency name, singular and plural ("egyptian pound", "egyptian pounds"). */
export function currencyNames(): CurrencyName[] {
  return tables().names;
}

/**
 * The currency a country (ISO 3166 alpha-2) calls by `base` ("pound", "peso", "crown"), or undefined: Egypt's pound
 * is EGP, Chile's peso CLP, the Czech crown CZK.
 */
export function countryCurrency(countryCode: string, base: string): string | undefined {
  const bases = tables().byCountry.get(countryCode);
  if (!bases) return undefined;
  for (const b of BASE_ALIASES[base] ?? [base]) {
    const iso = bases.get(b);
    if (iso) return iso;
  }
  return undefined;
}

/** Every ISO 4217 code the table knows (for codes written before or after an amount: "ZAR 14.5 billion"). */
export function currencyCodes(): ReadonlySet<string> {
  return tables().codes;
}
