import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockTexts, extractArticle, joinBlocks } from '../../../lib/extract/article';

const PAGES = join(__dirname, '../../fixtures/pages');
const pageNames = readdirSync(PAGES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

const parse = (html: string) => parseHTML(html).document as unknown as Document;
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

describe.each(pageNames)('extractArticle on the real page %s', (name) => {
  const source = readFileSync(join(PAGES, name, 'source.html'), 'utf8');
  const expectedHtml = readFileSync(join(PAGES, name, 'expected.html'), 'utf8');
  const metadata = JSON.parse(readFileSync(join(PAGES, name, 'expected-metadata.json'), 'utf8')) as { title: string };
  const article = extractArticle(parse(source), `https://news.example/${name}`);

  it('finds an article with its title', () => {
    expect(article).not.toBeNull();
    expect(article!.page.title).toBe(metadata.title);
    expect(article!.page.text.length).toBeGreaterThan(500);
  });

  it('keeps nearly every word of the article body', () => {
    const expected = words(parse(`<!doctype html><html><body>${expectedHtml}</body></html>`).body.textContent ?? '');
    const got = new Set(words(article!.page.text));
    const kept = expected.filter((w) => got.has(w)).length / expected.length;
    expect(kept).toBeGreaterThan(0.95);
  });

  it('describes blocks that are the paragraphs of the text, separated by blank lines', () => {
    const { text } = article!.page;
    const rebuilt = article!.blocks.map((b) => text.slice(b.start, b.end)).join('\n\n');
    expect(rebuilt).toBe(text);
    for (const block of article!.blocks) expect(text.slice(block.start, block.end)).not.toMatch(/^\s|\s$|\n/);
  });

  it('leaves the document it was given untouched', () => {
    const doc = parse(source);
    const before = doc.body.innerHTML.length;
    extractArticle(doc, `https://news.example/${name}`);
    expect(doc.body.innerHTML.length).toBe(before);
  });
});

describe('extractArticle on pages that are not articles', () => {
  it('returns null for an empty page', () => {
    expect(extractArticle(parse('<html><head><title>x</title></head><body></body></html>'), 'https://a.example/')).toBeNull();
  });

  it('returns null for a search results page', () => {
    const results = Array.from(
      { length: 10 },
      (_, i) => `<li><a href="/r${i}">Result ${i} about the summit</a><span>news.example › world › ${i}</span></li>`,
    ).join('');
    const html = `<html><body><form><input name=q value="summit"></form><ol>${results}</ol><nav><a href="?p=2">Next</a></nav></body></html>`;
    expect(extractArticle(parse(html), 'https://search.example/?q=summit')).toBeNull();
  });
});

describe('extractArticle metadata', () => {
  const paragraph = 'The ceasefire in south-west Syria takes effect from noon Damascus time on Sunday, officials said after the talks. '.repeat(4);
  const html = `<html lang="en-GB"><head><title>Talks end | Daily</title>
    <link rel="canonical" href="/world/talks-end">
    <meta property="og:site_name" content="The Daily">
    <meta property="article:published_time" content="2017-07-07T18:00:00Z">
    <meta name="author" content="A. Writer"></head>
    <body><article><h1>Talks end</h1>${'<p>' + paragraph + '</p>'.repeat(1)}<p>${paragraph}</p><p>${paragraph}</p></article></body></html>`;
  const article = extractArticle(parse(html), 'https://daily.example/world/talks-end?utm_source=x#top');

  it('keys the page by its canonical address, resolved against the page address', () => {
    expect(article?.page.canonicalUrl).toBe('https://daily.example/world/talks-end');
    expect(article?.page.url).toBe('https://daily.example/world/talks-end?utm_source=x#top');
  });

  it('reads site, date, byline and language from the page', () => {
    expect(article?.page).toMatchObject({ site: 'The Daily', published: '2017-07-07T18:00:00Z', byline: 'A. Writer', language: 'en-GB' });
  });
});

describe('blockTexts and joinBlocks', () => {
  it('splits paragraphs, headings, list items and line breaks, and collapses whitespace', () => {
    const doc = parse('<!doctype html><html><body><div><h2>Head</h2><p>One\n  <b>bold</b>\u00a0word<br>next line</p><ul><li>a</li><li> </li><li>b</li></ul></div></body></html>');
    expect(blockTexts(doc.body)).toEqual(['Head', 'One bold word', 'next line', 'a', 'b']);
  });

  it('reads words broken by soft hyphens and zero-width spaces whole', () => {
    const doc = parse('<!doctype html><html><body><p>Russian President Vladi\u00admir Putin met Chan\u200bcellor Merkel\ufeff.</p></body></html>');
    expect(blockTexts(doc.body)).toEqual(['Russian President Vladimir Putin met Chancellor Merkel.']);
  });

  it('cuts the text at the maximum length and keeps block spans inside it', () => {
    const { text, blocks } = joinBlocks(['aaaa', 'bbbb', 'cccc'], 8);
    expect(text).toBe('aaaa\n\nbb');
    expect(blocks).toEqual([{ start: 0, end: 4 }, { start: 6, end: 8 }]);
  });
});

describe('extractArticle on a very long page', () => {
  const paragraph = (i: number) => `<p>Paragraph ${i} reports that the delegation from Vienna met officials in Lisbon for ${i % 90} minutes on ${(i % 28) + 1} July.</p>`;
  const html = `<!doctype html><html lang="en"><head><title>Long read</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Long read","author":{"@type":"Person","name":"A. Writer"}}</script><script>var tracking = "<p>not text</p>";</script><style>p { color: red }</style></head><body><nav><a href="/">Home</a></nav><article><h1>Long read</h1>${Array.from({ length: 3000 }, (_, i) => paragraph(i)).join('')}</article></body></html>`;

  it('reads the whole page, never the text of scripts or styles, with the structured metadata', () => {
    const article = extractArticle(parse(html), 'https://long.example/read')!;
    expect(article.page.text).toContain('Paragraph 2999 reports');
    expect(article.page.text).not.toContain('tracking');
    expect(article.page.text).not.toContain('color: red');
    expect(article.page.byline).toBe('A. Writer');
  });
});
