/**
 * The article of a page given as HTML: the background reads the pages the content script writes
 * out (page-html.ts) and the command line reads saved pages, both with the one extraction of
 * article.ts. Where there is a native DOMParser (the Firefox background page, an offscreen
 * document) it parses; elsewhere (Chrome's service worker, Node) linkedom does (linkedom-parser.ts).
 */
import { extractArticle, type ExtractedArticle } from './article';
import type { PageHtml } from './page-html';

export type HtmlParser = (html: string) => Document;

/**
 * The browser's own parser: several times faster than linkedom for Readability. Its documents are
 * inert: no script runs and nothing (image, style sheet) is fetched.
 */
export function nativeHtmlParser(): HtmlParser | null {
  if (typeof DOMParser !== 'function') return null;
  const parser = new DOMParser();
  return (html) => parser.parseFromString(html, 'text/html');
}

export function extractArticleFromHtml(html: string, url: string, parse: HtmlParser): ExtractedArticle | null {
  return extractArticle(parse(html), url, { consume: true });
}

/** The article of a page the content script wrote out; null when the page is not an article. */
export function articleOfPageHtml(page: PageHtml, url: string, parse: HtmlParser): ExtractedArticle | null {
  const article = extractArticleFromHtml(page.html, url, parse);
  return article && page.truncated ? { ...article, truncated: true } : article;
}
