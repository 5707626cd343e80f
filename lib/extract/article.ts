/**
 * Article extraction with Mozilla Readability. Works on any DOM implementation (linkedom in the
 * background and the command line, the browser's own for files dropped on the manager), so the
 * extension and the command line read pages the same way.
 *
 * The article text is built block by block (paragraphs, headings, list items, quotes) joined by a
 * blank line, so paragraphs stay apart for the engine and each block can be found again on the
 * live page when highlighting.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { MAX_PAGE_TEXT, type PageInput } from '../messages';
import { NOT_TEXT_SELECTOR } from './not-text';
import { readPageMetadata } from './page-metadata';

/** One block of the article: `page.text.slice(start, end)`. */
export interface ArticleBlock {
  start: number;
  end: number;
}

export interface ExtractedArticle {
  page: PageInput;
  blocks: ArticleBlock[];
  /** The page was cut before it was read (see page-html.ts): only its beginning was read. */
  truncated?: boolean;
}

/** Elements whose start and end break the text into separate blocks. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SVG', 'MATH']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Soft hyphens and zero-width spaces, which pages put inside words to break lines ("Vladi\u00admir
 * Putin"): the words are read whole, and quotes still anchor (text-quote.ts ignores these too).
 */
const INVISIBLE_BREAKS = /[\u00ad\u200b\u2060\ufeff]/g;

/** Texts of the blocks under `root`, whitespace collapsed, line-break hints dropped, empty blocks left out. */
export function blockTexts(root: Node): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const text = current.join('').replace(INVISIBLE_BREAKS, '').replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    current = [];
  };
  // An explicit stack rather than recursion: some pages nest thousands of levels deep.
  const stack: { node: Node; leaving: boolean }[] = [{ node: root, leaving: false }];
  while (stack.length) {
    const { node, leaving } = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      current.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const tag = node.nodeType === ELEMENT_NODE ? (node as Element).tagName.toUpperCase() : '';
    if (SKIPPED_TAGS.has(tag)) continue;
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) flush();
    if (leaving) continue;
    if (isBlock) stack.push({ node, leaving: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leaving: false });
  }
  flush();
  return blocks;
}

function hostname(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

const clip = (text: string, max = 4096) => (text.length > max ? text.slice(0, max) : text);

/** Joins block texts with blank lines, cut to the protocol's maximum, remembering each block's span. */
export function joinBlocks(texts: string[], max = MAX_PAGE_TEXT): { text: string; blocks: ArticleBlock[] } {
  const blocks: ArticleBlock[] = [];
  const parts: string[] = [];
  let length = 0;
  for (const block of texts) {
    const start = length === 0 ? 0 : length + 2;
    if (start >= max) break;
    const piece = block.slice(0, max - start);
    if (length > 0) parts.push('\n\n');
    parts.push(piece);
    blocks.push({ start, end: start + piece.length });
    length = start + piece.length;
  }
  return { text: parts.join(''), blocks };
}

export interface ExtractOptions {
  /**
   * The document was parsed for this reading alone: Readability may change it instead of a copy
   * (copying a page costs a fifth of its reading in linkedom).
   */
  consume?: boolean;
}

/**
 * Reads the article of a page, or returns null when the page is not an article (search results,
 * an empty page, a listing). `doc` is left untouched unless `consume` is set: Readability works on
 * a trimmed clone.
 */
export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): ExtractedArticle | null {
  if (!doc.body || !isProbablyReaderable(doc)) return null;
  const metadata = readPageMetadata(doc);
  const target = options.consume ? doc : (doc.cloneNode(true) as Document);
  for (const element of [...target.querySelectorAll(NOT_TEXT_SELECTOR)]) element.remove();
  const result = new Readability(target, { serializer: (el: Node) => el }).parse();
  if (!result?.content) return null;
  const { text, blocks } = joinBlocks(blockTexts(result.content));
  if (!text) return null;
  const canonical = metadata.canonicalUrl(url);
  const page: PageInput = {
    url: clip(url, 8192),
    canonicalUrl: clip(canonical, 8192),
    title: clip((result.title || metadata.title).trim()),
    site: clip((result.siteName || metadata.meta(['og:site_name', 'application-name']) || hostname(canonical)).trim()),
    byline: clip((result.byline || metadata.meta(['author', 'article:author'])).trim()),
    published: clip((result.publishedTime || metadata.publishedTime()).trim()),
    language: clip((result.lang || metadata.lang || metadata.meta(['og:locale'])).trim(), 64),
    text,
  };
  return { page, blocks };
}
