/**
 * The markup-injection scenario both browsers run: two hostile articles on one meeting, read in
 * turn, whose titles, sites, addresses and quotes then appear in each other's card, the popup and
 * the manager. The browser-specific part (how the card is inspected) stays in each test file.
 */
import { expect } from 'vitest';
import type { BrowserDriver, TabHandle } from '../../../scripts/harness/driver';
import { pollUntil } from '../../../scripts/harness/poll';
import { pointOnFirstHighlight } from '../../../scripts/harness/probes';
import type { SampleServer } from '../../../scripts/harness/sample-server';
import { hostileUrl } from './hostile-routes';
import { VERDICT_TIMEOUT_MS, verdictOn } from './page-effects';
import { dangerousElements, isCardHostChange, watchReport } from './page-probes';

/** Reads markup-a, then markup-b, and clicks the first highlight of markup-b, the tab left in front. */
export async function readHostilePairAndClick(driver: BrowserDriver, server: SampleServer): Promise<{ first: TabHandle; second: TabHandle }> {
  const first = await driver.openTab(hostileUrl(server.origin, 'markup-a'));
  expect((await verdictOn(driver, first, 'markup-a')).status).toBe('article');
  const second = await driver.openTab(hostileUrl(server.origin, 'markup-b'));
  expect((await verdictOn(driver, second, 'markup-b')).status).toBe('article');
  await second.bringToFront();
  const point = await second.evaluate(pointOnFirstHighlight, undefined);
  expect(point).not.toBeNull();
  await second.click(point!.x, point!.y);
  return { first, second };
}

/** The popup for `tab` and the manager's source list show the hostile text, and none of it as markup. */
export async function expectInertInExtensionPages(driver: BrowserDriver, tab: TabHandle): Promise<void> {
  const popup = await driver.openExtensionPage(`popup.html?tab=${tab.id}`);
  await pollUntil('claims of the other source in the popup', async () => (await popup.evaluate(() => document.body.innerText, undefined)).includes('Keller'), VERDICT_TIMEOUT_MS);
  expect(await popup.evaluate(dangerousElements, undefined)).toEqual([]);
  expect(await popup.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned, undefined)).toBeUndefined();
  await popup.close();

  const manager = await driver.openExtensionPage('manager.html#sources');
  await pollUntil('the hostile titles listed', async () => (await manager.evaluate(() => document.body.innerText, undefined)).includes('onerror'), VERDICT_TIMEOUT_MS);
  expect(await manager.evaluate(dangerousElements, undefined)).toEqual([]);
  await manager.close();
}

/** Nothing ran in the hostile pages, nothing was fetched for them, and the card's host is all Crosslight added. */
export async function expectHostilePagesUntouched(pages: TabHandle[], server: SampleServer): Promise<void> {
  for (const page of pages) {
    const report = (await page.evaluate(watchReport, undefined))!;
    expect(report.pwned).toBe(false);
    expect(report.newGlobals).toEqual([]);
    expect(report.messages).toEqual([]);
    // The one element Crosslight adds to a page: the card's host under <html>, while the card is open.
    expect(report.mutations.filter((mutation) => !isCardHostChange(mutation))).toEqual([]);
  }
  expect(server.requestedPaths.filter((path) => /^\/(x|pwned)/.test(path.replace(/^\/hostile/, '')))).toEqual([]);
}
