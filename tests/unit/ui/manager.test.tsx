// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Manager } from '../../../components/Manager';
import type { Transport } from '../../../lib/messaging/protocol-client';
import { addModeSetting, disabledSitesSetting, excludedUrlsSetting, hiddenSitesSetting, highlightChoiceSetting, managerSettings } from '../../../lib/settings';
import { managerDeps } from './manager-deps';
import { transportTo } from './views';

const settings = managerSettings;
const stats = { sources: 1523, claims: 100_234, entities: 20_311, mentions: 300_122, matches: 8_211 };

function renderManager(background: Transport = transportTo({ 'store.stats': async () => stats }, null)) {
  render(<Manager initialTab="settings" {...managerDeps(background)} settings={settings} />);
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('Manager', () => {
  it('shows the store’s counts and the space it takes', async () => {
    renderManager();
    const table = screen.getByTestId('manager-stats');
    await waitFor(() => expect(table.querySelector('[data-stat="claims"]')?.textContent).toBe('100,234'));
    expect(table.querySelector('[data-stat="sources"]')?.textContent).toBe('1,523');
    await waitFor(() => expect(screen.getByTestId('manager-storage').querySelector('[data-stat="usage"]')?.textContent).toBe('12.3 MB used of 84 GB the browser allows'));
  });

  it('says so when the store cannot be counted', async () => {
    renderManager(transportTo({}, null));
    expect((await screen.findByRole('alert')).textContent).toContain('No handler here for "store.stats".');
  });

  it('shows the add mode and saves the reader’s choice', async () => {
    await addModeSetting.setValue('ask');
    renderManager();
    const ask = screen.getByRole('radio', { name: /Only when I ask/ }) as HTMLInputElement;
    await waitFor(() => expect(ask.checked).toBe(true));
    fireEvent.click(screen.getByRole('radio', { name: /Never/ }));
    await waitFor(async () => expect(await addModeSetting.getValue()).toBe('off'));
  });

  it('adds a typed site as a hostname and removes it again', async () => {
    renderManager();
    const section = screen.getByTestId('manager-disabled-sites');
    const input = within(section).getByRole('textbox') as HTMLInputElement;
    await waitFor(() => expect(input.disabled).toBe(false));
    fireEvent.input(input, { target: { value: 'https://www.Example.org/news' } });
    fireEvent.submit(input.closest('form')!);
    await within(section).findByText('www.example.org');
    expect(await disabledSitesSetting.getValue()).toEqual(['www.example.org']);
    fireEvent.click(within(section).getByRole('button', { name: 'Remove www.example.org' }));
    await waitFor(async () => expect(await disabledSitesSetting.getValue()).toEqual([]));
  });

  it('refuses what is not a site and tells the reader why', async () => {
    renderManager();
    const section = screen.getByTestId('manager-hidden-sites');
    const input = within(section).getByRole('textbox') as HTMLInputElement;
    await waitFor(() => expect(input.disabled).toBe(false));
    fireEvent.input(input, { target: { value: 'not a site' } });
    fireEvent.submit(input.closest('form')!);
    expect(within(section).getByRole('alert').textContent).toContain('That is not a site name');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(await hiddenSitesSetting.getValue()).toEqual([]);
  });

  it('saves what pages show: names or not, every reported claim or only conflicts', async () => {
    renderManager();
    const names = screen.getByRole('checkbox', { name: /Underline names/ }) as HTMLInputElement;
    await waitFor(() => expect(names.checked).toBe(true));
    expect((screen.getByRole('radio', { name: /Every claim other sources report/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: /Only conflicts/ }));
    await waitFor(async () => expect(await highlightChoiceSetting.getValue()).toEqual({ names: true, claims: 'conflicts' }));
    fireEvent.click(names);
    await waitFor(async () => expect(await highlightChoiceSetting.getValue()).toEqual({ names: false, claims: 'conflicts' }));
  });

  it('follows a change made elsewhere, such as in the popup', async () => {
    renderManager();
    await excludedUrlsSetting.setValue(['https://example.org/a']);
    await within(screen.getByTestId('manager-excluded-urls')).findByText('https://example.org/a');
  });
});
