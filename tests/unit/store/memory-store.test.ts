import { describe, expect, it } from 'vitest';
import { MemoryClaimStore } from '../../../lib/store/memory-store';
import { describeClaimStore } from './claim-store-contract';
import { article, claim, entity, source, write } from './make-records';

describeClaimStore('the in-memory store', () => new MemoryClaimStore());

describe('the in-memory store', () => {
  it('stops finding a claim by a key the new version of its source no longer has', async () => {
    const store = new MemoryClaimStore();
    await store.commitDocument(write({ source: source('s'), claims: [claim('s', 0, 'Old.', { keys: ['old-key'] })] }));
    await store.commitDocument(write({ source: source('s'), claims: [claim('s', 0, 'New.', { keys: ['new-key'] })] }));
    const found = await store.findClaimIdsByKeys(['old-key', 'new-key']);
    expect(found.get('old-key')).toEqual({ ids: [], complete: true });
    expect(found.get('new-key')).toEqual({ ids: ['s#c0'], complete: true });
  });

  it('finds an entity by a key it gained and not by one it lost', async () => {
    const store = new MemoryClaimStore();
    const { source: s, claims } = article('s', ['Lavrov spoke.']);
    const mention = { id: 's#m0', sourceId: 's', entityId: 'p.1', selector: { exact: 'Lavrov', prefix: '', suffix: '' }, position: { start: 0, end: 6 } };
    await store.commitDocument(write({ source: s, claims, mentions: [mention], entities: [entity('p.1', 'Lavrov', 'person', { keys: ['lavrov'] })] }));
    await store.commitDocument(write({ source: s, claims, mentions: [mention], entities: [entity('p.1', 'Sergei Lavrov', 'person', { keys: ['sergei lavrov'] })] }));
    expect(await store.findEntitiesByKeys(['lavrov'])).toEqual([]);
    expect((await store.findEntitiesByKeys(['sergei lavrov'])).map((e) => e.mentionCount)).toEqual([1]);
  });

  it('no longer finds a removed source by its sketch bands', async () => {
    const store = new MemoryClaimStore();
    await store.commitDocument(write({ source: source('s', { sketchKeys: ['band'] }) }));
    await store.removeSource('s');
    expect(await store.findSketchesBySketchKeys(['band'])).toEqual([]);
  });
});
