/**
 * Quotation regions: where the text is in double quotation marks.
 *
 * News text mixes curly marks (“ ”), straight marks (") and typewriter pairs (`` and ''), and noisy articles leave
 * marks unbalanced. The rules, in order of trust:
 *  - a curly opening mark opens, a curly closing mark closes; a straight mark opens when nothing is open, else closes;
 *  - an opening curly mark glued to the end of a word and followed by a space or punctuation is a mistyped closing
 *    mark ("word“ said") and closes;
 *  - an opening mark met while a region is open ends that region just before it (the typist forgot to close);
 *  - a region still open at the end of a paragraph continues when the next paragraph starts with an opening mark
 *    (the convention for quotes that run over paragraphs), and otherwise ends at the paragraph end.
 * Single marks (‘ ’ ') are left alone: they are apostrophes far more often than quotes, and inside a double quote
 * they are a nested quote that belongs to the outer one.
 */

export interface QuoteRegion {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark, or after the last non-space character when no mark closed it. */
  end: number;
  /** True when a closing mark ended the region. */
  closed: boolean;
  /** Offset where the inside starts (after the opening mark) and ends (before the closing mark). */
  innerStart: number;
  innerEnd: number;
}

type Role = 'open' | 'close' | 'either';

interface Mark {
  at: number;
  length: number;
  role: Role;
}

const MARK = /``|''|[“”"„«»]/g;

function roleOf(token: string): Role {
  switch (token) {
    case '“':
    case '„':
    case '«':
    case '``':
      return 'open';
    case '”':
    case '»':
      return 'close';
    default:
      return 'either';
  }
}

const WORD_CHAR = /[\p{L}\p{N}.,!?;:%)\]]/u;
const AFTER_CLOSE = /[\s.,!?;:)\]\-—–]/u;

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/u.test(ch);
}

/** Paragraph end: the offset of the next newline at or after `from`, or the text length. */
function paragraphEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/u.test(text[e - 1])) e--;
  return e;
}

/** Does the paragraph that starts after `nlAt` (a newline offset) open with a quotation mark? */
function nextParagraphOpensQuote(text: string, nlAt: number): number {
  let i = nlAt;
  while (i < text.length && /\s/u.test(text[i])) i++;
  if (i >= text.length) return -1;
  if (text[i] === '“' || text[i] === '"' || text[i] === '„' || text[i] === '«') return i;
  if (text.startsWith('``', i) || text.startsWith("''", i)) return i;
  return -1;
}

export function findQuoteRegions(text: string): QuoteRegion[] {
  const marks: Mark[] = [];
  for (const m of text.matchAll(MARK)) {
    const at = m.index ?? 0;
    let role = roleOf(m[0]);
    const before = text[at - 1];
    const after = text[at + m[0].length];
    // A straight mark glued to a word on the left and free on the right closes; the reverse opens.
    if (role === 'either') {
      if (!isSpace(before) && before !== '(' && before !== '[' && (isSpace(after) || AFTER_CLOSE.test(after ?? ' ')))
        role = 'close';
      else if (isSpace(before) && !isSpace(after)) role = 'open';
    }
    // A curly opening mark typed where a closing one belongs.
    if (role === 'open' && m[0] === '“' && before !== undefined && WORD_CHAR.test(before) && (isSpace(after) || AFTER_CLOSE.test(after ?? ' ')))
      role = 'close';
    marks.push({ at, length: m[0].length, role });
  }

  const regions: QuoteRegion[] = [];
  let open: Mark | null = null;
  let openLimit = 0;

  const finishUnclosed = (until: number): void => {
    if (!open) return;
    const end = trimEnd(text, open.at + open.length, until);
    if (end > open.at + open.length) {
      regions.push({ start: open.at, end, closed: false, innerStart: open.at + open.length, innerEnd: end });
    }
    open = null;
  };

  for (const mark of marks) {
    // Crossing a paragraph end while open: continue only into a paragraph that opens with a mark.
    while (open && mark.at > openLimit) {
      const cont = nextParagraphOpensQuote(text, openLimit);
      if (cont >= 0 && cont <= mark.at) {
        openLimit = paragraphEnd(text, cont + 1);
        if (cont === mark.at) break; // this mark is the continuation's opening mark, swallowed below
      } else {
        finishUnclosed(openLimit);
      }
    }
    if (open && mark.at === nextParagraphOpensQuoteAt(text, open, mark)) continue;
    if (!open) {
      if (mark.role === 'close') continue; // a stray closing mark: nothing to close
      open = mark;
      openLimit = paragraphEnd(text, mark.at);
      continue;
    }
    if (mark.role === 'open') {
      finishUnclosed(mark.at);
      open = mark;
      openLimit = paragraphEnd(text, mark.at);
      continue;
    }
    const o: Mark = open;
    open = null;
    // "" with nothing inside quotes nothing: typewriter marks doubled, or an empty string in a code sample.
    if (!/[\p{L}\p{N}]/u.test(text.slice(o.at + o.length, mark.at))) continue;
    regions.push({ start: o.at, end: mark.at + mark.length, closed: true, innerStart: o.at + o.length, innerEnd: mark.at });
    open = null;
  }
  while (open) {
    const cont = nextParagraphOpensQuote(text, openLimit);
    if (cont >= 0) openLimit = paragraphEnd(text, cont + 1);
    else finishUnclosed(openLimit);
  }
  return regions;
}

/**
 * The opening mark of a continued paragraph is part of the running quote, not a new one: true when `mark` starts a
 * paragraph (only spaces before it since the last newline) after the region opened at `open`.
 */
function nextParagraphOpensQuoteAt(text: string, open: Mark, mark: Mark): number {
  if (mark.role === 'close') return -1;
  let i = mark.at - 1;
  while (i > open.at && text[i] !== '\n' && /\s/u.test(text[i])) i--;
  return i > open.at && text[i] === '\n' ? mark.at : -1;
}
