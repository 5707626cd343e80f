/**
 * Crosslight on sample news pages, in one command. Builds the Chromium extension, serves the
 * sample pages on 127.0.0.1 and then either opens Chromium with Crosslight loaded on them (when
 * there is a display) or, with no display or with `--screenshots DIR`, reads two articles on the
 * same event headlessly and writes screenshots of a highlighted article, an open card and the
 * popup to DIR.
 *
 *   npm run demo                         # opens Chromium (needs a display)
 *   npm run demo -- --screenshots DIR    # writes DIR/article.png, DIR/card.png, DIR/popup.png
 */
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './harness/chromium';
import { createChromiumDriver } from './harness/chromium-driver';
import type { TabHandle } from './harness/driver';
import { pollUntil } from './harness/poll';
import { findElements, highlightSummary, openCard, pointOnFirstHighlight } from './harness/probes';
import { startSampleServer, type SampleServer } from './harness/sample-server';

const ROOT = resolve(import.meta.dirname, '..');
/** A fixed port keeps the sample pages' addresses (and so the stored sources) the same between runs. */
const PREFERRED_PORT = 8736;
/** The articles read first: one event reported by two sources. */
const ARTICLES = ['000', '001'];
const ANALYSIS_TIMEOUT_MS = 60_000;

function build(): void {
  console.log('Building Crosslight for Chromium…');
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The build failed (see above).');
}

async function serve(): Promise<SampleServer> {
  try {
    return await startSampleServer(PREFERRED_PORT);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return startSampleServer(0);
  }
}

/** Opens Chromium on the sample pages and waits until the reader closes it. */
async function openForReader(server: SampleServer): Promise<void> {
  const session = await launchChromium({ headless: false, profileDir: join(ROOT, '.profiles/demo'), viewport: null });
  const [first] = session.context.pages();
  await (first ?? (await session.context.newPage())).goto(`${server.origin}/`);
  for (const name of ARTICLES) await (await session.context.newPage()).goto(server.corpusUrl(name));
  console.log(`
Chromium is open with Crosslight loaded (extension id ${session.extensionId}).
  Sample pages: ${server.origin}/
  Click a highlight for its card; the toolbar's Crosslight button opens the popup.
  Articles you read are kept in .profiles/demo between runs.
Close the browser window (or press Ctrl+C) to stop.`);
  const closed = new Promise<void>((done) => session.context.once('close', () => done()));
  const interrupted = new Promise<void>((done) => process.once('SIGINT', () => done()));
  await Promise.race([closed, interrupted]);
  await session.close();
}

async function waitForHighlights(tab: TabHandle, name: string): Promise<void> {
  await pollUntil(`highlights on ${name}`, async () => (await tab.evaluate(highlightSummary, 'article')).ranges > 0, ANALYSIS_TIMEOUT_MS);
}

/** Reads the sample articles headlessly and writes the three screenshots into `dir`. */
async function takeScreenshots(server: SampleServer, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const driver = await createChromiumDriver();
  try {
    let last: TabHandle | null = null;
    for (const name of ARTICLES) {
      last = await driver.openTab(server.corpusUrl(name));
      await waitForHighlights(last, name);
    }
    const article = last!;
    const written: string[] = [];

    const popup = await driver.openExtensionPage(`popup.html?tab=${article.id}`);
    await popup.resize(420, 640);
    await pollUntil(
      'the popup to list claims',
      async () => (await popup.evaluate(findElements, '[data-testid="popup-claim"]')).length > 0,
      ANALYSIS_TIMEOUT_MS,
    );
    written.push(join(dir, 'popup.png'));
    await popup.screenshot(written.at(-1)!);
    await popup.close();

    await article.bringToFront();
    await article.evaluate(() => window.scrollTo(0, 0), undefined);
    written.push(join(dir, 'article.png'));
    await article.screenshot(written.at(-1)!);

    const point = await article.evaluate(pointOnFirstHighlight, undefined);
    if (!point) throw new Error('No highlight to click on the article.');
    await article.click(point.x, point.y);
    await pollUntil('a card after the click', () => article.evaluate(openCard, undefined));
    // The card fills in once the background answers; give it that moment before the picture.
    await new Promise((wake) => setTimeout(wake, 1500));
    written.push(join(dir, 'card.png'));
    await article.screenshot(written.at(-1)!);

    const errors = driver.extensionErrors();
    if (errors.length > 0) console.warn(`Crosslight reported errors during the demo:\n  ${errors.join('\n  ')}`);
    return written;
  } finally {
    await driver.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { screenshots: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log('Usage: npm run demo [-- --screenshots DIR]');
    return;
  }
  const hasDisplay = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const screenshotDir = values.screenshots ?? (hasDisplay ? null : 'artifacts/screenshots');

  build();
  const server = await serve();
  console.log(`Serving sample pages at ${server.origin}/`);
  try {
    if (screenshotDir === null) {
      await openForReader(server);
      return;
    }
    if (!values.screenshots) console.log('No display found: writing screenshots instead of opening a browser window.');
    const files = await takeScreenshots(server, resolve(screenshotDir));
    console.log(`Screenshots written:\n  ${files.join('\n  ')}`);
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
