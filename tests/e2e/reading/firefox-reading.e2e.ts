/**
 * Reading with Crosslight in Firefox ESR: the core of the Chromium suite (painting, the click on a
 * disputed sentence, the keyboard, the popup). Firefox's automation cannot reach into the card's
 * closed shadow root either; the card is checked as the page sees it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserDriver, TabHandle } from '../../../scripts/harness/driver';
import { createFirefoxDriver } from '../../../scripts/harness/firefox-driver';
import { pollUntil } from '../../../scripts/harness/poll';
import { findElements, highlightSummary } from '../../../scripts/harness/probes';
import { startSampleServer, type SampleServer } from '../../../scripts/harness/sample-server';
import { VERDICT_TIMEOUT_MS } from '../hardening/page-effects';
import { readingRoute } from './reading-routes';
import { cardHost, countPageClicks, pageClicks, paintedStyles, pointOnNameInClaim, pressOnPage } from './reading-probes';

const CONFLICT = '2px';

describe('Reading with Crosslight in Firefox ESR', () => {
  let server: SampleServer;
  let driver: BrowserDriver;
  let second: TabHandle;

  beforeAll(async () => {
    server = await startSampleServer(0, readingRoute);
    driver = await createFirefoxDriver();
    for (const name of ['000', '001']) {
      const tab = await driver.openTab(server.corpusUrl(name));
      await pollUntil(`highlights on ${name}`, async () => (await tab.evaluate(highlightSummary, 'article')).ranges > 0, VERDICT_TIMEOUT_MS);
      second = tab;
    }
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('paints the disputed sentence, inside the article only', async () => {
    const styles = await second.evaluate(paintedStyles, undefined);
    expect(styles.find((style) => style.rule.includes(CONFLICT))?.texts.some((text) => /two hours seventeen minutes/.test(text))).toBe(true);
    expect((await second.evaluate(highlightSummary, 'article')).outside).toBe(0);
  });

  it('opens a focused card for a click on a name in the disputed sentence, and lets the page see the click', async () => {
    await second.bringToFront();
    await second.evaluate(countPageClicks, undefined);
    const point = await second.evaluate(pointOnNameInClaim, CONFLICT);
    expect(point).not.toBeNull();
    await second.click(point!.x, point!.y);
    const host = await pollUntil('the card', () => second.evaluate(cardHost, undefined));
    expect(host.focused).toBe(true);
    expect(await second.evaluate(pageClicks, undefined)).toBe(1);
    await second.evaluate(pressOnPage, { code: 'Escape', key: 'Escape' });
    expect(await second.evaluate(cardHost, undefined)).toBeNull();
  });

  it('opens the next reported claim’s card from the keyboard', async () => {
    await second.evaluate(pressOnPage, { code: 'KeyN', key: 'N', altKey: true, shiftKey: true });
    expect(await pollUntil('the card', () => second.evaluate(cardHost, undefined))).not.toBeNull();
    await second.evaluate(pressOnPage, { code: 'Escape', key: 'Escape' });
  });

  it('lists the conflict first in the popup', async () => {
    const popup = await driver.openExtensionPage(`popup.html?tab=${second.id}`);
    const claims = await pollUntil('claims in the popup', async () => {
      const found = await popup.evaluate(findElements, '[data-testid="popup-claim"]');
      return found.length > 0 ? found : null;
    }, VERDICT_TIMEOUT_MS);
    expect(claims[0]!.relation).toBe('conflicts');
    await popup.close();
  });

  it('raises no errors and requests nothing outside 127.0.0.1', () => {
    expect(driver.extensionErrors()).toEqual([]);
    expect(driver.outsideRequests()).toEqual([]);
  });
});
