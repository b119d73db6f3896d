/**
 * Closed-class English words (and "next", as in "next year") that a stripped link leaves glued to the word before
 * it ("Iraqat", "Syriawill", "sovereigntyin", "Zwickaunext"). Only these can be the right part of a split. Deliberately missing: "a", "an", "as", "s", "on"'s
 * cousins "one"/"ones", "over", "them", "ton" — they end too many real words and names ("Chilean", "Hanover").
 */
export const GLUE_FUNCTION_WORDS: readonly string[] = [
  'at', 'in', 'on', 'of', 'to', 'by', 'is', 'or',
  'and', 'the', 'for', 'was', 'has', 'had', 'who', 'are', 'but', 'not', 'its', 'his', 'her', 'did',
  'will', 'with', 'that', 'from', 'were', 'have', 'been', 'into', 'when', 'whom', 'this', 'than', 'also', 'amid',
  'which', 'whose', 'where', 'while', 'would', 'could', 'after', 'since', 'under', 'about', 'their', 'there',
  'should', 'during', 'before', 'against', 'between', 'through', 'because', 'although',
  'next', 'without', 'within', 'among', 'across', 'until', 'despite', 'towards', 'toward',
];

/**
 * Function words distinctive enough that a glued word ending in one may be split even when its left part is a name
 * no lexicon knows ("Hezbollahwhich"): no English word or common name ends in these after four or more letters.
 */
export const DISTINCTIVE_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'which', 'whose', 'where', 'while', 'would', 'could', 'should', 'will', 'with', 'that', 'from', 'were', 'have',
  'been', 'during', 'against', 'between', 'through', 'because', 'although', 'next', 'without', 'within', 'among',
  'across', 'until', 'despite', 'towards', 'toward',
]);
