// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ClaimSearcher } from '../../../components/ClaimSearch';
import { Manager } from '../../../components/Manager';
import { managerSettings } from '../../../lib/settings';
import type { ClaimFilter } from '../../../lib/store/search';
import { claimItem, pageOf } from './manager-fixtures';
import { managerDeps } from './manager-deps';
import { otherClaim, transportTo } from './views';

const settings = managerSettings;
const TOTAL = 100_000;

function storeOf100kClaims() {
  const searches: { query: string; filter: ClaimFilter; offset: number }[] = [];
  const searchClaims: ClaimSearcher = async (query, filter, { offset, limit }) => {
    searches.push({ query, filter, offset });
    return pageOf(query === 'nothing' ? 0 : TOTAL, offset, limit, claimItem);
  };
  const transport = transportTo(
    {
      'card.claim': async ({ claimId }) => ({
        claim: { id: claimId, text: 'The talks lasted 2 hours.', quantities: [], source: claimItem(0).source },
        groups: [{ relation: 'conflicts' as const, items: [otherClaim(3, 'conflicts')] }],
      }),
    },
    null,
  );
  return { deps: managerDeps(transport, { searchClaims }), searches };
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('Manager claims', () => {
  it('lists 100,000 claims by rendering only the rows on screen', async () => {
    const { deps } = storeOf100kClaims();
    render(<Manager initialTab="claims" {...deps} settings={settings} />);
    await waitFor(() => expect(screen.getByTestId('manager-claim-total').textContent).toContain('100,000 claims'));
    const rows = await screen.findAllByTestId('manager-claim-row');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    expect(screen.getByRole('listbox', { name: 'Claims found' }).querySelector('[aria-setsize]')?.getAttribute('aria-setsize')).toBe(String(TOTAL));
  });

  it('searches once the reader pauses typing, with the filters chosen', async () => {
    const { deps, searches } = storeOf100kClaims();
    render(<Manager initialTab="claims" {...deps} settings={settings} />);
    await screen.findAllByTestId('manager-claim-row');
    const input = screen.getByTestId('manager-search');
    fireEvent.input(input, { target: { value: 'ta' } });
    fireEvent.input(input, { target: { value: 'talks' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Holding' }), { target: { value: 'duration' } });
    await waitFor(() => expect(searches.at(-1)).toMatchObject({ query: 'talks', filter: { quantityKind: 'duration' }, offset: 0 }));
    expect(searches.some((search) => search.query === 'ta')).toBe(false);
  });

  it('says so when nothing matches', async () => {
    const { deps } = storeOf100kClaims();
    render(<Manager initialTab="claims" {...deps} settings={settings} />);
    fireEvent.input(screen.getByTestId('manager-search'), { target: { value: 'nothing' } });
    await screen.findByText('No claim matches.');
  });

  it('shows what other sources say about the chosen claim, with a link to its quote', async () => {
    const { deps } = storeOf100kClaims();
    render(<Manager initialTab="claims" {...deps} settings={settings} />);
    const [first] = await screen.findAllByTestId('manager-claim-row');
    fireEvent.click(first!);
    const detail = await screen.findByTestId('manager-claim-detail');
    expect((await within(detail).findAllByTestId('manager-claim-match')).length).toBe(1);
    expect(within(detail).getByTestId('manager-claim-open').getAttribute('href')).toBe(claimItem(0).link);
  });

  it('moves through the list with the keyboard', async () => {
    const { deps } = storeOf100kClaims();
    render(<Manager initialTab="claims" {...deps} settings={settings} />);
    await screen.findAllByTestId('manager-claim-row');
    const list = screen.getByRole('listbox', { name: 'Claims found' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    await waitFor(() => expect(list.getAttribute('aria-activedescendant')).toBe('manager-claims-row-1'));
    expect(await screen.findByTestId('manager-claim-detail')).toBeTruthy();
  });

  it('narrows the list to one entity from a claim’s detail', async () => {
    const { deps, searches } = storeOf100kClaims();
    render(<Manager initialTab="claims" {...deps} settings={settings} />);
    fireEvent.click((await screen.findAllByTestId('manager-claim-row'))[0]!);
    fireEvent.click(await screen.findByRole('button', { name: 'Only claims about Vladimir Putin' }));
    await waitFor(() => expect(searches.at(-1)?.filter).toEqual({ entityId: 'e-putin' }));
    expect(screen.getByRole('button', { name: 'Remove the filter about “Vladimir Putin”' })).toBeTruthy();
  });
});
