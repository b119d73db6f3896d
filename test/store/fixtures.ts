import { createDoc } from '../../src/model/create.js';
import type { Claim, Doc, Entity, Mention, Quantity, Quote, Span, TimeExpression } from '../../src/model/doc.js';

/**
 * Hand-built Docs for the store tests: the stages are written in parallel, so the layers here are what a finished
 * pipeline should produce for a few sentences in the style of the seed article. Offsets are found in the text, never
 * typed in, so `text.slice(start, end)` holds by construction.
 */

/** The span of the `nth` (0-based) occurrence of `needle` in `text`. */
export function find(text: string, needle: string, nth = 0): Span & { text: string } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: "${needle}" #${nth} not in text`);
  }
  return { start: at, end: at + needle.length, text: needle };
}

interface EntitySpec {
  type: Entity['type'];
  canonical: string;
  key: string;
  aliases?: string[];
  roles?: string[];
  countryCode?: string;
  lat?: number;
  lon?: number;
}

interface MentionSpec {
  surface: string;
  nth?: number;
  entity: number;
  kind?: Mention['kind'];
  role?: string;
  metonymy?: boolean;
}

/** A Doc whose entities and mentions are wired both ways (entity.mentions and mention.entity). */
export function buildDoc(opts: {
  id: string;
  published: string | null;
  title?: string;
  text: string;
  entities: EntitySpec[];
  mentions: MentionSpec[];
}): Doc {
  const doc = createDoc({ id: opts.id, source: `${opts.id}.txt`, published: opts.published, title: opts.title ?? null, raw: opts.text });
  const entities: Entity[] = opts.entities.map((e) => ({
    type: e.type,
    canonical: e.canonical,
    key: e.key,
    aliases: e.aliases ?? [],
    roles: e.roles ?? [],
    countryCode: e.countryCode,
    lat: e.lat,
    lon: e.lon,
    mentions: [],
  }));
  const mentions: Mention[] = opts.mentions.map((m, i) => {
    const span = find(opts.text, m.surface, m.nth ?? 0);
    entities[m.entity].mentions.push(i);
    return {
      ...span,
      type: entities[m.entity].type,
      kind: m.kind ?? 'name',
      source: 'fixture',
      entity: m.entity,
      role: m.role,
      metonymy: m.metonymy,
    };
  });
  return { ...doc, entities, mentions };
}

/** Blinken in Baghdad: a mixed quote, a commitment, a promise with a quantity and a place, a dated arrival. */
export function blinkenInBaghdad(id = 'seed/blinken-baghdad', published: string | null = '2024-12-13'): Doc {
  const text =
    'Anthony Blinken arrived in Baghdad on Friday. ' +
    'At the end of the talks, Blinken reaffirmed the “commitment” of the US “to work with Iraq on security and to always work for Iraqi sovereignty”. ' +
    'The US Secretary of State also promised that Washington, which maintains about 2,500 troops in Iraq, will work to prevent any re-emergence of the Islamic State.';
  const doc = buildDoc({
    id,
    published,
    title: 'Blinken visits Baghdad',
    text,
    entities: [
      { type: 'PERSON', canonical: 'Anthony Blinken', key: 'anthony blinken', aliases: ['Blinken'], roles: ['Secretary of State'] },
      { type: 'PLACE', canonical: 'Iraq', key: 'iq', aliases: ['Iraqi'], countryCode: 'IQ', lat: 33, lon: 44 },
      { type: 'PLACE', canonical: 'Baghdad', key: 'baghdad', countryCode: 'IQ', lat: 33.34, lon: 44.4 },
      { type: 'PLACE', canonical: 'United States', key: 'us', aliases: ['US', 'Washington'], countryCode: 'US', lat: 38, lon: -97 },
      { type: 'ORG', canonical: 'Islamic State', key: 'islamic state' },
    ],
    mentions: [
      { surface: 'Anthony Blinken', entity: 0 },
      { surface: 'Baghdad', entity: 2 },
      { surface: 'Blinken', nth: 1, entity: 0 },
      { surface: 'US', entity: 3 },
      { surface: 'Iraq', entity: 1 },
      { surface: 'Iraqi', entity: 1, kind: 'demonym' },
      { surface: 'The US Secretary of State', entity: 0, kind: 'nominal', role: 'Secretary of State' },
      { surface: 'Washington', entity: 3, metonymy: true },
      { surface: 'Iraq', nth: 2, entity: 1 },
      { surface: 'Islamic State', entity: 4 },
    ],
  });
  const quantities: Quantity[] = [
    { ...find(text, 'about 2,500 troops'), kind: 'count', value: 2500, unit: 'troops', qualifier: 'about', approx: true, place: 8 },
  ];
  const times: TimeExpression[] = [{ ...find(text, 'Friday'), value: '2024-12-13', granularity: 'day', relative: true }];
  const quote = find(text, '“to work with Iraq on security and to always work for Iraqi sovereignty”');
  const quotes: Quote[] = [
    {
      ...quote,
      kind: 'mixed',
      speaker: { ...find(text, 'Blinken', 1), entity: 0 },
      cue: { ...find(text, 'reaffirmed'), lemma: 'reaffirm' },
    },
  ];
  const promise = find(text, 'Washington, which maintains about 2,500 troops in Iraq, will work to prevent any re-emergence of the Islamic State');
  const claims: Claim[] = [
    {
      ...quote,
      speaker: 0,
      speakerText: 'Blinken',
      predicate: 'reaffirm',
      type: 'commitment',
      object: 'to work with Iraq on security and to always work for Iraqi sovereignty',
      polarity: 'positive',
      modality: null,
      quote: 0,
      places: [1, 1],
      quantities: [],
      times: [],
    },
    {
      ...promise,
      speaker: 0,
      speakerText: 'The US Secretary of State',
      predicate: 'promise',
      type: 'promise',
      object: promise.text,
      polarity: 'positive',
      modality: 'will',
      places: [1, 3],
      quantities: [0],
      times: [],
    },
    {
      ...find(text, 'Anthony Blinken arrived in Baghdad on Friday'),
      speaker: null,
      speakerText: null,
      predicate: 'arrive',
      type: 'statement',
      object: 'Anthony Blinken arrived in Baghdad on Friday',
      polarity: 'positive',
      modality: null,
      places: [2],
      quantities: [],
      times: [0],
    },
  ];
  return { ...doc, quantities, times, quotes, claims, messages: [{ stage: 'clean', severity: 'info', text: 'fixture' }] };
}

/** A second article about the same people: Blinken under a shorter name, Iraq again, a negative warning. */
export function sudaniWarns(id = 'seed/sudani-warns', published: string | null = '2025-01-20'): Doc {
  const text =
    'Iraqi Prime Minister Mohammed al-Sudani warned that Iraq would not accept foreign troops on its soil. ' +
    'He told Blinken that 900 soldiers in Syria were “enough”.';
  const doc = buildDoc({
    id,
    published,
    text,
    entities: [
      { type: 'PERSON', canonical: 'Mohammed al-Sudani', key: 'mohammed al-sudani', aliases: ['al-Sudani'], roles: ['Prime Minister'] },
      { type: 'PLACE', canonical: 'Iraq', key: 'iq', countryCode: 'IQ', lat: 33, lon: 44 },
      { type: 'PERSON', canonical: 'Blinken', key: 'anthony blinken', aliases: ['Tony Blinken'] },
      { type: 'PLACE', canonical: 'Syria', key: 'sy', countryCode: 'SY', lat: 35, lon: 38 },
    ],
    mentions: [
      { surface: 'Iraqi', entity: 1, kind: 'demonym' },
      { surface: 'Mohammed al-Sudani', entity: 0, role: 'Prime Minister' },
      { surface: 'Iraq', nth: 1, entity: 1 },
      { surface: 'He', entity: 0, kind: 'pronoun' },
      { surface: 'Blinken', entity: 2 },
      { surface: 'Syria', entity: 3 },
    ],
  });
  const quantities: Quantity[] = [
    { ...find(text, '900 soldiers'), kind: 'count', value: 900, unit: 'soldiers', qualifier: null, approx: false, place: 5 },
  ];
  const quotes: Quote[] = [
    { ...find(text, '“enough”'), kind: 'term', speaker: null, cue: null },
  ];
  const claims: Claim[] = [
    {
      ...find(text, 'Iraq would not accept foreign troops on its soil'),
      speaker: 0,
      speakerText: 'Iraqi Prime Minister Mohammed al-Sudani',
      predicate: 'warn',
      type: 'warning',
      object: 'Iraq would not accept foreign troops on its soil',
      polarity: 'negative',
      modality: 'would',
      places: [1],
      quantities: [],
      times: [],
    },
    {
      ...find(text, '900 soldiers in Syria'),
      speaker: 0,
      speakerText: 'He',
      predicate: 'tell',
      type: 'quantity',
      object: '900 soldiers in Syria were “enough”',
      polarity: 'positive',
      modality: null,
      places: [3],
      quantities: [0],
      times: [],
    },
  ];
  return { ...doc, quantities, quotes, claims };
}
