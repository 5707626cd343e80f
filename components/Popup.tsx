import { useLayoutEffect, useState } from 'preact/hooks';
import type { PageStateView } from '../lib/messages';
import { request } from '../lib/messaging/protocol-client';
import { loadPopupState, withSummary, type PopupState, type PopupTransports } from '../lib/ui/popup-state';
import { useSetting, type SettingPort } from '../lib/ui/setting-port';
import { hostnameOf, withItem } from '../lib/ui/sites';
import { Legend } from './Legend';
import { PopupActions } from './PopupActions';
import { PopupClaimList } from './PopupClaimList';
import { PopupCounts } from './PopupCounts';
import { PopupDuplicates } from './PopupDuplicates';
import { PopupHeader } from './PopupHeader';
import { PopupSiteSwitches } from './PopupSiteSwitches';
import { PopupStatus } from './PopupStatus';
import { PopupUnanchored } from './PopupUnanchored';
import { messageOf } from '../lib/error-message';

export interface PopupSettings {
  disabledSites: SettingPort<string[]>;
  hiddenSites: SettingPort<string[]>;
  excludedUrls: SettingPort<string[]>;
}

export interface PopupProps {
  transports: PopupTransports;
  /** The tab the popup is about, when known: its summary is then asked alongside the page. */
  tabId?: number;
  settings: PopupSettings;
  openManager: () => Promise<void>;
  /** How long to wait between asks while the page is still being read (ms). */
  pollInterval?: number;
}

export type PageSettled = (page: PageStateView) => boolean;

/** A page is read in well under a second; past this many asks the popup shows what it has. */
const MAX_POLLS = 40;

export function Popup({ transports, tabId, settings, openManager, pollInterval = 250 }: PopupProps) {
  const [state, setState] = useState<PopupState | null>(null);
  /** Replaced to ask the page again; `settled` says when a changed setting has reached the page. */
  const [reload, setReload] = useState<{ settled: PageSettled | null }>({ settled: null });
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const disabledSites = useSetting(settings.disabledSites);
  const hiddenSites = useSetting(settings.hiddenSites);
  const excludedUrls = useSetting(settings.excludedUrls);

  // Asked as soon as the placeholder is in the page, not after the next frame (useEffect's time):
  // the asking is what the reader waits for.
  useLayoutEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let polls = 0;
    const load = async () => {
      const next = await loadPopupState(transports, tabId);
      if (!live) return;
      setState(next);
      // The content script applies a changed setting, and learns how its page's write ended,
      // asynchronously: keep asking until it has.
      const waiting = next.kind === 'page' && (next.page.status === 'loading' || next.page.saving === true || (reload.settled !== null && !reload.settled(next.page)));
      if (waiting && ++polls < MAX_POLLS) timer = setTimeout(() => void load(), pollInterval);
    };
    void load();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [transports, tabId, reload, pollInterval]);

  const onOpenManager = () => {
    openManager().catch((error: unknown) => setActionError(`Could not open the manager: ${messageOf(error)}`));
  };

  if (state === null) {
    return (
      <main class="cl-popup" aria-busy="true">
        <PopupHeader host={null} onOpenManager={onOpenManager} />
        <p class="cl-muted">Asking the page…</p>
      </main>
    );
  }

  if (state.kind !== 'page') {
    return (
      <main class="cl-popup">
        <PopupHeader host={null} onOpenManager={onOpenManager} />
        {state.kind === 'unreadable' ? (
          <section class="cl-status cl-status--unreadable" data-testid="popup-status" data-status="unreadable">
            <p class="cl-status__headline">Crosslight can't read this page</p>
            <p class="cl-status__detail">
              Browser pages, extension stores and built-in viewers are closed to extensions. If this is an ordinary web page that was open
              before Crosslight was installed, reload it.
            </p>
            <p class="cl-status__detail cl-muted">{state.detail}</p>
          </section>
        ) : (
          <section class="cl-status cl-status--error" data-testid="popup-status" data-status="error" role="alert">
            <p class="cl-status__headline">Something went wrong</p>
            <p class="cl-status__detail">{state.message}</p>
            <button type="button" class="cl-button" onClick={() => setReload({ settled: null })}>
              Try again
            </button>
          </section>
        )}
        {actionError && <p class="cl-error" role="alert">{actionError}</p>}
        <PopupLegend />
      </main>
    );
  }

  const { page, summary, summaryError } = state;
  const pageUrls = [page.url, summary?.source.url].filter((url): url is string => url !== undefined && hostnameOf(url) !== null);
  const host = pageUrls.length > 0 ? hostnameOf(pageUrls[0]!) : null;
  const excluded = pageUrls.some((url) => (excludedUrls.value ?? []).includes(url));
  const counts = summary?.counts ?? page.counts;

  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    setActionError(null);
    try {
      await action();
    } catch (error) {
      setActionError(messageOf(error));
    } finally {
      setBusy(false);
    }
  };
  const setExcluded = async (keepOut: boolean) => {
    let list = excludedUrls.value ?? (await settings.excludedUrls.getValue());
    for (const url of pageUrls) list = withItem(list, url, keepOut);
    await excludedUrls.set(list);
  };
  const onAdd = () =>
    act(async () => {
      // Adding is an explicit wish: it overrides an earlier "keep out".
      if (excluded) await setExcluded(false);
      const added = await request(transports.page, { type: 'page.add' });
      setState(await withSummary(added, transports.background));
    });
  const onForget = (keepOut: boolean) =>
    act(async () => {
      if (page.sourceId === null) return;
      await request(transports.background, { type: 'source.forget', sourceId: page.sourceId });
      if (keepOut) await setExcluded(true);
      // The page must hear it too: it would still count itself stored, and store itself again.
      const forgotten = await request(transports.page, { type: 'page.forgotten' });
      setState(await withSummary(forgotten, transports.background));
    });
  const onKeepOut = (keepOut: boolean) => act(() => setExcluded(keepOut));

  return (
    // Busy until everything is shown: a page being read or saved is asked again for its summary.
    <main class="cl-popup" aria-busy={page.status === 'loading' || page.saving === true}>
      <PopupHeader host={host} onOpenManager={onOpenManager} />
      <PopupStatus page={page} excluded={excluded} />
      {counts && page.status === 'article' && <PopupCounts counts={counts} />}
      {page.unanchored && <PopupUnanchored items={page.unanchored} />}
      {summary && <PopupDuplicates sources={summary.source.duplicateOf} />}
      {summary && (
        <section class="cl-section" aria-labelledby="cl-claims-heading">
          <h2 id="cl-claims-heading" class="cl-section__title">
            What your other sources say
          </h2>
          <PopupClaimList claims={summary.claims} />
        </section>
      )}
      {summaryError && (
        <p class="cl-error" role="alert">
          Could not load what other sources say: {summaryError}
        </p>
      )}
      {page.status === 'article' && (
        <PopupActions stored={page.stored} excluded={excluded} addable={!page.stored} busy={busy} onAdd={onAdd} onForget={onForget} onKeepOut={onKeepOut} />
      )}
      {actionError && (
        <p class="cl-error" role="alert">
          {actionError}
        </p>
      )}
      {host && (
        <PopupSiteSwitches
          host={host}
          disabledSites={disabledSites}
          hiddenSites={hiddenSites}
          onChanged={(settled) => setReload({ settled })}
        />
      )}
      {excludedUrls.error && <p class="cl-error" role="alert">{excludedUrls.error}</p>}
      <PopupLegend />
    </main>
  );
}

function PopupLegend() {
  return (
    <details class="cl-legend-box">
      <summary>Highlight styles</summary>
      <Legend />
    </details>
  );
}
