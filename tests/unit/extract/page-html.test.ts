import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { runSteps } from '../../../lib/anchoring/steps';
import { extractArticle } from '../../../lib/extract/article';
import { articleOfPageHtml } from '../../../lib/extract/html-article';
import { parseWithLinkedom } from '../../../lib/extract/linkedom-parser';
import { MAX_ATTRIBUTE_CHARS, pageHtmlSteps } from '../../../lib/extract/page-html';
import { MAX_PAGE_HTML, MAX_PAGE_TEXT } from '../../../lib/messages';

const PAGES = join(__dirname, '../../fixtures/pages');
const pageNames = readdirSync(PAGES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
/** Limits no saved page reaches: what is written is the whole page. */
const LIMITS = { maxTextChars: MAX_PAGE_TEXT, maxHtmlChars: MAX_PAGE_HTML };

/** A document parsed as a browser parses a page (happy-dom), the content script's view of it. */
function browserDocument(html: string): Document {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

const written = (doc: Document, limits = LIMITS) => runSteps(pageHtmlSteps(doc, limits))!;

describe.each(pageNames)('the page %s written out and read in the background', (name) => {
  const source = readFileSync(join(PAGES, name, 'source.html'), 'utf8');
  const url = `https://news.example/${name}`;

  // A saved page is parsed three times and read three times: seconds on a loaded machine.
  it('gives the article, its blocks and metadata that reading the page itself gives, parsed by linkedom or by a browser', { timeout: 60_000 }, () => {
    const doc = browserDocument(source);
    const direct = extractArticle(doc, url);
    const page = written(doc);
    expect(page.truncated).toBe(false);
    expect(direct).not.toBeNull();
    expect(articleOfPageHtml(page, url, parseWithLinkedom)).toEqual(direct);
    expect(articleOfPageHtml(page, url, browserDocument)).toEqual(direct);
  });
});

describe('pageHtmlSteps', () => {
  it('cuts a very long page after the text limit, and the article read from it says so', () => {
    const paragraph = (i: number) => `<p>Paragraph ${i} reports that the delegation from Vienna met officials in Lisbon for ${i % 90} minutes.</p>`;
    const doc = browserDocument(`<html lang="en"><head><title>Long read</title></head><body><article><h1>Long read</h1>${Array.from({ length: 3000 }, (_, i) => paragraph(i)).join('')}</article></body></html>`);
    const page = written(doc, { maxTextChars: 20_000, maxHtmlChars: MAX_PAGE_HTML });
    const article = articleOfPageHtml(page, 'https://long.example/read', parseWithLinkedom)!;
    expect(article.truncated).toBe(true);
    // The limit counts the page's text; the article adds a blank line between paragraphs.
    expect(article.page.text.length).toBeLessThan(21_000);
    expect(article.page.text).toContain('Paragraph 1 reports');
    expect(article.page.text).not.toContain('Paragraph 2999 reports');
  });

  it('cuts the body text after the limit as reading the page did, keeping the elements after it', () => {
    const doc = browserDocument('<html><head><title>T</title></head><body><p>abcdef</p><p>ghij</p><time datetime="2024-01-01"></time></body></html>');
    const { html, truncated } = written(doc, { maxTextChars: 8, maxHtmlChars: 10_000 });
    expect(truncated).toBe(true);
    expect(html).toBe('<!DOCTYPE html><html><head><title>T</title></head><body><p>abcdef</p><p>gh</p><time datetime="2024-01-01"></time></body></html>');
  });

  it('leaves out scripts, styles and frames but keeps JSON-LD, escaping what would end it', () => {
    const doc = browserDocument('<html><head><style>p{}</style></head><body><script>x()</script><script type="application/ld+json">{"a":"</b>"}</script><iframe></iframe><p>a &amp; b &lt;c&gt;</p><!-- note --></body></html>');
    expect(written(doc).html).toBe('<!DOCTYPE html><html><head></head><body><script type="application/ld+json">{"a":"<\\/b>"}</script><p>a &amp; b &lt;c&gt;</p></body></html>');
  });

  it('cuts huge attributes and escapes quotes in them', () => {
    const doc = browserDocument(`<html><body><img src="data:${'x'.repeat(5000)}"><p title='say "hi"'>p</p></body></html>`);
    const { html } = written(doc);
    expect(html).toContain(`<img src="data:${'x'.repeat(MAX_ATTRIBUTE_CHARS - 5)}">`);
    expect(html).toContain('<p title="say &quot;hi&quot;">p</p>');
  });

  it('stops at the HTML limit with every open element closed', () => {
    const doc = browserDocument(`<html><body><div>${'<p>word word</p>'.repeat(1000)}</div></body></html>`);
    const { html, truncated } = written(doc, { maxTextChars: 100_000, maxHtmlChars: 500 });
    expect(truncated).toBe(true);
    expect(html.length).toBeLessThan(600);
    expect(html.endsWith('</div></body></html>')).toBe(true);
  });

  it('pauses between small steps on a long page', () => {
    const doc = browserDocument(`<html><body>${'<p>word</p>'.repeat(2000)}</body></html>`);
    const steps = pageHtmlSteps(doc, LIMITS);
    let pauses = 0;
    while (!steps.next().done) pauses++;
    expect(pauses).toBeGreaterThan(10);
  });

  it('writes nothing for a document without a body', () => {
    const doc = browserDocument('<html><body></body></html>');
    doc.documentElement.removeChild(doc.body);
    expect(runSteps(pageHtmlSteps(doc, LIMITS))).toBeNull();
  });
});
