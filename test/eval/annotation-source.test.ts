import { describe, expect, it } from 'vitest';
import { AnnotationError, compileAnnotations } from '../../src/eval/annotation-source.js';

const text = 'Minister Anna Berg met the Foreign Minister of Estavia in Vilniuson Monday. He said she would visit Estavia.';

describe('compiling hand-written annotations', () => {
  it('finds surfaces as whole words, in reading order, with context in brackets', () => {
    const gold = compileAnnotations(
      'x',
      text,
      '2025-03-04',
      ['E PLACE [Vilnius]on = Vilnius', 'E* PLACE Estavia = Estavia', 'E* PERSON Anna Berg = Anna Berg', 'R He = Tom Ek', 'R she = Anna Berg', 'D Vilnius[on Monday] = 2025-03-03'].join('\n'),
    );
    expect(gold.entities.map((e) => e.text)).toEqual(['Anna Berg', 'Estavia', 'Vilnius', 'Estavia']);
    // "he" inside "the" is not a match: the coref "He" is the sentence subject.
    expect(gold.coref.map((c) => [c.text, c.start])).toEqual([
      ['He', text.indexOf('He said')],
      ['she', text.indexOf('she')],
    ]);
    expect(gold.dates[0]).toMatchObject({ text: 'on Monday', value: '2025-03-03' });
  });

  it('reads quantities, quotes and claims', () => {
    const gold = compileAnnotations(
      'x',
      'About 300 soldiers left, “we will stay,” Berg said.',
      null,
      ['N About 300 soldiers = 300 soldiers ~', 'Q direct “we will stay,” = Anna Berg', 'C statement Anna Berg | say | positive | we will stay'].join('\n'),
    );
    expect(gold.quantities[0]).toMatchObject({ value: 300, unit: 'soldiers', approx: true });
    expect(gold.quotes[0]).toMatchObject({ kind: 'direct', speaker: 'Anna Berg' });
    expect(gold.claims[0]).toEqual({ speaker: 'Anna Berg', type: 'statement', predicate: 'say', polarity: 'positive', object: 'we will stay' });
  });

  it('names the line of a surface that is not in the article', () => {
    expect(() => compileAnnotations('x', text, null, '\nE PERSON Anna Bergen = Anna Bergen', 'x.ann')).toThrow(AnnotationError);
    expect(() => compileAnnotations('x', text, null, '\nE PERSON Anna Bergen = Anna Bergen', 'x.ann')).toThrow(/x\.ann:2/);
  });

  it('says when a surface is out of reading order', () => {
    expect(() => compileAnnotations('x', text, null, 'R she = Anna Berg\nR He = Tom Ek')).toThrow(/out of reading order/);
  });
});
