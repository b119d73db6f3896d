/*
 * Photo-credit, caption and boilerplate lines: text that is on the page but is not the article. A credit line is
 * short, has no sentence structure, and names a photo agency or photographer in one of the shapes agencies use:
 * `NAME/AGENCY`, `AGENCY/NAME`, `... via AGENCY`, `(AP Photo/NAME)`, `Photo: NAME/AGENCY`, `Credit: ...`,
 * `Image copyright ...`, or the agency alone. A caption is a line ending in such a credit. Datelines
 * (`LONDON 1996-08-30`) and upper-case headlines have no agency shape, so they stay.
 */

/** Photo and wire agencies as they are written in credits (case matters for the short acronyms). */
const AGENCY =
  "(?:Reuters|REUTERS|AP|AFP|EPA(?:-EFE)?|EFE|Getty Images|GETTY IMAGES|Getty|GETTY|Xinhua|XINHUA|Anadolu(?: Agency)?|ANP|AAP|dpa|DPA|PA(?: Images| Wire)?|Shutterstock|SHUTTERSTOCK|Alamy|Bloomberg|SIPA|Sipa(?: USA)?|TASS|Sputnik|NurPhoto|ZUMA(?: Wire| Press)?|Zuma(?: Press)?|Rex(?: Features)?|REX|Corbis|WireImage|SOPA Images|Sopa Images|Kyodo|KYODO|Yonhap|WENN|UPI|IANS|PTI|ANI|Abaca(?:press)?|ABACA|Redux|Polaris|(?:The )?Associated Press|Agence France-Presse|Handout|HANDOUT|Pool|POOL|Bloomberg via Getty Images|Imago|IMAGO|Avalon|Reuters Pictures|Planet Pix|Flickr|Wikimedia Commons|Courtesy of [A-Z][\\w.&' -]{1,40}|" +
  // National agencies whose credits run under photos in international copy.
  "(?:The )?Canadian Press|CP|ANSA|Belga|BELGA|Lusa|LUSA|NTB(?: Scanpix)?|Scanpix|Ritzau(?: Scanpix)?|TT News Agency|" +
  "Keystone|KEYSTONE|Europa Press|Bernama|BERNAMA|Antara(?: Foto)?|ANTARA|Jiji(?: Press)?|JIJI|Kyodo News|PAP|MTI|CTK|ČTK|" +
  "HINA|Tanjug|BTA|Agerpres|AGERPRES|IRNA|WANA|SANA|Agência Brasil|Agencia Brasil|Photothek|picture alliance|picture-alliance|" +
  "Stringer|STRINGER|Pacific Press|LightRocket|Sygma|Hans Lucas|Hindustan Times|AAP Image|Newscom)";

/** A name as credits write it: one to five capitalized (or upper-case) words, initials and hyphens allowed. */
const NAME = "[\\p{Lu}][\\p{L}.'’-]*(?:\\s+(?:(?:de|van|von|al|el|bin|da|di|la|le|del|dos)\\s+)?[\\p{Lu}][\\p{L}.'’-]*){0,4}";

/** A photographer's name: two to four capitalized words (one word would also match "Kyiv/Moscow"). */
const PERSON_NAME = "[\\p{Lu}][\\p{L}.'’-]*(?:\\s+(?:(?:de|van|von|al|el|bin|da|di|la|le|del|dos)\\s+)?[\\p{Lu}][\\p{L}.'’-]*){1,3}";

const PHOTO_WORD = '(?:Photo(?:graph)?s?|Pictures?|Images?|Foto|Illustration|Video|Graphic|Photo illustration)';

const CREDIT_ONLY: RegExp[] = [
  // (AP Photo/Evan Vucci), AFP Photo / John Smith, Photo: John Smith/Getty Images, Picture by Jane Doe
  new RegExp(`^[([]?\\s*(?:File\\s+)?(?:${AGENCY}\\s+)?${PHOTO_WORD}\\s*(?:by\\s+|:|/|\\||©)\\s*\\S.*$`, 'iu'),
  // Credit: ..., Image copyright Getty Images, Image caption ..., Copyright ..., © Reuters. Not "Source: ...": a
  // table's or chart's source line is article content and names organizations.
  new RegExp(`^(?:(?:Image|Photo|Picture|Video)\\s+)?(?:credits?|copyright|caption)\\s*(?::|,|©|-|–)?\\s*\\S.*$`, 'iu'),
  // Image source, Getty Images
  new RegExp(`^(?:Image|Photo|Picture|Video)\\s+source\\s*[,:]?\\s*\\S.*$`, 'iu'),
  new RegExp(`^©\\s*\\S.*$`, 'u'),
  // ANDREW CABALLERO-REYNOLDS/Pool via REUTERS, Jonathan Ernst/Reuters, REUTERS/Jonathan Ernst
  new RegExp(`^\\(?${NAME}\\s*/\\s*(?:${AGENCY}\\s+via\\s+)?${AGENCY}(?:\\s+via\\s+${AGENCY})?(?:\\s*/\\s*File)?\\)?\\.?$`, 'u'),
  new RegExp(`^\\(?${AGENCY}\\s*/\\s*${NAME}(?:\\s*/\\s*(?:File|Pool|${AGENCY}))?\\)?\\.?$`, 'u'),
  // Jane Doe/The Winnipeg Free Press: a photographer's two to four name words, a slash and a publication of capitalized
  // words. Agencies missing from the list still have this shape; the lower-case test in classifyLine keeps
  // "Trump/Biden debate" (and every sentence) out.
  new RegExp(`^\\(?${PERSON_NAME}\\s*/\\s*(?:The\\s+)?[\\p{Lu}][\\p{L}.&'’-]*(?:\\s+[\\p{Lu}][\\p{L}.&'’-]*){0,4}\\)?\\.?$`, 'u'),
  // AFP via Getty Images, Pool via REUTERS, Jane Doe via Getty Images
  new RegExp(`^\\(?${NAME}\\s+via\\s+${AGENCY}\\)?\\.?$`, 'u'),
  // Getty Images, REUTERS, Reuters Pictures (the agency alone)
  new RegExp(`^(?:[-–—]\\s*)?\\(?${AGENCY}(?:\\s*/\\s*${AGENCY})?\\)?\\.?$`, 'u'),
];

/** A credit closing a caption line: "President Biden in Washington. REUTERS/Jonathan Ernst". */
const CAPTION_END: RegExp[] = [
  new RegExp(`[\\s.!?)\\]]\\(\\s*(?:${AGENCY}\\s+)?${PHOTO_WORD}\\s*(?:/|:|by\\s)[^()]{1,80}\\)\\s*$`, 'iu'),
  // "... on October 2, 2015. (FABRICE COFFRINI/AFP/Getty Images.)"
  new RegExp(`[.!?”"]\\s+\\(\\s*(?:${NAME}\\s*/\\s*)?${AGENCY}(?:\\s*/\\s*${AGENCY})*\\s*\\.?\\s*\\)\\s*$`, 'u'),
  // "... May 5, 2021. REUTERS/Evelyn Hockstein/File Photo"
  new RegExp(`[.!?)\\]”"]\\s+(?:${NAME}\\s*/\\s*(?:${AGENCY}\\s+via\\s+)?${AGENCY}|${AGENCY}\\s*/\\s*${NAME})(?:\\s*/\\s*(?:File(?: Photo)?|Pool|${AGENCY}))?\\s*$`, 'u'),
  new RegExp(`[.!?)\\]”"]\\s+(?:(?:Photo|Picture|Image|Credit)s?\\s*:\\s*)${NAME}(?:\\s*/\\s*${AGENCY})?\\s*$`, 'u'),
];

/** A caption announced as one, whatever follows: "Image caption, The minister arrived in Baghdad". */
const CAPTION_START = /^(?:image|media|photo|video)\s+caption\s*[,:]?\s*\S/i;

/** What every credit holds: a slash, or a photo word. */
const CREDIT_MARK = /\/|photo|picture|image|credit/i;

/** What a credit without a slash or photo word holds: "via", "©", "copyright", or an agency alone. */
const CREDIT_ONLY_MARK = new RegExp(`\\bvia\\b|©|copyright|^(?:[-–—]\\s*)?\\(?${AGENCY}`, 'iu');

/** Boilerplate of news pages, as whole lines. */
const BOILERPLATE =
  /^(?:advertisement|story continues below(?: this)? advertisement|continue reading(?: the main story| below)?|skip advertisement|share this(?: article| story)?|supported by|read more|related articles?|image caption|media caption|getty images|(?:sign up|subscribe) (?:for|to) (?:our|the) [\w ]{1,40}newsletters?\.?)\s*:?$/i;

/** Lower-case words that a credit can hold without being a sentence. */
const CREDIT_LOWER = new Set(['via', 'by', 'for', 'of', 'and', 'the', 'photo', 'photos', 'images', 'image', 'staff',
  'pool', 'file', 'handout', 'courtesy', 'photographer', 'de', 'van', 'von', 'al', 'el', 'bin', 'da', 'di', 'la', 'le',
  'del', 'dos', 'copyright', 'credit', 'caption', 'source', 'picture', 'pictures', 'photograph', 'illustration', 'video',
  'graphic', 'press', 'agency', 'wire', 'news', 'features', 'commons', 'pix', 'photography', 'getty', 'reuters', 'afp']);

export type CreditKind = 'credit' | 'caption' | 'boilerplate';

/** Why a line is not article text, or null when it is. `line` is one line without its line break. */
export function classifyLine(line: string): CreditKind | null {
  const trimmed = line.trim();
  if (trimmed.length < 2 || trimmed.length > 400) return null;
  if (trimmed.length <= 80 && BOILERPLATE.test(trimmed)) return 'boilerplate';
  if (CAPTION_START.test(trimmed)) return 'caption';
  // Cheap marks first: most lines are long sentences and hold none of them.
  const tail = trimmed.length > 160 ? trimmed.slice(-160) : trimmed;
  const marked = CREDIT_MARK.test(tail);
  const short = trimmed.length <= 120;
  if (!marked && !(short && CREDIT_ONLY_MARK.test(trimmed))) return null;
  const words = trimmed.split(/\s+/);
  if (short && words.length <= 14) {
    // No sentence structure: at most one lower-case word that is not credit vocabulary.
    let lower = 0;
    for (const word of words) {
      const bare = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      if (/^\p{Ll}/u.test(bare) && !CREDIT_LOWER.has(bare.toLowerCase())) lower++;
    }
    if (lower <= 1 && CREDIT_ONLY.some((re) => re.test(trimmed))) return 'credit';
  }
  // A caption ends in a credit: test only the tail (regexes anchored at the end still try every start position).
  if (marked && words.length <= 60 && CAPTION_END.some((re) => re.test(tail))) return 'caption';
  return null;
}

export interface CreditLine {
  /** The trimmed line, in the text it was found in. */
  start: number;
  end: number;
  kind: CreditKind;
}

/** Every credit, caption or boilerplate line of a text. */
export function findCreditLines(text: string): CreditLine[] {
  const found: CreditLine[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const kind = line.length <= 400 ? classifyLine(line) : null;
    if (kind) {
      const lead = line.length - line.trimStart().length;
      const trail = line.length - line.trimEnd().length;
      found.push({ start: lineStart + lead, end: lineEnd - trail, kind });
    }
    lineStart = lineEnd + 1;
  }
  return found;
}
