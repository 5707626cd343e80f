/**
 * Puts the extracted article back onto the live page: each block of the article text is found in
 * the page text (in order, whitespace-insensitively), and highlight offsets, which index the
 * article text, are carried through the matched blocks to page offsets and DOM Ranges.
 *
 * Only text matched to an article block can receive a highlight, so navigation, comments and
 * related links never do, even when they repeat the article's words. What cannot be carried over
 * is returned, never dropped silently.
 */
import type { ArticleBlock, ExtractedArticle } from '../extract/article';
import type { Highlight } from '../messages';
import { domPosition, domRange, type DomTextMap } from './dom-text-map';
import { runSteps, type Steps } from './steps';
import {
  compactIndexAt,
  compactText,
  findQuoteCompact,
  originalSpan,
  type CompactText,
  type TextSpan,
} from './text-quote';

/** A run of the article matched on the page, in compact indices of both texts. */
export interface Segment {
  article: number;
  page: number;
  length: number;
}

const CONTEXT = 64;
/** A block this long (without spaces) is specific enough to be looked for anywhere on the page. */
const DISTINCTIVE = 40;
/** Shorter pieces of a block say too little to be placed on their own. */
const MIN_PIECE = 12;

function compactSpan(text: CompactText, span: TextSpan): TextSpan {
  return { start: compactIndexAt(text, span.start), end: compactIndexAt(text, span.end) };
}

function find(article: CompactText, span: TextSpan, page: CompactText, within: TextSpan): TextSpan | null {
  const selector = {
    exact: article.compact.slice(span.start, span.end),
    prefix: article.compact.slice(Math.max(0, span.start - CONTEXT), span.start),
    suffix: article.compact.slice(span.end, span.end + CONTEXT),
  };
  return findQuoteCompact(page, selector, { hint: within.start, within });
}

/** Sentence-sized pieces of a block, as original spans of the article text. */
function pieces(text: string, block: ArticleBlock): TextSpan[] {
  const result: TextSpan[] = [];
  const sentence = /[^.!?…]*(?:[.!?…]+["'”’)\]]*|$)\s*/gy;
  sentence.lastIndex = block.start;
  while (sentence.lastIndex < block.end) {
    const at = sentence.lastIndex;
    const match = sentence.exec(text);
    if (!match || match[0].length === 0) break;
    result.push({ start: at, end: Math.min(at + match[0].length, block.end) });
  }
  return result;
}

/** How far past the previous block a block is first looked for: pages keep the article in order. */
const NEAR = 20_000;

/**
 * Matches the article's blocks to the page text. Whole blocks first, in order; a block that does
 * not match whole (the page interleaves a button or a footnote marker in it) is matched sentence
 * by sentence, between its matched neighbours.
 *
 * A generator that pauses after each block, so that the page can run the work in slices
 * (`anchorBlocksInSlices`); `anchorBlocks` runs it at once.
 */
export function* anchorBlockSteps(
  article: CompactText,
  blocks: ArticleBlock[],
  page: CompactText,
): Steps<{ segments: Segment[]; missedBlocks: number }> {
  const found: (TextSpan | null)[] = [];
  const spans = blocks.map((block) => compactSpan(article, block));
  const pageEnd = page.compact.length;
  let cursor = 0;
  for (const span of spans) {
    if (span.end <= span.start) {
      found.push(null);
      continue;
    }
    // Near the previous block first: searching the whole rest of the page for each block makes a
    // long page quadratic, and the nearest occurrence in reading order is the article's own.
    const near = Math.min(pageEnd, cursor + NEAR + 4 * (span.end - span.start));
    let match = find(article, span, page, { start: cursor, end: near });
    if (!match && near < pageEnd) match = find(article, span, page, { start: cursor, end: pageEnd });
    if (!match && span.end - span.start >= DISTINCTIVE) {
      match = find(article, span, page, { start: 0, end: pageEnd });
    }
    found.push(match);
    if (match) cursor = Math.max(cursor, match.end);
    yield;
  }

  const segments: Segment[] = [];
  let missedBlocks = 0;
  let lower = 0;
  for (let i = 0; i < spans.length; i++) {
    const match = found[i];
    const span = spans[i]!;
    if (match) {
      segments.push({ article: span.start, page: match.start, length: span.end - span.start });
      lower = Math.max(lower, match.end);
      continue;
    }
    let upper = pageEnd;
    for (let j = i + 1; j < found.length; j++) {
      const next = found[j];
      if (next && next.start >= lower) {
        upper = next.start;
        break;
      }
    }
    let from = lower;
    let matchedAny = false;
    for (const piece of pieces(article.original, blocks[i]!)) {
      const compact = compactSpan(article, piece);
      if (compact.end - compact.start < MIN_PIECE) continue;
      const hit = find(article, compact, page, { start: from, end: upper });
      if (!hit) continue;
      segments.push({ article: compact.start, page: hit.start, length: compact.end - compact.start });
      from = hit.end;
      matchedAny = true;
    }
    if (!matchedAny) missedBlocks++;
    yield;
  }
  segments.sort((a, b) => a.article - b.article);
  return { segments, missedBlocks };
}

export function anchorBlocks(article: CompactText, blocks: ArticleBlock[], page: CompactText): { segments: Segment[]; missedBlocks: number } {
  return runSteps(anchorBlockSteps(article, blocks, page));
}

/** Index of the segment containing compact article index `at`, or -1. */
function segmentAt(segments: Segment[], at: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const segment = segments[mid]!;
    if (at < segment.article) hi = mid - 1;
    else if (at >= segment.article + segment.length) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Page spans (original offsets) covering the article span [start, end): one per segment it runs
 * through, or null when any part of it was not matched on the page.
 */
export function mapSpan(article: CompactText, page: CompactText, segments: Segment[], start: number, end: number): TextSpan[] | null {
  const { start: from, end: to } = compactSpan(article, { start, end });
  if (to <= from) return null;
  let index = segmentAt(segments, from);
  if (index === -1) return null;
  const result: TextSpan[] = [];
  let at = from;
  while (at < to) {
    const segment = segments[index];
    if (!segment || at < segment.article || at >= segment.article + segment.length) return null;
    const stop = Math.min(to, segment.article + segment.length);
    const pageStart = segment.page + (at - segment.article);
    result.push(originalSpan(page, pageStart, pageStart + (stop - at)));
    at = stop;
    index++;
  }
  return result;
}

export interface AnchoredHighlight {
  highlight: Highlight;
  ranges: Range[];
}

export interface ArticleAnchoring {
  anchored: AnchoredHighlight[];
  /** Highlights that could not be placed on the page. */
  missed: Highlight[];
  blocks: { total: number; missed: number };
}

/** Matches the article to the page once; highlights are then placed in batches. */
export interface ArticlePlacement {
  place(highlights: Highlight[]): { anchored: AnchoredHighlight[]; missed: Highlight[] };
  blocks: { total: number; missed: number };
  /** The element holding the first article text found on the page (whose colours the highlights suit), or null when none was found. */
  firstElement: Element | null;
}

function firstElementOf(map: DomTextMap, page: CompactText, segments: Segment[]): Element | null {
  const first = segments[0];
  if (!first) return null;
  const span = originalSpan(page, first.page, first.page + 1);
  return domPosition(map, span.start, 'start')?.node.parentElement ?? null;
}

/** Matching the article to the page, in steps (see steps.ts); `placeArticle` runs them at once. */
export function* placementSteps(article: ExtractedArticle, map: DomTextMap): Steps<ArticlePlacement> {
  const articleText = compactText(article.page.text);
  yield;
  const pageText = compactText(map.text);
  yield;
  const { segments, missedBlocks } = yield* anchorBlockSteps(articleText, article.blocks, pageText);
  return {
    blocks: { total: article.blocks.length, missed: missedBlocks },
    firstElement: firstElementOf(map, pageText, segments),
    place(highlights) {
      const anchored: AnchoredHighlight[] = [];
      const missed: Highlight[] = [];
      for (const highlight of highlights) {
        const spans = mapSpan(articleText, pageText, segments, highlight.start, highlight.end);
        const ranges = spans?.map((span) => domRange(map, span.start, span.end));
        if (ranges && ranges.length > 0 && ranges.every((range) => range !== null)) {
          anchored.push({ highlight, ranges: ranges as Range[] });
        } else {
          missed.push(highlight);
        }
      }
      return { anchored, missed };
    },
  };
}

export function placeArticle(article: ExtractedArticle, map: DomTextMap): ArticlePlacement {
  return runSteps(placementSteps(article, map));
}

/** Places every highlight at once: for tests and tools; the page uses `placeArticle` in batches. */
export function anchorArticle(article: ExtractedArticle, highlights: Highlight[], map: DomTextMap): ArticleAnchoring {
  const placement = placeArticle(article, map);
  return { ...placement.place(highlights), blocks: placement.blocks };
}
