import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openCrosslightDb } from '../../../lib/store/db';
import { findSourceForUrl } from '../../../lib/store/source-lookup';
import { source } from './make-records';

describe('finding the stored source of a page', () => {
  async function dbWithOneSource() {
    const db = openCrosslightDb('lookup-test', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.sources.put(source('s', { urls: ['https://x.example/a', 'https://x.example/amp/a'] }));
    return db;
  }

  it('finds it under any address it was seen under', async () => {
    const db = await dbWithOneSource();
    expect((await findSourceForUrl(db, 'https://x.example/amp/a'))?.id).toBe('s');
  });

  it('finds it when the address carries a fragment', async () => {
    const db = await dbWithOneSource();
    expect((await findSourceForUrl(db, 'https://x.example/a#comments'))?.id).toBe('s');
  });

  it('finds nothing for an address it was never seen under', async () => {
    const db = await dbWithOneSource();
    expect(await findSourceForUrl(db, 'https://x.example/b')).toBeUndefined();
  });
});
