/**
 * The keys an entity is found under across the store, and the parts of names they are made of: a
 * person's full name and surname, a company's name without its legal form or its trade, an
 * organisation's name with a known abbreviation spelt out.
 */
import type { EntityType } from './types';
import { isFamilyNameFirst, longestName, lookup } from './gazetteer';
import { CLUB_FORMS, CLUB_WORDS, COMPANY_DESIGNATORS, INDUSTRY_WORDS } from './data/organizations';
import { americanSpelling, consonantSkeleton, foldName, foldTransliteration, ORG_SHORT_KEY, PERSON_SKELETON_KEY, PLACE_SKELETON_KEY, SURNAME_KEY, VARIANT_SURNAME_LETTERS } from './name-keys';

/** "M.", "J": an initial, which names no one alone ("Moodley, Y.;" in a reference list). */
export const INITIAL = /^\p{Lu}\.?$/u;

/** Words a surname can begin with: "Le Pen", "de Gaulle", "von der Leyen". */
const SURNAME_PARTICLE = /^(?:le|la|de|del|della|di|da|du|des|van|von|der|den|te|ter|ten|al|el|bin|ibn|abu|dos|das|do)$/i;

/** A person's name with a given name before the surname: "Marine Le Pen", but neither "Le Pen" nor "Tillerson". */
export function isFullName(name: string): boolean {
  return name.includes(' ') && !SURNAME_PARTICLE.test(name.slice(0, name.indexOf(' ')));
}

/** Words after a surname that are not one: "Martin Luther King Jr.", "Elizabeth II". */
export const NAME_SUFFIX = /^(?:jr|sr|[ivx]+)\.?$/i;

/** A given name romanised from Chinese or Korean: syllables of an initial, a vowel and a final ("jin-ping", "jae-in"). */
const ROMANISED_SYLLABLES = /^(?:(?:ch|sh|zh|hs|ts|kk|tt|pp|ss|jj|[bcdfghjklmnpqrstwxyz])?(?:yeo|wae|iao|uai|ae|ai|ao|eo|eu|ei|ia|ie|io|iu|ou|ua|ui|uo|ue|oo|oe|ya|yo|yu|ye|wa|wo|we|wi|[aeiou])(?:ng|[nmklpt])?)+$/;

/**
 * "Kim Jong Un", "Xi Jinping", "Moon Jae-in" put the family name first, and a story calls them by
 * it alone ("Kim", "Xi"): a common such family name, then one or two romanised given names ("Lee
 * Harvey Oswald" and "Kim Kardashian" are not written so).
 */
export function familyNameFirst(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3 || !isFamilyNameFirst(words[0]!)) return false;
  return words.slice(1).every((w) => ROMANISED_SYLLABLES.test(w.toLowerCase().replace(/-/g, '')));
}

/**
 * The surname a full name can be referred to by alone, or null: a regnal name ("Elizabeth II")
 * and a name ending in an initial ("Roger A.", from a reference list) have none, and their last
 * word must not join an initial or a numeral written elsewhere.
 */
export function surnameOf(name: string): string | null {
  const words = name.split(' ');
  while (words.length > 1 && NAME_SUFFIX.test(words[words.length - 1]!)) words.pop();
  if (familyNameFirst(words)) return words[0]!;
  const last = words[words.length - 1]!;
  if (words.length < 2 || INITIAL.test(last)) return null;
  let first = words.length - 1;
  while (first > 1 && SURNAME_PARTICLE.test(words[first - 1]!)) first--;
  return words.slice(first).join(' ');
}

/** The first key of a place the gazetteer knows, which its id is made from. */
export function placeKey(canonical: string): string {
  return `place:${foldName(canonical)}`;
}

/** Normalised keys, prefixed by type so that a person and a place never share one. */
export function entityKeys(type: EntityType, canonical: string | null, names: string[]): string[] {
  const keys = new Set<string>();
  if (type === 'place') {
    if (canonical) {
      keys.add(placeKey(canonical));
      // "Kiev", stored as a place of its own before the gazetteer knew it for Kyiv, joins the Kyiv written now.
      for (const n of names) keys.add(placeKey(n));
    } else {
      for (const n of names) {
        keys.add(`place:${foldTransliteration(n)}`);
        const skeleton = consonantSkeleton(n);
        if (skeleton.replace(/ /g, '').length >= 3) keys.add(`${PLACE_SKELETON_KEY}${skeleton}`);
      }
    }
  } else if (type === 'organization') {
    // A short name ("Brightwater") stands for its article's full name and keys nothing of its own:
    // another "Brightwater Capital" elsewhere must not join "Brightwater Energy" through it. The
    // name without its legal form comes first, so that reports naming it either way join.
    const full = canonical ? [canonical] : names.filter((n) => !names.some((other) => other !== n && shortNamesOf(other).includes(n)));
    const keyOf = canonical ? foldName : orgKey;
    // "International Organisation for Migration" joins "International Organization for Migration":
    // both spellings are keys, so that bodies stored before under either still join.
    const add = (name: string) => {
      const key = keyOf(name);
      keys.add(`org:${key}`);
      keys.add(`org:${americanSpelling(key)}`);
    };
    for (const n of full) {
      const named = withoutDesignators(n.split(' ')).join(' ');
      add(named);
      add(n);
      const headFirst = headFirstForm(n);
      if (headFirst !== null) add(headFirst);
      // "Macy's" joins the "Macy" of a report that only wrote "Macy's stores".
      if (/['’]s$/.test(named)) add(named.slice(0, -2));
    }
    // "Halvorsen" in a report that names no more of it, and "Halvorsen Motor Co" in another, share
    // the short name, a weak key: the store joins them only when nothing else is so called and the
    // two reports keep the same company (see entity-resolution.ts).
    for (const n of full) for (const short of [n, ...shortNamesOf(n)]) keys.add(`${ORG_SHORT_KEY}${orgKey(short)}`);
  } else {
    for (const n of names) {
      const full = isFullName(n);
      const surname = full ? surnameOf(n) : n;
      if (full) keys.add(`person:${foldTransliteration(n)}`);
      // A surname key lets "Tillerson" alone join "Rex Tillerson"; it is weaker than a full name.
      if (surname !== null) keys.add(`${SURNAME_KEY}${foldTransliteration(surname)}`);
      // Finds the stored "Dana Whitcomb" for "Dana Whitcombe"; the store checks the spellings (see entity-resolution.ts).
      if (full && surname !== null && n.endsWith(surname) && foldTransliteration(surname).length >= VARIANT_SURNAME_LETTERS) keys.add(`${PERSON_SKELETON_KEY}${consonantSkeleton(n)}`);
    }
  }
  return [...keys];
}

/** A company's name without its legal form: "Brightwater Energy" for "Brightwater Energy Inc.". */
export function withoutDesignators(words: string[]): string[] {
  let end = words.length;
  while (end > 1 && COMPANY_DESIGNATORS.has(words[end - 1]!.toLowerCase().replace(/[.,]$/, ''))) end--;
  return words.slice(0, end);
}

/**
 * The shorter names a company's full name is referred to by in the rest of an article: without
 * its legal form, then without what it does ("Brightwater Energy Inc": "Brightwater Energy",
 * "Brightwater"). Empty for a name that is not a company's.
 */
export function shortNamesOf(name: string): string[] {
  const words = name.split(' ');
  const named = withoutDesignators(words);
  const shorter: string[] = [];
  if (named.length < words.length) shorter.push(named.join(' '));
  // "Macy's stores": the company named with its "'s" is also written without it.
  const bare = named.join(' ');
  if (/['’]s$/.test(bare)) shorter.push(bare.slice(0, -2));
  if (named.length > 1 && INDUSTRY_WORDS.has(named[named.length - 1]!.toLowerCase())) shorter.push(named.slice(0, -1).join(' '));
  // "SV Rotheneck" is "Rotheneck", "Castlebridge Athletic" is "Castlebridge" further down.
  if (named.length > 1 && CLUB_FORMS.has(named[0]!)) shorter.push(named.slice(1).join(' '));
  if (named.length > 1 && CLUB_WORDS.has(named[named.length - 1]!.toLowerCase())) shorter.push(named.slice(0, -1).join(' '));
  return shorter.filter((short) => short.length >= 3);
}

/** The heads a government's body is named by, first ("Ministry of Defence") or last ("Defence Ministry"). */
const BODY_HEADS = new Set(['ministry', 'department']);

/**
 * A government's body in one form whichever way it is named, head first and without "the":
 * "Defence Ministry" and "Ministry of Defence" are "Ministry of Defence", "Treasury Department" and
 * "Department of the Treasury" are "Department of Treasury". Null for any other name. Reports
 * name one body both ways, often within one story ("the Department of Environmental Protection …
 * the Environmental Protection Department").
 */
export function headFirstForm(name: string): string | null {
  const words = name.split(' ');
  const head = words[words.length - 1]!;
  if (words.length >= 2 && BODY_HEADS.has(head.toLowerCase()) && words.slice(0, -1).every((w) => /^\p{Lu}\p{Ll}/u.test(w))) {
    return `${head} of ${words.slice(0, -1).join(' ')}`;
  }
  const first = /^(\p{L}+) of (?:the )?(.+)$/u.exec(name);
  return first && BODY_HEADS.has(first[1]!.toLowerCase()) ? `${first[1]} of ${first[2]}` : null;
}

/** "U.N. Security Council" and "United Nations Security Council" share a key. */
function orgKey(name: string): string {
  const words = name.replace(/^the\s+/i, '').split(' ');
  for (let n = Math.min(words.length - 1, longestName()); n >= 1; n--) {
    const hit = lookup(words.slice(0, n).join(' '));
    if (hit && hit.kind !== 'title') return foldName([hit.canonical, ...words.slice(n)].join(' '));
  }
  return foldName(words.join(' '));
}
