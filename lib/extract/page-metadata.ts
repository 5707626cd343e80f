/**
 * What a page says about itself outside its article (meta elements, the canonical link, the first
 * dated time element, the title and language), read before Readability changes the document: it
 * moves the article's elements out and removes others, dated meta elements inside the article
 * among them. Read in one pass over the meta elements, not one document search per key.
 */
const META_ATTRIBUTES = ['property', 'name', 'itemprop'] as const;

const PUBLISHED_KEYS = ['article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'DC.date.issued', 'sailthru.date'];

export interface PageMetadata {
  /**
   * The content of the first meta element whose property, name or itemprop is one of `keys`,
   * keys in order of preference, then attributes in that order; '' when none has content.
   */
  meta(keys: string[]): string;
  canonicalUrl(url: string): string;
  publishedTime(): string;
  title: string;
  lang: string;
}

function absoluteUrl(href: string, base: string): string {
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
  } catch {
    return '';
  }
}

function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

export function readPageMetadata(doc: Document): PageMetadata {
  // For each attribute, the first meta element (in document order) carrying each of its values.
  const first = new Map<string, Element>();
  for (const element of doc.querySelectorAll('meta')) {
    for (const attribute of META_ATTRIBUTES) {
      const value = element.getAttribute(attribute);
      const key = `${attribute}=${value}`;
      if (value !== null && !first.has(key)) first.set(key, element);
    }
  }
  const meta = (keys: string[]): string => {
    for (const key of keys) {
      for (const attribute of META_ATTRIBUTES) {
        const value = first.get(`${attribute}=${key}`)?.getAttribute('content')?.trim();
        if (value) return value;
      }
    }
    return '';
  };
  const canonicalLink = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? '';
  const time = doc.querySelector('time[datetime]')?.getAttribute('datetime')?.trim() ?? '';
  return {
    meta,
    // The page's own address for itself, so that redirects and tracking parameters do not split a source.
    canonicalUrl(url) {
      for (const candidate of [canonicalLink, meta(['og:url'])]) {
        const absolute = candidate && absoluteUrl(candidate, url);
        if (absolute) return withoutHash(absolute);
      }
      return withoutHash(url);
    },
    publishedTime: () => meta(PUBLISHED_KEYS) || time,
    title: doc.title ?? '',
    lang: doc.documentElement?.getAttribute('lang') ?? '',
  };
}
