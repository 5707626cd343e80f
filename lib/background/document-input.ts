/**
 * A page as the content script extracted it, turned into the ingest pipeline's input. The page's
 * own canonical address keys the source, so that the AMP, mobile and tracking-link versions of
 * an article are one source; a canonical address that points elsewhere is not trusted.
 */
import type { PageInput } from '../messages';
import type { DocumentInput } from '../store/ingest';
import { hostnameOf } from '../ui/sites';

/** Host prefixes a publisher uses for other renderings of the same site. */
const RENDERING_PREFIX = /^(?:www|m|mobile|amp)\./;

export function documentInputOf(page: PageInput): DocumentInput {
  const primary = trustedCanonical(page.url, page.canonicalUrl) ?? page.url;
  return {
    url: primary,
    urls: [page.url, page.canonicalUrl].filter((url) => url !== '' && url !== primary),
    title: page.title,
    site: page.site,
    byline: page.byline,
    published: page.published,
    language: page.language || undefined,
    text: page.text,
  };
}

/**
 * The canonical address when it names this article on this site. One on another site would
 * merge a syndicated copy into its original (copies are shown as copies instead), and a
 * canonical pointing at the home page, a common template mistake, would merge every article of
 * the site into one.
 */
export function trustedCanonical(pageUrl: string, canonical: string): string | null {
  const canonicalHost = hostnameOf(canonical);
  const pageHost = hostnameOf(pageUrl);
  if (canonicalHost === null || pageHost === null) return null;
  if (canonicalHost.replace(RENDERING_PREFIX, '') !== pageHost.replace(RENDERING_PREFIX, '')) return null;
  const isRoot = (url: string) => new URL(url).pathname.replace(/\/+$/, '') === '';
  if (isRoot(canonical) && !isRoot(pageUrl)) return null;
  return canonical;
}
