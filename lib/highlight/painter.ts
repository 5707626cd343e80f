/**
 * Paints highlights with the CSS Custom Highlight API: no element is added to the page, so its
 * layout, scripts and text stay as they were, and its CSS cannot hide the highlights.
 *
 * The page can read `CSS.highlights` and `document.adoptedStyleSheets`, so the registered names are
 * random per page and say nothing about Crosslight.
 */
import type { Highlight as HighlightView } from '../messages';

/** The painted styles. Claims no other source reports are not painted (see `styleOf`). */
export type HighlightStyle =
  | 'claim-conflicts'
  | 'claim-agrees'
  | 'claim-related'
  | 'entity-person'
  | 'entity-place'
  | 'entity-organization';

export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = [
  'claim-conflicts',
  'claim-agrees',
  'claim-related',
  'entity-person',
  'entity-place',
  'entity-organization',
];

/**
 * What the reader chose to have painted (the manager's highlight settings): the names of people,
 * places and organisations or not, and every claim other sources report or only the conflicts.
 */
export interface HighlightChoice {
  names: boolean;
  claims: 'reported' | 'conflicts';
}

export const DEFAULT_HIGHLIGHT_CHOICE: HighlightChoice = { names: true, claims: 'reported' };

/** A stored choice as the painter can use it: anything unreadable falls back to the default, field by field. */
export function readHighlightChoice(value: unknown): HighlightChoice {
  const stored = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof HighlightChoice, unknown>>;
  return {
    names: typeof stored.names === 'boolean' ? stored.names : DEFAULT_HIGHLIGHT_CHOICE.names,
    claims: stored.claims === 'reported' || stored.claims === 'conflicts' ? stored.claims : DEFAULT_HIGHLIGHT_CHOICE.claims,
  };
}

/**
 * The style a highlight is painted in, or null when it is left unpainted: a claim no other source
 * reports (marking every checkable sentence underlines whole articles, and such a claim has nothing
 * to show yet; it is still counted in the popup, and its names are still marked), and whatever the
 * reader's choice leaves out.
 */
export function styleOf(highlight: HighlightView, choice: HighlightChoice = DEFAULT_HIGHLIGHT_CHOICE): HighlightStyle | null {
  if (highlight.kind === 'entity') return choice.names ? `entity-${highlight.entityType}` : null;
  if (highlight.relation === 'none') return null;
  if (choice.claims === 'conflicts' && highlight.relation !== 'conflicts') return null;
  return `claim-${highlight.relation}`;
}

type Declarations = Record<HighlightStyle, string>;

/*
 * The values of the design tokens (components/styles/tokens.css, --cl-hl-*) that the popup's
 * legend draws: `::highlight()` resolves custom properties on the page's elements, where the
 * tokens do not exist, so the values are written out here.
 *
 * Calm by rank: conflicts are tinted and underlined thick, agreements lightly tinted with a thin
 * line, related claims only a thin dashed line, names a faint dotted line. Okabe–Ito colours stay
 * distinguishable with the common colour-vision deficiencies, and colour is never alone: tint,
 * line style and thickness tell the kinds apart too. The page's text colour is never changed,
 * which keeps the text legible on any background; on dark pages tints and lines are lighter.
 */
const LIGHT: Declarations = {
  'claim-conflicts': 'background-color: rgba(213, 94, 0, 0.2); text-decoration: underline solid #d55e00 2px;',
  'claim-agrees': 'background-color: rgba(0, 114, 178, 0.08); text-decoration: underline solid rgba(0, 114, 178, 0.7) 1px;',
  'claim-related': 'text-decoration: underline dashed rgba(110, 116, 124, 0.75) 1px;',
  'entity-person': 'text-decoration: underline dotted rgba(204, 121, 167, 0.7) 1px;',
  'entity-place': 'text-decoration: underline dotted rgba(0, 158, 115, 0.7) 1px;',
  'entity-organization': 'text-decoration: underline dotted rgba(230, 159, 0, 0.8) 1px;',
};

const DARK: Declarations = {
  'claim-conflicts': 'background-color: rgba(255, 140, 74, 0.28); text-decoration: underline solid #ff8c4a 2px;',
  'claim-agrees': 'background-color: rgba(86, 180, 233, 0.14); text-decoration: underline solid rgba(86, 180, 233, 0.8) 1px;',
  'claim-related': 'text-decoration: underline dashed rgba(180, 186, 194, 0.75) 1px;',
  'entity-person': 'text-decoration: underline dotted rgba(228, 154, 195, 0.7) 1px;',
  'entity-place': 'text-decoration: underline dotted rgba(60, 199, 156, 0.7) 1px;',
  'entity-organization': 'text-decoration: underline dotted rgba(240, 180, 41, 0.8) 1px;',
};

/** Claims paint above the names they contain: inside a matched claim its own line is what counts. */
const PRIORITY: Record<HighlightStyle, number> = {
  'entity-person': 0,
  'entity-place': 0,
  'entity-organization': 0,
  'claim-related': 1,
  'claim-agrees': 2,
  'claim-conflicts': 3,
};

/** Relative luminance of a CSS `rgb()`/`rgba()` colour, or null when transparent or unreadable. */
export function luminance(color: string): number | null {
  const match = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(color);
  if (!match) return null;
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : parseFloat(match[4]);
  if (alpha < 0.5) return null;
  const [r, g, b] = [match[1], match[2], match[3]].map((c) => {
    const v = parseFloat(c!) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Whether the text at `element` sits on a dark background (the first opaque one up the tree). */
export function isOnDarkBackground(element: Element | null): boolean {
  for (let node = element; node; node = node.parentElement) {
    const view = node.ownerDocument.defaultView;
    if (!view) return false;
    const value = luminance(view.getComputedStyle(node).backgroundColor);
    if (value !== null) return value < 0.2;
  }
  return false;
}

function randomPrefix(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  // Starts with a letter: a CSS identifier may not start with a digit.
  return String.fromCharCode(97 + (bytes[0]! % 26)) + Array.from(bytes.subarray(1), (b) => b.toString(36)).join('');
}

interface PageGlobals {
  Highlight: typeof Highlight;
  CSSStyleSheet: typeof CSSStyleSheet;
}

/**
 * The page window's own constructors. In Firefox a content script has its own globals, and the
 * page's document only adopts style sheets built by the page's own CSSStyleSheet.
 */
function pageGlobals(doc: Document): PageGlobals | null {
  const view = doc.defaultView as (Window & Partial<PageGlobals>) | null;
  if (!view || typeof view.Highlight !== 'function' || typeof view.CSSStyleSheet !== 'function') return null;
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return null;
  return { Highlight: view.Highlight, CSSStyleSheet: view.CSSStyleSheet };
}

export interface Painter {
  /** False where the Highlight API is missing: nothing is painted, everything else still works. */
  readonly supported: boolean;
  /** Replaces what is painted; items without a style are left unpainted. */
  paint(items: readonly { style: HighlightStyle | null; ranges: readonly Range[] }[]): void;
  clear(): void;
  setHidden(hidden: boolean): void;
  readonly hidden: boolean;
  /** The style a registered Highlight object paints, for hit-testing; undefined if not ours. */
  styleOfObject(object: unknown): HighlightStyle | undefined;
  /** Removes everything from the page. */
  dispose(): void;
}

export function createPainter(doc: Document, options: { dark: boolean }): Painter {
  const globals = pageGlobals(doc);
  if (!globals) return unsupportedPainter();
  const prefix = randomPrefix();
  const names = new Map(HIGHLIGHT_STYLES.map((style, index) => [style, `${prefix}${index}`]));
  const objects = new Map<HighlightStyle, Highlight>();
  const styles = new Map<unknown, HighlightStyle>();
  for (const style of HIGHLIGHT_STYLES) {
    const object = new globals.Highlight();
    object.priority = PRIORITY[style];
    objects.set(style, object);
    styles.set(object, style);
  }
  const palette = options.dark ? DARK : LIGHT;
  const sheet = new globals.CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_STYLES.map((style) => `::highlight(${names.get(style)}) { ${palette[style]} }`).join('\n'));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  let hidden = false;

  const register = () => {
    for (const [style, object] of objects) CSS.highlights.set(names.get(style)!, object);
  };
  const unregister = () => {
    for (const [style, object] of objects) {
      // Only remove what is still ours: the page could have reused the name.
      if (CSS.highlights.get(names.get(style)!) === object) CSS.highlights.delete(names.get(style)!);
    }
  };
  register();

  return {
    supported: true,
    paint(items) {
      for (const object of objects.values()) object.clear();
      for (const { style, ranges } of items) {
        if (style === null) continue;
        const object = objects.get(style)!;
        for (const range of ranges) object.add(range);
      }
    },
    clear() {
      for (const object of objects.values()) object.clear();
    },
    setHidden(value) {
      if (value === hidden) return;
      hidden = value;
      if (hidden) unregister();
      else register();
    },
    get hidden() {
      return hidden;
    },
    styleOfObject(object) {
      return styles.get(object);
    },
    dispose() {
      unregister();
      for (const object of objects.values()) object.clear();
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}

function unsupportedPainter(): Painter {
  let hidden = false;
  return {
    supported: false,
    paint() {},
    clear() {},
    setHidden(value) {
      hidden = value;
    },
    get hidden() {
      return hidden;
    },
    styleOfObject() {
      return undefined;
    },
    dispose() {},
  };
}
