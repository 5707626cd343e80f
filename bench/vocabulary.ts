/**
 * Names and words for generated stores. The lists come from compromise's English lexicon (given
 * names, surnames, cities, countries, regions, organisations; nouns, verbs and adjectives by
 * form): a real vocabulary of some 20,000 words, far wider than the few real articles at hand, so
 * generated claims do not all share the same few terms.
 */
import nlp from 'compromise';

export interface Lexicon {
  givenNames: string[];
  surnames: string[];
  places: string[];
  organizations: string[];
  /** Words by form, for replacing a word of a real sentence with another of the same form. */
  words: Record<WordForm, string[]>;
}

export type WordForm = 'singular' | 'plural' | 'adjective' | 'past' | 'gerund' | 'present' | 'infinitive';

const FORM_OF_TAG: Record<string, WordForm> = {
  Singular: 'singular',
  Plural: 'plural',
  Adjective: 'adjective',
  PastTense: 'past',
  Gerund: 'gerund',
  PresentTense: 'present',
  Infinitive: 'infinitive',
};

const titleCase = (name: string) => name.replace(/(^|[\s-])(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());

let cached: Lexicon | undefined;

export function lexicon(): Lexicon {
  if (cached) return cached;
  // compromise types its model loosely; the lexicon is a plain word → tag(s) object.
  const model = nlp.model() as { one: { lexicon: Record<string, string | string[]> } };
  const entries = Object.entries(model.one.lexicon);
  const byTag = new Map<string, string[]>();
  for (const [word, tags] of entries) {
    const tag = Array.isArray(tags) ? tags[0] : tags;
    if (!tag || !/^[a-z][a-z' -]*[a-z]$/.test(word)) continue;
    const list = byTag.get(tag);
    if (list) list.push(word);
    else byTag.set(tag, [word]);
  }
  const tagged = (...tags: string[]) => tags.flatMap((t) => byTag.get(t) ?? []).sort();
  const single = (list: string[]) => list.filter((w) => /^[a-z]{3,}$/.test(w));
  const words = Object.fromEntries(Object.values(FORM_OF_TAG).map((form) => [form, [] as string[]])) as Record<WordForm, string[]>;
  for (const [tag, form] of Object.entries(FORM_OF_TAG)) words[form] = single(tagged(tag));
  cached = {
    givenNames: single(tagged('FemaleName', 'MaleName')).map(titleCase),
    surnames: single(tagged('LastName')).map(titleCase),
    places: tagged('City', 'Country', 'Region').map(titleCase),
    organizations: tagged('Organization').filter((w) => w.length > 3).map(titleCase),
    words,
  };
  return cached;
}

/** The form of a word as it stands in a sentence, from its part of speech and ending. */
export function formOf(pos: string, word: string): WordForm | null {
  if (!/^[a-z]{3,}$/.test(word)) return null;
  if (pos === 'ADJ') return 'adjective';
  if (pos === 'NOUN') return /[^s]s$/.test(word) ? 'plural' : 'singular';
  if (pos === 'VERB') {
    if (word.endsWith('ed')) return 'past';
    if (word.endsWith('ing')) return 'gerund';
    if (/[^s]s$/.test(word)) return 'present';
    return 'infinitive';
  }
  return null;
}
