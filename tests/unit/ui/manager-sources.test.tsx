// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ClaimSearcher } from '../../../components/ClaimSearch';
import { Manager } from '../../../components/Manager';
import type { SourceListItem } from '../../../lib/messages';
import { managerSettings } from '../../../lib/settings';
import { managerDeps } from './manager-deps';
import { sourceItem } from './manager-fixtures';
import { transportTo } from './views';

const settings = managerSettings;

/** A background over a little store of sources that really deletes and restores them. */
function sourcesBackground() {
  let stored: SourceListItem[] = [0, 1, 2, 3].map((n) => sourceItem(n, { site: n < 2 ? 'outlet.example' : 'other.example' }));
  const trash = new Map<string, SourceListItem[]>();
  const remove = (keep: (s: SourceListItem) => boolean) => {
    const removed = stored.filter((s) => !keep(s));
    stored = stored.filter(keep);
    const undoToken = `t${trash.size}`;
    trash.set(undoToken, removed);
    return { deleted: removed.length, undoToken, undoExpiresAt: Date.now() + 60_000 };
  };
  return transportTo(
    {
      'sources.list': async ({ filter, offset, limit }) => {
        const items = stored.filter((s) => (!filter.site || s.site === filter.site) && (!filter.title || s.title.toLowerCase().includes(filter.title.toLowerCase())));
        return { items: items.slice(offset, offset + limit), total: items.length, offset };
      },
      'sources.sites': async () => [...new Set(stored.map((s) => s.site))].map((site) => ({ site, sources: stored.filter((s) => s.site === site).length })),
      'sources.delete': async ({ sourceIds }) => remove((s) => !sourceIds.includes(s.id)),
      'sources.forgetSite': async ({ site }) => remove((s) => s.site !== site),
      'sources.undoDelete': async ({ undoToken }) => {
        const back = trash.get(undoToken) ?? [];
        stored = [...stored, ...back].sort((a, b) => a.id.localeCompare(b.id));
        return { restored: back.length };
      },
    },
    null,
  );
}

const rows = () => screen.queryAllByTestId('manager-source-row');

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('Manager sources', () => {
  it('lists each article with its site, author and counts, linking to the original', async () => {
    render(<Manager initialTab="sources" {...managerDeps(sourcesBackground())} settings={settings} />);
    await waitFor(() => expect(rows()).toHaveLength(4));
    const first = rows()[0]!;
    expect(within(first).getByRole('link', { name: 'Article 0' }).getAttribute('href')).toBe('https://outlet0.example/article');
    expect(first.textContent).toContain('Author 0');
    expect(within(first).getByRole('button', { name: 'Show the 10 claims of “Article 0”' })).toBeTruthy();
  });

  it('deletes the selected articles and brings them back on undo', async () => {
    const background = sourcesBackground();
    render(<Manager initialTab="sources" {...managerDeps(background)} settings={settings} />);
    await waitFor(() => expect(rows()).toHaveLength(4));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select “Article 1”' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select “Article 2”' }));
    fireEvent.click(screen.getByTestId('manager-delete-selected'));
    fireEvent.click(screen.getByTestId('manager-delete-selected-confirm'));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.getByTestId('manager-snackbar').textContent).toContain('Deleted 2 articles.');
    fireEvent.click(screen.getByTestId('manager-undo'));
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(screen.getByTestId('manager-snackbar').textContent).toContain('Restored 2 articles.');
  });

  it('asks before forgetting everything from a site, then forgets only that site', async () => {
    const background = sourcesBackground();
    render(<Manager initialTab="sources" {...managerDeps(background)} settings={settings} />);
    await waitFor(() => expect(rows()).toHaveLength(4));
    await waitFor(() => expect(screen.getByTestId('manager-source-site').querySelectorAll('option')).toHaveLength(3));
    fireEvent.change(screen.getByTestId('manager-source-site'), { target: { value: 'outlet.example' } });
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.click(screen.getByTestId('manager-forget-site'));
    expect(screen.getByRole('group', { name: /Forget everything from outlet.example/ }).textContent).toContain('Delete all 2 articles from outlet.example?');
    fireEvent.click(screen.getByTestId('manager-forget-site-confirm'));
    await waitFor(() => expect(rows().map((row) => row.textContent?.includes('other.example'))).toEqual([true, true]));
    expect(screen.getByTestId('manager-snackbar').textContent).toContain('Forgot 2 articles from outlet.example.');
    expect(background.sent).toContain('sources.forgetSite');
  });

  it('opens the claims of one article in the Claims section', async () => {
    const background = transportTo(
      {
        'sources.list': async ({ offset }) => ({ items: [sourceItem(0)], total: 1, offset }),
        'sources.sites': async () => [],
      },
      null,
    );
    const searchClaims: ClaimSearcher = async (_query, filter, { offset }) => ({ items: [], total: filter.sourceId === 'source-0' ? 0 : 99, offset });
    render(<Manager initialTab="sources" {...managerDeps(background, { searchClaims })} settings={settings} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Show the 10 claims of “Article 0”' }));
    expect(await screen.findByText('Article 0', { selector: '.cl-chip__text' })).toBeTruthy();
    await screen.findByText('No claim matches.');
  });
});
