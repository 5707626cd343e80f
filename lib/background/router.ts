/**
 * The background's answers to every request. Stateless: each request reads what it needs from
 * the store and the settings, so nothing is lost when the browser stops an idle service worker
 * (the only memory, writes still under way, is answered from the store once the worker is gone).
 * Extension APIs come in through `RouterDeps` so the router runs under tests.
 */
import { claimedType, type PageAnalysisView, type PageInput, type PageSavedView, type RequestType, type Response } from '../messages';
import { handleMessage, type Handlers } from '../messaging/protocol-server';
import { addModeSetting, disabledSitesSetting, excludedUrlsSetting } from '../settings';
import type { ClaimStore } from '../store/claim-store';
import { ingestDocument, sourceIdFor, type IngestResult } from '../store/ingest';
import { explainStoreError, STORE_FULL_MESSAGE, storingIfRoom } from '../store/quota';
import { claimCardView } from '../views/claim-card';
import { entityCardView } from '../views/entity-card';
import { pageAnalysisView, type AnalysedPage } from '../views/page-analysis';
import { withPage, type ReadStore } from '../views/read-store';
import { findSourceSummary, sourceSummaryView } from '../views/source-summary';
import type { SetBadge } from './badge';
import { documentInputOf } from './document-input';
import { createPageSaves } from './page-saves';
import { readWithLinkedom, type PageReader } from './page-reader';
import { isExtensionPage, managerHandlers } from './manager-handlers';
import { isSiteDisabled, mayStore } from './page-policy';
import { dropUnstoredPage, rememberUnstoredPage, unstoredPage, unstoredPageOfClaim } from './unstored-pages';
import { rememberTabSource, tabSource } from './tab-sources';
import { hostnameOf } from '../ui/sites';
import { messageOf } from '../error-message';

/** The parts of `runtime.MessageSender` the router trusts. */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface RouterDeps {
  store: ClaimStore;
  /** This extension's id (`browser.runtime.id`): messages from anyone else are refused. */
  extensionId: string;
  setBadge: SetBadge;
  /** Opens the store ahead of its first request (a worker just started opens it on page.wake). */
  openStore?: () => Promise<void>;
  /** How pages are read (page-reader.ts); linkedom in the worker when not given. */
  readPage?: PageReader;
  onError: (error: unknown, type: string) => void;
}

/** The only requests a content script makes. */
const CONTENT_SCRIPT_REQUESTS = new Set<string>(['page.wake', 'page.read', 'page.analyze', 'page.saved', 'card.claim', 'card.entity']);

export type Router = (message: unknown, sender: MessageSender) => Promise<Response<RequestType>>;

export function createRouter(deps: RouterDeps): Router {
  const { store } = deps;
  const readPage = deps.readPage ?? readWithLinkedom;
  const saves = createPageSaves(store);

  /** What the page is told once its write ended; the session keeps an unsaved page's analysis for its cards. */
  const settleSave = async (ingest: Promise<{ result: IngestResult; storeFull: boolean }>): Promise<PageSavedView> => {
    try {
      const { result, storeFull } = await ingest;
      if (!storeFull) {
        await dropUnstoredPage(result.source.id);
        return { stored: true };
      }
      await rememberUnstoredPage(result);
      return { stored: false, notSaved: STORE_FULL_MESSAGE };
    } catch (error) {
      deps.onError(error, 'page.analyze commit');
      return { stored: false, notSaved: `Not saved: ${messageOf(explainStoreError(error))}` };
    }
  };

  const answer = async (tabId: number, view: PageAnalysisView): Promise<PageAnalysisView> => {
    await Promise.all([
      deps.setBadge(tabId, view.counts.conflicts).catch((error: unknown) => deps.onError(error, 'badge')),
      // Without it the popup only asks for the summary after the page answered: one more wait.
      rememberTabSource(tabId, view.sourceId).catch((error: unknown) => deps.onError(error, 'tab source')),
    ]);
    return view;
  };

  const handlers: Handlers<MessageSender> = {
    // Off the page's main thread: Readability holds the thread it runs on for tens of milliseconds.
    'page.read': ({ url, html, truncated }) => readPage({ html, truncated }, url),
    'page.analyze': async ({ page, addRequested, forgotten }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('Pages are analysed only on request of the page’s own tab.');
      const input = documentInputOf(page);
      const allowed = await storagePolicy(page, sender, addRequested);
      const persist = addRequested || (allowed && forgotten !== true);
      // The highlights go out once the commit has started in its one transaction (all of the page
      // or nothing, even if the worker is stopped); the page then asks how it ended (page.saved).
      let committing: (result: IngestResult) => void = () => undefined;
      const started = new Promise<IngestResult>((resolve) => {
        committing = resolve;
      });
      // A full store must not stop reading: the page is still analysed and highlighted, unsaved.
      const ingest = storingIfRoom(persist, (save) => ingestDocument(store, input, { persist: save, onCommitStarted: committing }));
      const finished = ingest.then((done) => ({ done }));
      // Once the answer has gone out, a failure of the write is settleSave's to report.
      finished.catch(() => undefined);
      const first = await Promise.race([finished, started.then((result) => ({ result }))]);
      if ('result' in first) {
        saves.track(first.result.source.id, settleSave(ingest));
        return answer(tabId, { ...pageAnalysisView(first.result, true), saving: true });
      }
      const { result, storeFull } = first.done;
      // A page stored earlier stays stored even when this visit did not store it again.
      const stored = (persist && !storeFull) || (await store.getSource(result.source.id)) !== undefined;
      if (stored) await dropUnstoredPage(result.source.id);
      else await rememberUnstoredPage(result);
      const view = pageAnalysisView(result, stored);
      return answer(tabId, storeFull ? { ...view, notSaved: STORE_FULL_MESSAGE } : view);
    },
    'page.saved': ({ sourceId }) => saves.outcome(sourceId),
    'page.wake': async () => {
      await deps.openStore?.();
      return null;
    },
    // Cards and summaries of a page kept out of the store read its analysis from the session.
    'card.claim': async ({ claimId }) => claimCardView(withUnstored(store, await unstoredPageOfClaim(claimId)), claimId),
    'card.entity': async ({ entityId, sourceId }) => entityCardView(withUnstored(store, await unstoredPage(sourceId)), entityId, sourceId),
    'source.summary': async ({ sourceId }) => sourceSummaryView(withUnstored(store, await unstoredPage(sourceId)), sourceId),
    'tab.summary': async ({ tabId }) => {
      const sourceId = await tabSource(tabId);
      if (sourceId === null) return null;
      // Null for a page forgotten since, or whose session analysis is gone: the popup asks by the page's own id.
      return findSourceSummary(withUnstored(store, await unstoredPage(sourceId)), sourceId);
    },
    'source.forget': async ({ sourceId }) => ({ removed: await store.removeSource(sourceId) }),
    'store.stats': () => store.counts(),
    ...managerHandlers(store),
    'articles.add': async ({ page }) => {
      const input = documentInputOf(page);
      const existing = await store.getSource(sourceIdFor(input.url));
      if (existing) {
        return { sourceId: existing.id, status: 'duplicate', claims: existing.claimCount, conflicts: existing.conflictCount, copies: existing.duplicateOf.length };
      }
      const { source, claims } = await ingestDocument(store, input, { persist: true });
      return { sourceId: source.id, status: 'added', claims: claims.length, conflicts: source.conflictCount, copies: source.duplicateOf.length };
    },
  };

  // Every failure caused by a full disk reads the same, whichever request ran into it.
  const explained = Object.fromEntries(
    Object.entries(handlers).map(([type, handler]) => [
      type,
      (request: never, sender: MessageSender) => (handler as (r: never, s: MessageSender) => Promise<unknown>)(request, sender).catch((error: unknown) => {
        throw explainStoreError(error);
      }),
    ]),
  ) as Handlers<MessageSender>;

  return async (message, sender) => {
    if (sender.id !== deps.extensionId) {
      return { ok: false, error: 'Refused a message that does not come from Crosslight itself.' };
    }
    // A content script runs inside web pages: should a page ever take it over, all it can ask for
    // is what a page needs, never the reader's store as a whole.
    const type = claimedType(message) ?? '';
    if (!isExtensionPage(sender) && !CONTENT_SCRIPT_REQUESTS.has(type)) {
      return { ok: false, error: `Refused "${type.slice(0, 64)}": web pages may only ask for their own analysis and cards.` };
    }
    return handleMessage(explained, message, sender, deps.onError);
  };
}

function withUnstored(store: ReadStore, page: AnalysedPage | undefined): ReadStore {
  return page ? withPage(store, page) : store;
}

/** Whether this page may be stored; refuses pages on sites the reader turned Crosslight off for. */
async function storagePolicy(page: PageInput, sender: MessageSender, addRequested: boolean): Promise<boolean> {
  const [addMode, disabledSites, excludedUrls] = await Promise.all([
    addModeSetting.getValue(),
    disabledSitesSetting.getValue(),
    excludedUrlsSetting.getValue(),
  ]);
  // The frame the message came from is the authority on the site; the page's own claim must agree.
  const hosts = [sender.url, page.url].filter((url): url is string => url !== undefined).map(hostnameOf);
  if (hosts.some((host) => host === null)) throw new Error('Only web pages (http, https) are analysed.');
  const disabled = hosts.find((host) => host !== null && isSiteDisabled(host, disabledSites));
  if (disabled) throw new Error(`Crosslight is turned off for ${disabled}.`);
  return mayStore([page.url, page.canonicalUrl], addRequested, { addMode, disabledSites, excludedUrls });
}
