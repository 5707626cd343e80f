/**
 * Subtrees that never hold article text: Readability would walk and score them only to drop
 * them. Structured data (JSON-LD) is kept for the metadata. One list for the page copy the
 * content script sends (page-html.ts) and for the documents read where they are parsed
 * (article.ts), so both leave out the same things.
 */
const NOT_TEXT_TAGS = ['style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio'];

const JSON_LD = 'application/ld+json';

export const NOT_TEXT_SELECTOR = `script:not([type="${JSON_LD}"]), ${NOT_TEXT_TAGS.join(', ')}`;

const NOT_TEXT = new Set(NOT_TEXT_TAGS);

/** Whether `element` roots a subtree of `NOT_TEXT_SELECTOR`. */
export function isNotText(element: Element): boolean {
  const tag = element.localName;
  if (tag === 'script') return element.getAttribute('type') !== JSON_LD;
  return NOT_TEXT.has(tag);
}
