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

/** Lower-case hostname of an address, or null when it is not a web address. */
export function hostOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** A listed site covers its subdomains too: turning off "example.com" also covers "www.example.com". */
export function isSiteDisabled(host: string, disabledSites: string[]): boolean {
  return disabledSites.some((site) => {
    const listed = site.trim().toLowerCase();
    return listed !== '' && (host === listed || host.endsWith(`.${listed}`));
  });
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
