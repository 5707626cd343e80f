/**
 * The second reading of an import: the checked file is read again inside one read-write
 * transaction and its records are written as they come, a chunk at a time, so that neither the
 * file nor its records are ever all in memory. Reading the file is not a database request, so
 * each read is wrapped in `Dexie.waitFor`, which keeps the transaction open meanwhile.
 *
 * Importing merges with what is there: a source already in the store is kept as it is (so
 * importing the same file twice adds nothing), and an entity of the file joins the stored entity
 * that shares one of its name keys, the way ingest joins a page's entities with the store's.
 */
import { Dexie } from 'dexie';
import { candidateKeys } from '../engine/candidate-keys';
import type { ArticleTopic } from '../engine/types';
import { gatherClaimPostings } from './claim-postings';
import { gatherClaimWords } from './claim-words';
import type { CrosslightDb } from './db';
import { DexieClaimStore } from './dexie-store';
import { blockingKeys } from './entity-blocklist';
import type { Section, SectionRecord } from './export-format';
import type { ImportCounts, ImportProgress } from './import';
import type { ClaimRecord, EntityRecord, MatchRecord, MentionRecord, SourceRecord } from './records';
import { uniqueIds } from './unique';
import { pieces, StoreFileReader } from './store-file-reader';

/**
 * Records per write request: large enough that a request's fixed cost is small beside its
 * records, small enough that a chunk's records are soon garbage and progress moves.
 */
const WRITE_CHUNK = 2500;
/**
 * Sources per write request: each carries its whole text, and the sources come first in the file,
 * so a chunk of WRITE_CHUNK would hold every source's text until the file's end.
 */
const SOURCE_CHUNK = 200;
/** Write requests under way while the file is read on: the browser writes while the page parses. */
const WRITES_IN_FLIGHT = 2;
/**
 * Claims whose word and postings rows are gathered before they are written: rows of the whole
 * file at once, held until its end, set the import's peak heap; rows of fewer claims repeat more
 * common words in more groups and read back more postings rows.
 */
const GATHERED_CLAIMS = 50_000;

/** What the first reading kept of a checked file: ids and references, whole records of the small sections only. */
export interface FilePlan {
  sources: { id: string; leadEntityIds?: string[]; topic?: ArticleTopic; conflictCount: number }[];
  entities: EntityRecord[];
  claims: { id: string; sourceId: string }[];
  /** Mentions each source of the file has. */
  mentionsPerSource: Map<string, number>;
  matches: { a: string; b: string }[];
  blockedKeys: SectionRecord<'blockedKeys'>[];
}

export interface WriteResult {
  added: ImportCounts;
  mergedEntities: number;
  keptSources: number;
}

/** The stored entity each file entity is: same id, else one of the same type sharing a name key. */
async function resolveEntities(db: CrosslightDb, entities: EntityRecord[]): Promise<{ idOf: Map<string, string>; records: EntityRecord[] }> {
  const byId = new Map((await db.entities.bulkGet(entities.map((e) => e.id))).flatMap((e) => (e ? [[e.id, e] as const] : [])));
  const keys = uniqueIds(entities.filter((e) => !byId.has(e.id)).flatMap(blockingKeys));
  const byKey = new Map<string, EntityRecord>();
  if (keys.length) for (const stored of await new DexieClaimStore(db).findEntitiesByKeys(keys)) for (const k of stored.keys) byKey.set(`${stored.type}|${k}`, stored);
  const idOf = new Map<string, string>();
  const records = new Map<string, EntityRecord>();
  for (const entity of entities) {
    const stored = byId.get(entity.id) ?? blockingKeys(entity).map((k) => byKey.get(`${entity.type}|${k}`)).find((e) => e !== undefined);
    const base = records.get(stored?.id ?? '') ?? stored;
    idOf.set(entity.id, base?.id ?? entity.id);
    records.set(
      base?.id ?? entity.id,
      base ? { ...base, aliases: uniqueIds([...base.aliases, ...entity.aliases]), keys: uniqueIds([...base.keys, ...entity.keys]) } : entity,
    );
  }
  return { idOf, records: [...records.values()] };
}

/** Of `ids`, those the table holds: keys only, no record is read. */
async function storedKeys(table: { where(index: string): { anyOf(keys: string[]): { primaryKeys(): Promise<string[]> } } }, ids: string[]): Promise<Set<string>> {
  return new Set(ids.length ? await table.where(':id').anyOf(ids).primaryKeys() : []);
}

/** How each record of the file is written, or null when it is not. */
interface Transforms {
  sources(s: SourceRecord): SourceRecord | null;
  claims(c: ClaimRecord): ClaimRecord | null;
  mentions(m: MentionRecord): MentionRecord | null;
  matches(m: MatchRecord): MatchRecord | null;
}

export async function writeStoreFile(db: CrosslightDb, input: Blob | string, plan: FilePlan, onProgress?: (progress: ImportProgress) => void): Promise<WriteResult> {
  const store = new DexieClaimStore(db);
  const tables = [db.sources, db.claims, db.entities, db.mentions, db.matches, db.blockedKeys, db.claimWords, db.claimPostings, db.entityKeys];
  return db.transaction('rw', tables, async () => {
    const kept = await storedKeys(db.sources, plan.sources.map((s) => s.id));
    const { idOf, records: entities } = await resolveEntities(db, plan.entities);
    const remap = (ids: string[]) => uniqueIds(ids.map((id) => idOf.get(id) ?? id));
    const leadOf = new Map(plan.sources.filter((s) => !kept.has(s.id)).map((s) => [s.id, remap(s.leadEntityIds ?? [])]));
    const topicOf = new Map(plan.sources.map((s) => [s.id, s.topic]));
    const leadJoined = new Set(plan.sources.filter((s) => (s.leadEntityIds ?? []).some((id) => idOf.get(id) !== id)).map((s) => s.id));
    const added = new Set(plan.claims.filter((c) => !kept.has(c.sourceId)).map((c) => c.id));
    const stored = await storedKeys(db.claims, uniqueIds(plan.matches.flatMap((m) => [m.a, m.b]).filter((id) => !added.has(id))));
    // A match between two kept sources is the store's own business; a match with a new claim is added.
    const wanted = (m: { a: string; b: string }) => (added.has(m.a) || added.has(m.b)) && (added.has(m.a) || stored.has(m.a)) && (added.has(m.b) || stored.has(m.b));
    const existingBlocked = await storedKeys(db.blockedKeys, plan.blockedKeys.map((b) => b.key));
    const newBlocked = plan.blockedKeys.filter((b) => !existingBlocked.has(b.key));
    const newEntities = entities.length - (await storedKeys(db.entities, entities.map((e) => e.id))).size;

    // Counters are checked against the records written; only those that disagree are recounted.
    const conflicts = new Map<string, number>();
    const mentionCounts = new Map<string, number>();
    const count = (counts: Map<string, number>, id: string, n: number) => counts.set(id, (counts.get(id) ?? 0) + n);
    const claimsOf = new Map<string, number>();
    for (const claim of plan.claims) count(claimsOf, claim.sourceId, 1);
    const transforms: Transforms = {
      // A source's claim count is its claims in the file, whatever the file says: the store's claim total is their sum.
      sources: (s) => (kept.has(s.id) ? null : { ...s, claimCount: claimsOf.get(s.id) ?? 0, ...(s.leadEntityIds ? { leadEntityIds: leadOf.get(s.id) ?? [] } : {}) }),
      claims: (c) => {
        if (kept.has(c.sourceId)) return null;
        const entityIds = remap(c.entityIds);
        // Keys name entities: a claim whose entities joined stored ones is keyed under the stored ids.
        const joined = leadJoined.has(c.sourceId) || entityIds.length !== c.entityIds.length || entityIds.some((id, i) => id !== c.entityIds[i]);
        return joined ? { ...c, entityIds, keys: candidateKeys({ ...c, entityIds, contextEntityIds: leadOf.get(c.sourceId) ?? [], topic: topicOf.get(c.sourceId) }) } : c;
      },
      mentions: (m) => {
        if (kept.has(m.sourceId)) return null;
        const entityId = idOf.get(m.entityId) ?? m.entityId;
        count(mentionCounts, entityId, 1);
        return entityId === m.entityId ? m : { ...m, entityId };
      },
      matches: (m) => {
        if (!wanted(m)) return null;
        const n = m.relation === 'conflicts' ? 1 : 0;
        count(conflicts, m.sourceA, n);
        count(conflicts, m.sourceB, n);
        return m;
      },
    };
    const counts: ImportCounts = {
      sources: plan.sources.length - kept.size,
      entities: newEntities,
      claims: added.size,
      mentions: [...plan.mentionsPerSource].reduce((sum, [sourceId, n]) => sum + (kept.has(sourceId) ? 0 : n), 0),
      matches: plan.matches.filter(wanted).length,
      blockedKeys: newBlocked.length,
    };
    const total = Object.values(counts).reduce((x, y) => x + y, 0) + entities.length - newEntities;
    let done = 0;
    const progress = (n: number) => {
      done += n;
      onProgress?.({ phase: 'writing', done, total });
    };

    await db.entities.bulkPut(entities);
    await db.blockedKeys.bulkPut(newBlocked);
    progress(entities.length + newBlocked.length);
    const words = gatherClaimWords(db);
    const postings = gatherClaimPostings(db);
    // One after the other: the rows of both at once would add their peaks.
    const flushGathered = async () => {
      await words.flush();
      await postings.flush();
    };
    await streamRecords(db, input, transforms, progress, flushGathered);
    await words.write();
    await postings.write();
    // A stored source or entity gained what the file adds to it; a new one must agree with the file's records.
    const fileCount = new Map(plan.sources.map((s) => [s.id, s.conflictCount]));
    const disagreeing = [...leadOf.keys()].filter((id) => fileCount.get(id) !== (conflicts.get(id) ?? 0));
    await store.recountSources(new Set([...[...conflicts.keys()].filter((id) => kept.has(id)), ...disagreeing]));
    const fresh = new Map(plan.entities.map((e) => [e.id, e]));
    await store.recountEntities(new Set(entities.filter((e) => fresh.get(e.id) !== e || e.mentionCount !== (mentionCounts.get(e.id) ?? 0)).map((e) => e.id)));
    return { added: counts, mergedEntities: entities.length - newEntities, keptSources: kept.size };
  });
}

type Written = Exclude<Section, 'entities' | 'blockedKeys'>;

/** Reads the file again and writes its sources, claims, mentions and matches a chunk at a time. */
async function streamRecords(db: CrosslightDb, input: Blob | string, transforms: Transforms, progress: (n: number) => void, flushGathered: () => Promise<void>): Promise<void> {
  const buffers: Record<Written, object[]> = { sources: [], claims: [], mentions: [], matches: [] };
  const inFlight: Promise<unknown>[] = [];
  let claimsGathered = 0;
  let failure: Error | null = null;
  const reader = new StoreFileReader(
    {
      header: () => undefined,
      section: () => undefined,
      record: (section, _index, value) => {
        if (section === 'entities' || section === 'blockedKeys') return;
        const record = (transforms[section] as (r: unknown) => object | null)(value);
        if (record) buffers[section].push(record);
      },
      // The file was checked a moment ago; a problem now means it changed on disk meanwhile.
      problem: (message) => void (failure ??= new Error(`The file changed while it was imported: ${message}`)),
    },
    { checked: true },
  );
  const flush = async (all: boolean) => {
    for (const section of Object.keys(buffers) as Written[]) {
      const size = section === 'sources' ? SOURCE_CHUNK : WRITE_CHUNK;
      while (buffers[section].length >= (all ? 1 : size)) {
        const chunk = buffers[section].splice(0, size);
        // New claims cannot replace stored ones (their sources are new): adding spares reading them first.
        const write = section === 'claims' ? db.claims.bulkAdd(chunk as ClaimRecord[]) : db.table(section).bulkPut(chunk);
        inFlight.push(write.then(() => progress(chunk.length)));
        if (inFlight.length >= WRITES_IN_FLIGHT) await inFlight.shift();
        if (section === 'claims' && (claimsGathered += chunk.length) >= GATHERED_CLAIMS) {
          claimsGathered = 0;
          await flushGathered();
        }
      }
    }
  };
  const iterator = pieces(input)[Symbol.asyncIterator]();
  for (;;) {
    const next = await Dexie.waitFor(iterator.next());
    if (next.done) break;
    reader.feed(next.value.text);
    if (failure) throw failure;
    await flush(false);
  }
  reader.end();
  if (failure) throw failure;
  await flush(true);
  await Promise.all(inFlight);
}
