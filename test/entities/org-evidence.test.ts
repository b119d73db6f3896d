import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/model/create.js';
import { clean } from '../../src/stages/clean.js';
import { segment } from '../../src/stages/segment.js';
import { entities } from '../../src/stages/entities.js';

/** The names the entities stage finds, as "TYPE:text". */
function names(raw: string): string[] {
  const doc = entities(segment(clean(createDoc({ id: 't', source: 'test', published: '2025-03-04', title: null, raw }))));
  return doc.mentions.filter((m) => m.kind === 'name').map((m) => `${m.type}:${m.text}`);
}

describe('companies named without a corporate suffix', () => {
  it('are organizations by the head noun of their name', () => {
    expect(names('Karoo Retail said on Tuesday it would close 40 stores.')).toContain('ORG:Karoo Retail');
    expect(names('Northwind Logistics will hire 200 drivers, chief executive Mark Ellis said.')).toEqual(['ORG:Northwind Logistics', 'PERSON:Mark Ellis']);
  });

  it('keep a person whose surname is such a word', () => {
    expect(names('Samantha Power met the delegation in Geneva on Monday.')).toContain('PERSON:Samantha Power');
  });

  it('are organizations in every mention when the article shows their shares, chief executive or employees', () => {
    expect(names('Redgum said it would cut 400 jobs at its nickel mine. Redgum shares fell 3 percent.')).toEqual(['ORG:Redgum', 'ORG:Redgum']);
    const found = names('Talvora will expand. The chief executive of Talvora, Sarah Long, said demand was strong.');
    expect(found).toEqual(['ORG:Talvora', 'ORG:Talvora', 'PERSON:Sarah Long']);
    expect(names('Investors cheered as Perth-based Quorrel reported a profit.')).toContain('ORG:Quorrel');
    expect(names('Quorrel, which employs 2,000 people in Ghana, reported a profit.')).toContain('ORG:Quorrel');
  });

  it('stay people where the article says so', () => {
    // An honorific vouches for a person, and "shares a flat" is no share price.
    expect(names('Mr. Redgate said he would cut his losses. Redgate shares a flat with two friends.').filter((n) => n.endsWith('Redgate'))).toEqual(['PERSON:Redgate', 'PERSON:Redgate']);
    expect(names('Mr. Redgate said he would sell. Redgate shares fell 2 percent.')).not.toContain('ORG:Redgate');
    // A vouched full name makes its surname a person: the shares are someone else's.
    expect(names('Anna Kovacs said Kovacs shares fell.')).not.toContain('ORG:Kovacs');
  });

  it('are organizations in every mention when a noun introduces one of them', () => {
    const found = names('Italian tyre and cables giant Corvelli on Friday announced a deal. Analysts said Corvelli would gain. Corvelli shares reacted well.');
    expect(found.filter((n) => n.endsWith('Corvelli'))).toEqual(['ORG:Corvelli', 'ORG:Corvelli', 'ORG:Corvelli']);
  });

  it('are found in apposition and after a publication noun', () => {
    expect(names('Bellwyn, an Australian nickel miner, said the mine would close.')).toContain('ORG:Bellwyn');
    expect(names('The report was first published by the news website Al-Mashhad on Sunday.')).toContain('ORG:Al-Mashhad');
  });

  it('is a port authority named "Port of"', () => {
    expect(names('Dockers walked out at the Port of Antwerp-Bruges on Monday.')).toContain('ORG:Port of Antwerp-Bruges');
  });
});
