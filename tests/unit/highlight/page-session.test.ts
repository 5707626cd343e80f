// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter } from '../../../lib/background/router';
import { PageSession } from '../../../lib/content/page-session';
import type { PageSavedView, Request } from '../../../lib/messages';
import { addModeSetting } from '../../../lib/settings';
import { request } from '../../../lib/messaging/protocol-client';
import { MemoryClaimStore } from '../../../lib/store/memory-store';

const CORPUS = join(__dirname, '../../fixtures/corpus');
const EXTENSION_ID = 'crosslight-test';

/** A corpus article laid out as a news page: navigation, the article, a footer. */
function articleHtml(file: string): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const paragraphs = readFileSync(join(CORPUS, file), 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return `<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${escape(paragraphs[0]!)}</h1>${paragraphs
    .slice(1)
    .map((p) => `<p>${escape(p)}</p>`)
    .join('')}</article><footer>Related: Putin and Trump met for two hours.</footer>`;
}

const errors: unknown[] = [];
const store = () => new MemoryClaimStore();
const routerOn = (claimStore: MemoryClaimStore) => createRouter({ store: claimStore, extensionId: EXTENSION_ID, setBadge: async () => {}, onError: (e) => errors.push(e) });

function sessionFor(router: ReturnType<typeof createRouter>, url: string | (() => string)) {
  const location = typeof url === 'string' ? () => url : url;
  return new PageSession({
    doc: document,
    location,
    transport: (message: Request) => router(message, { id: EXTENSION_ID, url: location(), tab: { id: 1 } }),
    onError: (error) => errors.push(error),
  });
}

/** The reader reads the think tank's article on the event first, then leaves it. */
async function readFirstSource(router: ReturnType<typeof createRouter>): Promise<void> {
  document.body.innerHTML = articleHtml('000.txt');
  const first = sessionFor(router, 'https://think-tank.example/analysis');
  await first.start({ disabled: false, hidden: false });
  first.dispose();
}

/** Then opens the news agency's article on the same event, from another source. */
async function openSecondSource(router: ReturnType<typeof createRouter>): Promise<PageSession> {
  document.body.innerHTML = articleHtml('001.txt');
  const session = sessionFor(router, 'https://news-agency.example/outcome');
  await session.start({ disabled: false, hidden: false });
  return session;
}

/**
 * A session on a wire story whose background answers page.saved with `saved(n)` for the n-th
 * such request (the real answer where it gives null); `asked` lists every request in order.
 */
function sessionAnsweringSaved(saved: (nth: number) => PageSavedView | null): { session: PageSession; asked: string[] } {
  const router = routerOn(store());
  const sender = { id: EXTENSION_ID, url: 'https://wire.example/story', tab: { id: 1 } };
  const asked: string[] = [];
  document.body.innerHTML = articleHtml('002.txt');
  const session = new PageSession({
    doc: document,
    location: () => sender.url,
    transport: async (message: Request) => {
      asked.push(message.type);
      const answer = message.type === 'page.saved' ? saved(asked.filter((type) => type === 'page.saved').length) : null;
      return answer ? { ok: true, data: answer } : router(message, sender);
    },
    onError: (error) => errors.push(error),
  });
  return { session, asked };
}

beforeEach(() => {
  fakeBrowser.reset();
  errors.length = 0;
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('PageSession', () => {
  it('reads an article, has it analysed and stored, and places every highlight on the page', async () => {
    const router = routerOn(store());
    document.body.innerHTML = articleHtml('000.txt');
    const session = sessionFor(router, 'https://think-tank.example/analysis');
    await session.start({ disabled: false, hidden: false });
    const state = session.state();
    expect(errors).toEqual([]);
    expect(state).toMatchObject({ status: 'article', stored: true, highlightsHidden: false, url: 'https://think-tank.example/analysis' });
    expect(state.counts!.claims).toBeGreaterThan(0);
    expect(state.unanchored).toEqual([]);
    session.dispose();
  });

  it('finds the conflicts with an article read before, from another source', async () => {
    const router = routerOn(store());
    await readFirstSource(router);
    const second = await openSecondSource(router);
    expect(errors).toEqual([]);
    expect(second.state().counts!.conflicts).toBeGreaterThan(0);
    second.dispose();
  });

  it('paints the page while it is saved, then says so, or says why the write did not land', async () => {
    const { session, asked } = sessionAnsweringSaved(() => ({ stored: false, notSaved: 'Not saved: the disk said no.' }));
    await session.start({ disabled: false, hidden: false });
    expect(asked).toEqual(['page.wake', 'page.read', 'page.analyze', 'page.saved']);
    expect(session.state()).toMatchObject({ status: 'article', stored: false });
    expect(session.state().detail).toMatch(/Not saved: the disk said no\.$/);
    expect(errors).toEqual([]);
    session.dispose();
  });

  it('asks again for the page to be read when the worker reading it was stopped', async () => {
    const router = routerOn(store());
    const url = 'https://wire.example/story';
    const asked: string[] = [];
    document.body.innerHTML = articleHtml('002.txt');
    const session = new PageSession({
      doc: document,
      location: () => url,
      transport: async (message: Request) => {
        asked.push(message.type);
        if (message.type === 'page.read' && asked.filter((type) => type === 'page.read').length === 1) throw new Error('A listener indicated an asynchronous response, but the message channel closed before a response was received');
        return router(message, { id: EXTENSION_ID, url, tab: { id: 1 } });
      },
      onError: (error) => errors.push(error),
    });
    await session.start({ disabled: false, hidden: false });
    expect(asked.slice(0, 4)).toEqual(['page.wake', 'page.read', 'page.read', 'page.analyze']);
    expect(session.state()).toMatchObject({ status: 'article' });
    expect(errors).toEqual([]);
    session.dispose();
  });

  it('reads the page again, once, when the worker writing it was stopped before the write ended', async () => {
    // The first write is lost with its worker, as a restarted worker reports it.
    const { session, asked } = sessionAnsweringSaved((nth) => (nth === 1 ? { stored: false, notSaved: 'Not saved: stopped.', interrupted: true } : null));
    await session.start({ disabled: false, hidden: false });
    expect(asked).toEqual(['page.wake', 'page.read', 'page.analyze', 'page.saved', 'page.analyze', 'page.saved']);
    expect(session.state()).toMatchObject({ status: 'article', stored: true });
    expect(session.state().saving).toBeUndefined();
    expect(errors).toEqual([]);
    session.dispose();
  });

  it('says a page is not an article, without asking the background or failing', async () => {
    const router = routerOn(store());
    document.body.innerHTML = '<form><input name="q"></form><ol><li><a href="/1">Result one</a></li><li><a href="/2">Result two</a></li></ol>';
    const session = sessionFor(router, 'https://search.example/?q=summit');
    await session.start({ disabled: false, hidden: false });
    expect(session.state()).toMatchObject({ status: 'not-article', sourceId: null, counts: null });
    expect(errors).toEqual([]);
    session.dispose();
  });

  it('does nothing on a site the reader turned off, and starts when it is turned back on', async () => {
    const router = routerOn(store());
    document.body.innerHTML = articleHtml('002.txt');
    const session = sessionFor(router, 'https://wire.example/story');
    await session.start({ disabled: true, hidden: false });
    expect(session.state()).toMatchObject({ status: 'disabled', counts: null });
    await expect(session.add()).rejects.toThrow(/turned off/);
    await session.setDisabled(false);
    expect(session.state().status).toBe('article');
    session.dispose();
  });

  it('reports a failed analysis as an error the popup can show', async () => {
    document.body.innerHTML = articleHtml('002.txt');
    const session = new PageSession({
      doc: document,
      location: () => 'https://wire.example/story',
      transport: async () => undefined,
      onError: (error) => errors.push(error),
    });
    await session.start({ disabled: false, hidden: false });
    expect(session.state().status).toBe('error');
    expect(session.state().detail).toMatch(/not listening/);
    // The wake-up call went unanswered too, and says so.
    expect(errors.map(String)).toEqual([expect.stringMatching(/"page.wake"/), expect.stringMatching(/"page.read"/)]);
    session.dispose();
  });

  it('does not store a forgotten page again on the same visit, and still answers its cards', async () => {
    const claimStore = store();
    const router = routerOn(claimStore);
    await readFirstSource(router);
    const session = await openSecondSource(router);
    const { sourceId } = session.state();
    const popup = (message: Request) => router(message, { id: EXTENSION_ID, url: 'chrome-extension://crosslight-test/popup.html' });
    await request(popup, { type: 'source.forget', sourceId: sourceId! });
    const after = await session.forget();
    expect(after).toMatchObject({ status: 'article', stored: false });
    expect(after.detail).toMatch(/Forgotten/);
    expect(await claimStore.getSource(sourceId!)).toBeUndefined();
    // The conflict with the first article is still shown, from the analysis kept for the session.
    const summary = await request(popup, { type: 'source.summary', sourceId: sourceId! });
    const conflicting = summary.claims.find((claim) => claim.counts.conflicts > 0);
    expect(conflicting).toBeDefined();
    const card = await request(popup, { type: 'card.claim', claimId: conflicting!.id });
    expect(card.groups[0]!.relation).toBe('conflicts');
    expect(await claimStore.getSource(sourceId!)).toBeUndefined();
    expect(errors).toEqual([]);
    session.dispose();
  });

  it('answers the cards of a page the reader has not added in ask mode', async () => {
    const claimStore = store();
    const router = routerOn(claimStore);
    await readFirstSource(router);
    await addModeSetting.setValue('ask');
    const session = await openSecondSource(router);
    expect(session.state()).toMatchObject({ status: 'article', stored: false });
    const content = (message: Request) => router(message, { id: EXTENSION_ID, url: 'https://news-agency.example/outcome', tab: { id: 1 } });
    const summary = await request((m: Request) => router(m, { id: EXTENSION_ID, url: 'chrome-extension://crosslight-test/popup.html' }), { type: 'source.summary', sourceId: session.state().sourceId! });
    const matched = summary.claims[0]!;
    const card = await request(content, { type: 'card.claim', claimId: matched.id });
    expect(card.groups.flatMap((group) => group.items).length).toBeGreaterThan(0);
    expect(await claimStore.getSource(session.state().sourceId!)).toBeUndefined();
    session.dispose();
  });

  it('reads the new article after a single-page navigation, and drops the old one', async () => {
    const router = routerOn(store());
    let url = 'https://news-agency.example/outcome';
    document.body.innerHTML = articleHtml('001.txt');
    const session = sessionFor(router, () => url);
    await session.start({ disabled: false, hidden: false });
    const before = session.state();
    url = 'https://news-agency.example/analysis';
    document.body.innerHTML = articleHtml('000.txt');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(session.state().status).toBe('loading');
    await waitUntil(() => session.state().status === 'article' && session.state().url === url);
    expect(session.state().sourceId).not.toBe(before.sourceId);
    expect(session.state().counts).not.toEqual(before.counts);
    expect(errors).toEqual([]);
    session.dispose();
  });

  it('steps through the claims from the keyboard, selecting each where the page cannot be highlighted', async () => {
    const router = routerOn(store());
    await readFirstSource(router);
    const session = await openSecondSource(router);
    expect(session.state().detail).toMatch(/cannot highlight/);
    const press = (code: string) => document.body.dispatchEvent(new KeyboardEvent('keydown', { code, altKey: true, shiftKey: true, bubbles: true, cancelable: true }));
    expect(press('KeyN')).toBe(false);
    const firstSelected = document.getSelection()!.toString();
    expect(firstSelected.length).toBeGreaterThan(20);
    // The card opens on an element of Crosslight's own, next to <html>'s head and body.
    expect(document.documentElement.children).toHaveLength(3);
    press('KeyN');
    const secondSelected = document.getSelection()!.toString();
    expect(secondSelected).not.toBe(firstSelected);
    press('KeyP');
    expect(document.getSelection()!.toString()).toBe(firstSelected);
    session.dispose();
    expect(document.documentElement.children).toHaveLength(2);
  });

  it('steps only through the conflicts once the reader chose to see only those, without reading the page again', async () => {
    const router = routerOn(store());
    await readFirstSource(router);
    const session = await openSecondSource(router);
    const press = () => document.body.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyN', altKey: true, shiftKey: true, bubbles: true, cancelable: true }));
    const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
    const stepAround = () => {
      const seen = new Set<string>();
      for (let i = 0; i < 60; i++) {
        press();
        seen.add(fold(document.getSelection()!.toString()));
      }
      return seen;
    };
    const reported = stepAround();
    const summary = await request((m: Request) => router(m, { id: EXTENSION_ID, url: 'chrome-extension://crosslight-test/popup.html' }), { type: 'source.summary', sourceId: session.state().sourceId! });
    const conflicting = summary.claims.filter((claim) => claim.counts.conflicts > 0).map((claim) => fold(claim.text));
    expect(conflicting.length).toBeGreaterThan(0);
    expect(reported.size).toBeGreaterThan(conflicting.length);

    const before = session.state();
    session.setHighlightChoice({ names: false, claims: 'conflicts' });
    expect([...stepAround()].sort()).toEqual([...conflicting].sort());
    expect(session.state()).toEqual(before);
    session.setHighlightChoice({ names: true, claims: 'reported' });
    expect(stepAround()).toEqual(reported);
    expect(errors).toEqual([]);
    session.dispose();
  });
});

async function waitUntil(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('Timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
