/**
 * Links that open a page scrolled to a quote and highlight it: the `#:~:text=` fragment directive
 * (WICG Scroll-to-Text-Fragment, supported by Chrome and Firefox). Browsers without it simply open
 * the page.
 */

/** Quotes up to this many words are given whole; longer ones as `start,end` so links stay short. */
const MAX_EXACT_WORDS = 10;
/** Words kept at each end of a long quote: enough to be unique in an article. */
const EDGE_WORDS = 5;

/**
 * `url` with a text directive for `quote`. An existing fragment is kept (the directive follows
 * it, as the spec allows) and any earlier directive is replaced.
 */
export function textFragmentLink(url: string, quote: string): string {
  const words = quote.split(/\s+/).filter((w) => w.length > 0);
  const hashAt = url.indexOf('#');
  const base = hashAt < 0 ? url : url.slice(0, hashAt);
  const fragment = hashAt < 0 ? '' : url.slice(hashAt + 1).split(':~:')[0]!;
  if (words.length === 0) return fragment ? `${base}#${fragment}` : base;
  const directive =
    words.length <= MAX_EXACT_WORDS
      ? escapeDirectiveText(words.join(' '))
      : `${escapeDirectiveText(words.slice(0, EDGE_WORDS).join(' '))},${escapeDirectiveText(words.slice(-EDGE_WORDS).join(' '))}`;
  return `${base}#${fragment}:~:text=${directive}`;
}

/** Percent-encodes the text, including '-', ',' and '&', which the directive syntax reserves. */
export function escapeDirectiveText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}
