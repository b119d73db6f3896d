/**
 * English number words as data: cardinals, scales, ordinals used as fraction denominators, and the suffixes that
 * multiply a figure ("10k", "£5bn"). Loaded once per process; the number scanner reads only these tables.
 */

/** 0-9: each can be a digit after "point" ("nine point nought four"). */
export const UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['nought', 0], ['naught', 0], ['nil', 0], ['oh', 0],
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
]);

export const TEEN_WORDS: ReadonlyMap<string, number> = new Map([
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);

export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fourty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90],
]);

/** Scale words, including the South Asian lakh and crore, which news from the region uses. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['lakh', 1e5], ['lakhs', 1e5],
  ['crore', 1e7], ['crores', 1e7], ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9],
]);

/** Ordinals that can be fraction denominators ("two thirds", "a trillionth"); "half" and "quarter" included. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14],
  ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19],
  ['twentieth', 20], ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50], ['sixtieth', 60], ['seventieth', 70],
  ['eightieth', 80], ['ninetieth', 90], ['hundredth', 100], ['thousandth', 1e3], ['millionth', 1e6],
  ['billionth', 1e9], ['trillionth', 1e12], ['half', 2], ['quarter', 4],
]);

export const PLURAL_ORDINALS: ReadonlyMap<string, string> = new Map([
  ['halves', 'half'], ['quarters', 'quarter'],
]);

/** The ordinal a word names, singular or plural ("fifths" -> fifth), or undefined. */
export function ordinalOf(word: string): { value: number; plural: boolean } | undefined {
  const direct = ORDINAL_WORDS.get(word);
  if (direct !== undefined) return { value: direct, plural: false };
  const irregular = PLURAL_ORDINALS.get(word);
  if (irregular !== undefined) return { value: ORDINAL_WORDS.get(irregular)!, plural: true };
  if (word.endsWith('s')) {
    const single = ORDINAL_WORDS.get(word.slice(0, -1));
    // "seconds" is time far more often than a fraction; "firsts" only inside compounds ("three twenty-firsts").
    if (single !== undefined && word !== 'seconds') return { value: single, plural: true };
  }
  return undefined;
}

/** Multipliers written right after a figure: "10k", "1.2b", "£5bn", "2mil", "US$ 1MM", "10 bln". */
export const FIGURE_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['K', 1e3], ['M', 1e6], ['MM', 1e6], ['mm', 1e6], ['mil', 1e6], ['mln', 1e6], ['G', 1e9], ['b', 1e9],
  ['B', 1e9], ['bn', 1e9], ['bln', 1e9], ['tn', 1e12], ['tln', 1e12], ['trn', 1e12], ['T', 1e12],
]);

/** Suffixes that may stand one space away from the figure ("2.33 k", "1,674.5 G", "10 bln"). */
export const SPACED_SUFFIXES: ReadonlySet<string> = new Set(['k', 'K', 'M', 'G', 'bn', 'bln', 'mln', 'tln', 'trn']);

export const UNICODE_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['½', 1 / 2], ['⅓', 1 / 3], ['⅔', 2 / 3], ['¼', 1 / 4], ['¾', 3 / 4], ['⅕', 1 / 5], ['⅖', 2 / 5], ['⅗', 3 / 5],
  ['⅘', 4 / 5], ['⅙', 1 / 6], ['⅚', 5 / 6], ['⅛', 1 / 8], ['⅜', 3 / 8], ['⅝', 5 / 8], ['⅞', 7 / 8],
]);

/** Words that make "one" a pronoun ("the one you mentioned", "which one"), not a number. */
export const ONE_PRONOUN_BEFORE: ReadonlySet<string> = new Set([
  'the', 'this', 'that', 'which', 'each', 'every', 'any', 'no', 'another', 'some', 'someone', 'anyone', 'everyone',
  'little', 'big', 'new', 'old', 'right', 'wrong', 'last', 'next', 'same', 'other', 'such',
]);
