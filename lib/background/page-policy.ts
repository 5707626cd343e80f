/**
 * Whether an analysed page may be stored, from the reader's settings: the add mode (auto / ask /
 * off), the sites Crosslight is off for, and the pages kept out of the store.
 */
import type { AddMode } from '../settings';

export interface PagePolicySettings {
  addMode: AddMode;
  disabledSites: string[];
  excludedUrls: string[];
}

/**
 * Exact hostnames, as the popup's site switch writes and reads them: the background must not
 * refuse a site the popup shows as on.
 */
export function isSiteDisabled(host: string, disabledSites: readonly string[]): boolean {
  return disabledSites.includes(host);
}

/**
 * A page the reader asked to add is stored whatever the mode; otherwise only in auto mode and
 * when the reader has not kept it out.
 */
export function mayStore(urls: string[], addRequested: boolean, settings: PagePolicySettings): boolean {
  if (addRequested) return true;
  if (settings.addMode !== 'auto') return false;
  return !urls.some((url) => url !== '' && settings.excludedUrls.includes(url));
}
