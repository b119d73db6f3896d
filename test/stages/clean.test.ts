import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clean } from '../../src/stages/clean.js';
import { createDoc } from '../../src/model/create.js';
import { spanToRaw, toRaw } from '../../src/text/offset-map.js';
import type { Doc } from '../../src/model/doc.js';

const cleaned = (raw: string): Doc => clean(createDoc({ id: 't', source: 'test', published: '2024-12-13', title: null, raw }));

/** The raw text behind a stretch of cleaned text, found through the offset map. */
function rawOf(doc: Doc, needle: string, from = 0): string {
  const start = doc.text.indexOf(needle, from);
  expect(start, `"${needle}" in cleaned text`).toBeGreaterThanOrEqual(0);
  const span = spanToRaw(doc.offsets, { start, end: start + needle.length });
  return doc.article.raw.slice(span.start, span.end);
}

// Sentences of the seed article: a machine-translated news story whose links were stripped.
const SEED = [
  'Anthony Blinken arrived in Baghdad on a C-17 transport aircraft, under the helicopter escort and reaffirmed US commitment to security of Iraqat a time when Washington wants to further reduce Iran’s influence in the region.',
  'The US Secretary of State also promised that Washington, which maintains about 2,500 troops in Iraq and 900 in Syriawill work to prevent any strengthening and re-emergence of the Islamic State (IK).',
  'ANDREW CABALLERO-REYNOLDS/Pool via REUTERS',
  'OR Baghdadwhose diplomatic mission in Damascus has already resumed its activities, he wishes above all to prevent the spread of unrest from Syria.',
  'At the end of the talks, Blinken reaffirmed the “commitment” of the US “to work with Iraq on security and to always work for Iraqi sovereigntyin order to ensure that the country is “strengthened and protected”.',
  'ANDREW CABALLERO-REYNOLDS/Pool via REUTERS',
  'Iraq is a major factor in, called by Iran, “Axis of Resistance”, which includes Hamas in the Gaza Strip and Hezbollahwhich they have weakened by Israel’s October 7 war.',
].join('\n');

describe('clean on the seed article', () => {
  const doc = cleaned(SEED);

  it('splits the words that stripped links glued together', () => {
    expect(doc.text).toContain('security of Iraq at a time');
    expect(doc.text).toContain('900 in Syria will work');
    expect(doc.text).toContain('OR Baghdad whose diplomatic mission');
    expect(doc.text).toContain('Iraqi sovereignty in order');
    expect(doc.text).toContain('Hezbollah which they have weakened');
    expect(doc.messages.filter((m) => m.text.startsWith('split glued word'))).toHaveLength(5);
  });

  it('maps the split words back to the glued raw word', () => {
    expect(rawOf(doc, 'Iraq at')).toBe('Iraqat');
    expect(rawOf(doc, 'Syria will work')).toBe('Syriawill work');
    expect(rawOf(doc, 'Hezbollah which they')).toBe('Hezbollahwhich they');
  });

  it('sets the photo credit lines aside with their raw offsets', () => {
    expect(doc.text).not.toContain('REUTERS');
    expect(doc.credits).toHaveLength(2);
    for (const credit of doc.credits) {
      expect(credit.text).toBe('ANDREW CABALLERO-REYNOLDS/Pool via REUTERS');
      expect(SEED.slice(credit.rawStart, credit.rawEnd)).toBe(credit.text);
    }
    // The lines around a credit stay separate lines.
    expect(doc.text).toContain('(IK).\nOR Baghdad');
  });

  it('turns curly apostrophes into straight ones and keeps curly double quotes', () => {
    expect(doc.text).toContain("reduce Iran's influence");
    expect(doc.text).toContain('the “commitment” of the US “to work');
    expect(doc.text).toContain('“Axis of Resistance”');
    expect(rawOf(doc, "Iran's influence")).toBe('Iran’s influence');
  });

  it('maps every untouched stretch back to the same raw text', () => {
    for (const sentence of ['Anthony Blinken arrived in Baghdad on a C-17 transport aircraft', 'diplomatic mission in Damascus has already resumed its activities']) {
      expect(rawOf(doc, sentence)).toBe(sentence);
    }
  });
});

describe('glued words that are real words stay whole', () => {
  it.each([
    'Vietnamese', 'within', 'Athens', 'Parisian', 'Berliner', 'Hamburgers', 'Canadian', 'another', 'Newton',
    'Everton', 'Clinton', 'Martin', 'Putin', 'Chilean', 'Malian', 'Brighton', 'Sadat', 'cotton', 'wherein', 'whereof',
  ])('%s', (word) => {
    const doc = cleaned(`They met ${word} and the rest of the delegation on Tuesday.`);
    expect(doc.text).toContain(` ${word} `);
  });

  it('does not split rare words or names written in lower case', () => {
    for (const raw of ['His raison d’etre was clear.', 'They ate lechon asado.', 'follow clinton on twitter']) {
      expect(cleaned(raw).messages.filter((m) => m.text.startsWith('split'))).toEqual([]);
    }
  });

  it('splits a common word glued to a function word, and a name the article keeps using', () => {
    expect(cleaned('Attacks on judgeby a potential president alarm lawyers.').text).toBe('Attacks on judge by a potential president alarm lawyers.');
    expect(cleaned('Manafort left. Manafort founded it. He met Manafortin 1995.').text).toContain('met Manafort in 1995');
  });

  it('splits a name glued to "next", "without" and prepositions before a year or a determiner', () => {
    expect(cleaned('The firm will close its plant in Zwickaunext year.').text).toContain('in Zwickau next year');
    expect(cleaned('He warned that Moldovawithout new pipelines would suffer.').text).toContain('Moldova without new');
    expect(cleaned('They will invest in chip factories in Gujaratby 2030.').text).toContain('in Gujarat by 2030');
    expect(cleaned('He urged Washingtonto unblock the loan.').text).toContain('Washington to unblock');
    // A known place beats a longer unknown left part that only the context supports ("Abujath at the").
    expect(cleaned('He told a news conference in Abujathat the bank would act.').text).toContain('in Abuja that the bank');
  });

  it('splits a known name glued to the past-tense or reporting verb after it', () => {
    expect(cleaned('The canopy collapse in Novi Sadkilled 16 people.').text).toContain('Novi Sad killed 16 people');
    expect(cleaned('Putin met him. Putinsaid the talks were useful.').text).toContain('Putin said the talks');
  });

  it('keeps names that end like a verb', () => {
    for (const raw of ['Mohammed, Manfred and Siegfried arrived with Winifred.']) expect(cleaned(raw).text).toBe(raw);
  });

  it('does not split names followed by scores, or surnames ending in "on"', () => {
    for (const raw of ['Scorers: Joakim Persson 81st minute, Mark Robkin 4-28.', 'Mayor Anne Bergeron the day before said no.', 'Dan Jenson (Australia) beat him 15-9.']) {
      expect(cleaned(raw).text).toBe(raw);
    }
  });

  it('splits a function word glued to the name after it', () => {
    expect(cleaned('He spoke toObama and then aboutVladimir Putin.').text).toBe('He spoke to Obama and then about Vladimir Putin.');
    expect(cleaned('He was referring toObama‘s policy.').text).toBe("He was referring to Obama's policy.");
  });

  it('keeps words whose capital inside is not a glue', () => {
    for (const raw of ['She bought an iPhone on eBay.', 'John McCain and Ron DeSantis met at LaGuardia.', 'He uses WhatsApp, PayPal and eMarketer data.']) {
      expect(cleaned(raw).text).toBe(raw);
    }
  });

  it('does not split inside URLs, e-mail addresses and hashtags', () => {
    const raw = 'See www.syriawill.com, mail iraqat@example.org or follow #Syriawill today.';
    expect(cleaned(raw).text).toBe(raw);
  });
});

describe('Unicode normalization', () => {
  it('turns CRLF and CR into LF and keeps offsets exact after them', () => {
    const doc = cleaned('Blinken landed.\r\nHe met al-Sudani.\rThey talked.');
    expect(doc.text).toBe('Blinken landed.\nHe met al-Sudani.\nThey talked.');
    expect(rawOf(doc, 'He met al-Sudani.')).toBe('He met al-Sudani.');
    expect(rawOf(doc, 'They talked.')).toBe('They talked.');
  });

  it('turns NBSP and other Unicode spaces into spaces, one for one', () => {
    const raw = 'about\u00a02,500\u2009troops in\u202fIraq';
    const doc = cleaned(raw);
    expect(doc.text).toBe('about 2,500 troops in Iraq');
    expect(doc.text.length).toBe(raw.length);
    expect(rawOf(doc, '2,500 troops')).toBe('2,500\u2009troops');
  });

  it('deletes zero-width characters, soft hyphens and the BOM', () => {
    const raw = '\ufeffThe sover\u00adeignty of\u200b Iraq';
    const doc = cleaned(raw);
    expect(doc.text).toBe('The sovereignty of Iraq');
    expect(rawOf(doc, 'Iraq')).toBe('Iraq');
    expect(rawOf(doc, 'sovereignty')).toBe('sover\u00adeignty');
  });

  it('keeps emoji and other surrogate pairs whole, with exact offsets after them', () => {
    const raw = 'Fans 😀👍🏽 cheered in 𝐁𝐚𝐠𝐡𝐝𝐚𝐝 and Iran’s team won.';
    const doc = cleaned(raw);
    expect(doc.text).toBe("Fans 😀👍🏽 cheered in 𝐁𝐚𝐠𝐡𝐝𝐚𝐝 and Iran's team won.");
    expect(rawOf(doc, 'team won.')).toBe('team won.');
    expect(rawOf(doc, '😀👍🏽')).toBe('😀👍🏽');
  });

  it('keeps single curly quotes that are quotation marks, and dashes', () => {
    const doc = cleaned('He called it ‘a new start’ – and meant it.');
    expect(doc.text).toBe('He called it ‘a new start’ – and meant it.');
  });

  it('turns apostrophes in contractions, possessives and years into straight ones', () => {
    expect(cleaned('They don’t know the parents’ names from the ‘90s.').text).toBe("They don't know the parents' names from the '90s.");
  });
});

describe('HTML input', () => {
  const raw =
    '<html><head><title>News</title><style>p { color: red }</style><script>var x = "<p>no</p>";</script></head>' +
    '<body><h1>Blinken in Baghdad</h1>\n<p>The US&nbsp;Secretary of State said it was &#8220;a good day&#8221; for\n   AT&amp;T.</p>' +
    '<p>He met the <a href="/pm">Prime Minister</a>.<br>Talks went on.</p></body></html>';
  const doc = cleaned(raw);

  it('drops tags, script and style contents, decodes entities, and breaks lines at block tags', () => {
    expect(doc.text).toBe('News\nBlinken in Baghdad\nThe US Secretary of State said it was “a good day” for AT&T.\nHe met the Prime Minister.\nTalks went on.');
    expect(doc.messages.some((m) => m.text.includes('HTML'))).toBe(true);
  });

  it('maps text back into the HTML exactly', () => {
    expect(rawOf(doc, 'Prime Minister')).toBe('Prime Minister');
    expect(rawOf(doc, 'Blinken in Baghdad')).toBe('Blinken in Baghdad');
    expect(rawOf(doc, '“a good day”')).toBe('&#8220;a good day&#8221;');
    expect(rawOf(doc, 'AT&T.')).toBe('AT&amp;T.');
  });

  it('leaves text with a stray "<" alone', () => {
    const plain = 'Turnout was < 40% and > 30% in Basra.';
    expect(cleaned(plain).text).toBe(plain);
  });
});

describe('credit and caption lines', () => {
  it.each([
    'ANDREW CABALLERO-REYNOLDS/Pool via REUTERS',
    'REUTERS/Jonathan Ernst',
    '(AP Photo/Evan Vucci)',
    'Photo: John Smith/Getty Images',
    'Credit: Jane Doe for The New York Times',
    'Getty Images',
    'AFP via Getty Images',
    'Image copyright Getty Images',
    'Jonathan Ernst/Reuters',
    'Advertisement',
    '(Photo by Brendan Smialowski/AFP via Getty Images)',
    'Image source, Getty Images',
    'Image caption, Mr Blinken met Iraqi leaders in Baghdad on Friday',
    'FILE PHOTO: Secretary of State Antony Blinken speaks in Washington, U.S., May 5, 2021. REUTERS/Evelyn Hockstein/File Photo',
    '[Photo: AP]',
    '- Reuters.',
    'The minister speaks during a meeting in Bern on October 2, 2015. (JOHN SMITH/AFP/Getty Images.)',
    // Agencies and papers not in the list: a photographer's name, a slash and the outlet.
    'Jane Doe/The Canadian Press',
    'Marek Nowak/The Warsaw Voice',
    'TOMASZ GZELL/PAP',
    'Kim Hong-ji/Yonhap News',
  ])('sets aside "%s"', (line) => {
    const raw = `Blinken arrived in Baghdad on Friday.\n${line}\nHe met the Iraqi Prime Minister.`;
    const doc = cleaned(raw);
    expect(doc.text).toBe('Blinken arrived in Baghdad on Friday.\nHe met the Iraqi Prime Minister.');
    expect(doc.credits).toHaveLength(1);
    expect(raw.slice(doc.credits[0].rawStart, doc.credits[0].rawEnd)).toBe(line);
  });

  it('sets aside a caption that ends in a credit', () => {
    const doc = cleaned('Secretary of State Antony Blinken speaks in Baghdad, Iraq, December 13, 2024. REUTERS/Jonathan Ernst\nBlinken said the talks went well.');
    expect(doc.text).toBe('Blinken said the talks went well.');
  });

  it.each([
    'LONDON 1996-08-30',
    'SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .',
    'Reuters reported that the talks had failed.',
    'The photo was taken by a Reuters photographer in Baghdad.',
    'Source: officials said the attack killed 12 people in Aleppo on Sunday.',
    'Photo opportunities were rare, the Reuters/Ipsos poll found.',
    'Baghdad 2024-12-13',
    'Source: Energy Information Administration',
    'Kyiv/Moscow',
    'Trump/Biden rematch looms over the convention',
    'Talks in Geneva/Lausanne ended without a deal.',
  ])('keeps the article line "%s"', (line) => {
    const raw = `${line}\nThe talks went on.`;
    const doc = cleaned(raw);
    expect(doc.text).toBe(raw);
    expect(doc.credits).toEqual([]);
  });

  it('removes a credit on the last line without leaving a dangling line break', () => {
    expect(cleaned('He left Baghdad.\nREUTERS/Jonathan Ernst').text).toBe('He left Baghdad.');
  });
});

describe('problems become messages', () => {
  it('warns about text in another script', () => {
    const doc = cleaned('Министр иностранных дел России заявил, что переговоры продолжатся на следующей неделе в Москве.');
    expect(doc.messages.some((m) => m.severity === 'warning' && m.text.includes('non-Latin'))).toBe(true);
  });

  it('warns about text in another language', () => {
    const doc = cleaned(
      'Der Außenminister sagte am Freitag, dass die Gespräche über die Sicherheit der Region fortgesetzt werden sollen. ' +
        'Die Regierung wolle die Zusammenarbeit mit den Nachbarländern vertiefen, hieß es weiter aus dem Ministerium. ' +
        'Die Opposition kritisierte den Besuch scharf und forderte eine Debatte im Parlament noch vor der Sommerpause.',
    );
    expect(doc.messages.some((m) => m.severity === 'warning' && m.text.includes('English'))).toBe(true);
  });

  it('repairs mojibake through the offset map, and warns about what it cannot repair', () => {
    const raw = 'FranÃ§ois Delattre said Iranâ€™s influence at GuantÃ¡namo is â€œgrowingâ€\u009d.';
    const doc = cleaned(raw);
    expect(doc.text).toBe("François Delattre said Iran's influence at Guantánamo is “growing”.");
    expect(rawOf(doc, 'Guantánamo')).toBe('GuantÃ¡namo');
    expect(rawOf(doc, '“growing”')).toBe('â€œgrowingâ€\u009d');
    expect(doc.messages.some((m) => m.severity === 'info' && m.text.includes('repaired 5 mojibake'))).toBe(true);
    expect(cleaned('Iranâ€™s role').text).toBe("Iran's role");
    expect(cleaned('Iranâ€\u2015s influence is growing.').messages.some((m) => m.severity === 'warning' && m.text.includes('mojibake'))).toBe(true);
  });

  it('repairs text encoded twice over', () => {
    expect(cleaned('Iranâ€™s role'.replace('â€™', 'Ã¢â‚¬â„¢')).text).toBe("Iran's role");
  });

  it('leaves accented text and curly quotes that are not mojibake alone', () => {
    const raw = 'The café in Besançon served crème brûlée — “fine”, said Zoë.';
    expect(cleaned(raw).text).toBe(raw);
  });

  it('says nothing about plain English news', () => {
    const doc = cleaned('Blinken said on Friday that the United States would keep its troops in Iraq for now.');
    expect(doc.messages.filter((m) => m.severity !== 'info')).toEqual([]);
  });
});

describe('odd input', () => {
  it.each(['', '   \n\t  ', '\n\n\n', '\u200b\u200b', '<p></p>', '&amp;'])('copes with %j', (raw) => {
    const doc = cleaned(raw);
    expect(doc.offsets.textLength).toBe(doc.text.length);
    expect(doc.messages.filter((m) => m.severity === 'error')).toEqual([]);
  });

  it('never throws, and its map is monotone and exact on arbitrary Unicode (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (raw) => {
        const doc = cleaned(raw);
        expect(doc.messages.filter((m) => m.severity === 'error')).toEqual([]);
        expect(doc.offsets.textLength).toBe(doc.text.length);
        expect(doc.offsets.rawLength).toBe(raw.length);
        let previous = 0;
        for (let t = 0; t <= doc.text.length; t++) {
          const r = toRaw(doc.offsets, t);
          expect(r).toBeGreaterThanOrEqual(previous);
          previous = r;
        }
        for (const s of doc.offsets.segments) {
          expect(s.rawStart + s.length).toBeLessThanOrEqual(raw.length);
          expect(s.textStart + s.length).toBeLessThanOrEqual(doc.text.length);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every plain word exactly mappable on mixes of noisy news pieces (property)', () => {
    const pieces = [
      ' Blinken', ' said', ' Iraqat', ' Syriawill', ' toObama', ' GuantÃ¡namo', ' Iranâ€™s', ' <p>', '</p>', ' &amp;',
      '&#8220;', '\n', '\r\n', '\u00a0', '\u200b', ' “', '”', "'", ' 😀', '\nREUTERS/Jonathan Ernst\n', '\nGetty Images\n',
      ' <script>x</script>', ' Baghdad', ' sovereigntyin', '.',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const raw = parts.join('');
        const doc = cleaned(raw);
        expect(doc.messages.filter((m) => m.severity === 'error')).toEqual([]);
        // Every occurrence of a plain word in the text maps back to the same word in raw.
        for (const word of ['Blinken', 'said', 'Baghdad']) {
          for (let at = doc.text.indexOf(word); at >= 0; at = doc.text.indexOf(word, at + 1)) {
            const span = spanToRaw(doc.offsets, { start: at, end: at + word.length });
            expect(raw.slice(span.start, span.end)).toBe(word);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('hard-wrapped text', () => {
  const raw = [
    'Secretary of State Antony Blinken arrived in Baghdad on Friday for talks',
    'with Iraqi Prime Minister Mohammed Shia al-Sudani, the State Department',
    'said, as Washington seeks to coordinate a regional approach to Syria after',
    'the fall of Bashar al-Assad.',
    '',
    'Blinken reaffirmed the commitment of the United States to work with Iraq',
    'on security, and said Washington would keep about 2,500 troops in the',
    'country while the coalition winds down its mission against Islamic State.',
  ].join('\n');
  const doc = cleaned(raw);

  it('joins the lines of a paragraph and keeps the blank line between paragraphs', () => {
    expect(doc.text).toContain('arrived in Baghdad on Friday for talks with Iraqi Prime Minister');
    expect(doc.text.split('\n\n')).toHaveLength(2);
    expect(doc.text.length).toBe(raw.length);
  });

  it('leaves news with one paragraph per line alone', () => {
    const lines = 'SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .\nLONDON 1996-08-30\nJapan began the defence of their Asian Cup title with a lucky 2-1 win against Syria on Friday.\nChina lost 2-0 to Uzbekistan.\nThe two sides meet again in the final group match on Tuesday.\nAl-Ain, United Arab Emirates 1996-12-06\nNadim Ladki scored for Syria.';
    expect(cleaned(lines).text).toBe(lines);
  });
});
