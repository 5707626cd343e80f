/**
 * The store bench inside Chromium: the product's Dexie database, store and ingest pipeline, on
 * real IndexedDB. Node drives it through `window.crosslightBench`.
 */
import { openCrosslightDb } from '../../lib/store/db';
import { DexieClaimStore } from '../../lib/store/dexie-store';
import { ingestDocument, type DocumentInput } from '../../lib/store/ingest';
import { analyzeText } from './memo-analyze';

export const BENCH_DB = 'crosslight-bench';

export type TableName = 'sources' | 'claims' | 'entities' | 'mentions';

export interface Chunk {
  table: TableName;
  url: string;
}

export interface IngestTiming {
  ms: number;
  claims: number;
  matches: number;
  conflicts: number;
}

const store = () => new DexieClaimStore(openCrosslightDb(BENCH_DB));

async function timedIngest(input: DocumentInput, persist: boolean): Promise<IngestTiming> {
  const started = performance.now();
  const result = await ingestDocument(store(), input, { persist });
  const ms = performance.now() - started;
  return { ms, claims: result.claims.length, matches: result.matches.length, conflicts: result.matches.filter((m) => m.relation === 'conflicts').length };
}

const api = {
  /** Writes each chunk with one bulkPut (one transaction); returns the time spent writing, per table. */
  async fill(chunks: Chunk[], name: string = BENCH_DB): Promise<Record<TableName, { ms: number; records: number }>> {
    const db = openCrosslightDb(name);
    const totals = { sources: { ms: 0, records: 0 }, claims: { ms: 0, records: 0 }, entities: { ms: 0, records: 0 }, mentions: { ms: 0, records: 0 } };
    for (const chunk of chunks) {
      const response = await fetch(chunk.url);
      if (!response.ok) throw new Error(`${chunk.url}: HTTP ${response.status}`);
      const records = (await response.json()) as { id: string }[];
      const started = performance.now();
      await db.table(chunk.table).bulkPut(records);
      totals[chunk.table].ms += performance.now() - started;
      totals[chunk.table].records += records.length;
    }
    return totals;
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

  /** What an export does: every claim read and serialised. */
  async exportClaims(): Promise<{ ms: number; claims: number; bytes: number }> {
    const started = performance.now();
    const claims = await openCrosslightDb(BENCH_DB).claims.toArray();
    const json = JSON.stringify(claims);
    return { ms: performance.now() - started, claims: claims.length, bytes: json.length };
  },
};

export type StoreBenchApi = typeof api;

(globalThis as unknown as { crosslightBench: StoreBenchApi }).crosslightBench = api;
