import { describe, expect, it } from 'vitest';
import type { GoldDoc } from '../../src/eval/gold.js';
import { emptyPrediction, type PredMention, type Prediction } from '../../src/eval/predict.js';
import { Scorer } from '../../src/eval/score.js';

const text =
  'The Foreign Minister Anna Berg said on 13.12.2024 that Norland will send about 300 soldiers to Estavia. "We will not abandon them," she told Radio Nord.';
const at = (surface: string, from = 0): { start: number; end: number; text: string } => {
  const start = text.indexOf(surface, from);
  if (start < 0) throw new Error(`not in text: ${surface}`);
  return { start, end: start + surface.length, text: surface };
};

function gold(layers: Partial<GoldDoc>): GoldDoc {
  return { id: 'd1', file: 'd1.json', line: 1, text, published: '2024-12-14', ...layers };
}
function prediction(p: Partial<Prediction>): Prediction {
  return { ...emptyPrediction(), ...p };
}
const name = (surface: string, type: string, canonical: string | null): PredMention => ({ ...at(surface), type, kind: 'name', canonical });

describe('scoring entities', () => {
  const g = gold({
    entities: [
      { ...at('Anna Berg'), type: 'PERSON', canonical: 'Anna Berg' },
      { ...at('Norland'), type: 'PLACE', canonical: 'Norland' },
      { ...at('Estavia'), type: 'PLACE', canonical: 'Estavia' },
      { ...at('Radio Nord'), type: 'ORG', canonical: 'Radio Nord' },
    ],
  });

  it('scores exact spans by type, overlap separately, and canonicals on exact matches', () => {
    const s = new Scorer(true);
    s.add(
      g,
      prediction({
        mentions: [
          name('Anna Berg', 'PERSON', 'Anna Berg'),
          name('Norland', 'PLACE', 'Northland'), // right span, wrong canonical
          name('Estavia', 'ORG', 'Estavia'), // wrong type
          name('Radio', 'ORG', 'Radio'), // partial: overlap only
          name('Foreign Minister', 'ORG', null), // false alarm
          { ...at('she'), type: 'PERSON', kind: 'pronoun', canonical: 'Anna Berg' }, // not a name: not scored here
        ],
      }),
    );
    const e = s.report().layers.entities!;
    expect(e.precision).toBeCloseTo(2 / 5);
    expect(e.recall).toBeCloseTo(2 / 4);
    expect(e.overlapF1).toBeCloseTo((2 * (3 / 5) * (3 / 4)) / (3 / 5 + 3 / 4));
    expect(e.canonicalAccuracy).toBeCloseTo(1 / 2);
    expect(e.byType.PERSON).toEqual({ precision: 1, recall: 1, f1: 1, support: 1 });
    expect(e.byType.PLACE.support).toBe(2);
    expect(e.byType.PLACE.recall).toBeCloseTo(1 / 2);
    expect(s.errors.map((x) => `${x.kind}:${x.text}`).sort()).toEqual(
      ['false alarm:Foreign Minister', 'false alarm:Radio', 'miss:Radio Nord', 'wrong canonical:Norland', 'wrong type:Estavia'].sort(),
    );
  });

  it('neither rewards nor punishes a name on a span the gold marks MISC', () => {
    const s = new Scorer();
    s.add(gold({ entities: [], ignoredEntities: [at('Radio Nord')] }), prediction({ mentions: [name('Radio Nord', 'ORG', null)] }));
    const e = s.report().layers.entities!;
    expect(e.predicted).toBe(0);
    expect(e.precision).toBe(1);
  });

  it('leaves out the layers no gold document has', () => {
    const s = new Scorer();
    s.add(g, emptyPrediction());
    expect(Object.keys(s.report().layers)).toEqual(['entities']);
    expect(s.report().documents).toBe(1);
  });
});

describe('scoring coref', () => {
  it('counts a pronoun right when the predicted mention there resolves to the gold person', () => {
    const s = new Scorer();
    const g = gold({ coref: [{ ...at('The Foreign Minister'), canonical: 'Anna Berg' }, { ...at('she'), canonical: 'Anna Berg' }] });
    s.add(
      g,
      prediction({
        mentions: [
          { ...at('Foreign Minister'), type: 'PERSON', kind: 'nominal', canonical: 'Anna Berg' },
          { ...at('she'), type: 'PERSON', kind: 'pronoun', canonical: 'Radio Nord' },
        ],
      }),
    );
    expect(s.report().layers.coref).toEqual({ accuracy: 0.5, support: 2 });
  });
});

describe('scoring quantities and dates', () => {
  it('needs the exact span for a match and the value and unit for a right value', () => {
    const s = new Scorer();
    s.add(
      gold({
        quantities: [{ ...at('about 300 soldiers'), value: 300, unit: 'soldiers', approx: true }],
        dates: [{ ...at('13.12.2024'), value: '2024-12-13' }],
      }),
      prediction({
        quantities: [
          { ...at('about 300 soldiers'), value: 300, unit: 'troops' },
          { ...at('13'), value: 13, unit: null },
        ],
        dates: [{ ...at('13.12.2024'), value: '2024-12-13' }],
      }),
    );
    const r = s.report().layers;
    expect(r.quantities).toMatchObject({ precision: 0.5, recall: 1, valueAccuracy: 0 });
    expect(r.dates).toMatchObject({ precision: 1, recall: 1, f1: 1, valueAccuracy: 1 });
  });
});

describe('scoring quotes', () => {
  const direct = at('"We will not abandon them,"');
  const indirect = at('that Norland will send about 300 soldiers to Estavia');
  const g = gold({
    quotes: [
      { ...direct, kind: 'direct', speaker: { canonical: 'Anna Berg' } },
      { ...indirect, kind: 'indirect', speaker: { span: at('The Foreign Minister Anna Berg') } },
    ],
  });

  it('matches by overlap, reports recall by kind, and checks speakers by span or canonical', () => {
    const s = new Scorer();
    s.add(
      g,
      prediction({
        quotes: [
          { ...at('We will not abandon them'), kind: 'direct', speaker: { ...at('she'), canonical: 'Anna Berg' } },
          { ...at('Norland will send about 300 soldiers'), kind: 'indirect', speaker: { ...at('Radio Nord'), canonical: 'Radio Nord' } },
          { ...at('Radio Nord'), kind: 'term', speaker: null }, // scare quotes are not statements: left out
        ],
      }),
    );
    const q = s.report().layers.quotes!;
    expect(q).toMatchObject({ precision: 1, recall: 1, speakerAccuracy: 0.5, predicted: 2 });
    expect(q.byKind).toEqual({ direct: { recall: 1, support: 1 }, indirect: { recall: 1, support: 1 } });
  });

  it('takes a speaker named by its words when no entity can stand for it', () => {
    const s = new Scorer();
    const quote = at('"We will not abandon them,"');
    s.add(
      gold({ quotes: [{ ...quote, kind: 'direct', speaker: { canonical: 'Radio Nord reporters' } }] }),
      prediction({ quotes: [{ ...quote, kind: 'direct', speaker: { ...at('Radio Nord'), text: 'the Radio Nord reporters', canonical: 'Radio Nord' } }] }),
    );
    expect(s.report().layers.quotes?.speakerAccuracy).toBe(1);
  });

  it('gives recall by kind for what was missed', () => {
    const s = new Scorer();
    s.add(g, prediction({ quotes: [{ ...direct, kind: 'direct', speaker: null }] }));
    const q = s.report().layers.quotes!;
    expect(q.byKind.indirect).toEqual({ recall: 0, support: 1 });
    expect(q.speakerAccuracy).toBe(0);
  });
});

describe('scoring claims', () => {
  it('matches on speaker (surname allowed), type and object words', () => {
    const s = new Scorer();
    s.add(
      gold({
        claims: [
          { speaker: 'Anna Berg', type: 'statement', predicate: 'say', object: 'Norland will send about 300 soldiers to Estavia', polarity: 'positive' },
          { speaker: 'Anna Berg', type: 'promise', predicate: 'tell', object: 'We will not abandon them', polarity: 'negative' },
        ],
      }),
      prediction({
        claims: [
          { speaker: 'Berg', speakerText: 'Berg', type: 'statement', predicate: 'say', object: 'Norland will send 300 soldiers', polarity: 'positive' },
          { speaker: 'Anna Berg', speakerText: 'she', type: 'statement', predicate: 'tell', object: 'We will not abandon them', polarity: 'negative' },
        ],
      }),
    );
    expect(s.report().layers.claims).toMatchObject({ precision: 0.5, recall: 0.5 });
  });
});
