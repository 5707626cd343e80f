/**
 * What an article reports when no person or organisation leads it. A plane crash, a protest or a
 * flood is told by where it happened and what happened: two reports of one crash name the same town
 * and keep saying "crash", whoever else they quote. An article's topic is its most mentioned
 * places and the words its sentences repeat most; two articles sharing a place and such a word are
 * taken to report one matter (see `topicShared`), as two sharing their principal actors are.
 *
 * A crash and a warehouse fire in the same town share the place, not the word; that keeps them apart.
 */
import { isCountry } from './gazetteer';
import { foldName } from './name-keys';
import { distinctiveTerms, termFamily, words } from './terms';
import type { ArticleTopic, EntityType } from './types';

/** Places kept per article: the scene and the one it is reported from or near. A country is too wide a scene: one shared country anchors nothing. */
export const TOPIC_PLACES = 2;
/** Words kept per article: the event and what it did ("crash", "plane"; "pension", "protest"). */
export const TOPIC_TERMS = 2;
/** Words kept when more than TOPIC_TERMS are said equally often: which came first says nothing of which is the event. */
export const MAX_TOPIC_TERMS = 4;
/** The topic of an article stored before topics were kept, or of one with no place or recurring word. */
export const NO_TOPIC: ArticleTopic = { places: [], terms: [] };
/**
 * Words every story on a listed company repeats: they say that a story is about a company, not
 * which event it reports. A software firm's listing and a carmaker's job cuts, both in San Jose,
 * both saying "company" and "shares", are two matters.
 */
const MARKET_FAMILIES = new Set(['company', 'companies', 'share', 'shares', 'stock', 'stocks', 'market', 'markets', 'investor', 'investors', 'business', 'businesses', 'firm', 'firms', 'trading', 'price', 'prices'].map(termFamily));
/** A word must recur in this many sentences: a word said once says what one sentence is about, not the article. */
const MIN_SENTENCES = 2;

export interface TopicPlace {
  name: string;
  type: EntityType;
  /** How many mentions' worth it counts (a headline says where it happened). */
  weight?: number;
}

/** The article's most mentioned places below a country, given the entity of each mention in order, by folded name, first mention breaking ties. */
export function topicPlaces(mentioned: readonly TopicPlace[]): string[] {
  const counts = new Map<string, number>();
  for (const { name, type, weight } of mentioned) {
    if (type !== 'place' || isCountry(name)) continue;
    const folded = foldName(name);
    counts.set(folded, (counts.get(folded) ?? 0) + (weight ?? 1));
  }
  // A Map keeps first mentions first, and the sort is stable.
  return [...counts].sort(([, x], [, y]) => y - x).slice(0, TOPIC_PLACES).map(([name]) => name);
}

export interface TopicSentence {
  text: string;
  terms: readonly string[];
  /** How many sentences' worth its words count (a headline states what happened). */
  weight?: number;
}

/**
 * The words an article's sentences repeat most, as word families ("marched", "march" and
 * "marchers" are one), in most sentences first, then first seen. Names and generic news words are
 * not topics: "said" and "people" are in every story, and the words of the article's `names`
 * (its entities as written) are compared as entities ("Singapore" also heads sentences).
 */
export function topicTerms(sentences: readonly TopicSentence[], names: readonly string[]): string[] {
  const nameFamilies = new Set(names.flatMap((name) => words(name).map((w) => termFamily(w.norm))));
  const counts = new Map<string, { sentences: number; first: number }>();
  sentences.forEach((sentence, order) => {
    const families = new Set([...distinctiveTerms(sentence.text, sentence.terms, words(sentence.text)).distinctive].map(termFamily));
    for (const family of families) {
      if (nameFamilies.has(family) || MARKET_FAMILIES.has(family)) continue;
      const seen = counts.get(family);
      if (seen) seen.sentences += sentence.weight ?? 1;
      else counts.set(family, { sentences: sentence.weight ?? 1, first: order });
    }
  });
  const ranked = [...counts]
    .filter(([family, c]) => c.sentences >= MIN_SENTENCES && /^\p{L}+$/u.test(family))
    .sort(([, x], [, y]) => y.sentences - x.sentences || x.first - y.first);
  const cut = ranked[TOPIC_TERMS - 1]?.[1].sentences;
  return ranked.filter(([, c], i) => i < TOPIC_TERMS || (c.sentences === cut && i < MAX_TOPIC_TERMS)).map(([family]) => family);
}

/** Whether two articles' topics meet: a place and a word of both. */
export function topicShared(a: ArticleTopic, b: ArticleTopic): boolean {
  return placeShared(a, b) && a.terms.some((term) => b.terms.includes(term));
}

/**
 * Whether two articles are set in one place of their topics. With one principal actor in common
 * it makes one matter: three reports of a landslide in Sidomulyo, each led by the governor and
 * someone else, are of one event; a crash and a fire in one town, with other actors, are not.
 */
export function placeShared(a: ArticleTopic, b: ArticleTopic): boolean {
  return a.places.some((place) => b.places.includes(place));
}
