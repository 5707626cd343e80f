/**
 * The highlighting bench inside a real page: the product's anchoring and painter against mark.js
 * (loaded by the page as its own script) on the same text, with the layout compared before and after.
 */
import { placeArticle } from '../../lib/anchoring/anchor-article';
import { buildDomTextMap } from '../../lib/anchoring/dom-text-map';
import type { ExtractedArticle } from '../../lib/extract/article';
import { buildHitIndex } from '../../lib/highlight/hit-test';
import { createPainter, isOnDarkBackground, styleOf } from '../../lib/highlight/painter';
import type { Highlight } from '../../lib/messages';

export interface HighlightRun {
  ms: number;
  /** Work done before the analysis arrives (ours only): matching the article to the page, readying the painter. */
  prepareMs?: number;
  placed: number;
  missed: number;
  /** Sum over the page's elements of how far their boxes moved or changed size, in CSS px. */
  shiftPx: number;
}

declare const Mark: new (context: Element) => {
  markRegExp(regexp: RegExp, options: { acrossElements: boolean; done: (count: number) => void }): void;
};

function boxes(elements: Element[]): Float64Array {
  const out = new Float64Array(elements.length * 4);
  elements.forEach((element, i) => {
    const r = element.getBoundingClientRect();
    out.set([r.x, r.y, r.width, r.height], i * 4);
  });
  return out;
}

function shift(a: Float64Array, b: Float64Array): number {
  let total = 0;
  for (let i = 0; i < a.length; i++) total += Math.abs(a[i]! - b[i]!);
  return total;
}

/** Forces style and layout, so the timing includes what the change costs the page. */
function forceLayout(): void {
  void document.body.getBoundingClientRect();
  void document.body.offsetHeight;
}

/** The next rendering of the page has happened: what a change made the browser restyle is done. */
function rendered(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

const api = {
  /**
   * What the content script does: while the background analyses the article, it matches the
   * article to the page and readies the painter (timed apart, with the restyle the painter's sheet
   * causes); once the analysis arrives, it builds every highlight's ranges and paints them (timed).
   */
  async ours(article: ExtractedArticle, highlights: Highlight[]): Promise<HighlightRun> {
    const elements = [...document.querySelectorAll('*')];
    const before = boxes(elements);
    const prepareStarted = performance.now();
    const placement = placeArticle(article, buildDomTextMap(document.body));
    const painter = createPainter(document, { dark: isOnDarkBackground(placement.firstElement) });
    forceLayout();
    const prepareMs = performance.now() - prepareStarted;
    await rendered();
    const started = performance.now();
    const { anchored, missed } = placement.place(highlights);
    const placed = anchored.map((a) => ({ ...a, style: styleOf(a.highlight) }));
    painter.paint(placed);
    buildHitIndex([
      placed.filter((p) => p.highlight.kind === 'entity').flatMap((item) => item.ranges.map((range) => ({ range, item }))),
      placed.filter((p) => p.highlight.kind === 'claim').flatMap((item) => item.ranges.map((range) => ({ range, item }))),
    ]);
    forceLayout();
    const ms = performance.now() - started;
    return { ms, prepareMs, placed: placed.length, missed: missed.length, shiftPx: shift(before, boxes(elements)) };
  },

  /** mark.js with one combined pattern over the whole body: the fair peer (one pass over the text). */
  markjs(pattern: string): Promise<HighlightRun> {
    const elements = [...document.querySelectorAll('*')];
    const before = boxes(elements);
    return new Promise((resolve) => {
      const started = performance.now();
      new Mark(document.body).markRegExp(new RegExp(pattern, 'gi'), {
        acrossElements: true,
        done: (count) => {
          forceLayout();
          const ms = performance.now() - started;
          resolve({ ms, placed: count, missed: 0, shiftPx: shift(before, boxes(elements)) });
        },
      });
    });
  },
};

export type HighlightBenchApi = typeof api;

(globalThis as unknown as { crosslightHighlightBench: HighlightBenchApi }).crosslightHighlightBench = api;
