/**
 * Store timings in real IndexedDB: a generated 100,000-claim store is imported into Chromium's
 * IndexedDB as a store file, through the product's own import (timed, with its peak heap), then a
 * real article is matched against it with the product's ingest pipeline, warm and after a
 * browser restart (a freshly opened database), and the store is exported as the manager does.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { GeneratedStore } from './generate-store';
import type { DocumentInput } from '../lib/store/ingest';
import { CHROMIUM_ARGS } from '../scripts/harness/chromium';
import { blockRemote, cdp, heapAfterGc } from './browser';
import { bundle } from './bundle';
import type { ImportTiming, IngestTiming, StoreBenchApi } from './page/store-page';
import { storeFileText } from './store-file';
import type { BenchServer } from './server';
import { median } from './stats';
import type { BenchText } from './texts';

/** How often the page's heap is sampled while a file is imported. */
const HEAP_POLL_MS = 50;
const WARM_RUNS = 5;
/** Real claims the bare IndexedDB writes are copies of. */
const BARE_TEMPLATES = 500;
const COLD_RUNS = 3;

export interface StoreFigures {
  claims: number;
  importClaimsPerS: number;
  importReadMs: number;
  importMs: number;
  importPeakHeapMb: number;
  /** Records per second IndexedDB itself puts in one transaction (see `bareIndexedDbPuts`). */
  bareIdbPutsPerS: number;
  exportClaimsPerS: number;
  exportMb: number;
  /** The export's tables read through IndexedDB itself, nothing done with the records: claims a second (see `bareIndexedDbReads`). */
  bareIdbReadsClaimsPerS: number;
  /** A new, empty database opened right after a browser start on the store's profile (see `emptyDatabaseOpenMs`). */
  emptyOpenMs: number;
  emptyOpenSamples: number[];
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

const fileTexts = new WeakMap<GeneratedStore, Buffer>();

/** Serves the generated store as one store file; returns its URL. */
export function serveStoreFile(server: BenchServer, store: GeneratedStore): string {
  let body = fileTexts.get(store);
  if (!body) {
    body = Buffer.from(storeFileText(store));
    fileTexts.set(store, body);
  }
  server.set('/data/store.json', { type: 'application/json', body });
  return `${server.origin}/data/store.json`;
}

/**
 * IndexedDB's own pace, in a browser profile of its own: written beside the store, its records
 * and their deletion would change the files the store's timings read.
 */
async function bareIndexedDbPuts(url: string, store: GeneratedStore): Promise<{ ms: number }> {
  const profile = await mkdtemp(join(tmpdir(), 'crosslight-bench-bare-'));
  try {
    const session = await openProfile(profile, url);
    const timing = await session.call('bareIndexedDbPuts', store.claims.slice(0, BARE_TEMPLATES), store.claims.length);
    await session.context.close();
    return timing;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** Imports the store file in `page`, sampling the page's JS heap meanwhile; the highest sample in MB. */
export async function importWithHeap(page: Page, run: () => Promise<ImportTiming>): Promise<ImportTiming & { peakHeapMb: number }> {
  const heap = await cdp(page);
  await heapAfterGc(heap);
  let peak = 0;
  let done = false;
  const sampling = (async () => {
    while (!done) {
      const usage = (await heap.send('Runtime.getHeapUsage')) as { usedSize: number };
      peak = Math.max(peak, usage.usedSize);
      await new Promise((r) => setTimeout(r, HEAP_POLL_MS));
    }
  })();
  try {
    const timing = await run();
    if (timing.problems.length) throw new Error(`The generated store file was refused: ${timing.problems.slice(0, 3).join('; ')}`);
    return { ...timing, peakHeapMb: peak / 2 ** 20 };
  } finally {
    done = true;
    await sampling;
    await heap.detach();
  }
}

export async function measureStore(server: BenchServer, store: GeneratedStore, texts: BenchText[], matchedText: BenchText, log: (m: string) => void): Promise<StoreFigures> {
  server.set('/store-page.js', { type: 'text/javascript', body: await bundle('page/store-page.ts', { memoiseIngestAnalysis: true }) });
  server.set('/store.html', { type: 'text/html', body: '<!doctype html><meta charset="utf-8"><title>store bench</title><script src="/store-page.js"></script>' });
  const url = `${server.origin}/store.html`;
  const file = serveStoreFile(server, store);
  const profile = await mkdtemp(join(tmpdir(), 'crosslight-bench-'));
  const matched = documentInput(matchedText);
  const others = texts.filter((t) => t !== matchedText).map(documentInput);
  const addSamples: number[] = [];
  try {
    log(`importing a store file of ${store.claims.length} claims, ${store.mentions.length} mentions, ${store.sources.length} sources into IndexedDB…`);
    let session = await openProfile(profile, url);
    const imported = await importWithHeap(session.page, () => session.call('importFile', file));
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
    const emptyOpenSamples: number[] = [];
    for (let run = 0; run < COLD_RUNS; run++) {
      // The browser's share of a cold match, in a restart of its own: opening any database opens the storage first.
      session = await openProfile(profile, url);
      emptyOpenSamples.push(await session.call('emptyDatabaseOpenMs'));
      await session.context.close();
      session = await openProfile(profile, url);
      await session.call('prime', [matched]);
      const heap = await cdp(session.page);
      const before = await heapAfterGc(heap);
      last = await session.call('match', matched);
      coldSamples.push(last.ms);
      log(`  cold ${run + 1}: ${last.ms.toFixed(1)} ms: ${last.phases}`);
      if (run === 0) {
        for (let i = 0; i < WARM_RUNS; i++) {
          const warm = await session.call('match', matched);
          warmSamples.push(warm.ms);
          log(`  warm ${i + 1}: ${warm.ms.toFixed(1)} ms: ${warm.phases}`);
        }
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
    for (const input of rest) {
      const added = await session.call('add', input);
      addSamples.push(added.ms);
      log(`  add ${input.url}: ${added.ms.toFixed(1)} ms: ${added.phases}`);
    }
    const exported = await session.call('exportFile');
    const bareReads = await session.call('bareIndexedDbReads');
    await session.context.close();
    const bare = await bareIndexedDbPuts(url, store);

    return {
      claims: counts.claims,
      importClaimsPerS: (imported.claims / imported.ms) * 1000,
      importReadMs: imported.readMs,
      importMs: imported.ms,
      importPeakHeapMb: imported.peakHeapMb,
      bareIdbPutsPerS: (store.claims.length / bare.ms) * 1000,
      exportClaimsPerS: (exported.claims / exported.ms) * 1000,
      exportMb: exported.bytes / 1e6,
      bareIdbReadsClaimsPerS: (bareReads.claims / bareReads.ms) * 1000,
      emptyOpenMs: median(emptyOpenSamples),
      emptyOpenSamples,
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
