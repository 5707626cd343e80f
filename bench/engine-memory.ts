/**
 * What the engine's in-memory store costs at scale: heap held by a loaded store (records plus
 * inverted indexes) and the time to match and add one new article against it. The same store the
 * command line uses, so this is also the baseline for the IndexedDB figures.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ingestDocument, type DocumentInput } from '../lib/store/ingest';
import { MemoryClaimStore } from '../lib/store/memory-store';
import type { ClaimRecord, EntityRecord, MentionRecord, SourceRecord } from '../lib/store/records';
import { median } from './stats';

export interface StoreRecords {
  sources: SourceRecord[];
  claims: ClaimRecord[];
  entities: EntityRecord[];
  mentions: MentionRecord[];
}

export interface MemoryStoreFigures {
  claims: number;
  /** Heap the loaded store keeps alive, after full garbage collections. */
  heapMb: number;
  loadMs: number;
  /** Median time to analyse and match one article without storing it. */
  matchMs: number;
  /** Time to analyse, match and store the article. */
  addMs: number;
  matches: number;
}

const MATCH_RUNS = 5;

/** Node exposes `gc` only behind a flag; setting the flag at run time makes it reachable from a fresh context. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  return () => {
    gc();
    gc();
  };
}

function groupBySource<T extends { sourceId: string }>(records: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of records) {
    const list = groups.get(r.sourceId);
    if (list) list.push(r);
    else groups.set(r.sourceId, [r]);
  }
  return groups;
}

export async function measureMemoryStore(records: StoreRecords, article: DocumentInput): Promise<MemoryStoreFigures> {
  const gc = collector();
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const store = new MemoryClaimStore();
  const claims = groupBySource(records.claims);
  const mentions = groupBySource(records.mentions);
  // Each entity goes in with the first source that mentions it: the store drops entities no
  // stored mention refers to.
  const entityById = new Map(records.entities.map((e) => [e.id, e]));
  const started = performance.now();
  for (const source of records.sources) {
    const own = mentions.get(source.id) ?? [];
    const entities: EntityRecord[] = [];
    for (const m of own) {
      const entity = entityById.get(m.entityId);
      if (!entity) continue;
      entities.push(entity);
      entityById.delete(m.entityId);
    }
    await store.commitDocument({ source, claims: claims.get(source.id) ?? [], mentions: own, entities, matches: [], touchedSources: [] });
  }
  const loadMs = performance.now() - started;
  gc();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

  await ingestDocument(store, article, { persist: false });
  const samples: number[] = [];
  let matches = 0;
  for (let i = 0; i < MATCH_RUNS; i++) {
    const t = performance.now();
    matches = (await ingestDocument(store, article, { persist: false })).matches.length;
    samples.push(performance.now() - t);
  }
  const t = performance.now();
  await ingestDocument(store, article, { persist: true });
  const addMs = performance.now() - t;
  return { claims: (await store.counts()).claims, heapMb, loadMs, matchMs: median(samples), addMs, matches };
}
