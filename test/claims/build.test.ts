import { describe, expect, it } from 'vitest';
import { claimsOf } from './read.js';

describe('claims only from verbs that report, promise, demand or decide', () => {
  it('a verb that reports nothing makes no claim', () => {
    expect(claimsOf('The American Secretary of State seeks to coordinate a regional approach to Syria after the overthrow of the Assad regime.')).toEqual([]);
    expect(claimsOf('Iraqis and Syrians experienced the brutality of this jihadist organization.')).toEqual([]);
    expect(claimsOf('The opposition People’s Alliance voted against the plan.')).toEqual([]);
  });

  it('an act of an authority is a decision; the same verb with tractors is none', () => {
    expect(claimsOf('Warsaw – Poland’s competition authority UOKiK on Monday blocked the planned merger of mobile operators Nexa and Polkom.')).toEqual([
      expect.objectContaining({ type: 'decision', predicate: 'block', speaker: 'UOKiK', object: 'the planned merger of mobile operators Nexa and Polkom' }),
    ]);
    expect(claimsOf('Brussels – More than 1,500 tractors blocked the European quarter of Brussels on Monday, police said.').filter((c) => c.predicate === 'block')).toEqual([]);
  });

  it('a clause before "vow" or "declined" is no content of it', () => {
    expect(claimsOf('Regulator blocks telecom merger, companies vow to appeal').filter((c) => c.object.includes('Regulator'))).toEqual([]);
    expect(claimsOf('Polkom, which has 11 million customers, declined to comment.').filter((c) => c.object.includes('Polkom'))).toEqual([]);
  });

  it('"offered to" is a commitment; "refused to" a negative statement', () => {
    expect(claimsOf('She offered to bring forward a £2.5bn green steel fund.')).toEqual([expect.objectContaining({ type: 'commitment', predicate: 'offer' })]);
    expect(claimsOf('Castell Steel refused on Tuesday to rule out closing its last blast furnace in Port Talbot.')).toEqual([
      expect.objectContaining({ type: 'statement', predicate: 'refuse', polarity: 'negative', object: 'to rule out closing its last blast furnace in Port Talbot' }),
    ]);
  });

  it('an addressee or an adverbial after "told" / "said" is no content', () => {
    expect(claimsOf('WFP country director Anna Lindqvist told reporters in Nairobi on Sunday.')).toEqual([]);
  });
});

describe('claims: who speaks', () => {
  it('a second verb shares the subject of the first ("Kremlin spokesman Igor Sadov said ... and warned")', () => {
    const cs = claimsOf('Kremlin spokesman Igor Sadov said on Wednesday that such claims are "pure propaganda" and warned that the deployment "will have consequences.');
    expect(cs.map((c) => [c.type, c.speaker])).toEqual([
      ['statement', 'Igor Sadov'],
      ['warning', 'Igor Sadov'],
    ]);
  });

  it('the person heading the phrase, not an organisation before the name', () => {
    expect(claimsOf('Spain’s Minister for Ecological Transition Carmen Ortega defended on Wednesday the decision to send drinking water by ship from Valencia to Barcelona.')).toEqual([
      expect.objectContaining({ speaker: 'Carmen Ortega', object: 'the decision to send drinking water by ship from Valencia to Barcelona' }),
    ]);
  });

  it('the subject, not the place or date inside a prepositional phrase', () => {
    expect(claimsOf('Farmers from France, Belgium and Poland demanded that the European Commission drop plans to cut direct payments by 20 percent after 2027.')).toEqual([
      expect.objectContaining({ type: 'demand', speaker: 'Farmers' }),
    ]);
    const rome = claimsOf('Rome – Donors meeting in Rome pledged on Friday a total of €6.2 billion for the reconstruction of Ukraine’s energy grid and housing, the Italian Foreign Minister announced.');
    expect(rome).toContainEqual(expect.objectContaining({ type: 'commitment', speaker: 'Donors', object: 'a total of €6.2 billion for the reconstruction of Ukraine\'s energy grid and housing' }));
    expect(rome).toContainEqual(expect.objectContaining({ type: 'statement', predicate: 'announce', object: expect.stringMatching(/^Donors meeting in Rome pledged/) }));
  });

  it('a subject phrase cut before its name is completed ("The German arms maker Rheinwerk, which ..., welcomed")', () => {
    expect(claimsOf('The German arms maker Rheinwerk, which builds 300 tanks a year, welcomed the deal.')).toContainEqual(
      expect.objectContaining({ type: 'statement', predicate: 'welcome', speaker: 'Rheinwerk', object: 'the deal' }),
    );
    // ... but a first clause is no part of the subject of the second ("visits Baghdad, promises").
    expect(claimsOf('US Secretary of State visits Baghdad, promises support against Islamic State')).toEqual([
      expect.objectContaining({ type: 'promise', speaker: 'US Secretary of State', object: 'support against Islamic State' }),
    ]);
  });

  it('"the company" is the organisation named before it', () => {
    expect(claimsOf('Sorano Electronics will build a plant near Ahmedabad that will employ 6,000 people, the company said in a statement.')).toEqual([
      expect.objectContaining({ speaker: 'Sorano Electronics', predicate: 'say' }),
    ]);
  });

  it('a description that fits one organisation of the article is that organisation', () => {
    const cs = claimsOf(
      'Georgia’s ruling party claims victory, opposition alleges fraud\n\nTbilisi – The ruling Georgian Unity party won 54.2 percent of the vote. ' +
        'The opposition alliance Coalition for Change, which got about 37 percent, rejected the results.',
    );
    expect(cs).toContainEqual(expect.objectContaining({ predicate: 'claim', speaker: 'Georgian Unity', object: 'victory' }));
    // The headline's second clause has a subject of its own, which the body describes ("The opposition alliance ...").
    expect(cs).toContainEqual(expect.objectContaining({ predicate: 'allege', speaker: 'Coalition for Change', object: 'fraud' }));
  });

  it('a headline word for what the body calls otherwise ("Regulator" for "competition authority UOKiK")', () => {
    const cs = claimsOf(
      'Regulator blocks telecom merger, companies vow to appeal\n\nWarsaw – Poland’s competition authority UOKiK on Monday blocked the planned merger of mobile operators Nexa and Polkom. ' +
        'The European Commission said last month it had no objections to the deal.',
    );
    expect(cs).toContainEqual(expect.objectContaining({ type: 'decision', predicate: 'block', speaker: 'UOKiK', object: 'telecom merger' }));
  });
});

describe('claims: what is claimed', () => {
  it('ends where another speaker starts ("..., but unions said ...")', () => {
    const cs = claimsOf('She offered to bring forward a £2.5bn green steel fund, but unions said the offer came "far too late".');
    expect(cs).toEqual([
      expect.objectContaining({ type: 'commitment', object: 'to bring forward a £2.5bn green steel fund' }),
      expect.objectContaining({ type: 'statement', speaker: 'unions', object: 'the offer came far too late' }),
    ]);
  });

  it('a second verb of the same subject is a claim of its own ("welcomed the help but accused Madrid ...")', () => {
    const cs = claimsOf('Catalan regional president Jordi Puig welcomed the help but accused Madrid of acting “too late”.');
    expect(cs).toHaveLength(2);
    expect(cs).toContainEqual(expect.objectContaining({ predicate: 'welcome', speaker: 'Jordi Puig', object: 'the help' }));
    expect(cs).toContainEqual(expect.objectContaining({ predicate: 'accuse', speaker: 'Jordi Puig', object: 'Madrid of acting too late' }));
  });
});
