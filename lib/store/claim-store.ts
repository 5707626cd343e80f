/**
 * What the ingest pipeline needs from a store. Two implementations: Dexie/IndexedDB in the
 * extension (`dexie-store.ts`) and in memory for the CLI (`memory-store.ts`). Every lookup goes
 * through an index (keys → records); nothing here scans all claims.
 */
import type { Postings } from '../engine/postings';
import type { ClaimRecord, EntityRecord, MatchRecord, MentionRecord, SourceRecord, SourceSketch } from './records';

/** Everything one ingested document writes, applied atomically. */
export interface DocumentWrite {
  source: SourceRecord;
  claims: ClaimRecord[];
  mentions: MentionRecord[];
  /** New entities and existing ones whose aliases, keys or counts changed. */
  entities: EntityRecord[];
  /** Matches between this source's claims and other sources' claims. */
  matches: MatchRecord[];
  /** Other sources whose conflict counts or duplicate links changed because of this document. */
  touchedSources: SourceRecord[];
}

/** How many records each table holds. */
export interface StoreCounts {
  sources: number;
  claims: number;
  entities: number;
  mentions: number;
  matches: number;
}

export interface ClaimStore {
  /**
   * Names the store for the write lock shared by every context that opens it (see write-lock.ts);
   * a store without one is written by its own process only.
   */
  readonly writeLockName?: string;
  getSource(id: string): Promise<SourceRecord | undefined>;
  getSources(ids: string[]): Promise<SourceRecord[]>;
  getClaims(ids: string[]): Promise<ClaimRecord[]>;
  getEntities(ids: string[]): Promise<EntityRecord[]>;
  /** Entities that have any of these lookup keys. */
  findEntitiesByKeys(keys: string[]): Promise<EntityRecord[]>;
  /**
   * For each key, the ids of the claims that hold it: all of them, or the first POSTINGS_LIMIT
   * (engine/candidates.ts) with `complete` false. Ids only, so that a common key costs little and
   * tells how common it is.
   */
  findClaimIdsByKeys(keys: string[]): Promise<Map<string, Postings>>;
  /** The sketches and copy links of the sources sharing any near-duplicate band key: not their texts. */
  findSketchesBySketchKeys(keys: string[]): Promise<SourceSketch[]>;
  claimsOfSource(sourceId: string): Promise<ClaimRecord[]>;
  mentionsOfSource(sourceId: string): Promise<MentionRecord[]>;
  mentionsOfEntity(entityId: string): Promise<MentionRecord[]>;
  matchesOfClaims(claimIds: string[]): Promise<MatchRecord[]>;
  /** Replaces any earlier version of `write.source` and everything derived from it, in one transaction. */
  commitDocument(write: DocumentWrite): Promise<void>;
  /** Removes a source with its claims, mentions and matches; updates affected entities and sources. */
  removeSource(id: string): Promise<boolean>;
  counts(): Promise<StoreCounts>;
  /** Of these entity keys, the ones the reader marked as "not an entity" (see entity-blocklist.ts). */
  findBlockedEntityKeys(keys: string[]): Promise<string[]>;
}
