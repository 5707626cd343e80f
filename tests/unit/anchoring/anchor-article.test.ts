import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { anchorBlocks, mapSpan, placeArticle } from '../../../lib/anchoring/anchor-article';
import { buildDomTextMap, domPosition, type DomTextMap } from '../../../lib/anchoring/dom-text-map';
import { compactString, compactText } from '../../../lib/anchoring/text-quote';
import { extractArticle, type ExtractedArticle } from '../../../lib/extract/article';

const PAGES = join(__dirname, '../../fixtures/pages');
const pageNames = readdirSync(PAGES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const parse = (html: string) => parseHTML(html).document as unknown as Document;

function setUp(html: string) {
  const doc = parse(html);
  const article = extractArticle(doc, 'https://news.example/a')!;
  const map = buildDomTextMap(doc.body);
  const articleText = compactText(article.page.text);
  const pageText = compactText(map.text);
  const { segments, missedBlocks } = anchorBlocks(articleText, article.blocks, pageText);
  const place = (start: number, end: number) => mapSpan(articleText, pageText, segments, start, end);
  return { doc, article, map, missedBlocks, place };
}

/** Every word and number of the article, as a highlight would cover it. */
function wordSpans(article: ExtractedArticle) {
  return [...article.page.text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.,'’-]*/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function elementAt(map: DomTextMap, offset: number): Element {
  return domPosition(map, offset, 'start')!.node.parentElement!;
}

describe.each(pageNames)('anchoring the article of %s on its live page', (name) => {
  const { article, map, missedBlocks, place } = setUp(readFileSync(join(PAGES, name, 'source.html'), 'utf8'));

  it('finds every block of the article on the page', () => {
    expect(missedBlocks).toBe(0);
  });

  it('carries every word of the article to the same word on the page, never into navigation or footers', () => {
    for (const span of wordSpans(article)) {
      const placed = place(span.start, span.end);
      expect(placed).not.toBeNull();
      const onPage = placed!.map((s) => map.text.slice(s.start, s.end)).join('');
      expect(compactString(onPage)).toBe(compactString(article.page.text.slice(span.start, span.end)));
      expect(elementAt(map, placed![0]!.start).closest('nav, footer, [role="navigation"]')).toBeNull();
    }
  });
});

describe('anchoring on pages built to mislead it', () => {
  const sentence = 'The two leaders met for 2 hours and 16 minutes in Hamburg on Friday, far longer than planned.';
  const filler = 'Officials from both delegations described the talks as constructive and businesslike overall. ';

  it('highlights the article, not a teaser in the navigation that repeats the same sentence first', () => {
    const html = `<!doctype html><html><body><nav><ul><li><a href="/x">${sentence}</a></li></ul></nav>
      <article><h1>Summit</h1><p>${filler.repeat(3)}</p><p>${sentence} ${filler}</p><p>${filler.repeat(3)}</p></article></body></html>`;
    const { article, map, place } = setUp(html);
    const at = article.page.text.indexOf('2 hours');
    const placed = place(at, at + '2 hours and 16 minutes'.length)!;
    expect(map.text.slice(placed[0]!.start, placed[0]!.end)).toBe('2 hours and 16 minutes');
    expect(elementAt(map, placed[0]!.start).closest('article')).not.toBeNull();
  });

  it('still places sentences of a paragraph the page interleaves with text the article left out', () => {
    const { article } = setUp(`<!doctype html><html><body><article><p>${filler.repeat(3)}</p><p>${sentence} ${filler}</p><p>${filler.repeat(3)}</p></article></body></html>`);
    // The live page gained a footnote marker inside the paragraph after extraction.
    const live = parse(
      `<!doctype html><html><body><article><p>${filler.repeat(3)}</p><p>${sentence}<sup>[1]</sup> ${filler}</p><p>${filler.repeat(3)}</p></article></body></html>`,
    );
    const map = buildDomTextMap(live.body);
    const articleText = compactText(article.page.text);
    const pageText = compactText(map.text);
    const { segments, missedBlocks } = anchorBlocks(articleText, article.blocks, pageText);
    expect(missedBlocks).toBe(0);
    const at = article.page.text.indexOf('Hamburg');
    const placed = mapSpan(articleText, pageText, segments, at, at + 7)!;
    expect(map.text.slice(placed[0]!.start, placed[0]!.end)).toBe('Hamburg');
  });

  it("names the element that holds the article's first text on the page, where the highlights will be painted", () => {
    const html = `<!doctype html><html><body><nav><a href="/x">${sentence}</a></nav>
      <article><h1 id="headline">Summit in Hamburg ends</h1><p>${filler.repeat(3)}</p><p>${sentence}</p></article></body></html>`;
    const { doc, article } = setUp(html);
    expect(placeArticle(article, buildDomTextMap(doc.body)).firstElement?.id).toBe('headline');
    const elsewhere = parse('<!doctype html><html><body><p>Nothing of that article is here.</p></body></html>');
    expect(placeArticle(article, buildDomTextMap(elsewhere.body)).firstElement).toBeNull();
  });

  it('reports a highlight as not placed when its text is no longer on the page', () => {
    const { article } = setUp(`<!doctype html><html><body><article><p>${filler.repeat(3)}</p><p>${sentence}</p><p>${filler.repeat(3)}</p></article></body></html>`);
    const live = parse(`<!doctype html><html><body><article><p>${filler.repeat(3)}</p><p>Something else entirely.</p><p>${filler.repeat(3)}</p></article></body></html>`);
    const map = buildDomTextMap(live.body);
    const articleText = compactText(article.page.text);
    const { segments, missedBlocks } = anchorBlocks(articleText, article.blocks, compactText(map.text));
    expect(missedBlocks).toBe(1);
    const at = article.page.text.indexOf('Hamburg');
    expect(mapSpan(articleText, compactText(map.text), segments, at, at + 7)).toBeNull();
  });
});
