/**
 * What the popup shows for one tab, fetched from the tab's content script and then from the
 * background. Free of `browser.*`: the transports are passed in.
 */
import type { PageStateView, SourceSummaryView } from '../messages';
import { request, type Transport } from '../messaging/protocol-client';
import { messageOf } from '../error-message';

export type PopupState =
  /** Nothing answers in the tab: a browser page, a store page, a PDF viewer, or a tab opened before install. */
  | { kind: 'unreadable'; detail: string }
  | { kind: 'error'; message: string }
  | {
      kind: 'page';
      page: PageStateView;
      /** Present when the page is in the store. */
      summary: SourceSummaryView | null;
      /** Why the summary could not be had, when it could not. */
      summaryError: string | null;
    };

export interface PopupTransports {
  /** Reaches the content script of the tab (tabs.sendMessage). */
  page: Transport;
  /** Reaches the background (runtime.sendMessage). */
  background: Transport;
}

/**
 * Asks the page first: a rejected send (no receiver) or an empty answer means no content script
 * runs there, which is a normal state for the reader, not an error; a refusal is an error.
 */
export async function loadPopupState(transports: PopupTransports, tabId?: number): Promise<PopupState> {
  // The background knows which source the tab's page was analysed as: its summary is asked at the
  // same time as the page. Should it fail, the summary is asked again by the page's own source id,
  // and that answer's error is the one shown.
  const early = tabId === undefined ? null : request(transports.background, { type: 'tab.summary', tabId }).catch(() => null);
  let unreachable: string | null = null;
  const page: Transport = async (message) => {
    try {
      const answer = await transports.page(message);
      if (answer === undefined) unreachable = 'The page did not answer.';
      return answer;
    } catch (error) {
      unreachable = messageOf(error);
      return undefined;
    }
  };
  let state: PageStateView;
  try {
    state = await request(page, { type: 'page.state' });
  } catch (error) {
    return unreachable !== null ? { kind: 'unreadable', detail: unreachable } : { kind: 'error', message: messageOf(error) };
  }
  return withSummary(state, transports.background, early);
}

/**
 * Completes a page state with its summary (after loading, adding or forgetting). A page kept out
 * of the store has one too while the browser keeps its analysis for the session; once that is
 * gone (the browser restarted), there is nothing to show, which the page's status already says.
 */
export async function withSummary(page: PageStateView, background: Transport, early: Promise<SourceSummaryView | null> | null = null): Promise<PopupState> {
  // While the page is being saved its summary is not there yet: the popup asks again until it is.
  if (page.sourceId === null || page.status !== 'article' || page.saving) return { kind: 'page', page, summary: null, summaryError: null };
  // The early summary counts only if it is of the page now in the tab.
  const known = early && (await early);
  if (known && known.source.id === page.sourceId) return { kind: 'page', page, summary: known, summaryError: null };
  try {
    const summary = await request(background, { type: 'source.summary', sourceId: page.sourceId });
    return { kind: 'page', page, summary, summaryError: null };
  } catch (error) {
    return { kind: 'page', page, summary: null, summaryError: page.stored ? messageOf(error) : null };
  }
}
