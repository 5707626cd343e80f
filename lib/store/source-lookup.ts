/**
 * The stored source for a page address. A source keeps every URL it was seen under (canonical,
 * as loaded, after redirects), so any of them finds it through the `urls` index.
 */
import type { CrosslightDb } from './db';
import type { SourceRecord } from './records';

export async function findSourceForUrl(db: CrosslightDb, url: string): Promise<SourceRecord | undefined> {
  for (const candidate of addressVariants(url)) {
    const source = await db.sources.where('urls').equals(candidate).first();
    if (source) return source;
  }
  return undefined;
}

/** The address as given, then without its fragment: a fragment never changes the article. */
export function addressVariants(url: string): string[] {
  const hashAt = url.indexOf('#');
  return hashAt < 0 ? [url] : [url, url.slice(0, hashAt)];
}
