/**
 * Articles the reader drops onto the manager (saved web pages, plain-text files), read into the
 * same page input the content script sends for a visited page. HTML is parsed into an inert
 * document (DOMParser in the browser): nothing from the file ever reaches the live page.
 */
import { extractArticle } from '../extract/article';
import { MAX_PAGE_TEXT, type PageInput } from '../messages';
import { headlineOf } from '../engine/text';

/** What `File` offers that is needed here, so tests can pass plain objects. */
export interface ArticleFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
  /** Where the file comes from, shown as its site when the file names none (the sample corpus). */
  origin?: string;
}

/** The site of a file that names none: the manager lists, filters and forgets files as one site. */
export const LOCAL_FILE_SITE = 'local file';

export type ReadArticle = { ok: true; name: string; page: PageInput } | { ok: false; name: string; reason: string };

/** Saved pages with inline images run to a few megabytes; anything far larger is not an article. */
export const MAX_ARTICLE_FILE_BYTES = 32_000_000;

/** How many leading bytes are checked for NUL bytes, the mark of a binary file. */
const BINARY_SNIFF = 8192;

function looksLikeHtml(name: string, text: string): boolean {
  return /\.x?html?$/i.test(name) || /^\s*(?:<!doctype html|<html[\s>])/i.test(text.slice(0, 1024));
}

/**
 * An address for a file that names no page of its own. Files have no path in the browser, so the
 * name stands for it: adding the same file again replaces the earlier copy instead of doubling it.
 */
export function fileUrl(name: string): string {
  return `file:///${encodeURIComponent(name)}`;
}

/** "g20-summit_report.txt" → "g20 summit report"; a name with spaces keeps its hyphens. */
export function titleFromName(name: string): string {
  const stem = name.replace(/\.[a-z0-9]{1,5}$/i, '');
  const words = /\s/.test(stem) ? stem.replace(/_+/g, ' ') : stem.replace(/[_-]+/g, ' ');
  return words.replace(/\s+/g, ' ').trim() || name;
}

function hasWebAddress(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

export async function readArticleFile(file: ArticleFile, parseHtml: (html: string) => Document): Promise<ReadArticle> {
  const fail = (reason: string): ReadArticle => ({ ok: false, name: file.name, reason });
  if (file.size === 0) return fail('empty file');
  if (file.size > MAX_ARTICLE_FILE_BYTES) return fail(`too large for an article (${Math.round(file.size / 1_000_000)} MB)`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return fail(`could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (bytes.subarray(0, BINARY_SNIFF).includes(0)) return fail('binary file, not text or HTML');
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('not UTF-8 text (binary, or another encoding)');
  }
  if (!raw.trim()) return fail('empty file (whitespace only)');
  const ownUrl = fileUrl(file.name);
  if (!looksLikeHtml(file.name, raw)) {
    const page: PageInput = {
      url: ownUrl,
      canonicalUrl: ownUrl,
      title: headlineOf(raw) || titleFromName(file.name),
      site: file.origin ?? LOCAL_FILE_SITE,
      byline: '',
      published: '',
      language: '',
      text: raw.slice(0, MAX_PAGE_TEXT),
    };
    return { ok: true, name: file.name, page };
  }
  const article = extractArticle(parseHtml(raw), ownUrl, { consume: true });
  if (!article) return fail('HTML page without a readable article');
  const { page } = article;
  // A saved page usually names its own address (canonical link, og:url): key it by that, so it is
  // the same source as when the reader visits it, and "open the original" leads somewhere.
  const url = hasWebAddress(page.canonicalUrl) ? page.canonicalUrl : ownUrl;
  const site = hasWebAddress(url) ? page.site : page.site || file.origin || LOCAL_FILE_SITE;
  return { ok: true, name: file.name, page: { ...page, url, canonicalUrl: url, site, title: page.title || titleFromName(file.name) } };
}
