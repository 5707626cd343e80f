/**
 * What the reading-loop scenario needs from a browser, so that one scenario runs unchanged in
 * Chromium (playwright-core) and Firefox (puppeteer-core over WebDriver BiDi).
 */

import type { MainThreadTrace } from './main-thread-trace';

/** A function serialised into a page and run in its main world: it must not close over anything. */
export type PageFunction<A, R> = (arg: A) => R | Promise<R>;

export interface PageHandle {
  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
  /** Makes this the active tab, as a reader looking at it. */
  bringToFront(): Promise<void>;
  /** A real mouse click at viewport coordinates. */
  click(x: number, y: number): Promise<void>;
  /** Sets the viewport, e.g. to a popup's size before a screenshot. */
  resize(width: number, height: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface TabHandle extends PageHandle {
  /** The tab's id in the extension's tabs API (what `popup.html?tab=ID` takes). */
  id: number;
}

export interface BrowserDriver {
  /** Opens `url` in a new tab through the extension's tabs API, so that its tab id is known. */
  openTab(url: string): Promise<TabHandle>;
  /** Opens one of the extension's own pages (e.g. `popup.html?tab=3`) as an ordinary tab. */
  openExtensionPage(path: string): Promise<PageHandle>;
  /**
   * Stops the extension's background as the browser does when it is idle; the next message
   * starts it again. Absent where the background is a persistent page (Firefox's MV2 build).
   */
  stopBackground?(): Promise<void>;
  /** Starts tracing a tab's main thread, task by task with their CPU time (Chromium). */
  traceMainThread?(tab: TabHandle): Promise<MainThreadTrace>;
  /** Errors raised so far by the extension anywhere: content scripts, background, its pages. */
  extensionErrors(): string[];
  /** Requests so far to anything but the loopback interface. */
  outsideRequests(): string[];
  close(): Promise<void>;
}

/** A stack frame in V8's ("    at f (url:1:2)") or SpiderMonkey's ("f@url:1:2") format. */
const FRAME = /^\s*at\s|^[^\s@]*@\S+:\d+:\d+$/;

/**
 * Whether an uncaught error was thrown by code from `origin`: its innermost frame is there. A
 * page's own listener that throws while the extension dispatches an event has the extension
 * further down its stack, but the error is the page's.
 */
export function thrownFrom(origin: string, stack: string): boolean {
  const innermost = stack.split('\n').find((line) => FRAME.test(line));
  return innermost !== undefined && innermost.includes(origin);
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Whether a request URL would leave the machine (extension, data and blob URLs never do). */
export function isOutsideRequest(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Proxies record tunnel targets as bare `host:port`.
    return !LOOPBACK_HOSTS.has(url.replace(/:\d+$/, ''));
  }
  if (!['http:', 'https:', 'ws:', 'wss:', 'ftp:'].includes(parsed.protocol)) return false;
  return !LOOPBACK_HOSTS.has(parsed.hostname);
}

/** Finds a not yet claimed page showing `url`, polling while the browser opens it. */
export function claimOnce<P>(claimed: Set<P>, candidates: P[], urlOf: (page: P) => string, url: string): P | null {
  const page = candidates.find((p) => !claimed.has(p) && urlOf(p) === url);
  if (!page) return null;
  claimed.add(page);
  return page;
}
