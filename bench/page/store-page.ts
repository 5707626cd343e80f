/**
 * The store bench inside Chromium: the product's Dexie database, store and ingest pipeline, on
 * real IndexedDB. Node drives it through `window.crosslightBench`.
 */
import { openCrosslightDb } from '../../lib/store/db';
import { DexieClaimStore } from '../../lib/store/dexie-store';
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
