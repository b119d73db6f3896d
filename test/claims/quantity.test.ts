import { describe, expect, it } from 'vitest';
import { claimsOf, read } from './read.js';

const counted = (raw: string) => claimsOf(raw).filter((c) => c.type === 'quantity');

describe('quantity claims: counted facts about a named entity', () => {
  it('a second count of the same fact joins the first; a coordinated verb keeps the subject', () => {
    const text =
      'The German car manufacturer Voltara Motors announced on Tuesday that it will cut 3,500 jobs in Germany.\n' +
      'Voltara employs about 41,000 people worldwide, 18,000 of them in Germany, and sold 620,000 cars in 2024, a drop of 12 percent.';
    expect(counted(text)).toEqual([
      expect.objectContaining({ speaker: 'Voltara Motors', predicate: 'employ', object: 'about 41,000 people worldwide, 18,000 of them in Germany' }),
      expect.objectContaining({ speaker: 'Voltara Motors', predicate: 'sell', object: '620,000 cars in 2024, a drop of 12 percent' }),
    ]);
    const doc = read(text);
    expect(doc.claims.filter((c) => c.type === 'quantity').map((c) => c.quantities.length)).toEqual([2, 2]);
  });

  it('an aside about a named entity inside a reported clause', () => {
    const text = 'He also promised that Washington, which maintains about 2,000 troops in Iraq and 700 in Syria, will help the Iraqi army.';
    expect(counted(text)).toEqual([expect.objectContaining({ speaker: 'Washington', predicate: 'maintain', object: 'about 2,000 troops in Iraq and 700 in Syria' })]);
  });

  it('a relative clause after a name that the phrase scan cuts ("Coalition for Change")', () => {
    expect(counted('The opposition alliance Coalition for Change, which got about 37 percent, rejected the results.')).toEqual([
      expect.objectContaining({ speaker: 'Coalition for Change', predicate: 'get', object: 'about 37 percent' }),
    ]);
  });

  it('a count inside what someone said belongs to the statement', () => {
    expect(counted('Moore said inflation would fall to 2.1 percent next year and that the government will build 1.5 million homes by 2029.')).toEqual([]);
    expect(counted('Chief executive Rohan Kapoor said the plant was losing £1.2m a day and that output had fallen 18 per cent in 2024.')).toEqual([]);
  });

  it('plans and possibilities are no facts', () => {
    expect(counted('Carmaker Voltara to cut 3,500 jobs in Germany, union threatens strikes')).toEqual([]);
    expect(counted('Victor Rusu signed an agreement with Transgaz Nord, which will deliver about 400 million cubic metres of gas to Moldova.')).toEqual([]);
  });

  it('a subject that is no name, or a name inside a prepositional phrase, gives no claim', () => {
    expect(counted('The central bank raised rates again as annual inflation reached 31.2 percent in July.')).toEqual([]);
    expect(counted('The collapse of a railway station canopy in Novi Sad killed 16 people on 01.11.2024.')).toEqual([]);
  });
});
