/**
 * The ClaimStore on IndexedDB (Dexie). Every lookup goes through an index, one `equals` per key
 * run in parallel: `anyOf` walks a cursor and is several times slower on large tables. Candidate
 * claims, near-duplicate sources and entities come from tables of one row per key instead
 * (claim-postings.ts, key-table.ts): one `bulkGet` for all the keys of an article.
 *
 * Derived counters (a source's `conflictCount`, an entity's `mentionCount`) are kept exact inside
 * the committing transaction: a commit reads the stored counters of the records it touches and
 * applies what it removed (an earlier version of the same source) and what it adds. The values
 * computed by ingest were read before the transaction and cannot know what the removal took. A
 * commit so costs a few requests, not one count per entity and source it touches; the manager's
 * edits, which move mentions and matches in bulk, recount instead (`recountSources`,
 * `recountEntities`).
 */
import type { EntityTable } from 'dexie';
import type { Postings } from '../engine/postings';
import { readPostings } from './claim-postings';
import type { ClaimStore, DocumentWrite, StoreCounts } from './claim-store';
import type { CrosslightDb } from './db';
import { ENTITY_KEYS, idsWithKeys, SKETCH_BANDS } from './key-table';
import type { ClaimRecord, EntityRecord, MatchRecord, MentionRecord, SourceRecord, SourceSketch } from './records';

interface Detached {
  /** Entities that lost mentions. */
  entityIds: Set<string>;
  /** Other sources that lost matches or a duplicate link. */
  sourceIds: Set<string>;
  /** Mentions each entity lost. */
  lostMentions: Map<string, number>;
  /** Conflict matches each other source lost. */
  lostConflicts: Map<string, number>;
}

/** Blocked keys read whole up to this many; past it, only those looked up are read. */
const BLOCKED_KEYS_READ_WHOLE = 1_000;

function add(counts: Map<string, number>, id: string, n: number): void {
  counts.set(id, (counts.get(id) ?? 0) + n);
}

export class DexieClaimStore implements ClaimStore {
  constructor(readonly db: CrosslightDb) {}

  get writeLockName(): string {
    return this.db.name;
  }

  getSource(id: string): Promise<SourceRecord | undefined> {
    return this.db.sources.get(id);
  }

  async getSources(ids: string[]): Promise<SourceRecord[]> {
    return present(await this.db.sources.bulkGet(unique(ids)));
  }

  async getClaims(ids: string[]): Promise<ClaimRecord[]> {
    return present(await this.db.claims.bulkGet(unique(ids)));
  }

  async getEntities(ids: string[]): Promise<EntityRecord[]> {
    return present(await this.db.entities.bulkGet(unique(ids)));
  }

  async findEntitiesByKeys(keys: string[]): Promise<EntityRecord[]> {
    return this.getEntities(await idsWithKeys(this.db, ENTITY_KEYS, keys));
  }

  findClaimIdsByKeys(keys: string[]): Promise<Map<string, Postings>> {
    return readPostings(this.db, unique(keys));
  }

  async findSketchesBySketchKeys(keys: string[]): Promise<SourceSketch[]> {
    return present(await this.db.sourceSketches.bulkGet(await idsWithKeys(this.db, SKETCH_BANDS, keys)));
  }

  async claimsOfSource(sourceId: string): Promise<ClaimRecord[]> {
    const claims = await this.db.claims.where('sourceId').equals(sourceId).toArray();
    return claims.sort((x, y) => x.index - y.index);
  }

  mentionsOfSource(sourceId: string): Promise<MentionRecord[]> {
    return this.db.mentions.where('sourceId').equals(sourceId).toArray();
  }

  mentionsOfEntity(entityId: string): Promise<MentionRecord[]> {
    return this.db.mentions.where('entityId').equals(entityId).toArray();
  }

  /**
   * One walk of each index for all the claims, not an `equals` per claim: a popup asks for every
   * claim of its page at once, and a request each cost more than the cursor's steps.
   */
  async matchesOfClaims(claimIds: string[]): Promise<MatchRecord[]> {
    const ids = unique(claimIds);
    if (!ids.length) return [];
    const [asA, asB] = await Promise.all([this.db.matches.where('a').anyOf(ids).toArray(), this.db.matches.where('b').anyOf(ids).toArray()]);
    return [...new Map([...asA, ...asB].map((match) => [match.id, match])).values()];
  }

  async commitDocument(write: DocumentWrite): Promise<void> {
    const { db } = this;
    await db.transaction('rw', [db.sources, db.claims, db.entities, db.mentions, db.matches], async () => {
      const sourceId = write.source.id;
      const detached = await this.detach(sourceId);
      const conflicts = new Map(detached.lostConflicts);
      for (const [id, n] of conflicts) conflicts.set(id, -n);
      for (const match of write.matches) {
        if (match.relation !== 'conflicts') continue;
        add(conflicts, match.sourceA, 1);
        add(conflicts, match.sourceB, 1);
      }
      const mentions = new Map(detached.lostMentions);
      for (const [id, n] of mentions) mentions.set(id, -n);
      for (const mention of write.mentions) add(mentions, mention.entityId, 1);

      const touched = new Map(write.touchedSources.filter((s) => s.id !== sourceId).map((s) => [s.id, s]));
      const otherIds = [...new Set([...touched.keys(), ...detached.sourceIds, ...conflicts.keys()])].filter((id) => id !== sourceId);
      const given = new Map(write.entities.map((e) => [e.id, e]));
      const entityIds = [...new Set([...given.keys(), ...mentions.keys()])];
      const [others, storedEntities] = await Promise.all([this.getSources(otherIds), this.getEntities(entityIds)]);
      const storedEntity = new Map(storedEntities.map((e) => [e.id, e]));

      // Touched sources take their new duplicate links from ingest and their counters from the store.
      const sources = others.map((stored) => ({ ...(touched.get(stored.id) ?? stored), conflictCount: stored.conflictCount + (conflicts.get(stored.id) ?? 0) }));
      const source = { ...write.source, conflictCount: Math.max(0, conflicts.get(sourceId) ?? 0) };
      const entities: EntityRecord[] = [];
      const emptied: string[] = [];
      for (const id of entityIds) {
        const base = given.get(id) ?? storedEntity.get(id);
        if (!base) continue;
        const mentionCount = (storedEntity.get(id)?.mentionCount ?? 0) + (mentions.get(id) ?? 0);
        if (mentionCount > 0) entities.push({ ...base, mentionCount });
        else if (storedEntity.has(id)) emptied.push(id);
      }
      await Promise.all([
        db.sources.bulkPut([...sources, source]),
        db.claims.bulkPut(write.claims),
        db.entities.bulkPut(entities),
        db.entities.bulkDelete(emptied),
        db.mentions.bulkPut(write.mentions),
        db.matches.bulkPut(write.matches),
      ]);
    });
  }

  async removeSource(id: string): Promise<boolean> {
    const { db } = this;
    return db.transaction('rw', [db.sources, db.claims, db.entities, db.mentions, db.matches], async () => {
      if (!(await db.sources.get(id))) return false;
      const detached = await this.detach(id);
      await Promise.all([this.recountSources(detached.sourceIds), this.recountEntities(detached.entityIds)]);
      return true;
    });
  }

  async counts(): Promise<StoreCounts> {
    const { db } = this;
    const [sources, claims, entities, mentions, matches] = await Promise.all([
      db.sources.count(),
      db.claims.count(),
      db.entities.count(),
      db.mentions.count(),
      db.matches.count(),
    ]);
    return { sources, claims, entities, mentions, matches };
  }

  /**
   * A reader blocks a handful of keys and an article looks up dozens: while the blocked keys are
   * few, all of them come in one request, where a lookup took a request per key.
   */
  async findBlockedEntityKeys(keys: string[]): Promise<string[]> {
    const held = await this.db.blockedKeys.limit(BLOCKED_KEYS_READ_WHOLE + 1).primaryKeys();
    if (held.length <= BLOCKED_KEYS_READ_WHOLE) {
      const blocked = new Set(held);
      return unique(keys).filter((key) => blocked.has(key));
    }
    return present(await this.db.blockedKeys.bulkGet(unique(keys))).map((r) => r.key);
  }

  /**
   * Deletes a source and everything derived from it (claims, mentions, matches on either side,
   * other sources' duplicate links to it). Must run inside a rw transaction on every table.
   */
  private async detach(sourceId: string): Promise<Detached> {
    const { db } = this;
    const detached: Detached = { entityIds: new Set(), sourceIds: new Set(), lostMentions: new Map(), lostConflicts: new Map() };
    const old = await db.sources.get(sourceId);
    if (!old) return detached;
    const [claimIds, mentions, matches, sketchNeighbours] = await Promise.all([
      db.claims.where('sourceId').equals(sourceId).primaryKeys(),
      db.mentions.where('sourceId').equals(sourceId).toArray(),
      byIndex(db.matches, ['sourceA', 'sourceB'], [sourceId]),
      // A source can only be a near-duplicate of one it shares a sketch band with.
      this.findSketchesBySketchKeys(old.sketchKeys),
    ]);
    for (const mention of mentions) {
      detached.entityIds.add(mention.entityId);
      add(detached.lostMentions, mention.entityId, 1);
    }
    for (const match of matches) {
      detached.sourceIds.add(match.sourceA).add(match.sourceB);
      if (match.relation === 'conflicts') for (const side of [match.sourceA, match.sourceB]) if (side !== sourceId) add(detached.lostConflicts, side, 1);
    }
    const linked = sketchNeighbours.filter((s) => s.id !== sourceId && s.duplicateOf.includes(sourceId));
    const unlinked = (await this.getSources(linked.map((s) => s.id))).map((s) => ({ ...s, duplicateOf: s.duplicateOf.filter((d) => d !== sourceId) }));
    for (const s of unlinked) detached.sourceIds.add(s.id);
    detached.sourceIds.delete(sourceId);
    await Promise.all([
      db.claims.bulkDelete(claimIds),
      db.mentions.bulkDelete(mentions.map((m) => m.id)),
      db.matches.bulkDelete(matches.map((m) => m.id)),
      db.sources.delete(sourceId),
      db.sources.bulkPut(unlinked),
    ]);
    return detached;
  }

  /** conflictCount = the conflict matches a source takes part in. */
  async recountSources(ids: Set<string>): Promise<void> {
    const { db } = this;
    const sources = await this.getSources([...ids]);
    const updated = await Promise.all(
      sources.map(async (source) => {
        const matches = await byIndex(db.matches, ['sourceA', 'sourceB'], [source.id]);
        return { ...source, conflictCount: matches.filter((m) => m.relation === 'conflicts').length };
      }),
    );
    await db.sources.bulkPut(updated.filter((s, i) => s.conflictCount !== sources[i]?.conflictCount));
  }

  /** mentionCount = mentions across all sources; an entity no source mentions any more is removed. */
  async recountEntities(ids: Set<string>): Promise<void> {
    const { db } = this;
    const entities = await this.getEntities([...ids]);
    const counted = await Promise.all(
      entities.map(async (entity) => ({
        ...entity,
        mentionCount: await db.mentions.where('entityId').equals(entity.id).count(),
      })),
    );
    await Promise.all([
      db.entities.bulkPut(counted.filter((e, i) => e.mentionCount > 0 && e.mentionCount !== entities[i]?.mentionCount)),
      db.entities.bulkDelete(counted.filter((e) => e.mentionCount === 0).map((e) => e.id)),
    ]);
  }
}

/** Records reachable from any of `keys` through any of `indexes`, each once. */
async function byIndex<T extends { id: string }>(table: EntityTable<T, 'id'>, indexes: string[], keys: string[]): Promise<T[]> {
  const distinct = unique(keys);
  const batches = await Promise.all(
    indexes.flatMap((index) => distinct.map((key) => table.where(index).equals(key).toArray())),
  );
  const seen = new Map<string, T>();
  for (const batch of batches) for (const record of batch) seen.set(record.id, record);
  return [...seen.values()];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function present<T>(records: (T | undefined)[]): T[] {
  return records.filter((r): r is T => r !== undefined);
}
