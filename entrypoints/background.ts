import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { conflictBadge } from '../lib/background/badge';
import { TOGGLE_HIGHLIGHTS_COMMAND, toggleHighlightsInTab } from '../lib/background/highlight-shortcut';
import { createPageReader } from '../lib/background/page-reader';
import { createRouter } from '../lib/background/router';
import type { Request } from '../lib/messages';
import { forgetTabSource } from '../lib/background/tab-sources';
import { openCrosslightDb } from '../lib/store/db';
import { DexieClaimStore } from '../lib/store/dexie-store';

export default defineBackground(() => {
  // Chrome MV3 has `action`; the Firefox MV2 build has `browserAction`.
  const setBadge = conflictBadge(browser.action ?? browser.browserAction);
  const reportError = (error: unknown, type: string) => console.error(`Crosslight: "${type}" failed:`, error);
  const offscreenUrl = browser.runtime.getURL('/offscreen.html');
  // Only Chrome's service worker needs (and has) an offscreen document to parse pages in.
  const offscreen = browser.offscreen
    ? {
        isOpen: async () => (await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [offscreenUrl] })).length > 0,
        open: () => browser.offscreen.createDocument({ url: offscreenUrl, reasons: ['DOM_PARSER'], justification: 'Reads the article of the page being read.' }),
        send: (message: Request) => browser.runtime.sendMessage(message),
      }
    : null;
  const db = openCrosslightDb();
  const route = createRouter({
    store: new DexieClaimStore(db),
    openStore: async () => {
      await db.open();
    },
    extensionId: browser.runtime.id,
    setBadge,
    readPage: createPageReader(offscreen, (error) => reportError(error, 'offscreen.read')),
    onError: reportError,
  });

  // Listeners are registered synchronously on every start: a stopped worker is woken by the
  // message itself and must find its listener in place.
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  browser.commands.onCommand.addListener((command) => {
    if (command !== TOGGLE_HIGHLIGHTS_COMMAND) return;
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => (tab?.id === undefined ? null : toggleHighlightsInTab((message) => browser.tabs.sendMessage(tab.id!, message))))
      .catch((error: unknown) => reportError(error, TOGGLE_HIGHLIGHTS_COMMAND));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTabSource(tabId).catch((error: unknown) => reportError(error, 'tab source'));
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new page in the tab: the old page's conflicts no longer apply until it is analysed.
    if (change.status === 'loading') setBadge(tabId, 0).catch((error: unknown) => reportError(error, 'badge'));
  });
});
