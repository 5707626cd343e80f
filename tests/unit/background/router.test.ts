import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { conflictBadge } from '../../../lib/background/badge';
import { INTERRUPTED_MESSAGE } from '../../../lib/background/page-saves';
import { createRouter, type MessageSender, type Router } from '../../../lib/background/router';
import { forgetTabSource } from '../../../lib/background/tab-sources';
import type { ClaimCardView, PageAnalysisView, PageInput, Response, RequestType, StoreStatsView } from '../../../lib/messages';
import { addModeSetting, disabledSitesSetting, excludedUrlsSetting } from '../../../lib/settings';
import type { DocumentWrite } from '../../../lib/store/claim-store';
import { openCrosslightDb } from '../../../lib/store/db';
import { DexieClaimStore } from '../../../lib/store/dexie-store';

/** Two reports of one (invented) meeting that differ on how long it lasted and was planned to last. */
const NORTH: PageInput = {
  url: 'https://north.example/news/summit-talks',
  canonicalUrl: 'https://north.example/news/summit-talks',
  title: 'Keller and Berg meet in Vienna',
  site: 'North News',
  byline: 'A. Writer',
  published: '2024-05-07',
  language: 'en',
  text:
    'Leaders of Norland and Sudmark met in Vienna on Tuesday for their first summit. ' +
    'President Anna Keller and Prime Minister Jonas Berg talked for 2 hours and 16 minutes, officials said. ' +
    'The meeting had been planned to last 30 minutes. Keller said the talks were constructive. ' +
    'Both sides agreed on a ceasefire starting on 9 July.',
};
const SOUTH: PageInput = {
  url: 'https://south.example/world/keller-berg-meeting?utm_source=feed',
  canonicalUrl: 'https://south.example/world/keller-berg-meeting',
  title: 'Vienna talks run long',
  site: 'South Daily',
  byline: '',
  published: '2024-05-08',
  language: 'en',
  text:
    'President Anna Keller and Prime Minister Jonas Berg met in Vienna on Tuesday. ' +
    'Keller and Berg talked for two hours seventeen minutes, a spokesman said. ' +
    'The meeting had been planned to last 35 minutes. Berg called the talks frank. ' +
    'A ceasefire will start on 9 July, both sides said.',
};

const NORTH_TAB = 11;
const SOUTH_TAB = 12;

let indexedDB: IDBFactory;
let errors: string[];
let route: Router;

function router(): Router {
  return createRouter({
    store: new DexieClaimStore(openCrosslightDb('crosslight', { indexedDB, IDBKeyRange })),
    extensionId: browser.runtime.id,
    setBadge: conflictBadge(fakeBrowser.action),
    onError: (_error, type) => errors.push(type),
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  indexedDB = new IDBFactory();
  errors = [];
  route = router();
});

const fromTab = (page: PageInput, tabId: number): MessageSender => ({ id: browser.runtime.id, url: page.url, tab: { id: tabId } });
const fromPopup: MessageSender = { id: browser.runtime.id, url: 'chrome-extension://test-extension-id/popup.html' };

async function ok<T extends RequestType>(response: Promise<Response<RequestType>>): Promise<Response<T> & { ok: true }> {
  const answer = await response;
  if (!answer.ok) throw new Error(`expected an answer, got the error: ${answer.error}`);
  return answer as Response<T> & { ok: true };
}

async function analyze(page: PageInput, tabId: number, addRequested = false): Promise<PageAnalysisView> {
  return (await ok<'page.analyze'>(route({ type: 'page.analyze', page, addRequested }, fromTab(page, tabId)))).data;
}

async function stats(): Promise<StoreStatsView> {
  return (await ok<'store.stats'>(route({ type: 'store.stats' }, fromPopup))).data;
}

describe('the background router', () => {
  it('opens the store as soon as a page starts being read, before the page asks anything of it', async () => {
    const db = openCrosslightDb('crosslight', { indexedDB, IDBKeyRange });
    const woken = createRouter({
      store: new DexieClaimStore(db),
      openStore: async () => {
        await db.open();
      },
      extensionId: browser.runtime.id,
      setBadge: conflictBadge(fakeBrowser.action),
      onError: (_error, type) => errors.push(type),
    });
    expect(db.isOpen()).toBe(false);
    expect(await woken({ type: 'page.wake' }, fromTab(NORTH, NORTH_TAB))).toEqual({ ok: true, data: null });
    expect(db.isOpen()).toBe(true);
    expect(errors).toEqual([]);
  });

  describe('refuses what it must not answer, and keeps answering', () => {
    it('refuses a malformed message with an error naming its type', async () => {
      const answer = await route({ type: 'card.claim', claimId: 42 }, fromPopup);
      expect(answer).toMatchObject({ ok: false, error: expect.stringContaining('Refused message of type "card.claim"') });
      expect((await stats()).sources).toBe(0);
    });

    it('refuses unknown types, extra fields and things that are not messages', async () => {
      for (const message of [{ type: 'store.drop' }, { type: 'store.stats', extra: 1 }, null, 'store.stats', [], undefined]) {
        expect(await route(message, fromPopup)).toMatchObject({ ok: false, error: expect.stringMatching(/^Refused/) });
      }
      expect((await stats()).sources).toBe(0);
    });

    it('refuses a well-formed message from another extension', async () => {
      const answer = await route({ type: 'source.forget', sourceId: 'x' }, { id: 'some-other-extension', tab: { id: 1 } });
      expect(answer).toEqual({ ok: false, error: expect.stringContaining('does not come from Crosslight') });
      expect(await route({ type: 'store.stats' }, { url: 'https://evil.example/' })).toMatchObject({ ok: false });
    });

    it('analyses pages only for the content script of a tab', async () => {
      const answer = await route({ type: 'page.analyze', page: NORTH, addRequested: true }, fromPopup);
      expect(answer).toMatchObject({ ok: false, error: expect.stringContaining('tab') });
      expect((await stats()).sources).toBe(0);
    });

    it('reports a failing request as an error and answers the next one', async () => {
      const answer = await route({ type: 'card.claim', claimId: 's.none#c0' }, fromPopup);
      expect(answer).toMatchObject({ ok: false, error: expect.stringContaining('not in the store') });
      expect(errors).toEqual(['card.claim']);
      expect(await route({ type: 'store.stats' }, fromPopup)).toMatchObject({ ok: true });
    });

    it('does not analyse a page whose frame is not a web page', async () => {
      const answer = await route({ type: 'page.analyze', page: NORTH, addRequested: false }, { ...fromTab(NORTH, 1), url: 'file:///tmp/a.html' });
      expect(answer).toMatchObject({ ok: false, error: expect.stringContaining('web pages') });
    });
  });

  describe('stores pages as the reader’s settings say', () => {
    it('stores every article in auto mode, the default', async () => {
      const view = await analyze(NORTH, NORTH_TAB);
      expect(view.stored).toBe(true);
      expect(view.highlights.some((h) => h.kind === 'claim')).toBe(true);
      expect(view.highlights.some((h) => h.kind === 'entity')).toBe(true);
      expect((await stats()).sources).toBe(1);
    });

    it('in ask mode analyses and highlights but stores only what the reader asks to add', async () => {
      await addModeSetting.setValue('ask');
      const view = await analyze(NORTH, NORTH_TAB);
      expect(view.stored).toBe(false);
      expect(view.highlights.length).toBeGreaterThan(0);
      expect(await stats()).toEqual({ sources: 0, claims: 0, entities: 0, mentions: 0, matches: 0 });
      expect((await analyze(NORTH, NORTH_TAB, true)).stored).toBe(true);
      expect((await stats()).sources).toBe(1);
    });

    it('in off mode stores nothing unless asked, and says a page added earlier is stored', async () => {
      await addModeSetting.setValue('off');
      expect((await analyze(NORTH, NORTH_TAB)).stored).toBe(false);
      expect((await stats()).sources).toBe(0);
      await analyze(NORTH, NORTH_TAB, true);
      expect((await analyze(NORTH, NORTH_TAB)).stored).toBe(true);
      expect((await stats()).sources).toBe(1);
    });

    it('keeps pages the reader excluded out of the store, by any of their addresses', async () => {
      await excludedUrlsSetting.setValue([SOUTH.canonicalUrl]);
      expect((await analyze(SOUTH, SOUTH_TAB)).stored).toBe(false);
      expect((await stats()).sources).toBe(0);
    });

    it('refuses pages of a site the reader turned Crosslight off for', async () => {
      await disabledSitesSetting.setValue(['north.example']);
      const answer = await route({ type: 'page.analyze', page: NORTH, addRequested: true }, fromTab(NORTH, NORTH_TAB));
      expect(answer).toEqual({ ok: false, error: 'Crosslight is turned off for north.example.' });
      expect((await stats()).sources).toBe(0);
    });

    it('stores the same article reached under another address as one source', async () => {
      await analyze(SOUTH, SOUTH_TAB);
      const again = await analyze({ ...SOUTH, url: 'https://south.example/world/keller-berg-meeting#comments' }, SOUTH_TAB);
      expect((await stats()).sources).toBe(1);
      expect(again.stored).toBe(true);
    });
  });

  describe('shows what two sources on one event say', () => {
    it('colours the conflicting claims and counts the conflicts on the toolbar badge', async () => {
      await analyze(NORTH, NORTH_TAB);
      const view = await analyze(SOUTH, SOUTH_TAB);
      expect(view.counts.conflicts).toBeGreaterThanOrEqual(1);
      const conflicting = view.highlights.filter((h) => h.kind === 'claim' && h.relation === 'conflicts');
      expect(conflicting.map((h) => SOUTH.text.slice(h.start, h.end))).toContain(
        'Keller and Berg talked for two hours seventeen minutes, a spokesman said.',
      );
      expect(await fakeBrowser.action.getBadgeText({ tabId: SOUTH_TAB })).toBe(String(view.counts.conflicts));
    });

    it('opens a claim card with the other source’s conflicting quote, marked and linked', async () => {
      await analyze(NORTH, NORTH_TAB);
      const view = await analyze(SOUTH, SOUTH_TAB);
      const duration = view.highlights.find((h) => h.kind === 'claim' && SOUTH.text.slice(h.start, h.end).includes('seventeen'));
      const card = (await ok<'card.claim'>(route({ type: 'card.claim', claimId: duration!.id }, fromTab(SOUTH, SOUTH_TAB)))).data as ClaimCardView;
      expect(card.groups[0]?.relation).toBe('conflicts');
      const [other] = card.groups[0]!.items;
      expect(other!.text).toBe('President Anna Keller and Prime Minister Jonas Berg talked for 2 hours and 16 minutes, officials said.');
      expect(other!.marks.map((m) => other!.text.slice(m.start, m.end))).toContain('2 hours and 16 minutes');
      expect(other!.source.url).toBe(NORTH.url);
      expect(other!.link.startsWith(`${NORTH.url}#:~:text=`)).toBe(true);
    });

    it('summarises a source with the claims others dispute first', async () => {
      const north = await analyze(NORTH, NORTH_TAB);
      await analyze(SOUTH, SOUTH_TAB);
      const summary = (await ok<'source.summary'>(route({ type: 'source.summary', sourceId: north.sourceId }, fromPopup))).data;
      expect(summary.source.url).toBe(NORTH.url);
      expect(summary.claims[0]?.counts.conflicts).toBeGreaterThanOrEqual(1);
      expect(summary.counts.conflicts).toBeGreaterThanOrEqual(1);
    });

    it('answers the popup with the summary of the page last analysed in its tab, and with none for a tab it knows nothing of', async () => {
      const north = await analyze(NORTH, NORTH_TAB);
      await analyze(SOUTH, SOUTH_TAB);
      const bySource = (await ok<'source.summary'>(route({ type: 'source.summary', sourceId: north.sourceId }, fromPopup))).data;
      expect((await ok<'tab.summary'>(route({ type: 'tab.summary', tabId: NORTH_TAB }, fromPopup))).data).toEqual(bySource);
      expect((await ok<'tab.summary'>(route({ type: 'tab.summary', tabId: 99 }, fromPopup))).data).toBeNull();
    });

    it('has no tab summary for a page forgotten since it was read, and none for a closed tab', async () => {
      const north = await analyze(NORTH, NORTH_TAB);
      await analyze(SOUTH, SOUTH_TAB);
      await ok<'source.forget'>(route({ type: 'source.forget', sourceId: north.sourceId }, fromPopup));
      expect((await ok<'tab.summary'>(route({ type: 'tab.summary', tabId: NORTH_TAB }, fromPopup))).data).toBeNull();
      await forgetTabSource(SOUTH_TAB);
      expect((await ok<'tab.summary'>(route({ type: 'tab.summary', tabId: SOUTH_TAB }, fromPopup))).data).toBeNull();
    });

    it('opens an entity card listing the other source that names the same person', async () => {
      await analyze(NORTH, NORTH_TAB);
      const south = await analyze(SOUTH, SOUTH_TAB);
      const keller = south.highlights.find((h) => h.kind === 'entity' && SOUTH.text.slice(h.start, h.end).includes('Keller'));
      const card = (await ok<'card.entity'>(route({ type: 'card.entity', entityId: keller!.id, sourceId: south.sourceId }, fromPopup))).data;
      expect(card.entity.type).toBe('person');
      expect(card.sources.map((s) => s.source.url)).toEqual([NORTH.url]);
    });

    it('forgets a source with everything derived from it', async () => {
      const north = await analyze(NORTH, NORTH_TAB);
      const south = await analyze(SOUTH, SOUTH_TAB);
      const before = await stats();
      const forgotten = await ok<'source.forget'>(route({ type: 'source.forget', sourceId: south.sourceId }, fromPopup));
      expect(forgotten.data).toEqual({ removed: true });
      const after = await stats();
      expect(after.sources).toBe(1);
      expect(after.matches).toBe(0);
      expect(after.claims).toBe(before.claims - south.counts.claims);
      const summary = (await ok<'source.summary'>(route({ type: 'source.summary', sourceId: north.sourceId }, fromPopup))).data;
      expect(summary.claims).toEqual([]);
      expect(summary.counts.conflicts).toBe(0);
      expect(await route({ type: 'source.summary', sourceId: south.sourceId }, fromPopup)).toMatchObject({ ok: false });
      expect((await ok<'source.forget'>(route({ type: 'source.forget', sourceId: south.sourceId }, fromPopup))).data).toEqual({ removed: false });
    });

    it('loses nothing when the worker is stopped and started again between requests', async () => {
      await analyze(NORTH, NORTH_TAB);
      const south = await analyze(SOUTH, SOUTH_TAB);
      route = router();
      const claim = south.highlights.find((h) => h.kind === 'claim' && h.relation === 'conflicts');
      const card = await ok<'card.claim'>(route({ type: 'card.claim', claimId: claim!.id }, fromPopup));
      expect((card.data as ClaimCardView).groups[0]?.relation).toBe('conflicts');
    });
  });
});

describe('answering a page while its write goes on', () => {
  it('sends the highlights before the page is written, then tells the page the write landed whole', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    /** A disk that takes its time: the write waits until the test lets it go. */
    class SlowDisk extends DexieClaimStore {
      override async commitDocument(write: DocumentWrite): Promise<void> {
        await gate;
        return super.commitDocument(write);
      }
    }
    const store = new SlowDisk(openCrosslightDb('crosslight', { indexedDB, IDBKeyRange }));
    route = createRouter({ store, extensionId: browser.runtime.id, setBadge: conflictBadge(fakeBrowser.action), onError: (_error, type) => errors.push(type) });
    const view = await analyze(NORTH, NORTH_TAB);
    expect(view).toMatchObject({ stored: true, saving: true });
    expect(view.highlights.some((h) => h.kind === 'claim')).toBe(true);
    expect(view.highlights.some((h) => h.kind === 'entity')).toBe(true);
    expect(await store.getSource(view.sourceId)).toBeUndefined();
    let outcome: unknown = null;
    const saved = ok<'page.saved'>(route({ type: 'page.saved', sourceId: view.sourceId }, fromTab(NORTH, NORTH_TAB))).then((answer) => (outcome = answer.data));
    await new Promise((wake) => setTimeout(wake, 50));
    expect(outcome).toBeNull();
    release();
    await saved;
    expect(outcome).toEqual({ stored: true });
    expect((await store.claimsOfSource(view.sourceId)).length).toBe(view.counts.claims);
    expect(errors).toEqual([]);
  });

  it('tells a page asking a restarted worker whether its write landed, from the store itself', async () => {
    const north = await analyze(NORTH, NORTH_TAB);
    route = router();
    expect((await ok<'page.saved'>(route({ type: 'page.saved', sourceId: north.sourceId }, fromTab(NORTH, NORTH_TAB)))).data).toEqual({ stored: true });
    const never = (await ok<'page.saved'>(route({ type: 'page.saved', sourceId: 'https://south.example/never-written' }, fromTab(SOUTH, SOUTH_TAB)))).data;
    expect(never).toEqual({ stored: false, notSaved: INTERRUPTED_MESSAGE, interrupted: true });
  });
});
