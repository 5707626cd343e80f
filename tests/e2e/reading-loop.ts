/**
 * The whole reading loop in a real browser, as a reader meets it: two articles on one event from
 * different sources, then pages that are not articles. Registered once per browser by the
 * `*.e2e.ts` files; every check goes through what a reader or the extension's own pages can see.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DB_NAME } from '../../lib/store/db';
import { pollUntil } from '../../scripts/harness/poll';
import { FIXTURES_DIR, startSampleServer, type SampleServer } from '../../scripts/harness/sample-server';
import type { BrowserDriver, TabHandle } from '../../scripts/harness/driver';
import { findElements, highlightSummary, openCard, pointOnFirstHighlight, storedCounts } from '../../scripts/harness/probes';

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
        const popup = await driver.openExtensionPage(`popup.html?tab=${tab.id}`);
        const items = await pollUntil(
          `cross-source claims in the popup of tab ${tab.id}`,
          async () => {
            const found = await popup.evaluate(findElements, '[data-testid="popup-other-claim"]');
            return found.length > 0 ? found : null;
          },
          ANALYSIS_TIMEOUT_MS,
        );
        expect(await popup.evaluate(findElements, '[data-testid="popup-claim"]')).not.toHaveLength(0);
        for (const item of items) expect(RELATIONS).toContain(item.relation);
        expect(items.some((item) => quotes(other.text, item.text))).toBe(true);
        await popup.close();
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

    it('leaves a search page and an empty page without highlights, saying they are not articles', async () => {
      for (const name of ['search', 'empty'] as const) {
        const tab = await driver.openTab(server.notArticleUrl(name));
        const popup = await driver.openExtensionPage(`popup.html?tab=${tab.id}`);
        const status = await pollUntil(`a verdict on the ${name} page`, async () => {
          const [found] = await popup.evaluate(findElements, '[data-testid="popup-status"]');
          return found && found.status !== 'loading' ? found.status : null;
        });
        expect(status).toBe('not-article');
        expect((await tab.evaluate(highlightSummary, 'body')).ranges).toBe(0);
        await popup.close();
        await tab.close();
      }
    });

    it('raises no errors in pages, content scripts, the background or its own pages', () => {
      expect(driver.extensionErrors()).toEqual([]);
    });

    it('sends no request outside 127.0.0.1', () => {
      expect(driver.outsideRequests()).toEqual([]);
    });
  });
}
