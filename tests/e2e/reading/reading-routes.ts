/**
 * Pages the reading tests serve besides the samples: a dark page, a hostile right-to-left page, a
 * page of 100,000 words, a page full of frames. Served through the sample server's extra route.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { corpusArticleHtml, FIXTURES_DIR, type ExtraRoute } from '../../../scripts/harness/sample-server';

export const READING_PAGES = ['dark', 'hostile', 'long', 'frames'] as const;
export type ReadingPage = (typeof READING_PAGES)[number];

export const readingUrl = (origin: string, page: ReadingPage) => `${origin}/reading/${page}.html`;

/** Text that looks like markup, quotes of every kind and bidirectional controls, as a page's article may hold. */
export const HOSTILE_TEXT = '<img src=x onerror="document.title=\'pwned\'"> said “it lasted 35 minutes” \u202eevil\u202c and \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** A long article of varied sentences (no paragraph repeats), about `words` words. */
function longArticle(words: number): string {
  const subjects = ['The minister', 'Police officials', 'The city council', 'Angela Merkel', 'The delegation from Vienna', 'Emmanuel Macron', 'The summit host'];
  const verbs = ['said talks lasted', 'reported a delay of', 'planned a meeting of', 'announced a break of', 'confirmed a session of'];
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const sentences = Array.from({ length: 4 }, (_, k) => {
      const n = i * 4 + k;
      return `${subjects[n % subjects.length]} ${verbs[(n * 3) % verbs.length]} ${(n % 170) + 5} minutes in Hamburg on ${(n % 28) + 1} July, report ${n} said.`;
    });
    const paragraph = sentences.join(' ');
    count += paragraph.split(' ').length;
    paragraphs.push(`<p>${paragraph}</p>`);
  }
  return paragraphs.join('\n');
}

const page = (title: string, body: string, style = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>body{font:18px/1.6 Georgia,serif;max-width:44rem;margin:2rem auto;${style}}</style></head>
<body><header><a href="/">Home</a></header><main><article><h1>${escapeHtml(title)}</h1>
${body}
</article></main><footer>Reading test page</footer></body></html>`;

async function corpusParagraphs(name: string): Promise<string> {
  const text = await readFile(join(FIXTURES_DIR, 'corpus', `${name}.txt`), 'utf8');
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
}

export const readingRoute: ExtraRoute = async (path, origin) => {
  const name = /^\/reading\/([a-z]+)\.html$/.exec(path)?.[1];
  switch (name) {
    case 'dark': {
      const text = await readFile(join(FIXTURES_DIR, 'corpus', '002.txt'), 'utf8');
      const html = corpusArticleHtml('dark', text, `${origin}${path}`).replace('color:#222}', 'color:#e6e6e6;background:#121417}');
      return { status: 200, body: html };
    }
    case 'hostile':
      return { status: 200, body: page('Talks in Hamburg ran long', `<p>${escapeHtml(HOSTILE_TEXT)}</p>\n${await corpusParagraphs('001')}`) };
    case 'long':
      return { status: 200, body: page('A very long record of the talks', longArticle(100_000)) };
    case 'frames': {
      const frames = Array.from({ length: 40 }, (_, i) => `<iframe src="/reading/frame.html?n=${i}" width="160" height="90" title="frame ${i}"></iframe>`).join('');
      return { status: 200, body: page('Talks among many frames', `${await corpusParagraphs('002')}<div>${frames}</div>`) };
    }
    case 'frame':
      return { status: 200, body: page('A frame', '<p>Ads and widgets in a frame mention Berlin and 30 minutes.</p>') };
    default:
      return null;
  }
};
