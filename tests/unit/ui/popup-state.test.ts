import { describe, expect, it } from 'vitest';
import { loadPopupState } from '../../../lib/ui/popup-state';
import { pageState, summary, transportTo } from './views';

describe('loadPopupState', () => {
  it('asks the page, then the background for the stored source’s summary', async () => {
    const page = transportTo({ 'page.state': async () => pageState() }, null);
    const background = transportTo({ 'source.summary': async (request) => summary({ source: { ...summary().source, id: request.sourceId } }) }, null);
    const state = await loadPopupState({ page, background });
    expect(state.kind).toBe('page');
    if (state.kind !== 'page') return;
    expect(state.summary?.source.id).toBe('source-0');
    expect(page.sent).toEqual(['page.state']);
    expect(background.sent).toEqual(['source.summary']);
  });

  it('asks the background for the tab’s summary while the page is still answering, and shows it when it is of the page in the tab', async () => {
    let askedBeforeThePageAnswered = false;
    const background = transportTo({ 'tab.summary': async () => summary() }, null);
    const page = transportTo({ 'page.state': async () => ((askedBeforeThePageAnswered = background.sent.includes('tab.summary')), pageState()) }, null);
    const state = await loadPopupState({ page, background }, 7);
    expect(state).toMatchObject({ kind: 'page', summary: summary(), summaryError: null });
    expect(askedBeforeThePageAnswered).toBe(true);
    expect(background.sent).toEqual(['tab.summary']);
  });

  it('asks for the summary of the page’s own source when the tab’s is of another page or could not be had', async () => {
    const ownSummary = (request: { sourceId: string }) => summary({ source: { ...summary().source, id: request.sourceId } });
    const earlier = transportTo({ 'tab.summary': async () => summary({ source: { ...summary().source, id: 'source-9' } }), 'source.summary': async (request) => ownSummary(request) }, null);
    const state = await loadPopupState({ page: transportTo({ 'page.state': async () => pageState() }, null), background: earlier }, 7);
    expect(state.kind === 'page' && state.summary?.source.id).toBe('source-0');
    expect(earlier.sent).toEqual(['tab.summary', 'source.summary']);

    const failing = transportTo({ 'tab.summary': async () => Promise.reject(new Error('The session area is gone.')), 'source.summary': async (request) => ownSummary(request) }, null);
    const recovered = await loadPopupState({ page: transportTo({ 'page.state': async () => pageState() }, null), background: failing }, 7);
    expect(recovered).toMatchObject({ kind: 'page', summary: { source: { id: 'source-0' } }, summaryError: null });
  });

  it('shows what other sources say about a page kept out of the store, from the analysis kept for the session', async () => {
    const background = transportTo({ 'source.summary': async () => summary() }, null);
    const state = await loadPopupState({ page: transportTo({ 'page.state': async () => pageState({ stored: false }) }, null), background });
    expect(state).toMatchObject({ kind: 'page', summaryError: null });
    expect(state.kind === 'page' && state.summary?.claims.length).toBe(2);
  });

  it('shows no error for a page kept out of the store whose analysis the session no longer has', async () => {
    const background = transportTo({ 'source.summary': async () => Promise.reject(new Error('This page is not in the store (source-0).')) }, null);
    const state = await loadPopupState({ page: transportTo({ 'page.state': async () => pageState({ stored: false }) }, null), background });
    expect(state).toMatchObject({ kind: 'page', summary: null, summaryError: null });
  });

  it('does not ask for a summary of a page that is not an article', async () => {
    const background = transportTo({}, null);
    const state = await loadPopupState({ page: transportTo({ 'page.state': async () => pageState({ status: 'not-article', sourceId: null, counts: null }) }, null), background });
    expect(state).toMatchObject({ kind: 'page', summary: null, summaryError: null });
    expect(background.sent).toEqual([]);
  });

  it('waits for a page being saved before asking for its summary, which is not stored yet', async () => {
    const background = transportTo({}, null);
    const state = await loadPopupState({ page: transportTo({ 'page.state': async () => pageState({ saving: true }) }, null), background });
    expect(state).toMatchObject({ kind: 'page', summary: null, summaryError: null });
    expect(background.sent).toEqual([]);
  });

  it('calls a page without a content script unreadable, not an error', async () => {
    const rejected = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    const silent = async () => undefined;
    const background = transportTo({}, null);
    expect(await loadPopupState({ page: rejected, background })).toEqual({
      kind: 'unreadable',
      detail: 'Could not establish connection. Receiving end does not exist.',
    });
    expect(await loadPopupState({ page: silent, background })).toMatchObject({ kind: 'unreadable' });
  });

  it('reports a page that answers with a refusal as an error', async () => {
    const page = transportTo({}, null);
    const state = await loadPopupState({ page, background: transportTo({}, null) });
    expect(state).toEqual({ kind: 'error', message: 'No handler here for "page.state".' });
  });

  it('keeps the page state when the summary fails, and says why', async () => {
    const background = transportTo(
      {
        'source.summary': async () => {
          throw new Error('Unknown source');
        },
      },
      null,
    );
    const state = await loadPopupState({ page: transportTo({ 'page.state': async () => pageState() }, null), background });
    expect(state).toMatchObject({ kind: 'page', summary: null, summaryError: 'Unknown source' });
  });
});
