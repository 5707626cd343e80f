/**
 * A full disk. IndexedDB refuses writes with a QuotaExceededError, which Dexie hands on wrapped in
 * its own errors. Reading must go on (highlights, cards), nothing half-written may stay behind,
 * and the reader must read one clear sentence instead of an exception name.
 */
import { Dexie, type DBCore, type DBCoreMutateRequest, type Middleware } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CrosslightDb } from '../../../lib/store/db';
import { DexieClaimStore } from '../../../lib/store/dexie-store';
import { explainStoreError, isQuotaExceeded, STORE_FULL_MESSAGE, StoreFullError, storingIfRoom } from '../../../lib/store/quota';
import { corpusPage, expectAnswer, snapshot, startBackground } from './store-scenario';

beforeEach(() => fakeBrowser.reset());

const quotaError = () => new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');

/**
 * A disk with room for `room` more records: the write that goes past it fails as the browser's
 * does, after the records before it in the same transaction were written.
 */
function limitedDisk(db: CrosslightDb, room: { records: number }): void {
  const fullDisk: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'limited-disk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: async (req: DBCoreMutateRequest) => {
            if (req.type === 'add' || req.type === 'put') {
              if (req.values.length > room.records) throw quotaError();
              room.records -= req.values.length;
            }
            return table.mutate(req);
          },
        };
      },
    }),
  };
  db.use(fullDisk);
}

describe('recognising a full disk', () => {
  it('knows the quota error however it is wrapped, and nothing else', () => {
    const quota = quotaError();
    expect(isQuotaExceeded(quota)).toBe(true);
    expect(isQuotaExceeded(new Dexie.QuotaExceededError(quota))).toBe(true);
    expect(isQuotaExceeded(new Dexie.AbortError('Transaction aborted', new Dexie.QuotaExceededError(quota)))).toBe(true);
    expect(isQuotaExceeded(new Dexie.BulkError('bulkPut failed', { 3: new Dexie.ConstraintError('dup'), 7: quota }))).toBe(true);
    expect(isQuotaExceeded(new Error('write failed', { cause: quota }))).toBe(true);
    expect(isQuotaExceeded({ name: 'NS_ERROR_DOM_QUOTA_REACHED', message: 'Persistent storage maximum size reached' })).toBe(true);

    expect(isQuotaExceeded(new Dexie.AbortError('Transaction aborted', new Dexie.ConstraintError('dup')))).toBe(false);
    expect(isQuotaExceeded(new Error('QuotaExceededError in the message only'))).toBe(false);
    expect(isQuotaExceeded(null)).toBe(false);
    expect(isQuotaExceeded('QuotaExceededError')).toBe(false);
    const loop: { name: string; inner?: unknown } = { name: 'AbortError' };
    loop.inner = loop;
    expect(isQuotaExceeded(loop)).toBe(false);
  });

  it('explains a quota error in one sentence for the reader and leaves other errors as they are', () => {
    const explained = explainStoreError(new Dexie.AbortError('Transaction aborted', quotaError()));
    expect(explained).toBeInstanceOf(StoreFullError);
    expect((explained as Error).message).toBe(STORE_FULL_MESSAGE);
    const other = new Error('disk on fire');
    expect(explainStoreError(other)).toBe(other);
  });

  it('runs the work again without storing when storing ran out of room, and only then', async () => {
    const calls: boolean[] = [];
    const work = async (persist: boolean) => {
      calls.push(persist);
      if (persist) throw new Dexie.AbortError('Transaction aborted', quotaError());
      return 'analysed';
    };
    expect(await storingIfRoom(true, work)).toEqual({ result: 'analysed', storeFull: true });
    expect(calls).toEqual([true, false]);
    await expect(storingIfRoom(true, async () => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
  });
});

describe('reading with a full disk', () => {
  it('still highlights the page, says in words why it was not saved, and leaves no trace of it in the store', async () => {
    const room = { records: Number.POSITIVE_INFINITY };
    const background = startBackground(undefined, (db) => {
      limitedDisk(db, room);
      return new DexieClaimStore(db);
    });
    await background.analyze(corpusPage('000'), 1);
    const before = await snapshot(background.db);

    // Room for part of the next page's records: its transaction fails half-way through.
    room.records = 5;
    const view = await background.analyze(corpusPage('001'), 2);
    expect(view.highlights.length).toBeGreaterThan(0);
    expect(view.highlights.some((h) => h.kind === 'claim' && h.relation !== 'none')).toBe(true);
    // The highlights come while the write is under way; the page then learns it did not land.
    expect(view.saving).toBe(true);
    expect(view.saved).toEqual({ stored: false, notSaved: STORE_FULL_MESSAGE });
    expect(await snapshot(background.db)).toEqual(before);

    // Cards and the popup keep working on what is stored.
    const stats = await background.route({ type: 'store.stats' }, { id: browser.runtime.id, url: 'chrome-extension://x/popup.html' });
    expect(expectAnswer<'store.stats'>(stats).sources).toBe(1);

    // Once there is room again the page is saved as usual.
    room.records = Number.POSITIVE_INFINITY;
    const again = await background.analyze(corpusPage('001'), 2);
    expect(again.stored).toBe(true);
    expect(again.saved).toEqual({ stored: true });
    expect((await snapshot(background.db)).sources).toHaveLength(2);
  }, 60_000);

  it('answers the manager’s request to add an article with the same clear message', async () => {
    const room = { records: 0 };
    const background = startBackground(undefined, (db) => {
      limitedDisk(db, room);
      return new DexieClaimStore(db);
    });
    const answer = await background.route({ type: 'articles.add', page: corpusPage('002') }, { id: browser.runtime.id, url: 'chrome-extension://x/manager.html' });
    expect(answer).toEqual({ ok: false, error: STORE_FULL_MESSAGE });
    expect((await snapshot(background.db)).sources).toEqual([]);
  }, 60_000);
});
