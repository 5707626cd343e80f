/**
 * Crosslight's IndexedDB database: one typed Dexie class, owned by the background (popup and
 * manager may open it too: extension pages share the extension's IndexedDB). Settings are not
 * here: they live in extension storage (lib/settings.ts) so that content scripts can watch them.
 */
import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { ClaimRecord, EntityRecord, MatchRecord, MentionRecord, SourceRecord } from './records';

export const DEFAULT_DB_NAME = 'crosslight';

/**
 * Indexes are exactly what candidate search and removal need: multiEntry `keys` find claims and
 * entities without a scan, `sourceId` / `sourceA` / `sourceB` find everything derived from one
 * source, `urls` finds the source of a page, `sketchKeys` finds near-duplicates.
 */
export const SCHEMA_V1 = {
  sources: 'id, *urls, site, addedAt, *sketchKeys',
  claims: 'id, sourceId, *keys',
  entities: 'id, *keys, name',
  mentions: 'id, sourceId, entityId',
  matches: 'id, a, b, sourceA, sourceB, relation',
} as const;

export class CrosslightDb extends Dexie {
  sources!: EntityTable<SourceRecord, 'id'>;
  claims!: EntityTable<ClaimRecord, 'id'>;
  entities!: EntityTable<EntityRecord, 'id'>;
  mentions!: EntityTable<MentionRecord, 'id'>;
  matches!: EntityTable<MatchRecord, 'id'>;

  constructor(name: string = DEFAULT_DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
  }
}

/** An IndexedDB implementation to use instead of the global one (tests, Node). */
export type IndexedDbDeps = Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>;

const shared = new Map<string, CrosslightDb>();

/**
 * The database instance for `name`, shared within a context. Dexie opens it on first use and
 * reopens it by itself after the browser closed it (an idle service worker), so callers never
 * open or close it. With `deps`, a fresh unshared instance on that IndexedDB implementation.
 */
export function openCrosslightDb(name: string = DEFAULT_DB_NAME, deps?: IndexedDbDeps): CrosslightDb {
  if (deps) return new CrosslightDb(name, deps);
  let db = shared.get(name);
  if (!db) {
    db = new CrosslightDb(name);
    shared.set(name, db);
  }
  return db;
}
