/**
 * Store timings in real IndexedDB: a generated 100,000-claim store is written into Chromium's
 * IndexedDB through the product's Dexie schema, then a real article is matched against it with
 * the product's ingest pipeline, warm and after a browser restart (a freshly opened database).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { GeneratedStore } from './generate-store';
import type { DocumentInput } from '../lib/store/ingest';
import { blockRemote, cdp, CHROMIUM_ARGS, heapAfterGc } from './browser';
import { bundle } from './bundle';
import type { Chunk, IngestTiming, StoreBenchApi, TableName } from './page/store-page';
import type { BenchServer } from './server';
import { median } from './stats';
import type { BenchText } from './texts';

const CHUNK: Record<TableName, number> = { sources: 500, claims: 5000, entities: 5000, mentions: 10000 };
const WARM_RUNS = 5;
const COLD_RUNS = 3;

export interface StoreFigures {
  claims: number;
  importClaimsPerS: number;
  exportClaimsPerS: number;
  exportMb: number;
  matchWarmMs: number;
  warmSamples: number;
  matchColdMs: number;
  coldSamples: number[];
  addMs: number;
  addSamples: number;
  heapHeldMb: number;
  heapTotalMb: number;
  matched: IngestTiming;
  matchedName: string;
}

export function documentInput(text: BenchText): DocumentInput {
  return { url: `https://sources.example/${text.name}`, title: text.title || text.name, site: text.name.split('/')[0]!, byline: '', published: '', language: text.language || undefined, text: text.text };
}

type Call = <K extends keyof StoreBenchApi>(name: K, ...args: Parameters<StoreBenchApi[K]>) => Promise<Awaited<ReturnType<StoreBenchApi[K]>>>;

function caller(page: Page): Call {
  return (name, ...args) =>
    page.evaluate(
      ([n, a]) => (window as unknown as { crosslightBench: Record<string, (...x: unknown[]) => unknown> }).crosslightBench[n as string]!(...(a as unknown[])),
      [name, args] as const,
    ) as never;
}

async function openProfile(profile: string, url: string): Promise<{ context: BrowserContext; page: Page; call: Call }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  await blockRemote(context);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(() => 'crosslightBench' in window, undefined, { timeout: 30_000 }).catch(() => {
    throw new Error(`The store bench page did not start: ${errors.join('; ') || 'no error reported'}`);
  });
  return { context, page, call: caller(page) };
}

export function serveStore(server: BenchServer, store: GeneratedStore): Chunk[] {
  const chunks: Chunk[] = [];
  for (const table of ['entities', 'sources', 'claims', 'mentions'] as TableName[]) {
    const records = store[table];
    for (let i = 0; i * CHUNK[table] < records.length; i++) {
      const path = `/data/${table}/${i}.json`;
      server.set(path, { type: 'application/json', body: () => JSON.stringify(records.slice(i * CHUNK[table], (i + 1) * CHUNK[table])) });
      chunks.push({ table, url: server.origin + path });
    }
  }
  return chunks;
}

export async function measureStore(server: BenchServer, store: GeneratedStore, texts: BenchText[], matchedText: BenchText, log: (m: string) => void): Promise<StoreFigures> {
  server.set('/store-page.js', { type: 'text/javascript', body: await bundle('page/store-page.ts', { memoiseIngestAnalysis: true }) });
  server.set('/store.html', { type: 'text/html', body: '<!doctype html><meta charset="utf-8"><title>store bench</title><script src="/store-page.js"></script>' });
  const url = `${server.origin}/store.html`;
  const chunks = serveStore(server, store);
  const profile = await mkdtemp(join(tmpdir(), 'crosslight-bench-'));
  const matched = documentInput(matchedText);
  const others = texts.filter((t) => t !== matchedText).map(documentInput);
  const addSamples: number[] = [];
  try {
    log(`writing ${store.claims.length} claims, ${store.mentions.length} mentions, ${store.sources.length} sources into IndexedDB…`);
    let session = await openProfile(profile, url);
    const written = await session.call('fill', chunks);
    // The other articles of the corpus are read first, as a reader would have: the new one then
    // meets its own story in the store, not only generated claims.
    const corpusOthers = others.filter((o) => o.site === 'corpus');
    await session.call('prime', corpusOthers);
    for (const input of corpusOthers) addSamples.push((await session.call('add', input)).ms);
    const counts = await session.call('counts');
    await session.context.close();

    log(`matching ${matchedText.name} against ${counts.claims} claims (cold: browser restarted each time)…`);
    const coldSamples: number[] = [];
    const warmSamples: number[] = [];
    let heapHeld = 0;
    let heapTotal = 0;
    let last: IngestTiming | undefined;
    for (let run = 0; run < COLD_RUNS; run++) {
      session = await openProfile(profile, url);
      await session.call('prime', [matched]);
      const heap = await cdp(session.page);
      const before = await heapAfterGc(heap);
      last = await session.call('match', matched);
      coldSamples.push(last.ms);
      if (run === 0) {
        for (let i = 0; i < WARM_RUNS; i++) warmSamples.push((await session.call('match', matched)).ms);
        const after = await heapAfterGc(heap);
        heapHeld = after - before;
        heapTotal = after;
      }
      await session.context.close();
    }

    log('adding the real articles to the 100,000-claim store, then exporting…');
    session = await openProfile(profile, url);
    const rest = [...others.filter((o) => o.site !== 'corpus'), matched];
    await session.call('prime', rest);
    for (const input of rest) addSamples.push((await session.call('add', input)).ms);
    const exported = await session.call('exportClaims');
    await session.context.close();

    return {
      claims: counts.claims,
      importClaimsPerS: (written.claims.records / written.claims.ms) * 1000,
      exportClaimsPerS: (exported.claims / exported.ms) * 1000,
      exportMb: exported.bytes / 1e6,
      matchWarmMs: median(warmSamples),
      warmSamples: warmSamples.length,
      matchColdMs: median(coldSamples),
      coldSamples,
      addMs: median(addSamples),
      addSamples: addSamples.length,
      heapHeldMb: heapHeld / 2 ** 20,
      heapTotalMb: heapTotal / 2 ** 20,
      matched: last!,
      matchedName: matchedText.name,
    };
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
