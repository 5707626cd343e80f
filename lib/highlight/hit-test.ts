/**
 * Which highlight is under a point. Highlights get no events of their own, so clicks are tested
 * against their ranges: with `CSS.highlights.highlightsFromPoint` where the browser has it, else
 * through the caret position under the point and a binary search over the ranges.
 */

export interface HitTarget<T> {
  range: Range;
  item: T;
}

/** Ranges grouped in layers whose ranges do not overlap (claims, entities), each in document order. */
export interface HitIndex<T> {
  layers: HitTarget<T>[][];
  byRange: Map<AbstractRange, T>;
}

export function buildHitIndex<T>(layers: HitTarget<T>[][]): HitIndex<T> {
  const byRange = new Map<AbstractRange, T>();
  const sorted = layers.map((layer) =>
    [...layer].sort((a, b) => a.range.compareBoundaryPoints(0 /* START_TO_START */, b.range)),
  );
  for (const layer of sorted) for (const { range, item } of layer) byRange.set(range, item);
  return { layers: sorted, byRange };
}

function containsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/** The range of a sorted, non-overlapping layer that contains a DOM point, by binary search. */
function searchLayer<T>(layer: HitTarget<T>[], node: Node, offset: number): HitTarget<T> | null {
  let lo = 0;
  let hi = layer.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const target = layer[mid]!;
    let position: number;
    try {
      position = target.range.comparePoint(node, offset);
    } catch {
      // A point in another document or a doctype cannot be in any of our ranges.
      return null;
    }
    if (position < 0) hi = mid - 1;
    else if (position > 0) lo = mid + 1;
    else return target;
  }
  return null;
}

interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  const caretDoc = doc as CaretDocument;
  if (typeof caretDoc.caretPositionFromPoint === 'function') {
    const position = caretDoc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof caretDoc.caretRangeFromPoint === 'function') {
    const range = caretDoc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startContainer === range.endContainer ? range.startOffset : 0 } : null;
  }
  return null;
}

type HighlightRegistryWithHitTest = HighlightRegistry & {
  highlightsFromPoint?: (x: number, y: number) => unknown[];
};

/** Ranges at the point according to the browser, or null when it cannot tell. */
function rangesFromRegistry(x: number, y: number): AbstractRange[] | null {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return null;
  const registry = CSS.highlights as HighlightRegistryWithHitTest;
  if (typeof registry.highlightsFromPoint !== 'function') return null;
  const hits = registry.highlightsFromPoint(x, y);
  const ranges: AbstractRange[] = [];
  for (const hit of hits) {
    // The specification returns { highlight, ranges }; the first implementations returned the
    // Highlight objects alone, which do not say which range was hit.
    if (hit && typeof hit === 'object' && 'ranges' in hit && Array.isArray((hit as { ranges: unknown }).ranges)) {
      ranges.push(...(hit as { ranges: AbstractRange[] }).ranges);
    } else {
      return null;
    }
  }
  return ranges;
}

/**
 * The items under the viewport point (x, y), most specific first (the shortest range: an entity
 * before the claim sentence around it). Empty when the point is on no highlight.
 */
export function hitTest<T>(doc: Document, index: HitIndex<T>, x: number, y: number): T[] {
  const fromRegistry = rangesFromRegistry(x, y);
  let targets: HitTarget<T>[];
  if (fromRegistry) {
    targets = fromRegistry.flatMap((range) => {
      const item = index.byRange.get(range);
      return item === undefined ? [] : [{ range: range as Range, item }];
    });
  } else {
    const caret = caretAt(doc, x, y);
    if (!caret) return [];
    targets = index.layers
      .map((layer) => searchLayer(layer, caret.node, caret.offset))
      .filter((target): target is HitTarget<T> => target !== null)
      // The caret snaps to the nearest text: the point must be on the range's own boxes.
      .filter((target) => containsPoint(target.range, x, y));
  }
  return targets
    .sort((a, b) => a.range.toString().length - b.range.toString().length)
    .map((target) => target.item);
}
