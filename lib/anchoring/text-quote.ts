/**
 * Finding a quote in a text, Hypothesis-style: a quote is described by data (the exact text, some
 * context before and after it, and where it was last seen), and is matched ignoring whitespace,
 * because the same words rendered by a page and re-serialised by an extractor differ in line
 * breaks, indentation and non-breaking spaces, never in their letters.
 *
 * Matching is exact on the letters: a quote that is not in the text does not anchor. A loose,
 * fuzzy match puts a highlight on unrelated words, which readers find worse than a missing one.
 */

export interface TextQuoteSelector {
  exact: string;
  /** Text right before the quote (any length; only its end is compared). */
  prefix?: string;
  /** Text right after the quote (any length; only its start is compared). */
  suffix?: string;
}

export interface TextSpan {
  start: number;
  end: number;
}

/**
 * A text with its ignorable characters (whitespace, soft hyphens, zero-width characters) removed,
 * and the way back: `toOriginal[i]` is the index in the original text of `compact[i]`.
 */
export interface CompactText {
  original: string;
  compact: string;
  toOriginal: Uint32Array;
}

/** Whitespace of every kind (including NBSP), soft hyphen, zero-width space/joiners, BOM. */
const IGNORABLE = /[\s\u00ad\u200b-\u200d\u2060\ufeff]/;
const IGNORABLE_RUNS = /[\s\u00ad\u200b-\u200d\u2060\ufeff]+/g;

export function isIgnorable(char: string): boolean {
  return IGNORABLE.test(char);
}

/**
 * The same set as IGNORABLE, by code unit: a regular expression call per character made
 * compaction the slowest step of anchoring on long pages, and most characters are printable ASCII.
 */
function isIgnorableCode(code: number): boolean {
  if (code > 32 && code < 127) return false;
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 || code === 0xad || code === 0x1680 || (code >= 0x2000 && code <= 0x200d) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x2060 || code === 0x3000 || code === 0xfeff
  );
}

export function compactText(original: string): CompactText {
  const toOriginal = new Uint32Array(original.length);
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    if (!isIgnorableCode(original.charCodeAt(i))) toOriginal[n++] = i;
  }
  return { original, compact: original.replace(IGNORABLE_RUNS, ''), toOriginal: toOriginal.subarray(0, n) };
}

/** Removes ignorable characters from a short string (a quote or its context). */
export function compactString(text: string): string {
  return text.replace(IGNORABLE_RUNS, '');
}

/** First compact index whose original index is at or after `offset` (binary search). */
export function compactIndexAt(text: CompactText, offset: number): number {
  let lo = 0;
  let hi = text.toOriginal.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (text.toOriginal[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Original span covering the compact span [start, end); end must be > start. */
export function originalSpan(text: CompactText, start: number, end: number): TextSpan {
  return { start: text.toOriginal[start]!, end: text.toOriginal[end - 1]! + 1 };
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * True when the quote at original [start, end) does not cut a word in two: a quote that starts or
 * ends with a letter must not be glued to another letter in the text ("Linus" is not in "Linuses").
 */
function onWordBoundaries(text: CompactText, span: TextSpan): boolean {
  const { original } = text;
  const first = original[span.start] ?? '';
  const before = original[span.start - 1] ?? '';
  const last = original[span.end - 1] ?? '';
  const after = original[span.end] ?? '';
  if (WORD.test(first) && WORD.test(before)) return false;
  if (WORD.test(last) && WORD.test(after)) return false;
  return true;
}

/** How many characters of `a`'s end equal `b`'s end. */
function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Enough candidates to rank any real page; beyond this a quote says nothing about where it is. */
const MAX_CANDIDATES = 256;
const CONTEXT = 64;

export interface QuoteOptions {
  /** Compact index where the quote is expected (e.g. right after the previous quote). */
  hint?: number;
  /** Compact bounds the quote must lie within (e.g. between two quotes already found). */
  within?: TextSpan;
}

/**
 * Finds a quote in a compacted text. Returns compact indices [start, end), or null when the quote
 * does not occur as a whole-word run, or when it occurs several times and neither context nor
 * position tells the occurrences apart.
 */
export function findQuoteCompact(text: CompactText, selector: TextQuoteSelector, options: QuoteOptions = {}): TextSpan | null {
  const exact = compactString(selector.exact);
  if (exact.length === 0) return null;
  const prefix = compactString(selector.prefix ?? '').slice(-CONTEXT);
  const suffix = compactString(selector.suffix ?? '').slice(0, CONTEXT);
  const hint = options.hint;
  const from = options.within?.start ?? 0;
  const to = options.within?.end ?? text.compact.length;

  let best: { start: number; score: number; distance: number } | null = null;
  let tied = false;
  let found = 0;
  for (let at = text.compact.indexOf(exact, from); at !== -1 && found < MAX_CANDIDATES; at = text.compact.indexOf(exact, at + 1)) {
    if (at + exact.length > to) break;
    found++;
    if (!onWordBoundaries(text, originalSpan(text, at, at + exact.length))) continue;
    const before = text.compact.slice(Math.max(0, at - prefix.length), at);
    const after = text.compact.slice(at + exact.length, at + exact.length + suffix.length);
    const score = commonSuffixLength(before, prefix) + commonPrefixLength(after, suffix);
    const distance = hint === undefined ? 0 : Math.abs(at - hint);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { start: at, score, distance };
      tied = false;
    } else if (score === best.score && distance === best.distance) {
      tied = true;
    }
    // Candidates come in text order: past the hint, a later one is farther away, so once the
    // context matches in full nothing after it can win or tie. Without this, anchoring a long
    // article block by block scans the rest of the page for every block.
    if (hint !== undefined && at >= hint && !tied && best.start === at && score === prefix.length + suffix.length) break;
  }
  if (!best || tied) return null;
  return { start: best.start, end: best.start + exact.length };
}

/** Finds a quote in a plain text; returns original offsets [start, end) or null. */
export function findQuote(text: string | CompactText, selector: TextQuoteSelector, options: { hint?: number } = {}): TextSpan | null {
  const compact = typeof text === 'string' ? compactText(text) : text;
  const hint = options.hint === undefined ? undefined : compactIndexAt(compact, options.hint);
  const span = findQuoteCompact(compact, selector, { hint });
  return span && originalSpan(compact, span.start, span.end);
}
