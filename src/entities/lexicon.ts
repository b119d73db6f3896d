/**
 * Word lists that decide what a capitalized word is not, or what kind of organization a name is. Kept as data
 * apart from the code that reads them.
 */

/** Capitalized words that are never (part of) a PERSON/PLACE/ORG name in news: days, months, pronouns, articles. */
export const NEVER_NAME = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'i', 'he', 'she', 'it', 'we', 'they', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'him', 'them',
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'there', 'here', 'but', 'and', 'or', 'so', 'if', 'when',
  'while', 'after', 'before', 'since', 'as', 'at', 'in', 'on', 'of', 'for', 'to', 'by', 'with', 'from', 'not', 'no',
  'yes', 'also', 'however', 'meanwhile', 'although', 'though', 'because', 'what', 'who', 'which', 'where', 'why',
  'how', 'all', 'some', 'many', 'most', 'more', 'other', 'another', 'each', 'every', 'one', 'two', 'three', 'mr',
]);

/**
 * Religions, ideologies and ethnic words: alone they are no PERSON/PLACE/ORG (CoNLL calls them MISC), though they
 * may start one ("Islamic State", "Muslim Brotherhood", "Arab League").
 */
export const MISC_WORDS = new Set([
  'sunni', 'sunnis', 'shiite', 'shiites', 'shia', "shi'ite", 'muslim', 'muslims', 'christian', 'christians',
  'jewish', 'jews', 'islamic', 'islamist', 'islamists', 'arab', 'arabs', 'catholic', 'protestant', 'orthodox',
  'jihadist', 'jihadists', 'republican', 'democrat', 'democratic', 'conservative', 'liberal', 'hispanic', 'hispanics', 'latino', 'latinos', 'latina', 'latinas', 'communist', 'communists', 'socialist', 'marxist', 'christmas', 'easter', 'ramadan',
  'internet', 'web', 'covid', 'covid-19', 'god', 'ok', 'tv',
]);

/** Last words that make a capitalized phrase an organization ("Labour Party", "Acme Corp", "World Bank"). */
export const ORG_SUFFIXES = new Set([
  'party', 'inc', 'inc.', 'corp', 'corp.', 'corporation', 'ltd', 'ltd.', 'plc', 'llc', 'ag', 'sa', 'nv', 'gmbh',
  'co', 'co.', 'company', 'group', 'bank', 'ministry', 'council', 'agency', 'commission', 'army', 'forces',
  'force', 'navy', 'university', 'college', 'institute', 'association', 'federation', 'union', 'committee',
  'club', 'fc', 'united', 'city', 'rovers', 'wanderers', 'athletic', 'court', 'parliament', 'assembly', 'senate',
  'congress', 'airlines', 'airways', 'motors', 'holdings', 'industries', 'systems', 'technologies', 'partners',
  'capital', 'fund', 'trust', 'foundation', 'organization', 'organisation', 'department', 'office', 'bureau',
  'service', 'services', 'police', 'guard', 'guards', 'brigade', 'brigades', 'front', 'movement', 'coalition',
  'alliance', 'exchange', 'times', 'post', 'journal', 'news', 'press', 'television', 'radio',
  'network', 'church', 'hospital', 'school', 'board', 'authority', 'administration', 'cabinet', 'government',
  'command', 'corps', 'regiment', 'mission', 'secretariat', 'telecom', 'energy', 'petroleum', 'oil', 'airport',
]);

/**
 * Last words that make a name of two or more words an organization whoever labelled it ("Karoo Retail", "Northwind
 * Logistics", "Sorano Electronics"): business lines and corporate words that no person's or place's name ends in.
 * "Samantha Power" keeps its first name's verdict (see orgByContext).
 */
export const ORG_HEAD_NOUNS = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'plc', 'llc', 'group', 'bank', 'electronics', 'energy', 'motors',
  'airlines', 'airways', 'party', 'ministry', 'university', 'programme', 'program', 'fund', 'council', 'agency',
  'commission', 'holdings', 'industries', 'technologies', 'telecom', 'pharmaceuticals', 'foundation', 'institute',
  'retail', 'retailers', 'logistics', 'mining', 'minerals', 'metals', 'resources', 'foods', 'steel', 'shipping',
  'pharma', 'insurance', 'securities', 'investments', 'properties', 'brands', 'chemicals', 'construction',
  'engineering', 'electric', 'power', 'utilities', 'automotive', 'aerospace', 'aviation', 'railways', 'freight',
  'ventures', 'partners', 'laboratories', 'software', 'networks', 'communications', 'entertainment', 'media',
  'petroleum', 'refining', 'cement', 'textiles', 'breweries', 'brewing', 'beverages', 'hotels', 'supermarkets',
  'bancorp', 'bancshares', 'financial', 'realty', 'developments', 'capital', 'corporation', 'enterprises',
  'therapeutics', 'biotech', 'semiconductor', 'semiconductors', 'dairies', 'farms', 'agribusiness', 'fisheries',
  'trading', 'exports', 'imports', 'transport', 'alliance', 'federation', 'association', 'workers',
]);

/** Common nouns that introduce an organization's name: "the Romanian company Transgaz Nord", "the charity X". */
export const ORG_CUES = /\b(?:company|firm|website|news site|portal|outlet|group|federation|union|operators?|carmaker|automaker|lender|bank|insurer|airline|broadcaster|newspaper|daily|agency|party|organi[sz]ation|charity|association|maker|producer|manufacturer|retailer|start-?up|conglomerate|giant|utility|lobby|network|platform|club|team|ngo)\s+$/i;

/**
 * Last words that make a capitalized phrase a place but that no gazetteer lists: "Tahrir Square", "Mount Sinai".
 * CoNLL and common usage call these LOC.
 */
export const PLACE_SUFFIXES = new Set([
  'square', 'street', 'avenue', 'river', 'lake', 'mountains', 'mountain', 'island', 'islands', 'valley', 'province',
  'region', 'county', 'district', 'strait', 'straits', 'gulf', 'bay', 'sea', 'ocean', 'desert', 'peninsula',
  'coast', 'heights', 'hills', 'canal', 'bridge', 'park', 'state',
]);

/** Heads that take an "of" phrase in an organization, title or place name: "Ministry of Defence", "Gulf of Aden". */
export const OF_HEADS = new Set([
  'ministry', 'minister', 'university', 'bank', 'department', 'secretary', 'republic', 'kingdom', 'gulf', 'states',
  'council', 'institute', 'college', 'school', 'church', 'union', 'federation', 'association', 'league',
  'organization', 'organisation', 'chamber', 'court', 'office', 'board', 'museum', 'house', 'bureau', 'commission',
  'committee', 'axis', 'sea', 'bay', 'isle', 'islands', 'army', 'forces', 'coalition', 'party', 'people', 'strait',
  'cape', 'bank', 'chief', 'chiefs', 'director', 'governor', 'mayor', 'president', 'state', 'city', 'duke',
  'prince', 'princess', 'king', 'queen', 'emirate', 'sultanate', 'archbishop', 'bishop', 'order', 'general',
  'chancellor', 'commissioner', 'ambassador', 'envoy', 'head', 'chairman', 'spokesman', 'spokeswoman',
]);

/** Heads that start an organization name before "of": "Ministry of X", "University of X", "Bank of X". */
export const ORG_OF_HEADS = new Set([
  'ministry', 'university', 'bank', 'department', 'council', 'institute', 'college', 'school', 'church', 'union',
  'federation', 'association', 'league', 'organization', 'organisation', 'chamber', 'court', 'office', 'board',
  'museum', 'bureau', 'commission', 'committee', 'axis', 'army', 'party', 'house', 'order',
]);

/** Heads that start a place name before "of": "Gulf of Aden", "Republic of Korea", "Strait of Hormuz". */
export const PLACE_OF_HEADS = new Set(['gulf', 'republic', 'kingdom', 'sea', 'bay', 'isle', 'islands', 'strait', 'cape', 'state', 'city', 'emirate', 'sultanate']);

/** Last words of events, competitions and laws: "World Cup", "U.S. Open", "Labor Day" (no PERSON/PLACE/ORG). */
export const EVENT_SUFFIXES = new Set([
  'cup', 'series', 'games', 'day', 'open', 'championship', 'championships', 'olympics', 'prix', 'war', 'prize',
  'award', 'awards', 'festival', 'act', 'summit', 'tour', 'trophy', 'marathon', 'index', 'conference', 'accord',
  'accords', 'treaty', 'agreement', 'plan', 'doctrine', 'revolution', 'crisis', 'week', 'year', 'eve', 'slam',
  'masters', 'bowl', 'classic', 'league', 'amendment', 'bill', 'law', 'resolution', 'convention', 'debate',
]);

/** Pronouns that refer to a person, with their gender. */
export const PERSON_PRONOUNS: Record<string, 'm' | 'f'> = { he: 'm', him: 'm', his: 'm', she: 'f', her: 'f', hers: 'f' };
