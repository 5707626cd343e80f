/**
 * The article of a page given as HTML, parsed with linkedom: the background reads the pages the
 * content script writes out (page-html.ts) and the command line reads saved pages, both with
 * the one extraction of article.ts.
 */
import { parseHTML } from 'linkedom';
import { extractArticle, type ExtractedArticle } from './article';
import type { PageHtml } from './page-html';

export function extractArticleFromHtml(html: string, url: string): ExtractedArticle | null {
  const { document } = parseHTML(html);
  return extractArticle(document as unknown as Document, url);
}

/** The article of a page the content script wrote out; null when the page is not an article. */
export function articleOfPageHtml(page: PageHtml, url: string): ExtractedArticle | null {
  const article = extractArticleFromHtml(page.html, url);
  return article && page.truncated ? { ...article, truncated: true } : article;
}
