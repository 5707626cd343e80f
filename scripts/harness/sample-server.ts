/**
 * A small HTTP server on 127.0.0.1 that serves Crosslight's sample pages: the plain-text corpus
 * wrapped as simple news-article pages, the saved real news pages as they were served, and pages
 * that are not articles. The demo and the end-to-end tests both read from it, so that the browser
 * never needs the network.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../../tests/fixtures');

export interface SampleServer {
  origin: string;
  /** URL of a corpus text (`000`, `001`, …) served as an article page. */
  corpusUrl(name: string): string;
  /** URL of a saved real news page (`bbc-1`, …) served as the site served it. */
  pageUrl(name: string): string;
  /** URL of a generated page that is not an article (`search`, `empty`, `huge`). */
  notArticleUrl(name: NotArticleName): string;
  /** URL of a one-page PDF document. */
  pdfUrl: string;
  /** Path of every request served so far, in order (to see what a page or the extension asked for). */
  readonly requestedPaths: readonly string[];
  close(): Promise<void>;
}

/** Pages a test serves besides the samples: a reply for `path`, or null to fall through. */
export type ExtraRoute = (path: string, origin: string) => Promise<Reply | null> | Reply | null;

export type NotArticleName = keyof typeof NOT_ARTICLE_PAGES;

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Blank lines separate paragraphs; single line breaks inside a block are soft wraps. */
function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
    .filter((block) => block.length > 0);
}

/** A short first line is the headline; otherwise the headline quotes the opening words. */
function headlineOf(paragraphs: string[], name: string): { title: string; body: string[] } {
  const [first, ...rest] = paragraphs;
  if (!first) return { title: `Sample ${name}`, body: [] };
  if (first.length <= 120) return { title: first, body: rest };
  return { title: `${first.slice(0, 87).trimEnd()}…`, body: paragraphs };
}

/** Wraps a corpus text in the markup a news site would use, with a site name of its own per file. */
export function corpusArticleHtml(name: string, text: string, url: string): string {
  const { title, body } = headlineOf(paragraphsOf(text), name);
  const site = `Sample Source ${name}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)} | ${escapeHtml(site)}</title>
<link rel="canonical" href="${escapeHtml(url)}">
<meta property="og:site_name" content="${escapeHtml(site)}">
<meta property="og:type" content="article">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:18px/1.6 Georgia,serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#222}
header,footer{font:14px sans-serif;color:#666}</style>
</head>
<body>
<header><a href="/">${escapeHtml(site)}</a> · World · Politics</header>
<main>
<article>
<h1>${escapeHtml(title)}</h1>
${body.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article>
</main>
<footer>Sample page served from the test fixtures.</footer>
</body>
</html>
`;
}

const NOT_ARTICLE_PAGES = {
  search: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Search results</title></head>
<body><form role="search"><input name="q" value="summit"><button>Search</button></form>
<ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/corpus/00${i % 3}.html">Result ${i + 1}: summit news</a> <small>${i + 2} days ago</small></li>`).join('')}</ul>
</body></html>`,
  empty: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Empty</title></head><body></body></html>',
  // A directory page of about 2 MB: long, but nothing in it is an article.
  huge: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Archive</title></head><body><h1>Archive</h1><ul>${Array.from(
    { length: 20_000 },
    (_, i) => `<li><a href="/archive/${i}">Story ${i}: 30 minutes in Hamburg, ${i % 28 + 1} July</a></li>`,
  ).join('')}</ul></body></html>`,
} as const;

/** A one-page PDF saying one sentence, built by hand: cross-reference offsets must be exact. */
function samplePdf(): Buffer {
  const text = 'The meeting lasted two hours and sixteen minutes.';
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const offset = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

async function indexHtml(): Promise<string> {
  const corpus = (await readdir(join(FIXTURES_DIR, 'corpus'))).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4));
  const pages = (await readdir(join(FIXTURES_DIR, 'pages'), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  const links = (items: string[], href: (n: string) => string) =>
    items.map((n) => `<li><a href="${href(n)}">${escapeHtml(n)}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Crosslight samples</title></head><body>
<h1>Crosslight sample pages</h1>
<h2>One event, three sources</h2><ul>${links(corpus, (n) => `/corpus/${n}.html`)}</ul>
<h2>Real news pages</h2><ul>${links(pages, (n) => `/pages/${n}/`)}</ul>
<h2>Not articles</h2><ul>${links(Object.keys(NOT_ARTICLE_PAGES), (n) => `/other/${n}.html`)}<li><a href="/other/document.pdf">a PDF</a></li></ul>
</body></html>`;
}

const SAFE_NAME = /^[a-z0-9][a-z0-9-]*$/;

export interface Reply {
  status: number;
  body: string | Buffer;
  type?: string;
}

async function route(req: IncomingMessage, origin: string, extra?: ExtraRoute): Promise<Reply> {
  const path = new URL(req.url ?? '/', origin).pathname;
  const extraReply = await extra?.(path, origin);
  if (extraReply) return extraReply;
  if (path === '/') return { status: 200, body: await indexHtml() };
  if (path === '/other/document.pdf') return { status: 200, body: samplePdf(), type: 'application/pdf' };
  const corpus = /^\/corpus\/([^/]+)\.html$/.exec(path)?.[1];
  if (corpus && SAFE_NAME.test(corpus)) {
    const text = await readFile(join(FIXTURES_DIR, 'corpus', `${corpus}.txt`), 'utf8');
    return { status: 200, body: corpusArticleHtml(corpus, text, origin + path) };
  }
  const page = /^\/pages\/([^/]+)\/$/.exec(path)?.[1];
  if (page && SAFE_NAME.test(page)) {
    return { status: 200, body: await readFile(join(FIXTURES_DIR, 'pages', page, 'source.html'), 'utf8') };
  }
  const other = /^\/other\/([^/]+)\.html$/.exec(path)?.[1];
  if (other && other in NOT_ARTICLE_PAGES) return { status: 200, body: NOT_ARTICLE_PAGES[other as NotArticleName] };
  return { status: 404, body: 'Not found' };
}

async function respond(req: IncomingMessage, res: ServerResponse, origin: string, extra?: ExtraRoute): Promise<void> {
  let result: Reply;
  try {
    result = await route(req, origin, extra);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    result = { status: missing ? 404 : 500, body: missing ? 'Not found' : String(error) };
  }
  res.writeHead(result.status, { 'content-type': result.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(result.body);
}

/** Starts the server on 127.0.0.1; port 0 picks a free one. */
export async function startSampleServer(port = 0, extra?: ExtraRoute): Promise<SampleServer> {
  let origin = '';
  const requestedPaths: string[] = [];
  const server = createServer((req, res) => {
    requestedPaths.push(req.url ?? '?');
    void respond(req, res, origin, extra);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    corpusUrl: (name) => `${origin}/corpus/${name}.html`,
    pageUrl: (name) => `${origin}/pages/${name}/`,
    notArticleUrl: (name) => `${origin}/other/${name}.html`,
    pdfUrl: `${origin}/other/document.pdf`,
    requestedPaths,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
