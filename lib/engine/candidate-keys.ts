/**
 * The index keys under which a claim is stored and looked up, built to mirror what `relate` (see
 * matching.ts) needs before it can find anything, so that every pair it could relate shares a key
 * while each key stays selective in a store of 100,000 claims:
 *
 * - `p:` two actors named together (a person or organisation with another entity): "related" needs
 *   that much shared entity weight, and a pair is far rarer than either name alone.
 * - `q:` a comparable quantity (kind, counted noun or currency, slot, role) with an entity that can
 *   anchor it: a person or organisation, or two places (one shared country anchors nothing).
 * - `c:` the same comparable quantity with two principal actors of the article, for sentences
 *   such as "they spent two hours" that name no one; an untyped figure (a date, a count) also
 *   needs the longest word around it (`relate` needs a shared word there), the deed a count
 *   counts, or its very value (the same date in other words is the commonest agreement).
 * - `s:` the same with each principal actor alone, for an article that has only one: `relate`
 *   takes it as the other article's when that one names it among its own, first or not.
 * - `v:` the same comparable quantity with a place and a word of the article's topic (see
 *   topic.ts), for an event no person or organisation leads: a crash, a protest, a flood.
 * - `t:` the longest distinctive terms, for the same statement in other words. Common ones are
 *   left out at lookup time, where the index tells how many claims hold each key.
 *
 * A single name or a single country is never a key: thousands of claims name the same president.
 */
import { entityTypeOfId } from './entity-resolution';
import { type QuantityView, quantityViews, TYPED_SLOTS } from './quantity-context';
import { distinctiveTerms, words } from './terms';
import { MAX_TOPIC_TERMS, TOPIC_PLACES } from './topic';
import type { ArticleTopic, EntityType, MatchableClaim } from './types';

export type KeyedClaim = Pick<MatchableClaim, 'text' | 'quantities' | 'entityIds' | 'terms' | 'contextEntityIds' | 'topic'>;

/** The kinds of key, by prefix; ranking weighs a shared figure above a shared word. */
export type KeyClass = 'pair' | 'quantity' | 'context' | 'term';

const PREFIX = new Map<string, KeyClass>(Object.entries({ p: 'pair', q: 'quantity', c: 'context', s: 'context', v: 'context', t: 'term' }));

const MAX_KEY_ACTORS = 3;
const MAX_KEY_PLACES = 3;
/** Entities paired with each other: four make at most six pairs. */
const MAX_PAIRED_ENTITIES = 4;
const MAX_KEY_QUANTITIES = 4;
const MAX_KEY_CONTEXT = 3;
const MAX_KEY_TERMS = 3;
const ENTITY_ORDER: Record<EntityType, number> = { person: 0, organization: 1, place: 2 };

export function keyClass(key: string): KeyClass | undefined {
  return PREFIX.get(key.slice(0, key.indexOf(':')));
}

export function byLengthThenName(a: string, b: string): number {
  return b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** Unordered pairs of `ids`, each written in one order so that both claims spell it alike. */
function pairs(ids: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) out.push(ids[i]! < ids[j]! ? `${ids[i]}|${ids[j]}` : `${ids[j]}|${ids[i]}`);
  }
  return out;
}

/**
 * What two figures must share to be compared at all (see `sameSlot` and `unitsComparable`): a
 * count only with the same counted noun, money only in one currency, and never a planned figure
 * with an actual one or a delay with a length. A count of nothing in particular is never compared.
 */
export function quantitySignature(view: QuantityView): string | undefined {
  const { kind, unit, role } = view.quantity;
  if (kind === 'count' && !unit) return undefined;
  const measured = kind === 'count' || kind === 'money' || kind === 'measure' ? `${kind}/${unit.toLowerCase()}` : kind;
  return `${measured}:${view.slot}:${role}`;
}

/** A figure's value as two wordings of it share it: a date by its month and day, whether or not a year is given. */
function valueToken(view: QuantityView): string {
  const { kind, unit, value } = view.quantity;
  return kind === 'date' && unit === 'ymd' ? String(value % 10_000) : String(value);
}

/** The claim's entities, people first, then organisations, then places, each type in the claim's order. */
function ranked(entityIds: readonly string[]): { actors: string[]; places: string[] } {
  const typed = [...new Set(entityIds)].map((id, order) => ({ id, order, type: entityTypeOfId(id) ?? 'place' }));
  typed.sort((x, y) => ENTITY_ORDER[x.type] - ENTITY_ORDER[y.type] || x.order - y.order);
  return {
    actors: typed.filter((e) => e.type !== 'place').map((e) => e.id).slice(0, MAX_KEY_ACTORS),
    places: typed.filter((e) => e.type === 'place').map((e) => e.id).slice(0, MAX_KEY_PLACES),
  };
}

/**
 * The principal actors of a stored claim's article, as its `c:` keys name them: what matching
 * needs of the article, read without reading the article. A claim without figures has no such
 * key, and needs none: only figures are compared on the strength of the article's actors.
 */
export function contextFromKeys(keys: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const key of keys) {
    const pair = key.startsWith('c:');
    if (!pair && !key.startsWith('s:')) continue;
    const [, first, second] = key.split('|');
    if (first) ids.add(first);
    if (pair && second) ids.add(second);
  }
  return [...ids];
}

/** The topic of a stored claim's article, as its `v:` keys name it (see `contextFromKeys`). */
export function topicFromKeys(keys: readonly string[]): ArticleTopic {
  const places = new Set<string>();
  const terms = new Set<string>();
  for (const key of keys) {
    if (!key.startsWith('v:')) continue;
    const [, place, term] = key.split('|');
    if (place) places.add(place);
    if (term) terms.add(term);
  }
  return { places: [...places], terms: [...terms] };
}

/** What a claim's keys take from its words and figures, whatever its entities are found to be. */
export interface KeyBasis {
  views: QuantityView[];
  distinctive: Set<string>;
}

export function keyBasis(claim: Pick<KeyedClaim, 'text' | 'quantities' | 'terms'>): KeyBasis {
  const claimWords = words(claim.text);
  return {
    views: quantityViews(claim.text, claim.quantities, claimWords).slice(0, MAX_KEY_QUANTITIES),
    distinctive: distinctiveTerms(claim.text, claim.terms, claimWords).distinctive,
  };
}

/**
 * What an untyped figure is keyed with besides its signature: the longest distinctive word around
 * it, the deed a count counts ("close 120 of its 410 stores", "owed $2.5 billion and would close
 * 125 stores": the longest words differ, the deed does not), and its very value.
 */
function keyWords(view: QuantityView): string[] {
  const longest = [...view.distinctiveWindow].sort(byLengthThenName).slice(0, 1);
  const act = view.act !== undefined && !longest.includes(view.act) ? [view.act] : [];
  return [...longest, ...act, `=${valueToken(view)}`];
}

/** `basis` spares reading the claim's words again when it is keyed under other entity ids. */
export function candidateKeys(claim: KeyedClaim, basis: KeyBasis = keyBasis(claim)): string[] {
  const keys = new Set<string>();
  const { actors, places } = ranked(claim.entityIds);
  // Two places alone carry too little weight for "related" (see matching.ts): only pairs with an actor.
  for (const pair of pairs([...actors, ...places].slice(0, MAX_PAIRED_ENTITIES))) {
    const [x, y] = pair.split('|');
    if (entityTypeOfId(x!) !== 'place' || entityTypeOfId(y!) !== 'place') keys.add(`p:${pair}`);
  }
  const context = [...new Set(claim.contextEntityIds ?? [])].slice(0, MAX_KEY_CONTEXT);
  const contextPairs = pairs(context);
  // A short story's one principal actor may be any of the longer coverage's: each is keyed alone,
  // and a story with one such actor looks up that one.
  const placePairs = pairs(places);
  const topicPlaces = claim.topic?.places.slice(0, TOPIC_PLACES) ?? [];
  const topicTerms = claim.topic?.terms.slice(0, MAX_TOPIC_TERMS) ?? [];
  for (const view of basis.views) {
    const signature = quantitySignature(view);
    if (!signature) continue;
    for (const id of actors) keys.add(`q:${signature}|${id}`);
    for (const pair of placePairs) keys.add(`q:${signature}|${pair}`);
    const words = TYPED_SLOTS.has(view.slot) ? [''] : keyWords(view);
    for (const pair of contextPairs) for (const word of words) keys.add(word ? `c:${signature}|${pair}|${word}` : `c:${signature}|${pair}`);
    for (const lead of context) for (const word of words) keys.add(word ? `s:${signature}|${lead}|${word}` : `s:${signature}|${lead}`);
    for (const place of topicPlaces) for (const term of topicTerms) keys.add(`v:${signature}|${place}|${term}`);
  }
  for (const term of [...basis.distinctive].sort(byLengthThenName).slice(0, MAX_KEY_TERMS)) keys.add(`t:${term}`);
  return [...keys];
}
