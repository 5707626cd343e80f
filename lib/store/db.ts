/**
 * Crosslight's IndexedDB database: one typed Dexie class, owned by the background (popup and
 * manager may open it too: extension pages share the extension's IndexedDB). Settings are not
 * here: they live in extension storage (lib/settings.ts) so that content scripts can watch them.
 */
import { Dexie, type DBCore, type DBCoreMutateRequest, type DexieOptions, type EntityTable, type Middleware, type Table, type Transaction } from 'dexie';
import type { ClaimRecord, EntityRecord, MatchRecord, MentionRecord, SourceRecord, SourceSketch } from './records';
import { CLAIM_POSTINGS, CLAIM_POSTINGS_SCHEMA, claimPostingsIndexing, freshRows, GainedPostings, type ClaimPostingsRow } from './claim-postings';
import { CLAIM_WORDS_SCHEMA, claimWordsIndexing, type ClaimWordsRow } from './claim-words';
import { buildKeyRows, ENTITY_KEYS, KEY_ROWS_SCHEMA, keyTableIndexing, SKETCH_BANDS, type KeyRow } from './key-table';
import { eachClaimChunk } from './claim-chunks';
import { buildSourceSketches, SOURCE_SKETCHES_SCHEMA, sourceSketchesIndexing } from './source-sketches';
import { indexWords } from './text-index';

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

/**
 * Version 2, for the store manager: word indexes for searching claims, entities and source
 * titles; sort indexes for the manager's lists; entity keys the reader marked "not an entity";
 * deleted sources kept for a short while so that a deletion can be undone.
 */
export const SCHEMA_V2 = {
  sources: 'id, *urls, site, addedAt, *sketchKeys, *titleWords, title, published, claimCount, conflictCount',
  claims: 'id, sourceId, *keys, *words',
  entities: 'id, *keys, name, *words, mentionCount',
  mentions: 'id, sourceId, entityId',
  matches: 'id, a, b, sourceA, sourceB, relation',
  blockedKeys: 'key',
  trash: 'token, expiresAt',
} as const;

/**
 * Version 4: the claims' words leave the claims table for a table of their own (claim-words.ts).
 * A multiEntry index wrote an entry per word of every claim, which made a large import crawl;
 * the table writes one row per distinct word of each write.
 */
export const SCHEMA_V4 = {
  claims: 'id, sourceId, *keys',
  claimWords: CLAIM_WORDS_SCHEMA,
} as const;

/**
 * Version 5: the claims' candidate keys, the sources' sketch bands and the entities' lookup keys
 * leave their multiEntry indexes for tables of one row per key (claim-postings.ts, key-table.ts),
 * read in one request for all the keys of an article where an index took one per key; an import
 * writes a row per distinct key instead of an index entry per key of every record.
 */
export const SCHEMA_V5 = {
  sources: 'id, *urls, site, addedAt, *titleWords, title, published, claimCount, conflictCount',
  claims: 'id, sourceId',
  entities: 'id, name, *words, mentionCount',
  claimPostings: CLAIM_POSTINGS_SCHEMA,
  sketchBands: KEY_ROWS_SCHEMA,
  entityKeys: KEY_ROWS_SCHEMA,
} as const;

/**
 * Version 6: the sources' sketches and copy links in a table of their own (source-sketches.ts),
 * so that looking for a page's copies does not read the texts of every source sharing a band.
 */
export const SCHEMA_V6 = {
  sourceSketches: SOURCE_SKETCHES_SCHEMA,
} as const;

/** Fields the database derives from a record's own data on every write (see `wordIndexing`, claim-words.ts). */
export interface DerivedFields {
  sources: { titleWords?: string[] };
  /** `words` only in version 2 and 3 databases; `wordGroup` from version 4 on. */
  claims: { words?: string[]; wordGroup?: string };
  entities: { words?: string[] };
}

/** An entity key the reader marked as "not an entity": ingest drops entities that have it. */
export interface BlockedKeyRecord {
  key: string;
  /** The name of the entity it was blocked with, for the reader's list. */
  name: string;
  blockedAt: number;
}

/** Everything one deletion removed or changed, to put back on undo. */
export interface TrashRecord {
  token: string;
  createdAt: number;
  expiresAt: number;
  sources: SourceRecord[];
  claims: ClaimRecord[];
  mentions: MentionRecord[];
  matches: MatchRecord[];
  /** Entities as they were before the deletion (removed or with fewer mentions). */
  entities: EntityRecord[];
}

const WORD_FIELDS: Record<string, (record: Record<string, unknown>) => Record<string, string[]>> = {
  entities: (e) => ({ words: indexWords(String(e.name ?? ''), ...((e.aliases as string[] | undefined) ?? [])) }),
  sources: (s) => ({ titleWords: indexWords(String(s.title ?? '')) }),
};

export function derivedFields(table: string, record: object): Record<string, string[]> {
  return WORD_FIELDS[table]?.(record as Record<string, unknown>) ?? {};
}

/**
 * Keeps the word indexes in step with the records on every write, whoever writes (ingest, the
 * manager, an import): a DBCore middleware, so that writers need not know about them and no
 * write costs an extra read.
 */
const wordIndexing: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'crosslight-word-index',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      const derive = WORD_FIELDS[name];
      if (!derive) return table;
      return {
        ...table,
        mutate: (req: DBCoreMutateRequest) => {
          if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
          const values = req.values.map((v: Record<string, unknown>) => ({ ...v, ...derive(v) }));
          return table.mutate({ ...req, values });
        },
      };
    },
  }),
};

/** The upgrade transactions that have keyed the claims again already. */
const rekeyed = new WeakSet<IDBTransaction>();

/**
 * The upgrades that derive keys again need the engine and its gazetteer, half a megabyte that a
 * page opening the store (the manager) would otherwise parse on every opening to run them once.
 * They load when a stored database is upgraded; `Dexie.waitFor` keeps the upgrade's transaction
 * open while they load.
 */
function rekeyStoredClaims(tx: Transaction): Promise<void> {
  // Every rekey writes the keys of the code running it, so a database several versions behind is
  // rekeyed once: the later versions' rekeys in the same upgrade would find nothing to change.
  if (rekeyed.has(tx.idbtrans)) return Promise.resolve();
  rekeyed.add(tx.idbtrans);
  return Dexie.waitFor(import('./claim-keys-upgrade')).then((upgrade) => upgrade.rekeyStoredClaims(tx));
}

function addCompanyShortNameKeys(tx: Transaction): Promise<void> {
  return Dexie.waitFor(import('./entity-keys-upgrade')).then((upgrade) => upgrade.addCompanyShortNameKeys(tx));
}

function addBodyFormKeys(tx: Transaction): Promise<void> {
  return Dexie.waitFor(import('./entity-keys-upgrade')).then((upgrade) => upgrade.addBodyFormKeys(tx));
}

export class CrosslightDb extends Dexie {
  sources!: EntityTable<SourceRecord & DerivedFields['sources'], 'id'>;
  claims!: EntityTable<ClaimRecord & DerivedFields['claims'], 'id'>;
  entities!: EntityTable<EntityRecord & DerivedFields['entities'], 'id'>;
  mentions!: EntityTable<MentionRecord, 'id'>;
  matches!: EntityTable<MatchRecord, 'id'>;
  blockedKeys!: EntityTable<BlockedKeyRecord, 'key'>;
  trash!: EntityTable<TrashRecord, 'token'>;
  claimWords!: Table<ClaimWordsRow, [string, string]>;
  claimPostings!: Table<ClaimPostingsRow, string>;
  sketchBands!: Table<KeyRow, string>;
  entityKeys!: Table<KeyRow, string>;
  sourceSketches!: EntityTable<SourceSketch, 'id'>;

  constructor(name: string = DEFAULT_DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        // Records written by version 1 get their words here; later writes get them from the middleware.
        for (const table of ['sources', 'claims', 'entities'] as const) {
          await tx.table(table).toCollection().modify((record: Record<string, unknown>) => {
            Object.assign(record, derivedFields(table, record));
          });
        }
      });
    this.version(3).stores({}).upgrade(rekeyStoredClaims);
    this.version(4).stores(SCHEMA_V4).upgrade(moveClaimWords);
    this.version(5).stores(SCHEMA_V5).upgrade(buildKeyTables);
    this.version(6).stores(SCHEMA_V6).upgrade(buildSourceSketches);
    // Claims get the keys that let a story with a single principal actor meet the rest of its coverage (`s:`, candidate-keys.ts).
    this.version(7).stores({}).upgrade(rekeyStoredClaims);
    // Claims get an `s:` key for each principal actor of their article, not the first alone.
    this.version(8).stores({}).upgrade(rekeyStoredClaims);
    // Companies get the weak keys of their short names (`orgshort:`, engine/entity-keys.ts).
    this.version(9).stores({}).upgrade(addCompanyShortNameKeys);
    // Claims get the keys of the figures' new slots (a crowd, a cargo) and of words that no longer tie figures ("forecast").
    this.version(10).stores({}).upgrade(rekeyStoredClaims);
    // Claims get the keys of a capacity's slot of its own, of jobs told lost after their figure, and of the words that now mean one thing beside a figure ("owed", "debts").
    this.version(11).stores({}).upgrade(rekeyStoredClaims);
    // Claims get the keys of the deed a count counts ("close 120 stores", "shut 125 stores").
    this.version(12).stores({}).upgrade(rekeyStoredClaims);
    // Claims get the keys of a figure something is rated or built to bear, of a length told "for just" or "of deliberation", and of sums in more currencies ("15 billion rupiah").
    this.version(13).stores({}).upgrade(rekeyStoredClaims);
    // Government bodies get the key of their head-first form ("Defence Ministry" → "Ministry of Defence").
    this.version(14).stores({}).upgrade(addBodyFormKeys);
    this.use(wordIndexing);
    this.use(claimWordsIndexing);
    this.use(claimPostingsIndexing);
    this.use(keyTableIndexing(SKETCH_BANDS));
    this.use(keyTableIndexing(ENTITY_KEYS));
    this.use(sourceSketchesIndexing);
  }
}

/**
 * Every claim's words go into the word table (the middleware writes them as the claims are put
 * again, a large chunk per request so that the rows stay few) and leave the claim.
 */
async function moveClaimWords(tx: Transaction): Promise<void> {
  const claims = tx.table('claims');
  await eachClaimChunk(tx, async (chunk) => {
    await claims.bulkPut(chunk.map((claim) => withoutDerived(claim)));
  });
}

/** The rows of every key table from the stored records, gathered in memory and written once per row. */
async function buildKeyTables(tx: Transaction): Promise<void> {
  const gained = new GainedPostings();
  await eachClaimChunk(tx, (chunk) => {
    for (const claim of chunk) gained.add(claim.id, claim.keys);
  });
  await tx.table(CLAIM_POSTINGS).bulkPut(freshRows(gained));
  await buildKeyRows(tx, SKETCH_BANDS);
  await buildKeyRows(tx, ENTITY_KEYS);
}

/** A record as exported and compared: without the fields the database derives. */
export function withoutDerived<T extends object>(record: T): T {
  // Most records (mentions, matches) have none: an export copies none of them.
  if (!('words' in record) && !('titleWords' in record) && !('wordGroup' in record)) return record;
  const { words: _w, titleWords: _t, wordGroup: _g, ...own } = record as T & { words?: unknown; titleWords?: unknown; wordGroup?: unknown };
  return own as T;
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
