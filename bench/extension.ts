/**
 * The built extension in Chromium with 100,000 claims in its own IndexedDB: how long a reader
 * waits for highlights after the page is ready, and for the popup to show a page's state.
 * The content script's size is read from the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Worker } from 'playwright-core';
import { browserSession, serviceWorkerTargets } from '../scripts/harness/cdp-target';
import { CHROME_BUILD_DIR, launchChromium, type ChromiumSession } from '../scripts/harness/chromium';
import { startRefusingProxy } from '../scripts/harness/refusing-proxy';
import type { GeneratedStore } from './generate-store';
import { bundle } from './bundle';
import type { StoreBenchApi } from './page/store-page';
import type { BenchServer } from './server';
import { p95 } from './stats';
import { measureManager, type ManagerFigures } from './manager';
import { serveStoreFile } from './store';
import type { BenchPage } from './texts';

const LOADS_PER_PAGE = 1;
/** Pages read again with the worker stopped first, as the browser stops it after 30 idle seconds. */
const COLD_PAGES = 6;
const POPUP_OPENINGS = 2;
const POPUP_PAGES = 5;
const READY_TIMEOUT_MS = 30_000;
/** Long enough for the stopped worker to be gone before the next page wakes it. */
const WORKER_STOPPED_MS = 1_000;
const EXTENSION_DB = 'crosslight';

declare const chrome: {
  tabs: {
    create(options: { url: string }): Promise<{ id?: number }>;
    query(options: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

export interface ExtensionParts {
  /** Pages read (ready_ms) and popups opened (popup_ms). */
  reading: boolean;
  /** The manager's claims list and search, with these queries. */
  manager: string[] | null;
}

export interface ExtensionFigures {
  /** Absent when the manager was not measured. */
  manager?: ManagerFigures;
  readyP95: number;
  readySamples: number;
  /** The same, with the service worker stopped before each page. */
  readyColdP95: number;
  readyColdSamples: number[];
  /** Pages on which no highlight appeared in time. */
  unpainted: string[];
  popupP95: number;
  /** Navigation start to the popup's HTML parsed, before any of its scripts run: the browser's share. */
  popupParsedP95: number;
  popupSamples: number;
  storedClaims: number;
}

/** Kilobytes of `files` (paths in `dir`) gzipped at the highest level, as a store would serve them. */
function gzippedKb(dir: string, files: string[]): number {
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0) / 1024;
}

export function contentScriptKbGz(): { kb: number; files: string[] } {
  const dir = join(CHROME_BUILD_DIR, 'content-scripts');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  if (files.length === 0) throw new Error(`No content script in ${dir}.`);
  return { kb: gzippedKb(dir, files), files };
}

/**
 * The scripts an extension page loads before it runs (its module script and the chunks it
 * preloads), gzipped: what the page parses on every opening, before the first lazily loaded chunk.
 */
export function pageScriptsKbGz(page: string): { kb: number; files: string[] } {
  const html = readFileSync(join(CHROME_BUILD_DIR, page), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  if (files.length === 0) throw new Error(`No script in ${page}.`);
  return { kb: gzippedKb(CHROME_BUILD_DIR, files), files };
}

/** Runs in every page before its own scripts: notes when the first highlight is registered and filled. */
function watchPaint(): void {
  const w = window as unknown as { __crosslightPaintedAt?: number };
  const timer = setInterval(() => {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    let ranges = 0;
    for (const highlight of CSS.highlights.values()) ranges += highlight.size;
    if (ranges > 0) {
      w.__crosslightPaintedAt = performance.now();
      clearInterval(timer);
    }
  }, 2);
}

/**
 * Chromium runs document_idle content scripts at whichever comes first: the load event's end, or
 * 200 ms after DOMContentLoaded (kScriptIdleTimeoutInMs in Chromium's extension renderer).
 */
const IDLE_AFTER_DOM_MS = 200;

/** Milliseconds from document_idle (as Chromium times it, above) to painted highlights. */
async function readyMs(page: Page): Promise<number | null> {
  try {
    const handle = await page.waitForFunction(
      (idleAfterDom) => {
        const painted = (window as unknown as { __crosslightPaintedAt?: number }).__crosslightPaintedAt;
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        if (painted === undefined || !nav || nav.domContentLoadedEventEnd <= 0) return false;
        const afterDom = nav.domContentLoadedEventEnd + idleAfterDom;
        const idle = nav.loadEventEnd > 0 ? Math.min(nav.loadEventEnd, afterDom) : afterDom;
        return painted - idle;
      },
      IDLE_AFTER_DOM_MS,
      { timeout: READY_TIMEOUT_MS, polling: 50 },
    );
    return (await handle.jsonValue()) as number;
  } catch {
    return null;
  }
}

export async function measureExtension(server: BenchServer, store: GeneratedStore, pages: BenchPage[], parts: ExtensionParts, log: (m: string) => void): Promise<ExtensionFigures> {
  const proxy = await startRefusingProxy();
  const session = await launchChromium({ headless: true, proxyPort: proxy.port });
  try {
    const { context, extensionId } = session;
    const origin = `chrome-extension://${extensionId}`;
    log(`seeding the extension's IndexedDB with ${store.claims.length} claims…`);
    const seeder = await context.newPage();
    await seeder.goto(`${origin}/manager.html`);
    // Evaluated over the DevTools protocol, so the extension page's script policy does not apply.
    await seeder.evaluate(await bundle('page/store-page.ts', { memoiseIngestAnalysis: true }));
    const seeded = await seeder.evaluate(
      ([file, name]) => (window as unknown as { crosslightBench: StoreBenchApi }).crosslightBench.importFile(file, name),
      [serveStoreFile(server, store), EXTENSION_DB] as const,
    );
    if (seeded.problems.length) throw new Error(`The generated store file was refused: ${seeded.problems.slice(0, 3).join('; ')}`);
    const counts = await seeder.evaluate(async (name) => {
      const request = indexedDB.open(name);
      const db = await new Promise<IDBDatabase>((done, fail) => {
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      const count = await new Promise<number>((done, fail) => {
        const r = db.transaction('claims').objectStore('claims').count();
        r.onsuccess = () => done(r.result);
        r.onerror = () => fail(r.error);
      });
      db.close();
      return count;
    }, EXTENSION_DB);
    await seeder.close();

    const manager = parts.manager ? await measureManager(context, origin, parts.manager, log) : undefined;
    if (!parts.reading) return { manager, readyP95: NaN, readySamples: 0, readyColdP95: NaN, readyColdSamples: [], unpainted: [], popupP95: NaN, popupParsedP95: NaN, popupSamples: 0, storedClaims: counts };

    await context.addInitScript(watchPaint);
    const ready: number[] = [];
    const unpainted = new Set<string>();
    const tabs: { id: number; page: string }[] = [];
    for (const p of pages) {
      server.set(`/pages/${p.page}/`, { type: 'text/html; charset=utf-8', body: p.html });
      log(`reading ${p.page} with the extension…`);
      for (let i = 0; i < LOADS_PER_PAGE; i++) {
        const url = `${server.origin}/pages/${p.page}/?load=${i}`;
        const worker = await session.serviceWorker();
        const tab = await worker.evaluate((target) => chrome.tabs.create({ url: target }), url);
        const page = await waitForPage(context.pages.bind(context), url);
        const ms = await readyMs(page);
        if (ms === null) unpainted.add(p.page);
        else ready.push(ms);
        if (tab.id !== undefined && tabs.length < POPUP_PAGES && i === 0 && ms !== null) tabs.push({ id: tab.id, page: p.page });
        else await page.close();
      }
    }

    // A reader opens the popup on a page read a while ago: its write to the store has ended. A
    // popup opened during the write shows "Saving" and asks again, which would time the write.
    log('waiting for the read pages to be saved…');
    for (const tab of tabs) await savedPage(await session.serviceWorker(), tab.id);

    log('opening the popup for read pages…');
    const popup: number[] = [];
    const popupParsed: number[] = [];
    for (const tab of tabs) {
      for (let i = 0; i < POPUP_OPENINGS; i++) {
        const page = await context.newPage();
        await page.goto(`${origin}/popup.html?tab=${tab.id}`);
        // Done when the page's state and what the other sources say are both shown: the popup is
        // busy until then (the status alone shows up before the summary).
        const handle = await page.waitForFunction(
          () => {
            const status = document.querySelector('[data-testid="popup-status"]');
            const busy = document.querySelector('main.cl-popup')?.getAttribute('aria-busy') !== 'false';
            const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
            return status && !busy ? { shown: performance.now(), parsed: nav?.domInteractive ?? NaN } : false;
          },
          undefined,
          { timeout: READY_TIMEOUT_MS, polling: 'raf' },
        );
        const { shown, parsed } = (await handle.jsonValue()) as { shown: number; parsed: number };
        popup.push(shown);
        popupParsed.push(parsed);
        await page.close();
      }
    }

    // Last, so that no write of the pages above is under way when the worker is stopped.
    log('reading pages with the service worker stopped before each…');
    const cold: number[] = [];
    const cdp = await browserSession(context);
    for (const p of pages.slice(0, COLD_PAGES)) {
      for (const target of await serviceWorkerTargets(cdp, origin)) await cdp.send('Target.closeTarget', { targetId: target.targetId });
      await new Promise((r) => setTimeout(r, WORKER_STOPPED_MS));
      const url = `${server.origin}/pages/${p.page}/?cold`;
      const page = await context.newPage();
      await page.goto(url);
      const ms = await readyMs(page);
      if (ms !== null) cold.push(ms);
      log(`  ${p.page}, worker stopped: ${ms === null ? 'no highlights' : `${ms.toFixed(0)} ms`}`);
      await savedPage(await session.serviceWorker(), await tabIdOf(session, url));
      await page.close();
    }
    await cdp.detach();

    if (ready.length === 0) throw new Error('No page got highlights from the extension.');
    if (popup.length === 0) throw new Error('No popup rendered a page state.');
    return { manager, readyP95: p95(ready), readySamples: ready.length, readyColdP95: p95(cold), readyColdSamples: cold, unpainted: [...unpainted], popupP95: p95(popup), popupParsedP95: p95(popupParsed), popupSamples: popup.length, storedClaims: counts };
  } finally {
    await session.close();
    await proxy.close();
  }
}

/** Waits until the content script of `tabId` no longer reports its page as being saved. */
async function savedPage(worker: Worker, tabId: number): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const answer = (await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'page.state' }), tabId)) as { ok?: boolean; data?: { status?: string; saving?: boolean } } | undefined;
    if (answer?.ok && answer.data?.status !== 'loading' && answer.data?.saving !== true) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The page in tab ${tabId} was still being saved after ${READY_TIMEOUT_MS} ms.`);
}

/** The tab whose content script reads `url` (tabs' addresses are not shown without the tabs permission). */
async function tabIdOf(session: ChromiumSession, url: string): Promise<number> {
  const worker = await session.serviceWorker();
  const id = await worker.evaluate(async (target) => {
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      const answer = (await chrome.tabs.sendMessage(tab.id, { type: 'page.state' }).catch(() => undefined)) as { data?: { url?: string } } | undefined;
      if (answer?.data?.url === target) return tab.id;
    }
    return undefined;
  }, url);
  if (id === undefined) throw new Error(`No tab shows ${url}.`);
  return id;
}

async function waitForPage(pages: () => Page[], url: string): Promise<Page> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const page = pages().find((p) => p.url() === url);
    if (page) return page;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`No tab opened for ${url}.`);
}
