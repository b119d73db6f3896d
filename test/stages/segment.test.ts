import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clean } from '../../src/stages/clean.js';
import { maskLongRuns, segment } from '../../src/stages/segment.js';
import { createDoc } from '../../src/model/create.js';
import type { Doc } from '../../src/model/doc.js';

const segmented = (raw: string): Doc => segment(clean(createDoc({ id: 't', source: 'test', published: '2024-12-13', title: null, raw })));
const sentenceTexts = (doc: Doc): string[] => doc.sentences.map((s) => doc.text.slice(s.start, s.end));
const tokenTexts = (doc: Doc): string[] => [...doc.tokens.start].map((s, i) => doc.text.slice(s, doc.tokens.end[i]));

/** Every structural invariant of the sentence and token layers. */
function checkLayers(doc: Doc): void {
  const { start, end, sentence, pos, norm, lemma } = doc.tokens;
  const n = start.length;
  expect(end.length).toBe(n);
  expect(sentence.length).toBe(n);
  expect(pos.length).toBe(n);
  expect(norm.length).toBe(n);
  expect(lemma.length).toBe(n);
  let previousEnd = 0;
  for (let i = 0; i < n; i++) {
    expect(start[i]).toBeGreaterThanOrEqual(previousEnd);
    expect(end[i]).toBeGreaterThan(start[i]);
    expect(end[i]).toBeLessThanOrEqual(doc.text.length);
    expect(doc.text.slice(start[i], end[i]).trim().length).toBeGreaterThan(0);
    previousEnd = end[i];
  }
  let previousSentenceEnd = 0;
  let previousParagraph = 0;
  doc.sentences.forEach((s, k) => {
    expect(s.start).toBeGreaterThanOrEqual(previousSentenceEnd);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.tokenEnd).toBeGreaterThan(s.tokenStart);
    expect(s.start).toBe(start[s.tokenStart]);
    expect(s.end).toBe(end[s.tokenEnd - 1]);
    expect(doc.text.slice(s.start, s.end)).not.toContain('\n');
    expect(s.paragraph).toBeGreaterThanOrEqual(previousParagraph);
    for (let t = s.tokenStart; t < s.tokenEnd; t++) expect(sentence[t]).toBe(k);
    previousSentenceEnd = s.end;
    previousParagraph = s.paragraph;
  });
  // Every token belongs to a sentence: the sentences tile the token table.
  expect(doc.sentences.reduce((sum, s) => sum + s.tokenEnd - s.tokenStart, 0)).toBe(n);
}

describe('segment on news text', () => {
  const doc = segmented(
    'SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .\nLONDON 1996-08-30\n' +
      'Anthony Blinken arrived in Baghdad on a C-17 transport aircraft. He met the Iraqi Prime Minister, Mohammed al-Sudani.\n\n' +
      'Blinken reaffirmed the “commitment” of the U.S. to work with Iraq.',
  );

  it('ends a sentence at every line break: headlines and datelines have no period', () => {
    expect(sentenceTexts(doc)).toEqual([
      'SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .',
      'LONDON 1996-08-30',
      'Anthony Blinken arrived in Baghdad on a C-17 transport aircraft.',
      'He met the Iraqi Prime Minister, Mohammed al-Sudani.',
      'Blinken reaffirmed the “commitment” of the U.S. to work with Iraq.',
    ]);
  });

  it('numbers paragraphs by line', () => {
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 1, 2, 2, 3]);
  });

  it('gives tokens with exact offsets, POS tags, lower-case norms and lemmas', () => {
    checkLayers(doc);
    const tokens = tokenTexts(doc);
    expect(tokens).toContain('C-17');
    expect(tokens).toContain('“');
    expect(tokens).toContain('U.S.');
    const arrived = tokens.indexOf('arrived');
    expect(doc.tokens.pos[arrived]).toBe('VERB');
    expect(doc.tokens.lemma[arrived]).toBe('arrive');
    const blinken = tokens.indexOf('Blinken');
    expect(doc.tokens.pos[blinken]).toBe('PROPN');
    expect(doc.tokens.norm[blinken]).toBe('blinken');
  });

  it('tokenizes contractions and possessives with their surface in the text', () => {
    const d = segmented("Iran's envoy said they wasn't told, and can't go.");
    checkLayers(d);
    expect(tokenTexts(d)).toEqual(['Iran', "'s", 'envoy', 'said', 'they', 'was', "n't", 'told', ',', 'and', 'ca', "n't", 'go', '.']);
    const nt = tokenTexts(d).indexOf("n't");
    expect(d.tokens.norm[nt]).toBe('not');
  });
});

describe('exact offsets on awkward text', () => {
  it('after emoji and other surrogate pairs', () => {
    const d = segmented('Fans 😀👍🏽 cheered 𝐁𝐚𝐠𝐡𝐝𝐚𝐝. Blinken waved 🇮🇶 and left.');
    checkLayers(d);
    expect(tokenTexts(d)).toContain('Blinken');
    expect(tokenTexts(d)).toContain('left');
  });

  it('after CRLF, NBSP and HTML were cleaned away', () => {
    const d = segmented('<p>Blinken&nbsp;met al-Sudani.</p>\r\n<p>They talked &amp; agreed.</p>');
    checkLayers(d);
    expect(sentenceTexts(d)).toEqual(['Blinken met al-Sudani.', 'They talked & agreed.']);
  });

  it('with a huge token, which becomes one token of its own', () => {
    const huge = 'x'.repeat(50_000);
    const d = segmented(`He said ${huge} twice.`);
    checkLayers(d);
    expect(tokenTexts(d)).toEqual(['He', 'said', huge, 'twice', '.']);
  });

  it.each(['', '   ', '\n\n\t\n', '.', '“', '\u200b'])('on %j', (raw) => {
    const d = segmented(raw);
    checkLayers(d);
  });
});

describe('segment on arbitrary input (property)', () => {
  it('never throws; sentences and tokens are inside the text, sorted and non-overlapping', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 250 }), (raw) => {
        checkLayers(segmented(raw));
      }),
      { numRuns: 200 },
    );
  });

  it('covers every non-space character of news-like text with a token', () => {
    const pieces = ['Blinken', ' said', ' “', '”', '"', "'", ' 2,500', ' troops', ' in Iraq', '.', ',', '\n', ' ', 'U.S.', ' C-17', ' 😀', '(', ')', '—', ' e-mail', ' http://x.org/a?b=1'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const d = segmented(parts.join(''));
        checkLayers(d);
        const covered = new Uint8Array(d.text.length);
        for (let i = 0; i < d.tokens.start.length; i++) covered.fill(1, d.tokens.start[i], d.tokens.end[i]);
        for (let c = 0; c < d.text.length; c++) if (d.text[c].trim()) expect(covered[c], `char ${c} of ${JSON.stringify(d.text)}`).toBe(1);
      }),
      { numRuns: 150 },
    );
  });
});

describe('maskLongRuns', () => {
  /** The mask as a pattern alone makes it: every run of 129 or more non-space characters. */
  const byPattern = (text: string): string => text.replace(/\S{129,}/g, (run) => 'X' + ' '.repeat(run.length - 1));

  it('hides a run of 129 characters and keeps one of 128', () => {
    const text = `Runs ${'a'.repeat(128)} and ${'b'.repeat(129)} end.`;
    const { masked, runs } = maskLongRuns(text);
    expect(masked).toBe(`Runs ${'a'.repeat(128)} and X${' '.repeat(128)} end.`);
    expect([...runs]).toEqual([[138, 267]]);
  });

  it('masks exactly what the pattern masks, whatever spaces cut the runs', () => {
    const space = fc.constantFrom(' ', '\n', '\u00a0', '\u2028', '\u2029', '\ufeff', '\u1680', '\u3000', '\u205f');
    // Characters that are no space to the pattern, some of them spaces elsewhere (U+0085, U+200B, U+180E).
    const other = fc.constantFrom('a', 'é', '😀', '\u0085', '\u200b', '\u180e', 'x'.repeat(70));
    const piece = fc.oneof({ arbitrary: other, weight: 4 }, { arbitrary: space, weight: 1 });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(maskLongRuns(text).masked).toBe(byPattern(text));
      }),
      { numRuns: 1000 },
    );
  });
});
