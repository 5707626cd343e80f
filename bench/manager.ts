/**
 * The store manager at 100,000 claims, in the built extension: how long the claims list takes to
 * open (page loaded, first rows painted), and how long a search takes from its first request to
 * the database to its first results painted (the list waits for the reader to pause typing first;
 * that pause is the component's choice, not the search's cost, so it is left out).
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { GeneratedStore } from './generate-store';
import { indexWords } from '../lib/store/text-index';

const LIST_OPENINGS = 3;
const SEARCH_ROUNDS = 2;
const TIMEOUT_MS = 30_000;

export interface ManagerFigures {
  listMs: number[];
  /** The same openings to the manager's document parsed. */
  listParsedMs: number[];
  searchMs: number[];
  queries: string[];
}

/**
 * Queries a reader might type, taken from the store's own words by how many claims hold them:
 * the most common word, words of middling and rare frequency, two words together, and a word
 * still being typed (a prefix).
 */
export function searchQueries(store: GeneratedStore): string[] {
  const counts = new Map<string, number>();
  for (const claim of store.claims) for (const word of indexWords(claim.text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const ranked = [...counts].filter(([w]) => /^[a-z]{4,}$/.test(w)).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([w]) => w);
  const at = (rank: number) => ranked[Math.min(rank, ranked.length - 1)]!;
  return [at(0), at(20), at(300), at(3000), `${at(0)} ${at(20)} `, `${at(5)} ${at(300)}`, at(40).slice(0, 3), `${at(100)} ${at(10).slice(0, 4)}`];
}

/**
 * Milliseconds from navigation start to the first claim row painted, and to the page's document
 * parsed (domInteractive), before any of its scripts runs: the browser's own share.
 */
async function openList(context: BrowserContext, origin: string): Promise<{ shown: number; parsed: number }> {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/manager.html#claims`);
    const handle = await page.waitForFunction(
      () => {
        if (!document.querySelector('[data-testid="manager-claim-row"][data-claim-id]')) return false;
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        return { shown: performance.now(), parsed: nav?.domInteractive ?? NaN };
      },
      undefined,
      { timeout: TIMEOUT_MS, polling: 'raf' },
    );
    return (await handle.jsonValue()) as { shown: number; parsed: number };
  } finally {
    await page.close();
  }
}

/**
 * Notes in the page when a claim search starts: the first transaction on the extension's
 * IndexedDB after the reader typed (the manager searches the shared database itself). Plain
 * JavaScript in a string: it runs in the page as written, with no helper of the bench's compiler.
 */
const WATCH_SEARCHES = `(() => {
  const searches = [];
  window.__searches = searches;
  let typed = false;
  document.addEventListener('input', () => { typed = true; }, true);
  const started = () => {
    if (!typed) return;
    typed = false;
    searches.push({ at: performance.now() });
  };
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...args) {
    started();
    return transaction.apply(this, args);
  };
})();`;

/**
 * Milliseconds from the search's start to its first row (or its "no match") painted. The list
 * empties as a new query starts, before its first request, so whatever it shows after that
 * request is the new query's answer.
 */
async function search(page: Page, query: string): Promise<number> {
  const before = await page.evaluate(() => (window as unknown as { __searches: unknown[] }).__searches.length);
  await page.fill('[data-testid="manager-search"]', query);
  const handle = await page.waitForFunction(
    (count) => {
      const searches = (window as unknown as { __searches: { at: number }[] }).__searches;
      const last = searches[searches.length - 1];
      if (searches.length <= count || !last) return false;
      const shown = document.querySelector('.cl-split__list [data-testid="manager-claim-row"][data-claim-id], .cl-split__list .cl-empty');
      return shown ? performance.now() - last.at : false;
    },
    before,
    { timeout: TIMEOUT_MS, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

export async function measureManager(context: BrowserContext, origin: string, queries: string[], log: (m: string) => void): Promise<ManagerFigures> {
  log('opening the manager\'s claims list…');
  const listMs: number[] = [];
  const listParsedMs: number[] = [];
  for (let i = 0; i < LIST_OPENINGS; i++) {
    const { shown, parsed } = await openList(context, origin);
    listMs.push(shown);
    listParsedMs.push(parsed);
  }

  log(`searching the claims (${queries.length} queries)…`);
  const page = await context.newPage();
  const searchMs: number[] = [];
  try {
    await page.addInitScript({ content: WATCH_SEARCHES });
    await page.goto(`${origin}/manager.html#claims`);
    await page.waitForSelector('[data-testid="manager-claim-row"][data-claim-id]', { timeout: TIMEOUT_MS });
    for (let round = 0; round < SEARCH_ROUNDS; round++) {
      for (const query of queries) {
        const ms = await search(page, query);
        searchMs.push(ms);
        log(`  ${JSON.stringify(query)}: ${ms.toFixed(1)} ms`);
        // Back to the whole list, so the next query starts from what a reader sees first.
        await search(page, '');
      }
    }
  } finally {
    await page.close();
  }
  return { listMs, listParsedMs, searchMs, queries };
}
