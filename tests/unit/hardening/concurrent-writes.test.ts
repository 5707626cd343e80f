/**
 * Several contexts writing at once. The background answers tabs concurrently: articles read in
 * three tabs at the same moment must leave the store exactly as reading them one after the other
 * does, with every source, every shared entity's names and every cross-source match.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DocumentWrite } from '../../../lib/store/claim-store';
import { openCrosslightDb } from '../../../lib/store/db';
import { DexieClaimStore } from '../../../lib/store/dexie-store';
import { exportStore } from '../../../lib/store/export';
import { importStore } from '../../../lib/store/import';
import { CORPUS_NAMES, corpusPage, snapshot, startBackground } from './store-scenario';

beforeEach(() => fakeBrowser.reset());

describe('concurrent writers', () => {
  it('three tabs read at once store what three tabs read in turn store, matches between them included', async () => {
    const pages = CORPUS_NAMES.map(corpusPage);
    const inTurn = startBackground();
    for (const [i, page] of pages.entries()) await inTurn.analyze(page, i + 1);
    const atOnce = startBackground();
    await Promise.all(pages.map((page, i) => atOnce.analyze(page, i + 1)));

    const expected = await snapshot(inTurn.db);
    expect(expected.matches!.length).toBeGreaterThan(0);
    expect(await snapshot(atOnce.db)).toEqual(expected);
    expect(atOnce.errors).toEqual([]);
  }, 60_000);

  it('the same page read in two tabs at once is stored once, whole', async () => {
    const page = corpusPage('000');
    const background = startBackground();
    const [first, second] = await Promise.all([background.analyze(page, 1), background.analyze(page, 2)]);
    expect(first.sourceId).toBe(second.sourceId);
    const stored = await snapshot(background.db);
    expect(stored.sources).toHaveLength(1);
    expect(stored.claims).toHaveLength(first.counts.claims);
  }, 60_000);
});

function signal(): { fire: () => void; fired: Promise<void> } {
  let fire = () => undefined as void;
  const fired = new Promise<void>((resolve) => (fire = resolve));
  return { fire, fired };
}

/** The store file of a store holding the given corpus articles. */
async function storeFileOf(names: string[]): Promise<string> {
  const background = startBackground();
  for (const [i, name] of names.entries()) await background.analyze(corpusPage(name), i + 1);
  let text = '';
  for await (const piece of exportStore(background.db)) text += piece.text;
  return text;
}

describe('an import in the manager while the background reads a page', () => {
  it('leaves the store as one of the two orders would, never a mix of both', async () => {
    const file = await storeFileOf(['000']);
    const page = corpusPage('001');

    const importFirst = startBackground();
    expect(await importStore(importFirst.db, file)).toMatchObject({ ok: true });
    await importFirst.analyze(page, 1);
    const readFirst = startBackground();
    await readFirst.analyze(page, 1);
    expect(await importStore(readFirst.db, file)).toMatchObject({ ok: true });

    // Two contexts, the manager page and the background, each open the one database. The import
    // starts once the page's ingest has read the store's entities, and the ingest commits once the
    // import is done, or after half a second if the import is waiting for it: without a shared
    // lock, the import lands between the page's reads and its commit.
    const indexedDB = new IDBFactory();
    const manager = openCrosslightDb('crosslight', { indexedDB, IDBKeyRange });
    const readDone = signal();
    const importDone = signal();
    class InterleavingStore extends DexieClaimStore {
      override async findEntitiesByKeys(keys: string[]) {
        const found = await super.findEntitiesByKeys(keys);
        readDone.fire();
        return found;
      }
      override async commitDocument(write: DocumentWrite): Promise<void> {
        await Promise.race([importDone.fired, new Promise((wake) => setTimeout(wake, 500))]);
        return super.commitDocument(write);
      }
    }
    const background = startBackground(indexedDB, (db) => new InterleavingStore(db));
    const reading = background.analyze(page, 1);
    await readDone.fired;
    const imported = await importStore(manager, file);
    importDone.fire();
    await reading;
    expect(imported).toMatchObject({ ok: true });

    const orders = [await snapshot(importFirst.db), await snapshot(readFirst.db)];
    expect(orders[0]).not.toEqual(orders[1]);
    expect(orders).toContainEqual(await snapshot(background.db));
  }, 60_000);
});
