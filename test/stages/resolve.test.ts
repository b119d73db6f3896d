import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDoc } from '../../src/model/create.js';
import type { Doc, Entity, Mention } from '../../src/model/doc.js';
import { clean } from '../../src/stages/clean.js';
import { segment } from '../../src/stages/segment.js';
import { entities } from '../../src/stages/entities.js';
import { resolve } from '../../src/stages/resolve.js';
import { isMetonymic } from '../../src/entities/metonymy.js';
import { parseRole, roleMatches } from '../../src/entities/roles.js';

const run = (raw: string): Doc => resolve(entities(segment(clean(createDoc({ id: 't', source: 'test', published: '2024-12-13', title: null, raw })))));

/** The entity of the mention whose text is `surface` (the n-th such mention). */
function entityOf(doc: Doc, surface: string, nth = 0): Entity | undefined {
  const m = doc.mentions.filter((x) => x.text === surface)[nth];
  expect(m, `mention "${surface}" #${nth}`).toBeDefined();
  return m.entity === undefined ? undefined : doc.entities[m.entity];
}
function mentionAt(doc: Doc, surface: string, nth = 0): Mention {
  const m = doc.mentions.filter((x) => x.text === surface)[nth];
  expect(m, `mention "${surface}" #${nth}`).toBeDefined();
  return m;
}

// The seed article users have: machine-translated, glued words ("Iraqat", "Syriawill"), a credit line.
const SEED = `After Jordan and Turkey, the US Secretary of State Anthony Blinken visited today (13.12.2024) the Iraq with the aim of asking US partner countries about the developments in Syria after the overthrow of the Assad regime and the situation in the region.
Anthony Blinken arrived in Baghdad on a C-17 transport aircraft, under the helicopter escort and reaffirmed US commitment to security of Iraqat a time when Washington wants to further reduce Iran’s influence in the region.
The American Secretary of State seeks to coordinate a regional approach to Syria after the overthrow of the Assad regime and in Baghdad he met and talked with the Iraqi Prime Minister, Mohammed al-Sudani. Blinken’s visit to Iraq was not announced until after the US Secretary of State met with the Iraqi Prime Minister.

At the end of the talks, Blinken reaffirmed the “commitment” of the US “to work with Iraq on security and to always work for Iraqi sovereigntyin order to ensure that the country is “strengthened and protected”.
The US Secretary of State also promised that Washington, which maintains about 2,500 troops in Iraq and 900 in Syriawill work to prevent any strengthening and re-emergence of the Islamic State (IK). Iraqis and Syrians experienced the brutality of this jihadist organization, which ten years ago established a self-proclaimed caliphate in the region.
ANDREW CABALLERO-REYNOLDS/Pool via REUTERS
Since last Sunday, and the fall of Assad, the Iraqi government demanded “respect” for the will of the Syrian people but also for the territorial integrity of Syria. Iraq chose not to allow Shiite militias to intervene in Syria as Sunni insurgents made their advance, capturing Damascus within days last weekend.
OR Baghdadwhose diplomatic mission in Damascus has already resumed its activities, he wishes above all to prevent the spread of unrest from Syria.
ANDREW CABALLERO-REYNOLDS/Pool via REUTERS
The outgoing administration of President Joe Biden had agree with it Iraq to terminate until September 2025 the military presence of the US-led coalition fighting the Islamic State. However, the Biden administration has not specified what will happen to US forces there, which are frequently attacked by armed Iraqi pro-Iranian Shiite groups.
With US President-elect Donald Trump taking office next month, it is unclear whether it will cancel the deal or change tactics in light of the historic regime change in Syria.
Iraq, led by a coalition of mainly Shiite political parties and armed groups close to Iran, is a major factor in, called by Iran, “Axis of Resistance”, which includes Hamas in the Gaza Strip and Hezbollahwhich they have weakened by Israel’s October 7 war at Gauze and then to Lebanon.`;

describe('resolve on the seed article', () => {
  const doc = run(SEED);

  it('finds every person, place and organization', () => {
    const names = new Set(doc.mentions.filter((m) => m.kind === 'name').map((m) => m.text));
    for (const n of ['Anthony Blinken', 'Blinken', 'Mohammed al-Sudani', 'Joe Biden', 'Biden', 'Donald Trump', 'Assad']) expect(names).toContain(n);
    for (const n of ['Jordan', 'Turkey', 'Iraq', 'Syria', 'Baghdad', 'Washington', 'Iran', 'Damascus', 'Gaza Strip', 'Israel', 'Lebanon', 'US']) {
      expect(names).toContain(n);
    }
    for (const n of ['Islamic State', 'IK', 'Hamas', 'Hezbollah']) expect(names).toContain(n);
    // Nothing from the credit lines (clean sets them aside) and no glued word as a name.
    for (const n of doc.mentions.map((m) => m.text)) expect(n).not.toMatch(/REUTERS|CABALLERO|Iraqat|Syriawill/);
  });

  it('joins the surname and the possessive to the full name, with the role', () => {
    const blinken = entityOf(doc, 'Anthony Blinken');
    expect(blinken).toMatchObject({ type: 'PERSON', canonical: 'Anthony Blinken', key: 'anthony blinken' });
    expect(blinken?.roles).toContain('US Secretary of State');
    expect(entityOf(doc, 'Blinken')).toBe(blinken);
    expect(entityOf(doc, 'Blinken', 1)).toBe(blinken);
    expect(entityOf(doc, 'Anthony Blinken', 1)).toBe(blinken);
  });

  it('resolves title mentions to the person who carries that role in the article', () => {
    const blinken = entityOf(doc, 'Anthony Blinken');
    expect(entityOf(doc, 'the US Secretary of State')).toBe(blinken);
    expect(entityOf(doc, 'The US Secretary of State')).toBe(blinken);
    expect(entityOf(doc, 'The American Secretary of State')).toBe(blinken);
    const sudani = entityOf(doc, 'Mohammed al-Sudani');
    expect(sudani?.roles).toContain('Iraqi Prime Minister');
    expect(entityOf(doc, 'the Iraqi Prime Minister')).toBe(sudani);
    expect(entityOf(doc, 'the Iraqi Prime Minister', 1)).toBe(sudani);
  });

  it('joins Biden to President Joe Biden and keeps Trump apart', () => {
    const biden = entityOf(doc, 'Joe Biden');
    expect(biden?.roles).toEqual(['President']);
    expect(entityOf(doc, 'Biden')).toBe(biden);
    const trump = entityOf(doc, 'Donald Trump');
    expect(trump).not.toBe(biden);
    expect(trump?.roles).toEqual(['US President-elect']);
  });

  it('resolves "he" to the latest person of its sentence, and leaves a pronoun with no person near unresolved', () => {
    expect(entityOf(doc, 'he')?.canonical).toBe('Anthony Blinken');
    expect(mentionAt(doc, 'he', 1).entity).toBeUndefined();
  });

  it('ties places to the gazetteer: canonical name, country code, coordinates', () => {
    const iraq = entityOf(doc, 'Iraq');
    expect(iraq).toMatchObject({ type: 'PLACE', canonical: 'Iraq', key: 'iq', countryCode: 'IQ' });
    expect(iraq?.lat).toBeCloseTo(33, 0);
    const baghdad = entityOf(doc, 'Baghdad');
    expect(baghdad).toMatchObject({ key: 'city:baghdad:iq', countryCode: 'IQ' });
    expect(entityOf(doc, 'US')).toMatchObject({ key: 'us', canonical: 'United States' });
    expect(entityOf(doc, 'Gaza Strip')?.countryCode).toBe('PS');
  });

  it('splits "Iraqat" and ties the "Iraq" in it to Iraq', () => {
    const at = doc.text.indexOf('security of Iraq') + 'security of '.length;
    const m = doc.mentions.find((x) => x.start === at && x.kind === 'name');
    expect(m?.text).toBe('Iraq');
    expect(doc.entities[m?.entity ?? -1]?.key).toBe('iq');
  });

  it('ties demonyms to their place', () => {
    const iraq = entityOf(doc, 'Iraq');
    expect(entityOf(doc, 'Iraqi')).toBe(iraq);
    expect(entityOf(doc, 'Iraqis')).toBe(iraq);
    expect(entityOf(doc, 'American')).toBe(entityOf(doc, 'US'));
    expect(mentionAt(doc, 'Iraqi').kind).toBe('demonym');
  });

  it('flags places used for their government', () => {
    expect(mentionAt(doc, 'Washington').metonymy).toBe(true);
    expect(mentionAt(doc, 'Washington', 1).metonymy).toBe(true);
    expect(doc.mentions.find((m) => m.text === 'Iraq' && doc.text.startsWith('Iraq chose', m.start))?.metonymy).toBe(true);
    expect(doc.mentions.find((m) => m.text === 'Baghdad' && doc.text.startsWith('Baghdad whose', m.start))?.metonymy).toBe(true);
    expect(mentionAt(doc, 'Baghdad').metonymy).toBeUndefined(); // "arrived in Baghdad"
    expect(mentionAt(doc, 'Syria').metonymy).toBeUndefined();
    expect(entityOf(doc, 'Washington')?.type).toBe('PLACE');
  });

  it('makes the acronym in parentheses an alias of the organization', () => {
    const is = entityOf(doc, 'Islamic State');
    expect(is).toMatchObject({ type: 'ORG', canonical: 'Islamic State', key: 'islamic state' });
    expect(entityOf(doc, 'IK')).toBe(is);
    expect(is?.aliases).toEqual(expect.arrayContaining(['Islamic State', 'IK']));
    expect(entityOf(doc, 'Islamic State', 1)).toBe(is);
  });

  it('lists each entity once with consistent mention indices', () => {
    doc.entities.forEach((e, k) => {
      for (const i of e.mentions) expect(doc.mentions[i].entity).toBe(k);
      expect(new Set(e.aliases).size).toBe(e.aliases.length);
    });
    const keys = doc.entities.map((e) => `${e.type}|${e.key}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('resolve rules on single sentences', () => {
  it('takes a first-name-only mention for the full-name person', () => {
    const doc = run('Hillary Clinton spoke in Ohio. Later Hillary said she would win.');
    expect(entityOf(doc, 'Hillary')).toBe(entityOf(doc, 'Hillary Clinton'));
    expect(entityOf(doc, 'she')?.canonical).toBe('Hillary Clinton');
  });

  it('does not give a pronoun a person of the wrong gender', () => {
    const doc = run('John Smith met Mary Jones in London. She said the talks went well.');
    expect(entityOf(doc, 'She')?.canonical).toBe('Mary Jones');
  });

  it('skips a name that only modifies a noun when resolving a pronoun', () => {
    const doc = run('Anthony Blinken criticized the Assad regime and then he flew to Baghdad.');
    expect(entityOf(doc, 'he')?.canonical).toBe('Anthony Blinken');
  });

  it('takes a modifying name for a pronoun when no other person is near', () => {
    const doc = run('Taxes rose again this year. The Trump campaign said he was not being audited.');
    expect(mentionAt(doc, 'Trump')).toMatchObject({ type: 'PERSON' });
    expect(entityOf(doc, 'he')?.canonical).toBe('Trump');
  });

  it('joins an appositive title and a later nominal to the person', () => {
    const doc = run('Mohammed al-Sudani, the Iraqi Prime Minister, met the envoy. Later Iraq\'s prime minister said the talks went well.');
    const sudani = entityOf(doc, 'Mohammed al-Sudani');
    expect(sudani?.roles).toEqual(['Iraqi Prime Minister']);
    expect(entityOf(doc, "Iraq's prime minister")).toBe(sudani);
  });

  it('makes a national office named only by its title one entity (and the head of its title), and leaves a bare title open', () => {
    const doc = run('The French Foreign Minister arrived on Monday. Later the French Foreign Minister said he was pleased. The minister left.');
    const office = entityOf(doc, 'The French Foreign Minister');
    expect(office).toMatchObject({ type: 'PERSON', key: 'role:fr:foreign minister', canonical: 'French Foreign Minister' });
    expect(entityOf(doc, 'the French Foreign Minister')).toBe(office);
    expect(entityOf(doc, 'he')).toBe(office);
    expect(entityOf(doc, 'The minister')).toBe(office);
    const alone = run('The minister left early on Monday.');
    expect(mentionAt(alone, 'The minister').entity).toBeUndefined();
    expect(alone.entities).toEqual([]);
  });

  it('takes a "he said" after a quote back to the speaker several quoted sentences up', () => {
    const doc = run('The Conservative shadow chancellor, Oliver Grant, warned of tax rises. “They promised no new taxes. They broke that promise,” he said.');
    expect(entityOf(doc, 'he')?.canonical).toBe('Oliver Grant');
  });

  it('joins a nominal to the one person known by a title of its country', () => {
    const doc = run('Nikos Petridis met his Turkish counterpart Kemal Aydın in Ankara. Later the Turkish minister said his country was owed money.');
    expect(entityOf(doc, 'the Turkish minister')?.canonical).toBe('Kemal Aydın');
  });

  it('keeps the chancellor apart from the shadow chancellor', () => {
    const doc = run('Chancellor Rachel Moore spoke. The shadow chancellor, Oliver Grant, warned. The chancellor replied.');
    expect(entityOf(doc, 'The chancellor')?.canonical).toBe('Rachel Moore');
  });

  it('joins a short organization name to the longer one, and keeps "A and B" apart', () => {
    const doc = run('Voltara Motors will cut jobs. Voltara employs 41,000 people. The court blocked the merger of Nexa and Polkom. Nexa will appeal; Polkom declined to comment.');
    expect(entityOf(doc, 'Voltara')).toBe(entityOf(doc, 'Voltara Motors'));
    expect(entityOf(doc, 'Nexa')?.canonical).toBe('Nexa');
    expect(entityOf(doc, 'Polkom')?.canonical).toBe('Polkom');
  });

  it("keeps a country's senate or supreme court apart from another country's, in the article and in its key", () => {
    const doc = run(
      "Chile's Senate approved the pension reform on Tuesday. The US Senate is expected to vote on a similar bill. " +
        'Senate leaders in Santiago called the vote historic.',
    );
    const chile = entityOf(doc, 'Senate');
    expect(chile).toMatchObject({ type: 'ORG', canonical: 'Chilean Senate', key: 'cl senate', countryCode: 'CL' });
    expect(entityOf(doc, 'Senate', 1)).toMatchObject({ canonical: 'US Senate', key: 'us senate' });
    // A bare "Senate" is the one the article named last before it.
    expect(entityOf(doc, 'Senate', 2)).toMatchObject({ key: 'us senate' });
    const poland = run("Poland's Supreme Court ruled on Monday that the election was valid. The Polish Supreme Court rejected 50 complaints.");
    expect(entityOf(poland, 'Supreme Court')).toMatchObject({ key: 'pl supreme court', countryCode: 'PL' });
    expect(entityOf(poland, 'Polish Supreme Court')).toBe(entityOf(poland, 'Supreme Court'));
    // Unqualified, the body keeps the name it has.
    expect(entityOf(run('The Supreme Court ruled on Monday that the law was valid.'), 'Supreme Court')?.key).toBe('supreme court');
  });

  it('reads the country of a national body after it, and leaves a name of its own or a place word alone', () => {
    const doc = run('The Foreign Ministry in Baghdad said on Wednesday that the attacks had fallen.');
    expect(entityOf(doc, 'Foreign Ministry')).toMatchObject({ canonical: 'Iraqi Foreign Ministry', key: 'iq foreign ministry' });
    const nigeria = run('The Central Bank of Nigeria raised its main rate. Nigeria\'s Central Bank said inflation would slow.');
    expect(entityOf(nigeria, 'Central Bank of Nigeria')).toMatchObject({ canonical: 'Central Bank of Nigeria', key: 'ng central bank' });
    expect(entityOf(nigeria, 'Central Bank')).toBe(entityOf(nigeria, 'Central Bank of Nigeria'));
    // "European" is no country, and a table's international body is not where it sits.
    expect(entityOf(run("Hungary's government criticised the European Commission in Brussels."), 'European Commission')?.key).toBe('european commission');
    expect(entityOf(run('The World Bank in Washington approved the loan.'), 'World Bank')?.key).toBe('world bank');
    expect(entityOf(run("Poland's competition authority UOKiK blocked the merger."), 'UOKiK')?.key).toBe('uokik');
  });

  it('keeps two people with one surname apart', () => {
    const doc = run('Bill Clinton and Hillary Clinton arrived in Paris.');
    expect(entityOf(doc, 'Bill Clinton')).not.toBe(entityOf(doc, 'Hillary Clinton'));
  });

  it('matches roles by their core and country', () => {
    expect(roleMatches(parseRole('the American Secretary of State'), parseRole('US Secretary of State'))).toBe(true);
    expect(roleMatches(parseRole('the Iraqi Prime Minister'), parseRole('British Prime Minister'))).toBe(false);
    expect(roleMatches(parseRole('the minister'), parseRole('Foreign Minister'))).toBe(true);
    expect(roleMatches(parseRole('the president'), parseRole('President-elect'))).toBe(false);
    expect(parseRole('president of Iraq')).toEqual({ core: 'president', countryCode: 'IQ' });
    expect(roleMatches(parseRole('president of Iraq'), parseRole('Iraqi President'))).toBe(true);
  });

  it('reads metonymy from the words around a place', () => {
    expect(isMetonymic(' wants to further reduce')).toBe(true);
    expect(isMetonymic(', which maintains about 2,500 troops')).toBe(true);
    expect(isMetonymic(' has decided to leave')).toBe(true);
    expect(isMetonymic(' on a C-17 transport aircraft', 'arrived in ')).toBe(false);
    expect(isMetonymic(' will work to prevent', '900 in ')).toBe(false);
    expect(isMetonymic(' was not announced')).toBe(false);
  });

  it('never throws and returns no entities for a text without names', () => {
    expect(run('').entities).toEqual([]);
    expect(run('it rained all day and nobody came.').entities).toEqual([]);
  });
});

describe('entities and resolve on arbitrary text', () => {
  // Words that trigger every rule, glued with odd punctuation and Unicode, so the rules meet each other's edges.
  const word = fc.constantFrom(
    'the', 'The', 'US', 'U.S.', 'Secretary', 'of', 'State', 'Anthony', 'Blinken', "Blinken's", 'he', 'She', 'Iraqi',
    'Iraq', 'Baghdad', 'wants', 'whose', '(IK)', 'Islamic', 'Prime', 'Minister,', 'al-Sudani', 'President-elect',
    'pro-Iranian', 'Mr.', '“', '”', '.', ',', '\n', 'É', '😀', 'ß', 'WORLD', 'CUP', 'regime',
  );
  it('keeps spans exact, names apart and entity links consistent', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.constantFrom(' ', '', '  ', '\n')), { maxLength: 40 }), (parts) => {
        const doc = run(parts.map(([w, sep]) => w + sep).join(''));
        for (const m of doc.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
        const names = doc.mentions.filter((m) => m.kind === 'name');
        for (let i = 1; i < names.length; i++) expect(names[i].start).toBeGreaterThanOrEqual(names[i - 1].end);
        doc.entities.forEach((e, k) => {
          for (const i of e.mentions) expect(doc.mentions[i].entity).toBe(k);
        });
        for (const m of doc.mentions) if (m.entity !== undefined) expect(doc.entities[m.entity].mentions).toContain(doc.mentions.indexOf(m));
      }),
      { numRuns: 150 },
    );
  });
});
