/**
 * Cross-source claim matching: which stored claims to look at (index keys) and how a pair of
 * claims relates.
 *
 * Precision comes first. Two quantities are compared only when they measure the same thing: same
 * kind, same unit or counted noun, same role (planned against planned), same slot for durations
 * (a length, a delay, a difference), and evidence that both claims speak of the same matter
 * (shared words around the numbers, shared entities or terms, or the same principal actors in both
 * articles). A pair with nothing comparable is at most "agrees" when it says the same thing in
 * other words, and "related" only with strong topical overlap.
 */
import { countryIdOfPlace, entityTypeOfId, isCountryId } from './entity-resolution';
import { closeInSize, closeInValue, formatQuantity, momentsApart, quantityLabel, roundedTo, sameMagnitude, sameValue, unitsComparable, valuesCompatible } from './quantity-compare';
import { byLengthThenName } from './candidate-keys';
import { toldBySize } from './quantities';
import { quantityViews, TYPED_SLOTS, type QuantityView } from './quantity-context';
import { distinctiveTerms, foldWord, words, wordsOfTerm, type Word } from './terms';
import { NO_TOPIC, placeShared, topicShared } from './topic';
import type { ArticleTopic, ClaimMatch, EntityType, MatchableClaim, Quantity, Relation } from './types';

export { candidateKeys } from './candidate-keys';

const ENTITY_WEIGHT: Record<EntityType, number> = { person: 2, organization: 1.5, place: 1 };
const GENERIC_TERM_WEIGHT = 0.25;
/** Principal actors two articles must share before their claims count as being about one event. */
const SHARED_CONTEXT_ENTITIES = 2;
/** Shared entity weight that anchors two figures to one matter: a person, or an organisation or two places. */
const MIN_ANCHOR_WEIGHT = 1.5;
const PARAPHRASE_MIN_TERMS = 4;
const PARAPHRASE_MIN_DICE = 0.5;
const UNANCHORED_PARAPHRASE_MIN_DICE = 0.75;
const RELATED_MIN_SIMILARITY = 0.3;
const RELATED_MIN_ENTITY_WEIGHT = 3;
const RELATED_MIN_TERMS = 2;
const RELATED_MIN_TERMS_ALONE = 4;
const RELATED_MIN_SECONDARY_WEIGHT = 3;
/** Words of the whole a percentage is a share of that name it surely enough to tell it from another (see `ofOtherThings`). */
const MIN_BASE_WORDS = 2;
/**
 * Matches kept for one claim of a new article, per relation. A story covered by hundreds of
 * sources would otherwise list every retelling; conflicts, what a critical reader came for, keep
 * the most room, and related claims the least.
 */
const MAX_MATCHES: Record<Relation, number> = { conflicts: 8, agrees: 5, related: 3 };
const RELATIONS: Relation[] = ['conflicts', 'agrees', 'related'];
const NEGATION = /\b(?:not|no|never|nor|denied|denies|deny|without|n't)\b|n't\b/i;

interface ClaimView {
  claim: MatchableClaim;
  words: Word[];
  entities: Set<string>;
  context: Set<string>;
  topic: ArticleTopic;
  /** Claim terms that say what it is about. */
  distinctive: Set<string>;
  generic: Set<string>;
  quantities: QuantityView[];
  negated: boolean;
  /** The earlier year the claim tells of, when it says so (see `pastYearOf`). */
  pastYear: string | null;
}

const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/**
 * "In 2017, an explosion … killed two contract workers", "In November 1977, a jet …", "a
 * referendum in 2009, when the idea was defeated", "the last comparable incident, at a service
 * station in 2019, lasted nine hours": a claim that opens on a year, tells what happened "when" in
 * one, tells of an earlier event of the kind in one, or of "a 2019 raid … in which", tells of that year, not
 * of the story's own event. A year a figure is for ("3.4% of GDP in 2026") is not such a year.
 */
const PAST_YEAR = new RegExp(
  `^\\W*In\\s+(?:${MONTH_NAME}\\s+)?((?:19|20)\\d{2})\\b|\\b((?:19|20)\\d{2}),?\\s+when\\b|\\b(?:last|previous|earlier|comparable|similar)\\b[^.;]{0,80}?\\bin\\s+((?:19|20)\\d{2})\\b|\\ban?\\s+((?:19|20)\\d{2})\\s+[^.;]{0,60}?\\b(?:in|during)\\s+which\\b`,
  'i',
);

function pastYearOf(text: string): string | null {
  const m = PAST_YEAR.exec(text);
  return m ? (m[1] ?? m[2] ?? m[3] ?? m[4] ?? null) : null;
}

const views = new WeakMap<MatchableClaim, ClaimView>();

function view(claim: MatchableClaim): ClaimView {
  let v = views.get(claim);
  if (v) return v;
  const claimWords = words(claim.text);
  const { distinctive, generic } = distinctiveTerms(claim.text, claim.terms, claimWords);
  v = {
    claim,
    words: claimWords,
    entities: new Set(claim.entityIds),
    context: new Set(claim.contextEntityIds ?? []),
    topic: claim.topic ?? NO_TOPIC,
    distinctive,
    generic,
    quantities: quantityViews(claim.text, claim.quantities, claimWords),
    negated: NEGATION.test(claim.text),
    pastYear: pastYearOf(claim.text),
  };
  views.set(claim, v);
  return v;
}

function entityWeight(id: string): number {
  const type = entityTypeOfId(id);
  return type ? ENTITY_WEIGHT[type] : 1;
}

function intersect<T>(a: Set<T>, b: Set<T>): T[] {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  return [...small].filter((x) => large.has(x));
}

function sum(values: Iterable<string>, weight: (v: string) => number): number {
  let total = 0;
  for (const v of values) total += weight(v);
  return total;
}

interface Overlap {
  entityWeight: number;
  sharedEntities: number;
  sharedTerms: string[];
  sharedContext: number;
  /** Shared people and organisations that are not principal actors of either article. */
  sharedSecondary: number;
  /** Weighted Dice similarity over entities and terms. */
  similarity: number;
  /** Dice similarity over distinctive terms only. */
  termDice: number;
  /** Each claim names a person the other does not: two different events or speakers. */
  rivalPersons: boolean;
  /** The two articles' principal actors, or their topics, make them coverage of one matter (see `contextShared`, `topicShared`). */
  sameMatter: boolean;
  /**
   * Each claim is about a place or two, none the same: "four killed in Florida" and "24 in the
   * Caribbean". A claim listing many places ("Russia, Turkey and Iran … zones in Syria") is about
   * them all, and rivals none; a country does not rival a town that may lie in it (`mayLieIn`).
   */
  rivalPlaces: boolean;
  /**
   * One claim names a place and the other none, or only countries where the other names only
   * places that may lie in them: a city's count beside a nationwide one ("31 injured near
   * Kirchberg", "34 injured in Austria's worst rail accident" may be one count, "300 cases in
   * Lyon" and "1,200 in France" are not).
   */
  oneLocated: boolean;
  /**
   * One claim names some of the countries the other names: "killing more than 2,600 people" in
   * "southern Turkey and northwest Syria" is a sum, and "2,379 people had died in Turkey" a part of it.
   */
  partOfSum: boolean;
  /**
   * The claims tell of other earlier years, or one of an earlier year and the other of none.
   * The same figure is then one fact retold ("In 1998, a collapse … killed 17 workers", "that
   * disaster … 17 workers"); other figures are of other events ("In 2017, an explosion … killed two
   * workers" beside this blast's four), never a conflict, and no agreement either when only their
   * bounds allow both (see `retold`).
   */
  otherYears: boolean;
}

/** Whether the countries of one list are some, not all, of those of another. */
function someOf(part: string[], whole: string[]): boolean {
  return part.length > 0 && part.length < whole.length && part.every((id) => whole.includes(id));
}

/** Places a claim can be about one of, rather than list. */
const MAX_LOCATING_PLACES = 2;

function located(places: string[]): boolean {
  return places.length > 0 && places.length <= MAX_LOCATING_PLACES;
}

/**
 * Whether every place of `inner` may lie in the countries `outer` names: `outer` names countries
 * only, `inner` none, and no place of `inner` is a capital or a region of another country. Where a
 * town lies is not known otherwise, and a report naming a country names the country of its event.
 */
function mayLieIn(inner: string[], outer: string[]): boolean {
  if (!inner.length || !outer.length || !outer.every(isCountryId) || inner.some(isCountryId)) return false;
  return inner.every((id) => {
    const country = countryIdOfPlace(id);
    return country === undefined || outer.includes(country);
  });
}

/**
 * Whether two articles are about one matter by their principal actors: they share two, or every
 * one of the article that has fewer (a short wire story often has a single one, which the longer
 * coverage of the same event names too).
 */
function contextShared(shared: number, sizeA: number, sizeB: number): boolean {
  return shared >= SHARED_CONTEXT_ENTITIES || (shared > 0 && shared === Math.min(sizeA, sizeB));
}

function overlap(a: ClaimView, b: ClaimView): Overlap {
  const sharedEntities = intersect(a.entities, b.entities);
  const sharedTerms = intersect(a.distinctive, b.distinctive);
  const sharedGeneric = intersect(a.generic, b.generic);
  const entityWeightShared = sum(sharedEntities, entityWeight);
  const shared = entityWeightShared + sharedTerms.length + sharedGeneric.length * GENERIC_TERM_WEIGHT;
  const total = (v: ClaimView) => sum(v.entities, entityWeight) + v.distinctive.size + v.generic.size * GENERIC_TERM_WEIGHT;
  const denominator = total(a) + total(b);
  const onlyPersons = (x: ClaimView, y: ClaimView) => [...x.entities].some((id) => !y.entities.has(id) && entityTypeOfId(id) === 'person');
  const places = (x: ClaimView) => [...x.entities].filter((id) => entityTypeOfId(id) === 'place');
  const placesA = places(a);
  const placesB = places(b);
  const sharedContext = intersect(a.context, b.context).length;
  const countriesA = placesA.filter(isCountryId);
  const countriesB = placesB.filter(isCountryId);
  const nested = mayLieIn(placesA, placesB) || mayLieIn(placesB, placesA);
  return {
    entityWeight: entityWeightShared,
    sharedEntities: sharedEntities.length,
    sharedTerms,
    sharedContext,
    sameMatter: contextShared(sharedContext, a.context.size, b.context.size) || topicShared(a.topic, b.topic) || (sharedContext > 0 && placeShared(a.topic, b.topic)),
    rivalPlaces: located(placesA) && located(placesB) && !placesA.some((id) => b.entities.has(id)) && !nested,
    oneLocated: (placesA.length > 0) !== (placesB.length > 0) || nested,
    partOfSum: someOf(countriesA, countriesB) || someOf(countriesB, countriesA),
    otherYears: a.pastYear !== b.pastYear,
    sharedSecondary: sharedEntities.filter((id) => entityTypeOfId(id) !== 'place' && !a.context.has(id) && !b.context.has(id)).length,
    similarity: denominator ? (2 * shared) / denominator : 0,
    termDice: a.distinctive.size + b.distinctive.size ? (2 * sharedTerms.length) / (a.distinctive.size + b.distinctive.size) : 0,
    rivalPersons: onlyPersons(a, b) && onlyPersons(b, a),
  };
}

interface Comparison {
  compatible: boolean;
  note: string;
  /** How sure the pair is about one slot, 0..1. */
  strength: number;
}

/** A figure of the other claim compared with one of this claim's, before the note is written. */
type Pairing = Omit<Comparison, 'note'> & { other: QuantityView };

/** The two claims themselves share an entity or two terms. */
function tiedByClaims(o: Overlap): boolean {
  return o.sharedEntities >= 1 || o.sharedTerms.length >= 2;
}

/** Whether x and y are figures of one kind: same role, comparable units, one magnitude, one slot, a percentage, a measure or a count read alike (see `figureReading`, `countView`), moved the same way (see `changeDirection`) or by one deed, a count of one people. */
function measuresAlike(x: QuantityView, y: QuantityView): boolean {
  return x.quantity.role === y.quantity.role && alikeButForRole(x, y);
}

function alikeButForRole(x: QuantityView, y: QuantityView): boolean {
  const readAlike = (!x.reading || !y.reading || x.reading === y.reading) && (!x.direction || !y.direction || x.direction === y.direction) && (!x.act || !y.act || x.act === y.act);
  const sameGroup = !x.group || !y.group || x.group === y.group;
  return unitsComparable(x.quantity, y.quantity) && sameMagnitude(x.quantity, y.quantity) && x.slot === y.slot && readAlike && sameGroup;
}

/** Whether x and y measure the same thing, and if so how strongly that is supported. */
function sameSlot(x: QuantityView, y: QuantityView, o: Overlap): number {
  // "sank 15 minutes after its engine failed", "curled in on 58 minutes": an offset is from some
  // other moment, and two of them in one story are seldom from the same one.
  if (!measuresAlike(x, y) || x.slot === 'offset') return 0;
  // A count is of one place's people or things; a length or a date is of the event, wherever it is said to be.
  if (x.quantity.kind === 'count' && (o.rivalPlaces || o.partOfSum)) return 0;
  // "87,000 marchers in Paris" and "1.12 million protesters nationwide": one figure only if near in size.
  if (x.quantity.kind === 'count' && o.oneLocated && !closeInValue(x.quantity, y.quantity)) return 0;
  const local = intersect(x.distinctiveWindow, y.distinctiveWindow).length >= 1 || intersect(x.window, y.window).length >= 2;
  const claimLevel = tiedByClaims(o);
  const documentLevel = o.sameMatter;
  const typed = TYPED_SLOTS.has(x.slot);
  // Shared wording alone does not make one event: "the meeting lasted 40 minutes" in a story on
  // one summit and "the meeting lasted two hours" in a story on another share every word but the
  // figure. A shared entity or the same principal actors must anchor the pair.
  // One shared country is no anchor either: "killing more than 200 people" in Kenya and "killing
  // two people" in Louisiana both name the United States.
  if (o.entityWeight < MIN_ANCHOR_WEIGHT && !documentLevel) return 0;
  // "valuing the company at about $12.4 billion" and "a $12.4bn all-cash deal": the very same sum
  // in two claims naming one actor, of one matter, is one sum, however else each words it; so is
  // the very same day ("left Tobruk in eastern Libya on June 9", "set off from Tobruq in Libya on June 9").
  // A sum of two or more significant digits ("pledged 15 billion rupiah", "promised 15 billion
  // rupiah in aid") is that sum even in reports not otherwise seen to be of one matter.
  const sameFigure =
    (x.quantity.kind === 'money' || x.quantity.kind === 'date') && sameValue(x.quantity, y.quantity) && claimLevel && (documentLevel || (x.quantity.kind === 'money' && significantDigits(x.quantity.value) >= 2));
  // "touched down at 4:47 p.m. local time" and "landed at 1447 GMT (16:47 local)": the very same
  // minute, off the hour and the half hour, in two reports of one matter is one moment.
  const sameMinute = x.quantity.kind === 'time' && sameValue(x.quantity, y.quantity) && x.quantity.value % 30 !== 0 && documentLevel;
  if (!(claimLevel || documentLevel) || !(local || typed || sameFigure || sameMinute)) return 0;
  if (!local && !claimLevel && !closeInSize(x.quantity, y.quantity)) return 0;
  return 0.45 + (local ? 0.2 : 0) + (claimLevel ? 0.15 : 0) + (documentLevel ? 0.1 : 0) + Math.min(0.1, o.similarity / 5);
}

/** 15 of 15 billion, 124 of 12.4 million, 1 of 5,000,000. */
function significantDigits(value: number): number {
  return String(Math.abs(value)).replace(/\./, '').replace(/^0+/, '').replace(/0+$/, '').length;
}

/**
 * Two figures tied only by their articles' actors, in slots their words do not name, and not by
 * the words right next to them ("revenue of $6.8 billion", "revenue of $6.82 billion"), only by
 * a word further off: an article on a company's results has many sums, and such a pair is
 * compared only when it gives the very same value (a date, a time, a mass in kilograms and in
 * pounds), which then agrees.
 */
function looselyTied(x: QuantityView, y: QuantityView, o: Overlap): boolean {
  return !tiedByClaims(o) && !TYPED_SLOTS.has(x.slot) && !namedAlike(x, y);
}

/** Whether the words right next to two figures share one: what they are of. */
function namedAlike(x: QuantityView, y: QuantityView): boolean {
  return intersect(x.closeWindow, y.closeWindow).length > 0;
}

/**
 * Two sums of one story that the words right next to them do not say are the same sum: "bribes
 * totalling $640,000" and "to pay $1.2 million in restitution" are two sums, not one told
 * otherwise. A story has many sums, and a conflict between two of them must be named by a shared
 * word ("spend about $2.5 billion … on battery storage", "invest $3bn … in battery storage");
 * an agreement needs no such word ("net income of $412 million", "a net profit of $411.8m"),
 * unless one sum is only a bound and the other is not: "an estimate of £7m-£9m" is over £7
 * million, and so is "sold for £12.4m", which says nothing of the estimate.
 */
function unnamedSums(x: QuantityView, y: QuantityView): boolean {
  return x.quantity.kind === 'money' && !namedAlike(x, y);
}

/**
 * "debts of about $2.3 billion" and "assets of $1.9 billion", "64% of the company's issued share
 * capital" and "81.2% of votes cast": figures said to be of two things are two figures, never one
 * told otherwise. A whole named in one word may be another word for the same whole ("61% of the
 * ball", "58% of possession"); two named in several words that share none are two.
 */
function ofOtherThings(x: QuantityView, y: QuantityView): boolean {
  const otherBases = (x.base?.size ?? 0) >= MIN_BASE_WORDS && (y.base?.size ?? 0) >= MIN_BASE_WORDS && intersect(x.base!, y.base!).length === 0;
  return (x.of !== undefined && y.of !== undefined && x.of !== y.of) || otherBases;
}

/** A figure as the note shows it; a round one that agrees with another value says so. */
function shown(q: Quantity, agreesOtherwise: boolean): string {
  return agreesOtherwise && roundedTo(q) ? `${formatQuantity(q)} (rounded)` : formatQuantity(q);
}

function describe(label: string, first: string, second: string, compatible: boolean): string {
  if (first === second) return `${label} ${first} in both`;
  return compatible ? `${label} ${first} and ${second} agree` : `${label} ${first} vs ${second}`;
}

function gap(x: QuantityView, y: QuantityView): number {
  return Math.abs(x.quantity.value - y.quantity.value);
}

/**
 * The other claims of each article of a pair, where a figure of the other article may be told
 * alike (see `toldAlikeIn`); read only when a figure would be in conflict, which few are.
 */
interface Elsewhere {
  first: () => readonly ClaimView[];
  second: () => readonly ClaimView[];
}

/**
 * Whether another claim of the other article tells the figure `x` of `holder` alike: then that
 * claim gives it, and a figure of this claim unlike it is another fact. "Kiprotich won in 2:04:37"
 * agrees with "in two hours, four minutes and 37 seconds", so the 2:05:10 of the old record and the
 * runner-up's 2:04:49 are not the winner's time told otherwise; a bank's 5.25% rate told alike is
 * not April's 4.4% inflation. A count told only by its order of size ("Thousands of people fled")
 * gives no figure: it agrees with about any, and leaves "about 8,000" free to conflict with "about
 * 12,000" in another claim. A claim of another year tells no figure of this one.
 */
function toldAlikeIn(x: QuantityView, holder: ClaimView, others: readonly ClaimView[]): boolean {
  return others.some((other) => {
    const o = overlap(holder, other);
    // "the first escape since 2011, when six inmates slipped away" tells no six of this escape.
    if (o.otherYears) return false;
    return other.quantities.some((z) => {
      if (toldBySize(z.quantity) || sameSlot(x, z, o) === 0 || !valuesCompatible(x.quantity, z.quantity)) return false;
      return !looselyTied(x, z, o) || sameValue(x.quantity, z.quantity);
    });
  });
}

/**
 * "more than 20,000 people have died since 2014" and "killing at least 78": two floors (or two
 * ceilings) far apart are both true of many a figure, and neither tells the other's. Near each
 * other ("at least 78", "at least 82") they are one figure told twice.
 */
function boundedAlikeApart(a: Quantity, b: Quantity): boolean {
  return a.bound === b.bound && isBound(a) && !closeInValue(a, b);
}

/** A floor or a ceiling ("at least 78", "fewer than 1,500"), not a figure told as it is or about it. */
function isBound(q: Quantity): boolean {
  return q.bound === 'atLeast' || q.bound === 'atMost';
}

/**
 * Whether two compatible figures can be one fact of another year told twice: the same figure, or
 * one rounded or converted ("150,000 acres", "60,000 hectares"); two bounds that both allow it are
 * two tolls ("at least 40 people died" in 2021, "at least 38" this year).
 */
function retold(x: Quantity, y: Quantity): boolean {
  return sameValue(x, y) || (!isBound(x) && !isBound(y));
}

/**
 * For each quantity of `first`: agreement if any comparable quantity of `second` is compatible,
 * else conflict. Several figures of one kind in a claim (two dates, each candidate's share of the
 * vote) are ambiguous: a figure that agrees with one of them is not in conflict with the others.
 * The bounds of a span are not: "between two and three hours" is in conflict with four hours,
 * which only its lower bound allows.
 */
function compareQuantities(first: ClaimView, second: ClaimView, o: Overlap, elsewhere: Elsewhere): Comparison[] {
  const strengths = first.quantities.map((x) => second.quantities.map((y) => (boundedAlikeApart(x.quantity, y.quantity) ? 0 : sameSlot(x, y, o))));
  const compatibility = first.quantities.map((x, i) => second.quantities.map((y, j) => strengths[i]![j]! > 0 && valuesCompatible(x.quantity, y.quantity)));
  const agreed = second.quantities.map((_, j) => compatibility.some((row) => row[j]));
  const toldFirst = new Map<QuantityView, boolean>();
  const toldSecond = new Map<QuantityView, boolean>();
  const told = (q: QuantityView, holder: ClaimView, others: () => readonly ClaimView[], memo: Map<QuantityView, boolean>) => {
    let known = memo.get(q);
    if (known === undefined) memo.set(q, (known = toldAlikeIn(q, holder, others())));
    return known;
  };
  const toldElsewhere = (x: QuantityView, y: QuantityView) => told(x, first, elsewhere.second, toldFirst) || told(y, second, elsewhere.first, toldSecond);
  const chosen: Array<{ x: QuantityView; best: Pairing }> = [];
  for (const [i, x] of first.quantities.entries()) {
    let agreement: Pairing | undefined;
    let conflict: Pairing | undefined;
    const bounded = isBound(x.quantity);
    for (const [j, y] of second.quantities.entries()) {
      const strength = strengths[i]![j]!;
      const compatible = compatibility[i]![j]!;
      if (strength === 0 || (!compatible && agreed[j] && !bounded)) continue;
      if (looselyTied(x, y, o) && !(compatible && sameValue(x.quantity, y.quantity))) continue;
      if (x.part !== y.part) continue;
      if (!compatible && (unnamedSums(x, y) || ofOtherThings(x, y) || momentsApart(x.quantity, y.quantity) || x.mean !== y.mean)) continue;
      if (compatible && unnamedSums(x, y) && isBound(x.quantity) !== isBound(y.quantity)) continue;
      if (!compatible && (o.otherYears || toldElsewhere(x, y))) continue;
      if (compatible && o.otherYears && !retold(x.quantity, y.quantity)) continue;
      // Of equally sure pairings, the nearest value is likeliest the same figure, told alike or otherwise.
      const closer = (to: Pairing | undefined) => to !== undefined && strength === to.strength && gap(x, y) < gap(x, to.other);
      if (compatible && (!agreement || strength > agreement.strength || closer(agreement))) agreement = { compatible, strength, other: y };
      const nearer = closer(conflict);
      if (!compatible && (!conflict || strength > conflict.strength || nearer)) conflict = { compatible, strength, other: y };
    }
    const best = agreement ?? conflict;
    if (best) chosen.push({ x, best });
  }
  // A figure of the other claim is told otherwise by one figure here at most, the nearest: "7.7 and
  // 7.6" (a quake and its aftershock) against "7.8" is one conflict, 7.7 against 7.8.
  const nearestConflict = (c: (typeof chosen)[number]) =>
    c.best.compatible || !chosen.some((d) => d !== c && !d.best.compatible && d.best.other === c.best.other && gap(d.x, d.best.other) < gap(c.x, c.best.other));
  const results: Comparison[] = [];
  for (const { x, best } of chosen.filter(nearestConflict)) {
    // Written for the outcome only: formatting every comparable pair's figures costs more than comparing them.
    const y = best.other;
    const roundedAgrees = best.compatible && x.quantity.value !== y.quantity.value;
    const outcome = { compatible: best.compatible, strength: best.strength, note: describe(quantityLabel(x.quantity, x.slot === 'capacity'), shown(x.quantity, roundedAgrees), shown(y.quantity, roundedAgrees), best.compatible) };
    if (!results.some((r) => r.note === outcome.note)) results.push(outcome);
  }
  return results;
}

/**
 * Whether the claims give figures of a kind and none of that kind agree: "39% of teachers were on
 * strike" and "32.7% of teachers walked out" say one thing in other words with another number.
 * Nothing may tie them to one event (see `sameSlot`), but they do not agree either. Nor do "200
 * aid trucks would enter Gaza each day" and "196 aid trucks entered Gaza", a plan and what happened.
 * `agree` says when two values of a kind are the same figure.
 */
function figuresDiffer(a: ClaimView, b: ClaimView, agree: (x: Quantity, y: Quantity) => boolean): boolean {
  // Kind by kind: "at least 7,000 steps" and "7,000 or more steps" agreeing does not make "23%
  // less likely" and "25 percent lower risk" the same statement.
  const alike = new Set<string>();
  const agreed = new Set<string>();
  for (const x of a.quantities) {
    for (const y of b.quantities) {
      if (!alikeButForRole(x, y)) continue;
      alike.add(x.quantity.kind);
      if (agree(x.quantity, y.quantity)) agreed.add(x.quantity.kind);
    }
  }
  return [...alike].some((kind) => !agreed.has(kind));
}

/** The shared terms as the claim writes them ("coordination", not the stem "coordin"). */
function shownTerms(view: ClaimView, terms: string[]): string {
  const shown = [...terms].sort(byLengthThenName).slice(0, 4).map((term) => {
    const word = wordsOfTerm(term, view.words)[0];
    return word ? view.claim.text.slice(word.start, word.end).toLowerCase() : term;
  });
  return [...new Set(shown)].join(', ');
}

function relate(a: ClaimView, b: ClaimView, elsewhere: Elsewhere): { relation: Relation; score: number; note: string } | undefined {
  const o = overlap(a, b);
  if (!o.rivalPersons) {
    const comparisons = compareQuantities(a, b, o, elsewhere);
    const conflicts = comparisons.filter((c) => !c.compatible);
    const agreements = comparisons.filter((c) => c.compatible);
    const decisive = conflicts.length ? conflicts : agreements;
    if (decisive.length) {
      return {
        relation: conflicts.length ? 'conflicts' : 'agrees',
        score: round(Math.max(...decisive.map((c) => c.strength))),
        note: decisive.map((c) => c.note).join('; '),
      };
    }
    // Claims that share no name, in articles on different matters, are one statement only when
    // nearly all their words are: "15 percent of its gross domestic product" in a story on Tunisia
    // and "a gross domestic product per capita of US$36,254" in one on New Zealand are two.
    // Untied so, the same words are one statement only with the very same figures: "about 62
    // percent of registered voters cast a ballot" and "about 58 percent of …" in two elections
    // are two, though each figure is near enough the other's rounding; so are a figure of another
    // year and one of this (see `otherYears`).
    const anchored = o.sameMatter || o.sharedEntities > 0;
    const minDice = anchored ? PARAPHRASE_MIN_DICE : UNANCHORED_PARAPHRASE_MIN_DICE;
    const figuresAgree = anchored ? (x: Quantity, y: Quantity) => valuesCompatible(x, y) && (!o.otherYears || retold(x, y)) : sameValue;
    if (a.negated === b.negated && o.sharedTerms.length >= PARAPHRASE_MIN_TERMS && o.termDice >= minDice && !figuresDiffer(a, b, figuresAgree)) {
      return { relation: 'agrees', score: round(Math.max(o.similarity, o.termDice)), note: `same statement: ${shownTerms(a, o.sharedTerms)}` };
    }
  }
  // A shared secondary actor (an envoy, a spokesman) marks one topic better than the story's
  // principal actors, whom every sentence of the coverage names.
  const topical =
    (o.entityWeight >= RELATED_MIN_ENTITY_WEIGHT && o.sharedTerms.length >= RELATED_MIN_TERMS) ||
    // Words alone relate two claims within one matter, around a shared name, or when they are
    // most of both claims' words: "opened fire at a warehouse … killing four" and a warehouse fire
    // elsewhere share four words and nothing else.
    (o.sharedTerms.length >= RELATED_MIN_TERMS_ALONE && (o.sameMatter || o.sharedEntities > 0 || o.termDice >= PARAPHRASE_MIN_DICE)) ||
    (o.sharedSecondary >= 1 && o.entityWeight >= RELATED_MIN_SECONDARY_WEIGHT);
  if (topical && o.similarity >= RELATED_MIN_SIMILARITY) {
    const shown = shownTerms(a, o.sharedTerms);
    return { relation: 'related', score: round(o.similarity), note: shown ? `same topic: ${shown}` : 'same people and places' };
  }
  return undefined;
}

/**
 * A test on plain ids and terms that rejects, before any text is read, every candidate `relate`
 * would reject for lack of overlap: each relation needs a shared entity, shared terms, or a
 * quantity kind in common with shared context (see the thresholds above).
 */
const foldedTerms = new WeakMap<MatchableClaim, string[]>();

/** A candidate's terms folded once, however many claims of the new article it is tested for. */
function folded(candidate: MatchableClaim): string[] {
  let terms = foldedTerms.get(candidate);
  if (!terms) foldedTerms.set(candidate, (terms = candidate.terms.map(foldWord)));
  return terms;
}

function prefilter(self: ClaimView): (candidate: MatchableClaim) => boolean {
  const terms = new Set([...self.distinctive, ...self.generic]);
  const kinds = new Set(self.claim.quantities.map((q) => q.kind));
  const count = (values: readonly string[] | undefined, within: Set<string>) => {
    let n = 0;
    for (const v of values ?? []) if (within.has(v)) n++;
    return n;
  };
  return (candidate) => {
    const entities = count(candidate.entityIds, self.entities);
    if (entities >= 2) return true;
    const shared = count(folded(candidate), terms);
    if (shared >= PARAPHRASE_MIN_TERMS) return true;
    if (!candidate.quantities.some((q) => kinds.has(q.kind))) return false;
    if (entities >= 1 || shared >= 2) return true;
    const context = new Set(candidate.contextEntityIds);
    return contextShared(count([...context], self.context), self.context.size, context.size) || (candidate.topic !== undefined && topicShared(self.topic, candidate.topic));
  };
}

function round(x: number): number {
  return Math.round(Math.min(1, x) * 100) / 100;
}

/**
 * How `claim` relates to each candidate from other sources: the best few of each relation, best
 * score first (see MAX_MATCHES). Pairs come out with `a` < `b` (the stored match id order) and the
 * note reads in that order. `siblings` are the other claims of `claim`'s article: a figure of a
 * candidate one of them tells alike is not set against another figure of `claim`.
 */
export function matchClaim(claim: MatchableClaim, candidates: MatchableClaim[], siblings: readonly MatchableClaim[] = []): ClaimMatch[] {
  const self = view(claim);
  const mayRelate = prefilter(self);
  // Read once per claim, and only when some candidate's figure would be in conflict.
  let selfSiblings: ClaimView[] | undefined;
  const besideSelf = () => (selfSiblings ??= siblings.filter((s) => s.id !== claim.id && s.sourceId === claim.sourceId).map(view));
  const beside = (candidate: MatchableClaim) => () => candidates.filter((c) => c.id !== candidate.id && c.sourceId === candidate.sourceId).map(view);
  const found: Record<Relation, ClaimMatch[]> = { conflicts: [], agrees: [], related: [] };
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.sourceId === claim.sourceId || seen.has(candidate.id)) continue;
    seen.add(candidate.id);
    if (!mayRelate(candidate)) continue;
    const other = view(candidate);
    const [first, second] = claim.id < candidate.id ? [self, other] : [other, self];
    const elsewhere = claim.id < candidate.id ? { first: besideSelf, second: beside(candidate) } : { first: beside(candidate), second: besideSelf };
    const relation = relate(first, second, elsewhere);
    if (relation) found[relation.relation].push({ a: first.claim.id, b: second.claim.id, ...relation });
  }
  return RELATIONS.flatMap((relation) => found[relation].sort(byScore).slice(0, MAX_MATCHES[relation]));
}

function byScore(x: ClaimMatch, y: ClaimMatch): number {
  return y.score - x.score || (x.a + x.b < y.a + y.b ? -1 : 1);
}
