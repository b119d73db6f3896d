import { describe, expect, it } from 'vitest';
import { clean } from '../../src/stages/clean.js';
import { createDoc } from '../../src/model/create.js';
import { spanToRaw } from '../../src/text/offset-map.js';

const cleanedText = (raw: string): string => clean(createDoc({ id: 't', source: 'test', published: '2025-03-04', title: null, raw })).text;

describe('glued words after less-known and multi-word names', () => {
  it('splits a town a lexicon knows before a function word of three letters or more', () => {
    expect(cleanedText('Trucks moved cargo between Zeebruggeand Hamburg on Monday.')).toContain('between Zeebrugge and Hamburg');
  });

  it('splits after a city known by its English name', () => {
    expect(cleanedText('He arrived in Genevaby train on Monday.')).toContain('in Geneva by train');
  });

  it('splits the last word of a multi-word name, even one that is a name alone', () => {
    // "Marand" is a town in Iran; after "Viña del" it is "Viña del Mar" and "and".
    const raw = 'Fires burned near Viña del Marand Quilpué on Sunday.';
    const doc = clean(createDoc({ id: 't', source: 'test', published: '2025-03-04', title: null, raw }));
    expect(doc.text).toContain('Viña del Mar and Quilpué');
    const at = doc.text.indexOf('Mar and');
    const span = spanToRaw(doc.offsets, { start: at, end: at + 'Mar and'.length });
    expect(raw.slice(span.start, span.end)).toBe('Marand');
    expect(cleanedText('Voters in Quebec Cityon Monday backed her.')).toContain('Quebec City on Monday');
  });

  it('splits a place glued to a common word when the article names the place apart', () => {
    expect(cleanedText('The Perthhead office will close. Perth staff were told on Monday.')).toContain('The Perth head office');
  });

  it('keeps brands and names made of a place and a word', () => {
    for (const raw of [
      'They flew Icelandair to Reykjavik. Iceland is cold.',
      'Kievstar said its network in Kiev was down.',
      'They ate in Chinatown near Holland Park. China was far.',
      'Mayor Anne Bergeron met Dan Jenson and Normand Roy.',
    ]) {
      expect(cleanedText(raw)).toBe(raw);
    }
    // A name written whole elsewhere in the article is a name: "Viña del Marand" twice is no accident.
    const twice = 'Viña del Marand is a band. Viña del Marand played on Sunday.';
    expect(cleanedText(twice)).toBe(twice);
  });
});
