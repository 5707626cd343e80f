/**
 * A long reading session: distinct article pages read one after another in one Chromium profile,
 * as a reader does over weeks. The background's heap is measured after a garbage collection before
 * and after (through the devtools protocol on its service worker), and the store's size with it,
 * so that growth can be set against the data added: memory must not grow with the number of pages
 * read, only the store may, and in proportion to what was stored.
 *
 * `npm run bench` reports `session_heap_growth_mb` from 300 pages; the end-to-end tests run 40.
 */
import { attachToTarget, browserSession, serviceWorkerTargets } from '../scripts/harness/cdp-target';
import { createChromiumDriver, type ChromiumDriver } from '../scripts/harness/chromium-driver';
import { pollUntil } from '../scripts/harness/poll';
import { storedCounts } from '../scripts/harness/probes';
import { corpusArticleHtml, startSampleServer } from '../scripts/harness/sample-server';
import { seededRandom } from './random';
import { corpusTexts, pageTexts } from './texts';

/** Pages read before the first measurement: the language model and code are loaded by then. */
const WARM_UP_PAGES = 5;
const PAGE_TIMEOUT_MS = 60_000;

export interface SessionOptions {
  pages: number;
  seed?: number;
  /** Called after every page, for progress output. */
  onPage?: (done: number, total: number) => void;
}

export interface SessionReport {
  pages: number;
  /** Background heap after GC, after the session minus after the warm-up, MB. */
  heapGrowthMb: number;
  heapBeforeMb: number;
  heapAfterMb: number;
  /** Times the browser restarted the service worker during the measured pages (makes heap figures moot). */
  workerRestarts: number;
  /** Records in the store, as JSON, MB, after the warm-up and after the session. */
  storeBeforeMb: number;
  storeAfterMb: number;
  /** What the browser reports the extension's storage uses (navigator.storage.estimate, compaction makes it jumpy), MB. */
  diskBeforeMb: number;
  diskAfterMb: number;
  /** Store growth per page in the first and the second half of the session, KB: alike when growth follows the data. */
  storeKbPerPageFirstHalf: number;
  storeKbPerPageSecondHalf: number;
  /** Article text added in the session, MB (UTF-16 in the store). */
  textAddedMb: number;
  sources: number;
  claims: number;
  msPerPage: number;
  errors: string[];
}

/**
 * `count` distinct articles made from the corpus and the real pages' article texts: paragraphs
 * shuffled, figures changed, a headline of their own, so that every page is a new source with
 * claims of its own and the store grows as a reader's would.
 */
export function sessionArticles(count: number, seed = 20170707): { title: string; text: string }[] {
  const random = seededRandom(seed);
  const bases = [...corpusTexts().map((t) => t.text), ...pageTexts().pages.map((p) => p.text)]
    .map((text) => text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.split(' ').length >= 8))
    .filter((paragraphs) => paragraphs.length >= 3);
  return Array.from({ length: count }, (_, i) => {
    const base = bases[i % bases.length]!;
    const paragraphs = random.shuffle(base).slice(0, Math.max(3, Math.round(base.length * (0.7 + random.next() * 0.3))));
    const varied = paragraphs.map((p) => p.replace(/\d+/g, (digits) => String(Math.max(1, Number(digits) + random.int(-3, 9)))));
    return { title: `Report ${i + 1}: ${varied[0]!.split(' ').slice(0, 8).join(' ')}`, text: varied.join('\n\n') };
  });
}

const MB = 1024 * 1024;

async function backgroundHeapMb(driver: ChromiumDriver): Promise<{ mb: number; targetId: string }> {
  await driver.session.serviceWorker();
  const cdp = await browserSession(driver.session.context);
  try {
    const [target] = await serviceWorkerTargets(cdp, `chrome-extension://${driver.session.extensionId}`);
    if (!target) throw new Error('The background service worker is not running.');
    const worker = await attachToTarget(cdp, target.targetId);
    try {
      // Twice: the first collection can leave garbage that only a second one frees.
      await worker.send('HeapProfiler.collectGarbage');
      await worker.send('HeapProfiler.collectGarbage');
      const usage = await worker.send<{ usedSize: number }>('Runtime.getHeapUsage');
      return { mb: usage.usedSize / MB, targetId: target.targetId };
    } finally {
      await worker.detach();
    }
  } finally {
    await cdp.detach();
  }
}

declare const navigator: { storage: { estimate(): Promise<{ usage?: number }> } };

/** Bytes of every record of the store as JSON, read from an extension page (self-contained: runs in the page). */
async function storeBytes(name: string): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`cannot open ${name}`));
  });
  try {
    const tables = [...db.objectStoreNames];
    const transaction = db.transaction(tables, 'readonly');
    const sizes = await Promise.all(
      tables.map(
        (table) =>
          new Promise<number>((resolve, reject) => {
            const request = transaction.objectStore(table).getAll();
            request.onsuccess = () => resolve(JSON.stringify(request.result).length);
            request.onerror = () => reject(request.error ?? new Error(`cannot read ${table}`));
          }),
      ),
    );
    return sizes.reduce((sum, size) => sum + size, 0);
  } finally {
    db.close();
  }
}

export async function measureReadingSession(options: SessionOptions): Promise<SessionReport> {
  const articles = sessionArticles(WARM_UP_PAGES + options.pages, options.seed);
  const server = await startSampleServer(0, (path, origin) => {
    const index = /^\/session\/(\d+)\.html$/.exec(path)?.[1];
    const article = index === undefined ? undefined : articles[Number(index)];
    if (!article) return null;
    return { status: 200, body: corpusArticleHtml(`session-${index}`, `${article.title}\n\n${article.text}`, origin + path) };
  });
  const driver = await createChromiumDriver();
  try {
    const control = await driver.openExtensionPage('popup.html');
    const diskMb = async () => ((await control.evaluate(() => navigator.storage.estimate(), undefined)).usage ?? 0) / MB;
    const storeMb = async () => (await control.evaluate(storeBytes, 'crosslight')) / MB;
    const read = async (index: number) => {
      const tab = await driver.openTab(`${server.origin}/session/${index}.html`);
      await pollUntil(
        `page ${index} stored`,
        async () => ((await control.evaluate(storedCounts, 'crosslight'))?.sources ?? 0) >= index + 1,
        PAGE_TIMEOUT_MS,
      );
      await tab.close();
    };

    for (let i = 0; i < WARM_UP_PAGES; i++) await read(i);
    const before = await backgroundHeapMb(driver);
    const storeBefore = await storeMb();
    const diskBefore = await diskMb();
    const started = performance.now();
    let storeHalf = storeBefore;
    const half = Math.floor(options.pages / 2);
    let restarts = 0;
    let workerTarget = before.targetId;
    const cdp = await browserSession(driver.session.context);
    for (let n = 0; n < options.pages; n++) {
      await read(WARM_UP_PAGES + n);
      const [target] = await serviceWorkerTargets(cdp, `chrome-extension://${driver.session.extensionId}`);
      if (target && target.targetId !== workerTarget) {
        restarts++;
        workerTarget = target.targetId;
      }
      if (n + 1 === half) storeHalf = await storeMb();
      options.onPage?.(n + 1, options.pages);
    }
    await cdp.detach();
    const msPerPage = (performance.now() - started) / options.pages;
    const after = await backgroundHeapMb(driver);
    if (after.targetId !== workerTarget) restarts++;
    const storeAfter = await storeMb();
    const diskAfter = await diskMb();
    const counts = (await control.evaluate(storedCounts, 'crosslight')) ?? {};
    const textAdded = articles.slice(WARM_UP_PAGES).reduce((sum, a) => sum + a.text.length * 2, 0);
    return {
      pages: options.pages,
      heapGrowthMb: after.mb - before.mb,
      heapBeforeMb: before.mb,
      heapAfterMb: after.mb,
      workerRestarts: restarts,
      storeBeforeMb: storeBefore,
      storeAfterMb: storeAfter,
      diskBeforeMb: diskBefore,
      diskAfterMb: diskAfter,
      storeKbPerPageFirstHalf: ((storeHalf - storeBefore) * 1024) / Math.max(1, half),
      storeKbPerPageSecondHalf: ((storeAfter - storeHalf) * 1024) / Math.max(1, options.pages - half),
      textAddedMb: textAdded / MB,
      sources: counts.sources ?? 0,
      claims: counts.claims ?? 0,
      msPerPage,
      errors: driver.extensionErrors(),
    };
  } finally {
    await driver.close();
    await server.close();
  }
}
