import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import winkNLP, { type ItsFunction } from 'wink-nlp';
import { allCorpusEntries } from '../../src/eval/corpus.js';
import { FreshWink, type Its } from '../../src/text/wink-fresh.js';
import { segmentModel } from '../../src/text/wink-model.js';

/*
 * FreshWink reads each text as a wink instance that never read anything else: the same tokens, POS, normals,
 * lemmas and sentences, whatever it read before and however often it was rebuilt.
 */

const texts = allCorpusEntries().map((e) => readFileSync(e.articlePath, 'utf8'));

type WinkDoc = ReturnType<ReturnType<typeof winkNLP>['readDoc']>;

function layers(doc: WinkDoc, its: Its): string {
  const t = doc.tokens();
  const fields = [its.value, its.precedingSpaces, its.pos, its.normal, its.lemma as unknown as ItsFunction<string>, its.type];
  return JSON.stringify([...fields.map((f) => t.out(f)), doc.sentences().out(its.span)]);
}

/** What a new wink instance, which has read nothing, reads in `text`. */
function fresh(text: string): string {
  const wink = winkNLP(segmentModel(), ['sbd', 'pos']);
  return layers(wink.readDoc(text), wink.its);
}

/** Each word of `text` before a comma: wink learns such words whole. */
const commas = (text: string): string => text.split(/\s+/).map((w) => `${w},`).join(' ');

describe('FreshWink', () => {
  it('reads a text as a new instance does, after reading others that teach wink its words', () => {
    const wink = new FreshWink(segmentModel(), ['sbd', 'pos']);
    const sample = texts.filter((t) => /\p{L}’s /u.test(t)).slice(0, 4);
    expect(sample.length).toBeGreaterThan(0);
    for (const text of sample) {
      wink.read(commas(text), () => null);
      expect(wink.read(text, layers)).toBe(fresh(text));
    }
  });

  it('reads the same when rebuilt every few texts as when never rebuilt', () => {
    const once = new FreshWink(segmentModel(), ['sbd', 'pos']);
    const often = new FreshWink(segmentModel(), ['sbd', 'pos'], 40);
    for (const text of [...texts, ...texts]) expect(often.read(text, layers)).toBe(once.read(text, layers));
    expect(once.builds).toBe(1);
    // ~20 or more instances in one process: the package's custom-entity loader used to break the ~20th.
    expect(often.builds).toBeGreaterThan(20);
  });
});
