import { deepStrictEqual } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import winkNLP, { type ItsFunction } from 'wink-nlp';
import { projectPath } from '../../src/paths.js';
import { loadCoreModel, segmentModel } from '../../src/text/wink-model.js';

/*
 * The lean wink model must be the package's model for everything the segment stage reads: the same core model
 * (every table, typed array and hash, in the same key order) and, over real news text, the same tokens, spaces,
 * POS tags, normals, lemmas and sentences as winkNLP over the package's own model.
 */

const require = createRequire(import.meta.url);
const packageModel = require('wink-eng-lite-web-model') as Parameters<typeof winkNLP>[0] & { core(): unknown };

describe('lean wink model', () => {
  it('builds the same core model as the package', () => {
    const ours = loadCoreModel() as { features: { lexeme: { hash: Record<string, number> } } };
    const theirs = packageModel.core() as typeof ours;
    deepStrictEqual(ours, theirs);
    // deepStrictEqual ignores key order; wink's tables are read by key, but keep the order too.
    expect(Object.keys(ours.features.lexeme.hash)).toEqual(Object.keys(theirs.features.lexeme.hash));
  });

  it('reads news articles as the package model does', () => {
    const ours = winkNLP(segmentModel(), ['sbd', 'pos']);
    const theirs = winkNLP(packageModel, ['sbd', 'pos']);
    const dir = projectPath('corpus', 'articles');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, 6);
    expect(files.length).toBeGreaterThan(0);
    const its = theirs.its;
    const fields = [its.value, its.precedingSpaces, its.pos, its.normal, its.lemma as unknown as ItsFunction<string>, its.type];
    for (const file of files) {
      const text = readFileSync(`${dir}/${file}`, 'utf8');
      const a = ours.readDoc(text);
      const b = theirs.readDoc(text);
      for (const f of fields) expect(a.tokens().out(f)).toEqual(b.tokens().out(f));
      expect(a.sentences().out(its.span)).toEqual(b.sentences().out(its.span));
      expect(a.tokens().length()).toBeGreaterThan(100);
    }
  });
});
