/**
 * Starts Debian's Firefox ESR with the built Crosslight installed as a temporary add-on, through
 * puppeteer-core over WebDriver BiDi (Playwright's Firefox cannot load extensions).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { pollUntil } from './poll';

export const FIREFOX_BUILD_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');

/** Pinned internal UUID, so that the extension's pages have a known moz-extension:// origin. */
export const FIREFOX_EXTENSION_UUID = '0b6f5c2e-8d5e-4a51-9a3b-5f0f2d3b9c11';

export function firefoxExecutable(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) throw new Error('Firefox not found: run `bash scripts/setup-browsers.sh` (or set FIREFOX_PATH).');
  return found;
}

export interface FirefoxSession {
  browser: Browser;
  origin: string;
  /** Opens an extension page (e.g. `popup.html?tab=3`) in a new tab, loaded and ready. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  headless: boolean;
  proxyPort?: number;
}

async function geckoId(): Promise<string> {
  const manifestPath = join(FIREFOX_BUILD_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No Firefox build at ${FIREFOX_BUILD_DIR}: run \`npm run build:firefox\` first.`);
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error('The Firefox manifest has no browser_specific_settings.gecko.id.');
  return id;
}

function proxyPrefs(port: number): Record<string, unknown> {
  // Manual proxy for every scheme; Firefox never proxies loopback, so the sample server stays reachable.
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': true,
  };
}

export async function launchFirefox(options: FirefoxOptions): Promise<FirefoxSession> {
  const id = await geckoId();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: firefoxExecutable(),
    headless: options.headless,
    // Lets automation open moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    // Firefox's own test switch: it refuses non-loopback connections and, with it, honours the
    // Remote Settings override below.
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: FIREFOX_EXTENSION_UUID }),
      // Remote Settings polls its server at startup: point it nowhere so that the proxy sees only
      // requests made by pages and by the extension.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      // Echo the browser console (where the add-on's background logs) to stdout, for error checks.
      'devtools.console.stdout.chrome': true,
      ...(options.proxyPort ? proxyPrefs(options.proxyPort) : {}),
    },
  });
  try {
    await browser.installExtension(FIREFOX_BUILD_DIR);
  } catch (error) {
    await browser.close();
    throw new Error(`Firefox refused to install ${FIREFOX_BUILD_DIR}: ${String(error)}`);
  }
  const origin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  return {
    browser,
    origin,
    openExtensionPage: async (path) => {
      const page = await browser.newPage();
      // Navigation to moz-extension:// pages never reports completion over BiDi: poll the page
      // instead, and retry evaluations that land while the document is being replaced.
      page.goto(`${origin}/${path}`).catch(() => undefined);
      await pollUntil(`${path} to load`, () =>
        page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete'),
      );
      return page;
    },
    close: () => browser.close(),
  };
}
