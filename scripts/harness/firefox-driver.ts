/** The scenario's browser interface on Debian Firefox ESR, through puppeteer-core over WebDriver BiDi. */
import type { Page } from 'puppeteer-core';
import { launchFirefox } from './firefox';
import { pollUntil } from './poll';
import { startRefusingProxy } from './refusing-proxy';
import { claimOnce, isOutsideRequest, thrownFrom, type BrowserDriver, type PageFunction, type PageHandle } from './driver';

/** Extension pages see the WebExtension API as `browser`. */
declare const browser: { tabs: { create(options: { url: string }): Promise<{ id?: number }> } };

export async function createFirefoxDriver(): Promise<BrowserDriver> {
  // Firefox's background is an event page that automation cannot reach, so every request is sent
  // to this proxy (loopback excepted) and judged there.
  const proxy = await startRefusingProxy();
  const session = await launchFirefox({ headless: true, proxyPort: proxy.port });
  const errors: string[] = [];

  // Uncaught errors of the background page reach only the browser console, echoed on stderr.
  session.browser.process()?.stderr?.on('data', (chunk: Buffer) => {
    for (const line of String(chunk).split('\n')) {
      if (line.includes('JavaScript error:') && line.includes(session.origin)) errors.push(`background: ${line.trim()}`);
    }
  });

  const watch = (page: Page): PageHandle => {
    const fromExtension = (url: string | undefined) => !!url && url.startsWith(session.origin);
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const where = message.location().url;
      if (fromExtension(where) || fromExtension(page.url())) errors.push(`console: ${message.text()} (${where ?? page.url()})`);
    });
    page.on('pageerror', (error) => {
      const text = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
      if (fromExtension(page.url()) || thrownFrom(session.origin, text)) errors.push(`uncaught: ${text}`);
    });
    return {
      evaluate: <A, R>(fn: PageFunction<A, R>, arg: A) => page.evaluate(fn as (a: unknown) => Promise<R>, arg) as Promise<R>,
      bringToFront: () => page.bringToFront(),
      click: (x, y) => page.mouse.click(x, y),
      resize: (width, height) => page.setViewport({ width, height }),
      screenshot: async (path) => {
        await page.screenshot({ path: path as `${string}.png` });
      },
      close: () => page.close(),
    };
  };

  const openExtensionPage = async (path: string) => watch(await session.openExtensionPage(path));
  // An extension page to call the tabs API from: the background cannot be scripted in Firefox.
  const control = await openExtensionPage('popup.html');
  const claimed = new Set<Page>();

  return {
    openTab: async (url) => {
      const id = await control.evaluate((target) => browser.tabs.create({ url: target }).then((tab) => tab.id), url);
      if (id === undefined) throw new Error(`The tabs API gave no id for ${url}`);
      const page = await pollUntil(`a page for ${url}`, async () => claimOnce(claimed, await session.browser.pages(), (p) => p.url(), url));
      await pollUntil(`${url} to load`, () => page.evaluate(() => document.readyState === 'complete'));
      return { ...watch(page), id };
    },
    openExtensionPage,
    extensionErrors: () => [...errors],
    outsideRequests: () => proxy.requests.filter(isOutsideRequest),
    close: async () => {
      await session.close();
      await proxy.close();
    },
  };
}
