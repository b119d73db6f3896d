import type { Credit, Doc, Message, OffsetMap } from '../model/doc.js';
import { composeMaps, identityMap, spanToRaw } from '../text/offset-map.js';
import { decodeEntities, htmlToText, looksLikeHtml } from '../text/html.js';
import { normalizeUnicode } from '../text/unicode.js';
import { findCreditLines } from '../text/credits.js';
import { findGluedWords } from '../text/glue.js';
import { Rewriter, type Rewritten } from '../text/rewriter.js';
import { textProblems } from '../text/problems.js';
import { looksHardWrapped, unwrapLines } from '../text/unwrap.js';
import { repairMojibake } from '../text/mojibake.js';

const STAGE = 'clean';

/** The text being cleaned and its map back to raw, advanced one pass at a time. */
interface Draft {
  text: string;
  map: OffsetMap;
}

function apply(draft: Draft, pass: Rewritten): Draft {
  return { text: pass.text, map: composeMaps(draft.map, pass.map) };
}

/** Removes credit and caption lines (with their line break); returns them with raw offsets. */
function setAsideCredits(draft: Draft): { draft: Draft; credits: Credit[] } {
  const lines = findCreditLines(draft.text);
  if (lines.length === 0) return { draft, credits: [] };
  const { text } = draft;
  const credits: Credit[] = [];
  const w = new Rewriter(text);
  for (const line of lines) {
    const rawSpan = spanToRaw(draft.map, line);
    credits.push({ rawStart: rawSpan.start, rawEnd: rawSpan.end, text: text.slice(line.start, line.end) });
    // The whole line goes, with one line break: the one after it, or the one before it on the last line.
    let from = text.lastIndexOf('\n', line.start - 1) + 1;
    let to = text.indexOf('\n', line.end);
    if (to >= 0) to += 1;
    else {
      to = text.length;
      if (from > 0) from -= 1;
    }
    from = Math.max(from, w.pos);
    if (to <= from) continue;
    w.copyTo(from);
    w.skip(to - from);
  }
  return { draft: apply(draft, w.finish()), credits };
}

/** Inserts one space into each glued word ("Iraqat" -> "Iraq at"). */
function splitGluedWords(draft: Draft): { draft: Draft; messages: Message[] } {
  const splits = findGluedWords(draft.text);
  if (splits.length === 0) return { draft, messages: [] };
  const w = new Rewriter(draft.text);
  const messages: Message[] = [];
  for (const split of splits) {
    w.copyTo(split.at);
    const start = w.written - split.left.length;
    w.insert(' ');
    messages.push({
      stage: STAGE,
      severity: 'info',
      text: `split glued word "${split.word}" into "${split.left} ${split.right}"`,
      start,
      end: start + split.word.length + 1,
    });
  }
  return { draft: apply(draft, w.finish()), messages };
}

function cleanText(raw: string): { text: string; offsets: OffsetMap; credits: Credit[]; messages: Message[] } {
  const messages: Message[] = [];
  let draft: Draft = { text: raw, map: identityMap(raw.length) };
  if (looksLikeHtml(raw)) {
    draft = apply(draft, htmlToText(raw));
    messages.push({ stage: STAGE, severity: 'info', text: 'input is HTML: tags stripped, entities decoded' });
  } else if (raw.includes('&')) {
    draft = apply(draft, decodeEntities(raw));
  }
  // Twice: text encoded twice over ("Ã¢â‚¬â„¢" for "’") needs two repairs.
  for (let pass = 0; pass < 2; pass++) {
    const mojibake = repairMojibake(draft.text);
    if (mojibake.count === 0) break;
    draft = apply(draft, mojibake);
    messages.push({ stage: STAGE, severity: 'info', text: `repaired ${mojibake.count} mojibake sequence(s) (UTF-8 read as Windows-1252)` });
  }
  draft = apply(draft, normalizeUnicode(draft.text));
  const aside = setAsideCredits(draft);
  draft = aside.draft;
  if (aside.credits.length > 0) {
    messages.push({ stage: STAGE, severity: 'info', text: `set aside ${aside.credits.length} credit/caption line(s)` });
  }
  if (looksHardWrapped(draft.text)) {
    draft = apply(draft, unwrapLines(draft.text));
    messages.push({ stage: STAGE, severity: 'info', text: 'text is hard-wrapped: line breaks inside paragraphs became spaces' });
  }
  const glued = splitGluedWords(draft);
  draft = glued.draft;
  messages.push(...glued.messages);
  for (const problem of textProblems(draft.text)) messages.push({ stage: STAGE, ...problem });
  return { text: draft.text, offsets: draft.map, credits: aside.credits, messages };
}

/**
 * Cleans `article.raw` into `text`: HTML stripped, Unicode normalized, credit and caption lines set aside, glued
 * words split; `offsets` maps every text offset back to raw exactly. Never throws: a failure leaves the raw text
 * as it is and says so in `messages`.
 */
export function clean(doc: Doc): Doc {
  const raw = typeof doc.article.raw === 'string' ? doc.article.raw : '';
  try {
    const out = cleanText(raw);
    return { ...doc, ...out, messages: [...doc.messages, ...out.messages] };
  } catch (err) {
    const text = `clean failed, raw text kept: ${err instanceof Error ? err.message : String(err)}`;
    return {
      ...doc,
      text: raw,
      offsets: identityMap(raw.length),
      credits: [],
      messages: [...doc.messages, { stage: STAGE, severity: 'error', text }],
    };
  }
}
