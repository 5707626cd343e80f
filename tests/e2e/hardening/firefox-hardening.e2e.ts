/**
 * Crosslight in Firefox ESR against hostile pages and on every sample page. Firefox has no
 * devtools protocol for the add-on's background: what leaves the machine is judged by the
 * refusing proxy, and the card (in a closed shadow root) by what its markup would do if it ran.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DB_NAME } from '../../../lib/store/db';
import type { BrowserDriver, PageHandle } from '../../../scripts/harness/driver';
import { createFirefoxDriver } from '../../../scripts/harness/firefox-driver';
import { pollUntil } from '../../../scripts/harness/poll';
import { openCard, pointOnFirstHighlight } from '../../../scripts/harness/probes';
import { FIXTURES_DIR, startSampleServer, type SampleServer } from '../../../scripts/harness/sample-server';
import { hostileRoute, hostileUrl } from './hostile-routes';
import { measurePageEffects, VERDICT_TIMEOUT_MS, verdictOn } from './page-effects';
import { dangerousElements, isCardHostChange, storeIntegrity, strayRootElements, watchReport } from './page-probes';

/** Firefox's add-on id, which WXT names its start-up event after. */
const GECKO_ID = 'crosslight@crosslight.dev';

describe('Crosslight in Firefox ESR, against hostile pages', () => {
  let server: SampleServer;
  let driver: BrowserDriver;
  let control: PageHandle;

  beforeAll(async () => {
    server = await startSampleServer(0, hostileRoute);
    driver = await createFirefoxDriver();
    control = await driver.openExtensionPage('popup.html');
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('lets a spoofing page neither reach the store nor notice Crosslight beyond its highlights', async () => {
    const tab = await driver.openTab(`${hostileUrl(server.origin, 'spoof')}#${GECKO_ID}`);
    expect((await verdictOn(driver, tab, 'the spoofing page')).status).toBe('article');
    await new Promise((wake) => setTimeout(wake, 2500));
    const report = (await tab.evaluate(watchReport, undefined))!;
    expect(report.pwned).toBe(false);
    expect(report.newGlobals).toEqual([]);
    expect(report.mutations).toEqual([]);
    expect(report.messages).toEqual([]);
    expect(report.spoofAnswers).toEqual([{ type: 'runtime', refused: 'no extension runtime in this page' }]);
    // At most WXT's start-up event with its random id (see SECURITY.md), and the page's own forgery.
    for (const { detail } of report.startedEvents) expect(detail).toMatch(/^(null|\{"contentScriptName":"content","messageId":"[a-z0-9]+"\})$/);
    expect(await tab.evaluate(strayRootElements, undefined)).toEqual([]);
    expect((await verdictOn(driver, tab, 'the spoofing page, after the forged start-up event')).status).toBe('article');
    const store = await control.evaluate(storeIntegrity, DEFAULT_DB_NAME);
    expect(store.problems).toEqual([]);
    expect(store.counts.sources).toBe(1);
    await tab.close();
  });

  it('shows markup from titles, quotes and sites as text in the card, popup and manager, and runs none of it', async () => {
    const first = await driver.openTab(hostileUrl(server.origin, 'markup-a'));
    expect((await verdictOn(driver, first, 'markup-a')).status).toBe('article');
    const tab = await driver.openTab(hostileUrl(server.origin, 'markup-b'));
    expect((await verdictOn(driver, tab, 'markup-b')).status).toBe('article');
    await tab.bringToFront();
    const point = await tab.evaluate(pointOnFirstHighlight, undefined);
    expect(point).not.toBeNull();
    await tab.click(point!.x, point!.y);
    await pollUntil('a card after the click', () => tab.evaluate(openCard, undefined));
    // Time for the card to load the other source's hostile quote and title.
    await new Promise((wake) => setTimeout(wake, 1500));

    const popup = await driver.openExtensionPage(`popup.html?tab=${tab.id}`);
    await pollUntil('claims of the other source in the popup', async () => (await popup.evaluate(() => document.body.innerText, undefined)).includes('Keller'), VERDICT_TIMEOUT_MS);
    expect(await popup.evaluate(dangerousElements, undefined)).toEqual([]);
    await popup.close();
    const manager = await driver.openExtensionPage('manager.html#sources');
    await pollUntil('the hostile titles listed', async () => (await manager.evaluate(() => document.body.innerText, undefined)).includes('onerror'), VERDICT_TIMEOUT_MS);
    expect(await manager.evaluate(dangerousElements, undefined)).toEqual([]);
    await manager.close();

    for (const page of [first, tab]) {
      const report = (await page.evaluate(watchReport, undefined))!;
      expect(report.pwned).toBe(false);
      expect(report.newGlobals).toEqual([]);
      expect(report.messages).toEqual([]);
      expect(report.mutations.filter((mutation) => !isCardHostChange(mutation))).toEqual([]);
    }
    expect(server.requestedPaths.filter((path) => /^\/(x|pwned)/.test(path.replace(/^\/hostile/, '')))).toEqual([]);
    await first.close();
    await tab.close();
  });

  it('leaves every real news page without layout shift and reports no error', { timeout: 600_000 }, async () => {
    const pages = (await readdir(join(FIXTURES_DIR, 'pages'), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
    const moved: Record<string, { status: string; moved: number; added: number }> = {};
    for (const page of pages) {
      const effects = await measurePageEffects(driver, control, server.pageUrl(page), '127.0.0.1');
      moved[page] = { status: effects.status, moved: effects.movedElements, added: effects.elementCountChange };
    }
    for (const [page, effects] of Object.entries(moved)) expect(effects, page).toEqual({ status: expect.not.stringMatching(/^error$/), moved: 0, added: 0 });
    expect((await control.evaluate(storeIntegrity, DEFAULT_DB_NAME)).problems).toEqual([]);
  });

  it('raised no error anywhere', () => {
    expect(driver.extensionErrors()).toEqual([]);
  });
});
