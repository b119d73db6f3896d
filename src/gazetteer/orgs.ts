import type { GazetteerEntry } from './types.js';
import { foldKey, lookupKey } from './normalize.js';

/**
 * Organizations news names by short forms: canonical name, aliases, and the country of a national body (so that
 * "Chile's Senate" is known not to be the US Senate). Acronyms are matched case-sensitively (see `orgByName`), so
 * "IS" and "WHO" are not taken for the English words.
 */
const KNOWN_ORGS: Array<[canonical: string, aliases: string[], country?: string]> = [
  ['United Nations', ['UN', 'U.N.']],
  ['UN Security Council', ['Security Council', 'U.N. Security Council', 'United Nations Security Council']],
  ['North Atlantic Treaty Organization', ['NATO', 'Nato']],
  ['European Union', ['EU', 'E.U.']],
  ['European Commission', []],
  ['European Parliament', []],
  ['European Central Bank', ['ECB']],
  ['Federal Bureau of Investigation', ['FBI'], 'US'],
  ['Central Intelligence Agency', ['CIA'], 'US'],
  ['National Security Agency', ['NSA'], 'US'],
  ['Islamic State', ['IS', 'ISIS', 'ISIL', 'Daesh', 'Islamic State of Iraq and the Levant', 'Islamic State group']],
  ['al-Qaeda', ['Al Qaeda', 'al Qaeda', 'Al-Qaeda', 'al-Qaida']],
  ['Hamas', []],
  ['Hezbollah', ['Hizbollah', 'Hizballah']],
  ['Taliban', []],
  ['Houthis', ['Houthi']],
  ['Pentagon', [], 'US'],
  ['Kremlin', [], 'RU'],
  ['White House', [], 'US'],
  ['US Congress', ['Congress'], 'US'],
  ['US Senate', ['Senate'], 'US'],
  ['US State Department', ['State Department'], 'US'],
  ['US Department of Defense', ['Defense Department'], 'US'],
  ['US Justice Department', ['Justice Department'], 'US'],
  ['International Monetary Fund', ['IMF']],
  ['World Bank', []],
  ['World Health Organization', ['WHO']],
  ['World Trade Organization', ['WTO']],
  ['Organization of the Petroleum Exporting Countries', ['OPEC']],
  ['Organization for Security and Co-operation in Europe', ['OSCE']],
  ['International Atomic Energy Agency', ['IAEA']],
  ['International Criminal Court', ['ICC']],
  ['International Committee of the Red Cross', ['ICRC', 'Red Cross']],
  ['African Union', ['AU']],
  ['Arab League', []],
  ['Association of Southeast Asian Nations', ['ASEAN']],
  ['UNESCO', []],
  ['UNICEF', []],
  ['UNHCR', []],
  ['World Food Programme', ['WFP', 'World Food Program']],
  ['UN Development Programme', ['UNDP']],
  ['UNRWA', []],
  ['Amnesty International', []],
  ['Human Rights Watch', []],
  ['Interpol', []],
  ['Federal Reserve', ['Fed'], 'US'],
  ['Supreme Court', []],
  ['Reuters', []],
  ['Associated Press', ['AP']],
  ['Agence France-Presse', ['AFP']],
  ['BBC', []],
  ['CNN', []],
  ['Revolutionary Guards', ['IRGC', 'Revolutionary Guard'], 'IR'],
  ['Popular Mobilization Forces', ['PMF'], 'IQ'],
  ['Syrian Democratic Forces', ['SDF'], 'SY'],
  ['Hayat Tahrir al-Sham', ['HTS']],
  ['Kurdistan Workers Party', ['PKK']],
  ['Democratic Party', ['Democrats'], 'US'],
  ['Republican Party', ['Republicans', 'GOP'], 'US'],
];

let table: Map<string, GazetteerEntry> | null = null;
const acronyms = new Set<string>();

function build(): Map<string, GazetteerEntry> {
  const built = new Map<string, GazetteerEntry>();
  for (const [canonical, aliases, country] of KNOWN_ORGS) {
    const entry: GazetteerEntry = { type: 'ORG', canonical, key: foldKey(canonical), source: 'org', ...(country ? { countryCode: country } : {}) };
    for (const n of [canonical, ...aliases]) {
      if (/^[A-Z.]+$/.test(n)) acronyms.add(n.replace(/\./g, ''));
      built.set(lookupKey(n), entry);
    }
  }
  return built;
}

function orgTable(): Map<string, GazetteerEntry> {
  if (!table) table = build();
  return table;
}

/**
 * A known organization by name. An acronym must be written as an acronym ("IS", "U.N."), never "is" or "Is":
 * the case of the written form decides.
 */
export function orgByName(name: string): GazetteerEntry | undefined {
  const t = orgTable();
  const k = lookupKey(name);
  const entry = t.get(k);
  if (!entry) return undefined;
  const bare = name.replace(/\./g, '').replace(/['’]s$/, '');
  if (acronyms.has(k.toUpperCase()) && bare !== bare.toUpperCase()) return undefined;
  return entry;
}
