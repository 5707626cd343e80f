/**
 * Starts Debian's Chromium with the built Crosslight loaded, through playwright-core. Shared by
 * the demo and the end-to-end tests so that both run the extension the same way.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const CHROME_BUILD_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** Headless Debian Chromium that reaches nothing beyond what the tests serve. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The real binary: `/usr/bin/chromium` is a shell wrapper that prints noise under `sh`. */
export function chromiumExecutable(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) throw new Error('Chromium not found: run `bash scripts/setup-browsers.sh` (or set CHROMIUM_PATH).');
  return found;
}

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's background service worker (restarted by the browser when idle: ask again). */
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

export interface ChromiumOptions {
  headless: boolean;
  /** Keeps the profile (and so the stored articles) between runs; a fresh temporary one if omitted. */
  profileDir?: string;
  /** Port of a proxy that every non-loopback request is sent to. */
  proxyPort?: number;
  viewport?: { width: number; height: number } | null;
}

export async function launchChromium(options: ChromiumOptions): Promise<ChromiumSession> {
  const manifest = join(CHROME_BUILD_DIR, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`No Chromium build at ${CHROME_BUILD_DIR}: run \`npm run build\` first.`);
  const temporaryProfile = options.profileDir ? null : await mkdtemp(join(tmpdir(), 'crosslight-chromium-'));
  const context = await chromium.launchPersistentContext(options.profileDir ?? temporaryProfile!, {
    executablePath: chromiumExecutable(),
    headless: options.headless,
    viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    args: [
      // Both flags are needed: with --load-extension alone the service worker never starts.
      `--disable-extensions-except=${CHROME_BUILD_DIR}`,
      `--load-extension=${CHROME_BUILD_DIR}`,
      ...CHROMIUM_ARGS,
      // Loopback is never proxied, so the sample server stays reachable.
      ...(options.proxyPort ? [`--proxy-server=http://127.0.0.1:${options.proxyPort}`] : []),
    ],
  });
  const serviceWorker = async (): Promise<Worker> => {
    const running = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return running ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  };
  try {
    const extensionId = new URL((await serviceWorker()).url()).host;
    return {
      context,
      extensionId,
      serviceWorker,
      close: async () => {
        await context.close();
        if (temporaryProfile) await rm(temporaryProfile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    if (temporaryProfile) await rm(temporaryProfile, { recursive: true, force: true });
    throw new Error(`Crosslight's service worker did not start in Chromium: ${String(error)}`);
  }
}
