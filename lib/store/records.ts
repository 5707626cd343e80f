/**
 * Records as stored in IndexedDB (and in the CLI's in-memory store, and in export files).
 * Declared once here and shared by every context.
 */
import type { ArticleTopic, ClaimMatch, EntityType, Quantity } from '../engine/types';

/** Where a claim or mention sits in a page, as data, so that it re-anchors after the page changes. */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPosition {
  start: number;
  end: number;
}

export interface SourceRecord {
  /** Stable id derived from the canonical URL (or the file path in the CLI). */
  id: string;
  url: string;
  /** Every URL this article was seen under (canonical, as loaded, after redirects). */
  urls: string[];
  title: string;
  site: string;
  byline: string;
  /** ISO 8601 date the article gives for itself, '' when unknown. */
  published: string;
  /** Epoch milliseconds when it was read (or imported). */
  addedAt: number;
  language: string;
  wordCount: number;
  /** The analysed article text: selectors and positions index into it. */
  text: string;
  /** Band keys of the near-duplicate sketch (multiEntry index) for finding copies. */
  sketchKeys: string[];
  sketch: number[];
  /** Ids of sources this one is a near-duplicate of. */
  duplicateOf: string[];
  claimCount: number;
  conflictCount: number;
  /** The article's principal actors (see MatchableClaim.contextEntityIds); absent in older records. */
  leadEntityIds?: string[];
  /** Where the article's matter happened and its recurring words (see MatchableClaim.topic); absent in older records. */
  topic?: ArticleTopic;
}

/** What finding a page's copies needs of a stored source (see source-sketches.ts). */
export type SourceSketch = Pick<SourceRecord, 'id' | 'sketch' | 'duplicateOf'>;

export function sketchOf(source: SourceRecord): SourceSketch {
  return { id: source.id, sketch: source.sketch, duplicateOf: source.duplicateOf };
}

export interface ClaimRecord {
  /** `${sourceId}#c${index}` */
  id: string;
  sourceId: string;
  index: number;
  text: string;
  selector: TextQuoteSelector;
  position: TextPosition;
  quantities: Quantity[];
  entityIds: string[];
  terms: string[];
  /** Candidate-search keys (multiEntry index): entity ids, quantity kinds with entities, rare terms. */
  keys: string[];
}

export interface EntityRecord {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Normalised lookup keys (multiEntry index), see LocalEntity.keys. */
  keys: string[];
  mentionCount: number;
}

export interface MentionRecord {
  /** `${sourceId}#m${index}` */
  id: string;
  sourceId: string;
  entityId: string;
  selector: TextQuoteSelector;
  position: TextPosition;
}

export interface MatchRecord extends ClaimMatch {
  /** `${a}|${b}` with a < b. */
  id: string;
  sourceA: string;
  sourceB: string;
}
