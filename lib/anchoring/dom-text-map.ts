/**
 * The live page's visible text as one string, built in a single pass over the tree, with the way
 * back from a text offset to a DOM position. Knows nothing about highlights: it only turns
 * offsets into Ranges.
 *
 * Which text counts follows Readability's own rule for hidden content (the `hidden` attribute,
 * `aria-hidden="true"`, an inline `display: none` / `visibility: hidden`), so that the text the
 * extractor kept can be found here again without forcing a style or layout computation.
 */
import { runSteps, type Steps } from './steps';

/** Elements whose text is never page text. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'IFRAME', 'OBJECT', 'SVG', 'MATH', 'CANVAS']);

/** Elements that start a new line of text: a separator goes before their first text. */
const BREAKING = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export interface DomPosition {
  node: Text;
  offset: number;
}

export interface DomTextMap {
  text: string;
  /** Text nodes in document order, and where each one starts in `text`. */
  nodes: Text[];
  starts: Uint32Array;
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  // Reading `style` makes a declaration object for the element: only for those with a style attribute.
  if (!element.hasAttribute('style')) return false;
  const style = (element as HTMLElement).style;
  return !!style && (style.display === 'none' || style.visibility === 'hidden');
}

/** True for elements whose subtree holds no page text. */
function isSkipped(element: Element, exclude: Node | null | undefined): boolean {
  return element === exclude || SKIPPED.has(element.tagName.toUpperCase()) || isHidden(element);
}

/** Nodes visited between two pauses: a step of well under a millisecond. */
const NODES_PER_STEP = 200;

/**
 * Builds the map of `root`'s text in one pass over the tree, pausing between small steps (see
 * steps.ts): a large page's tree takes tens of milliseconds to walk. `exclude` is a subtree to
 * leave out (Crosslight's own card). The walk follows firstChild/nextSibling itself rather than a
 * TreeWalker with a filter: it skips whole subtrees, sees where a block ends as well as where it
 * starts, and makes no callback from the page's DOM into the extension for every node.
 */
export function* domTextMapSteps(root: Node, exclude?: Node | null): Steps<DomTextMap> {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let breakPending = false;
  let node: Node | null = root.firstChild;
  let visited = 0;
  while (node) {
    if (++visited % NODES_PER_STEP === 0) yield;
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (data) {
        // The separator keeps words of adjacent blocks apart ("Title" + "Body" is not "TitleBody").
        if (breakPending && length > 0) {
          parts.push('\n');
          length += 1;
        }
        breakPending = false;
        nodes.push(node as Text);
        starts.push(length);
        parts.push(data);
        length += data.length;
      }
    } else if (node.nodeType === ELEMENT_NODE && !isSkipped(node as Element, exclude)) {
      if (BREAKING.has((node as Element).tagName.toUpperCase())) breakPending = true;
      descend = node.firstChild !== null;
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb until a next sibling is found; leaving a block also breaks the line.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node.nodeType === ELEMENT_NODE && BREAKING.has((node as Element).tagName.toUpperCase())) breakPending = true;
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return { text: parts.join(''), nodes, starts: Uint32Array.from(starts) };
}

/** The map of `root`'s text, built at once. */
export function buildDomTextMap(root: Node, exclude?: Node | null): DomTextMap {
  return runSteps(domTextMapSteps(root, exclude));
}

/** Index of the last node starting at or before `offset`. */
function nodeIndexAt(map: DomTextMap, offset: number): number {
  let lo = 0;
  let hi = map.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (map.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The DOM position of a text offset. An offset between two nodes goes to the start of the next node
 * when it starts a range, to the end of the previous one when it ends it, so ranges never begin or
 * end outside the text they cover.
 */
export function domPosition(map: DomTextMap, offset: number, edge: 'start' | 'end'): DomPosition | null {
  if (map.nodes.length === 0 || offset < 0 || offset > map.text.length) return null;
  const index = nodeIndexAt(map, edge === 'end' && offset > 0 ? offset - 1 : offset);
  const node = map.nodes[index]!;
  const local = offset - map.starts[index]!;
  if (edge === 'end') return { node, offset: Math.min(local, node.data.length) };
  if (local < node.data.length) return { node, offset: local };
  // At the end of this node or on the separator after it: start in the next node.
  const next = map.nodes[index + 1];
  return next ? { node: next, offset: 0 } : { node, offset: node.data.length };
}

/** A live Range over text offsets [start, end), or null when they are outside the map. */
export function domRange(map: DomTextMap, start: number, end: number): Range | null {
  if (end <= start) return null;
  const from = domPosition(map, start, 'start');
  const to = domPosition(map, end, 'end');
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
