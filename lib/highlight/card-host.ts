/**
 * Where the in-page card lives: one anonymous element appended to <html> (outside the article's
 * text), holding a closed shadow root with the card's own styles, so the page's CSS and scripts
 * cannot reach into the card and the card's CSS cannot leak into the page.
 *
 * The card is a dialog: focus moves into it when it opens, Tab and Shift+Tab stay inside it while
 * it is open, and focus goes back where it was when it closes; Esc, the close button and a click
 * outside close it. Its colours follow the page's (a dark card on a dark page), not the system's.
 */
import { render, type ComponentChild } from 'preact';
import cardCss from '../../components/styles/card.css?inline';
import otherClaimsCss from '../../components/styles/other-claims.css?inline';
import tokensCss from '../../components/styles/tokens.css?inline';

const GAP = 6;
const MARGIN = 8;

/** Events that would otherwise bubble out of the card as events on our host element. */
const CONTAINED_EVENTS = ['click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'input', 'wheel'];

export interface CardOptions {
  /** The page's own scheme around the anchor. */
  scheme: 'light' | 'dark';
}

export interface CardHost {
  /** Opens a card next to `anchor`; `content` receives the function that closes it. */
  open(anchor: Range, content: (close: () => void) => ComponentChild, options: CardOptions): void;
  close(options?: { restoreFocus: boolean }): void;
  readonly isOpen: boolean;
  /** The host element while a card is open (to keep it out of the page text). */
  readonly element: Element | null;
  dispose(): void;
}

interface OpenCard {
  host: HTMLElement;
  mount: HTMLElement;
  anchor: Range;
  returnFocus: Element | null;
  resize: ResizeObserver | null;
}

function place(card: OpenCard, doc: Document): void {
  const view = doc.defaultView;
  if (!view) return;
  const rects = card.anchor.getClientRects();
  const rect = rects.length > 0 ? rects[0]! : card.anchor.getBoundingClientRect();
  const { width, height } = card.host.getBoundingClientRect();
  const viewportWidth = doc.documentElement.clientWidth || view.innerWidth;
  const viewportHeight = view.innerHeight;
  const left = Math.max(MARGIN, Math.min(rect.left, viewportWidth - width - MARGIN));
  const below = rect.bottom + GAP;
  const fitsBelow = below + height <= viewportHeight - MARGIN;
  const fitsAbove = rect.top - GAP - height >= MARGIN;
  const top = fitsBelow || !fitsAbove ? below : rect.top - GAP - height;
  card.host.style.setProperty('left', `${Math.round(left + view.scrollX)}px`, 'important');
  card.host.style.setProperty('top', `${Math.round(top + view.scrollY)}px`, 'important');
}

const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** Keeps Tab and Shift+Tab cycling through the card's own controls. */
function trapFocus(shadow: ShadowRoot, event: KeyboardEvent): void {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
  const tabbable = [...shadow.querySelectorAll<HTMLElement>(TABBABLE)];
  const dialog = shadow.querySelector<HTMLElement>('[role="dialog"]');
  if (tabbable.length === 0) {
    event.preventDefault();
    dialog?.focus();
    return;
  }
  const first = tabbable[0]!;
  const last = tabbable[tabbable.length - 1]!;
  const active = shadow.activeElement;
  const outside = active === null || active === dialog || !tabbable.includes(active as HTMLElement);
  if (event.shiftKey && (active === first || outside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || outside)) {
    event.preventDefault();
    first.focus();
  }
}

function focusable(element: Element | null): element is HTMLElement {
  return !!element && element.isConnected && typeof (element as HTMLElement).focus === 'function' && element !== element.ownerDocument.body;
}

export function createCardHost(doc: Document): CardHost {
  let current: OpenCard | null = null;

  const onKeyDown = (event: KeyboardEvent) => {
    if (!current || event.key !== 'Escape') return;
    const inside = event.composedPath().includes(current.host);
    close({ restoreFocus: true });
    // Esc pressed in the card was meant for the card, not for the page.
    if (inside) event.stopPropagation();
  };
  const onPointerDown = (event: PointerEvent) => {
    if (current && !event.composedPath().includes(current.host)) close({ restoreFocus: false });
  };

  function close(options: { restoreFocus: boolean } = { restoreFocus: true }) {
    if (!current) return;
    const { host, mount, returnFocus, resize } = current;
    current = null;
    doc.removeEventListener('keydown', onKeyDown, true);
    doc.removeEventListener('pointerdown', onPointerDown, true);
    resize?.disconnect();
    render(null, mount);
    host.remove();
    if (options.restoreFocus && focusable(returnFocus)) returnFocus.focus({ preventScroll: true });
  }

  function open(anchor: Range, content: (close: () => void) => ComponentChild, options: CardOptions) {
    const returnFocus = current ? current.returnFocus : doc.activeElement;
    close({ restoreFocus: false });
    const host = doc.createElement('div');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = `${tokensCss}\n${otherClaimsCss}\n${cardCss}`;
    const mount = doc.createElement('div');
    shadow.append(style, mount);
    // The card's own style sheet turns this into its colour scheme (components/styles/card.css).
    host.dataset.scheme = options.scheme;
    shadow.addEventListener('keydown', (event) => trapFocus(shadow, event as KeyboardEvent));
    for (const type of CONTAINED_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());
    doc.documentElement.append(host);

    const view = doc.defaultView;
    const card: OpenCard = { host, mount, anchor, returnFocus, resize: null };
    current = card;
    render(content(() => close({ restoreFocus: true })), mount);
    place(card, doc);
    // The card grows when its data arrives: keep it next to the text and inside the window.
    if (view && typeof view.ResizeObserver === 'function') {
      card.resize = new view.ResizeObserver(() => current === card && place(card, doc));
      card.resize.observe(host);
    }
    doc.addEventListener('keydown', onKeyDown, true);
    doc.addEventListener('pointerdown', onPointerDown, true);
    shadow.querySelector<HTMLElement>('[role="dialog"]')?.focus({ preventScroll: true });
  }

  return {
    open,
    close,
    get isOpen() {
      return current !== null;
    },
    get element() {
      return current?.host ?? null;
    },
    dispose() {
      close({ restoreFocus: false });
    },
  };
}
