import { describe, expect, it } from 'vitest';
import { claimsOf } from './read.js';

describe('claims from acts without a reported clause', () => {
  it('a headline agreement of two parties: one claim each', () => {
    expect(claimsOf('Romania and Moldova sign gas deal as Chisinau fears shortages')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'agreement', predicate: 'sign', speaker: 'Romania', object: 'gas deal' }),
        expect.objectContaining({ type: 'agreement', predicate: 'sign', speaker: 'Moldova', object: 'gas deal' }),
      ]),
    );
  });

  it('coordinated speakers with titles, and the infinitive after the dates and places', () => {
    const cs = claimsOf('Greek Foreign Minister Nikos Petridis and his Turkish counterpart Kemal Aydın agreed on Monday in Ankara at a long meeting to create a joint hotline between their coast guards.');
    expect(cs.map((c) => [c.type, c.speaker, c.object]).sort()).toEqual([
      ['agreement', 'Kemal Aydın', 'to create a joint hotline between their coast guards'],
      ['agreement', 'Nikos Petridis', 'to create a joint hotline between their coast guards'],
    ]);
  });

  it('a speaker phrase naming two parties: one claim each, the same content', () => {
    const cs = claimsOf('Measles cases in the European region rose to 127,000 in 2024, up from 42,000 in 2023, the World Health Organization and UNICEF said in a joint report on Thursday.');
    expect(cs.filter((c) => c.type === 'statement').map((c) => c.speaker).sort()).toEqual(['UNICEF', 'World Health Organization']);
  });

  it('a judgement on a thing named after the verb is a statement', () => {
    expect(claimsOf('The European Commission welcomed the agreement.')).toEqual([
      expect.objectContaining({ type: 'statement', predicate: 'welcome', speaker: 'European Commission', object: 'the agreement' }),
    ]);
  });

  it('a rate decision, in the headline and in the body, by the bank the headline describes', () => {
    const cs = claimsOf(
      'Nigeria’s central bank raises rates again as inflation tops 30 percent\n\nAbuja – The Central Bank of Nigeria raised its benchmark interest rate by 50 basis points to 27.75 percent on Tuesday, the fifth increase since February 2024.',
    );
    expect(cs).toEqual([
      expect.objectContaining({ type: 'decision', predicate: 'raise', speaker: 'Central Bank of Nigeria', object: 'rates again' }),
      expect.objectContaining({ type: 'decision', predicate: 'raise', speaker: 'Central Bank of Nigeria', object: 'its benchmark interest rate by 50 basis points to 27.75 percent on Tuesday' }),
    ]);
  });

  it('a rejection across an appositive, ending before the next verb', () => {
    expect(claimsOf('Kataib al-Nasr, an armed group close to Iran, rejected the talks and warned that it “will not accept foreign troops on Iraqi soil.')).toContainEqual(
      expect.objectContaining({ type: 'denial', predicate: 'reject', speaker: 'Kataib al-Nasr', object: 'the talks' }),
    );
  });

  it('headline verbs the tagger reads as nouns, with a shared or a described subject', () => {
    expect(claimsOf('Students lead huge march in Belgrade, demand resignations')).toEqual([expect.objectContaining({ type: 'demand', speaker: 'Students', object: 'resignations' })]);
    const cs = claimsOf('Carmaker Voltara to cut 3,500 jobs in Germany, union threatens strikes\n\nThe metalworkers union IG Forte demanded that the management withdraw the plan.');
    expect(cs).toContainEqual(expect.objectContaining({ type: 'warning', predicate: 'threaten', speaker: 'IG Forte', object: 'strikes' }));
    expect(cs.filter((c) => c.predicate === 'cut')).toEqual([]); // "to cut": a plan, no act
  });

  it('a headline clause after "as" with its own subject', () => {
    expect(claimsOf('Chancellor promises £22 billion for NHS as opposition warns of tax rises')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'promise', object: '£22 billion for NHS' }),
        expect.objectContaining({ type: 'warning', speaker: 'opposition', object: 'tax rises' }),
      ]),
    );
  });

  it('verbs that are acts only in one use', () => {
    expect(claimsOf('The start-up raised $65 million from investors last year.')).toEqual([]); // money, not a rate
    expect(claimsOf('The government raised the minimum wage by 6 percent.')).toEqual([
      expect.objectContaining({ type: 'decision', predicate: 'raise', object: 'the minimum wage by 6 percent' }),
    ]);
    expect(claimsOf('The suspect committed fraud to open bank accounts.')).toEqual([]); // no "committed to"
    expect(claimsOf('The ministry set up a hotline for farmers.')).toEqual([]); // a particle, no object
    expect(claimsOf('The senator was elected president of the committee.')).toEqual([]); // a passive
  });

  it('a subject before a relative clause holding a number ("Andes Cobre, which employs 9,000 people, rejected")', () => {
    expect(claimsOf('The mining company Andes Cobre, which employs 9,000 people, rejected the law and warned that it would delay a $2 billion expansion.')).toContainEqual(
      expect.objectContaining({ type: 'denial', predicate: 'reject', speaker: 'Andes Cobre', object: 'the law' }),
    );
  });

  it('"warn of" with a plural common noun as subject, a royalty raised by a country', () => {
    expect(claimsOf('Chile raises copper royalty as miners warn of job losses')).toEqual([
      expect.objectContaining({ type: 'decision', predicate: 'raise', speaker: 'Chile', object: 'copper royalty' }),
      expect.objectContaining({ type: 'warning', predicate: 'warn', speaker: 'miners', object: 'job losses' }),
    ]);
  });

  it('an act the article relays with its source after it is a claim too; one in quoted words is not', () => {
    const cs = claimsOf('Lisbon – Portugal’s parliament approved on Tuesday a law that limits rent increases to 2 percent a year, Housing Minister Inês Moreira announced.');
    expect(cs).toContainEqual(expect.objectContaining({ type: 'decision', predicate: 'approve', speaker: 'Portugal\'s parliament', object: 'a law that limits rent increases to 2 percent a year' }));
    expect(cs).toContainEqual(expect.objectContaining({ type: 'statement', predicate: 'announce', speaker: 'Inês Moreira' }));
    expect(claimsOf('“They promised no new taxes. They broke that promise,” he said.').map((c) => c.predicate)).toEqual(['say']);
  });

  it('no act in what someone said might happen', () => {
    expect(claimsOf('The government would raise taxes, the minister said.').filter((c) => c.type === 'decision')).toEqual([]);
  });
});

describe('claims: the verb and the head of what is claimed', () => {
  it('the verb right before the content, not an earlier one of the same subject', () => {
    expect(claimsOf('Ukrainian Prime Minister Oleh Marchenko thanked the donors but warned that the country needs at least $500 billion to rebuild.')).toEqual([
      expect.objectContaining({ type: 'warning', predicate: 'warn', speaker: 'Oleh Marchenko' }),
    ]);
  });

  it('a decree announced is a decision, its head noun part of the object', () => {
    expect(claimsOf('Brasília – Brazilian Environment Minister Luísa Carvalho announced on Monday a decree that suspends new cattle ranching permits in 120 municipalities of the Amazon for two years.')).toEqual([
      expect.objectContaining({ type: 'decision', predicate: 'announce', speaker: 'Luísa Carvalho', object: expect.stringMatching(/^a decree that suspends/) }),
    ]);
  });

  it('reported counts are counted facts, one for each country ranked', () => {
    expect(claimsOf('Romania reported the most cases, about 30,000, followed by Kazakhstan with 28,000.').sort((a, b) => a.speaker!.localeCompare(b.speaker!))).toEqual([
      expect.objectContaining({ type: 'quantity', predicate: 'report', speaker: 'Kazakhstan', object: '28,000' }),
      expect.objectContaining({ type: 'quantity', predicate: 'report', speaker: 'Romania', object: 'the most cases, about 30,000' }),
    ]);
  });
});
