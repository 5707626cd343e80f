/**
 * Watches a page for what can change its article after load: single-page navigation (the
 * Navigation API's `navigatesuccess` where the browser has it, `popstate` everywhere) and DOM
 * changes that add or remove text (infinite scroll, lazy paragraphs, a client-rendered article).
 *
 * Changes are debounced: the page is read again only after it has been quiet for a while, and,
 * while the article stays the same, less and less often. Crosslight's own card, scripts, styles
 * and media never count as a change.
 */

/** Quiet time after the page's last change before the article is read again. */
export const SETTLE_MS = 1200;
/** Quiet time after a navigation: the new page's content usually follows within a few frames. */
export const NAVIGATION_SETTLE_MS = 400;
/** Least time between two readings of a changing page; doubles while the article stays the same. */
export const MIN_RECHECK_MS = 3000;
export const MAX_RECHECK_MS = 60_000;

const IGNORED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'CANVAS', 'SVG', 'LINK', 'META']);

export interface PageChangesDeps {
  doc: Document;
  /** The page's current address. */
  location: () => string;
  /** Crosslight's own element on the page, whose changes are not the page's. */
  own: () => Node | null;
  /** The address changed (query or path; a new #hash alone is not a new page). */
  onNavigate: (url: string) => void;
  /** The page has settled after changes: time to read it again. */
  onSettled: () => void;
}

/** The address without its fragment: `#section` and `#:~:text=` links stay on the same page. */
export function pageAddress(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

function carriesText(node: Node): boolean {
  if (node.nodeType === 3) return (node.nodeValue ?? '').trim().length > 0;
  if (node.nodeType !== 1) return false;
  if (IGNORED_TAGS.has((node as Element).tagName.toUpperCase())) return false;
  return (node.textContent ?? '').trim().length > 0;
}

type NavigationTarget = EventTarget;

export class PageChanges {
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastCheck = 0;
  private interval = MIN_RECHECK_MS;
  private address: string;
  private navigatedAt = -Infinity;
  private readonly navigation: NavigationTarget | null;

  constructor(private readonly deps: PageChangesDeps) {
    this.address = pageAddress(deps.location());
    const view = deps.doc.defaultView as (Window & { navigation?: NavigationTarget }) | null;
    this.navigation = view?.navigation && typeof view.navigation.addEventListener === 'function' ? view.navigation : null;
  }

  start(): void {
    const { doc } = this.deps;
    const view = doc.defaultView;
    if (view && doc.body) {
      this.observer = new view.MutationObserver(this.onMutations);
      this.observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
    }
    this.navigation?.addEventListener('navigatesuccess', this.onLocationMaybeChanged);
    view?.addEventListener('popstate', this.onLocationMaybeChanged);
  }

  /** The page was just read: the next reading waits longer if `unchanged`, the least otherwise. */
  checked(unchanged: boolean): void {
    this.lastCheck = Date.now();
    this.interval = unchanged ? Math.min(this.interval * 2, MAX_RECHECK_MS) : MIN_RECHECK_MS;
  }

  /** Asks for another reading after `wait` ms (a reading was busy when due, a new page not there yet). */
  again(wait = SETTLE_MS): void {
    this.schedule(wait);
  }

  dispose(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.navigation?.removeEventListener('navigatesuccess', this.onLocationMaybeChanged);
    this.deps.doc.defaultView?.removeEventListener('popstate', this.onLocationMaybeChanged);
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(wait: number): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.deps.onSettled();
    }, wait);
  }

  /** True (and reported) when the address is a new page. */
  private navigated(): boolean {
    const address = pageAddress(this.deps.location());
    if (address === this.address) return false;
    this.address = address;
    this.interval = MIN_RECHECK_MS;
    this.navigatedAt = Date.now();
    this.deps.onNavigate(this.deps.location());
    return true;
  }

  private readonly onLocationMaybeChanged = () => {
    if (this.navigated()) this.schedule(NAVIGATION_SETTLE_MS);
  };

  private readonly onMutations = (records: MutationRecord[]) => {
    const own = this.deps.own();
    const relevant = records.some((record) => {
      if (own && own.contains(record.target)) return false;
      if (record.type === 'characterData') return true;
      return [...record.addedNodes, ...record.removedNodes].some(carriesText);
    });
    if (!relevant) return;
    // history.pushState fires no event: a client-rendered page's new content is the sign of it.
    // Right after a navigation the new page is still arriving: read it as soon as it is quiet.
    if (this.navigated() || Date.now() - this.navigatedAt < 2 * SETTLE_MS) {
      this.schedule(NAVIGATION_SETTLE_MS);
      return;
    }
    this.schedule(Math.max(SETTLE_MS, this.lastCheck + this.interval - Date.now()));
  };
}
