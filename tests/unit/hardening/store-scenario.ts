/**
 * A background router on a fresh fake IndexedDB, fed with the corpus articles as the content
 * script would send them, and a snapshot of everything stored to compare two runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { conflictBadge } from '../../../lib/background/badge';
import { createRouter, type Router } from '../../../lib/background/router';
import type { PageAnalysisView, PageInput, PageSavedView, RequestType, Response, ResponseMap } from '../../../lib/messages';
import { openCrosslightDb, withoutDerived, type CrosslightDb } from '../../../lib/store/db';
import { DexieClaimStore } from '../../../lib/store/dexie-store';

const CORPUS = join(import.meta.dirname, '../../fixtures/corpus');

/** Corpus text `name` as the page the sample server would serve it as, on a site of its own. */
export function corpusPage(name: string): PageInput {
  const url = `https://source-${name}.example/news/${name}`;
  return {
    url,
    canonicalUrl: url,
    title: `Report ${name}`,
    site: `Source ${name}`,
    byline: '',
    published: '',
    language: 'en',
    text: readFileSync(join(CORPUS, `${name}.txt`), 'utf8'),
  };
}

export const CORPUS_NAMES = ['000', '001', '002'];

export interface Background {
  db: CrosslightDb;
  route: Router;
  errors: unknown[];
  /** Reads a page as its content script does: the analysis, then, while it is saving, how the write ended. */
  analyze(page: PageInput, tabId: number): Promise<PageAnalysisView & { saved: PageSavedView | null }>;
}

export function startBackground(indexedDB = new IDBFactory(), makeStore = (db: CrosslightDb) => new DexieClaimStore(db)): Background {
  const db = openCrosslightDb('crosslight', { indexedDB, IDBKeyRange });
  const errors: unknown[] = [];
  const route = createRouter({
    store: makeStore(db),
    extensionId: browser.runtime.id,
    setBadge: conflictBadge(fakeBrowser.action),
    onError: (error) => errors.push(error),
  });
  return {
    db,
    route,
    errors,
    analyze: async (page, tabId) => {
      const sender = { id: browser.runtime.id, url: page.url, tab: { id: tabId } };
      const view = expectAnswer<'page.analyze'>(await route({ type: 'page.analyze', page, addRequested: false }, sender));
      const saved = view.saving ? expectAnswer<'page.saved'>(await route({ type: 'page.saved', sourceId: view.sourceId }, sender)) : null;
      return { ...view, saved };
    },
  };
}

export function expectAnswer<T extends RequestType>(answer: Response<RequestType>): ResponseMap[T] {
  if (!answer.ok) throw new Error(`expected an answer, got the error: ${answer.error}`);
  return answer.data as ResponseMap[T];
}

/** Every stored record, sorted, without the fields the database derives: equal stores give equal snapshots. */
export async function snapshot(db: CrosslightDb): Promise<Record<string, unknown[]>> {
  const tables = ['sources', 'claims', 'entities', 'mentions', 'matches'] as const;
  const entries = await Promise.all(
    tables.map(async (table) => {
      const records = (await db.table(table).toArray()) as { id: string; addedAt?: number; aliases?: string[]; keys?: string[] }[];
      return [
        table,
        records
          .map((record) => {
            const own = withoutDerived(record) as typeof record;
            // Arrival time and the order of names and keys depend on which page came first, not on what is stored.
            const { addedAt: _addedAt, ...rest } = own;
            return { ...rest, ...(own.aliases ? { aliases: [...own.aliases].sort() } : {}), ...(own.keys ? { keys: [...own.keys].sort() } : {}) };
          })
          .sort((x, y) => (x.id < y.id ? -1 : 1)),
      ] as const;
    }),
  );
  return Object.fromEntries(entries);
}
