/**
 * The source each tab's page was last analysed as, so that the popup can ask the background for
 * the page's summary while it asks the page for its state, instead of after. One session storage
 * item per tab (no two tabs write the same item): the worker's memory is lost whenever the browser
 * stops it, and the browser empties the session area when it closes.
 */
import { storage, type StorageItemKey } from 'wxt/utils/storage';

const keyOf = (tabId: number): StorageItemKey => `session:tabSource:${tabId}`;

export async function rememberTabSource(tabId: number, sourceId: string): Promise<void> {
  await storage.setItem(keyOf(tabId), sourceId);
}

export async function tabSource(tabId: number): Promise<string | null> {
  return storage.getItem<string>(keyOf(tabId));
}

/** The tab was closed: what its page was no longer matters. */
export async function forgetTabSource(tabId: number): Promise<void> {
  await storage.removeItem(keyOf(tabId));
}
