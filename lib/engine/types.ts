/**
 * The engine's data model. Everything here is plain data (JSON-serialisable), shared by the
 * extension's background, the CLI, the tests and the benchmark. Offsets are JavaScript string
 * indices (UTF-16 code units) into the analysed document text, end exclusive.
 */

export type EntityType = 'person' | 'place' | 'organization';

export type QuantityKind = 'duration' | 'date' | 'time' | 'count' | 'money' | 'percent' | 'measure';

/**
 * How the number is asserted. `exact` is the plain case; the others come from hedges around it
 * ("about", "over", "at most", "up to") or from ranges.
 */
export type QuantityBound = 'exact' | 'approx' | 'atLeast' | 'atMost';

/** Whether the number reports what happened or what was intended, announced or expected. */
export type QuantityRole = 'actual' | 'planned';

/**
 * A normalised quantity found in a claim.
 * - duration: value in seconds, unit 's'
 * - date: value is yyyymmdd when the year is known (unit 'ymd'), or mmdd (unit 'md') when not;
 *   a month without a day ("December 2016") is yyyymm (unit 'ym')
 * - time: value in minutes after midnight, unit 'min'
 * - count: the number, unit is the counted noun in its singular lower-case form ('' when unknown)
 * - money: the amount, unit an ISO 4217 code when known ('USD', 'EUR', …), else the word
 * - percent: the number, unit '%'
 * - measure: a length in metres (unit 'm'), an area in square metres ('m2'), a weight in
 *   kilograms ('kg'), a speed in km/h ('km/h'), a change of a rate in basis points ('bp'), or an
 *   earthquake's magnitude ('magnitude')
 */
export interface Quantity {
  kind: QuantityKind;
  value: number;
  unit: string;
  /** The text as written, e.g. "two hours seventeen minutes". */
  text: string;
  start: number;
  end: number;
  bound: QuantityBound;
  role: QuantityRole;
}

/** An entity as found in one document, before it is joined with the store's entities. */
export interface LocalEntity {
  /** Index within the document's `entities`. */
  index: number;
  name: string;
  type: EntityType;
  /** Every surface form seen in this document, as written. */
  aliases: string[];
  /**
   * Normalised lookup keys (lower case, folded diacritics, transliteration variants, canonical
   * abbreviations): two entities that share a strong key are the same real-world thing.
   */
  keys: string[];
}

export interface LocalMention {
  entity: number;
  start: number;
  end: number;
}

export interface LocalClaim {
  /** Index within the document's `claims`. */
  index: number;
  start: number;
  end: number;
  /** Equals `document.text.slice(start, end)`. */
  text: string;
  quantities: Quantity[];
  /** Indices into the document's `entities` mentioned in this claim. */
  entities: number[];
  /** Normalised content terms (lower case, stemmed), for matching and search. */
  terms: string[];
}

export interface DocumentAnalysis {
  text: string;
  language: string;
  wordCount: number;
  entities: LocalEntity[];
  mentions: LocalMention[];
  claims: LocalClaim[];
  /** Near-duplicate sketch of the document's text (see duplicates.ts). */
  sketch: number[];
  /** Where the article's matter happened and its recurring words (see topic.ts). */
  topic: ArticleTopic;
}

export type Relation = 'agrees' | 'conflicts' | 'related';

/**
 * Where an article's matter happened and the words the article keeps using for it (see topic.ts).
 * Places are named by their folded names, not entity ids: a topic is plain text, kept with its
 * source whatever becomes of the entities.
 */
export interface ArticleTopic {
  places: string[];
  terms: string[];
}

/**
 * A claim as the matcher sees it: its own text and quantities plus store-wide entity ids, so that
 * claims of different documents can be compared.
 */
export interface MatchableClaim {
  id: string;
  sourceId: string;
  text: string;
  quantities: Quantity[];
  entityIds: string[];
  terms: string[];
  /**
   * The principal actors of the claim's article (its most mentioned people and organisations).
   * A sentence such as "they spent two hours seventeen minutes" names no one; these stand in for
   * the event it reports.
   */
  contextEntityIds?: string[];
  /** Where the claim's article happened and what it keeps saying happened (see topic.ts). */
  topic?: ArticleTopic;
}

export interface ClaimMatch {
  a: string;
  b: string;
  relation: Relation;
  score: number;
  /** A few words on why, e.g. "duration 2 h 16 min vs 2 h 17 min". */
  note: string;
}
