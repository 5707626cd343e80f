/**
 * The real texts every benchmark reads: the plain-text corpus and the article text of each saved
 * news page, extracted with the product's own extractor (Readability on linkedom), so the engine
 * sees exactly what the extension would send it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ExtractedArticle } from '../lib/extract/article';
import { extractArticleFromHtml } from '../lib/extract/html-article';
import { parseWithLinkedom } from '../lib/extract/linkedom-parser';
import { corpusArticleHtml } from '../scripts/harness/sample-server';

export const FIXTURES = resolve(import.meta.dirname, '../tests/fixtures');

export interface BenchText {
  /** `corpus/000` or `pages/bbc-1`. */
  name: string;
  text: string;
  title: string;
  language: string;
  words: number;
}

export interface BenchPage extends BenchText {
  /** Path segment it is served under: `bbc-1`, or `corpus-000` for a corpus text as a page. */
  page: string;
  html: string;
  article: ExtractedArticle;
}

export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

export function corpusTexts(): BenchText[] {
  const dir = join(FIXTURES, 'corpus');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      return { name: `corpus/${f.slice(0, -4)}`, text, title: '', language: 'en', words: countWords(text) };
    });
}

export function pageNames(): string[] {
  const dir = join(FIXTURES, 'pages');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export function pageSourceHtml(page: string): string {
  return readFileSync(join(FIXTURES, 'pages', page, 'source.html'), 'utf8');
}

function asPage(name: string, page: string, html: string): BenchPage | null {
  const article = extractArticleFromHtml(html, `http://127.0.0.1/pages/${page}/`, parseWithLinkedom);
  if (!article) return null;
  const { text, title, language } = article.page;
  return { name, page, html, article, text, title, language, words: countWords(text) };
}

/** The article of every saved page the extractor accepts; pages it refuses are reported, not hidden. */
export function pageTexts(): { pages: BenchPage[]; refused: string[] } {
  const pages: BenchPage[] = [];
  const refused: string[] = [];
  for (const page of pageNames()) {
    const found = asPage(`pages/${page}`, page, pageSourceHtml(page));
    if (found) pages.push(found);
    else refused.push(page);
  }
  return { pages, refused };
}

/** The corpus texts as the sample server serves them: simple news-article pages. */
export function corpusPages(): BenchPage[] {
  return corpusTexts().flatMap((t) => {
    const page = t.name.replace('/', '-');
    const found = asPage(`${t.name} (page)`, page, corpusArticleHtml(t.name.slice('corpus/'.length), t.text, `http://127.0.0.1/pages/${page}/`));
    return found ? [found] : [];
  });
}
