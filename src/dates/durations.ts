/**
 * Durations: "for five years", "within days", "over the past three months". chrono reads "for five years" as a date
 * five years ahead, so these are found first and masked out of the text chrono sees.
 */
import { extractNumbers } from '../quantities/numbers.js';

export interface Duration {
  start: number;
  end: number;
  text: string;
  /** ISO 8601 duration: P5Y, P3M, PT2H; X for an unspecified count ("within days" -> PXD). */
  value: string;
}

const UNIT_CODES: Record<string, { code: string; time: boolean; factor: number }> = {
  second: { code: 'S', time: true, factor: 1 },
  minute: { code: 'M', time: true, factor: 1 },
  hour: { code: 'H', time: true, factor: 1 },
  day: { code: 'D', time: false, factor: 1 },
  night: { code: 'D', time: false, factor: 1 },
  week: { code: 'W', time: false, factor: 1 },
  month: { code: 'M', time: false, factor: 1 },
  year: { code: 'Y', time: false, factor: 1 },
  decade: { code: 'Y', time: false, factor: 10 },
  century: { code: 'Y', time: false, factor: 100 },
};

const COUNT =
  "(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|several|a few|few|a couple of|many|\\d+(?:[.,]\\d+)?)";
const UNIT = '(seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|century|centuries)';
// The preposition is context, not part of the expression: the span starts at the count ("five years").
const DURATION = new RegExp(
  `\\b(?:for|within|over|during|lasting|spanning)\\s+(?:(?:the\\s+)?(?:past|last|next|coming|following)\\s+)?((?:${COUNT}[\\s-]+)?${UNIT})\\b`,
  'giu',
);
// "five years earlier than planned", "two months longer": a difference of time is a duration too.
const DIFFERENCE = new RegExp(`\\b((?:${COUNT})[\\s-]+${UNIT})(?=\\s+(?:earlier|later|longer|sooner|shorter)\\s+than\\b)`, 'giu');

function unitKey(word: string): string {
  const w = word.toLowerCase();
  if (w === 'centuries') return 'century';
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/** Durations in `text`, in order. */
export function findDurations(text: string): Duration[] {
  const out: Duration[] = [];
  const matches = [...text.matchAll(DURATION), ...text.matchAll(DIFFERENCE)].sort((x, y) => (x.index ?? 0) - (y.index ?? 0));
  for (const m of matches) {
    const phrase = m[1];
    const start = (m.index ?? 0) + m[0].length - phrase.length;
    const unitWord = /[a-z]+$/i.exec(phrase)?.[0] ?? '';
    const unit = UNIT_CODES[unitKey(unitWord)];
    if (!unit) continue;
    const countText = phrase.slice(0, phrase.length - unitWord.length).replace(/[\s-]+$/, '');
    let count: string;
    if (countText === '') count = unitWord.toLowerCase().endsWith('s') ? 'X' : '1';
    else if (/^(a|an)$/i.test(countText)) count = '1';
    else if (/^(several|a few|few|a couple of|many)$/i.test(countText)) count = /couple/i.test(countText) ? '2' : 'X';
    else {
      const n = extractNumbers(countText)[0];
      count = n ? String(n.value * unit.factor) : 'X';
    }
    if (count === '1') count = String(unit.factor);
    const value = `P${unit.time ? 'T' : ''}${count}${unit.code}`;
    out.push({ start, end: start + phrase.length, text: phrase, value });
  }
  return out;
}
