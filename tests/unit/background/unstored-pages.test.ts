import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_UNSTORED_PAGES, rememberUnstoredPage, unstoredPage, unstoredPageOfClaim } from '../../../lib/background/unstored-pages';
import type { AnalysedPage } from '../../../lib/views/page-analysis';
import { withPage } from '../../../lib/views/read-store';
import { MemoryClaimStore } from '../../../lib/store/memory-store';
import { ingestDocument } from '../../../lib/store/ingest';

beforeEach(() => fakeBrowser.reset());

const TEXT =
  'President Anna Keller and Prime Minister Jonas Berg met in Vienna on Tuesday. Keller and Berg talked for two hours seventeen minutes, a spokesman said.';

function page(n: number, text = TEXT): Parameters<typeof ingestDocument>[1] {
  return { url: `https://outlet${n}.example/story`, title: `Story ${n}`, site: `Outlet ${n}`, byline: '', published: '', text };
}

describe('analyses of pages kept out of the store', () => {
  it('are kept for the session without their text, newest first, a few at most', async () => {
    const store = new MemoryClaimStore();
    for (let n = 0; n < MAX_UNSTORED_PAGES + 2; n++) await rememberUnstoredPage(await ingestDocument(store, page(n), { persist: false }));
    const newest = await ingestDocument(store, page(MAX_UNSTORED_PAGES + 1), { persist: false });
    const kept = await unstoredPage(newest.source.id);
    expect(kept?.claims.map((c) => c.id)).toEqual(newest.claims.map((c) => c.id));
    expect(kept?.source.text).toBe('');
    expect(await unstoredPage((await ingestDocument(store, page(0), { persist: false })).source.id)).toBeUndefined();
    expect(await unstoredPageOfClaim(newest.claims[0]!.id)).toBeDefined();
    expect(await unstoredPageOfClaim(`${newest.source.id}#c999`)).toBeUndefined();
  });

  it('read together with the store show the unstored page’s matches with stored sources, without storing anything', async () => {
    const store = new MemoryClaimStore();
    await ingestDocument(store, page(1, TEXT.replace('two hours seventeen minutes', '2 hours and 16 minutes')), { persist: true });
    const unstored: AnalysedPage = await ingestDocument(store, page(2), { persist: false });
    expect(unstored.matches.length).toBeGreaterThan(0);
    const view = withPage(store, unstored);
    const claimId = unstored.claims.find((c) => unstored.matches.some((m) => m.a === c.id || m.b === c.id))!.id;
    expect(await store.getClaims([claimId])).toEqual([]);
    expect((await view.getClaims([claimId]))[0]?.id).toBe(claimId);
    expect((await view.matchesOfClaims([claimId])).length).toBeGreaterThan(0);
    expect(await view.getSource(unstored.source.id)).toBe(unstored.source);
    expect((await store.counts()).sources).toBe(1);
  });
});
