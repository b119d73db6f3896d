import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Doc, Quote } from '../../src/model/doc.js';
import { readThrough } from '../pipeline.js';
import { findQuoteRegions } from '../../src/quotes/marks.js';

/** The real upstream stages, then quotes: what the pipeline gives this stage. */
const read = (raw: string): Doc => readThrough('quotes', raw);

/** The quotes that are statements (terms left out), as the fields a reader checks. */
function said(raw: string): Array<{ text: string; kind: string; speaker: string | null; cue: string | null }> {
  return read(raw)
    .quotes.filter((q) => q.kind !== 'term')
    .map((q) => ({ text: q.text, kind: q.kind, speaker: q.speaker?.text ?? null, cue: q.cue?.lemma ?? null }));
}

function expectOffsetsHold(doc: Doc): void {
  for (const q of doc.quotes) {
    expect(doc.text.slice(q.start, q.end)).toBe(q.text);
    if (q.speaker) expect(doc.text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
    if (q.cue) expect(doc.text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
  }
}

const SEED = [
  'At the end of the talks, Blinken reaffirmed the “commitment” of the US “to work with Iraq on security and to always work for Iraqi sovereigntyin order to ensure that the country is “strengthened and protected”.',
  'The US Secretary of State also promised that Washington, which maintains about 2,500 troops in Iraq and 900 in Syriawill work to prevent any strengthening and re-emergence of the Islamic State (IK).',
  'Since last Sunday, and the fall of Assad, the Iraqi government demanded “respect” for the will of the Syrian people but also for the territorial integrity of Syria.',
  'Iraq, led by a coalition of mainly Shiite political parties, is a major factor in, called by Iran, “Axis of Resistance”, which includes Hamas in the Gaza Strip.',
].join('\n');

describe('quotes: the seed article', () => {
  const doc = read('The US Secretary of State Anthony Blinken visited Iraq today.\n' + SEED);

  it('finds the reaffirmed commitment as a partial quote of Blinken', () => {
    const q = doc.quotes.find((x) => x.cue?.lemma === 'reaffirm');
    expect(q).toMatchObject({ kind: 'mixed', speaker: { text: 'Blinken' } });
    expect(q?.text.startsWith('the “commitment” of the US “to work with Iraq')).toBe(true);
    // The unclosed quotation ends where the next one opens, so the content runs to the last closing mark.
    expect(q?.text.endsWith('“strengthened and protected”')).toBe(true);
  });

  it('finds the promise as reported speech of the Secretary, resolved to Anthony Blinken', () => {
    const q = doc.quotes.find((x) => x.cue?.lemma === 'promise');
    expect(q).toMatchObject({ kind: 'indirect', speaker: { text: 'The US Secretary of State' } });
    expect(q?.text.startsWith('that Washington, which maintains')).toBe(true);
    expect(q?.text.endsWith('the Islamic State (IK)')).toBe(true);
    const entity = q?.speaker?.entity;
    expect(entity).toBeDefined();
    expect(doc.entities[entity!].canonical).toBe('Anthony Blinken');
  });

  it('finds the demand of the Iraqi government with its quoted word', () => {
    const q = doc.quotes.find((x) => x.cue?.lemma === 'demand');
    expect(q).toMatchObject({ kind: 'mixed', speaker: { text: 'the Iraqi government' } });
    expect(q?.text).toBe('“respect” for the will of the Syrian people but also for the territorial integrity of Syria');
  });

  it('takes “Axis of Resistance” for a term, not a statement', () => {
    const axis = doc.quotes.filter((x) => x.text.includes('Axis of Resistance'));
    expect(axis).toEqual([expect.objectContaining({ kind: 'term', speaker: null, cue: null, text: '“Axis of Resistance”' })]);
  });

  it('keeps every span an exact slice of the text', () => expectOffsetsHold(doc));
});

describe('quotes: direct quotations', () => {
  it('“...,” he said', () => {
    expect(said('“We will not leave,” he said.')).toEqual([{ text: '“We will not leave,”', kind: 'direct', speaker: 'he', cue: 'say' }]);
  });

  it('X said: “...”', () => {
    expect(said('Clinton said: “This is a worldwide fight.”')).toEqual([
      { text: '“This is a worldwide fight.”', kind: 'direct', speaker: 'Clinton', cue: 'say' },
    ]);
  });

  it('“...,” said X, with straight marks', () => {
    expect(said('"It is going well so far," said Police Commissioner Richard Ross.')).toEqual([
      { text: '"It is going well so far,"', kind: 'direct', speaker: 'Police Commissioner Richard Ross', cue: 'say' },
    ]);
  });

  it('a quotation split by its attribution gives two contents of one speaker', () => {
    expect(said('“It is going well so far,” Ross said, “and the police are doing their jobs.”')).toEqual([
      { text: '“It is going well so far,”', kind: 'direct', speaker: 'Ross', cue: 'say' },
      { text: '“and the police are doing their jobs.”', kind: 'direct', speaker: 'Ross', cue: 'say' },
    ]);
  });

  it('a quote running over paragraphs is one span, and its speaker carries on', () => {
    const raw = 'Sanders told the crowd: “We are going to win this state.\n\n“And then we are going to win the nomination.”';
    const qs = said(raw);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'direct', speaker: 'Sanders', cue: 'tell' });
    expect(qs[0].text.startsWith('“We are going')).toBe(true);
    expect(qs[0].text.endsWith('win the nomination.”')).toBe(true);
  });

  it('a quotation standing alone after an attributed one keeps the speaker', () => {
    const qs = said('“We will win,” Trump said.\n\n“Nobody has ever seen crowds like these before in this country.”');
    expect(qs.map((q) => q.speaker)).toEqual(['Trump', 'Trump']);
  });

  it('nested single quotes stay inside the outer quotation', () => {
    const qs = said('“They keep telling me ‘be patient’ and I am done waiting,” the mayor said.');
    expect(qs).toEqual([{ text: '“They keep telling me ‘be patient’ and I am done waiting,”', kind: 'direct', speaker: 'the mayor', cue: 'say' }]);
  });
});

describe('quotes: unbalanced marks', () => {
  it('an opening mark never closed ends at the paragraph end', () => {
    const regions = findQuoteRegions('He said “we will stay here\nThe next day was calm.');
    expect(regions).toEqual([expect.objectContaining({ start: 8, closed: false })]);
    expect('He said “we will stay here'.slice(regions[0].start, regions[0].end)).toBe('“we will stay here');
  });

  it('an opening mark met while open ends the first quotation', () => {
    const text = 'a “first part and then “second part” end';
    expect(findQuoteRegions(text).map((r) => text.slice(r.start, r.end))).toEqual(['“first part and then', '“second part”']);
  });

  it('a curly opening mark typed in place of a closing one still closes', () => {
    const text = 'the “Axis of Resistance“ which includes Hamas';
    expect(findQuoteRegions(text).map((r) => text.slice(r.start, r.end))).toEqual(['“Axis of Resistance“']);
  });

  it('a stray closing mark opens nothing', () => {
    expect(findQuoteRegions('He was done.” Then he left.')).toEqual([]);
  });
});

describe('quotes: partial quotes and terms', () => {
  it('a quoted word inside reported speech makes a mixed quote', () => {
    expect(said('Police Commissioner Richard Ross described the demonstrations as largely "very peaceful."')).toEqual([
      expect.objectContaining({ kind: 'mixed', speaker: 'Police Commissioner Richard Ross', cue: 'describe' }),
    ]);
  });

  it('words before a quotation in the same sentence make the content before the cue mixed', () => {
    expect(said('Mills “got an immunity agreement,” Jordan said.')).toEqual([
      { text: 'Mills “got an immunity agreement,”', kind: 'mixed', speaker: 'Jordan', cue: 'say' },
    ]);
    // A quotation opening the sentence is direct, whatever it holds.
    expect(said('“Mills got an immunity agreement,” Jordan said.').map((q) => q.kind)).toEqual(['direct']);
  });

  it('a scare-quoted name with no cue is a term', () => {
    const doc = read('Thousands of fighters joined the “Popular Mobilization Forces” in 2014.');
    expect(doc.quotes.find((q) => q.text === '“Popular Mobilization Forces”')?.kind).toBe('term');
  });
});

describe('quotes: reported speech through cue verbs', () => {
  const cases: Array<[string, string, string, string]> = [
    ['Cox says Obama is trying to distract from his lack of a strategy.', 'say', 'Cox', 'Obama is trying to distract from his lack of a strategy'],
    ['The minister told reporters that the border would reopen on Monday.', 'tell', 'The minister', 'that the border would reopen on Monday'],
    ['The governor promised to rebuild every school destroyed by the storm.', 'promise', 'The governor', 'to rebuild every school destroyed by the storm'],
    ['The company pledged to cut its emissions by half before 2030.', 'pledge', 'The company', 'to cut its emissions by half before 2030'],
    ['Netanyahu vowed to continue the offensive until all hostages are freed.', 'vow', 'Netanyahu', 'to continue the offensive until all hostages are freed'],
    ['The unions demanded higher wages for nurses and teachers.', 'demand', 'The unions', 'higher wages for nurses and teachers'],
    ['Guterres urged both sides to return to the negotiating table.', 'urge', 'Guterres', 'both sides to return to the negotiating table'],
    ['The senator called for an independent inquiry into the shooting.', 'call', 'The senator', 'an independent inquiry into the shooting'],
    ['The Kremlin denied that its troops had crossed the border.', 'deny', 'The Kremlin', 'that its troops had crossed the border'],
    ['Economists warned that the tariffs would raise prices for families.', 'warn', 'Economists', 'that the tariffs would raise prices for families'],
    ['Both parties agreed to hold new elections in the spring.', 'agree', 'Both parties', 'to hold new elections in the spring'],
    ['Mook refused to speculate on the events following the election.', 'refuse', 'Mook', 'to speculate on the events following the election'],
    ['The ministry announced a curfew in the capital after the riots.', 'announce', 'The ministry', 'a curfew in the capital after the riots'],
  ];
  for (const [sentence, cue, speaker, content] of cases) {
    it(`${cue}: ${sentence}`, () => {
      expect(said(sentence)).toContainEqual({ text: content, kind: 'indirect', speaker, cue });
    });
  }

  it('according to X, the content is the clause before', () => {
    expect(said('The talks collapsed on Friday, according to two diplomats.')).toEqual([
      { text: 'The talks collapsed on Friday', kind: 'indirect', speaker: 'two diplomats', cue: 'accord' },
    ]);
  });

  it('"CONTENT according to X" after an earlier cue\'s object: the source vouches for the clause after the break', () => {
    expect(said('Relief agencies on Tuesday urged donors to send $40 million for flood victims in Malawi, where some 300,000 people need shelter according to the United Nations.')).toEqual([
      { text: 'donors to send $40 million for flood victims in Malawi', kind: 'indirect', speaker: 'Relief agencies', cue: 'urge' },
      { text: 'some 300,000 people need shelter', kind: 'indirect', speaker: 'the United Nations', cue: 'accord' },
    ]);
  });

  it('a cue\'s object ends where a clause of its own begins: "criticized the trade deal, which he said ..."', () => {
    expect(said('The senator criticized the trade deal, which he said would cost thousands of jobs.')).toEqual([
      { text: 'the trade deal', kind: 'indirect', speaker: 'The senator', cue: 'criticize' },
      { text: 'would cost thousands of jobs', kind: 'indirect', speaker: 'he', cue: 'say' },
    ]);
  });

  it('content before the cue: "..., a source said"', () => {
    expect(said('A campaign operative changed course at the last minute, a source said.')).toEqual([
      { text: 'A campaign operative changed course at the last minute', kind: 'indirect', speaker: 'a source', cue: 'say' },
    ]);
  });

  it('a nested cue stops before the trailing attribution', () => {
    expect(said('A campaign operative decided to change course, a source said.')).toEqual([
      { text: 'A campaign operative decided to change course', kind: 'indirect', speaker: 'a source', cue: 'say' },
      { text: 'to change course', kind: 'indirect', speaker: 'A campaign operative', cue: 'decide' },
    ]);
  });

  it('Budapest denied: a place speaking for its government', () => {
    const doc = read('Budapest denied that it had blocked the sanctions package.');
    const q = doc.quotes[0];
    expect(q).toMatchObject({ kind: 'indirect', speaker: { text: 'Budapest' }, cue: { lemma: 'deny' } });
    expect(q.speaker?.entity).toBeDefined();
  });

  it('a headline "Name: claim" attributes the claim to the name', () => {
    expect(said('Graham: Trump Destroying GOP Chance to Win Presidency')).toEqual([
      { text: 'Trump Destroying GOP Chance to Win Presidency', kind: 'indirect', speaker: 'Graham', cue: 'say' },
    ]);
  });

  it('a "that" ending the reported clause opens nothing: "said the test could change that"', () => {
    expect(said('The sky was clear. Mr. Smith said the latest nuclear test could change that.')).toEqual([
      { text: 'the latest nuclear test could change that', kind: 'indirect', speaker: 'Mr. Smith', cue: 'say' },
    ]);
  });

  it('an attribution between commas splits the content: "Acts of protest, Mr. Obama said, are acts of patriotism"', () => {
    expect(said('Acts of protest, Mr. Obama said, are acts of patriotism.').map((q) => q.text)).toEqual(['Acts of protest', 'are acts of patriotism']);
    // A lone discourse word before the attribution is no part of what was said.
    expect(said('Still, he said, the plan was sound.').map((q) => q.text)).toEqual(['the plan was sound']);
  });

  it('content stops before ", but unions said": a joined clause with its own subject and cue', () => {
    const found = said('She offered to bring forward a £2.5bn green steel fund, but unions said the offer came "far too late".');
    expect(found).toContainEqual({ text: 'to bring forward a £2.5bn green steel fund', kind: 'indirect', speaker: 'She', cue: 'offer' });
    expect(found).toContainEqual({ text: 'the offer came "far too late"', kind: 'mixed', speaker: 'unions', cue: 'say' });
  });

  it('a verb of undergoing reports nothing: "Iraqis and Syrians experienced the brutality ..."', () => {
    expect(said('Iraqis and Syrians experienced the brutality of this jihadist organization, which ten years ago established a caliphate.')).toEqual([]);
  });

  it('subjects joined by "and" speak together: "..., the World Health Organization and UNICEF said"', () => {
    expect(said('Measles cases rose to 127,000 in 2024, the World Health Organization and UNICEF said in a joint report.')).toEqual([
      { text: 'Measles cases rose to 127,000 in 2024', kind: 'indirect', speaker: 'the World Health Organization and UNICEF', cue: 'say' },
    ]);
  });

  it('the occasion of speech is no content: "In a speech in Fort Pierce, Florida Friday, Clinton said, ..."', () => {
    expect(said('In a speech in Fort Pierce, Florida Friday, Clinton said, the plan was dead.').map((q) => q.text)).toEqual(['the plan was dead']);
    expect(said('In his state, Christie said, the taxes went down.').map((q) => q.text)).toEqual(['In his state', 'the taxes went down']);
  });

  it('the subject of a raising or passive cue is content and names no source: "X is expected to", "X appears to"', () => {
    expect(said('The final shuttering of the factory is not expected to happen until 2019.')).toEqual([
      { text: 'The final shuttering of the factory', kind: 'indirect', speaker: null, cue: 'expect' },
      { text: 'to happen until 2019', kind: 'indirect', speaker: null, cue: 'expect' },
    ]);
    expect(said('In New Hampshire, which votes second, Sanders appears to have a slight lead.').map((q) => [q.text, q.speaker])).toEqual([
      ['Sanders', null],
      ['to have a slight lead', null],
    ]);
    // An active use of a mostly passive form keeps its subject as the speaker.
    expect(said('Mr. Deese expected that the president would hand him some last-minute changes.').map((q) => q.speaker)).toEqual(['Mr. Deese']);
  });

  it('reads no speech into passives and place phrases', () => {
    expect(said("Blinken's visit to Iraq was not announced until after the meeting.")).toEqual([]);
    expect(said('The United States remains the largest donor.')).toEqual([]);
  });
});

describe('quotes: speakers', () => {
  const speakerOf = (sentence: string): string | null => said(sentence)[0]?.speaker ?? null;

  it('poll counts speak: "47 percent said", "About 4 in 10 say"', () => {
    expect(speakerOf('In the poll, 47 percent said they would vote for Clinton.')).toBe('47 percent');
    expect(speakerOf('About 4 in 10 say they want the next president to have more liberal policies.')).toBe('About 4 in 10');
  });

  it('an appositive name: "Her senior policy adviser, Jake Sullivan, said"', () => {
    expect(said('Her senior policy adviser, Jake Sullivan, said the plan was sound.')).toEqual([
      { text: 'the plan was sound', kind: 'indirect', speaker: 'Jake Sullivan', cue: 'say' },
    ]);
  });

  it('a name before its appositive: "Samantha Phillips, the city\'s emergency director, said"', () => {
    expect(speakerOf("Samantha Phillips, the city's emergency director, said the heat could last through the week.")).toBe('Samantha Phillips');
  });

  it('a party and state abbreviation the segmenter ends a sentence at: "Sen. Bernie Sanders (I-Vt.) said"', () => {
    expect(said('Sen. Bernie Sanders (I-Vt.) said he will make his medical records available to the public.')).toEqual([
      { text: 'he will make his medical records available to the public', kind: 'indirect', speaker: 'Sen. Bernie Sanders', cue: 'say' },
    ]);
    expect(speakerOf('Rep. Hank Johnson (D-Ga.) said that turnout had surprised him.')).toBe('Rep. Hank Johnson');
  });

  it('an appositive with commas of its own between the name and the verb', () => {
    expect(speakerOf('Anne Richards, assistant secretary of state for population, refugees, and migration, said the new plans were steps in the right direction.')).toBe('Anne Richards');
    expect(speakerOf('Paul Porter, a truck driver from Ava, Mo., who is a member of the union, said the factory closed in May.')).toBe('Paul Porter');
    expect(speakerOf('Rep. Elijah Cummings (D-Md.), chair of the Platform Committee, said that the process was open.')).toBe('Rep. Elijah Cummings');
  });

  it('a participle after a dash, a quotation or "while" keeps the sentence subject as its speaker', () => {
    const bySpeaker = (sentence: string, cue: string): string | null => said(sentence).find((q) => q.cue === cue)?.speaker ?? null;
    expect(bySpeaker('Marco Rubio flipped his choice on the spot – saying he was rooting for Peyton Manning.', 'say')).toBe('Marco Rubio');
    expect(bySpeaker('Mr. Trump said of the episode, “I don’t like it,” adding that the protesters had real anger.', 'add')).toBe('Mr. Trump');
    expect(bySpeaker('Mr. Sanders stayed in the race while saying that he does respect Mrs. Clinton.', 'say')).toBe('Mr. Sanders');
  });

  it('"Asked about X, Christie said that ...": the question ends where the answering clause and its speaker begin', () => {
    const found = said('Asked about his previous criticisms of Trump, Christie said that was a natural part of the race.');
    expect(found.find((x) => x.cue === 'ask')?.text).toBe('about his previous criticisms of Trump');
    expect(found.find((x) => x.cue === 'say')).toEqual({ text: 'that was a natural part of the race', kind: 'indirect', speaker: 'Christie', cue: 'say' });
  });

  it('a party in parentheses between the name and the verb: "Gov. Pat McCrory (R) said"', () => {
    expect(speakerOf('Gov. Pat McCrory (R) said the tax plan would pass before the recess.')).toBe('Gov. Pat McCrory');
  });

  it('a name before a lower-case inserted title: "Richard Revesz, director of the institute, said"', () => {
    expect(speakerOf('Richard Revesz, director of the institute, said the suing states were exaggerating the costs.')).toBe('Richard Revesz');
  });

  it('a circumstance after "said" is no content: "“...,” Clinton said on Thursday during a speech in New York"', () => {
    expect(said('“We need a strategy with three main elements,” Clinton said on Thursday during a speech at the council in New York.')).toEqual([
      { text: '“We need a strategy with three main elements,”', kind: 'direct', speaker: 'Clinton', cue: 'say' },
    ]);
  });

  it('an appositive after an inverted speaker is no content: "said Andrew Rice, a Democrat"', () => {
    const qs = said('“That leaves a more urban, younger universe,” said Andrew Rice, a Democrat and former state senator.');
    expect(qs.map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Andrew Rice']]);
  });

  it('a possessive organization and a day name between subject and verb', () => {
    expect(speakerOf("Bernie Sanders' campaign says it raised more than $21 million in January.")).toBe("Bernie Sanders' campaign");
    expect(speakerOf('A news report Wednesday said the minister had used a private account.')).toBe('A news report');
  });

  it('the subject of a coordinated verb: "Blinken arrived ... and reaffirmed"', () => {
    expect(speakerOf('Anthony Blinken arrived in Baghdad on a transport aircraft and reaffirmed US commitment to the security of Iraq.')).toBe(
      'Anthony Blinken',
    );
  });

  it('a title before the name after a quotation: "“...,” WFP country director Anna Lindqvist told reporters"', () => {
    expect(said('“We are at a breaking point,” WFP country director Anna Lindqvist told reporters in Nairobi on Sunday.')).toEqual([
      { text: '“We are at a breaking point,”', kind: 'direct', speaker: 'Anna Lindqvist', cue: 'tell' },
    ]);
    expect(said('“Many of our members will close,” its director general Chidi Okafor told the newspaper.').map((q) => [q.kind, q.speaker])).toEqual([
      ['direct', 'Chidi Okafor'],
    ]);
  });

  it('a verb joined by "but" shares the subject of the cue before it', () => {
    const qs = said('Catalan regional president Jordi Puig welcomed the help but accused Madrid of acting “too late”.');
    expect(qs.find((q) => q.cue === 'accuse')).toMatchObject({ text: 'Madrid of acting “too late”', speaker: 'Jordi Puig' });
    const civil = said('Demonstrators said they want “justice for Terrence,” but pledged to remain civil.');
    expect(civil.map((q) => [q.text, q.speaker])).toEqual([
      ['they want “justice for Terrence,”', 'Demonstrators'],
      ['to remain civil', 'Demonstrators'],
    ]);
  });

  it('a time or prepositional tail after a trailing "said" is circumstance, commas and all', () => {
    expect(said('The ruling party won 54.2 percent of the vote, the Central Election Commission said on Sunday, with 98 percent of ballots counted.')).toEqual([
      { text: 'The ruling party won 54.2 percent of the vote', kind: 'indirect', speaker: 'the Central Election Commission', cue: 'say' },
    ]);
  });

  it('an organisation before its "which" clause is the subject: "Polkom, which has 11 million customers, rejected ..."', () => {
    expect(said('The opposition alliance Coalition for Change, which got about 37 percent, rejected the results.')).toEqual([
      { text: 'the results', kind: 'indirect', speaker: 'The opposition alliance Coalition for Change', cue: 'reject' },
    ]);
    // Declining to speak reports nothing.
    expect(said('Polkom, which has 11 million customers, declined to comment.')).toEqual([]);
  });

  it('a headline verb after a comma shares the subject and takes its short object as content', () => {
    expect(said('US Secretary of State visits Baghdad, promises support against Islamic State')).toEqual([
      { text: 'support against Islamic State', kind: 'indirect', speaker: 'US Secretary of State', cue: 'promise' },
    ]);
    expect(said('Finland seizes tanker after undersea cable damaged, Estonia calls for NATO patrols').map((q) => [q.text, q.speaker])).toEqual([
      ['NATO patrols', 'Estonia'],
    ]);
  });

  it('a participle with no cue before it takes the subject of the main verb, past a leading place phrase', () => {
    expect(said('Here in Columbia, Sanders stepped up his criticism of the justice system, saying that too many young men are in prison.')).toContainEqual(
      { text: 'that too many young men are in prison', kind: 'indirect', speaker: 'Sanders', cue: 'say' },
    );
    expect(said('LOS ANGELES — Hillary Clinton and her allies went after Donald Trump\'s business record on Tuesday, launching a new round of attacks on his casinos.')).toContainEqual(
      { text: 'a new round of attacks on his casinos', kind: 'indirect', speaker: 'Hillary Clinton and her allies', cue: 'launch' },
    );
  });

  it('a participle phrase opening the sentence takes the subject of the main clause after it', () => {
    expect(said('After blasting the new ad, the governor called for an apology.')).toContainEqual({ text: 'the new ad', kind: 'indirect', speaker: 'the governor', cue: 'blast' });
    expect(said('Conceding that the race was close, the senator said he would campaign harder.')).toContainEqual(
      { text: 'that the race was close', kind: 'indirect', speaker: 'the senator', cue: 'concede' },
    );
  });

  it('a participle keeps the sentence speaker: "McCain said, citing ..."', () => {
    const qs = said('“It is a reflection of frustration,” McCain said, citing low economic growth and unemployment.');
    expect(qs.map((q) => [q.cue, q.speaker])).toEqual([
      ['say', 'McCain'],
      ['cite', 'McCain'],
    ]);
  });
});

describe('quotes: odd input never throws and keeps offsets', () => {
  it('empty, mark-only and huge-token texts', () => {
    for (const raw of ['', '“', '”“"', '"'.repeat(500), 'said said said', 'x'.repeat(20000) + ' said “' + 'y'.repeat(5000)]) {
      const doc = read(raw);
      expectOffsetsHold(doc);
      expect(doc.messages.filter((m) => m.stage === 'quotes')).toEqual([]);
    }
  });

  it('any mix of words, marks and newlines', () => {
    const pieces = ['said', 'told', 'he', 'Trump', 'that', '“', '”', '"', "''", ',', '.', ':', '\n', '\n\n', ' ', 'the plan', 'according to', '😀', 'é'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const doc = read(parts.join(' '));
        expectOffsetsHold(doc);
        for (const q of doc.quotes as Quote[]) expect(q.end).toBeGreaterThan(q.start);
      }),
      { numRuns: 150 },
    );
  });
});
