// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NAVIGATION_SETTLE_MS, PageChanges, pageAddress, SETTLE_MS } from '../../../lib/content/page-changes';

let changes: PageChanges | null = null;
afterEach(() => {
  changes?.dispose();
  changes = null;
  vi.useRealTimers();
  document.body.innerHTML = '';
});

function watch(own: Node | null = null) {
  let url = 'https://news.example/a';
  const log: string[] = [];
  changes = new PageChanges({
    doc: document,
    location: () => url,
    own: () => own,
    onNavigate: (to) => log.push(`navigate ${to}`),
    onSettled: () => log.push('settled'),
  });
  changes.start();
  return { log, go: (to: string) => (url = to) };
}

const flushMutations = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('PageChanges', () => {
  it('takes a new fragment for the same page and a new path for a new page', () => {
    expect(pageAddress('https://news.example/a#:~:text=two%20hours')).toBe('https://news.example/a');
    expect(pageAddress('https://news.example/a?page=2')).toBe('https://news.example/a?page=2');
  });

  it('reads the page again once it has been quiet after text was added', async () => {
    const { log } = watch();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'A late paragraph about the summit.' }));
    await vi.advanceTimersByTimeAsync(SETTLE_MS - 100);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'And another one.' }));
    await vi.advanceTimersByTimeAsync(SETTLE_MS - 100);
    expect(log).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    expect(log).toEqual(['settled']);
  });

  it('ignores its own card, scripts, images and empty elements', async () => {
    const own = document.createElement('div');
    document.documentElement.append(own);
    const { log } = watch(own);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    own.append(Object.assign(document.createElement('p'), { textContent: 'Card text' }));
    document.body.append(Object.assign(document.createElement('script'), { textContent: 'var tracking = 1;' }));
    document.body.append(document.createElement('img'), document.createElement('div'));
    await vi.advanceTimersByTimeAsync(SETTLE_MS * 3);
    expect(log).toEqual([]);
    own.remove();
  });

  it('reports a single-page navigation at once and reads the new page shortly after', async () => {
    const { log, go } = watch();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    go('https://news.example/b');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(log).toEqual(['navigate https://news.example/b']);
    await vi.advanceTimersByTimeAsync(NAVIGATION_SETTLE_MS + 10);
    expect(log).toEqual(['navigate https://news.example/b', 'settled']);
  });

  it('sees a pushState navigation through the new content it brings, and ignores a new fragment', async () => {
    const { log, go } = watch();
    go('https://news.example/a#section-2');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(log).toEqual([]);
    go('https://news.example/c');
    document.body.append(Object.assign(document.createElement('article'), { textContent: 'The new article.' }));
    await flushMutations();
    expect(log).toEqual(['navigate https://news.example/c']);
  });
});
