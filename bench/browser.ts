/** Headless Chromium for the bench: Debian's build, no network beyond 127.0.0.1. */
import { CHROMIUM_ARGS } from '../scripts/harness/chromium';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/** A context whose requests outside loopback fail at once, as the saved pages' remote assets should. */
export async function loopbackContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await blockRemote(context);
  return context;
}

export async function blockRemote(context: BrowserContext): Promise<void> {
  await context.route(/^(?!https?:\/\/127\.0\.0\.1[:/]|data:|blob:|chrome-extension:)/, (route) => route.abort('blockedbyclient'));
}

/** JS heap in use after a full garbage collection, in bytes. */
export async function heapAfterGc(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const usage = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize;
}

export async function cdp(page: Page): Promise<CDPSession> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.enable');
  return session;
}
