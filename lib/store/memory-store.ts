/**
 * The ClaimStore in memory: Maps of records plus inverted indexes (key → ids), the same lookups
 * the IndexedDB store answers through its indexes. Used by the command line, by tests, and as the
 * benchmark's baseline for what the engine holds in memory.
 *
 * Records are treated as immutable values: callers get the stored objects, so nothing that reads
 * from this store may modify what it gets.
 *
 * Derived counters follow the same rules as the IndexedDB store: a source's `conflictCount` is the
 * number of conflict matches it takes part in, an entity's `mentionCount` the number of stored
 * mentions of it, and an entity no source mentions any more is removed.
 */
import { POSTINGS_LIMIT, type Postings } from '../engine/postings';
import type { ClaimStore, DocumentWrite, StoreCounts } from './claim-store';
import { sketchOf, type ClaimRecord, type EntityRecord, type MatchRecord, type MentionRecord, type SourceRecord, type SourceSketch } from './records';

/** key → ids, with the set dropped when it empties so the index never grows with stale keys. */
class InvertedIndex {
  private readonly ids = new Map<string, Set<string>>();

  add(keys: Iterable<string>, id: string): void {
    for (const key of keys) {
      let set = this.ids.get(key);
      if (!set) this.ids.set(key, (set = new Set()));
      set.add(id);
    }
  }

  delete(keys: Iterable<string>, id: string): void {
    for (const key of keys) {
      const set = this.ids.get(key);
      if (!set) continue;
      set.delete(id);
      if (set.size === 0) this.ids.delete(key);
    }
  }

  /** How many ids one key holds, without copying them. */
  count(key: string): number {
    return this.ids.get(key)?.size ?? 0;
  }

  /** The first `limit` ids of one key, and whether that is all of them. */
  postings(key: string, limit: number): Postings {
    const set = this.ids.get(key);
    if (!set) return { ids: [], complete: true };
    const ids: string[] = [];
    for (const id of set) {
      if (ids.length === limit) break;
      ids.push(id);
    }
    return { ids, complete: set.size <= limit };
  }

  lookup(keys: Iterable<string>): Set<string> {
    const found = new Set<string>();
    for (const key of keys) for (const id of this.ids.get(key) ?? []) found.add(id);
    return found;
  }
}

export class MemoryClaimStore implements ClaimStore {
  private readonly sources = new Map<string, SourceRecord>();
  private readonly claims = new Map<string, ClaimRecord>();
  private readonly entities = new Map<string, EntityRecord>();
  private readonly mentions = new Map<string, MentionRecord>();
  private readonly matches = new Map<string, MatchRecord>();

  private readonly claimKeys = new InvertedIndex();
  private readonly entityKeys = new InvertedIndex();
  private readonly sketchKeys = new InvertedIndex();
  private readonly claimsBySource = new InvertedIndex();
  private readonly mentionsBySource = new InvertedIndex();
  private readonly mentionsByEntity = new InvertedIndex();
  /** Both claim ids and both source ids of a match point at it. */
  private readonly matchesByEnd = new InvertedIndex();
  private readonly blockedKeys = new Set<string>();

  async getSource(id: string): Promise<SourceRecord | undefined> {
    return this.sources.get(id);
  }

  async getSources(ids: string[]): Promise<SourceRecord[]> {
    return pick(this.sources, ids);
  }

  async getClaims(ids: string[]): Promise<ClaimRecord[]> {
    return pick(this.claims, ids);
  }

  async getEntities(ids: string[]): Promise<EntityRecord[]> {
    return pick(this.entities, ids);
  }

  async findEntitiesByKeys(keys: string[]): Promise<EntityRecord[]> {
    return pick(this.entities, this.entityKeys.lookup(keys));
  }

  async findClaimIdsByKeys(keys: string[]): Promise<Map<string, Postings>> {
    return new Map([...new Set(keys)].map((key) => [key, this.claimKeys.postings(key, POSTINGS_LIMIT)]));
  }

  async findSketchesBySketchKeys(keys: string[]): Promise<SourceSketch[]> {
    return pick(this.sources, this.sketchKeys.lookup(keys)).map(sketchOf);
  }

  async claimsOfSource(sourceId: string): Promise<ClaimRecord[]> {
    return pick(this.claims, this.claimsBySource.lookup([sourceId])).sort((x, y) => x.index - y.index);
  }

  async mentionsOfSource(sourceId: string): Promise<MentionRecord[]> {
    return pick(this.mentions, this.mentionsBySource.lookup([sourceId]));
  }

  async mentionsOfEntity(entityId: string): Promise<MentionRecord[]> {
    return pick(this.mentions, this.mentionsByEntity.lookup([entityId]));
  }

  async matchesOfClaims(claimIds: string[]): Promise<MatchRecord[]> {
    return pick(this.matches, this.matchesByEnd.lookup(claimIds));
  }

  async commitDocument(write: DocumentWrite): Promise<void> {
    const sourceId = write.source.id;
    const touchedSources = new Set<string>([sourceId]);
    const touchedEntities = new Set<string>();
    this.detach(sourceId, touchedSources, touchedEntities);
    for (const source of write.touchedSources) {
      if (source.id === sourceId) continue;
      this.putSource(source);
      touchedSources.add(source.id);
    }
    this.putSource(write.source);
    for (const claim of write.claims) this.putClaim(claim);
    for (const entity of write.entities) {
      this.putEntity(entity);
      touchedEntities.add(entity.id);
    }
    for (const mention of write.mentions) {
      this.putMention(mention);
      touchedEntities.add(mention.entityId);
    }
    for (const match of write.matches) {
      this.putMatch(match);
      touchedSources.add(match.sourceA).add(match.sourceB);
    }
    this.recountSources(touchedSources);
    this.recountEntities(touchedEntities);
  }

  async removeSource(id: string): Promise<boolean> {
    if (!this.sources.has(id)) return false;
    const touchedSources = new Set<string>();
    const touchedEntities = new Set<string>();
    this.detach(id, touchedSources, touchedEntities);
    this.recountSources(touchedSources);
    this.recountEntities(touchedEntities);
    return true;
  }

  async counts(): Promise<StoreCounts> {
    return {
      sources: this.sources.size,
      claims: this.claims.size,
      entities: this.entities.size,
      mentions: this.mentions.size,
      matches: this.matches.size,
    };
  }

  async findBlockedEntityKeys(keys: string[]): Promise<string[]> {
    return [...new Set(keys)].filter((key) => this.blockedKeys.has(key));
  }

  /** Marks entity keys as "not an entity" (the IndexedDB store keeps them in a table the manager edits). */
  blockEntityKeys(keys: string[]): void {
    for (const key of keys) this.blockedKeys.add(key);
  }

  /** Removes a source and everything derived from it, noting which other records need recounting. */
  private detach(sourceId: string, touchedSources: Set<string>, touchedEntities: Set<string>): void {
    const old = this.sources.get(sourceId);
    if (!old) return;
    for (const claimId of this.claimsBySource.lookup([sourceId])) this.deleteClaim(claimId);
    for (const mentionId of this.mentionsBySource.lookup([sourceId])) {
      const mention = this.mentions.get(mentionId);
      if (mention) touchedEntities.add(mention.entityId);
      this.deleteMention(mentionId);
    }
    for (const matchId of this.matchesByEnd.lookup([sourceId])) {
      const match = this.matches.get(matchId);
      if (match) touchedSources.add(match.sourceA).add(match.sourceB);
      this.deleteMatch(matchId);
    }
    // A source can only be a near-duplicate of one it shares a sketch band with.
    for (const neighbourId of this.sketchKeys.lookup(old.sketchKeys)) {
      const neighbour = this.sources.get(neighbourId);
      if (!neighbour || neighbourId === sourceId || !neighbour.duplicateOf.includes(sourceId)) continue;
      this.putSource({ ...neighbour, duplicateOf: neighbour.duplicateOf.filter((d) => d !== sourceId) });
      touchedSources.add(neighbourId);
    }
    this.sketchKeys.delete(old.sketchKeys, sourceId);
    this.sources.delete(sourceId);
    touchedSources.delete(sourceId);
  }

  private putSource(source: SourceRecord): void {
    const old = this.sources.get(source.id);
    if (old) this.sketchKeys.delete(old.sketchKeys, old.id);
    this.sources.set(source.id, source);
    this.sketchKeys.add(source.sketchKeys, source.id);
  }

  private putClaim(claim: ClaimRecord): void {
    this.deleteClaim(claim.id);
    this.claims.set(claim.id, claim);
    this.claimKeys.add(claim.keys, claim.id);
    this.claimsBySource.add([claim.sourceId], claim.id);
  }

  private deleteClaim(id: string): void {
    const claim = this.claims.get(id);
    if (!claim) return;
    this.claimKeys.delete(claim.keys, id);
    this.claimsBySource.delete([claim.sourceId], id);
    this.claims.delete(id);
  }

  private putEntity(entity: EntityRecord): void {
    const old = this.entities.get(entity.id);
    if (old) this.entityKeys.delete(old.keys, old.id);
    this.entities.set(entity.id, entity);
    this.entityKeys.add(entity.keys, entity.id);
  }

  private deleteEntity(id: string): void {
    const entity = this.entities.get(id);
    if (!entity) return;
    this.entityKeys.delete(entity.keys, id);
    this.entities.delete(id);
  }

  private putMention(mention: MentionRecord): void {
    this.deleteMention(mention.id);
    this.mentions.set(mention.id, mention);
    this.mentionsBySource.add([mention.sourceId], mention.id);
    this.mentionsByEntity.add([mention.entityId], mention.id);
  }

  private deleteMention(id: string): void {
    const mention = this.mentions.get(id);
    if (!mention) return;
    this.mentionsBySource.delete([mention.sourceId], id);
    this.mentionsByEntity.delete([mention.entityId], id);
    this.mentions.delete(id);
  }

  private putMatch(match: MatchRecord): void {
    this.deleteMatch(match.id);
    this.matches.set(match.id, match);
    this.matchesByEnd.add(matchEnds(match), match.id);
  }

  private deleteMatch(id: string): void {
    const match = this.matches.get(id);
    if (!match) return;
    this.matchesByEnd.delete(matchEnds(match), id);
    this.matches.delete(id);
  }

  private recountSources(ids: Set<string>): void {
    for (const id of ids) {
      const source = this.sources.get(id);
      if (!source) continue;
      let conflictCount = 0;
      for (const match of pick(this.matches, this.matchesByEnd.lookup([id]))) {
        if (match.relation === 'conflicts' && (match.sourceA === id || match.sourceB === id)) conflictCount++;
      }
      if (conflictCount !== source.conflictCount) this.putSource({ ...source, conflictCount });
    }
  }

  private recountEntities(ids: Set<string>): void {
    for (const id of ids) {
      const entity = this.entities.get(id);
      if (!entity) continue;
      const mentionCount = this.mentionsByEntity.count(id);
      if (mentionCount === 0) this.deleteEntity(id);
      else if (mentionCount !== entity.mentionCount) this.putEntity({ ...entity, mentionCount });
    }
  }
}

function matchEnds(match: MatchRecord): string[] {
  return [match.a, match.b, match.sourceA, match.sourceB];
}

function pick<T>(map: Map<string, T>, ids: Iterable<string>): T[] {
  const found: T[] = [];
  for (const id of new Set(ids)) {
    const record = map.get(id);
    if (record !== undefined) found.push(record);
  }
  return found;
}
