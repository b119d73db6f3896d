import { describe, expect, it } from 'vitest';
import type { Claim, Doc } from '../../src/model/doc.js';
import { readThrough } from '../pipeline.js';

const read = (raw: string): Doc => readThrough('claims', raw);

/** The claims of a text, reduced to what a reader asks of them. */
function claimsOf(raw: string): Array<Pick<Claim, 'type' | 'predicate' | 'speakerText' | 'object' | 'polarity' | 'modality'>> {
  return read(raw).claims.map(({ type, predicate, speakerText, object, polarity, modality }) => ({ type, predicate, speakerText, object, polarity, modality }));
}

const SEED = [
  'After Jordan and Turkey, the US Secretary of State Anthony Blinken visited today the Iraq.',
  'At the end of the talks, Blinken reaffirmed the “commitment” of the US “to work with Iraq on security and to always work for Iraqi sovereigntyin order to ensure that the country is “strengthened and protected”.',
  'The US Secretary of State also promised that Washington, which maintains about 2,500 troops in Iraq and 900 in Syriawill work to prevent any strengthening and re-emergence of the Islamic State (IK).',
  'Since last Sunday, and the fall of Assad, the Iraqi government demanded “respect” for the will of the Syrian people but also for the territorial integrity of Syria.',
  'Iraq, led by a coalition of mainly Shiite political parties, is a major factor in, called by Iran, “Axis of Resistance”, which includes Hamas in the Gaza Strip.',
].join('\n');

describe('claims: the seed article', () => {
  const doc = read(SEED);
  const byType = (type: string): Claim[] => doc.claims.filter((c) => c.type === type);
  const canonical = (c: Claim | undefined): string | null => (c && c.speaker !== null ? doc.entities[c.speaker].canonical : null);

  it("Blinken's reaffirmed commitment, without its quotation marks", () => {
    const [c] = byType('commitment');
    expect(c).toMatchObject({ predicate: 'reaffirm', speakerText: 'Blinken', polarity: 'positive' });
    expect(c.object.startsWith('the commitment of the US to work with Iraq on security')).toBe(true);
    expect(c.object).not.toMatch(/[“”"]/);
    expect(canonical(c)).toBe('Anthony Blinken');
  });

  it('the promise about the Islamic State, by the Secretary of State resolved to Anthony Blinken', () => {
    const [c] = byType('promise');
    expect(c).toMatchObject({ predicate: 'promise', speakerText: 'The US Secretary of State', modality: 'will' });
    expect(c.object).toMatch(/Islamic State/);
    expect(canonical(c)).toBe('Anthony Blinken');
    // The evidence is the sentence holding it, with the troop counts inside it.
    expect(doc.text.slice(c.start, c.end).startsWith('The US Secretary of State also promised')).toBe(true);
    expect(c.quantities.map((i) => doc.quantities[i].value)).toEqual([2500, 900]);
  });

  it("the Iraqi government's demand for respect", () => {
    const [c] = byType('demand');
    expect(c).toMatchObject({ predicate: 'demand', speakerText: 'the Iraqi government', modality: null });
    expect(c.object.startsWith('respect for the will of the Syrian people')).toBe(true);
    expect(canonical(c)).toBe('Iraq');
    expect(c.places.map((i) => doc.entities[i].canonical)).toContain('Syria');
  });

  it('“Axis of Resistance” is a term, not a claim', () => {
    expect(doc.claims.some((c) => c.object.includes('Axis of Resistance'))).toBe(false);
  });

  it('Washington maintains about 2,500 troops in Iraq and 900 in Syria: one quantity claim holding both counts', () => {
    const q = byType('quantity');
    expect(q.map((c) => [c.speakerText, c.predicate, c.object])).toEqual([['Washington', 'maintain', 'about 2,500 troops in Iraq and 900 in Syria']]);
    expect(q[0].quantities.map((i) => doc.quantities[i].value)).toEqual([2500, 900]);
    expect(q[0].places.map((i) => doc.entities[i].canonical)).toEqual(['Iraq', 'Syria']);
  });

  it('keeps claims in text order and every index pointing into its layer', () => {
    const starts = doc.claims.map((c) => c.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const c of doc.claims) {
      for (const i of c.quantities) expect(doc.quantities[i]).toBeDefined();
      for (const i of c.times) expect(doc.times[i]).toBeDefined();
      for (const i of c.places) expect(doc.entities[i].type).toBe('PLACE');
      if (c.quote !== undefined) expect(doc.quotes[c.quote].kind).not.toBe('term');
    }
  });
});

describe('claims: types by cue family', () => {
  const cases: Array<[string, string, string]> = [
    ['The spokesman said the embassy would stay open.', 'statement', 'say'],
    ['She told reporters that the vote was fair.', 'statement', 'tell'],
    ['The minister added that more aid was on its way.', 'statement', 'add'],
    ['The donors pledged to rebuild the hospital.', 'commitment', 'pledge'],
    ['The president vowed to punish those responsible.', 'commitment', 'vow'],
    ['The mayor promised that the water would be safe by Friday.', 'promise', 'promise'],
    ['Protesters demanded the release of the detained journalists.', 'demand', 'demand'],
    ['The UN urged Israel to allow more aid into Gaza.', 'demand', 'urge'],
    ['The opposition called for early elections.', 'demand', 'call'],
    ['The rebels agreed to a ceasefire in the north.', 'agreement', 'agree'],
    ['The ministry denied that any civilians had been hurt.', 'denial', 'deny'],
    ['The court rejected the appeal of the former governor.', 'denial', 'reject'],
    ['Experts warned that the dam could collapse.', 'warning', 'warn'],
    ['The government decided to close the schools for a week.', 'decision', 'decide'],
  ];
  for (const [sentence, type, predicate] of cases) {
    it(`${type}: ${sentence}`, () => {
      expect(claimsOf(sentence)).toContainEqual(expect.objectContaining({ type, predicate }));
    });
  }

  it('the two halves of a split quotation are one statement', () => {
    const cs = claimsOf('“It is going well so far,” Ross said, “and the police are doing their jobs.”');
    expect(cs).toEqual([
      { type: 'statement', predicate: 'say', speakerText: 'Ross', object: 'It is going well so far, and the police are doing their jobs.', polarity: 'positive', modality: null },
    ]);
  });
});

describe('claims: polarity', () => {
  // A refusal negates what is refused (DESIGN.md: "Polarity negative for ... refused to"); it denies no claim.
  it('refused to', () => {
    expect(claimsOf('Mook refused to speculate on the events following the election.')).toEqual([
      expect.objectContaining({ type: 'statement', predicate: 'refuse', polarity: 'negative' }),
    ]);
  });

  // The denial is the type; the denial itself is not negated (corpus/README.md: negative when the claim is negated).
  it('denied that', () => {
    expect(claimsOf('The Kremlin denied that its troops had crossed the border.')).toEqual([
      expect.objectContaining({ type: 'denial', polarity: 'positive', object: 'that its troops had crossed the border' }),
    ]);
  });

  it('never denied', () => {
    expect(claimsOf('The Kremlin has never denied that its troops crossed the border.')).toEqual([
      expect.objectContaining({ type: 'denial', polarity: 'negative' }),
    ]);
  });

  it('"no" and "nobody" opening the claimed clause', () => {
    expect(claimsOf('“Nobody will be left behind,” the minister promised.')[0]).toMatchObject({ type: 'promise', polarity: 'negative' });
    expect(claimsOf('Ortega said no farmer would lose access to water.')[0]).toMatchObject({ polarity: 'negative' });
  });

  it('did not say', () => {
    expect(claimsOf('The general did not say how many soldiers had died.')).toEqual([
      expect.objectContaining({ predicate: 'say', polarity: 'negative' }),
    ]);
  });

  it('chose not to', () => {
    expect(claimsOf('Iraq chose not to allow Shiite militias to intervene in Syria.')).toEqual([
      expect.objectContaining({ type: 'decision', predicate: 'choose', polarity: 'negative' }),
    ]);
  });

  it('a negation in an earlier clause of the same subject belongs to that clause', () => {
    const cs = claimsOf('Finance Minister Amina Bello said the government would not raise fuel prices again this year and promised cash transfers of 25,000 naira to 15 million households.');
    expect(cs.map((c) => [c.type, c.polarity])).toEqual([
      ['statement', 'negative'],
      ['promise', 'positive'],
    ]);
  });

  it('"no" inside a condition does not negate the claim', () => {
    expect(claimsOf('She added that Hungary could lose the funds for good if no deal is reached by 31.12.2025.')[0]).toMatchObject({ polarity: 'positive', modality: 'could' });
  });

  it('a plain statement is positive', () => {
    expect(claimsOf('The spokesman said the embassy would stay open.')[0].polarity).toBe('positive');
  });
});

describe('claims: modality', () => {
  const cases: Array<[string, string | null]> = [
    ['The spokesman said the embassy would stay open.', 'would'],
    ['Officials said the talks could resume next week.', 'could'],
    ['The agency said prices may rise again in the spring.', 'may'],
    ['The judge said the company must pay the fine.', 'must'],
    ['The minister said the army will withdraw from the city.', 'will'],
    ['The envoy said the talks should continue.', 'should'],
    ['The spokesman said the embassy stayed open.', null],
  ];
  for (const [sentence, modality] of cases) {
    it(`${modality ?? 'none'}: ${sentence}`, () => {
      expect(claimsOf(sentence)[0]?.modality).toBe(modality);
    });
  }

  it('"the will of the people" is no modal', () => {
    expect(claimsOf('The council demanded respect for the will of the people.')[0]?.modality).toBeNull();
  });
});

describe('claims: odd input', () => {
  it('empty text and text without statements give no claims and no error', () => {
    for (const raw of ['', '   ', '“”', 'The weather was fine.']) {
      const doc = read(raw);
      expect(doc.claims).toEqual([]);
      expect(doc.messages.filter((m) => m.stage === 'claims')).toEqual([]);
    }
  });
});
