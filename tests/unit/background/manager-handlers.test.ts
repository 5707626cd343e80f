import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { conflictBadge } from '../../../lib/background/badge';
import { managerHandlers } from '../../../lib/background/manager-handlers';
import { createRouter, type MessageSender } from '../../../lib/background/router';
import type { ClaimStore } from '../../../lib/store/claim-store';
import { MemoryClaimStore } from '../../../lib/store/memory-store';
import { storeOf } from '../store/manager-scenario';

const managerPage: MessageSender = { id: browser.runtime.id, url: `chrome-extension://${browser.runtime.id}/manager.html` };
const contentScript: MessageSender = { id: browser.runtime.id, url: 'https://news.example/article', tab: { id: 3 } };
const list = { type: 'sources.list', filter: {}, sort: 'addedAt', direction: 'desc', offset: 0, limit: 10 };

async function router(given?: ClaimStore) {
  const store = given ?? (await storeOf()).store;
  return createRouter({ store, extensionId: browser.runtime.id, setBadge: conflictBadge(fakeBrowser.action), onError: () => undefined });
}

describe('the manager’s requests', () => {
  it('are answered for Crosslight’s own pages', async () => {
    const answer = await (await router())(list, managerPage);
    expect(answer).toMatchObject({ ok: true, data: { total: 3 } });
  });

  it('are refused to content scripts, so a web page cannot read or delete the store', async () => {
    const route = await router();
    expect(await route(list, contentScript)).toMatchObject({ ok: false });
    expect(await route({ type: 'sources.forgetSite', site: 'north.example' }, contentScript)).toMatchObject({ ok: false });
    expect(await route({ type: 'sources.sites' }, managerPage)).toMatchObject({ ok: true, data: [{ sources: 1 }, { sources: 1 }, { sources: 1 }] });
  });

  it('check the sender themselves, whatever the router checked before', async () => {
    const { store } = await storeOf();
    const handler = managerHandlers(store)['sources.delete']!;
    await expect(handler({ type: 'sources.delete', sourceIds: ['s.x'] }, contentScript)).rejects.toThrow(/only for Crosslight’s own pages/);
    await expect(handler({ type: 'sources.delete', sourceIds: ['s.x'] }, { id: 'x' })).rejects.toThrow(/only for Crosslight’s own pages/);
  });

  it('are refused with a clear error when the store is not the browser’s database', async () => {
    const answer = await (await router(new MemoryClaimStore()))(list, managerPage);
    expect(answer).toEqual({ ok: false, error: 'The store manager needs the browser’s database.' });
  });

  it('are validated like every message: out-of-range pages are refused', async () => {
    const answer = await (await router())({ ...list, limit: 100_000 }, managerPage);
    expect(answer).toMatchObject({ ok: false, error: expect.stringContaining('sources.list') });
  });
});
