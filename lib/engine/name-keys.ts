/**
 * Lookup keys for names, so that one real-world thing written differently joins across
 * documents: "U.S." and "US", "Sergey" and "Sergei", "Souweida" and "As-Suwayda".
 */
import { memoized } from './memo';

/** Lower case, diacritics folded, dots and apostrophes dropped, other punctuation as spaces. */
export const foldName = memoized(fold);

function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\p{L})-(?=\d)/gu, '$1')
    .replace(/&/g, ' and ')
    .replace(/[.'’`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** British spellings of words common in the names of bodies, and their American forms. */
const BRITISH_SPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/isation(s?)\b/g, 'ization$1'],
  [/\bcentre(s?)\b/g, 'center$1'],
  [/\bdefence\b/g, 'defense'],
  [/\bprogramme(s?)\b/g, 'program$1'],
  [/\btheatre(s?)\b/g, 'theater$1'],
];

/** A folded name with American spellings: "international organisation for migration" → "… organization …". */
export function americanSpelling(folded: string): string {
  return BRITISH_SPELLINGS.reduce((name, [british, american]) => name.replace(british, american), folded);
}

// Arabic article written before a name with a hyphen: "al-Assad", "As-Suwayda", "ad-Dawla".
const ARTICLE = /(^|\s)(?:al|el|as|ad|ash|ar|az|at|an|ath|adh|ed|es|en|ul|ud)[-\s](?=\p{L}{3})/giu;

/**
 * A transliteration-tolerant spelling: the same name romanised by different conventions
 * ("Sergey"/"Sergei", "Mohammed"/"Muhammad", "Khodorkovsky"/"Hodorkovsky") folds to one form.
 */
export const foldTransliteration = memoized(transliterationFold);

function transliterationFold(name: string): string {
  const stripped = name.replace(ARTICLE, '$1');
  return foldName(stripped)
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k')
    .replace(/dzh|dj/g, 'j')
    .replace(/ou|oo/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/y/g, 'i')
    .replace(/ij\b/g, 'i')
    .replace(/(\p{L})\1+/gu, '$1');
}

/** Consonant skeleton of a name: vowel spellings vary most between romanisations and misspellings. */
export function consonantSkeleton(name: string): string {
  return foldTransliteration(name)
    .split(' ')
    .map((w) => (w[0] ?? '') + w.slice(1).replace(/[aeiou]/g, '').replace(/(\p{L})\1+/gu, '$1'))
    .join(' ');
}

/**
 * Letters a surname has at least for a letter more, less or other in it to be taken for a slip of
 * spelling ("Whitcomb", "Whitcombe") rather than another family ("Lee", "Lea").
 */
export const VARIANT_SURNAME_LETTERS = 6;

/**
 * Prefixes of the weak keys, written by the analysis and read by the store, which join entities
 * only under conditions of their own (see entity-resolution.ts): a person's surname alone, the
 * consonant skeleton of a person's full name or of a place's name, and the short name a company
 * is called by ("Halvorsen" for "Halvorsen Motor Co").
 */
export const SURNAME_KEY = 'surname:';
export const PERSON_SKELETON_KEY = 'person~';
export const PLACE_SKELETON_KEY = 'place~';
export const ORG_SHORT_KEY = 'orgshort:';
