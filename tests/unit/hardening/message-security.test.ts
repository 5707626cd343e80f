/**
 * What a web page could send the background, should it ever get hold of the content script's
 * channel: only its own analysis and cards. The store as a whole (stats, summaries, deletion,
 * adding articles, the manager's requests) answers Crosslight's own pages alone, and nothing
 * answers another extension or a sender without an id.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MessageSender } from '../../../lib/background/router';
import type { Request } from '../../../lib/messages';
import { corpusPage, expectAnswer, snapshot, startBackground } from './store-scenario';

beforeEach(() => fakeBrowser.reset());

const page = corpusPage('000');
const contentScript: MessageSender = { id: browser.runtime.id, url: page.url, tab: { id: 7 } };
const popup: MessageSender = { id: browser.runtime.id, url: `chrome-extension://${browser.runtime.id}/popup.html` };

const STORE_WIDE: Request[] = [
  { type: 'store.stats' },
  { type: 'source.summary', sourceId: 's.x' },
  { type: 'source.forget', sourceId: 's.x' },
  { type: 'articles.add', page },
  { type: 'sources.list', filter: {}, sort: 'addedAt', direction: 'desc', offset: 0, limit: 10 },
  { type: 'sources.delete', sourceIds: ['s.x'] },
  { type: 'sources.forgetSite', site: 'Source 000' },
  { type: 'entities.list', query: '', sort: 'mentions', offset: 0, limit: 10 },
  { type: 'conflicts.csv' },
];

describe('messages a web page could reach the background with', () => {
  it('answers a content script only for its page’s analysis and cards', async () => {
    const background = startBackground();
    const view = await background.analyze(page, 7);
    const claim = view.highlights.find((h) => h.kind === 'claim')!;
    expect(await background.route({ type: 'card.claim', claimId: claim.id }, contentScript)).toMatchObject({ ok: true });
    const before = await snapshot(background.db);

    for (const request of STORE_WIDE) {
      const answer = await background.route(request, contentScript);
      expect(answer, request.type).toMatchObject({ ok: false, error: expect.stringContaining('web pages may only ask for their own analysis and cards') });
    }
    expect(await snapshot(background.db)).toEqual(before);
    // The same requests from the popup are answered.
    expect(expectAnswer<'store.stats'>(await background.route({ type: 'store.stats' }, popup)).sources).toBe(1);
  }, 60_000);

  it('answers nothing to another extension, to a sender without an id or to a spoofed extension address', async () => {
    const background = startBackground();
    const strangers: MessageSender[] = [
      { id: 'another-extension-id', url: 'chrome-extension://another-extension-id/page.html' },
      { url: `chrome-extension://${browser.runtime.id}/popup.html` },
      { id: 'another-extension-id', url: page.url, tab: { id: 7 } },
    ];
    for (const sender of strangers) {
      expect(await background.route({ type: 'store.stats' }, sender)).toMatchObject({ ok: false, error: expect.stringContaining('does not come from Crosslight') });
      expect(await background.route({ type: 'page.analyze', page, addRequested: true }, sender)).toMatchObject({ ok: false });
    }
    expect((await snapshot(background.db)).sources).toEqual([]);
  });

  it('refuses messages shaped like ours but carrying more, less or other than the protocol allows', async () => {
    const background = startBackground();
    const malformed: unknown[] = [
      { type: 'page.analyze', page, addRequested: 'yes' },
      { type: 'page.analyze', page: { ...page, text: '' }, addRequested: false },
      { type: 'page.analyze', page: { ...page, text: 'x'.repeat(2_000_001) }, addRequested: false },
      { type: 'page.analyze', page: { ...page, extra: '<img src=x onerror=alert(1)>' }, addRequested: false },
      { type: 'page.analyze', page, addRequested: false, __proto__: { polluted: true } },
      { type: 'page.read', url: page.url, html: '', truncated: false },
      { type: 'page.read', url: page.url, html: 'x'.repeat(4_000_001), truncated: false },
      { type: 'page.read', url: page.url, html: '<p>a</p>', truncated: 'no' },
      { type: 'page.read', url: page.url, html: '<p>a</p>', truncated: false, page },
      { type: 'card.claim', claimId: { toString: () => 'x' } },
      { type: 'card.claim', claimId: 'x'.repeat(5000) },
      { type: ['card.claim'] },
      JSON.parse('{"type":"page.analyze","__proto__":{"admin":true},"addRequested":false}'),
    ];
    for (const message of malformed) expect(await background.route(message, contentScript)).toMatchObject({ ok: false, error: expect.stringMatching(/^Refused/) });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await snapshot(background.db)).sources).toEqual([]);
  });
});
