// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter } from '../../../lib/background/router';
import { PageSession } from '../../../lib/content/page-session';
import type { Request } from '../../../lib/messages';
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

function sessionFor(router: ReturnType<typeof createRouter>, url: string) {
  return new PageSession({
    doc: document,
    location: () => url,
    transport: (message: Request) => router(message, { id: EXTENSION_ID, url, tab: { id: 1 } }),
    onError: (error) => errors.push(error),
  });
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
    const router = createRouter({ store: store(), extensionId: EXTENSION_ID, setBadge: async () => {}, onError: (e) => errors.push(e) });
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
    const router = createRouter({ store: store(), extensionId: EXTENSION_ID, setBadge: async () => {}, onError: (e) => errors.push(e) });
    document.body.innerHTML = articleHtml('000.txt');
    const first = sessionFor(router, 'https://think-tank.example/analysis');
    await first.start({ disabled: false, hidden: false });
    first.dispose();
    document.body.innerHTML = articleHtml('001.txt');
    const second = sessionFor(router, 'https://news-agency.example/outcome');
    await second.start({ disabled: false, hidden: false });
    expect(errors).toEqual([]);
    expect(second.state().counts!.conflicts).toBeGreaterThan(0);
    second.dispose();
  });

  it('says a page is not an article, without asking the background or failing', async () => {
    const router = createRouter({ store: store(), extensionId: EXTENSION_ID, setBadge: async () => {}, onError: (e) => errors.push(e) });
    document.body.innerHTML = '<form><input name="q"></form><ol><li><a href="/1">Result one</a></li><li><a href="/2">Result two</a></li></ol>';
    const session = sessionFor(router, 'https://search.example/?q=summit');
    await session.start({ disabled: false, hidden: false });
    expect(session.state()).toMatchObject({ status: 'not-article', sourceId: null, counts: null });
    expect(errors).toEqual([]);
    session.dispose();
  });

  it('does nothing on a site the reader turned off, and starts when it is turned back on', async () => {
    const router = createRouter({ store: store(), extensionId: EXTENSION_ID, setBadge: async () => {}, onError: (e) => errors.push(e) });
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
    expect(errors).toHaveLength(1);
    session.dispose();
  });
});
