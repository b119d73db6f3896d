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

describe('long organization names with "of" and "and" in them', () => {
  it('stay whole across "of the" after an organization head', () => {
    expect(names('Volunteers from the International Committee of the Red Cross arrived in the city.')).toContain('ORG:International Committee of the Red Cross');
  });

  it('keep a common noun coordinated before the head', () => {
    expect(names('The Mining and Energy Workers Alliance called a strike on Monday.')).toContain('ORG:Mining and Energy Workers Alliance');
    expect(names('Members of the Transport and Dock Workers Union voted.')).toContain('ORG:Transport and Dock Workers Union');
  });

  it('keep a common noun coordinated after an "of" name', () => {
    expect(names('The Ministry of Foreign Affairs and Trade said the talks would resume.')).toContain('ORG:Ministry of Foreign Affairs and Trade');
  });

  it('leave two names apart where the second is a name of its own or starts another title', () => {
    // "Trade Minister" is a title after the ministry's name, and the Treasury is named alone in the article.
    expect(names('The Ministry of Foreign Affairs and Trade Minister Ana Ruiz met them.')).toContain('ORG:Ministry of Foreign Affairs');
    const found = names('Bank of England and Treasury officials met. The Treasury said nothing.');
    expect(found).toContain('ORG:Bank of England');
    expect(found).not.toContain('ORG:Bank of England and Treasury');
  });
});

describe('place names the model cuts short', () => {
  it('keep a table\'s whole name over the model\'s piece of it', () => {
    expect(names('Fires burned near Viña del Mar on Sunday.')).toContain('PLACE:Viña del Mar');
  });
});

describe('organization names in other languages', () => {
  it('keep the lower-case adjectives after their head', () => {
    expect(names('The Alliance québécoise announced a deal on Monday.')).toContain('ORG:Alliance québécoise');
    const found = names('Leaders of the Parti québécois and the Front national met on Monday.');
    expect(found).toContain('ORG:Parti québécois');
    expect(found).toContain('ORG:Front national');
  });

  it('are organizations when a prefix word leads a place name', () => {
    const found = names('The Alliance québécoise and Hydro-Québec signed a deal. Passengers of Air France waited.');
    expect(found).toContain('ORG:Hydro-Québec');
    expect(found).toContain('ORG:Air France');
  });

  it('are two where "and" joins two names each ending in a linked place', () => {
    const found = names('Officials at Banco do Brasil and Petróleos de Venezuela said nothing.');
    expect(found).toContain('ORG:Banco do Brasil');
    expect(found).toContain('ORG:Petróleos de Venezuela');
    expect(names('Bosnia and Herzegovina signed the accord.')).toContain('PLACE:Bosnia and Herzegovina');
  });
});

describe('a corporate abbreviation at the end of a sentence', () => {
  it('leaves the period to the sentence, and keeps it inside one', () => {
    expect(names('The firm will compete with Lear Corp. Shares of both rose on Monday.')).toContain('ORG:Lear Corp');
    expect(names('Lear Corp. said on Monday that it would cut jobs.')).toContain('ORG:Lear Corp.');
  });
});
