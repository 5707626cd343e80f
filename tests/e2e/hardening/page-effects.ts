/**
 * What Crosslight's work does to a page a reader opens, measured on the page itself: the page is
 * opened with Crosslight switched off for its site, left to settle, then Crosslight is switched on
 * (the content script watches that setting) and does its whole job while the page is watched.
 * Element boxes before and after tell layout shifts apart from the page's own movement; the main
 * thread's tasks in that window are set against the same page's idle window just before.
 */
import { findElements } from '../../../scripts/harness/probes';
import { pollUntil } from '../../../scripts/harness/poll';
import type { BrowserDriver, PageHandle, TabHandle } from '../../../scripts/harness/driver';
import type { MainThreadTask } from '../../../scripts/harness/main-thread-trace';
import { layoutBoxes, readPerfRecord, startPerfRecord } from './page-probes';

/** Analysis of a first article includes loading the language model: allow for a slow machine. */
export const VERDICT_TIMEOUT_MS = 45_000;
const SETTLE_MS = 1500;

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } } | undefined;
declare const browser: { storage: { local: { set(items: object): Promise<void> } } } | undefined;

/** Sets the sites Crosslight is off for, from an extension page (the key WXT storage uses). */
export async function setDisabledSites(control: PageHandle, sites: string[]): Promise<void> {
  await control.evaluate((value) => (typeof browser !== 'undefined' ? browser : chrome)!.storage.local.set({ disabledSites: value }), sites);
}

/** The popup's verdict on a tab once Crosslight is done with it (article, not-article, error). */
export async function verdictOn(driver: BrowserDriver, tab: TabHandle, what: string): Promise<{ status: string; detail: string }> {
  const popup = await driver.openExtensionPage(`popup.html?tab=${tab.id}`);
  try {
    return await pollUntil(
      `a verdict on ${what}`,
      async () => {
        const [found] = await popup.evaluate(findElements, '[data-testid="popup-status"]');
        return found?.status && !['loading', 'disabled'].includes(found.status) ? { status: found.status, detail: found.text } : null;
      },
      VERDICT_TIMEOUT_MS,
    );
  } finally {
    await popup.close();
  }
}

export interface PageEffects {
  status: string;
  detail: string;
  /** Elements whose box changed while Crosslight worked, of those that kept still before. */
  movedElements: number;
  elementCountChange: number;
  /**
   * The page's main-thread tasks while Crosslight worked, and in an idle window of the page just
   * before; null where the driver cannot trace them.
   */
  tasks: { busy: MainThreadTask[]; idle: MainThreadTask[] } | null;
  layoutShift: number;
  observed: string[];
}

const wait = (ms: number) => new Promise((wake) => setTimeout(wake, ms));

export async function measurePageEffects(driver: BrowserDriver, control: PageHandle, url: string, host: string): Promise<PageEffects> {
  await setDisabledSites(control, [host]);
  const tab = await driver.openTab(url);
  try {
    await wait(SETTLE_MS);
    const first = await tab.evaluate(layoutBoxes, undefined);
    // The windows leave out the boxes' own reading, which is the test's work, not the page's.
    const trace = await driver.traceMainThread?.(tab);
    await trace?.mark('idle');
    await wait(SETTLE_MS);
    await trace?.mark('idle-end');
    const before = await tab.evaluate(layoutBoxes, undefined);
    await tab.evaluate(startPerfRecord, undefined);
    await trace?.mark('busy');
    await setDisabledSites(control, []);
    const verdict = await verdictOn(driver, tab, url);
    await trace?.mark('done');
    const busy = (await tab.evaluate(readPerfRecord, undefined))!;
    const after = await tab.evaluate(layoutBoxes, undefined);
    const windows = await trace?.stop();
    const still = (i: number) => JSON.stringify(first[i]) === JSON.stringify(before[i]);
    let moved = 0;
    for (let i = 0; i < Math.min(before.length, after.length); i++) {
      if (still(i) && JSON.stringify(before[i]) !== JSON.stringify(after[i])) moved++;
    }
    return {
      ...verdict,
      movedElements: moved,
      elementCountChange: after.length - before.length,
      tasks: windows ? { idle: windows('idle', 'idle-end'), busy: windows('busy', 'done') } : null,
      layoutShift: busy.layoutShift,
      observed: busy.observed,
    };
  } finally {
    await tab.close();
  }
}
