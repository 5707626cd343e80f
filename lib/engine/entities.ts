/**
 * People, places and organisations. wink tags proper nouns but does not type them: runs of
 * capitalised words are cut into known names (gazetteer) and typed by their cues (a title before
 * a name, a given name, "said" after it, "Ministry" at its end, "province" after a place). The
 * names found are joined into the document's entities in document-entities.ts.
 */
import type { EntityType } from './types';
import { inLexicon, type Parsed, type Token } from './nlp';
import { isCountry, isGivenName, isListedRegionOnly, longestName, lookup, type GazetteerHit } from './gazetteer';
import { OLDEST_AGE, ROLE_NOUNS } from './data/people';
import { CLUB_FORMS, COMPANY_DESIGNATORS, INDUSTRY_WORDS, ORG_HEADS, PARTY_MEMBERS } from './data/organizations';
import { US_STATE_ABBREVIATIONS } from './data/places';
import { INITIAL, NAME_SUFFIX, shortNamesOf } from './entity-keys';
import { foldName } from './name-keys';
import { isNumberWord } from './number-words';

/** What typed a name; `list` is a type shared from another name of the same list (document-entities.ts). */
export type Cue = 'title' | 'role' | 'given' | 'apposition' | 'speech' | 'head' | 'place-after' | 'place-before' | 'place-in' | 'dateline' | 'gazetteer' | 'work' | 'company' | 'list';

/** A located name before the document's names are joined into entities. */
export interface NameMention {
  start: number;
  end: number;
  surface: string;
  type: EntityType | null;
  cue: Cue | null;
  canonical: string | null;
  /** Index of the sentence, so coordinated names ("X, Y and Z") can share a type. */
  sentence: number;
  /** What separates this name from the previous one when they are listed together. */
  listed: 'comma' | 'and' | null;
}

interface Word {
  start: number;
  end: number;
  text: string;
  /** Index of the word's first and last token. */
  first: number;
  last: number;
  /** wink's part of speech of the word's first token. */
  pos: string;
  /** Whether the word's token went on with a possessive "'s", left out of the word. */
  possessive?: boolean;
}

const NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'X', 'NUM', 'VERB']);
const JOINERS = new Set(['of', 'for', 'de', 'del', 'la', 'le', 'du', 'da', 'dos', 'von', 'van', 'der', 'den', 'te', 'ter', 'bin', 'ibn', 'al', 'el']);
const ARABIC_ARTICLE = /^(?:al|el|as|ad|ash|ar|az|at|an)$/i;
const SPEECH = new Set(['said', 'says', 'told', 'tells', 'added', 'noted', 'stated', 'announced', 'explained', 'wrote', 'argued', 'insisted', 'warned', 'stressed', 'emphasized', 'emphasised', 'confirmed', 'denied', 'asked', 'replied', 'claimed', 'acknowledged', 'urged', 'declared']);
const PLACE_AFTER = new Set(['province', 'provinces', 'region', 'regions', 'city', 'district', 'districts', 'governorate', 'governorates', 'county', 'village', 'town', 'area', 'areas', 'valley', 'river', 'island', 'islands', 'mountains', 'port']);
const FACILITY_HEADS = new Set([
  'park', 'square', 'street', 'road', 'avenue', 'boulevard', 'bridge', 'station', 'airport', 'stadium', 'arena',
  'hall', 'palace', 'tower', 'mosque', 'church', 'cathedral', 'temple', 'hotel', 'beach', 'harbour', 'harbor',
  'gardens', 'plaza', 'prison', 'base', 'dam', 'canal', 'highway', 'museum', 'gallery', 'theatre', 'theater', 'cemetery',
  'courthouse', 'terminal', 'pier', 'mall', 'zoo', 'garden', 'drive', 'building',
]);
/**
 * Sites' nouns written in lower case after a name, which they make a site's: "Evin prison",
 * "Heathrow airport". Not those a person's name also takes ("the Trump tower", "the Sanders base").
 */
const SITE_NOUNS_AFTER = new Set(['prison', 'airport', 'stadium', 'square', 'mosque', 'cathedral', 'dam', 'canal', 'bridge', 'harbour', 'harbor', 'beach', 'pier', 'cemetery', 'airbase']);
/** Words that end the name of a place of nature: "Attu Island", "Bering Sea", "Inside Passage". */
const NATURE_HEADS = new Set([
  'island', 'islands', 'sea', 'ocean', 'lake', 'bay', 'gulf', 'strait', 'straits', 'peninsula', 'mountain', 'mountains',
  'desert', 'coast', 'valley', 'river', 'canyon', 'passage', 'glacier', 'reef', 'archipelago', 'delta', 'plateau', 'sound',
  'hill', 'hills', 'falls', 'forest', 'volcano', 'crater',
]);
/** Words that end the name of a country's region: "Kherson Oblast", "Idlib Province", "Orange County". */
const REGION_HEADS = new Set(['oblast', 'province', 'governorate', 'prefecture', 'county', 'district', 'region', 'territory', 'municipality', 'krai']);
const PLACE_BEFORE = new Set(['in', 'near', 'outside', 'across', 'toward', 'towards']);
/**
 * Words that end the name of a place or a body and are also family names: "Margaret Court",
 * "Samantha Power", "Lauryn Hill" are people, "Victoria Park" and "George Street" places.
 */
const SURNAME_HEADS = new Set(['court', 'street', 'hall', 'church', 'park', 'power', 'post', 'bridge', 'lake', 'hill']);
/**
 * Nouns of bodies written in lower case after a name, which they make a body's: "the Ennahda
 * party", "the CGT union", "Vulture magazine", "West Mercia police". Not those a person's name
 * also takes ("the Obama administration", "the Trump team", "the Kennedy family").
 */
const BODY_NOUNS_AFTER = new Set(['party', 'union', 'movement', 'militia', 'magazine', 'newspaper', 'tabloid', 'website', 'newswire', 'broadcaster', 'airline', 'conglomerate', 'company', 'firm', 'police', 'council']);
/** Words before a name that make it somewhere one is or goes, or an institution: "at Victoria Park", "the Albert Hall". */
const SITE_BEFORE = new Set([...PLACE_BEFORE, 'at', 'on', 'along', 'off', 'to', 'from', 'into', 'onto', 'through', 'via', 'past', 'of', 'the']);
/** "east of Redwater", "the outskirts of Homs", "off the coast of Pylos": words that, with "of", say where a place lies. */
const BEARINGS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'outskirts', 'suburbs', 'coast', 'shores']);
const NOT_NAMES = new Set(['i', 'a', 'the', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'we', 'they', 'many', 'some', 'several', 'few', 'both', 'each', 'every', 'most', 'such', 'other', 'another', 'mum', 'mom', 'dad', 'but', 'and', 'or', 'if', 'while', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/**
 * What is left alone of a longer name no list knows, never a name itself: a bearing ("South" of
 * "in South Taranaki") and an abbreviation's plural, which names a kind of thing ("RFCs", "NGOs").
 */
const NEVER_A_NAME_ALONE = /^(?:(?:[Nn]orth|[Ss]outh)(?:-?(?:[Ee]ast|[Ww]est))?(?:ern)?|[Ee]ast(?:ern)?|[Ww]est(?:ern)?|Central|NORTH|SOUTH|EAST|WEST)$|^\p{Lu}{2,}s$/u;

/** Words of a share or a comparison that open a sentence before "of" or "for": "Half of …", "Worse for …". */
const SHARES_AND_COMPARISONS = new Set(['half', 'all', 'none', 'much', 'part', 'parts', 'rest', 'most', 'dozens', 'hundreds', 'thousands', 'millions', 'tens', 'worse', 'better', 'worst', 'more', 'less', 'least']);

/** A word in capitals only, as headings and shouted lines are set: "CHIPS", "ANTI-WOKE". */
const SHOUTED = /^\p{Lu}[\p{Lu}-]+$/u;

/**
 * Whether a run in capitals is a heading's words: it holds a word of the dictionary no list knows
 * and is no dateline (those written as a dateline are told apart by how many there are, see
 * `resolveEntities`).
 */
function shoutedHeading(tokens: Token[], run: Word[]): boolean {
  return run.length >= 2 && run.every((w) => SHOUTED.test(w.text)) && !lookup(joined(run)) && run.some((w) => inLexicon(w.text) && !lookup(w.text)) && !datelined(tokens, run);
}

/** A number written as a word ("Two", "Dozen"), not in figures nor as a scale's letter ("M"). */
function spelledNumber(t: Token): boolean {
  return t.pos === 'NUM' && t.text.length > 2 && /^\p{L}+$/u.test(t.text) && isNumberWord(t.text);
}

/** "I'm", "We’ve": a pronoun written with its verb, capitalised but no name. */
const PRONOUN_CONTRACTION = /^(?:I|We|You|They|He|She|It|That|There)['’](?:m|ve|d|ll|re|s)$/;

/** Months that are family names too. */
const MONTH_NAMES = /^(?:May|June|April|August)$/;

/** "Prosecutors said": groups that speak in news, capitalised at a sentence's start, which wink may take for a name. */
const SPEAKING_GROUPS = new Set([
  'officials', 'prosecutors', 'police', 'witnesses', 'analysts', 'investigators', 'authorities', 'experts', 'residents',
  'doctors', 'lawyers', 'critics', 'sources', 'researchers', 'scientists', 'activists', 'protesters', 'organisers',
  'organizers', 'officers', 'rescuers', 'diplomats', 'economists', 'voters', 'observers', 'aides', 'regulators',
  'lawmakers', 'legislators', 'senators', 'ministers', 'leaders', 'survivors', 'relatives', 'neighbours', 'neighbors',
  'reporters', 'journalists', 'employees', 'workers', 'students', 'teachers', 'nurses', 'parents', 'farmers', 'firefighters',
  'soldiers', 'troops', 'militants', 'rebels', 'judges', 'jurors', 'members', 'supporters', 'opponents', 'citizens',
  'villagers', 'locals', 'passengers', 'fans', 'owners', 'customers', 'consumers', 'users', 'scholars', 'historians',
  'democrats', 'republicans', 'conservatives', 'liberals', 'socialists', 'communists', 'nationalists', 'separatists',
  'loyalists', 'islamists', 'unionists', 'tories', 'greens', 'independents', 'progressives', 'moderates',
]);

/** Words of a party's side, not a party's name: "Socialist", "Democrat" (but "Labour", "Likud" are names). */
const PARTISANS = new Set([
  'democrat', 'democratic', 'republican', 'socialist', 'conservative', 'liberal', 'communist', 'tory', 'centrist',
  'progressive', 'populist', 'nationalist', 'separatist', 'unionist', 'libertarian', 'social-democratic',
]);

/** Groups named by where they live: "residents of Homs" says Homs is a place. */
const DWELLERS = new Set(['residents', 'villagers', 'locals', 'citizens', 'neighbours', 'neighbors']);

/** "Jr.", "III": what follows a name and names no one alone; not "Xi". */
const SUFFIX_ALONE = /^(?:Jr|Sr|[IVX]{2,})\.?$/;

/** "NASA", "G20", "AT&T", "A&E": capitals and digits only, with an ampersand between two. */
const ACRONYM = /^\p{Lu}(?:&?[\p{Lu}\d])+$/u;

const LOWER_A = 97;
const LOWER_Z = 122;

function isCapitalised(t: Token): boolean {
  if (t.type !== 'word') return false;
  // Most words start with a lower-case ASCII letter: no need for the Unicode test.
  const first = t.text.charCodeAt(0);
  if (first >= LOWER_A && first <= LOWER_Z) return false;
  return /^(?:\p{Lu}|\d+\p{Lu})/u.test(t.text) && !NOT_NAMES.has(t.text.toLowerCase()) && !PRONOUN_CONTRACTION.test(t.text);
}

/** The first token from `i` on that is no joiner: joiners may come in a row ("von der Leyen", "de la Cruz"). */
function afterJoiners(tokens: Token[], i: number, last: number): number {
  while (i <= last && tokens[i] && JOINERS.has(tokens[i]!.text)) i++;
  return i;
}

function glued(a: Token, b: Token): boolean {
  return a.end === b.start;
}

/** Bodies named after what they sit on: "Committee on Intelligence and Security", "Council on Foreign Relations". */
const BODIES_ON = new Set(['committee', 'subcommittee', 'council', 'commission', 'conference', 'panel']);
/**
 * Official bodies named after the fields they look after: "Department of Health and Human
 * Services", "Centers for Disease Control and Prevention", "National Institute of Allergy and
 * Infectious Diseases", "Organisation for Economic Cooperation and Development".
 */
const BODIES_OF = new Set(['department', 'ministry', 'office', 'bureau', 'agency', 'commission', 'committee', 'council', 'institute', 'institutes', 'center', 'centers', 'centre', 'organisation', 'organization']);
/** Most words of a field after a body's "and": "Infectious Diseases". */
const MOST_WORDS_OF_FIELD = 3;

/**
 * Whether the "on" at `i` goes on with a body's name, after such a body's word, or the one "and"
 * of its subject after "on" or a government body's "of", before a subject that is no known name
 * ("the Security Council on Syria", "the Committee on Energy and Paris", "the Ministry of Defence
 * and NATO" are not one).
 */
function onASubject(tokens: Token[], i: number, run: Word[]): boolean {
  const next = tokens[i + 1];
  if (next === undefined || lookup(next.text)) return false;
  const words = run.map((w) => tokens[w.first]!.text.toLowerCase());
  if (tokens[i]!.text === 'on') return BODIES_ON.has(words[words.length - 1]!);
  if (tokens[i]!.text !== 'and' || words.includes('and')) return false;
  const on = words.lastIndexOf('on');
  if (on > 0 && BODIES_ON.has(words[on - 1]!)) return true;
  const of = words.findIndex((w) => w === 'of' || w === 'for');
  // "… and Bank of England" begins another body; "Center for Drug Evaluation and Research" and
  // "Center for Strategic and International Studies" name a field.
  const nextWord = next.text.toLowerCase();
  if (of <= 0 || !BODIES_OF.has(words[of - 1]!) || isGivenName(next.text)) return false;
  // "the Department of Justice and Bank of England" are two bodies: a field has no "of" of its own.
  let end = i + 1;
  while (end <= i + MOST_WORDS_OF_FIELD && /^\p{Lu}/u.test(tokens[end]?.text ?? '')) end++;
  const lastOfField = tokens[end - 1]!.text.toLowerCase();
  const qualifiesField = nextWord === 'international' && end - 1 > i + 1 && !ORG_HEADS.has(lastOfField);
  return !JOINERS.has(tokens[end]?.text ?? '') && (!ORG_HEADS.has(nextWord) || INDUSTRY_WORDS.has(nextWord) || qualifiesField);
}

/** Whether the "&" at `i` stands between two people's full names, the run before it ending in one. */
function joinsTwoPeople(tokens: Token[], capitalised: boolean[], run: Word[], i: number): boolean {
  return run.length >= 2 && isGivenName(tokens[run[run.length - 2]!.first]!.text) && isGivenName(tokens[i + 1]!.text) && capitalised[i + 2] === true;
}

/** Token `i` as one word of a run. */
const asWord = (tokens: Token[], i: number): Word => ({ start: tokens[i]!.start, end: tokens[i]!.end, text: tokens[i]!.text, first: i, last: i, pos: tokens[i]!.pos });

/**
 * Capitalised words of one sentence grouped into runs; hyphen-glued tokens form one word.
 * `capitalised` holds `isCapitalised` of every token, each looked at more than once.
 */
function runsOf(tokens: Token[], capitalised: boolean[], first: number, last: number): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  const close = () => { if (run.length) runs.push(run); run = []; };
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const afterHyphen = tokens[i + 2];
    const articleStart = next?.text === '-' && ARABIC_ARTICLE.test(t.text) && afterHyphen && glued(t, next) && glued(next, afterHyphen) && capitalised[i + 2];
    // "Group of 20": a number can end a name after "of".
    const numberAfterOf = run.length > 0 && run[run.length - 1]!.text === 'of' && t.type === 'number';
    const nameStart = (capitalised[i] && NAME_POS.has(t.pos)) || articleStart || numberAfterOf;
    if (!nameStart) {
      if (run.length && JOINERS.has(t.text) && next && !glued(t, next) && ((t.text === 'of' && next.type === 'number') || capitalised[afterJoiners(tokens, i + 1, last)])) {
        run.push(asWord(tokens, i));
        continue;
      }
      // "the International Committee of the Red Cross", "the Ministry of the Interior": a body's
      // word may take "of the" before what it is of.
      if (run.length && t.text === 'of' && next?.text === 'the' && capitalised[i + 2] && NAME_POS.has(tokens[i + 2]!.pos) && ORG_HEADS.has(tokens[run[run.length - 1]!.first]!.text.toLowerCase())) {
        run.push(asWord(tokens, i), asWord(tokens, i + 1));
        i++;
        continue;
      }
      if (run.length && next && capitalised[i + 1] && onASubject(tokens, i, run)) {
        run.push(asWord(tokens, i));
        continue;
      }
      // "Doctors Without Borders": a capitalised preposition between capitalised words is part of a name.
      if (run.length && capitalised[i] && t.pos === 'ADP' && next && capitalised[i + 1] && !glued(t, next)) {
        run.push(asWord(tokens, i));
        continue;
      }
      // "Procter & Gamble", "Ben & Jerry's": one firm; "Marlon Wayans & Regina Hall": two people.
      if (run.length && t.text === '&' && next && capitalised[i + 1] && !joinsTwoPeople(tokens, capitalised, run, i)) {
        run.push(asWord(tokens, i));
        continue;
      }
      close();
      continue;
    }
    let end = i;
    while (tokens[end + 1]?.text === '-' && tokens[end + 2] && glued(tokens[end]!, tokens[end + 1]!) && glued(tokens[end + 1]!, tokens[end + 2]!) && /^[\p{L}\p{N}]/u.test(tokens[end + 2]!.text)) end += 2;
    const w: Word = { start: t.start, end: tokens[end]!.end, text: '', first: i, last: end, pos: t.pos };
    run.push(w);
    i = end;
    // wink splits "Kenya's" in two, but once it has met "Kenya's," it reads it as one token
    // thereafter: the name ends before the "'s", as it does when the "'s" is a token of its own.
    if (POSSESSIVE_END.test(tokens[end]!.text)) {
      w.end -= 2;
      w.possessive = true;
      close();
    }
  }
  close();
  // Joiners only join: never at the edges of a run.
  return runs.map((r) => { while (r.length && JOINERS.has(r[r.length - 1]!.text)) r.pop(); return r; }).filter((r) => r.length > 0);
}

// "areas of Daraa": a place noun and "of" before a name work like "in".
const PLACE_OF: Token = { start: -1, end: -1, text: 'in', pos: 'ADP', type: 'word' };
/** A title's preposition, which says nothing of where the name after it is: see `inTitle`. */
const TITLE_PREPOSITION: Token = { start: -1, end: -1, text: '', pos: 'ADP', type: 'word' };

/**
 * "A Paradise Built in Hell", "A Change in Guidelines?": an "in" between capitalised words of the
 * dictionary, the first not opening the sentence, stands in a title, and the words after it name
 * no place ("Schools in Faenza", "the Police in Redwater" do).
 */
function inTitle(tokens: Token[], capitalised: boolean[], run: Word[], sentenceFirst: number): boolean {
  const at = run[0]!.first - 1;
  const word = tokens[at - 1];
  if (!PLACE_BEFORE.has(tokens[at]?.text ?? '') || word === undefined || at - 1 <= sentenceFirst || !capitalised[at - 1]) return false;
  return inLexicon(word.text) && !SPEAKING_GROUPS.has(word.text.toLowerCase()) && run.every((w) => inLexicon(w.text));
}
/** Verbs of ships that "off" follows as a place's preposition, not as a verb's particle ("fend off", "laid off"). */
const AT_SEA = new Set(['sank', 'sunk', 'sink', 'sinks', 'sinking', 'capsized', 'capsize', 'capsizes', 'capsizing', 'foundered', 'anchored', 'moored', 'drowned']);

/**
 * "the waters off Pylos", "sank off the Peloponnese": "off" says where a name is after a noun or
 * a ship's verb; after another word it is a verb's or says no place ("fend off Harris", "ran off
 * Broadway", "on or off the Web").
 */
function offShore(tokens: Token[], first: number): boolean {
  const off = textOf(tokens[first - 1]) === 'the' ? first - 2 : first - 1;
  const word = tokens[off - 1];
  if (textOf(tokens[off]) !== 'off' || word === undefined) return false;
  return AT_SEA.has(textOf(word)) || (word.type === 'word' && /^(?:NOUN|PROPN)$/.test(word.pos));
}

/** What follows a word read with its possessive: see `runsOf`. */
const POSSESSIVE: Token = { start: -1, end: -1, text: "'s", pos: 'PART', type: 'word' };
const POSSESSIVE_END = /\p{L}{2}['’]s$/u;

function tokenAfter(tokens: Token[], index: number): Token | undefined {
  return tokens[index + 1];
}

/**
 * What a name's apposition says of it: a person's age, "who", the place or the state where it is,
 * or the known place it is "in".
 */
type Apposed = 'age' | 'who' | 'place' | 'state' | 'located' | null;

/** Words before a name that say one is or comes there: "from Tobruk, Libya" (but "went to Evans Kiprotich, Kenya"). */
const WHERE_BEFORE = new Set([...PLACE_BEFORE, 'from', 'at', 'via']);
/**
 * Words before a name that make it somewhere one leaves or reaches, and rarely someone: "left
 * Tobruk in eastern Libya", "from Tobruq in Libya" (but "met Kanaani in Tehran").
 */
const SETTING_OUT = new Set(['from', 'at', 'near', 'outside', 'via', 'left', 'leaving', 'leave', 'leaves', 'reached', 'reaching', 'departed']);
/** "in eastern Libya", "in north-western Syria": what part of a place a town is in. */
const PART_OF_PLACE = /^(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)$/;

/**
 * What is set off by a comma after a name: an age ("Mark Ellison, 34, was …"), which makes it a
 * person's; "who" ("Korir, who had set the record"), which a group also takes ("Islamists, who"),
 * so that it only says which person a surname is (see `namePeopleInFull`); or nothing.
 */
function apposition(tokens: Token[], first: number, last: number): Apposed {
  if (tokens[last + 1]?.text === 'in') return SETTING_OUT.has(textOf(tokens[first - 1])) && locatedIn(tokens, last + 2) ? 'located' : null;
  if (tokens[last + 1]?.text !== ',') return null;
  const next = tokens[last + 2];
  if (next?.text.toLowerCase() === 'who') return 'who';
  if (next?.type === 'number' && /^\d{1,3}$/.test(next.text) && Number(next.text) <= OLDEST_AGE && tokens[last + 3]?.text === ',') return 'age';
  // "Asheville, N.C., and Augusta, Ga.": a state's abbreviation names a town's state, in a list too.
  if (US_STATE_ABBREVIATIONS.has(next?.text ?? '')) return 'state';
  return inPlace(tokens, last + 2, WHERE_BEFORE.has(textOf(tokens[first - 1]))) ? 'place' : null;
}

/**
 * "Tobruk in eastern Libya", "Tobruq in Libya on June 9": a known place after "in", perhaps after
 * the part of it, may say where the name before is; not when that place is where someone speaks
 * from ("Smith in Germany said").
 */
function locatedIn(tokens: Token[], first: number): boolean {
  if (PART_OF_PLACE.test(tokens[first]?.text ?? '')) first++;
  for (let n = MOST_WORDS_OF_REGION; n >= 1; n--) {
    const hit = lookup(tokens.slice(first, first + n).map((t) => t.text).join(' '));
    if (hit?.kind === 'place' && /^\p{Lu}/u.test(tokens[first]!.text)) return !SPEECH.has(textOf(tokens[first + n]));
  }
  return false;
}

/** Most words of the known place that says where a town is: "New South Wales". */
const MOST_WORDS_OF_REGION = 3;

/**
 * "Ketchikan, Alaska.", "Yorba Linda, California, on Monday": a known region set off after a name,
 * and ending a clause, says where the town so named is. Not a country, which follows a person's
 * name in results ("Evans Kiprotich, Kenya,"), unless a word before the name says one is or goes
 * there (`where`: "from Tobruk, Libya,"); nor one of a list ("Daraa, Quneitra and Souweida"), nor
 * a longer name ("Azzouz, Tunisia country director").
 */
function inPlace(tokens: Token[], first: number, where: boolean): boolean {
  if (tokens[first - 3]?.text === ',') return false;
  for (let n = 1; n <= MOST_WORDS_OF_REGION; n++) {
    const end = tokens[first + n];
    if (!end || !/^[.,;:)—–]$/.test(end.text)) continue;
    if (/^(?:and|or)$/i.test(tokens[first + n + 1]?.text ?? '')) return false;
    const name = tokens.slice(first, first + n).map((t) => t.text).join(' ');
    const hit = lookup(name);
    return hit?.kind === 'place' && hit.canonical === name && (where || !isCountry(name));
  }
  return false;
}

/** A role's noun, not the verb some are too: "to engineer Metroids", "to judge Varnak". */
const isRoleNoun = (t: Token | undefined): boolean => t !== undefined && t.type === 'word' && t.pos !== 'VERB' && ROLE_NOUNS.has(t.text.toLowerCase());

/** Words a role's noun ends its phrase before: "a spokesman for", "the mayor,", "an adviser who". */
const ROLE_PHRASE_GOES_ON = new Set([',', '.', ';', 'for', 'of', 'at', 'in', 'with', 'to', 'from', 'on', 'who', 'and']);
/** Tokens between a comma and the role's noun it sets off: "a senior", "the city's deputy" ("'s" is one). */
const MOST_WORDS_BEFORE_ROLE = 4;
/** Words of what a role is of, between its noun and the comma before the name: "a spokesman for the Greek coast guard,". */
const MOST_WORDS_OF_ROLE = 6;

/**
 * "security chief Emmerson Mnangagwa", "the priest, Fidelis Mukonori,", "a spokesman for the coast
 * guard, Nikos Alexiou, said", "Nikos Alexiou, a spokesman for the coast guard,": a role noun names
 * the run after it, or the run it is set off after or before by commas.
 */
function namedByRole(tokens: Token[], first: number, last: number, after: Token | undefined): boolean {
  const before = tokens[first - 1];
  if (isRoleNoun(before)) return true;
  const setOff = after?.text === ',' || after === undefined;
  if (before?.text === ',' && setOff && isRoleNoun(tokens[first - 2])) return true;
  // Not a name of a list ("a spokesman for Nordvale, Pellix, and Corvane"); before a role's phrase,
  // only a full name.
  if (/^(?:and|or)$/.test(tokens[last + 2]?.text ?? '')) return false;
  if (last > first && before?.text === ',' && setOff && roleOfSomethingBefore(tokens, first - 1)) return true;
  // "Stephen Calderwood, MD, president of …": a degree set off after a name is none.
  if (last === first && ACRONYM.test(tokens[first]!.text)) return false;
  return tokens[last + 1]?.text === ',' && roleSetOffAfter(tokens, last + 2);
}

/** "a spokesman for the Greek coast guard" ending at the comma `comma`: a role's noun, then a preposition and lowercase words only. */
function roleOfSomethingBefore(tokens: Token[], comma: number): boolean {
  for (let i = comma - 1; i >= Math.max(0, comma - MOST_WORDS_OF_ROLE - 1); i--) {
    const t = tokens[i]!;
    if (t.type !== 'word') return false;
    if (isRoleNoun(t)) return i < comma - 2 && /^(?:for|of|at|with)$/.test(tokens[i + 1]!.text);
  }
  return false;
}

/** What may stand before a role's noun in the phrase naming it: "a", "senior", "the city 's deputy". */
const ROLE_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PART']);

/**
 * "a spokesman for", "the city's mayor,", "senior analyst at": a role's noun heading the noun
 * phrase set off from `from`; not a clause ("published in the Eagle, called him the author of").
 */
function roleSetOffAfter(tokens: Token[], from: number): boolean {
  for (let i = from; i <= from + MOST_WORDS_BEFORE_ROLE; i++) {
    const t = tokens[i];
    if (!t || t.type !== 'word' || /^\p{Lu}/u.test(t.text)) return false;
    if (isRoleNoun(t)) return ROLE_PHRASE_GOES_ON.has(tokens[i + 1]?.text ?? '');
    if (!ROLE_PHRASE_POS.has(t.pos)) return false;
  }
  return false;
}

/**
 * Nouns of firms that name the name after them ("retailer Walmart", "the e-commerce giant Nordvale")
 * or set off after it ("Nordvale, the world's largest retailer,"); none is a person's role.
 */
const FIRM_NOUNS = new Set([
  'company', 'firm', 'retailer', 'drugmaker', 'carmaker', 'automaker', 'chipmaker', 'lender', 'insurer', 'airline',
  'conglomerate', 'startup', 'start-up', 'giant', 'manufacturer', 'maker', 'supplier', 'brand', 'chain', 'utility',
  'miner', 'brewer', 'bank', 'subsidiary',
]);
/** What is held in a firm: "shares of Nordvale", "a stake in Nordvale". */
const HOLDINGS = new Set(['shares', 'stake', 'stakes', 'stock', 'shareholders']);
/** Who a firm has, and not a country: "the founder of FTX", "the chief executive of Nordvale". */
const FIRM_PEOPLE_OF = new Set(['founder', 'founders', 'co-founder', 'cofounder', 'ceo', 'cfo', 'executive', 'executives']);
/** What a firm has and a person has not: "Nordvale's chief executive", "Nordvale's quarterly revenue". */
const FIRM_POSSESSIONS = new Set(['ceo', 'cfo', 'board', 'shareholders', 'subsidiary', 'subsidiaries', 'revenue', 'revenues', 'profit', 'profits', 'earnings', 'stores']);
/** A firm's officers named "chief …": "Nordvale's chief executive", "its chief financial officer". */
const FIRM_OFFICERS = new Set(['executive', 'financial', 'operating', 'technology']);
/** Tokens that may stand between an article and a firm's noun: "the world's largest", "a Boston - based". */
const MOST_WORDS_BEFORE_FIRM_NOUN = 5;

const textOf = (t: Token | undefined): string => t?.text.toLowerCase() ?? '';

/**
 * Whether the words around a name say it is a firm's: a firm's noun before it ("drugmaker
 * Nordvale"), its shares ("shares of Nordvale", "Nordvale shares fell"), its founder or chief
 * executive ("the founder of FTX"), what only a firm has ("Nordvale's chief executive",
 * "Nordvale's revenue"), or a firm's noun set off after it ("Nordvale, the retailer,").
 */
function firmContext(tokens: Token[], first: number, last: Word, after: Token | undefined): boolean {
  const before = textOf(tokens[first - 1]);
  // "the retail giant Walmart", "the Swedish giant", but "the giant Tane Mahuta" is a tree: a giant is a firm after what qualifies it.
  const bigOnly = before === 'giant' && ARTICLES.has(textOf(tokens[first - 2]));
  if ((FIRM_NOUNS.has(before) && !bigOnly) || ((before === 'of' || before === 'in') && HOLDINGS.has(textOf(tokens[first - 2])))) return true;
  if (before === 'of' && FIRM_PEOPLE_OF.has(textOf(tokens[first - 2]))) return true;
  if (after === undefined) return false;
  const next = last.possessive ? last.last + 1 : last.last + 2;
  if (/^['’]s$/.test(after.text)) return FIRM_POSSESSIONS.has(textOf(tokens[next])) || (textOf(tokens[next]) === 'chief' && FIRM_OFFICERS.has(textOf(tokens[next + 1])));
  if ((after.text === 'shares' || after.text === 'stock') && /^(?:VERB|AUX)$/.test(tokens[last.last + 2]?.pos ?? '')) return true;
  if (after.text !== ',' || !ARTICLES.has(textOf(tokens[last.last + 2]))) return false;
  for (let i = last.last + 3; i <= last.last + 3 + MOST_WORDS_BEFORE_FIRM_NOUN; i++) {
    const t = tokens[i];
    if (t === undefined) return false;
    // "… in English, the company said": the words after the comma are a new clause's speaker.
    if (FIRM_NOUNS.has(t.text)) return tokens[i + 1]?.pos !== 'NOUN' && !SPEECH.has(textOf(tokens[i + 1]));
    // "Musto, the new CEO of the company": a firm after "of" is what the one set off leads or works for.
    if (t.text === 'of') return false;
    // "the Swedish retailer", "a Boston-based drugmaker": a known place may say where the firm is,
    // and an acronym what it does ("the AI startup", "the EV maker").
    if (t.text === '-' || (/^\p{Lu}/u.test(t.text) && lookup(t.text)?.kind === 'place') || ACRONYM.test(t.text)) continue;
    if (t.type !== 'word' || /^\p{Lu}/u.test(t.text)) return false;
  }
  return false;
}

/** Words running text writes in lower case and a title capitalises: verbs, prepositions, articles, pronouns. */
const TITLE_CASE_POS = new Set(['VERB', 'AUX', 'ADP', 'ADV', 'DET', 'PRON', 'CCONJ', 'SCONJ']);
/** Words a title leaves in lower case. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'for', 'of', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'as', 'vs', 'via', 'into', 'per']);

/**
 * The tokens of a sentence that stand in a stretch written in title case ("New Zealand Takes a
 * Pause in Cutting Rates", a headline or a cited title inside a sentence): capitalised words,
 * numbers and a title's small words, with at least two capitalised verbs or small words after its
 * first word. Capitals say nothing of names there, so only known names are read in it.
 */
function titleCaseTokens(tokens: Token[], first: number, last: number): Set<number> {
  const titled = new Set<number>();
  let from = -1;
  let signs = 0;
  const close = (end: number) => {
    if (signs >= 2) for (let i = from; i < end; i++) titled.add(i);
    from = -1;
    signs = 0;
  };
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    const capital = t.type === 'word' && (/^\p{Lu}\p{Ll}/u.test(t.text) || t.text === 'A' || /^\p{Lu}+$/u.test(t.text));
    const inside = capital || t.type === 'number' || (t.type === 'word' && TITLE_SMALL_WORDS.has(t.text)) || /^['’]s$/.test(t.text);
    if (!inside) {
      close(i);
      continue;
    }
    if (from < 0) from = i;
    else if (capital && TITLE_CASE_POS.has(t.pos) && t.text !== 'I') signs++;
  }
  close(last + 1);
  return titled;
}

/** Most words of a name before "and" in an organisation's name: "Food" of "Food and Drug Administration". */
const MOST_WORDS_BEFORE_AND = 3;

/**
 * "the Food and Drug Administration", "the World Travel and Tourism Council": two runs joined by
 * "and" are one organisation's name when the second ends in an organisation's word and neither
 * the first nor the second is a name of its own ("Britain and the European Union", "Obama and
 * White House officials" are two), nor the first a person's ("John Smith and Harvard University")
 * or a body's ("Toyota Motor Corp. and Honda Motor Co."). The first is words of the dictionary, as
 * a field is: "Gensler and Clark Construction Group", "Li Keqiang and National People's Congress"
 * are two.
 */
function joinedByAnd(tokens: Token[], runs: Word[][]): Word[][] {
  const out: Word[][] = [];
  for (const run of runs) {
    const prev = out[out.length - 1];
    const and = prev ? prev[prev.length - 1]!.last + 1 : -1;
    const between = tokens[and];
    if (prev && between?.text === 'and' && run[0]!.first === and + 1 && prev.length <= MOST_WORDS_BEFORE_AND && isOrgName(run) && !isOrgName(prev) &&
      !lookup(joined(prev)) && !lookup(joined(run)) && !isGivenName(prev[0]!.text) && !prev.some((w) => JOINERS.has(w.text)) && prev.every((w) => inLexicon(w.text))) {
      out[out.length - 1] = [...prev, { start: between.start, end: between.end, text: between.text, first: and, last: and, pos: between.pos }, ...run];
    } else {
      out.push(run);
    }
  }
  return out;
}

/** A field listed in a body's name: a few words of the dictionary, none a known name nor a given name. */
function isField(run: Word[]): boolean {
  return run.length <= MOST_WORDS_OF_FIELD && !lookup(joined(run)) && run.every((w) => inLexicon(w.text) && !lookup(w.text) && !isGivenName(w.text) && !w.possessive);
}

/**
 * "the American Academy of Allergy, Asthma and Immunology", "the Department of Health, Education
 * and Welfare": a body's name may list the fields after its "of" with commas and a last "and"; the
 * list is part of the name when every field is one (see `isField`) and the last has no "of" of its
 * own ("the Bank of Spain, Banco Santander and the Bank of France" are three).
 */
function joinedFieldLists(tokens: Token[], runs: Word[][]): Word[][] {
  const out: Word[][] = [];
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    const of = run.findIndex((w) => w.text === 'of' || w.text === 'for');
    if (of <= 0 || !ORG_HEADS.has(run[of - 1]!.text.toLowerCase()) || !isField(run.slice(of + 1))) {
      out.push(run);
      continue;
    }
    let merged = run;
    let next = r + 1;
    let closed = false;
    for (; next < runs.length && !closed; next++) {
      const field = runs[next]!;
      const end = merged[merged.length - 1]!.last;
      const gap = tokens.slice(end + 1, field[0]!.first).map((t) => t.text).join(' ');
      closed = gap === 'and' || gap === ', and';
      if ((gap !== ',' && !closed) || !isField(field)) break;
      merged = [...merged, ...tokens.slice(end + 1, field[0]!.first).map((_, i) => asWord(tokens, end + 1 + i)), ...field];
    }
    // At least two fields after the first, and no name the last field would be "of".
    const last = merged[merged.length - 1]!.last;
    if (!closed || next - r < 3 || (JOINERS.has(tokens[last + 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[last + 2]?.text ?? ''))) {
      out.push(run);
      continue;
    }
    out.push(merged);
    r = next - 1;
  }
  return out;
}

/** Groups of people a body may be named for with a possessive: "Children's Hospital", "People's Liberation Army". */
const GROUPS_SERVED = new Set(['children', 'women', 'men', 'people', ...SPEAKING_GROUPS]);

/**
 * "Boston Children's Hospital", "the Chinese People's Liberation Army": a group's possessive
 * before the name of a body is part of that body's name, not its owner ("Trump's Justice
 * Department" is owned).
 */
function joinedGroupPossessives(tokens: Token[], runs: Word[][]): Word[][] {
  const out: Word[][] = [];
  for (const run of runs) {
    const prev = out[out.length - 1];
    const owner = prev?.[prev.length - 1];
    const mark = owner === undefined ? -1 : owner.possessive ? owner.last : /^['’]s$/.test(tokens[owner.last + 1]?.text ?? '') ? owner.last + 1 : -1;
    if (mark < 0 || run[0]!.first !== mark + 1 || !GROUPS_SERVED.has(owner!.text.toLowerCase()) || !ORG_HEADS.has(run[run.length - 1]!.text.toLowerCase())) {
      out.push(run);
      continue;
    }
    const whole: Word = { ...owner!, end: tokens[mark]!.end, last: mark, possessive: false };
    out[out.length - 1] = [...prev!.slice(0, -1), { ...whole, text: owner!.text + tokens[mark]!.text.slice(-2) }, ...run];
  }
  return out;
}

/** Most lowercase tokens a known body's descriptive name runs on with: "UN refugee agency", "UN children's agency". */
const MOST_DESCRIPTOR_TOKENS = 3;

/**
 * "the U.N. refugee agency", "the UN nuclear watchdog": a name run on by lowercase words into a
 * body the gazetteer knows by them is that body, not the name alone.
 */
function joinedDescriptors(tokens: Token[], runs: Word[][], text: string): Word[][] {
  return runs.map((run) => {
    const last = run[run.length - 1]!;
    if (last.possessive) return run;
    for (let n = MOST_DESCRIPTOR_TOKENS; n >= 1; n--) {
      const added = tokens.slice(last.last + 1, last.last + 1 + n);
      if (added.length < n || added.some((t) => t.type !== 'word' || /^\p{Lu}/u.test(t.text)) || /^['’]s$/.test(added[0]!.text)) continue;
      const end = added[n - 1]!.end;
      if (lookup(text.slice(run[0]!.start, end))?.kind !== 'organization') continue;
      const words: Word[] = [];
      added.forEach((t, k) => {
        const at = last.last + 1 + k;
        const word = words[words.length - 1];
        // "children's": the possessive stays with its word.
        if (word && /^['’]s$/.test(t.text)) Object.assign(word, { end: t.end, last: at, text: text.slice(word.start, t.end) });
        else words.push({ ...asWord(tokens, at), text: text.slice(t.start, t.end) });
      });
      return [...run, ...words];
    }
    return run;
  });
}

/** What stands between a court case's parties: "Roe v. Wade", "Brown v Board of Education". */
const VERSUS = new Set(['v', 'v.', 'vs', 'vs.', 'versus']);

/**
 * "Dobbs v. Jackson Women's Health Organization": a court case's name is one run, its parties'
 * names and what joins them, and is neither party (`cases` gets it). A party's possessive does not
 * end it.
 */
function joinedCases(tokens: Token[], runs: Word[][], cases: Set<Word[]>): Word[][] {
  const out: Word[][] = [];
  for (const run of runs) {
    const prev = out[out.length - 1];
    const end = prev ? prev[prev.length - 1]! : undefined;
    const versus = end ? tokens[end.last + 1] : undefined;
    const joins = versus !== undefined && VERSUS.has(versus.text.toLowerCase()) && run[0]!.first === end!.last + 2;
    const owned = prev !== undefined && cases.has(prev) && run[0]!.first === (end!.possessive ? end!.last + 1 : end!.last + 2) && /['’]s$/.test(tokens[run[0]!.first - 1]!.text);
    if (!joins && !owned) {
      out.push(run);
      continue;
    }
    const between = joins ? [{ start: versus.start, end: versus.end, text: versus.text, first: end!.last + 1, last: end!.last + 1, pos: versus.pos }] : [];
    const merged = [...prev!, ...between, ...run];
    cases.delete(prev!);
    cases.add(merged);
    out[out.length - 1] = merged;
  }
  return out;
}

/** Names in the sentences of one parsed block. `text` is what was parsed; `base` its offset. */
export function findNames(parsed: Parsed, text: string, base: number, sentenceIndex: (first: number) => number, strict: boolean): NameMention[] {
  const out: NameMention[] = [];
  const { tokens } = parsed;
  const capitalised = tokens.map(isCapitalised);
  // "Theresa May", "Brian May": a month after a given name is a family name.
  for (let i = 1; i < tokens.length; i++) {
    if (!capitalised[i] && capitalised[i - 1] && MONTH_NAMES.test(tokens[i]!.text) && isGivenName(tokens[i - 1]!.text) && tokens[i + 1]?.type !== 'number') capitalised[i] = true;
  }
  for (const s of parsed.sentences) {
    const sentence = sentenceIndex(s.first);
    const titled = strict ? null : titleCaseTokens(tokens, s.first, s.last);
    const runs = runsOf(tokens, capitalised, s.first, s.last);
    for (const run of runs) for (const w of run) w.text = text.slice(w.start, w.end);
    const cases = new Set<Word[]>();
    // The last token of a company's name written with a possessive, whose legal form is a run of its own.
    let ownedThrough = -1;
    for (const run of joinedCases(tokens, joinedByAnd(tokens, joinedFieldLists(tokens, joinedGroupPossessives(tokens, joinedDescriptors(tokens, runs, text)))), cases)) {
      // A run ending in a number is only a name when the whole of it is known ("Group of 20").
      if (/^\d/.test(run[run.length - 1]!.text) && !lookup(joined(run))) {
        run.splice(run.length - 2, 2);
        if (!run.length) continue;
      }
      // "Residents of Port Arvon said", "Officials of Hranice told": the group speaks, and it is
      // not part of the name after its "of"; people who live somewhere are of a place.
      const group = run.length > 2 && run[1]!.text === 'of' && SPEAKING_GROUPS.has(run[0]!.text.toLowerCase()) ? run.splice(0, 2)[0]!.text.toLowerCase() : null;
      // "Shares of Nordvale rose": what is held is the name, not the shares.
      if (group === null && run.length > 2 && run[1]!.text === 'of' && HOLDINGS.has(run[0]!.text.toLowerCase())) run.splice(0, 2);
      // "Drugmaker Pellix said", "Novelist Jack London wrote": a firm's or a role's noun opening a
      // sentence is capitalised, and no part of the name.
      const opening = run[0]!.text.toLowerCase();
      if (run.length > 1 && run[0]!.first === s.first && (FIRM_NOUNS.has(opening) || ROLE_NOUNS.has(opening)) && !lookup(run[0]!.text) && !lookup(joined(run)) && !isOrgName(run)) run.splice(0, 1);
      // "One of Luhn's employees", "Worse for Kelly, …": a share or a comparison opening a
      // sentence, with its "of" or "for", is no part of the name after it.
      else if (run.length > 2 && run[0]!.first === s.first && (run[1]!.text === 'of' || run[1]!.text === 'for') && (spelledNumber(tokens[run[0]!.first]!) || SHARES_AND_COMPARISONS.has(opening)) && !lookup(joined(run))) run.splice(0, 2);
      // "Two Clinton donors tell …": a count opening a sentence counts the noun after the name.
      else if (run.length > 1 && run[0]!.first === s.first && spelledNumber(tokens[run[0]!.first]!) && tokens[run[run.length - 1]!.last + 1]?.pos === 'NOUN' && !lookup(joined(run))) run.splice(0, 1);
      const firstToken = run[0]!.first;
      const before = tokens[firstToken - 1];
      const lastWord = run[run.length - 1]!;
      const after = group !== null ? undefined : lastWord.possessive ? POSSESSIVE : tokenAfter(tokens, lastWord.last);
      const beforeOf = tokens[firstToken - 2]?.text.toLowerCase() ?? '';
      const placeOf = before?.text === 'of' && (PLACE_AFTER.has(beforeOf) || BEARINGS.has(beforeOf) || (group !== null && DWELLERS.has(group)));
      const preposition = placeOf || offShore(tokens, firstToken) ? PLACE_OF : inTitle(tokens, capitalised, run, s.first) ? TITLE_PREPOSITION : before;
      // "CHINA CHIPS —", "MEDITERRANEAN SHIPWRECK": a heading set in capitals, with words of the
      // dictionary, names only what is known in it; "LUCAS JACKSON" and the dateline "PORT ARVON —" are names.
      const knownOnly = strict || titled!.has(firstToken) || shoutedHeading(tokens, run);
      const apposed = apposition(tokens, firstToken, run[run.length - 1]!.last);
      if (firstToken <= ownedThrough) continue;
      const owned = knownOnly ? null : possessiveName(tokens, run, text);
      if (owned) ownedThrough = owned.through;
      const pieces = cases.has(run) || namesAWork(tokens, firstToken, lastWord.last) ? [piece(run, null, 'work', null)]
        : owned ? [owned.name]
        : !knownOnly && datelined(tokens, run) && !lookup(joined(run)) ? [piece(run, 'place', 'dateline', null)] : segment(run, preposition, after, knownOnly, namedByRole(tokens, firstToken, lastWord.last, after), firmContext(tokens, firstToken, lastWord, after), apposed);
      for (const m of pieces) {
        if (m.cue !== 'gazetteer' && NEVER_A_NAME_ALONE.test(m.surface)) continue;
        // "its more secure cousin, RSA-1024,": no person's name holds a figure.
        if (m.type === 'person' && /\d/.test(m.surface)) continue;
        const prev = out[out.length - 1];
        const gap = prev && prev.sentence === sentence ? text.slice(prev.end - base, m.start) : null;
        const listed = gap === null ? null : /^\s*,?\s*(?:and|&)\s*$/.test(gap) ? 'and' : /^\s*,\s*$/.test(gap) ? 'comma' : null;
        // Spelt out rather than spread: V8 builds these many objects markedly faster so.
        out.push({ start: base + m.start, end: base + m.end, surface: m.surface, type: m.type, cue: m.cue, canonical: m.canonical, sentence, listed });
      }
    }
  }
  return out;
}

/** Verbs after a name's "'s" that leave it nothing to own: "Macy's said". */
const OWNERLESS_VERBS = new Set([...SPEECH, 'reported']);
/** Most words of a company's name written with a possessive: "Macy's", "Dunkin' Donuts'" are not one. */
const MOST_WORDS_OF_OWNED_NAME = 2;

/**
 * "Macy's said", "McDonald's reported": a name whose "'s" comes right before a verb of speech owns
 * nothing, and its "'s" is part of a company's name, as shops are named after their founders.
 */
function possessiveName(tokens: Token[], run: Word[], text: string): { name: Piece; through: number } | null {
  const last = run[run.length - 1]!;
  const mark = last.possessive ? last.last : /^['’]s$/.test(tokens[last.last + 1]?.text ?? '') ? last.last + 1 : -1;
  if (mark < 0 || run.length > MOST_WORDS_OF_OWNED_NAME) return null;
  // "McDonald's Corp. said": the company's legal form may follow its "'s".
  const through = COMPANY_DESIGNATORS.has(textOf(tokens[mark + 1]).replace(/\.$/, '')) ? mark + 1 : mark;
  if (!OWNERLESS_VERBS.has(textOf(tokens[through + 1])) || lookup(joined(run)) || (run.length > 1 && isGivenName(run[0]!.text))) return null;
  const name = piece(run, 'organization', 'company', null);
  return { name: { ...name, end: tokens[through]!.end, surface: name.surface + text.slice(last.end, tokens[through]!.end) }, through };
}

/** Nouns of works that stand before their titles: "the musical Hamilton", "the film Casablanca". */
const WORKS_BEFORE = new Set(['musical', 'film', 'movie', 'play', 'opera', 'ballet', 'album', 'song', 'novel', 'book', 'series', 'sitcom', 'documentary', 'podcast', 'show']);
/** Nouns of works that follow their titles ("the Hamilton musical"), and rarely a place's name ("the Chicago show", "the Paris book fair"). */
const WORKS_AFTER = new Set(['musical', 'film', 'movie', 'opera', 'ballet', 'album', 'novel', 'sitcom', 'documentary']);
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * "the musical Hamilton", "the Hamilton musical": a name set beside the noun of a work is the
 * work's title, neither the place nor the person it may also name.
 */
function namesAWork(tokens: Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  if (before && WORKS_BEFORE.has(before.text) && before.pos !== 'VERB') return true;
  const after = tokens[last + 1];
  return after !== undefined && WORKS_AFTER.has(after.text) && ARTICLES.has(tokens[first - 1]?.text.toLowerCase() ?? '') && tokens[last + 2]?.pos !== 'NOUN';
}

export const isCapitals = (name: string) => name === name.toUpperCase();

/** Words a dateline's place may have: "PORT ARVON". */
const DATELINE_WORDS = 3;
const DASHES = new Set(['-', '\u2013', '\u2014']);

/**
 * "REDWATER —", "PORT ARVON, La. (AP) -", "Redwater, Calif. —": a paragraph that opens with a
 * name, perhaps its state or country and the agency in brackets, then a dash, tells where the
 * story was filed. A name in running case needs the state or the agency after it, since a
 * paragraph may open "Biden — not Trump — won"; a label in capitals ("BREAKING —", "UPDATE —")
 * is a verb or a common noun to the parser, never a proper noun.
 */
function datelined(tokens: Token[], run: Word[]): boolean {
  const opening = tokens.slice(0, run[0]!.first).every((t) => t.type === 'tabCRLF');
  if (!opening || run.length > DATELINE_WORDS || !run.every((w) => tokens[w.first]!.pos === 'PROPN')) return false;
  let i = run[run.length - 1]!.last + 1;
  const where = tokens[i]?.text === ',' && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '');
  if (where) i += 2;
  const agency = tokens[i]?.text === '(' && tokens[i + 2]?.text === ')';
  if (agency) i += 3;
  // "Mitch McConnell, R-Ky., said": a hyphen inside a word is no dateline's dash.
  if (!DASHES.has(tokens[i]?.text ?? '') || (tokens[i]!.text === '-' && glued(tokens[i - 1]!, tokens[i]!))) return false;
  return where || agency || run.every((w) => isCapitals(w.text));
}

type Piece = Omit<NameMention, 'sentence' | 'listed'>;

function piece(words: Word[], type: EntityType | null, cue: Cue | null, canonical: string | null): Piece {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  return { start: first.start, end: last.end, surface: joined(words), type, cue, canonical };
}

/** The name as the page writes it, one space wherever it has any: "Power & Light", "Power &Light". */
function joined(words: Word[]): string {
  let name = words[0]?.text ?? '';
  for (let i = 1; i < words.length; i++) name += (words[i - 1]!.end < words[i]!.start ? ' ' : '') + words[i]!.text;
  return name;
}

function isOrgName(words: Word[]): boolean {
  if (words.length < 2) return false;
  const lower = words.map((w) => w.text.toLowerCase());
  const of = lower.findIndex((w) => w === 'of' || w === 'on' || w === 'for');
  if (of > 0 && personBeforeOf(words, of)) return false;
  // "Tesla Inc.", "Acme Corp.": a head may keep its abbreviation's full stop.
  if (ORG_HEADS.has(lower[lower.length - 1]!.replace(/\.$/, ''))) return true;
  // "Bank of England", "Centers for Disease Control"; not "Acme Therapeutics of Cambridge", where a
  // company named with its trade is whole and "of" says where it is.
  return of > 0 && ORG_HEADS.has(lower[of - 1]!) && !INDUSTRY_WORDS.has(lower[of - 1]!);
}

/** "Dr. Helen Moreau of Northfield University Medical Center": a person's name, titled or given in full, before the body they are of. */
function personBeforeOf(words: Word[], of: number): boolean {
  let name = words.slice(0, of);
  while (name.length && lookup(name[0]!.text)?.kind === 'title') name = name.slice(1);
  return name.length >= 2 && name.length <= 3 && isGivenName(name[0]!.text) && !ORG_HEADS.has(name[name.length - 1]!.text.toLowerCase());
}

/** Words of a party named by its members: "Christian Social Democrats". */
const MOST_WORDS_OF_PARTY = 3;

/** Words glued by a hyphen after a name that make the compound say who holds or runs something: "Hamas-run", "Houthi-controlled", "Nasdaq-listed". */
const HELD_BY = /^(.+)-(?:run|controlled|held|ruled|occupied|led|backed|owned|funded|sponsored|allied|linked|affiliated|listed)$/i;
/** Words glued by a hyphen after a place that make the compound say where someone or something is from: "Houston-based", "London-registered". */
const PLACED = /^(.+)-(?:based|born|registered|headquartered|raised|made|built)$/i;

/**
 * "the Houston-based utility", "a Glasgow-born writer", "in Hamas-run Gaza": the known place or
 * body a lone qualifier names. What an unknown name runs or holds ("Houthi-controlled port") is
 * no place: the name is kept, untyped.
 */
function nameBeforeQualifier(run: Word[]): Piece | null {
  if (run.length !== 1) return null;
  const word = run[0]!;
  const placed = PLACED.exec(word.text);
  const held = placed ? null : HELD_BY.exec(word.text);
  const name = (placed ?? held)?.[1];
  if (!name) return null;
  const hit = lookup(name);
  const words = [{ ...word, end: word.start + name.length, text: name }];
  if (hit?.kind === 'place' || (held && hit?.kind === 'organization')) return piece(words, hit.kind, 'gazetteer', hit.canonical);
  return held ? piece(words, null, null, null) : null;
}

/**
 * "Margaret Court won 24 titles", "Samantha Power said": a given name and a family name that is
 * also a place's or a body's last word name a person, unless what stands around them makes them
 * a site ("at Victoria Park", "the Albert Hall", "Victoria Park area").
 */
function familyNamedLikeSite(words: Word[], head: string, before: Token | undefined, after: Token | undefined): boolean {
  // "Georgia Power", "Jordan Street": a given name that is a place's too is the place's before such a word.
  if (words.length !== 2 || !SURNAME_HEADS.has(head) || !isGivenName(words[0]!.text) || lookup(words[0]!.text)) return false;
  return !SITE_BEFORE.has(before?.text.toLowerCase() ?? '') && !PLACE_AFTER.has(after?.text.toLowerCase() ?? '');
}

/**
 * Words that end the name of a prize or an event ("Stanley Cup", "Nobel Prize", "French Open", "Vietnam War"),
 * which is neither the person nor the place it is named after.
 */
const EVENT_HEADS = new Set(['cup', 'prize', 'prizes', 'award', 'awards', 'trophy', 'medal', 'open', 'championship', 'championships', 'games', 'olympics', 'festival', 'marathon', 'war']);

/**
 * Words that open the name of a place of nature, a fort or a building, in English and in the
 * languages whose names news keeps untranslated: "Cape Canaveral", "Mount Etna", "Lake Tahoe",
 * "Fort Bragg", "Musée d'Orsay", "Museo del Prado", "Hotel Adlon", "Palais Garnier".
 */
const PLACE_OPENERS = new Set([
  'cape', 'mount', 'mt', 'mt.', 'lake', 'isle', 'fort', 'loch',
  'museum', 'musee', 'musée', 'museo', 'hotel', 'palais', 'palazzo', 'palacio', 'château', 'chateau', 'castello', 'schloss', 'teatro', 'stade', 'estadio',
]);
/** Most words after a place's opener: "Isle of Man", "Cape of Good Hope" is longer and known. */
const MOST_WORDS_AFTER_OPENER = 2;

/** Words before a known place that name an airline or a sports club: "Air France", "Real Madrid", "Inter Milan". */
const BEFORE_PLACE_OF_ORIGIN = new Set(['air', 'real', 'atletico', 'atlético', 'inter', 'ac', 'fc', 'sporting', 'dynamo', 'dinamo', 'olympique', 'borussia', 'bayern']);

/** Airlines and sports clubs are named after the place they come from, and are not that place. */
function namedAfterPlace(words: Word[]): boolean {
  return words.length >= 2 && BEFORE_PLACE_OF_ORIGIN.has(words[0]!.text.toLowerCase()) && lookup(joined(words.slice(1)))?.kind === 'place';
}

/**
 * Plural words after a place's name that name no team: its people ("Texas Republicans"), what was
 * agreed or happened there ("Oslo Accords", "Panama Papers") and places ("Colorado Springs").
 */
const NOT_NICKNAMES = new Set([
  'accords', 'agreements', 'talks', 'papers', 'files', 'protests', 'riots', 'elections', 'hearings', 'trials', 'conventions',
  'protocols', 'principles', 'fires', 'wildfires', 'floods', 'storms', 'attacks', 'bombings', 'shootings', 'killings',
  'springs', 'heights', 'woods', 'lakes', 'plains', 'keys', 'isles', 'palms', 'rapids', 'highlands', 'flats', 'sands', 'docks', 'gardens',
]);

/** Most words of a team's nickname: "Red Sox", "Maple Leafs". */
const MOST_WORDS_OF_NICKNAME = 2;

/**
 * "Los Angeles Lakers", "Boston Red Sox": a town's or a state's name before a plural nickname
 * names a team, not the place. Not a country's name, which a person's given name may be too
 * ("Jordan Peters"), nor a place that is a given name.
 */
function namesATeam(words: Word[]): boolean {
  for (let n = Math.min(longestName(), words.length - 1); n >= Math.max(1, words.length - MOST_WORDS_OF_NICKNAME); n--) {
    const hit = lookup(joined(words.slice(0, n)));
    if (hit?.kind !== 'place') continue;
    const nickname = words.slice(n);
    const last = nickname[nickname.length - 1]!.text;
    if (isCountry(hit.canonical) || isGivenName(words[0]!.text) || !/^\p{Lu}\p{Ll}+[^s]s$/u.test(last)) return false;
    const plural = last.toLowerCase();
    return !SPEAKING_GROUPS.has(plural) && !NOT_NICKNAMES.has(plural) && nickname.every((w) => readsAsFamilyName(w.text));
  }
  return false;
}

/** Cuts a run of capitalised words into known names and typed or untyped name chunks. */
function segment(run: Word[], before: Token | undefined, after: Token | undefined, strict: boolean, role: boolean, firm: boolean, apposed: Apposed): Piece[] {
  const whole = joined(run);
  const hit = lookup(whole);
  if (hit && hit.kind !== 'title') return [piece(run, hit.kind, 'gazetteer', hit.canonical)];
  // "Apple Inc", "Tesla Motors", "Toyota Motor Corp.": a known company's name with its legal form or its trade is that company.
  const company = shortNamesOf(whole).map(lookup).find((known) => known?.kind === 'organization');
  if (company) return [piece(run, 'organization', 'gazetteer', company.canonical)];
  if (strict) return segmentKnown(run);
  let words = run;
  const qualified = nameBeforeQualifier(run);
  if (qualified) return [qualified];
  // "The", and "Seattle-based" before a company's name or "Hamas-run" before a place's, are not part of it.
  const qualifier = words.findLastIndex((w) => PLACED.test(w.text) || HELD_BY.test(w.text));
  if (qualifier >= 0 && qualifier < words.length - 1) words = words.slice(qualifier + 1);
  if (words.length > 1 && /^the$/i.test(words[0]!.text)) words = words.slice(1);
  const head = words[words.length - 1]!.text.toLowerCase();
  // "Pulitzer Prize for Breaking News", "Africa Cup of Nations": a prize's or an event's word may stand before its "for" or "of".
  const of = words.findIndex((w) => w.text === 'of' || w.text === 'for');
  if (words.length >= 2 && (EVENT_HEADS.has(head) || (of > 0 && EVENT_HEADS.has(words[of - 1]!.text.toLowerCase())))) {
    // "the Iraq War" is no place, but says where it was fought.
    const where = head === 'war' && words.length === 2 ? lookup(words[0]!.text) : undefined;
    return [where?.kind === 'place' ? piece([words[0]!], 'place', 'gazetteer', where.canonical) : piece(words, null, 'work', null)];
  }
  if (words === run && familyNamedLikeSite(words, head, before, after)) return [piece(words, 'person', 'given', null)];
  // "Victoria Park", "Tiananmen Square", "Downing Street", "Bering Sea": a name before a facility's
  // or a place of nature's noun names that place.
  if (words.length >= 2 && (FACILITY_HEADS.has(head) || NATURE_HEADS.has(head) || REGION_HEADS.has(head))) return [piece(words, 'place', 'head', null)];
  if (namedAfterPlace(words) || namesATeam(words)) return [piece(words, 'organization', 'head', null)];
  // "Florida Power & Light", "Procter & Gamble": a firm, unless both sides are known names ("Trump & Putin").
  const ampersand = words.findIndex((w) => w.text === '&');
  if (ampersand > 0 && !(lookup(joined(words.slice(0, ampersand))) && lookup(joined(words.slice(ampersand + 1))))) {
    return [piece(words, 'organization', 'head', null)];
  }
  if (isOrgName(words)) {
    // "Russian Foreign Ministry" is one organisation, but "Foreign Minister Lavrov" is not.
    return [piece(words, 'organization', 'head', null)];
  }
  // "the Social Democrats", "the Greens": a party, by what its members are called. Not members
  // alone ("Democrats said"), nor those of a place ("Texas Republicans").
  if (words.length <= MOST_WORDS_OF_PARTY && PARTY_MEMBERS.has(head) && words.every((w) => /^\p{Lu}/u.test(w.text))) {
    const named = words.length > 1 ? lookup(words[0]!.text)?.kind !== 'place' : /^the$/i.test(before?.text ?? '');
    if (named) return [piece(words, 'organization', 'head', null)];
  }
  if (words.length >= 2 && words.length <= MOST_WORDS_AFTER_OPENER + 1 && PLACE_OPENERS.has(words[0]!.text.toLowerCase())) return [piece(words, 'place', 'head', null)];
  const pieces: Piece[] = [];
  let chunk: Word[] = [];
  let titled = false;
  let byRole = role;
  let afterPersonOf = false;
  const flush = (isLast: boolean, beforeTitle = false) => {
    if (!chunk.length) return;
    chunk = withoutRoleNoun(chunk);
    // "Chief Financial Officer", "Chief Operating Officer": a word alone between two titles' words is part of one title.
    if (chunk.every((w) => INITIAL.test(w.text) || SUFFIX_ALONE.test(w.text)) || (titled && beforeTitle && chunk.length === 1)) {
      chunk = [];
      titled = false;
      return;
    }
    const typed = byRole && pieces.length === 0 ? piece(chunk, 'person', 'role', null)
      // "Elon Musk's shares" are a person's; "Macy's stores" a firm's, though Macy is a given name too.
      : firm && isLast && pieces.length === 0 && (chunk.length === 1 || !isGivenName(chunk[0]!.text)) ? piece(chunk, 'organization', 'company', null)
      : isLast && apposed === 'age' ? piece(chunk, 'person', 'apposition', null)
      : isLast && apposed === 'place' && !titled && !isGivenName(chunk[0]!.text) && !productLike(chunk, undefined) ? piece(chunk, 'place', 'place-after', null)
      : isLast && apposed === 'state' && !titled && (chunk.length === 1 || !isGivenName(chunk[0]!.text)) ? piece(chunk, 'place', 'place-after', null)
      // "Tobruk in eastern Libya", but not "Sales in China" nor "Stacey in Israel".
      : isLast && apposed === 'located' && !titled && chunk.length <= 2 && !isGivenName(chunk[0]!.text) && !productLike(chunk, undefined) && !chunk.every((w) => inLexicon(w.text)) ? piece(chunk, 'place', 'place-in', null) : null;
    byRole = false;
    // What follows a person's "of" ("Tim Cook of Apple", "the mayor of Amatrice") is not what speaks after it.
    const cueAfter = isLast && !afterPersonOf ? after : undefined;
    const cueBefore = pieces.length === 0 && !titled ? before : undefined;
    afterPersonOf = false;
    const place = pieces[pieces.length - 1];
    const afterPlace = place?.type === 'place' && place.cue === 'gazetteer' && chunk[0]!.start - place.end <= 1;
    // "Palestinian Authority President Mahmoud Abbas": a body's word alone after a known place.
    const body = afterPlace && !titled && chunk.length === 1 && ORG_HEADS.has(chunk[0]!.text.toLowerCase()) ? piece(chunk, 'organization', 'head', null)
      // "FEMA Administrator Deanne Criswell", "NYPD Commissioner …": an acronym before a title is the body the title is of.
      : beforeTitle && !titled && chunk.length === 1 && ACRONYM.test(chunk[0]!.text) ? piece(chunk, 'organization', 'head', null) : null;
    const found = typed ?? body ?? typeChunk(chunk, titled, cueAfter, cueBefore);
    if (found.type === null && isLast && apposed === 'who' && chunk.length === 1) found.cue = 'apposition';
    // "Australian Federal Police Commissioner Andrew Colvin": the known place before an
    // organisation's name is part of it, as in "Russian Foreign Ministry".
    if (found.type === 'organization' && found.cue === 'head' && afterPlace) {
      pieces[pieces.length - 1] = { ...found, start: place.start, surface: `${place.surface}${place.end < chunk[0]!.start ? ' ' : ''}${found.surface}` };
    } else {
      pieces.push(found);
    }
    chunk = [];
    titled = false;
  };
  for (let p = 0; p < words.length;) {
    let matched = 0;
    for (let n = Math.min(longestName(), words.length - p); n >= 1 && !matched; n--) {
      const span = words.slice(p, p + n);
      const found = lookup(joined(span));
      if (!found) continue;
      if (n === 1 && inPersonName(words, p, chunk, titled || (byRole && pieces.length === 0), found)) break;
      // "Major League Gaming", "General Assembly": a title's word before a body's word is part of the
      // body's name; not in a longer title ("Chief Financial Officer").
      if (found.kind === 'title' && ORG_HEADS.has(words[p + n]?.text.toLowerCase() ?? '') && !words.slice(p + n + 1).some((w) => lookup(w.text)?.kind === 'title')) break;
      if (n === 1 && endsUnknownName(words, p, chunk, titled, found)) break;
      matched = n;
      flush(false, found.kind === 'title');
      // A title names the person right after it, not one after another name.
      titled = found.kind === 'title';
      if (found.kind !== 'title') pieces.push(piece(span, found.kind, 'gazetteer', found.canonical));
    }
    if (matched) { p += matched; continue; }
    const w = words[p]!;
    if (JOINERS.has(w.text) && !chunk.length) { titled = false; p++; continue; }
    // "Trump-Putin" names two people; "As-Suwayda" and "al-Assad" are one name.
    const parts = words.length === 1 ? w.text.split('-') : [];
    if (parts.length > 1 && parts.every((x) => /^\p{Lu}[\p{L}.]+$/u.test(x)) && !ARABIC_ARTICLE.test(parts[0]!)) {
      let offset = w.start;
      for (const part of parts) {
        const sub: Word = { start: offset, end: offset + part.length, text: part, first: w.first, last: w.last, pos: w.pos };
        const known = lookup(part);
        pieces.push(known && known.kind !== 'title' ? piece([sub], known.kind, 'gazetteer', known.canonical) : piece([sub], null, null, null));
        offset += part.length + 1;
      }
      p++;
      continue;
    }
    // "Mayor Sergio Pirozzi of Amatrice": a person's name ends at "of", and where they are from
    // follows; so does a company's named with its trade ("Aldermoor Biosciences of Cambridge").
    const trade = chunk.length >= 2 && INDUSTRY_WORDS.has(chunk[chunk.length - 1]!.text.toLowerCase());
    if (w.text === 'of' && chunk.length && (titled || trade || (chunk.length >= 2 && isGivenName(chunk[0]!.text)))) {
      flush(false);
      afterPersonOf = true;
      p++;
      continue;
    }
    chunk.push(w);
    p++;
  }
  flush(true);
  // "Martin Luther King Jr. … King said": a title's word alone names no one, unless it is the
  // surname of a person the article names in full (see `resolveEntities`).
  if (!pieces.length && words.length === 1 && titled) return [piece(words, null, 'title', null)];
  return pieces.filter((x) => !JOINERS.has(x.surface));
}

/**
 * Whether the known name or title of one word at `p` is part of a person's name: the family name
 * after a title or a given name ("Queen Victoria", "Lewis Hamilton", "John Major"), ending the run; or a
 * given name, or any name after a title, before an unknown word that is no head of a name
 * ("Victoria Beckham", "Rep. Alexandria Ocasio-Cortez", "Kent Nelson" of a region "Kent"). Only a name as written, not a demonym or
 * an abbreviation ("Mark English").
 */
function inPersonName(words: Word[], p: number, chunk: Word[], titled: boolean, hit: GazetteerHit): boolean {
  const word = words[p]!.text;
  // "Sofía Vergara": accents aside, as the gazetteer writes it ("Sofia").
  if (foldName(hit.canonical) !== foldName(word)) return false;
  const next = words[p + 1];
  // "Martin Luther King Jr.", "John Major": a title's word is a family name too.
  if (next === undefined || NAME_SUFFIX.test(next.text)) return (titled && hit.kind !== 'title') || (chunk.length > 0 && isGivenName(chunk[0]!.text));
  if (hit.kind === 'title' || chunk.length > 0 || !(titled || isGivenName(word) || isListedRegionOnly(word))) return false;
  if (titled) return readsAsFamilyName(next.text);
  // "Douglas W. Diamond": a given name, an initial and a family name, whatever words they are.
  if (INITIAL.test(next.text) && words[p + 2] !== undefined && readsAsFamilyName(words[p + 2]!.text)) return true;
  // "Israel Katz" but not "Israel Defense Forces", "Georgia State University" nor "the Paris
  // Agreement": without a title, every word after the given name must read as a family name, and
  // one no English word is written as.
  return words.slice(p + 1).every((w, i) => (i > 0 && NAME_SUFFIX.test(w.text)) || (readsAsFamilyName(w.text) && !inLexicon(w.text)));
}

/**
 * "the Quebrada Honda mine", "Punta Alegre": a company's one-word name ending a run after a word
 * no gazetteer and no English dictionary knows is the end of another name, not the company.
 */
function endsUnknownName(words: Word[], p: number, chunk: Word[], titled: boolean, hit: GazetteerHit): boolean {
  if (hit.kind !== 'organization' || p !== words.length - 1 || chunk.length !== 1 || titled) return false;
  const word = chunk[0]!.text;
  return coined(word) && !isGivenName(word) && !lookup(word);
}

/** A capitalised word of no dictionary: a name ("Oberholz"), not a word capitalised ("Many", "Bill"). */
export function coined(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && !inLexicon(word);
}

/** Words after a place's name in the names of what is there, and no family name: "Georgia State", "Sydney Opera House". */
const AFTER_PLACE = new Set(['state', 'city', 'opera', 'house', 'today', 'central', 'national', 'metro', 'north', 'south', 'east', 'west']);

/** A capitalised word no gazetteer knows that ends no name of a body, a site, a region or a thing there. */
function readsAsFamilyName(text: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(text) || lookup(text)) return false;
  const word = text.toLowerCase();
  return !ORG_HEADS.has(word) && !FACILITY_HEADS.has(word) && !NATURE_HEADS.has(word) && !REGION_HEADS.has(word) && !AFTER_PLACE.has(word);
}

/** The known names of a run, longest first ("New Zealand" in "New Zealand Takes a Pause"). */
function segmentKnown(run: Word[]): Piece[] {
  const out: Piece[] = [];
  for (let p = 0; p < run.length;) {
    let n = Math.min(longestName(), run.length - p);
    for (; n >= 1; n--) {
      const span = run.slice(p, p + n);
      const surface = joined(span);
      const hit = lookup(surface);
      if (hit && hit.kind !== 'title' && surface.length > 2) {
        out.push(piece(span, hit.kind, 'gazetteer', hit.canonical));
        break;
      }
    }
    p += Math.max(n, 1);
  }
  return out;
}

/**
 * "in JS", "in PostgreSQL", "in Firefox 39", "in Qt4", "a USB port": an acronym no gazetteer knows,
 * a word with a capital inside it, or a name with a version number, apart or inside a word, is more
 * often something one works in or plugs into than a place (places written so, "UAE", "McAllen",
 * are known or keep their capital at the start).
 */
function productLike(chunk: Word[], after: Token | undefined): boolean {
  return after?.type === 'number' || chunk.some((w) => ACRONYM.test(w.text) || isCamelCase(w.text) || /\d/.test(w.text));
}

/** "TikTok", "YouTube", "OpenAI": a capital inside a word after a syllable, as brands write it and no person's name ("McDonald", "DeSantis", "MacArthur"). */
function isCamelCase(word: string): boolean {
  return /\p{Lu}\p{Ll}{2,}\p{Lu}/u.test(word) && !/^Mac\p{Lu}/u.test(word);
}

/** Endings of nouns of fields, qualities and acts ("Neuroscience", "Security", "Leadership"), and of no family name of the dictionary's. */
const ABSTRACT_ENDING = /\p{L}{3}(?:ence|ance|ogy|nomy|graphy|sophy|ism|ics|ity|ment|ness|tion|sion|ship)$/u;

/**
 * "Neuroscience", "Prosecution": a word of the dictionary with such an ending. Family names that
 * are words are others ("Trump", "Brown", "Bush"); given names so written ("Florence", "Lance") are known.
 */
function isAbstractNoun(word: string): boolean {
  return ABSTRACT_ENDING.test(word) && inLexicon(word) && !isGivenName(word);
}

/**
 * "Passenger Tobias Lindqvist", "Referee Andrew Coles": a word of the dictionary written with a
 * capital before a given name and a family name says who the person is, as a title does.
 */
function withoutRoleNoun(chunk: Word[]): Word[] {
  const [role, given] = chunk;
  // Not "Super Mario Run" nor "Run Lola Run": the name after the word is all names.
  const named = chunk.slice(1).every((w) => w.pos === 'PROPN');
  return chunk.length >= 3 && named && inLexicon(role!.text) && !isGivenName(role!.text) && !lookup(role!.text) && isGivenName(given!.text) ? chunk.slice(1) : chunk;
}

/** Particles of phrasal verbs, written with a capital in a headline: "Steps Down", "Backs Out". */
const PARTICLES = new Set(['down', 'up', 'out', 'off', 'back', 'aside', 'over', 'in']);

/**
 * Whether a run opening with a given name is that person's name. "Ingrid Goes West" is a film's
 * title: an inflected verb is no family name ("James Cook" is one). "The Bill of Rights" and "the
 * Edmund Hillary Fellowship" are named after no one in them: a person's name has no "of", and a
 * body's word after a full name ends the body's ("Margaret Court" stays a person).
 */
function personByGivenName(chunk: Word[]): boolean {
  if (chunk.slice(1).some((w) => w.pos === 'VERB' && /\p{Ll}(?:s|ed|ing)$/u.test(w.text))) return false;
  if (chunk.some((w) => w.text === 'of')) return false;
  return chunk.length < 3 || !ORG_HEADS.has(chunk[chunk.length - 1]!.text.toLowerCase());
}

function typeChunk(chunk: Word[], titled: boolean, after: Token | undefined, before: Token | undefined): Piece {
  while (chunk.length > 1 && JOINERS.has(chunk[chunk.length - 1]!.text)) chunk = chunk.slice(0, -1);
  // "I’m Haoyu Zhang-Demir": the speaker's "I" is capitalised, not named.
  while (chunk.length > 1 && /^I['’](?:m|ve|d|ll)$/.test(chunk[0]!.text)) chunk = chunk.slice(1);
  if (titled) return piece(chunk, 'person', 'title', null);
  // "Robin M. D." of a reference list: initials after a name end no name; "Robin M. D. Smith" is one.
  while (chunk.length > 1 && /^\p{Lu}\.$/u.test(chunk[chunk.length - 1]!.text)) chunk = chunk.slice(0, -1);
  const first = chunk[0]!.text;
  // "Brendan Eich Steps Down" in a headline's capitals: a plural of the dictionary after a full
  // name is no part of it, and a word of the dictionary before a verb's particle is a verb.
  const last = chunk[chunk.length - 1]!;
  const verbLike = last.pos === 'NOUN' || PARTICLES.has(after?.text.toLowerCase() ?? '');
  if (chunk.length >= 3 && isGivenName(first) && verbLike && /\p{Ll}s$/u.test(last.text) && inLexicon(last.text) && !inLexicon(chunk[chunk.length - 2]!.text)) chunk = chunk.slice(0, -1);
  const lastWord = chunk[chunk.length - 1]!.text.toLowerCase();
  // "Eleven districts", "Twelve were hurt": a number opening a sentence is no name.
  if (chunk.every((w) => w.text.split('-').every(isNumberWord))) return piece(chunk, null, null, null);
  // "the Socialist party", "the Democrat said": a party's adjective or its member's word alone names no body nor person.
  if (chunk.length === 1 && PARTISANS.has(first.toLowerCase())) return piece(chunk, null, null, null);
  if (chunk.length >= 2 && isGivenName(first) && personByGivenName(chunk)) return piece(chunk, 'person', 'given', null);
  // "Bradley M. Kuhn": initials between two words of a name are a person's middle names. Not
  // after a word glued to the name ("CreditChang W. Lee" of a photo's credit line).
  const middleInitials = chunk.length >= 3 && chunk.slice(1, -1).every((w) => /^\p{Lu}\.$/u.test(w.text));
  if (middleInitials && /^\p{Lu}\p{Ll}/u.test(first) && !isCamelCase(first) && /^\p{Lu}\p{Ll}/u.test(chunk[chunk.length - 1]!.text) && !ORG_HEADS.has(lastWord)) return piece(chunk, 'person', 'given', null);
  // "LG Energy Solution said": a trade's word makes a name a company's wherever it stands in it.
  if (chunk.length >= 2 && chunk.slice(1).some((w) => INDUSTRY_WORDS.has(w.text.toLowerCase()))) return piece(chunk, 'organization', 'head', null);
  // "SV Rotheneck said", "VfB Stuttgart": a sports club's form before its name.
  if (chunk.length >= 2 && CLUB_FORMS.has(first)) return piece(chunk, 'organization', 'head', null);
  // "Analysts said", "the Government said", "Neuroscience tells us": a capitalised common noun, an
  // institution's word or a field's alone before a verb of speech is not a name.
  const commonNoun = chunk.length === 1 && (chunk[0]!.pos === 'NOUN' || SPEAKING_GROUPS.has(first.toLowerCase()) || ORG_HEADS.has(first.toLowerCase()) || isAbstractNoun(first));
  // "NASA said", "TikTok said": an acronym or a brand that speaks is an organisation, not a person.
  // "Police in Minneapolis said": a preposition's object is not who speaks.
  if (after && SPEECH.has(after.text.toLowerCase()) && !commonNoun && before?.pos !== 'ADP') return piece(chunk, chunk.length === 1 && (ACRONYM.test(first) || isCamelCase(first)) ? 'organization' : 'person', 'speech', null);
  if (chunk.length >= 2 && ORG_HEADS.has(lastWord)) return piece(chunk, 'organization', 'head', null);
  if (chunk.length >= 2 && REGION_HEADS.has(lastWord)) return piece(chunk, 'place', 'head', null);
  if (after && BODY_NOUNS_AFTER.has(after.text) && after.pos !== 'VERB') return piece(chunk, 'organization', 'head', null);
  // "Evin prison" is "Evin Prison": a site's noun in lower case after a name is part of it.
  if (after && SITE_NOUNS_AFTER.has(after.text) && after.pos !== 'VERB' && !productLike(chunk, undefined)) {
    const name = piece(chunk, 'place', 'head', null);
    return { ...name, end: after.end, surface: `${name.surface} ${after.text}` };
  }
  // "a USB port", "an HDMI port": a product's name before a place's noun says what the noun is of.
  if (after && PLACE_AFTER.has(after.text.toLowerCase()) && !productLike(chunk, undefined)) return piece(chunk, 'place', 'place-after', null);
  // "in Dell's buyout": what the name owns is what the preposition is about, not the name.
  const possessive = after !== undefined && /^['’]s?$/.test(after.text);
  // "in Parliament", "in Government": an institution's word alone is no place one is in.
  const institution = chunk.length === 1 && ORG_HEADS.has(first.toLowerCase());
  // "in Performance mode", "in European markets": a word of the dictionary before a noun in lower
  // case qualifies that noun, which is what one is in. Not a name of more words: "in Whole Foods
  // stores" is somewhere, and, when the name also speaks, a firm (see `harmonizeTypes`).
  const qualifier = chunk.length === 1 && after !== undefined && after.pos === 'NOUN' && /^\p{Ll}/u.test(after.text) && inLexicon(first);
  if (before && PLACE_BEFORE.has(before.text.toLowerCase()) && chunk.length <= 2 && !possessive && !institution && !qualifier && !productLike(chunk, after)) return piece(chunk, 'place', 'place-before', null);
  return piece(chunk, null, null, null);
}
