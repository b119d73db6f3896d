import type { GazetteerEntry } from './types.js';
import { foldKey, lookupKey } from './normalize.js';

/** US states and DC with approximate centroids: news names them as places of their own. */
const US_STATES: Array<[string, number, number]> = [
  ['Alabama', 32.8, -86.8], ['Alaska', 64.7, -152.0], ['Arizona', 34.3, -111.7], ['Arkansas', 34.9, -92.4],
  ['California', 37.2, -119.4], ['Colorado', 39.0, -105.5], ['Connecticut', 41.6, -72.7], ['Delaware', 39.0, -75.5],
  ['Florida', 28.6, -82.4], ['Georgia', 32.7, -83.4], ['Hawaii', 20.3, -156.4], ['Idaho', 44.4, -114.6],
  ['Illinois', 40.0, -89.2], ['Indiana', 39.9, -86.3], ['Iowa', 42.1, -93.5], ['Kansas', 38.5, -98.4],
  ['Kentucky', 37.5, -85.3], ['Louisiana', 31.1, -92.0], ['Maine', 45.4, -69.2], ['Maryland', 39.0, -76.8],
  ['Massachusetts', 42.3, -71.8], ['Michigan', 44.3, -85.4], ['Minnesota', 46.3, -94.3], ['Mississippi', 32.7, -89.7],
  ['Missouri', 38.4, -92.5], ['Montana', 47.0, -109.6], ['Nebraska', 41.5, -99.8], ['Nevada', 39.3, -116.6],
  ['New Hampshire', 43.7, -71.6], ['New Jersey', 40.2, -74.7], ['New Mexico', 34.4, -106.1],
  ['New York State', 42.9, -75.5], ['North Carolina', 35.6, -79.4], ['North Dakota', 47.5, -100.5],
  ['Ohio', 40.3, -82.8], ['Oklahoma', 35.6, -97.5], ['Oregon', 43.9, -120.6], ['Pennsylvania', 40.9, -77.8],
  ['Rhode Island', 41.7, -71.5], ['South Carolina', 33.9, -80.9], ['South Dakota', 44.4, -100.2],
  ['Tennessee', 35.9, -86.4], ['Texas', 31.5, -99.3], ['Utah', 39.3, -111.7], ['Vermont', 44.1, -72.7],
  ['Virginia', 37.5, -78.9], ['Washington State', 47.4, -120.5], ['West Virginia', 38.6, -80.6],
  ['Wisconsin', 44.6, -89.9], ['Wyoming', 43.0, -107.6],
];

/** Regions, continents and territories that are places in news but not countries or cities. */
const REGIONS: Array<[name: string, cc: string | null, lat: number, lon: number, aliases: string[]]> = [
  ['Middle East', null, 29.0, 41.0, ['Mideast']],
  ['Gaza Strip', 'PS', 31.4, 34.4, ['Gaza']],
  ['West Bank', 'PS', 31.9, 35.2, []],
  ['Golan Heights', 'SY', 33.0, 35.8, ['Golan']],
  ['Sinai', 'EG', 29.5, 33.8, ['Sinai Peninsula']],
  ['Kurdistan', 'IQ', 36.2, 44.0, ['Iraqi Kurdistan', 'Kurdistan Region']],
  ['Crimea', 'UA', 45.3, 34.4, []],
  ['Nagorno-Karabakh', 'AZ', 39.8, 46.8, ['Karabakh']],
  ['Transnistria', 'MD', 47.2, 29.4, []],
  ['Abkhazia', 'GE', 43.0, 41.0, []],
  ['South Ossetia', 'GE', 42.3, 44.0, []],
  ['Idlib', 'SY', 35.9, 36.6, ['Idlib province']],
  ['Donbas', 'UA', 48.0, 38.0, ['Donbass']],
  ['Kashmir', null, 34.1, 74.8, []],
  ['Tibet', 'CN', 31.7, 86.9, []],
  ['Xinjiang', 'CN', 41.1, 85.2, []],
  ['Chechnya', 'RU', 43.4, 45.7, []],
  ['Darfur', 'SD', 13.5, 24.0, []],
  ['Siberia', 'RU', 60.0, 105.0, []],
  ['England', 'GB', 52.4, -1.5, []],
  ['Scotland', 'GB', 56.5, -4.2, []],
  ['Wales', 'GB', 52.1, -3.8, []],
  ['Northern Ireland', 'GB', 54.6, -6.7, []],
  ['Europe', null, 50.0, 10.0, []],
  ['Asia', null, 34.0, 100.0, []],
  ['Africa', null, 2.0, 21.0, []],
  ['North America', null, 45.0, -100.0, []],
  ['South America', null, -15.0, -60.0, []],
  ['Latin America', null, -5.0, -70.0, []],
  ['Central America', null, 13.0, -86.0, []],
  ['Oceania', null, -20.0, 150.0, []],
  ['Antarctica', 'AQ', -82.0, 0.0, []],
  ['Arctic', null, 80.0, 0.0, []],
  ['Caribbean', null, 15.0, -75.0, []],
  ['Balkans', null, 42.0, 21.0, []],
  ['Caucasus', null, 42.0, 45.0, []],
  ['Scandinavia', null, 62.0, 15.0, []],
  ['Central Asia', null, 45.0, 68.0, []],
  ['Southeast Asia', null, 10.0, 106.0, ['South-East Asia']],
  ['East Asia', null, 35.0, 120.0, []],
  ['South Asia', null, 22.0, 80.0, []],
  ['Eastern Europe', null, 50.0, 30.0, []],
  ['Western Europe', null, 48.0, 5.0, []],
  ['North Africa', null, 28.0, 10.0, []],
  ['West Africa', null, 12.0, -3.0, []],
  ['East Africa', null, 1.0, 38.0, []],
  ['Sub-Saharan Africa', null, 0.0, 20.0, []],
  ['Horn of Africa', null, 8.0, 45.0, []],
  ['Sahel', null, 15.0, 5.0, []],
  ['Persian Gulf', null, 26.0, 52.0, ['Gulf region']],
  ['Mediterranean', null, 35.0, 18.0, ['Mediterranean Sea']],
  ['Black Sea', null, 43.0, 35.0, []],
  ['Red Sea', null, 20.0, 38.5, []],
  ['South China Sea', null, 12.0, 113.0, []],
  // "the Baltic" is the sea; "the Baltics" are the states on its eastern shore.
  ['Baltic Sea', null, 58.0, 20.0, ['Baltic']],
  ['Baltic states', null, 57.0, 24.5, ['Baltics']],
  ['Pacific', null, 0.0, -160.0, ['Pacific Ocean']],
  ['Atlantic', null, 30.0, -40.0, ['Atlantic Ocean']],
  ['Indian Ocean', null, -20.0, 80.0, []],
];

/** A few regional demonyms (the country ones come from world-countries). */
const REGION_DEMONYMS: Record<string, string> = {
  European: 'Europe', Europeans: 'Europe', African: 'Africa', Africans: 'Africa', Asian: 'Asia', Asians: 'Asia',
  Palestinian: 'West Bank', Kurdish: 'Kurdistan', Kurds: 'Kurdistan', Texan: 'Texas', Californian: 'California',
  Scot: 'Scotland', Scots: 'Scotland', Welsh: 'Wales', English: 'England',
};

interface RegionTables {
  byName: Map<string, GazetteerEntry>;
  byDemonym: Map<string, GazetteerEntry>;
}

let tables: RegionTables | null = null;

function build(): RegionTables {
  const byName = new Map<string, GazetteerEntry>();
  for (const [name, lat, lon] of US_STATES) {
    const canonical = name.replace(/ State$/, '');
    const entry: GazetteerEntry = {
      type: 'PLACE', canonical, key: `state:${foldKey(canonical)}:us`, source: 'state', countryCode: 'US', lat, lon,
    };
    byName.set(lookupKey(name), entry);
    // "New York" and "Washington" alone are the cities; their states need "State".
    if (canonical !== name) continue;
    byName.set(lookupKey(canonical), entry);
  }
  for (const [name, cc, lat, lon, aliases] of REGIONS) {
    const entry: GazetteerEntry = {
      type: 'PLACE', canonical: name, key: `region:${foldKey(name)}`, source: 'region', lat, lon,
      ...(cc ? { countryCode: cc } : {}),
    };
    for (const n of [name, ...aliases]) byName.set(lookupKey(n), entry);
  }
  const byDemonym = new Map<string, GazetteerEntry>();
  for (const [word, region] of Object.entries(REGION_DEMONYMS)) {
    const entry = byName.get(lookupKey(region));
    if (entry) byDemonym.set(lookupKey(word), entry);
  }
  return { byName, byDemonym };
}

function regionTables(): RegionTables {
  if (!tables) tables = build();
  return tables;
}

/** A US state, a continent, a sea or a territory by name. */
export function regionByName(name: string): GazetteerEntry | undefined {
  return regionTables().byName.get(lookupKey(name));
}

export function regionByDemonym(word: string): GazetteerEntry | undefined {
  return regionTables().byDemonym.get(lookupKey(word));
}
