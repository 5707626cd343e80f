/** The analysis tests' inputs: the corpus as files, and the real pages' article texts. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

const root = join(__dirname, '../../../fixtures');

export function corpusText(name: string): string {
  return readFileSync(join(root, 'corpus', name), 'utf8');
}

export const corpusFiles = readdirSync(join(root, 'corpus')).filter((f) => f.endsWith('.txt')).sort();

/** Article text of a saved page, as Readability extracted it (tags stripped, block breaks kept). */
export function pageText(name: string): string {
  const html = readFileSync(join(root, 'pages', name, 'expected.html'), 'utf8');
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of document.querySelectorAll('p, h1, h2, h3, h4, li, blockquote, div, br')) {
    el.after(document.createTextNode('\n\n'));
  }
  return document.body.textContent ?? '';
}

export const pageNames = readdirSync(join(root, 'pages'))
  .filter((d) => existsSync(join(root, 'pages', d, 'expected.html')))
  .sort();
