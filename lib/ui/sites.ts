/**
 * Sites and addresses as the reader sees and edits them. The site lists in settings hold plain
 * hostnames (what `location.hostname` gives), so every way of writing one is reduced to that.
 */

/** Hostname of an http(s) address, or null for anything else (chrome://, about:, files, junk). */
export function hostnameOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * What the reader typed in a site field ("bbc.co.uk", "https://www.bbc.co.uk/news", " BBC.co.uk ")
 * as a hostname, or null when it is not one.
 */
export function parseSiteInput(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (trimmed === '') return null;
  const host = /^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? hostnameOf(trimmed) : trimmed.split(/[/?#]/, 1)[0]!.replace(/:\d+$/, '');
  if (host === null) return null;
  const bare = host.replace(/^\[|\]$/g, '');
  return HOSTNAME.test(bare) || /^[0-9a-f:]+$/.test(bare) ? host : null;
}

/** A short name for a site, for lists: "www.bbc.co.uk" → "bbc.co.uk". */
export function siteLabel(siteOrUrl: string): string {
  const host = hostnameOf(siteOrUrl) ?? siteOrUrl.trim().toLowerCase();
  return host.replace(/^www\d*\./, '');
}

/** The list with the item present or absent, sorted and without repeats (settings stay tidy). */
export function withItem(list: readonly string[], item: string, present: boolean): string[] {
  const set = new Set(list);
  if (present) set.add(item);
  else set.delete(item);
  return [...set].sort();
}

/**
 * An address that is safe to put in `href`: only http(s). Links come from stored pages, and a
 * stored `javascript:` address must never become clickable in an extension page.
 */
export function safeHref(url: string): string | undefined {
  return hostnameOf(url) === null ? undefined : url;
}
