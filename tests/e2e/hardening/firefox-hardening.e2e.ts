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
import { openCard } from '../../../scripts/harness/probes';
import { FIXTURES_DIR, startSampleServer, type SampleServer } from '../../../scripts/harness/sample-server';
import { hostileRoute, hostileUrl } from './hostile-routes';
import { expectHostilePagesUntouched, expectInertInExtensionPages, readHostilePairAndClick } from './hostile-markup';
import { measurePageEffects, verdictOn } from './page-effects';
import { storeIntegrity, strayRootElements, watchReport } from './page-probes';

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
    const { first, second } = await readHostilePairAndClick(driver, server);
    await pollUntil('a card after the click', () => second.evaluate(openCard, undefined));
    // Time for the card to load the other source's hostile quote and title.
    await new Promise((wake) => setTimeout(wake, 1500));
    await expectInertInExtensionPages(driver, second);
    await expectHostilePagesUntouched([first, second], server);
    await first.close();
    await second.close();
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
