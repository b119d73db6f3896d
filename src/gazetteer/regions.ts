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

/**
 * Provinces and states of other countries that news names as places of their own ("Quebec", "Bavaria", "Tigray"),
 * with approximate centroids. Names that are more often a city ("Valencia", "Lagos") or a first name ("Victoria")
 * are left to the city table and the recognizers.
 */
const PROVINCES: Array<[name: string, cc: string | null, lat: number, lon: number, aliases: string[]]> = [
  ['Quebec', 'CA', 52.9, -73.5, ['Québec']], ['Ontario', 'CA', 50.0, -85.0, []], ['Alberta', 'CA', 55.0, -115.0, []],
  ['British Columbia', 'CA', 53.7, -127.6, []], ['Manitoba', 'CA', 53.8, -98.8, []], ['Saskatchewan', 'CA', 52.9, -106.5, []],
  ['Nova Scotia', 'CA', 45.0, -63.0, []], ['New Brunswick', 'CA', 46.5, -66.2, []], ['Newfoundland and Labrador', 'CA', 53.1, -57.7, ['Newfoundland']],
  ['Prince Edward Island', 'CA', 46.5, -63.4, []], ['Yukon', 'CA', 64.3, -135.0, []], ['Nunavut', 'CA', 70.3, -83.1, []],
  ['Northwest Territories', 'CA', 64.8, -124.8, []],
  ['New South Wales', 'AU', -32.0, 147.0, []], ['Queensland', 'AU', -22.0, 144.0, []], ['Western Australia', 'AU', -25.0, 122.0, []],
  ['South Australia', 'AU', -30.0, 135.0, []], ['Tasmania', 'AU', -42.0, 146.6, []], ['Northern Territory', 'AU', -19.5, 133.0, []],
  ['Bavaria', 'DE', 48.8, 11.5, []], ['Saxony', 'DE', 51.1, 13.2, []], ['Lower Saxony', 'DE', 52.6, 9.8, []], ['Hesse', 'DE', 50.6, 9.0, []],
  ['Thuringia', 'DE', 50.9, 11.0, []], ['North Rhine-Westphalia', 'DE', 51.5, 7.5, []], ['Baden-Württemberg', 'DE', 48.5, 9.0, []],
  ['Schleswig-Holstein', 'DE', 54.2, 9.7, []], ['Rhineland-Palatinate', 'DE', 49.9, 7.4, []], ['Saxony-Anhalt', 'DE', 52.0, 11.7, []],
  ['Mecklenburg-Western Pomerania', 'DE', 53.6, 12.4, ['Mecklenburg-Vorpommern']],
  ['Flanders', 'BE', 51.0, 4.0, []], ['Wallonia', 'BE', 50.4, 4.8, []],
  ['Catalonia', 'ES', 41.8, 1.5, []], ['Andalusia', 'ES', 37.5, -4.7, []], ['Basque Country', 'ES', 43.0, -2.6, []],
  ['Lombardy', 'IT', 45.6, 9.8, []], ['Sicily', 'IT', 37.5, 14.0, []], ['Sardinia', 'IT', 40.1, 9.0, []], ['Tuscany', 'IT', 43.4, 11.0, []],
  ['Calabria', 'IT', 39.0, 16.5, []], ['Piedmont', 'IT', 45.1, 7.9, []], ['Veneto', 'IT', 45.6, 11.9, []],
  ['Brittany', 'FR', 48.2, -2.9, []], ['Normandy', 'FR', 49.1, 0.1, []], ['Corsica', 'FR', 42.1, 9.1, []], ['Alsace', 'FR', 48.3, 7.4, []],
  ['Provence', 'FR', 43.9, 6.0, []],
  ['Kerala', 'IN', 10.4, 76.4, []], ['Gujarat', 'IN', 22.6, 71.6, []], ['Maharashtra', 'IN', 19.6, 75.6, []], ['Tamil Nadu', 'IN', 11.0, 78.4, []],
  ['Uttar Pradesh', 'IN', 26.8, 80.9, []], ['Bihar', 'IN', 25.8, 85.8, []], ['West Bengal', 'IN', 23.0, 87.9, []], ['Rajasthan', 'IN', 26.6, 73.8, []],
  ['Karnataka', 'IN', 15.0, 75.7, []], ['Assam', 'IN', 26.4, 92.9, []], ['Manipur', 'IN', 24.7, 93.9, []], ['Odisha', 'IN', 20.5, 84.4, ['Orissa']],
  ['Punjab', null, 31.0, 73.5, []], ['Sindh', 'PK', 26.0, 68.5, []], ['Balochistan', 'PK', 28.5, 65.1, ['Baluchistan']],
  ['Khyber Pakhtunkhwa', 'PK', 34.5, 72.0, []],
  ['Guangdong', 'CN', 23.4, 113.4, []], ['Sichuan', 'CN', 30.6, 102.7, []], ['Hubei', 'CN', 30.9, 112.3, []], ['Henan', 'CN', 33.9, 113.5, []],
  ['Yunnan', 'CN', 24.5, 101.3, []], ['Zhejiang', 'CN', 29.2, 120.1, []], ['Jiangsu', 'CN', 32.9, 119.8, []], ['Fujian', 'CN', 26.1, 118.0, []],
  ['Hainan', 'CN', 19.2, 109.7, []], ['Inner Mongolia', 'CN', 44.1, 113.9, []],
  ['Chiapas', 'MX', 16.5, -92.5, []], ['Oaxaca', 'MX', 17.1, -96.7, []], ['Sinaloa', 'MX', 25.2, -107.5, []], ['Jalisco', 'MX', 20.6, -103.7, []],
  ['Michoacan', 'MX', 19.2, -101.9, ['Michoacán']], ['Tamaulipas', 'MX', 24.3, -98.8, []], ['Sonora', 'MX', 29.3, -110.3, []],
  ['Rio Grande do Sul', 'BR', -30.0, -53.0, []], ['Minas Gerais', 'BR', -18.5, -44.6, []], ['Bahia', 'BR', -12.6, -41.7, []],
  ['Tigray', 'ET', 14.0, 38.8, []], ['Amhara', 'ET', 11.7, 38.5, []], ['Oromia', 'ET', 7.5, 39.0, []],
  ['North Darfur', 'SD', 16.0, 25.0, []], ['South Darfur', 'SD', 11.5, 24.9, []], ['West Darfur', 'SD', 13.0, 22.5, []],
  ['Borno', 'NG', 11.9, 13.1, []], ['Zamfara', 'NG', 12.1, 6.2, []],
  ['North Kivu', 'CD', -0.8, 29.0, []], ['South Kivu', 'CD', -3.0, 28.3, []], ['Ituri', 'CD', 1.6, 29.4, []],
  ['Puntland', 'SO', 8.4, 49.0, []], ['Somaliland', 'SO', 9.6, 46.0, []],
  ['Dagestan', 'RU', 42.9, 47.0, []], ['Tatarstan', 'RU', 55.5, 50.9, []], ['Luhansk region', 'UA', 48.9, 39.1, []],
  ['Helmand', 'AF', 31.4, 64.0, []], ['Anbar', 'IQ', 33.4, 42.0, []], ['Rakhine', 'MM', 19.8, 93.9, []], ['Aceh', 'ID', 4.7, 96.7, []],
  ['Mindanao', 'PH', 7.5, 125.0, []], ['Java', 'ID', -7.5, 110.0, []], ['Sumatra', 'ID', 0.0, 102.0, []], ['Borneo', null, 0.9, 114.0, []],
  ['Patagonia', null, -45.0, -69.0, []],
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
  for (const [name, cc, lat, lon, aliases] of PROVINCES) {
    const entry: GazetteerEntry = {
      type: 'PLACE', canonical: name, key: `state:${foldKey(name)}${cc ? `:${cc.toLowerCase()}` : ''}`, source: 'state', lat, lon,
      ...(cc ? { countryCode: cc } : {}),
    };
    for (const n of [name, ...aliases]) if (!byName.has(lookupKey(n))) byName.set(lookupKey(n), entry);
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
