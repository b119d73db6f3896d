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

/**
 * Strips HTML to text; call only when `looksLikeHtml`. Separators are written as one-for-one substitutions of a raw
 * character (a space for the first character of a whitespace run, a newline for the `<` of a block tag), never as
 * insertions, so each text character maps to a raw place of its own and a quote that starts with a decoded `&#8220;`
 * still maps to the whole reference.
 */
export function htmlToText(source: string): Rewritten {
  const w = new Rewriter(source);
  // Tags and whitespace between two pieces of text form a region that is decided when the next text comes: it
  // becomes a line break (if it holds a block tag), a space (if it holds whitespace) or nothing. Nothing in the
  // region is written before that, so the separator can be a substitution of the region's own character.
  let regionStart = -1;
  let lineAt = -1;
  let spaceAt = -1;
  let wroteText = false;
  const settle = (end: number, atEnd: boolean): void => {
    if (regionStart < 0) return;
    w.copyTo(regionStart);
    const at = lineAt >= 0 ? lineAt : spaceAt;
    if (!atEnd && wroteText && at >= 0) {
      w.skip(at - w.pos);
      if (lineAt >= 0) w.substitute('\n');
      else if (source[at] === ' ') w.copyTo(at + 1);
      else w.substitute(' ');
    }
    w.skip(end - w.pos);
    regionStart = lineAt = spaceAt = -1;
  };
  let i = 0;
  const n = source.length;
  while (i < n) {
    const ch = source[i];
    if (ch === '<') {
      let stop = -1;
      let name = '';
      if (source.startsWith('<!--', i)) {
        const end = source.indexOf(COMMENT_END, i + 4);
        stop = end < 0 ? n : end + COMMENT_END.length;
      } else if (source.startsWith('<!', i) || source.startsWith('<?', i)) {
        const end = source.indexOf('>', i);
        stop = end < 0 ? n : end + 1;
      } else {
        TAG.lastIndex = i;
        const m = TAG.exec(source);
        if (m) {
          name = m[2].toLowerCase();
          stop = i + m[0].length;
          if (m[1] === '' && RAW_CONTENT.has(name) && m[3] === '') {
            const close = source.toLowerCase().indexOf('</' + name, stop);
            if (close < 0) stop = n;
            else {
              const gt = source.indexOf('>', close);
              stop = gt < 0 ? n : gt + 1;
            }
          }
        }
      }
      if (stop >= 0) {
        if (regionStart < 0) regionStart = i;
        if (lineAt < 0 && BLOCK.has(name)) lineAt = i;
        i = stop;
        continue;
      }
    }
    if (isSpace(ch)) {
      if (regionStart < 0) regionStart = i;
      if (spaceAt < 0) spaceAt = i;
      i++;
      continue;
    }
    settle(i, false);
    wroteText = true;
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
  settle(n, true);
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
