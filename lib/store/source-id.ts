/**
 * Sources are keyed by canonical URL, so that the same article reached through a tracking link,
 * with a fragment or under another letter case of its host is one source, not several.
 */
import { hashString } from '../engine/hash';

/** Query parameters that only say how the reader got there, never which page it is. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'igshid', 'mc_cid', 'mc_eid', '_ga', '_gl',
  'ref_src', 'ref_url', 'cmpid', 'ocid', 'smid', 'smtyp', 'sr_share', 'share', 'src', 'at_medium', 'at_campaign',
]);

export function canonicalUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url.trim();
  }
  parsed.hash = '';
  parsed.hostname = parsed.hostname.toLowerCase();
  const kept = [...parsed.searchParams].filter(([name]) => !name.toLowerCase().startsWith('utm_') && !TRACKING_PARAMS.has(name.toLowerCase()));
  kept.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  parsed.search = new URLSearchParams(kept).toString();
  if (parsed.pathname.length > 1 && parsed.pathname.endsWith('/')) parsed.pathname = parsed.pathname.replace(/\/+$/, '');
  // http and https serve the same article; the id must not split on the scheme.
  const scheme = parsed.protocol === 'http:' || parsed.protocol === 'https:' ? '' : parsed.protocol;
  return `${scheme}//${parsed.host}${parsed.pathname}${parsed.search}`;
}

export function sourceIdFor(url: string): string {
  return `s.${hashString(canonicalUrl(url))}`;
}
