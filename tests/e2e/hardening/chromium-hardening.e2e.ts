/**
 * Crosslight in Chromium against hostile pages, killed workers, concurrent tabs and every sample
 * page, with every request of its own contexts recorded through the devtools protocol.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DB_NAME } from '../../../lib/store/db';
import { createChromiumDriver, type ChromiumDriver } from '../../../scripts/harness/chromium-driver';
import type { PageHandle } from '../../../scripts/harness/driver';
import type { MainThreadTask } from '../../../scripts/harness/main-thread-trace';
import { pollUntil } from '../../../scripts/harness/poll';
import { highlightSummary } from '../../../scripts/harness/probes';
import { FIXTURES_DIR, startSampleServer, type SampleServer } from '../../../scripts/harness/sample-server';
import { attachToTarget, browserSession, serviceWorkerTargets } from '../../../scripts/harness/cdp-target';
import { recordExtensionRequests, type RequestRecorder } from './extension-requests';
import { generatedRecords, storeFileText } from '../manager/store-file';
import { hostileRoute, hostileUrl } from './hostile-routes';
import { expectHostilePagesUntouched, expectInertInExtensionPages, readHostilePairAndClick } from './hostile-markup';
import { measurePageEffects, VERDICT_TIMEOUT_MS, verdictOn, type PageEffects } from './page-effects';
import { highlightRegistry, storeIntegrity, strayRootElements, watchReport, type StoreIntegrity } from './page-probes';

const LONG_TASK_MS = 50;
/**
 * Crosslight holds a page's main thread only for short slices of its work. A task is judged by
 * the CPU time the thread spent on it: on a machine with two cores, the extension's background,
 * the browser and the test keep a task of 5 ms waiting for a core for 90 ms of wall time, which
 * is no work of the page's. A task over 50 ms of it while Crosslight works, beyond the time the
 * page's own scripts ran in it, on a page that had none in its idle window just before, is
 * Crosslight's; should one still appear, the page is measured again and fails only when every
 * measurement shows one. Readability's parse, when it ran in the page, did so on every visit
 * (see SECURITY.md).
 */
const MEASUREMENTS = 3;
/** On a page with long tasks of its own when idle, only a freeze of half a second is surely Crosslight's. */
const FREEZE_MS = 500;

const longTasks = (tasks: MainThreadTask[]) => tasks.filter((t) => t.cpu > LONG_TASK_MS).map((t) => Math.round(t.cpu));

/** The long tasks of a measurement that are Crosslight's, by their CPU time outside the page's own scripts. */
function crosslightTasks(e: PageEffects): number[] {
  const { busy, idle } = e.tasks!;
  const over = longTasks(idle).length === 0 ? LONG_TASK_MS : FREEZE_MS;
  return busy.map((task) => Math.round(task.cpu - task.pageScriptCpu)).filter((beyond) => beyond > over);
}

/** A documentation address (TEST-NET-3): requests to it go nowhere even without the proxy. */
const TEST_REQUEST_HOST = '203.0.113.7';

describe('Crosslight in Chromium, against hostile pages and faults', () => {
  let server: SampleServer;
  let driver: ChromiumDriver;
  let recorder: RequestRecorder;
  let control: PageHandle;
  /** Errors a test caused on purpose and checked itself. */
  const expectedErrors = new Set<string>();

  beforeAll(async () => {
    server = await startSampleServer(0, hostileRoute);
    driver = await createChromiumDriver();
    recorder = await recordExtensionRequests(driver.session);
    control = await driver.openExtensionPage('popup.html');
  });

  afterAll(async () => {
    await recorder?.stop();
    await driver?.close();
    await server?.close();
  });

  const integrity = () => control.evaluate(storeIntegrity, DEFAULT_DB_NAME);

  it('records a request made by the background or an extension page (the recorder can fail)', async () => {
    const worker = await driver.session.serviceWorker();
    const [fromBackground, fromPage] = [`http://${TEST_REQUEST_HOST}/from-background`, `http://${TEST_REQUEST_HOST}/from-extension-page`];
    await worker.evaluate((url) => fetch(url).catch(() => null), fromBackground);
    await control.evaluate((url) => fetch(url).catch(() => null), fromPage);
    const seen = await pollUntil('the test requests recorded', async () => (recorder.requests.length >= 2 ? [...recorder.requests] : null));
    expect(seen).toEqual([
      { from: 'background', url: fromBackground },
      { from: 'extension page', url: fromPage },
    ]);
    (recorder.requests as unknown[]).length = 0;
  });

  it('lets a spoofing page neither reach the store nor notice Crosslight beyond its highlights', async () => {
    const tab = await driver.openTab(`${hostileUrl(server.origin, 'spoof')}#${driver.session.extensionId}`);
    const verdict = await verdictOn(driver, tab, 'the spoofing page');
    expect(verdict.status).toBe('article');
    // The page spoofs again two seconds after load: let everything land.
    await new Promise((wake) => setTimeout(wake, 2500));
    const report = (await tab.evaluate(watchReport, undefined))!;
    expect(report.pwned).toBe(false);
    expect(report.newGlobals).toEqual([]);
    expect(report.mutations).toEqual([]);
    expect(report.messages).toEqual([]);
    // Web pages get no runtime of Crosslight's: nothing is externally connectable.
    expect(report.spoofAnswers).toEqual([{ type: 'runtime', refused: 'no extension runtime in this page' }]);
    // WXT's start-up event on the document is seen by a page that knows the extension's public id
    // (a known limit, see SECURITY.md): it carries a random id and nothing else. A forged one,
    // which reaches the content script, does not stop Crosslight on the page.
    expect(report.startedEvents).toEqual([
      { detail: expect.stringMatching(/^\{"contentScriptName":"content","messageId":"[a-z0-9]+"\}$/) },
      { detail: '{"contentScriptName":"content","messageId":"forged"}' },
    ]);
    expect((await verdictOn(driver, tab, 'the spoofing page, after the forged start-up event')).status).toBe('article');
    expect(await tab.evaluate(strayRootElements, undefined)).toEqual([]);
    const registry = await tab.evaluate(highlightRegistry, undefined);
    expect(registry.length).toBeGreaterThan(0);
    for (const { name } of registry) expect(name).toMatch(/^[a-z][a-z0-9]{2,12}$/);
    expect(registry.map((r) => r.name).join(' ')).not.toMatch(/cross|light|claim|entity|conflict|person|place/i);

    // Only the page itself was stored: the forged page.analyze, deletion and add requests did nothing.
    const store = await integrity();
    expect(store.problems).toEqual([]);
    expect(store.counts.sources).toBe(1);
    await tab.close();
  });

  it('shows markup from titles, quotes, sites and addresses as text in the card, popup and manager, and runs none of it', async () => {
    const { first, second } = await readHostilePairAndClick(driver, server);
    // The card, opened from the highlight, shows the other source's hostile title and quote.
    const cardText = await pollUntil('the card with the other source', () => cardContents(driver, 'markup-b'), VERDICT_TIMEOUT_MS);
    expect(cardText.elements.filter((tag) => ['IMG', 'SVG', 'IFRAME', 'SCRIPT', 'svg'].includes(tag))).toEqual([]);
    expect(cardText.javascriptLinks).toEqual([]);
    await expectInertInExtensionPages(driver, second);
    await expectHostilePagesUntouched([first, second], server);
    await first.close();
    await second.close();
    expect((await integrity()).problems).toEqual([]);
  });

  describe('faults', () => {
    it('reports the failure when the background is killed mid-analysis, leaves nothing half-written, and reads the page once it restarts', async () => {
      const before = await integrity();
      const errorsBefore = driver.extensionErrors().length;
      const tab = await driver.openTab(server.pageUrl('nytimes-1'));
      // The content script asks for the analysis as soon as the page is idle: kill the worker while it works.
      const cdp = await browserSession(driver.session.context);
      const origin = `chrome-extension://${driver.session.extensionId}`;
      const [target] = await pollUntil('the background to start working', async () => {
        const targets = await serviceWorkerTargets(cdp, origin);
        return targets.length ? targets : null;
      });
      const worker = await attachToTarget(cdp, target!.targetId);
      await worker.send('Runtime.enable');
      await new Promise((wake) => setTimeout(wake, 150));
      await cdp.send('Target.closeTarget', { targetId: target!.targetId });
      await worker.detach();
      await cdp.detach();
      const verdict = await verdictOn(driver, tab, 'the page whose analysis was killed');
      const after = await integrity();
      // Killed before its commit, the page is not stored; after it, stored whole; never in part.
      expect(after.problems).toEqual([]);
      expect([before.counts.sources, (before.counts.sources ?? 0) + 1]).toContain(after.counts.sources);
      if (verdict.status === 'error') expect(verdict.detail).toMatch(/Could not analyse this page/);
      else expect(verdict.status).toBe('article');
      // The content script says why it failed, in the console too: that is the report asked for;
      // the dying worker may report the request it could not finish ("No SW").
      for (const error of driver.extensionErrors().slice(errorsBefore)) {
        expect(error).toMatch(/message channel closed|Receiving end does not exist|Could not establish connection|No SW|the receiver is not listening/);
        expectedErrors.add(error);
      }
      // Reading the page again works: the browser restarts the background for the next message.
      await tab.close();
      const again = await driver.openTab(server.pageUrl('nytimes-1'));
      expect((await verdictOn(driver, again, 'the page read again')).status).toBe('article');
      await again.close();
      const final = await integrity();
      expect(final.problems).toEqual([]);
      expect(final.counts.sources).toBe((before.counts.sources ?? 0) + 1);
    });

    it('leaves the store whole when the manager page is closed in the middle of writing an import, and imports the file afterwards', async () => {
      const records = generatedRecords({ seed: 7, claims: 4000, sources: 150, entities: 400 });
      const dir = await mkdtemp(join(tmpdir(), 'crosslight-import-'));
      const file = join(dir, 'store.json');
      await writeFile(file, storeFileText(records));
      try {
        const before = await integrity();
        const importInto = async (closeWhileWriting: boolean) => {
          const manager = await driver.session.context.newPage();
          await manager.goto(`chrome-extension://${driver.session.extensionId}/manager.html#transfer`);
          await manager.getByTestId('manager-import-input').setInputFiles(file);
          if (!closeWhileWriting) {
            await manager.getByTestId('manager-import-summary').waitFor({ timeout: VERDICT_TIMEOUT_MS });
          } else {
            await manager.getByText('Writing to the store').waitFor({ timeout: VERDICT_TIMEOUT_MS });
          }
          await manager.close();
        };
        await importInto(true);
        const interrupted = await integrity();
        expect(interrupted.problems).toEqual([]);
        // One transaction: all of the file or none of it.
        const count = (store: StoreIntegrity, table: string) => store.counts[table] ?? 0;
        expect([count(before, 'claims'), count(before, 'claims') + records.claims.length]).toContain(count(interrupted, 'claims'));
        expect([count(before, 'sources'), count(before, 'sources') + records.sources.length]).toContain(count(interrupted, 'sources'));
        console.log(`import closed while writing: ${count(interrupted, 'claims') === count(before, 'claims') ? 'nothing written' : 'written whole'}`);
        await importInto(false);
        const after = await integrity();
        expect(after.problems).toEqual([]);
        expect(count(after, 'claims')).toBe(count(before, 'claims') + records.claims.length);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    it('stores every article read in three tabs at once, with the matches between them', async () => {
      const before = await integrity();
      const tabs = await Promise.all(['000', '001', '002'].map((name) => driver.openTab(server.corpusUrl(name))));
      for (const [i, tab] of tabs.entries()) expect((await verdictOn(driver, tab, `corpus ${i}`)).status).toBe('article');
      const after = await integrity();
      expect(after.problems).toEqual([]);
      expect(after.counts.sources).toBe((before.counts.sources ?? 0) + 3);
      expect(after.counts.matches ?? 0).toBeGreaterThan(before.counts.matches ?? 0);
      for (const tab of tabs) {
        expect((await tab.evaluate(highlightSummary, 'article')).ranges).toBeGreaterThan(0);
        await tab.close();
      }
    });
  });

  it("traces a task of the main thread by its CPU time, and the page's own script in it apart (the measure can fail)", async () => {
    const tab = await driver.openTab(server.corpusUrl('000'));
    const trace = await driver.traceMainThread!(tab);
    await trace.mark('outside');
    // Wall time: a loaded machine gives the loop a core for only part of it.
    await tab.evaluate(() => {
      for (const end = performance.now() + 300; performance.now() < end; );
    }, undefined);
    await trace.mark('page');
    await tab.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'for (const end = performance.now() + 300; performance.now() < end; );';
      document.head.append(script);
      script.remove();
    }, undefined);
    await trace.mark('end');
    const windows = await trace.stop();
    await tab.close();
    const longest = (tasks: MainThreadTask[]) => tasks.reduce((a, b) => (b.cpu > a.cpu ? b : a));
    const [outside, page] = [longest(windows('outside', 'page')), longest(windows('page', 'end'))];
    expect(outside.cpu).toBeGreaterThan(LONG_TASK_MS);
    expect(outside.pageScriptCpu).toBeLessThan(10);
    expect(page.cpu).toBeGreaterThan(LONG_TASK_MS);
    expect(page.pageScriptCpu).toBeGreaterThan(page.cpu - 10);
  });

  it('leaves every sample page without layout shift or long task, and reports no error', { timeout: 900_000 }, async () => {
    const pages = (await readdir(join(FIXTURES_DIR, 'pages'), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
    const urls = [...pages.map((p) => server.pageUrl(p)), ...['000', '001', '002'].map((n) => server.corpusUrl(n)), hostileUrl(server.origin, 'markup-a')];
    const effects: Record<string, PageEffects & { measured: number }> = {};
    for (const url of urls) {
      let measured = 1;
      let e = await measurePageEffects(driver, control, url, '127.0.0.1');
      for (; measured < MEASUREMENTS && crosslightTasks(e).length > 0; measured++) e = await measurePageEffects(driver, control, url, '127.0.0.1');
      effects[url] = { ...e, measured };
    }
    const summary = Object.fromEntries(
      Object.entries(effects).map(([url, e]) => [
        url.replace(server.origin, ''),
        {
          status: e.status,
          moved: e.movedElements,
          added: e.elementCountChange,
          shift: Number(e.layoutShift.toFixed(4)),
          measured: e.measured,
          tasks: e.tasks!.busy.length,
          longestCpu: Math.round(Math.max(0, ...e.tasks!.busy.map((t) => t.cpu))),
          longestWall: Math.round(Math.max(0, ...e.tasks!.busy.map((t) => t.wall))),
          pageScriptCpu: Math.round(e.tasks!.busy.reduce((sum, t) => sum + t.pageScriptCpu, 0)),
          idleLongTasks: longTasks(e.tasks!.idle),
          crosslightTasks: crosslightTasks(e),
        },
      ]),
    );
    console.log(JSON.stringify(summary, null, 1));
    for (const [url, e] of Object.entries(summary)) {
      expect(e.status, url).not.toBe('error');
      expect(e.moved, url).toBe(0);
      expect(e.added, url).toBe(0);
      expect(e.shift, url).toBe(0);
      expect(e.tasks, url).toBeGreaterThan(0);
      expect(e.crosslightTasks, url).toEqual([]);
    }
    // The corpus pages run no script of their own: none of Crosslight's work was taken for the page's.
    for (const [url, e] of Object.entries(summary)) if (url.startsWith('/corpus/')) expect(e.pageScriptCpu, url).toBe(0);
    expect(Object.values(effects)[0]!.observed).toEqual(['layout-shift']);
    expect((await integrity()).problems).toEqual([]);
  });

  it('made no request from the background, its pages or the content script while reading all of this', () => {
    expect(recorder.requests).toEqual([]);
  });

  it('raised no error anywhere, besides those the tests caused on purpose', () => {
    expect(driver.extensionErrors().filter((error) => !error.includes(TEST_REQUEST_HOST) && !expectedErrors.has(error))).toEqual([]);
  });
});

/**
 * The card's contents, read through the devtools protocol: it lives in a closed shadow root that
 * no page script (and no test script in the page) can reach.
 */
async function cardContents(driver: ChromiumDriver, pageName: string): Promise<{ text: string; elements: string[]; javascriptLinks: string[] } | null> {
  const page = driver.session.context.pages().find((p) => p.url().includes(pageName));
  if (!page) return null;
  const cdp = await driver.session.context.newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const html = root.children?.find((n) => n.nodeName === 'HTML');
    const host = html?.children?.find((n) => n.shadowRoots?.length);
    if (!host) return null;
    const elements: string[] = [];
    const javascriptLinks: string[] = [];
    let text = '';
    const walk = (node: DomNode) => {
      if (node.nodeType === 1) elements.push(node.nodeName);
      if (node.nodeType === 3) text += node.nodeValue ?? '';
      const attributes = node.attributes ?? [];
      for (let i = 0; i < attributes.length; i += 2) if (/^\s*javascript:/i.test(attributes[i + 1] ?? '')) javascriptLinks.push(`${node.nodeName} ${attributes[i]}`);
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child);
    };
    walk(host);
    // The other source's quote has arrived once the card names it.
    return text.includes('onerror') || text.includes('svg') ? { text, elements, javascriptLinks } : null;
  } finally {
    await cdp.detach();
  }
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}
