// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../../components/Popup';
import type { PageStateView } from '../../../lib/messages';
import type { Transport } from '../../../lib/messaging/protocol-client';
import { disabledSitesSetting, excludedUrlsSetting, hiddenSitesSetting } from '../../../lib/settings';
import { pageState, summary, transportTo } from './views';

const settings = { disabledSites: disabledSitesSetting, hiddenSites: hiddenSitesSetting, excludedUrls: excludedUrlsSetting };

function renderPopup(page: Transport, background: Transport = transportTo({ 'source.summary': async () => summary() }, null)) {
  const opened: string[] = [];
  render(
    <Popup
      transports={{ page, background }}
      settings={settings}
      openManager={async () => {
        opened.push('manager');
      }}
      pollInterval={5}
    />,
  );
  return { opened };
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('Popup', () => {
  it('shows the page’s status, counts and the claims other sources report, conflicts first', async () => {
    renderPopup(transportTo({ 'page.state': async () => pageState() }, null));
    const claims = await screen.findAllByTestId('popup-claim');
    expect(screen.getByTestId('popup-status').dataset.status).toBe('article');
    expect(screen.getByTestId('popup-counts').dataset.conflicts).toBe('1');
    expect(claims.map((claim) => claim.dataset.relation)).toEqual(['conflicts', 'agrees']);
    // The first claim starts open, with the other quotes conflicts first.
    const others = within(claims[0]!).getAllByTestId('popup-other-claim');
    expect(others.map((other) => other.dataset.relation)).toEqual(['conflicts', 'related']);
    expect(others[0]!.querySelector('mark')?.textContent).toBe('two hours seventeen minutes');
    expect(within(others[0]!).getByRole('link').getAttribute('href')).toBe('https://outlet1.example/article#:~:text=two%20hours');
  });

  it('opens and closes a claim from the keyboard-reachable toggle', async () => {
    renderPopup(transportTo({ 'page.state': async () => pageState() }, null));
    const claims = await screen.findAllByTestId('popup-claim');
    const toggle = within(claims[1]!).getByRole('button');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(within(claims[1]!).getAllByTestId('popup-other-claim')).toHaveLength(1);
  });

  it('never renders quote text as markup', async () => {
    const hostile = summary();
    hostile.claims[1]!.others[1]!.text = '<img src=x onerror="alert(1)"> lasted two hours';
    hostile.claims[1]!.others[1]!.marks = [{ start: 0, end: 30 }];
    hostile.claims[1]!.others[1]!.link = 'javascript:alert(1)';
    renderPopup(transportTo({ 'page.state': async () => pageState() }, null), transportTo({ 'source.summary': async () => hostile }, null));
    const [conflict] = await screen.findAllByTestId('popup-other-claim');
    expect(conflict!.querySelector('img')).toBeNull();
    expect(conflict!.querySelector('mark')?.textContent).toBe('<img src=x onerror="alert(1)">');
    expect(within(conflict!).getByRole('link').getAttribute('href')).toBe('https://outlet1.example/article');
  });

  it('says Crosslight cannot read a page where no content script answers', async () => {
    renderPopup(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const status = await screen.findByTestId('popup-status');
    expect(status.dataset.status).toBe('unreadable');
    expect(status.textContent).toContain("Crosslight can't read this page");
  });

  it('keeps asking while the page is still being read', async () => {
    let asks = 0;
    renderPopup(transportTo({ 'page.state': async () => pageState(++asks < 3 ? { status: 'loading', sourceId: null, stored: false, counts: null } : {}) }, null));
    await screen.findAllByTestId('popup-claim');
    expect(asks).toBe(3);
  });

  it('stays busy while the page is being saved, and is done once what other sources say is shown', async () => {
    let saved = false;
    renderPopup(transportTo({ 'page.state': async () => pageState(saved ? {} : { saving: true }) }, null));
    await waitFor(() => expect(screen.getByTestId('popup-status').dataset.status).toBe('article'));
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
    saved = true;
    await screen.findAllByTestId('popup-claim');
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('false');
  });

  it('adds a page in ask mode and then shows its summary', async () => {
    let stored = false;
    const page = transportTo(
      {
        'page.state': async () => pageState({ stored }),
        'page.add': async () => {
          stored = true;
          return pageState({ stored });
        },
      },
      null,
    );
    renderPopup(page);
    fireEvent.click(await screen.findByTestId('popup-add'));
    await waitFor(() => expect(screen.getByTestId('popup-status').textContent).toContain('Saved in your store.'));
    expect(screen.getAllByTestId('popup-claim')).not.toHaveLength(0);
    expect(page.sent).toEqual(['page.state', 'page.add']);
  });

  it('forgets a page and, when asked, keeps its addresses out of the store', async () => {
    let stored = true;
    const background = transportTo(
      {
        'source.summary': async () => {
          if (!stored) throw new Error('This page is not in the store (source-0).');
          return summary();
        },
        'source.forget': async () => {
          stored = false;
          return { removed: true };
        },
      },
      null,
    );
    const page = transportTo({ 'page.state': async () => pageState(), 'page.forgotten': async () => pageState({ stored: false }) }, null);
    renderPopup(page, background);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'and keep it out of the store' }));
    fireEvent.click(screen.getByTestId('popup-forget'));
    await screen.findByTestId('popup-keep-out');
    // The page hears that it was forgotten, so that it does not store itself again on this visit.
    expect(page.sent).toEqual(['page.state', 'page.forgotten']);
    expect(background.sent).toEqual(['source.summary', 'source.forget', 'source.summary']);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryAllByTestId('popup-claim')).toHaveLength(0);
    expect(await excludedUrlsSetting.getValue()).toEqual(['https://www.outlet0.example/article']);
    expect(screen.getByTestId('popup-keep-out').textContent).toBe('Allow in store again');
  });

  it('turns Crosslight off for the site and waits until the page has applied it', async () => {
    let current: PageStateView = pageState();
    const page = transportTo({ 'page.state': async () => current }, null);
    renderPopup(page);
    const siteSwitch = (await screen.findByTestId('popup-site-switch')) as HTMLInputElement;
    await waitFor(() => expect(siteSwitch.closest('fieldset')?.disabled).toBe(false));
    expect(siteSwitch.checked).toBe(true);
    fireEvent.click(siteSwitch);
    await waitFor(() => expect(page.sent.length).toBeGreaterThan(2));
    current = pageState({ status: 'disabled', sourceId: null, stored: false, counts: null });
    await waitFor(() => expect(screen.getByTestId('popup-status').dataset.status).toBe('disabled'));
    expect(await disabledSitesSetting.getValue()).toEqual(['www.outlet0.example']);
    expect(siteSwitch.checked).toBe(false);
  });

  it('hides highlights on the site through its own switch', async () => {
    renderPopup(transportTo({ 'page.state': async () => pageState() }, null));
    const highlights = (await screen.findByTestId('popup-highlights-switch')) as HTMLInputElement;
    await waitFor(() => expect(highlights.closest('fieldset')?.disabled).toBe(false));
    fireEvent.click(highlights);
    await waitFor(async () => expect(await hiddenSitesSetting.getValue()).toEqual(['www.outlet0.example']));
  });

  it('shows a copy warning and opens the manager', async () => {
    const copy = summary({ source: { ...summary().source, duplicateOf: [{ ...summary().source, id: 'original', title: 'The original report' }] } });
    const { opened } = renderPopup(transportTo({ 'page.state': async () => pageState() }, null), transportTo({ 'source.summary': async () => copy }, null));
    expect((await screen.findByTestId('popup-duplicates')).textContent).toContain('The original report');
    fireEvent.click(screen.getByRole('button', { name: 'Open the store manager' }));
    expect(opened).toEqual(['manager']);
  });

  it('lists the highlights that could not be placed instead of dropping them', async () => {
    const unanchored = [{ kind: 'claim' as const, id: 'source-0#c9', text: 'The vote was delayed by 3 days.' }];
    renderPopup(transportTo({ 'page.state': async () => pageState({ unanchored }) }, null));
    const list = await screen.findByTestId('popup-unanchored');
    expect(list.textContent).toContain('1 highlight could not be placed on the page');
    expect(list.textContent).toContain('The vote was delayed by 3 days.');
  });
});
