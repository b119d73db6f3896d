/**
 * Units as data: currencies (symbols, ISO codes, names), percent words, measures, temperatures. Each entry is a
 * sequence of lower-cased tokens as `tokenizeNumbers` produces them ("us $" -> ["us", "$"]). Longer sequences are
 * tried first, so "swiss francs" wins over "francs".
 */
import { currencyCodes, currencyNames } from './currency-names.js';

export interface CurrencyUnit {
  tokens: string[];
  /** ISO 4217 code, or null when the name does not say which country ("francs", "bitcoin"). */
  iso: string | null;
  /** The name Recognizers-Text uses ("Dollar", "United States dollar", "Cent"), for the spec scorer. */
  name: string;
  /** A hundredth of the major unit: cents, pence. */
  minor?: boolean;
  /** "MUSD", "MEUR": millions of the currency. */
  millions?: boolean;
  /**
   * A generic name that many countries use ("pounds", "pesos", "Rs"): `iso` is only the default, and the stage
   * takes the currency of that name of the country the article is about (Egypt's pound, Chile's peso).
   */
  base?: string;
  /** Matched only as written, letter case included ("R", "EGP"): in lower case these are words or initials. */
  cased?: string[];
  /** Only glued to the amount ("R14.5 billion"): a one-letter symbol standing alone is a letter. */
  gluedOnly?: boolean;
  /** Only after an amount of a thousand or more: "1.5 trillion won", but "Labour 412 won" is a verb. */
  largeOnly?: boolean;
}

const c = (spec: string, iso: string | null, name: string, extra: Partial<CurrencyUnit> = {}): CurrencyUnit => ({
  tokens: spec.toLowerCase().split(' '),
  iso,
  name,
  ...extra,
});
/** A symbol or code matched as written ("R", "KSh", "EGP"). */
const cs = (spec: string, iso: string | null, name: string, extra: Partial<CurrencyUnit> = {}): CurrencyUnit =>
  c(spec, iso, name, { cased: spec.split(' '), ...extra });

/** ISO codes that are English words in capitals ("ALL", "TOP"): never read as a currency by themselves. */
const WORD_CODES = new Set(['ALL', 'TOP', 'CUP', 'CUC', 'BAM', 'FOK', 'KID', 'TVD', 'CKD', 'IMP', 'GGP', 'JEP', 'ZWB']);

/** Every other ISO 4217 code of the world-countries table, in capitals, before or after an amount ("ZAR 14.5 billion"). */
function codeUnits(known: ReadonlySet<string>): CurrencyUnit[] {
  const out: CurrencyUnit[] = [];
  for (const iso of currencyCodes()) {
    if (WORD_CODES.has(iso) || known.has(iso.toLowerCase())) continue;
    out.push(cs(iso, iso, iso));
  }
  return out;
}

/** Written before the amount: "$ 75 million", "US$ 3 million", "HK$ 10.05 billion", "€150 billion", "USD 200". */
const HAND_PREFIXES: CurrencyUnit[] = [
  c('u . s . $', 'USD', 'United States dollar'), c('u . s $', 'USD', 'United States dollar'),
  c('us $', 'USD', 'United States dollar'), c('usd $', 'USD', 'United States dollar'),
  c('c $', 'CAD', 'Canadian dollar'), c('cad $', 'CAD', 'Canadian dollar'), c('ca $', 'CAD', 'Canadian dollar'),
  c('a $', 'AUD', 'Australian dollar'), c('aud $', 'AUD', 'Australian dollar'), c('au $', 'AUD', 'Australian dollar'),
  c('hk $', 'HKD', 'Hong Kong dollar'), c('nz $', 'NZD', 'New Zealand dollar'), c('nzd $', 'NZD', 'New Zealand dollar'),
  c('mex $', 'MXN', 'Mexican peso'), c('mxn $', 'MXN', 'Mexican peso'), c('s $', 'SGD', 'Singapore dollar'),
  c('r $', 'BRL', 'Brazilian real'), c('$', 'USD', 'Dollar'), c('€', 'EUR', 'Euro'), c('£', 'GBP', 'Pound'),
  c('¥', 'JPY', 'Japanese yen'), c('₹', 'INR', 'Indian rupee'), c('₽', 'RUB', 'Russian ruble'),
  c('₩', 'KRW', 'South Korean won'), c('₺', 'TRY', 'Turkish lira'), c('₪', 'ILS', 'Israeli new shekel'),
  c('₴', 'UAH', 'Ukrainian hryvnia'), c('₦', 'NGN', 'Nigerian naira'), c('₿', null, 'Bitcoin'),
  c('usd', 'USD', 'United States dollar'), c('eur', 'EUR', 'Euro'), c('gbp', 'GBP', 'British pound'),
  c('jpy', 'JPY', 'Japanese yen'), c('cny', 'CNY', 'Chinese yuan'), c('rmb', 'CNY', 'Chinese yuan'),
  c('chf', 'CHF', 'Swiss franc'), c('inr', 'INR', 'Indian rupee'), c('rs', 'INR', 'Rupee', { base: 'rupee' }),
  c('rs .', 'INR', 'Rupee', { base: 'rupee' }), c('₨', 'INR', 'Rupee', { base: 'rupee' }),
  c('musd', 'USD', 'United States dollar', { millions: true }), c('meur', 'EUR', 'Euro', { millions: true }),
  c('mgbp', 'GBP', 'British pound', { millions: true }), c('maud', 'AUD', 'Australian dollar', { millions: true }),
  // Symbols of the rand, rupiah, ringgit, shillings, taka and others as wire copy writes them ("R14.5 billion",
  // "KSh 4.5 billion"): matched as written, the one-letter rand only glued to its amount.
  cs('R', 'ZAR', 'South African rand', { gluedOnly: true }), cs('Rp', 'IDR', 'Indonesian rupiah'), cs('RM', 'MYR', 'Malaysian ringgit'),
  cs('KSh', 'KES', 'Kenyan shilling'), cs('Ksh', 'KES', 'Kenyan shilling'), cs('Kshs', 'KES', 'Kenyan shilling'),
  cs('USh', 'UGX', 'Ugandan shilling'), cs('TSh', 'TZS', 'Tanzanian shilling'), cs('Tk', 'BDT', 'Bangladeshi taka'),
  cs('E £', 'EGP', 'Egyptian pound'), cs('LE', 'EGP', 'Egyptian pound'), cs('NT $', 'TWD', 'New Taiwan dollar'), cs('N $', 'NAD', 'Namibian dollar'),
  cs('J $', 'JMD', 'Jamaican dollar'), cs('Z $', 'ZWL', 'Zimbabwean dollar'), cs('GH ₵', 'GHS', 'Ghanaian cedi'),
  cs('S /', 'PEN', 'Peruvian sol'), cs('kr', 'SEK', 'Crown', { base: 'crown' }), cs('Kč', 'CZK', 'Czech koruna'),
  cs('zł', 'PLN', 'Polish złoty'), cs('Ft', 'HUF', 'Hungarian forint'), cs('TL', 'TRY', 'Turkish lira'),
  c('₱', 'PHP', 'Philippine peso'), c('฿', 'THB', 'Thai baht'), c('₵', 'GHS', 'Ghanaian cedi'), c('৳', 'BDT', 'Bangladeshi taka'),
  c('₫', 'VND', 'Vietnamese đồng'), c('₸', 'KZT', 'Kazakhstani tenge'), c('₼', 'AZN', 'Azerbaijani manat'), c('₾', 'GEL', 'Georgian lari'),
];
export const CURRENCY_PREFIXES: CurrencyUnit[] = [...HAND_PREFIXES, ...codeUnits(new Set(HAND_PREFIXES.map((u) => u.tokens.join(' '))))];

/**
 * Written after the amount: "2.1 billion euros", "450,000 yen", "50 cents", "10 €". A name the world-countries table
 * spells ("Australian dollars", "Swiss francs", "Kenyan shillings") is left to it (CURRENCY_SUFFIXES below); only
 * other spellings, bare names and symbols are written here.
 */
const HAND_SUFFIXES: CurrencyUnit[] = [
  c('$', 'USD', 'Dollar'), c('€', 'EUR', 'Euro'), c('£', 'GBP', 'Pound'), c('₡', 'CRC', 'Costa Rican colón'),
  c('₾', 'GEL', 'Georgian lari'), c('₭', 'LAK', 'Lao kip'), c('元', 'CNY', 'Chinese yuan'),
  c('us dollars', 'USD', 'United States dollar'), c('us dollar', 'USD', 'United States dollar'),
  c('u . s . dollars', 'USD', 'United States dollar'), c('american dollars', 'USD', 'United States dollar'),
  c('taiwan dollars', 'TWD', 'New Taiwan dollar'),
  c('dollars', 'USD', 'Dollar', { base: 'dollar' }), c('dollar', 'USD', 'Dollar', { base: 'dollar' }), c('bucks', 'USD', 'Dollar'),
  c('euros', 'EUR', 'Euro'), c('euro', 'EUR', 'Euro'), c('euro cents', 'EUR', 'Cent', { minor: true }),
  c('pounds sterling', 'GBP', 'Pound'), c('sterling', 'GBP', 'Pound'),
  c('pounds', 'GBP', 'Pound', { base: 'pound' }), c('pound', 'GBP', 'Pound', { base: 'pound' }),
  c('yen', 'JPY', 'Japanese yen'), c('yuan', 'CNY', 'Chinese yuan'), c('renminbi', 'CNY', 'Chinese yuan'),
  c('rmb', 'CNY', 'Chinese yuan'), c('kuai', 'CNY', 'Chinese yuan'),
  c('francs', null, 'Franc', { base: 'franc' }), c('franc', null, 'Franc', { base: 'franc' }), c('cfa francs', 'XOF', 'West African CFA franc'),
  c('rupees', null, 'Rupee', { base: 'rupee' }), c('rupee', null, 'Rupee', { base: 'rupee' }),
  c('roubles', 'RUB', 'Russian ruble'), c('rubles', 'RUB', 'Russian ruble'), c('rouble', 'RUB', 'Russian ruble'),
  c('ruble', 'RUB', 'Russian ruble'), c('lira', 'TRY', 'Turkish lira'), c('liras', 'TRY', 'Turkish lira'),
  c('pesos', null, 'Peso', { base: 'peso' }),
  c('shekels', 'ILS', 'Israeli new shekel'), c('shekel', 'ILS', 'Israeli new shekel'), c('dinars', null, 'Dinar', { base: 'dinar' }),
  c('riyals', 'SAR', 'Saudi riyal', { base: 'riyal' }), c('dirhams', 'AED', 'United Arab Emirates dirham', { base: 'dirham' }),
  c('rand', 'ZAR', 'South African rand'), c('hryvnias', 'UAH', 'Ukrainian hryvnia'), c('hryvnia', 'UAH', 'Ukrainian hryvnia'),
  c('zlotys', 'PLN', 'Polish złoty'), c('zloty', 'PLN', 'Polish złoty'), c('forints', 'HUF', 'Hungarian forint'),
  c('shillings', 'KES', 'Kenyan shilling', { base: 'shilling' }), c('naira', 'NGN', 'Nigerian naira'), c('baht', 'THB', 'Thai baht'), c('ringgit', 'MYR', 'Malaysian ringgit'),
  c('czech crowns', 'CZK', 'Czech koruna'), c('korunas', 'CZK', 'Czech koruna'), c('koruna', 'CZK', 'Czech koruna'),
  c('swedish crowns', 'SEK', 'Swedish krona'), c('danish crowns', 'DKK', 'Danish krone'),
  c('norwegian crowns', 'NOK', 'Norwegian krone'), c('crowns', null, 'Crown', { base: 'crown' }),
  c('kronor', 'SEK', 'Swedish krona', { base: 'crown' }), c('kroner', 'NOK', 'Norwegian krone', { base: 'crown' }), c('rials', 'IRR', 'Iranian rial', { base: 'rial' }),
  c('cents', 'USD', 'Cent', { minor: true }), c('cent', 'USD', 'Cent', { minor: true }),
  c('pence', 'GBP', 'Pence', { minor: true }), c('penny', 'GBP', 'Penny', { minor: true }),
  // Hundredths of other currencies ("50 piastres" = 0.5 EGP, "20 kopecks", "75 paise").
  c('piastres', 'EGP', 'Piastre', { minor: true, base: 'pound' }), c('piasters', 'EGP', 'Piastre', { minor: true, base: 'pound' }),
  c('paise', 'INR', 'Paisa', { minor: true, base: 'rupee' }), c('kopecks', 'RUB', 'Kopek', { minor: true }), c('kopeks', 'RUB', 'Kopek', { minor: true }),
  c('centavos', null, 'Centavo', { minor: true, base: 'peso' }), c('centimes', null, 'Centime', { minor: true, base: 'franc' }),
  c('satang', 'THB', 'Satang', { minor: true }), c('groszy', 'PLN', 'Grosz', { minor: true }), c('agorot', 'ILS', 'Agora', { minor: true }),
  c('pennies', 'GBP', 'Penny', { minor: true }),
  c('bitcoins', null, 'Bitcoin'), c('bitcoin', null, 'Bitcoin'), c('btc', null, 'Bitcoin'),
  c('satoshis', null, 'Satoshi'), c('satoshi', null, 'Satoshi'),
  c('finnish markka', 'FIM', 'Finnish markka'), c('markka', 'FIM', 'Finnish markka'),
  c('dutch guilders', 'NLG', 'Netherlands guilder'), c('guilders', 'NLG', 'Netherlands guilder'),
  c('pesetas', 'ESP', 'Peseta'), c('marks', 'DEM', 'German mark'),
  c('usd', 'USD', 'United States dollar'), c('eur', 'EUR', 'Euro'), c('gbp', 'GBP', 'British pound'),
  c('jpy', 'JPY', 'Japanese yen'), c('cny', 'CNY', 'Chinese yuan'), c('chf', 'CHF', 'Swiss franc'),
  c('cad', 'CAD', 'Canadian dollar'), c('aud', 'AUD', 'Australian dollar'), c('inr', 'INR', 'Indian rupee'),
  c('rub', 'RUB', 'Russian ruble'), c('sek', 'SEK', 'Swedish krona'),
  c('musd', 'USD', 'United States dollar', { millions: true }), c('meur', 'EUR', 'Euro', { millions: true }),
  c('mgbp', 'GBP', 'British pound', { millions: true }),
  cs('kr', 'SEK', 'Crown', { base: 'crown' }), cs('Kč', 'CZK', 'Czech koruna'), cs('zł', 'PLN', 'Polish złoty'),
  cs('Ft', 'HUF', 'Hungarian forint'), cs('TL', 'TRY', 'Turkish lira'), c('₱', 'PHP', 'Philippine peso'), c('฿', 'THB', 'Thai baht'),
  c('₫', 'VND', 'Vietnamese đồng'), c('lei', 'RON', 'Romanian leu', { base: 'leu' }), c('reais', 'BRL', 'Brazilian real'),
  c('cedis', 'GHS', 'Ghanaian cedi'), c('rupiah', 'IDR', 'Indonesian rupiah'), c('taka', 'BDT', 'Bangladeshi taka'),
  c('kwacha', null, 'Kwacha', { base: 'kwacha' }), c('dong', 'VND', 'Vietnamese đồng'), c('tenge', 'KZT', 'Kazakhstani tenge'),
  // "1.5 trillion won": after an amount "won" is the currency (North Korea's in an article about it).
  c('won', 'KRW', 'South Korean won', { base: 'won', largeOnly: true }), c('soles', 'PEN', 'Peruvian sol'), c('krónur', 'ISK', 'Icelandic króna'),
  c('kronur', 'ISK', 'Icelandic króna'), c('krona', 'SEK', 'Swedish krona', { base: 'crown' }), c('krone', 'DKK', 'Danish krone', { base: 'crown' }),
  c('cedi', 'GHS', 'Ghanaian cedi'), c('bolivars', 'VES', 'Venezuelan bolívar'), c('bolívares', 'VES', 'Venezuelan bolívar'),
];

/**
 * Hand-written suffixes first, then every currency name of the world-countries table with its demonym ("Egyptian
 * pounds", "Chilean pesos") and the capital ISO codes ("5,000 EGP").
 */
export const CURRENCY_SUFFIXES: CurrencyUnit[] = (() => {
  const known = new Set(HAND_SUFFIXES.map((u) => u.tokens.join(' ')));
  const names = currencyNames().filter((n) => !known.has(n.tokens.join(' '))).map((n) => c(n.tokens.join(' '), n.iso, n.name));
  return [...HAND_SUFFIXES, ...names, ...codeUnits(known)];
})();

export interface MeasureUnit {
  tokens: string[];
  /** Short unit stored on the quantity: "km", "kg", "C". */
  unit: string;
  /** The name Recognizers-Text uses ("Kilometer", "Metric ton"), for the spec scorer. */
  name: string;
  family: 'dimension' | 'temperature';
  /** Only when glued to the figure ("1.8m", "100t"): too ambiguous as a separate word. */
  gluedOnly?: boolean;
  /** Only after a figure ("12 m", "1.8m"), never after a number in words ("one m"). */
  figureOnly?: boolean;
  /** Matched only as written ("MB" is megabytes, "Mb" megabits). */
  cased?: string[];
}

const m = (spec: string, unit: string, name: string, extra: Partial<MeasureUnit> = {}): MeasureUnit => ({
  tokens: spec.split(' '),
  unit,
  name,
  family: 'dimension',
  ...extra,
});
const temp = (spec: string, unit: string, name: string): MeasureUnit => m(spec, unit, name, { family: 'temperature' });

export const MEASURE_UNITS: MeasureUnit[] = [
  temp('degrees celsius', 'C', 'C'), temp('degree celsius', 'C', 'C'), temp('degrees centigrade', 'C', 'C'),
  temp('deg celsius', 'C', 'C'), temp('deg c', 'C', 'C'), temp('degrees c', 'C', 'C'), temp('degree c', 'C', 'C'),
  temp('° c', 'C', 'C'), temp('°c', 'C', 'C'), temp('celsius', 'C', 'C'), temp('celcius', 'C', 'C'),
  temp('centigrade', 'C', 'C'), temp('centigrate', 'C', 'C'), temp('℃', 'C', 'C'),
  temp('degrees fahrenheit', 'F', 'F'), temp('degree fahrenheit', 'F', 'F'), temp('degrees farenheit', 'F', 'F'),
  temp('deg fahrenheit', 'F', 'F'), temp('deg f', 'F', 'F'), temp('degrees f', 'F', 'F'), temp('degree f', 'F', 'F'),
  temp('° f', 'F', 'F'), temp('°f', 'F', 'F'), temp('fahrenheit', 'F', 'F'), temp('farenheit', 'F', 'F'),
  temp('℉', 'F', 'F'), temp('deg .', '°', 'Degree'), temp('degrees', '°', 'Degree'), temp('degree', '°', 'Degree'),
  temp('°', '°', 'Degree'),
  m('square kilometres', 'km2', 'Square kilometer'), m('square kilometers', 'km2', 'Square kilometer'),
  m('sq km', 'km2', 'Square kilometer'), m('km2', 'km2', 'Square kilometer'), m('km²', 'km2', 'Square kilometer'),
  m('square metres', 'm2', 'Square meter'), m('square meters', 'm2', 'Square meter'), m('sq m', 'm2', 'Square meter'),
  m('m2', 'm2', 'Square meter'), m('m²', 'm2', 'Square meter'), m('square miles', 'sq mi', 'Square mile'),
  m('square feet', 'sq ft', 'Square foot'), m('sq ft', 'sq ft', 'Square foot'), m('cubic feet', 'cu ft', 'Cubic foot'),
  m('cubic metres', 'm3', 'Cubic meter'), m('cubic meters', 'm3', 'Cubic meter'),
  m('miles an hour', 'mph', 'Mile per hour'), m('miles per hour', 'mph', 'Mile per hour'), m('mph', 'mph', 'Mile per hour'),
  m('kilometres per hour', 'km/h', 'Kilometer per hour'), m('kilometers per hour', 'km/h', 'Kilometer per hour'),
  m('km / h', 'km/h', 'Kilometer per hour'), m('km / hr', 'km/h', 'Kilometer per hour'), m('kph', 'km/h', 'Kilometer per hour'),
  m('kmph', 'km/h', 'Kilometer per hour'),
  m('kilometres', 'km', 'Kilometer'), m('kilometers', 'km', 'Kilometer'), m('kilometre', 'km', 'Kilometer'),
  m('kilometer', 'km', 'Kilometer'), m('km', 'km', 'Kilometer'), m('kms', 'km', 'Kilometer'),
  m('metres', 'm', 'Meter'), m('meters', 'm', 'Meter'), m('metre', 'm', 'Meter'), m('meter', 'm', 'Meter'),
  m('m', 'm', 'Meter', { figureOnly: true }), m('centimetres', 'cm', 'Centimeter'), m('centimeters', 'cm', 'Centimeter'),
  m('cm', 'cm', 'Centimeter'), m('millimetres', 'mm', 'Millimeter'), m('millimeters', 'mm', 'Millimeter'),
  m('mm', 'mm', 'Millimeter'), m('dm', 'dm', 'Decimeter'), m('decimeters', 'dm', 'Decimeter'),
  m('miles', 'mi', 'Mile'), m('mile', 'mi', 'Mile'), m('feet', 'ft', 'Foot'), m('foot', 'ft', 'Foot'),
  m('ft', 'ft', 'Foot'), m('inches', 'in', 'Inch'), m('inch', 'in', 'Inch'), m('yards', 'yd', 'Yard'), m('yard', 'yd', 'Yard'),
  m('metric tons', 't', 'Metric ton'), m('metric tonnes', 't', 'Metric ton'), m('metric ton', 't', 'Metric ton'),
  m('tonnes', 't', 'Ton'), m('tonne', 't', 'Ton'), m('tons', 't', 'Ton'), m('ton', 't', 'Ton'), m('t', 't', 'Ton', { gluedOnly: true }),
  m('kilograms', 'kg', 'Kilogram'), m('kilogrammes', 'kg', 'Kilogram'), m('kilogram', 'kg', 'Kilogram'),
  m('kg', 'kg', 'Kilogram'), m('kgs', 'kg', 'Kilogram'), m('kilos', 'kg', 'Kilogram'),
  m('micrograms', 'µg', 'Microgram'), m('microgrammes', 'µg', 'Microgram'), m('microgram', 'µg', 'Microgram'),
  m('μg', 'µg', 'Microgram'), m('mcg', 'µg', 'Microgram'), m('milligrams', 'mg', 'Milligram'), m('mg', 'mg', 'Milligram'),
  m('grams', 'g', 'Gram'), m('grammes', 'g', 'Gram'), m('gram', 'g', 'Gram'), m('g', 'g', 'Gram', { gluedOnly: true }),
  m('pounds', 'lb', 'Pound'), m('pound', 'lb', 'Pound'), m('lbs', 'lb', 'Pound'), m('lb', 'lb', 'Pound'),
  m('ounces', 'oz', 'Ounce'), m('ounce', 'oz', 'Ounce'), m('oz', 'oz', 'Ounce'),
  m('gallons', 'gal', 'Gallon'), m('gallon', 'gal', 'Gallon'), m('litres', 'l', 'Liter'), m('liters', 'l', 'Liter'),
  m('litre', 'l', 'Liter'), m('liter', 'l', 'Liter'), m('millilitres', 'ml', 'Milliliter'), m('milliliters', 'ml', 'Milliliter'),
  m('ml', 'ml', 'Milliliter'), m('barrels', 'bbl', 'Barrel'), m('barrel', 'bbl', 'Barrel'), m('bbl', 'bbl', 'Barrel'),
  m('acres', 'acre', 'Acre'), m('acre', 'acre', 'Acre'), m('hectares', 'ha', 'Hectare'), m('hectare', 'ha', 'Hectare'),
  m('basis points', 'bp', 'Basis point'), m('basis point', 'bp', 'Basis point'), m('bps', 'bp', 'Basis point'),
  m('bits', 'bit', 'Bit'), m('bit', 'bit', 'Bit'), m('megawatts', 'MW', 'Megawatt'), m('mw', 'MW', 'Megawatt'),
  m('tablespoons', 'tbsp', 'Tablespoon'), m('teaspoon', 'tsp', 'Teaspoon'), m('teaspoons', 'tsp', 'Teaspoon'),
  m('cup', 'cup', 'Cup'), m('cups', 'cup', 'Cup'),
  m('radians', 'rad', 'Radian'), m('radian', 'rad', 'Radian'), m('rad', 'rad', 'Radian', { gluedOnly: true }),
  // Data sizes: a capital B is a byte, a small b a bit ("100 MB", "100 Mb", "100 mb").
  m('bytes', 'B', 'Byte'), m('kilobytes', 'kB', 'Kilobyte'), m('megabytes', 'MB', 'Megabyte'), m('gigabytes', 'GB', 'Gigabyte'),
  m('terabytes', 'TB', 'Terabyte'), m('petabytes', 'PB', 'Petabyte'), m('kilobits', 'kb', 'Kilobit'), m('megabits', 'Mb', 'Megabit'),
  m('gigabits', 'Gb', 'Gigabit'), m('terabits', 'Tb', 'Terabit'),
  ...[['KB', 'kB', 'Kilobyte'], ['kB', 'kB', 'Kilobyte'], ['MB', 'MB', 'Megabyte'], ['GB', 'GB', 'Gigabyte'], ['TB', 'TB', 'Terabyte'],
    ['PB', 'PB', 'Petabyte'], ['kb', 'kb', 'Kilobit'], ['Kb', 'kb', 'Kilobit'], ['Mb', 'Mb', 'Megabit'], ['mb', 'Mb', 'Megabit'],
    ['Gb', 'Gb', 'Gigabit'], ['gb', 'Gb', 'Gigabit'], ['Tb', 'Tb', 'Terabit']].map(([spec, unit, name]) => m(spec.toLowerCase(), unit, name, { cased: [spec], figureOnly: true })),
];

/** Time units after "per" or "/" that make a speed of a length ("50 meters per millisecond", "50 km/ms"). */
export const PER_TIME_UNITS: ReadonlyMap<string, { unit: string; name: string }> = new Map([
  ['millisecond', { unit: 'ms', name: 'Millisecond' }], ['milliseconds', { unit: 'ms', name: 'Millisecond' }], ['ms', { unit: 'ms', name: 'Millisecond' }],
  ['second', { unit: 's', name: 'Second' }], ['sec', { unit: 's', name: 'Second' }], ['s', { unit: 's', name: 'Second' }],
  ['minute', { unit: 'min', name: 'Minute' }], ['min', { unit: 'min', name: 'Minute' }],
  ['hour', { unit: 'h', name: 'Hour' }], ['hr', { unit: 'h', name: 'Hour' }], ['h', { unit: 'h', name: 'Hour' }],
]);

/** Percent words after a number: "3.5 percent", "8 per cent", "4.2%", "2 percentage points". */
export const PERCENT_WORDS: string[][] = [['percentage', 'points'], ['per', 'cent'], ['percent'], ['pct'], ['%']];

/** Age: "29 years old", "ten months of age", "a 90 day old bill", "87 yo". */
export const AGE_UNITS: ReadonlyMap<string, { unit: string; name: string }> = new Map([
  ['years', { unit: 'yr', name: 'Year' }], ['year', { unit: 'yr', name: 'Year' }],
  ['months', { unit: 'mo', name: 'Month' }], ['month', { unit: 'mo', name: 'Month' }],
  ['weeks', { unit: 'wk', name: 'Week' }], ['week', { unit: 'wk', name: 'Week' }],
  ['days', { unit: 'd', name: 'Day' }], ['day', { unit: 'd', name: 'Day' }],
]);
