/** The scenario's browser interface on Debian Chromium, through playwright-core. */
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './chromium';
import { pollUntil } from './poll';
import { startMainThreadTrace, type MainThreadTrace } from './main-thread-trace';
import { startRefusingProxy } from './refusing-proxy';
import { claimOnce, isOutsideRequest, thrownFrom, type BrowserDriver, type PageFunction, type PageHandle, type TabHandle } from './driver';

/** The extension API in Chromium's extension pages. */
declare const chrome: { tabs: { create(options: { url: string }): Promise<{ id?: number }> } };

function handle(page: Page): PageHandle {
  return {
    // Arguments are plain JSON data here, so Playwright's handle unboxing never applies.
    evaluate: <A, R>(fn: PageFunction<A, R>, arg: A) => page.evaluate(fn as PageFunction<unknown, R>, arg as unknown),
    bringToFront: () => page.bringToFront(),
    click: (x, y) => page.mouse.click(x, y),
    resize: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    close: () => page.close(),
  };
}

/** The driver with the Chromium session under it, for tests that need the devtools protocol. */
export interface ChromiumDriver extends BrowserDriver {
  session: ChromiumSession;
  traceMainThread(tab: TabHandle): Promise<MainThreadTrace>;
}

export async function createChromiumDriver(): Promise<ChromiumDriver> {
  // The proxy keeps real pages' remote assets off the network; Chromium's own update and account
  // pings also end there, so outside requests are judged from page and worker events instead.
  const proxy = await startRefusingProxy();
  const session = await launchChromium({ headless: true, proxyPort: proxy.port });
  const { context, extensionId } = session;
  const extensionOrigin = `chrome-extension://${extensionId}`;
  const errors: string[] = [];
  const outside: string[] = [];

  const fromExtension = (url: string | undefined) => !!url && url.startsWith(extensionOrigin);
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    const page = message.page()?.url();
    if (fromExtension(where) || fromExtension(page)) errors.push(`console: ${message.text()} (${where || page})`);
  });
  context.on('weberror', (webError) => {
    const error = webError.error();
    const page = webError.page()?.url();
    if (fromExtension(page) || thrownFrom(extensionOrigin, error.stack ?? '')) errors.push(`uncaught: ${error.stack ?? error.message}`);
  });
  const watchWorker = (worker: import('playwright-core').Worker) => {
    if (!fromExtension(worker.url())) return;
    worker.on('console', (message) => {
      if (message.type() === 'error') errors.push(`background console: ${message.text()}`);
    });
  };
  context.serviceWorkers().forEach(watchWorker);
  context.on('serviceworker', watchWorker);
  context.on('request', (request) => {
    if (isOutsideRequest(request.url())) outside.push(request.url());
  });

  const openExtensionPage = async (path: string): Promise<PageHandle> => {
    const page = await context.newPage();
    await page.goto(`${extensionOrigin}/${path}`);
    return handle(page);
  };
  // Tabs are opened from an extension page rather than from the service worker, which the browser
  // (or stopBackground) may have stopped.
  const control = await openExtensionPage('popup.html');
  const claimed = new Set<Page>();
  const tabPages = new WeakMap<TabHandle, Page>();
  return {
    session,
    openTab: async (url) => {
      const id = await control.evaluate((target) => chrome.tabs.create({ url: target }).then((tab) => tab.id), url);
      if (id === undefined) throw new Error(`The tabs API gave no id for ${url}`);
      const page = await pollUntil(`a page for ${url}`, async () => claimOnce(claimed, context.pages(), (p) => p.url(), url));
      await page.waitForLoadState('load');
      const tab = { ...handle(page), id };
      tabPages.set(tab, page);
      return tab;
    },
    openExtensionPage,
    traceMainThread: async (tab) => {
      const page = tabPages.get(tab);
      if (!page) throw new Error(`Tab ${tab.id} was not opened by this driver.`);
      return startMainThreadTrace(await context.newCDPSession(page));
    },
    stopBackground: async () => {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      const workerTargets = async () => {
        const { targetInfos } = await cdp.send('Target.getTargets');
        return targetInfos.filter((target) => target.type === 'service_worker' && target.url.startsWith(extensionOrigin));
      };
      for (const target of await workerTargets()) await cdp.send('Target.closeTarget', { targetId: target.targetId });
      await pollUntil('the service worker to stop', async () => (await workerTargets()).length === 0);
      await cdp.detach();
    },
    extensionErrors: () => [...errors],
    outsideRequests: () => [...outside],
    close: async () => {
      await session.close();
      await proxy.close();
    },
  };
}
