// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Manager } from '../../../components/Manager';
import type { PageInput } from '../../../lib/messages';
import { managerSettings } from '../../../lib/settings';
import { readArticleFile, type ArticleFile } from '../../../lib/ui/article-files';
import { managerDeps } from './manager-deps';
import { transportTo } from './views';

const settings = managerSettings;

function fileOf(name: string, content: string | Uint8Array): ArticleFile {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, size: bytes.byteLength, arrayBuffer: async () => bytes.slice().buffer };
}

const parse = (html: string) => parseHTML(html).document as unknown as Document;

const ARTICLE_HTML = `<!doctype html><html lang="en"><head><title>Talks in Hamburg</title>
<link rel="canonical" href="https://news.example/world/talks-in-hamburg"><meta property="og:site_name" content="News Example"></head>
<body><nav>Home · World · Sport</nav><article><h1>Talks in Hamburg</h1>
${'<p>The two presidents met on the sidelines of the summit and talked for two hours and sixteen minutes, far longer than the thirty minutes planned by their staff, officials said on Friday evening.</p>'.repeat(6)}
</article><footer>© News Example</footer></body></html>`;

/** A background that stores pages by address, like `articles.add` does. */
function addingBackground() {
  const stored = new Map<string, PageInput>();
  return Object.assign(
    transportTo(
      {
        'articles.add': async ({ page }) => {
          const duplicate = stored.has(page.url);
          stored.set(page.url, page);
          return { sourceId: page.url, status: duplicate ? ('duplicate' as const) : ('added' as const), claims: 4, conflicts: 1, copies: 0 };
        },
      },
      null,
    ),
    { stored },
  );
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('Reading dropped article files', () => {
  it('reads a saved page’s article, keyed by the address the page gives for itself', async () => {
    const read = await readArticleFile(fileOf('talks.html', ARTICLE_HTML), parse);
    if (!read.ok) throw new Error(read.reason);
    expect(read.page.url).toBe('https://news.example/world/talks-in-hamburg');
    expect(read.page.title).toBe('Talks in Hamburg');
    expect(read.page.text).toContain('two hours and sixteen minutes');
    expect(read.page.text).not.toContain('Home · World');
  });

  it('takes a text file as it is, titled by its name', async () => {
    const read = await readArticleFile(fileOf('g20_meeting-report.txt', 'The meeting lasted 2 hours.'), parse);
    expect(read).toMatchObject({ ok: true, page: { url: 'file:///g20_meeting-report.txt', title: 'g20 meeting report', site: 'local file', text: 'The meeting lasted 2 hours.' } });
  });

  it('titles a text file by its headline when it starts with one', async () => {
    const story = 'Death toll in air crash rises to 70\n\nThe number of people killed when a passenger plane crashed near the tourist city on Sunday rose to 70, police said on Monday, with two people still missing.';
    const read = await readArticleFile(fileOf('crash.txt', story), parse);
    expect(read).toMatchObject({ ok: true, page: { title: 'Death toll in air crash rises to 70', text: story } });
  });

  it('refuses empty, binary and non-UTF-8 files with the reason', async () => {
    expect(await readArticleFile(fileOf('empty.txt', ''), parse)).toEqual({ ok: false, name: 'empty.txt', reason: 'empty file' });
    expect(await readArticleFile(fileOf('blank.txt', ' \n\t'), parse)).toMatchObject({ ok: false, reason: 'empty file (whitespace only)' });
    expect(await readArticleFile(fileOf('photo.txt', new Uint8Array([0xff, 0xd8, 0, 1])), parse)).toMatchObject({ ok: false, reason: 'binary file, not text or HTML' });
    expect(await readArticleFile(fileOf('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9])), parse)).toMatchObject({ ok: false, reason: 'not UTF-8 text (binary, or another encoding)' });
    expect(await readArticleFile(fileOf('list.html', '<html><body><a href="/">Home</a></body></html>'), parse)).toMatchObject({ ok: false, reason: 'HTML page without a readable article' });
  });
});

describe('Manager: adding articles', () => {
  it('adds dropped files one by one and sums up what became of each', async () => {
    const background = addingBackground();
    render(<Manager initialTab="add" {...managerDeps(background)} settings={settings} />);
    const input = screen.getByTestId('manager-add-input') as HTMLInputElement;
    const files = [new File([ARTICLE_HTML], 'talks.html', { type: 'text/html' }), new File(['The talks lasted 2 hours.'], 'notes.txt'), new File([''], 'empty.txt')];
    fireEvent.change(input, { target: { files } });
    const summary = await screen.findByTestId('manager-add-summary', {}, { timeout: 5000 });
    expect(summary.textContent).toContain('2 articles added, 0 duplicates, 1 failure.');
    expect([...background.stored.keys()]).toEqual(['https://news.example/world/talks-in-hamburg', 'file:///notes.txt']);
    const failed = screen.getAllByRole('listitem').find((item) => item.getAttribute('data-status') === 'failed')!;
    expect(within(failed).getByText('empty.txt')).toBeTruthy();
    expect(within(failed).getByText('empty file')).toBeTruthy();
  });

  it('loads the sample corpus through the same path, and twice adds nothing new', async () => {
    const background = addingBackground();
    const samples = async () => [fileOf('a.txt', 'The talks lasted 2 hours.'), fileOf('b.txt', 'The talks lasted 3 hours.')];
    render(<Manager initialTab="settings" {...managerDeps(background, { samples })} settings={settings} />);
    fireEvent.click(screen.getByTestId('manager-settings-load-samples'));
    expect((await screen.findByTestId('manager-add-summary')).textContent).toContain('2 articles added');
    fireEvent.click(screen.getByTestId('manager-load-samples'));
    await waitFor(() => expect(screen.getByTestId('manager-add-summary').textContent).toContain('0 articles added, 2 duplicates'));
  });
});
