import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/model/create.js';
import type { Doc, Mention } from '../../src/model/doc.js';
import { clean } from '../../src/stages/clean.js';
import { segment } from '../../src/stages/segment.js';
import { entities } from '../../src/stages/entities.js';
import { checkModelNames, findMentions, mergeNames, retypeKnownPeople, toWordBounds } from '../../src/entities/find-mentions.js';
import { datelinePlaces, datelines, trimOpeningNouns } from '../../src/entities/opening-words.js';

const prepared = (raw: string): Doc => segment(clean(createDoc({ id: 't', source: 'test', published: '2024-12-13', title: null, raw })));

/** Mentions found by the rule recognizers alone (no trained model), as [kind, type, text] triples. */
function rules(raw: string): Array<[string, string, string]> {
  return findMentions(prepared(raw), { model: false }).mentions.map((m) => [m.kind, m.type, m.text]);
}
function ruleNames(raw: string): Mention[] {
  return findMentions(prepared(raw), { model: false }).mentions.filter((m) => m.kind === 'name');
}

/** A name the model found at the first occurrence of `surface` in `text`. */
function modelName(text: string, surface: string, type: Mention['type'] = 'ORG', role?: string): Mention {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, text: surface, type, kind: 'name', source: 'model', ...(role ? { role } : {}) };
}

describe('names from gazetteers', () => {
  it('types countries, cities and regions as places', () => {
    expect(rules('Anthony Blinken arrived in Baghdad after talks in Jordan and Turkey.')).toEqual(
      expect.arrayContaining([
        ['name', 'PLACE', 'Baghdad'],
        ['name', 'PLACE', 'Jordan'],
        ['name', 'PLACE', 'Turkey'],
      ]),
    );
    expect(rules('The group includes Hamas in the Gaza Strip and militias across the Middle East.')).toEqual(
      expect.arrayContaining([
        ['name', 'ORG', 'Hamas'],
        ['name', 'PLACE', 'Gaza Strip'],
        ['name', 'PLACE', 'Middle East'],
      ]),
    );
  });

  it('ends a name before a possessive', () => {
    const names = ruleNames('Washington wants to further reduce Iran’s influence in the region.');
    expect(names.map((m) => m.text)).toEqual(['Washington', 'Iran']);
  });

  it('finds places in all-caps headlines, and nothing else there', () => {
    const names = ruleNames('SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT.');
    expect(names.map((m) => [m.type, m.text])).toEqual([
      ['PLACE', 'JAPAN'],
      ['PLACE', 'CHINA'],
    ]);
  });
});

describe('title-case headlines', () => {
  it('trust only places there, and do not make people of headline words', () => {
    const names = ruleNames('Power Plant Rules Face Key Test In Washington\n\nPower plants are the largest source of emissions, John Smith said.');
    expect(names.map((m) => [m.type, m.text])).toEqual([
      ['PLACE', 'Washington'],
      ['PERSON', 'John Smith'],
    ]);
  });
});

describe('organization patterns', () => {
  it('knows party, ministry, university and company forms', () => {
    const found = rules('The Labour Party asked the Ministry of Defence and the University of Basra to consult Acme Holdings Ltd about it.');
    expect(found).toEqual(
      expect.arrayContaining([
        ['name', 'ORG', 'Labour Party'],
        ['name', 'ORG', 'Ministry of Defence'],
        ['name', 'ORG', 'University of Basra'],
      ]),
    );
  });

  it('knows acronyms and takes an acronym in parentheses after a name as a name too', () => {
    expect(rules('NATO and the EU met in Brussels.')).toEqual(
      expect.arrayContaining([
        ['name', 'ORG', 'NATO'],
        ['name', 'ORG', 'EU'],
        ['name', 'PLACE', 'Brussels'],
      ]),
    );
    const names = ruleNames('They vowed to prevent the re-emergence of the Islamic State (IK) in the region.');
    expect(names.map((m) => [m.type, m.text])).toEqual([
      ['ORG', 'Islamic State'],
      ['ORG', 'IK'],
    ]);
  });

  it('does not take a country in parentheses after a person for an acronym of that person', () => {
    const names = ruleNames('Tim Henman (Britain) beat Doug Flach (U.S.) in three sets.');
    expect(names.map((m) => [m.type, m.text])).toEqual([
      ['PERSON', 'Tim Henman'],
      ['PLACE', 'Britain'],
      ['PERSON', 'Doug Flach'],
      ['PLACE', 'U.S.'],
    ]);
  });
});

describe('titles and roles', () => {
  it('gives a name the title in front of it, and keeps the title out of the name span', () => {
    const names = ruleNames('After Jordan and Turkey, the US Secretary of State Anthony Blinken visited the Iraq.');
    const blinken = names.find((m) => m.type === 'PERSON');
    expect(blinken).toMatchObject({ text: 'Anthony Blinken', role: 'US Secretary of State' });
    expect(names.find((m) => m.text === 'US')?.type).toBe('PLACE');
    expect(ruleNames('The outgoing administration of President Joe Biden had agreed.').find((m) => m.type === 'PERSON')).toMatchObject({
      text: 'Joe Biden',
      role: 'President',
    });
    expect(ruleNames('With US President-elect Donald Trump taking office next month.').find((m) => m.type === 'PERSON')).toMatchObject({
      text: 'Donald Trump',
      role: 'US President-elect',
    });
  });

  it('takes a title across a comma as the role of the name after it', () => {
    const names = ruleNames('In Baghdad he met the Iraqi Prime Minister, Mohammed al-Sudani.');
    expect(names.find((m) => m.type === 'PERSON')).toMatchObject({ text: 'Mohammed al-Sudani', role: 'Iraqi Prime Minister' });
  });

  it('makes a title with no name after it a nominal mention of a person', () => {
    const found = rules('The American Secretary of State seeks a regional approach; the minister agreed, as did the Iraqi Prime Minister.');
    expect(found).toEqual(
      expect.arrayContaining([
        ['nominal', 'PERSON', 'The American Secretary of State'],
        ['nominal', 'PERSON', 'the minister'],
        ['nominal', 'PERSON', 'the Iraqi Prime Minister'],
        ['demonym', 'PLACE', 'American'],
        ['demonym', 'PLACE', 'Iraqi'],
      ]),
    );
  });

  it('takes a title in apposition after a name as its role', () => {
    expect(ruleNames('Mohammed al-Sudani, the Iraqi Prime Minister, said the talks went well.')[0]).toMatchObject({
      text: 'Mohammed al-Sudani',
      type: 'PERSON',
      role: 'Iraqi Prime Minister',
    });
    expect(ruleNames("Fuad Hussein, Iraq's foreign minister, met him.")[0]).toMatchObject({ text: 'Fuad Hussein', role: "Iraq's foreign minister" });
  });

  it("makes a place's possessive title a nominal mention", () => {
    expect(rules("Iraq's prime minister said the troops would stay.")).toEqual(
      expect.arrayContaining([
        ['nominal', 'PERSON', "Iraq's prime minister"],
        ['name', 'PLACE', 'Iraq'],
      ]),
    );
  });

  it('keeps "of" and a country in a title mention', () => {
    expect(rules('He met the president of Iraq on Monday.')).toEqual(expect.arrayContaining([['nominal', 'PERSON', 'the president of Iraq']]));
  });

  it('knows campaign titles and party qualifiers', () => {
    expect(ruleNames('Republican nominee Donald Trump spoke in Ohio.')[0]).toMatchObject({ text: 'Donald Trump', role: 'Republican nominee' });
    expect(rules('Later the Republican nominee said the economist Paul Krugman was wrong.')).toEqual(
      expect.arrayContaining([
        ['nominal', 'PERSON', 'the Republican nominee'],
        ['name', 'PERSON', 'Paul Krugman'],
      ]),
    );
  });

  it('does not make a person of an organization after a lower-case title word', () => {
    expect(ruleNames('The official Twitter account posted it.').map((m) => [m.type, m.text])).toEqual([['ORG', 'Twitter']]);
  });

  it('takes portfolio words before a title and a complement after it into the role', () => {
    expect(ruleNames('Industry Minister Petr Hudec agreed.')[0]).toMatchObject({ text: 'Petr Hudec', role: 'Industry Minister' });
    expect(ruleNames('British Chancellor of the Exchequer Rachel Moore spoke.').find((m) => m.type === 'PERSON')).toMatchObject({
      text: 'Rachel Moore',
      role: 'British Chancellor of the Exchequer',
    });
    expect(ruleNames("Spain's Minister for Ecological Transition Carmen Ortega defended it.").find((m) => m.type === 'PERSON')).toMatchObject({
      text: 'Carmen Ortega',
      role: 'Minister for Ecological Transition',
    });
    expect(rules('The Minister for Health said so.')).toEqual(expect.arrayContaining([['nominal', 'PERSON', 'The Minister for Health']]));
  });

  it('finds an upper-case acronym that is also an English word', () => {
    expect(ruleNames('"It is a wake-up call," WHO regional director Stefan Lindner said.').map((m) => [m.type, m.text])).toEqual([
      ['ORG', 'WHO'],
      ['PERSON', 'Stefan Lindner'],
    ]);
  });

  it('drops honorifics from the name', () => {
    expect(ruleNames('Talks were led by Mr. John Smith of the bank.').map((m) => m.text)).toContain('John Smith');
  });
});

describe('pronouns and demonyms', () => {
  it('finds person pronouns and demonyms, plural and prefixed', () => {
    const found = rules('Iraqis and Syrians suffered; she said he was attacked by pro-Iranian groups.');
    expect(found).toEqual(
      expect.arrayContaining([
        ['demonym', 'PLACE', 'Iraqis'],
        ['demonym', 'PLACE', 'Syrians'],
        ['demonym', 'PLACE', 'Iranian'],
        ['pronoun', 'PERSON', 'she'],
        ['pronoun', 'PERSON', 'he'],
      ]),
    );
    expect(found.filter(([kind]) => kind === 'name')).toEqual([]);
  });
});

describe('what is not a name', () => {
  it('skips sentence-initial common words, days, months and religions', () => {
    const names = ruleNames('Since last Sunday, Shiite militias stayed out. However, on Monday in October nothing changed.');
    expect(names).toEqual([]);
  });

  it('skips events and competitions', () => {
    expect(ruleNames('He watched the World Cup final and the U.S. Open.').map((m) => m.text)).toEqual([]);
  });

  it('takes a surname before "regime" or "administration" for a person, and the same word elsewhere too', () => {
    const names = ruleNames('After the overthrow of the Assad regime, the fall of Assad surprised many.');
    expect(names.map((m) => [m.type, m.text])).toEqual([
      ['PERSON', 'Assad'],
      ['PERSON', 'Assad'],
    ]);
  });

  it('takes a surname alone once the full name is known', () => {
    const names = ruleNames('Anthony Blinken arrived. Later, Blinken reaffirmed the commitment.');
    expect(names.map((m) => [m.type, m.text])).toEqual([
      ['PERSON', 'Anthony Blinken'],
      ['PERSON', 'Blinken'],
    ]);
  });
});

describe('merging with the model', () => {
  it('lets model spans win on overlap, and rule names fill the gaps', () => {
    const model: Mention[] = [{ start: 0, end: 15, text: 'Anthony Blinken', type: 'PERSON', kind: 'name', source: 'model' }];
    const ruleMentions: Mention[] = [
      { start: 8, end: 15, text: 'Blinken', type: 'PERSON', kind: 'name', source: 'pattern', role: 'Secretary of State' },
      { start: 27, end: 34, text: 'Baghdad', type: 'PLACE', kind: 'name', source: 'gazetteer' },
    ];
    const merged = mergeNames(model, ruleMentions);
    expect(merged.map((m) => [m.text, m.source])).toEqual([
      ['Anthony Blinken', 'model'],
      ['Baghdad', 'gazetteer'],
    ]);
    expect(merged[0].role).toBe('Secretary of State');
  });

  it('drops an honorific from a model name and makes it a person', () => {
    // As the model labels "Mr. Trump" in some articles: one span, as an organization.
    const model: Mention[] = [{ start: 4, end: 13, text: 'Mr. Trump', type: 'ORG', kind: 'name', source: 'model' }];
    expect(checkModelNames(model, [])).toEqual([{ start: 8, end: 13, text: 'Trump', type: 'PERSON', kind: 'name', source: 'model+honorific' }]);
  });

  it('widens a model span cut inside a word, and takes the al- particle into a name', () => {
    const text = 'said Milica Jovanović, from Niš. Al-Rikabi told reporters.';
    const cut: Mention = { start: 5, end: 20, text: text.slice(5, 20), type: 'PERSON', kind: 'name', source: 'model' };
    expect(toWordBounds(text, cut).text).toBe('Milica Jovanović');
    const rikabi = text.indexOf('Rikabi');
    expect(toWordBounds(text, { start: rikabi, end: rikabi + 6, text: 'Rikabi', type: 'PERSON', kind: 'name', source: 'model' }).text).toBe('Al-Rikabi');
  });

  it('trusts a title over the model label, and the longer rule person over a cut model person', () => {
    const model: Mention[] = [
      { start: 30, end: 41, text: 'Kemal Aydın', type: 'ORG', kind: 'name', source: 'model' },
      { start: 60, end: 68, text: 'Vladimír', type: 'PERSON', kind: 'name', source: 'model' },
    ];
    const ruleMentions: Mention[] = [
      { start: 30, end: 41, text: 'Kemal Aydın', type: 'PERSON', kind: 'name', source: 'title', role: 'Turkish counterpart' },
      { start: 60, end: 74, text: 'Vladimír Šimek', type: 'PERSON', kind: 'name', source: 'title', role: 'chairman' },
    ];
    const merged = mergeNames(model, ruleMentions);
    expect(merged.map((m) => [m.type, m.text, m.role])).toEqual([
      ['PERSON', 'Kemal Aydın', 'Turkish counterpart'],
      ['PERSON', 'Vladimír Šimek', 'chairman'],
    ]);
  });

  it('narrows a model person span that includes a title to the name, the title becoming its role', () => {
    const model: Mention[] = [{ start: 0, end: 22, text: 'Justice Antonin Scalia', type: 'PERSON', kind: 'name', source: 'model' }];
    const ruleMentions: Mention[] = [{ start: 8, end: 22, text: 'Antonin Scalia', type: 'PERSON', kind: 'name', source: 'title', role: 'Justice' }];
    expect(mergeNames(model, ruleMentions)).toEqual([
      { start: 8, end: 22, text: 'Antonin Scalia', type: 'PERSON', kind: 'name', source: 'model+title', role: 'Justice' },
    ]);
  });
});

describe('portfolios in titles', () => {
  const names = (raw: string): Array<[string, string, string | undefined]> =>
    entities(prepared(raw)).mentions.filter((m) => m.kind === 'name').map((m) => [m.type, m.text, m.role]);

  it("keep a minister's portfolio in the role, not as an organization", () => {
    const found = names("Spain's Minister for Ecological Transition Carmen Ortega defended the decision on Wednesday.");
    expect(found).toContainEqual(['PERSON', 'Carmen Ortega', 'Minister for Ecological Transition']);
    expect(found.filter(([type]) => type === 'ORG')).toEqual([]);
    const nominal = names('The Minister for Ecological Transition said on Monday the dams were full.');
    expect(nominal.filter(([type]) => type === 'ORG')).toEqual([]);
    const secretary = names("France's Secretary of State for European Affairs Laurence Boone agreed with her.");
    expect(secretary).toContainEqual(['PERSON', 'Laurence Boone', 'Secretary of State for European Affairs']);
    expect(secretary.filter(([type]) => type === 'ORG')).toEqual([]);
  });

  it('keep an organization a title of another kind leads', () => {
    expect(names('Maria Lopez, the chairwoman of the World Health Organization, said the vaccine was safe.')).toContainEqual(['ORG', 'World Health Organization', undefined]);
  });

  it('take a known organization before a title into the role, and keep it a name', () => {
    expect(rules('EU Commissioner for Energy Kadri Simson said more was needed.')).toEqual(
      expect.arrayContaining([
        ['name', 'ORG', 'EU'],
        ['name', 'PERSON', 'Kadri Simson'],
      ]),
    );
    expect(ruleNames('EU Commissioner for Energy Kadri Simson said more was needed.').find((m) => m.type === 'PERSON')?.role).toBe('EU Commissioner for Energy');
    // A title word inside the organization's own name is no title.
    expect(rules('The UN General Assembly voted on Friday.').filter(([, type]) => type === 'PERSON')).toEqual([]);
  });

  it('give back the words of a title when a model span is narrowed to the name', () => {
    const model: Mention[] = [{ start: 0, end: 25, text: 'UN Ambassador Linda Lopez', type: 'ORG', kind: 'name', source: 'model' }];
    const ruleMentions: Mention[] = [
      { start: 0, end: 2, text: 'UN', type: 'ORG', kind: 'name', source: 'gazetteer:org' },
      { start: 14, end: 25, text: 'Linda Lopez', type: 'PERSON', kind: 'name', source: 'title', role: 'UN Ambassador' },
    ];
    expect(mergeNames(model, ruleMentions).map((m) => [m.type, m.text])).toEqual([
      ['ORG', 'UN'],
      ['PERSON', 'Linda Lopez'],
    ]);
  });
});

describe('one word, one type in an article', () => {
  it("take a surname that is also a town's name for the person a title or first name vouches for", () => {
    const text = 'His Turkish counterpart Kemal Aydın agreed. Aydın rejected accusations that boats pushed migrants back.';
    const kemal = modelName(text, 'Kemal Aydın', 'PERSON', 'Turkish counterpart');
    const alone = { ...modelName(text, 'Aydın rejected', 'ORG'), end: text.indexOf('Aydın rejected') + 5, text: 'Aydın' };
    expect(retypeKnownPeople([kemal, alone]).map((m) => m.type)).toEqual(['PERSON', 'PERSON']);
    // A recognizer that read a place keeps it, and a town's name that opens the name is no surname.
    expect(retypeKnownPeople([kemal, { ...alone, type: 'PLACE' }])[1].type).toBe('PLACE');
    const team = 'Leeds Rhinos won on Sunday. Leeds had lost twice.';
    expect(retypeKnownPeople([modelName(team, 'Leeds Rhinos', 'PERSON'), { ...modelName(team, 'Leeds had', 'ORG'), end: team.indexOf('Leeds had') + 5, text: 'Leeds' }])[1].type).toBe('ORG');
  });
});

describe('organizations by the nouns around them', () => {
  it('keep a country inside a name that a noun introduces as an organization', () => {
    expect(ruleNames('The charity Clean Water Kenya said that more families lacked water.').map((m) => [m.type, m.text])).toEqual([['ORG', 'Clean Water Kenya']]);
    // Without such a noun, a run that nothing types is still cut at the country.
    expect(ruleNames('Officials said the Lebed Chechnya peace plan had failed.').map((m) => m.text)).toContain('Chechnya');
  });

  it('make an organization of a name before a publication noun, not of a common word or a demonym', () => {
    expect(ruleNames('“There will be no bailout,” the minister told the Handelsblatt newspaper.').map((m) => [m.type, m.text])).toEqual([['ORG', 'Handelsblatt']]);
    expect(ruleNames('He wrote in the Banking weekly and the Bengali daily.').filter((m) => m.type === 'ORG')).toEqual([]);
  });
});

describe('headline and dateline openings', () => {
  const names = (raw: string): Array<[string, string]> =>
    entities(prepared(raw)).mentions.filter((m) => m.kind === 'name').map((m) => [m.type, m.text]);

  it('cut a common noun off a name that opens the headline, or drop it when it is all there is', () => {
    const found = names('Carmaker Voltara to cut 3,500 jobs in Germany\n\nThe German car manufacturer Voltara Motors announced on Tuesday that it will cut jobs.');
    expect(found).toContainEqual(['ORG', 'Voltara']);
    expect(found.map(([, t]) => t)).not.toContain('Carmaker Voltara');
    expect(names('Regulator Ofcom fines BBC over election coverage\n\nOfcom said the BBC broke the rules.')).toContainEqual(['ORG', 'Ofcom']);
    expect(names('Drought: Farmers in Kenya lose half their herds\n\nNairobi – Drought has killed half the cattle in northern Kenya.').map(([, t]) => t)).not.toContain('Drought');
  });

  it('drop a common noun that opens a sentence after a dateline', () => {
    const found = names('Cases tripled last year, WHO says\n\nGeneva – Measles cases in the European region rose to 127,000 in 2024, the World Health Organization said.');
    expect(found.map(([, t]) => t)).not.toContain('Measles');
    expect(found).toContainEqual(['ORG', 'World Health Organization']);
  });

  it('keep an opening word the article writes as a name elsewhere', () => {
    const text = 'Shell profits rise\n\nRoyal Dutch Shell said on Monday that profits rose.';
    expect(trimOpeningNouns(text, [modelName(text, 'Shell')], new Set([0])).map((m) => m.text)).toEqual(['Shell']);
    const common = 'Regulator blocks telecom merger\n\nThe authority said on Monday the deal would raise prices.';
    expect(trimOpeningNouns(common, [modelName(common, 'Regulator')], new Set([0]))).toEqual([]);
    // A person's first name stays, however common a word ("Bill Clinton and Hillary Clinton").
    const bill = 'Bill Clinton and Hillary Clinton arrived in Paris.';
    expect(trimOpeningNouns(bill, [modelName(bill, 'Bill Clinton', 'PERSON')], new Set([0])).map((m) => m.text)).toEqual(['Bill Clinton']);
    // Not a common noun: a name the lexicon or a table knows, or a word no dictionary has.
    const jordan = 'Jordan closes border\n\nThe border was closed on Monday.';
    expect(trimOpeningNouns(jordan, [modelName(jordan, 'Jordan', 'PLACE')], new Set([0]))).toHaveLength(1);
  });

  it('read datelines with a newsroom dash or a place in capitals, not lists and score tables', () => {
    const at = (text: string): string[] => datelines(text, [{ start: 0, end: text.length }]).map((d) => text.slice(d.place.start, d.place.end));
    expect(at('Geneva – Measles cases rose.')).toEqual(['Geneva']);
    expect(at('WARSAW, Dec 2 (Reuters) - The central bank kept rates.')).toEqual(['WARSAW']);
    expect(at('Milan - Dejan Savicevic (21st)')).toEqual([]);
    expect(at('1 - Wang Li beat Anna Berg.')).toEqual([]);
    expect(at('NOTE - Sales are given in millions.')).toEqual([]);
  });

  it('make the place of a dateline a place', () => {
    const text = 'Lisbon – Portugal’s parliament approved a rent cap on Tuesday.';
    const lines = datelines(text, [{ start: 0, end: text.length }]);
    expect(datelinePlaces([modelName(text, 'Lisbon'), modelName(text, 'Portugal', 'PLACE')], lines).map((m) => [m.type, m.text])).toEqual([
      ['PLACE', 'Lisbon'],
      ['PLACE', 'Portugal'],
    ]);
  });
});

describe('the entities stage', () => {
  it('keeps every span exact and names sorted and non-overlapping', () => {
    const doc = entities(prepared('After Jordan and Turkey, the US Secretary of State Anthony Blinken visited today the Iraq. Blinken’s visit to Iraq was not announced.'));
    for (const m of doc.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    const names = doc.mentions.filter((m) => m.kind === 'name');
    for (let i = 1; i < names.length; i++) expect(names[i].start).toBeGreaterThanOrEqual(names[i - 1].end);
    for (let i = 1; i < doc.mentions.length; i++) expect(doc.mentions[i].start).toBeGreaterThanOrEqual(doc.mentions[i - 1].start);
  });

  it('never throws on odd input', () => {
    for (const raw of ['', '   ', '“', 'A'.repeat(5000), '((((IK)', 'Mr.', 'the', '\u0000\uFFFF', 'ÉTAT Ünïcode 😀 Şanlıurfa']) {
      expect(() => entities(prepared(raw))).not.toThrow();
    }
  });

  it('is pure: the input document is not changed', () => {
    const input = prepared('Anthony Blinken arrived in Baghdad.');
    const before = JSON.stringify(input.mentions);
    entities(input);
    expect(JSON.stringify(input.mentions)).toBe(before);
  });
});
