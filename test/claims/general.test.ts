import { describe, expect, it } from 'vitest';
import { claimsOf } from './read.js';

const view = (raw: string): Array<[string, string | null, string, string]> =>
  claimsOf(raw).map((c) => [c.type, c.speaker, c.object, c.polarity] as [string, string | null, string, string]);

describe('headline claims', () => {
  it('"X denies A, says B": two claims by X, neither holding the other', () => {
    expect(view('Egypt denies bread subsidy cuts, says prices will stay at 20 piastres\n\nThe ministry spoke on Sunday.')).toEqual(
      expect.arrayContaining([
        ['denial', 'Egypt', 'bread subsidy cuts', 'positive'],
        ['statement', 'Egypt', 'prices will stay at 20 piastres', 'positive'],
      ]),
    );
  });

  it('"X rejects A, says B": the clause after "says" is what X says, not a speaker', () => {
    const cs = view('Peru rejects mining levy, says investors need stability\n\nThe bill was tabled in May.');
    expect(cs).toEqual(expect.arrayContaining([['statement', 'Peru', 'investors need stability', 'positive'], ['denial', 'Peru', 'mining levy', 'positive']]));
    expect(cs.map((c) => c[1])).not.toContain('investors need stability');
  });

  it('the object stops before a clause of circumstance', () => {
    expect(view('Dockers vow to strike as talks with port operator collapse\n\nThe union met on Monday.')).toEqual(
      expect.arrayContaining([['commitment', 'Dockers', 'to strike', 'positive']]),
    );
  });

  it('a number with a thousands comma is never cut at its comma', () => {
    const cs = claimsOf('Ghana raises fuel levy to 1,500 cedis per tonne\n\nThe finance ministry announced the change on Friday.');
    expect(cs.find((c) => c.predicate === 'raise')?.object).toBe('fuel levy to 1,500 cedis per tonne');
  });
});

describe('the speaker is the entity, not the phrase', () => {
  it('a person before "of" and an organisation', () => {
    expect(view('Economist Jane Roe of Westbrook University said inflation would ease by the summer.')[0][1]).toBe('Jane Roe');
  });

  it('a relative pronoun stands for the phrase before it, and the main clause holds what was said', () => {
    expect(view('Two officials who said they were not authorised to speak publicly said the talks had stalled.')).toEqual([
      ['statement', 'Two officials', 'the talks had stalled', 'positive'],
    ]);
  });
});

describe('coordination', () => {
  it('a shared verb with two parties and two counts: one claim per party', () => {
    expect(view('Germany pledged €25 million and Britain another £10 million for the reconstruction fund on Monday.').sort()).toEqual([
      ['commitment', 'Germany', '€25 million', 'positive'],
      ['commitment', 'United Kingdom', 'another £10 million for the reconstruction fund on Monday', 'positive'],
    ]);
  });

  it('"Neither side agreed": a negative claim by each party named before', () => {
    expect(view('France and Italy met in Rome on Tuesday. Neither side agreed to lift the sanctions.').sort()).toEqual([
      ['agreement', 'France', 'to lift the sanctions', 'negative'],
      ['agreement', 'Italy', 'to lift the sanctions', 'negative'],
    ]);
  });
});

describe('acts of courts, governments and regulators', () => {
  it('a court clears, blocks or overturns: decisions', () => {
    const cs = view('The constitutional court cleared the merger on Wednesday. The appeals court overturned the ban on protests.');
    expect(cs.map((c) => c[0])).toEqual(['decision', 'decision']);
  });

  it('a government declares a state of emergency: a decision', () => {
    expect(view('The government declared a state of emergency in three provinces on Thursday.')[0][0]).toBe('decision');
  });

  it('a regulator fines a company: a decision', () => {
    expect(claimsOf('The competition regulator fined Telkor €4 million for abusing its dominant position.')).toEqual([
      expect.objectContaining({ type: 'decision', predicate: 'fine', speaker: 'The competition regulator' }),
    ]);
  });

  it('clearing by someone who is no court or regulator decides nothing', () => {
    expect(claimsOf('Volunteers cleared the debris from the square on Sunday.')).toEqual([]);
  });

  it('a passive act is no decision of its subject', () => {
    expect(claimsOf('A federal judge found the law unconstitutional, but his decision was overturned by an appeals court.').filter((c) => c.predicate === 'overturn')).toEqual([]);
  });

  it('"did not exclude an appeal": a statement with negative polarity; a describing "exclude" is none', () => {
    expect(view('The company did not exclude an appeal against the ruling.')).toEqual([['statement', 'The company', 'an appeal against the ruling', 'negative']]);
    expect(claimsOf('All the rates exclude the surtax on investment income.')).toEqual([]);
  });
});
