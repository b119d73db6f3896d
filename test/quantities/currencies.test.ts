import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../src/quantities/extract.js';
import { docOf } from './read.js';

const money = (raw: string): Array<[string, number, string | null]> => docOf(raw).quantities.map((q) => [q.text, q.value, q.unit]);

describe('currency symbols and codes before the amount', () => {
  it('reads the rand symbol glued to its amount and leaves no stray decimal tail', () => {
    expect(money('Shareholders approved the R14.5 billion takeover on Tuesday.')).toEqual([['R14.5 billion', 14.5e9, 'ZAR']]);
    expect(money('The miner booked a R3.2bn impairment.')).toEqual([['R3.2bn', 3.2e9, 'ZAR']]);
  });

  it('reads dollar prefixes of other countries, rupees, francs and yen', () => {
    expect(money('Auckland pledged NZ$ 120 million and Sydney A$5 billion, while Ottawa gave C$2.1 billion.')).toEqual([
      ['NZ$ 120 million', 1.2e8, 'NZD'],
      ['A$5 billion', 5e9, 'AUD'],
      ['C$2.1 billion', 2.1e9, 'CAD'],
    ]);
    expect(money('The group raised HK$10 billion, paid CHF 3 million in fines and lost ¥500 million.')).toEqual([
      ['HK$10 billion', 1e10, 'HKD'],
      ['CHF 3 million', 3e6, 'CHF'],
      ['¥500 million', 5e8, 'JPY'],
    ]);
    expect(money('Farmers in Maharashtra will get Rs 450 crore.')).toEqual([['Rs 450 crore', 4.5e9, 'INR']]);
    // A scale word hyphenated to the amount.
    expect(money('The party promised a C$5-billion housing fund.')).toEqual([['C$5-billion', 5e9, 'CAD']]);
  });

  it('reads symbols of letters only as written: capital codes and shilling symbols', () => {
    expect(money('Bonds worth ZAR 3bn and KSh4.5bn were sold.')).toEqual([
      ['ZAR 3bn', 3e9, 'ZAR'],
      ['KSh4.5bn', 4.5e9, 'KES'],
    ]);
    // In lower case, "all" is a word and "r" a letter, not the Albanian lek or the rand.
    expect(money('He said all 12 ministers met in room r 4.').map((q) => q[2])).not.toContain('ZAR');
    expect(money('ALL 12 ministers resigned.').map((q) => q[2])).not.toContain('ALL');
  });

  it('never turns the decimals of a code or a model name into a number of their own', () => {
    expect(money('The new A14.5 chip is faster.')).toEqual([]);
    expect(extractMentions('version V2.5 ships').map((m) => m.value)).toEqual([]);
  });
});

describe('currency names', () => {
  it('takes the currency of the demonym that qualifies the name', () => {
    expect(money('The ministry spent 2 billion Egyptian pounds on bread subsidies.')).toEqual([['2 billion Egyptian pounds', 2e9, 'EGP']]);
    expect(money('Losses reached 300 billion Chilean pesos, 40 million Mexican pesos and 5 billion Indian rupees.')).toEqual([
      ['300 billion Chilean pesos', 3e11, 'CLP'],
      ['40 million Mexican pesos', 4e7, 'MXN'],
      ['5 billion Indian rupees', 5e9, 'INR'],
    ]);
    // A demonym the currency table does not spell that way still names the country.
    expect(money('Exporters earned 900 million Filipino pesos.')).toEqual([['900 million Filipino pesos', 9e8, 'PHP']]);
  });

  it('resolves a bare generic name by the country the article is about', () => {
    expect(money('Egypt spent 500 million pounds on bread, the ministry in Cairo said.')).toEqual([['500 million pounds', 5e8, 'EGP']]);
    expect(money('Chile will spend 300 billion pesos on fire relief.')).toEqual([['300 billion pesos', 3e11, 'CLP']]);
    expect(money('Pakistan raised Rs 50 billion in a bond sale.')).toEqual([['Rs 50 billion', 5e10, 'PKR']]);
    // Without a country of that currency, the name keeps its usual meaning.
    expect(money('Britain will spend 5 billion pounds on the NHS.')).toEqual([['5 billion pounds', 5e9, 'GBP']]);
    expect(money('Ireland was offered 5 billion pounds.')).toEqual([['5 billion pounds', 5e9, 'GBP']]);
  });

  it('reads the won after a large amount only, and other currency words and codes', () => {
    expect(money('Seoul will spend 1.5 trillion won on hospitals.')).toEqual([['1.5 trillion won', 1.5e12, 'KRW']]);
    expect(money('Labour 412 won.').map((q) => q[2])).not.toContain('KRW');
    expect(money('Lima will spend S/ 50 million and 20 million soles.')).toEqual([
      ['S/ 50 million', 5e7, 'PEN'],
      ['20 million soles', 2e7, 'PEN'],
    ]);
    expect(money('Rabat signed a MAD 5 billion deal; Reykjavik was fined 300 million kronur.')).toEqual([
      ['MAD 5 billion', 5e9, 'MAD'],
      ['300 million kronur', 3e8, 'ISK'],
    ]);
  });

  it('reads hundredths of other currencies, resolved like their major unit', () => {
    expect(money('Egypt will raise the price of a loaf by 50 piastres.')).toEqual([['50 piastres', 0.5, 'EGP']]);
    expect(money('Bus fares in Chile rise by 30 centavos.')).toEqual([['30 centavos', 0.3, 'CLP']]);
  });

  it('reads currencies written after the amount as symbols', () => {
    expect(money('Rents rose by 2,000 lei in Romania and by 300 Kč in Prague.')).toEqual([
      ['2,000 lei', 2000, 'RON'],
      ['300 Kč', 300, 'CZK'],
    ]);
  });
});
