/**
 * The store bench inside Chromium: the product's Dexie database, store and ingest pipeline, on
 * real IndexedDB. Node drives it through `window.crosslightBench`.
 */
import { openCrosslightDb } from '../../lib/store/db';
import { DexieClaimStore } from '../../lib/store/dexie-store';
import { EXPORT_CHUNK } from '../../lib/store/export';
import { importStore } from '../../lib/store/import';
import { ingestDocument, type DocumentInput } from '../../lib/store/ingest';
import type { ClaimRecord } from '../../lib/store/records';
import { storeTransferOn } from '../../lib/ui/store-transfer';
import { analyzeText } from './memo-analyze';
import { phaseLine, timedStore, type Phase } from './timed-store';

export const BENCH_DB = 'crosslight-bench';

export interface ImportTiming {
  ms: number;
  /** Reading and checking the file, before the first write. */
  readMs: number;
  claims: number;
  problems: string[];
}

export interface IngestTiming {
  ms: number;
  claims: number;
  matches: number;
  conflicts: number;
  /** The store's requests, and the database's opening when this ingest opened it (see timed-store.ts). */
  phases: string;
}

const store = () => new DexieClaimStore(openCrosslightDb(BENCH_DB));

/** The tables an export reads (lib/store/export.ts), by their IndexedDB names. */
const EXPORTED_TABLES = ['entities', 'sources', 'claims', 'mentions', 'matches', 'blockedKeys'];

function openNative(name: string): Promise<IDBDatabase> {
  return new Promise((done, fail) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => done(open.result);
    open.onerror = () => fail(open.error);
  });
}

/** One request of its own read-only transaction on `table`. */
function ask<T>(db: IDBDatabase, table: string, make: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  return new Promise((done, fail) => {
    const request = make(db.transaction(table, 'readonly').objectStore(table));
    request.onsuccess = () => done(request.result as T);
    request.onerror = () => fail(request.error);
  });
}


async function timedIngest(input: DocumentInput, persist: boolean): Promise<IngestTiming> {
  const db = openCrosslightDb(BENCH_DB);
  const phases: Phase[] = [];
  const started = performance.now();
  // Dexie opens once however many ask: this only notes when the opening the ingest waits for ends.
  const opening = db.isOpen() ? undefined : db.open().then(() => phases.push({ name: 'open', start: 0, end: performance.now() - started }));
  const result = await ingestDocument(timedStore(new DexieClaimStore(db), started, phases), input, { persist });
  const ms = performance.now() - started;
  await opening;
  return { ms, claims: result.claims.length, matches: result.matches.length, conflicts: result.matches.filter((m) => m.relation === 'conflicts').length, phases: phaseLine(phases) };
}

const api = {
  /** Imports a store file through the product's import, as the manager does with a file the reader picked. */
  async importFile(url: string, name: string = BENCH_DB): Promise<ImportTiming> {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const file = await response.blob();
    const started = performance.now();
    let readEnd = 0;
    const result = await importStore(openCrosslightDb(name), file, {
      onProgress: (progress) => {
        if (progress.phase === 'writing' && readEnd === 0) readEnd = performance.now();
      },
    });
    const ms = performance.now() - started;
    if (!result.ok) return { ms, readMs: 0, claims: 0, problems: result.problems };
    return { ms, readMs: (readEnd || performance.now()) - started, claims: result.added.claims, problems: [] };
  },

  /** Exports the whole store as the manager does: streamed pieces collected into a file. */
  async exportFile(name: string = BENCH_DB): Promise<{ ms: number; claims: number; bytes: number }> {
    const db = openCrosslightDb(name);
    const claims = await db.claims.count();
    const started = performance.now();
    const { file } = await storeTransferOn(db).exportStore(() => undefined);
    return { ms: performance.now() - started, claims, bytes: file.size };
  },

  /**
   * The browser's own pace, the floor under any export: every record of the tables an export
   * writes, read in key order a page of EXPORT_CHUNK at a time through IndexedDB itself, and
   * nothing done with them.
   */
  async bareIndexedDbReads(name: string = BENCH_DB): Promise<{ ms: number; claims: number }> {
    const db = await openNative(name);
    const started = performance.now();
    let claims = 0;
    for (const table of EXPORTED_TABLES) {
      const keyPath = String(db.transaction(table).objectStore(table).keyPath);
      let after: IDBValidKey | null = null;
      for (;;) {
        const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
        const values: Record<string, IDBValidKey>[] = await ask(db, table, (s): IDBRequest => s.getAll(range, EXPORT_CHUNK));
        if (table === 'claims') claims += values.length;
        if (values.length < EXPORT_CHUNK) break;
        after = values[values.length - 1]![keyPath]!;
      }
    }
    const ms = performance.now() - started;
    db.close();
    return { ms, claims };
  },

  /**
   * What opening storage costs the browser before any of the store's own work: a new, empty
   * database of the same origin opened (and then deleted), in a browser just started on the
   * store's profile. No database of any size opens faster there.
   */
  async emptyDatabaseOpenMs(): Promise<number> {
    const started = performance.now();
    const db = await openNative(`${BENCH_DB}-empty`);
    const ms = performance.now() - started;
    db.close();
    await new Promise<void>((done, fail) => {
      const deletion = indexedDB.deleteDatabase(`${BENCH_DB}-empty`);
      deletion.onsuccess = () => done();
      deletion.onerror = () => fail(deletion.error);
    });
    return ms;
  },

  /**
   * The browser's own pace, the floor under any import: `count` records shaped as `templates` (real
   * claims, ids made unique) put in one transaction into a bare table with one index, through
   * IndexedDB itself (bench/store.ts runs it in a browser profile of its own).
   */
  async bareIndexedDbPuts(templates: ClaimRecord[], count: number): Promise<{ ms: number }> {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open(`${BENCH_DB}-bare`, 1);
      open.onupgradeneeded = () => open.result.createObjectStore('claims', { keyPath: 'id' }).createIndex('sourceId', 'sourceId');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    const started = performance.now();
    const tx = db.transaction('claims', 'readwrite');
    const table = tx.objectStore('claims');
    for (let i = 0; i < count; i++) {
      const template = templates[i % templates.length]!;
      table.put({ ...template, id: `${template.id}~${i}` });
    }
    await new Promise<void>((done, fail) => {
      tx.oncomplete = () => done();
      tx.onerror = () => fail(tx.error);
    });
    const ms = performance.now() - started;
    db.close();
    return { ms };
  },

  /** Analyses the texts ahead of the timed runs (see memo-analyze.ts); returns the time it took. */
  prime(inputs: DocumentInput[]): number {
    const started = performance.now();
    for (const input of inputs) analyzeText(input.text, { title: input.title, language: input.language });
    return performance.now() - started;
  },

  match: (input: DocumentInput) => timedIngest(input, false),
  add: (input: DocumentInput) => timedIngest(input, true),

  async counts() {
    return store().counts();
  },
};

export type StoreBenchApi = typeof api;

(globalThis as unknown as { crosslightBench: StoreBenchApi }).crosslightBench = api;
