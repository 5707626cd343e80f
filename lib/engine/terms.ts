/**
 * Word-level helpers for matching: folding words to comparable forms, telling function words and
 * words every news story uses apart from the words that say what a claim is about.
 *
 * Claim terms arrive already stemmed by the analyser, while context windows are read here from
 * raw claim text; `termFamily` maps both to one form (the first five letters of a lightly
 * stripped word), which is what lets a stem such as "presid" and the word "president" be
 * recognised as the same generic word.
 */

export interface Word {
  /** Lower-case, diacritics folded, hyphens and apostrophes removed ("cease-fire" → "ceasefire"). */
  norm: string;
  start: number;
  end: number;
}

const STOP_WORDS = new Set(
  `a an the of to in on at by for with and or but nor from that this these those it its is was were be been being
  are am as has have had having not no which who whom whose what when where why how all any both each few he she
  they them their his her hers him we us our you your i me my there here than then so such into about over after
  before between through during up down out off again further once will would shall should can could do does did
  doing if while because until against above below same own too very just s t also only than via per upon onto
  amid among within without toward towards around whether either neither yet though although let lets`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words too common in news to tell two stories apart (reporting verbs, titles, generic nouns,
 * verbs of movement and of foreseeing: "inflation is forecast at 2.4%" and "forecast growth of 1.5
 * percent" share only how they are told). They
 * still count a little towards similarity, but never make two claims comparable on their own.
 * Words whose first five letters begin topical words are left out ("international" would make
 * "interference" generic, "current" "currency").
 */
const GENERIC_WORDS = `said say says saying told tell tells according report reported reports reporter news
  year years month months week weeks day days today yesterday tomorrow time times people person new first last
  next many other others more most less least much may might must one two three four five six seven eight
  nine ten hundred thousand million billion president minister government official officials country countries
  state states city world statement added including however meanwhile part way well still even since made make
  makes take took taken group number percent cent leader leaders national public issue issues
  matter thing things like also early later late former recent recently told asked well get got go went
  come came see seen know known think thought want wanted need needed use used put show shown
  called call give given big large small high low good great monday tuesday wednesday thursday friday
  saturday sunday january february march april june july august september october november december
  rise rises rose risen rising climb climbed climbing gain gained gaining grew grow grows growing jump jumped jumping
  soar soared fall falls fell fallen falling drop drops dropped dropping decline declined declining dip dipped
  slip slipped slide slid tumble tumbled plunge plunged sink sank eased
  forecast forecasts forecasting estimate estimates estimated predict predicts predicted`
  .split(/\s+/)
  .filter(Boolean);

const NON_ASCII = /[^\x00-\x7f]/;
/** Folding runs for every word of every candidate claim: remembered, within a bound. */
const FOLDED_LIMIT = 100_000;
const folded = new Map<string, string>();

export function foldWord(word: string): string {
  let result = folded.get(word);
  if (result !== undefined) return result;
  result = word.toLowerCase();
  if (NON_ASCII.test(result)) result = result.normalize('NFKD').replace(/\p{M}+/gu, '');
  result = result.replace(/[-'’‐‑]/g, '');
  if (folded.size >= FOLDED_LIMIT) folded.clear();
  folded.set(word, result);
  return result;
}

/** The words of a text with their offsets, folded; a hyphenated compound stays one word. */
export function words(text: string): Word[] {
  const found: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[-'’‐‑][\p{L}\p{N}]+)*/gu)) {
    found.push({ norm: foldWord(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** Strips the inflections that separate "lasted", "lasts" and "lasting". */
export function lightStem(word: string): string {
  if (word.length <= 4) return word;
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  }
  return word;
}

/** One form for a stem and the words it comes from (see the module comment). */
export function termFamily(term: string): string {
  return lightStem(foldWord(term)).slice(0, 5);
}

const GENERIC_FAMILIES = new Set(GENERIC_WORDS.flatMap((w) => [termFamily(w), foldWord(w).slice(0, 5)]));

export function isStopWord(norm: string): boolean {
  return STOP_WORDS.has(norm);
}

export function isNumeric(norm: string): boolean {
  return /^\d/.test(norm);
}

/** True for a word or stem that says nothing about what a claim is about. */
export function isGenericTerm(term: string): boolean {
  const norm = foldWord(term);
  return norm.length < 3 || isStopWord(norm) || isNumeric(norm) || GENERIC_FAMILIES.has(termFamily(norm));
}

/** A stem is a prefix of its words, give or take the final "y" stemmers turn into "i". */
export function wordsOfTerm(term: string, claimWords: Word[]): Word[] {
  const stem = foldWord(term).replace(/i$/, '');
  return claimWords.filter((w) => w.norm.startsWith(stem));
}

/**
 * Whether a term is only ever written as a name in the claim: names are compared as entities,
 * and counting them again as terms would let two sentences that merely name the same actors
 * pass for the same statement.
 */
export function isNameTerm(term: string, claimWords: Word[], text: string): boolean {
  const found = wordsOfTerm(term, claimWords);
  return found.length > 0 && found.every((w) => w.start > 0 && /\p{Lu}/u.test(text[w.start] ?? '') && !afterSentenceEnd(text, w.start));
}

/** Whether the text before `start`, past white space, ends a sentence: a capital there says nothing of a name. */
function afterSentenceEnd(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i >= 0 && /[.!?]/.test(text[i]!);
}

/** The claim's terms that say what it is about (folded, each once), and the generic ones apart. */
export function distinctiveTerms(text: string, terms: readonly string[], claimWords: Word[]): { distinctive: Set<string>; generic: Set<string> } {
  const distinctive = new Set<string>();
  const generic = new Set<string>();
  for (const term of terms) {
    if (isGenericTerm(term)) generic.add(foldWord(term));
    else if (!isNameTerm(term, claimWords, text)) distinctive.add(foldWord(term));
  }
  return { distinctive, generic };
}
