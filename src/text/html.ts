import { decodeEntityAt } from './entities.js';
import { Rewriter, type Rewritten } from './rewriter.js';

/*
 * HTML to plain text, through the offset map: tags are deleted, the contents of script/style are deleted, character
 * references are decoded (a replacement), block tags become a newline and runs of whitespace collapse to one space,
 * as a browser would show them.
 */

const STRONG_TAG = /<(?:!doctype\s+html|html[\s>]|body[\s>]|head[\s>]|p[\s>]|\/p>|div[\s>]|br\s*\/?>|script[\s>]|style[\s>])/i;
const ANY_TAG = /<\/?(?:a|span|strong|em|b|i|u|h[1-6]|ul|ol|li|table|tr|td|th|img|meta|link|title|figure|figcaption|blockquote|header|footer|nav|article|section|main|aside|iframe|noscript|source|picture|time|small|sup|sub)\b[^<>]{0,500}>/gi;

/** True when the text is clearly HTML: a structural tag, or several inline tags. */
export function looksLikeHtml(text: string): boolean {
  if (STRONG_TAG.test(text)) return true;
  let count = 0;
  ANY_TAG.lastIndex = 0;
  while (ANY_TAG.exec(text) !== null) if (++count >= 3) return true;
  return false;
}

/** Tags after which the text starts a new line (a new paragraph). */
const BLOCK = new Set([
  'p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'tr', 'table', 'article', 'section',
  'header', 'footer', 'blockquote', 'figure', 'figcaption', 'hr', 'title', 'pre', 'dd', 'dt', 'dl', 'main', 'aside',
  'nav', 'html', 'body', 'head', 'form', 'caption', 'address', 'summary', 'details',
]);

/** Elements whose contents are not text. */
const RAW_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object']);

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)\b(?:[^<>"']|"[^"]*"|'[^']*')*?(\/?)>/y;
const COMMENT_END = '-->';

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\u000b';
}

/** Strips HTML to text; call only when `looksLikeHtml`. */
export function htmlToText(source: string): Rewritten {
  const w = new Rewriter(source);
  // What separates the last written text from the next: nothing, a space, or a line break (from a block tag).
  let pending: 'none' | 'space' | 'break' = 'none';
  // Plain characters are copied lazily: `w.copyTo(i)` before any edit writes everything up to the edit at once.
  const flushPending = (at: number): void => {
    w.copyTo(at);
    if (pending !== 'none' && w.written > 0) w.insert(pending === 'break' ? '\n' : ' ');
    pending = 'none';
  };
  let i = 0;
  const n = source.length;
  while (i < n) {
    const ch = source[i];
    if (ch === '<') {
      if (source.startsWith('<!--', i)) {
        const end = source.indexOf(COMMENT_END, i + 4);
        const stop = end < 0 ? n : end + COMMENT_END.length;
        w.copyTo(i);
        w.skip(stop - i);
        i = stop;
        continue;
      }
      if (source.startsWith('<!', i) || source.startsWith('<?', i)) {
        const end = source.indexOf('>', i);
        const stop = end < 0 ? n : end + 1;
        w.copyTo(i);
        w.skip(stop - i);
        i = stop;
        continue;
      }
      TAG.lastIndex = i;
      const m = TAG.exec(source);
      if (m) {
        const name = m[2].toLowerCase();
        let stop = i + m[0].length;
        if (m[1] === '' && RAW_CONTENT.has(name) && m[3] === '') {
          const close = source.toLowerCase().indexOf('</' + name, stop);
          if (close < 0) stop = n;
          else {
            const gt = source.indexOf('>', close);
            stop = gt < 0 ? n : gt + 1;
          }
        }
        w.copyTo(i);
        w.skip(stop - i);
        i = stop;
        if (BLOCK.has(name)) pending = 'break';
        continue;
      }
    }
    if (isSpace(ch)) {
      if (pending === 'none') pending = 'space';
      w.copyTo(i);
      w.skip(1);
      i++;
      continue;
    }
    if (pending !== 'none') flushPending(i);
    if (ch === '&') {
      const entity = decodeEntityAt(source, i);
      if (entity) {
        w.copyTo(i);
        w.replace(entity.length, entity.value);
        i += entity.length;
        continue;
      }
    }
    i++;
  }
  return w.finish();
}

/** Decodes character references in plain (non-HTML) text: scraped text often keeps `&amp;` and `&#8220;`. */
export function decodeEntities(source: string): Rewritten {
  const w = new Rewriter(source);
  let i = source.indexOf('&');
  while (i >= 0) {
    const entity = decodeEntityAt(source, i);
    if (entity) {
      w.copyTo(i);
      w.replace(entity.length, entity.value);
      i = source.indexOf('&', i + entity.length);
    } else i = source.indexOf('&', i + 1);
  }
  return w.finish();
}
