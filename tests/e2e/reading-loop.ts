/**
 * The whole reading loop in a real browser, as a reader meets it: two articles on one event from
 * different sources, then pages that are not articles. Registered once per browser by the
 * `*.e2e.ts` files; every check goes through what a reader or the extension's own pages can see.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DB_NAME } from '../../lib/store/db';
import { pollUntil } from '../../scripts/harness/poll';
import { FIXTURES_DIR, startSampleServer, type SampleServer } from '../../scripts/harness/sample-server';
import type { BrowserDriver, TabHandle } from '../../scripts/harness/driver';
import {
  findElements,
  highlightedTexts,
  highlightSummary,
  openCard,
  pointOnFirstHighlight,
  storedCounts,
} from '../../scripts/harness/probes';

/** Analysis of a first article includes loading the language model: allow for a slow machine. */
const ANALYSIS_TIMEOUT_MS = 45_000;
const RELATIONS = ['agrees', 'conflicts', 'related'];

const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ');

/** Whether `quote` repeats a run of six words of `article`: the quote really comes from it. */
function quotes(article: string, quote: string): boolean {
  const articleText = ` ${words(article).join(' ')} `;
  const quoteWords = words(quote);
  for (let i = 0; i + 6 <= quoteWords.length; i += 1) {
    if (articleText.includes(` ${quoteWords.slice(i, i + 6).join(' ')} `)) return true;
  }
  return false;
}

/** Letters and digits only: compares texts whatever their spacing, punctuation and markup. */
const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

async function expectedArticleText(page: string): Promise<string> {
  const html = await readFile(join(FIXTURES_DIR, 'pages', page, 'expected.html'), 'utf8');
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body.textContent ?? '';
}

/**
 * The tests of one browser share that browser and run in order, as one reader's session: two
 * related articles first, then the rest.
 */
export function describeReadingLoop(browserName: string, createDriver: () => Promise<BrowserDriver>): void {
  describe(`Crosslight in ${browserName}`, () => {
    let server: SampleServer;
    let driver: BrowserDriver;
    const articles: { name: string; text: string; tab: TabHandle }[] = [];

    beforeAll(async () => {
      server = await startSampleServer();
      driver = await createDriver();
      // One after the other, as a reader would: the second is analysed against the first.
      for (const name of ['000', '001']) {
        const text = await readFile(join(FIXTURES_DIR, 'corpus', `${name}.txt`), 'utf8');
        const tab = await driver.openTab(server.corpusUrl(name));
        await pollUntil(`highlights on ${name}`, async () => (await tab.evaluate(highlightSummary, 'article')).ranges > 0, ANALYSIS_TIMEOUT_MS);
        articles.push({ name, text, tab });
      }
    });

    /** The popup's verdict on a tab once the page has been read: article, not-article, … */
    async function verdictOn(tab: TabHandle, what: string): Promise<string> {
      const popup = await driver.openExtensionPage(`popup.html?tab=${tab.id}`);
      try {
        return await pollUntil(
          `a verdict on ${what}`,
          async () => {
            const [found] = await popup.evaluate(findElements, '[data-testid="popup-status"]');
            return found?.status && found.status !== 'loading' ? found.status : null;
          },
          ANALYSIS_TIMEOUT_MS,
        );
      } finally {
        await popup.close();
      }
    }

    /** Texts of the other sources' claims that the popup lists for a tab. */
    async function otherClaimsInPopup(tab: TabHandle): Promise<{ text: string; relation: string | null }[]> {
      const popup = await driver.openExtensionPage(`popup.html?tab=${tab.id}`);
      try {
        expect(await pollUntil('claims in the popup', async () => (await popup.evaluate(findElements, '[data-testid="popup-claim"]')).length > 0, ANALYSIS_TIMEOUT_MS)).toBe(true);
        return await pollUntil(
          `cross-source claims in the popup of tab ${tab.id}`,
          async () => {
            const found = await popup.evaluate(findElements, '[data-testid="popup-other-claim"]');
            return found.length > 0 ? found : null;
          },
          ANALYSIS_TIMEOUT_MS,
        );
      } finally {
        await popup.close();
      }
    }

    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    it('paints highlights on both articles, every one of them inside the article text', async () => {
      for (const { tab } of articles) {
        const summary = await tab.evaluate(highlightSummary, 'article');
        expect(summary.ranges).toBeGreaterThan(0);
        expect(summary.outside).toBe(0);
      }
    });

    it("stores both articles and their claims in the extension's IndexedDB", async () => {
      const page = await driver.openExtensionPage('popup.html');
      const counts = await pollUntil(
        'both sources stored',
        async () => {
          const found = await page.evaluate(storedCounts, DEFAULT_DB_NAME);
          return found && (found.sources ?? 0) >= 2 ? found : null;
        },
        ANALYSIS_TIMEOUT_MS,
      );
      await page.close();
      expect(counts.sources).toBe(2);
      expect(counts.claims).toBeGreaterThan(0);
      expect(counts.mentions).toBeGreaterThan(0);
    });

    it("shows in each tab's popup a claim that the other source also reports, with its relation", async () => {
      for (const [index, { tab }] of articles.entries()) {
        const other = articles[1 - index]!;
        const items = await otherClaimsInPopup(tab);
        for (const item of items) expect(RELATIONS).toContain(item.relation);
        expect(items.some((item) => quotes(other.text, item.text))).toBe(true);
      }
    });

    it('opens a card when the reader clicks a highlight', async () => {
      const { tab } = articles[1]!;
      await tab.bringToFront();
      const point = await tab.evaluate(pointOnFirstHighlight, undefined);
      expect(point).not.toBeNull();
      await tab.click(point!.x, point!.y);
      const card = await pollUntil('a card after the click', () => tab.evaluate(openCard, undefined));
      expect(card.focused).toBe(true);
    });

    it('analyses and matches an article read after the browser stopped its background', async (context) => {
      if (!driver.stopBackground) {
        context.skip('this build has a persistent background page');
        return;
      }
      await driver.stopBackground();
      const tab = await driver.openTab(server.corpusUrl('002'));
      await pollUntil('highlights on 002', async () => (await tab.evaluate(highlightSummary, 'article')).ranges > 0, ANALYSIS_TIMEOUT_MS);
      const items = await otherClaimsInPopup(tab);
      expect(items.some((item) => articles.some((article) => quotes(article.text, item.text)))).toBe(true);
      await tab.close();
    });

    it('leaves a search page, an empty page and a huge archive page without highlights, saying they are not articles', async () => {
      for (const name of ['search', 'empty', 'huge'] as const) {
        const tab = await driver.openTab(server.notArticleUrl(name));
        expect(await verdictOn(tab, `the ${name} page`)).toBe('not-article');
        expect((await tab.evaluate(highlightSummary, 'body')).ranges).toBe(0);
        await tab.close();
      }
    });

    it('shows a PDF without highlights, the popup saying why there is nothing to show', async () => {
      const tab = await driver.openTab(server.pdfUrl);
      // Chromium runs content scripts in its PDF viewer's page (nothing to read there); Firefox's
      // built-in viewer is closed to extensions.
      expect(['not-article', 'unreadable']).toContain(await verdictOn(tab, 'the PDF'));
      expect((await tab.evaluate(highlightSummary, 'body')).ranges).toBe(0);
      await tab.close();
    });

    // Checked before the real news pages, which reference remote scripts and images of their own.
    it('makes no request outside 127.0.0.1 while reading pages that load nothing remote themselves', () => {
      expect(driver.outsideRequests()).toEqual([]);
    });

    it('keeps highlights on real news pages inside the article text that Readability extracts', { timeout: 300_000 }, async () => {
      const pages = (await readdir(join(FIXTURES_DIR, 'pages'), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
      const verdicts: Record<string, string> = {};
      for (const page of pages) {
        const expected = squash(await expectedArticleText(page));
        const tab = await driver.openTab(server.pageUrl(page));
        verdicts[page] = await verdictOn(tab, page);
        const stray = (await tab.evaluate(highlightedTexts, undefined)).filter((text) => !expected.includes(squash(text)));
        expect(stray, `highlights outside the article on ${page}`).toEqual([]);
        await tab.close();
      }
      expect(Object.values(verdicts).filter((verdict) => verdict === 'error'), JSON.stringify(verdicts)).toEqual([]);
      expect(Object.values(verdicts).filter((verdict) => verdict === 'article').length, JSON.stringify(verdicts)).toBeGreaterThan(pages.length / 2);
    });

    it('raises no errors in pages, content scripts, the background or its own pages', () => {
      expect(driver.extensionErrors()).toEqual([]);
    });

  });
}
