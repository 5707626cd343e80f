/** Short quotes around a position in an article's text, for cards. */

/** Longest quote shown, in characters: about two lines of a card. */
export const MAX_QUOTE_CHARS = 240;

const SENTENCE_END = /[.!?…]["'”’)\]]*\s|\n/g;

/**
 * The sentence containing `[start, end)`, shortened at word boundaries to at most
 * MAX_QUOTE_CHARS around the span when the sentence is longer.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = 0;
  let to = text.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const boundary = m.index + m[0].length;
    if (boundary <= start) from = boundary;
    else if (m.index >= end) {
      to = m.index + m[0].trimEnd().length;
      break;
    }
  }
  if (to - from > MAX_QUOTE_CHARS) {
    const room = Math.max(0, MAX_QUOTE_CHARS - (end - start));
    const windowFrom = Math.max(from, start - Math.floor(room / 2));
    const windowTo = Math.min(to, windowFrom + Math.max(MAX_QUOTE_CHARS, end - start));
    from = windowFrom === from ? from : nextWordStart(text, windowFrom, start);
    to = windowTo === to ? to : previousWordEnd(text, windowTo, end);
  }
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}

function nextWordStart(text: string, at: number, limit: number): number {
  const space = text.slice(at, limit).search(/\s/);
  return space < 0 ? at : at + space + 1;
}

function previousWordEnd(text: string, at: number, limit: number): number {
  const space = text.slice(limit, at).search(/\s\S*$/);
  return space < 0 ? at : limit + space;
}
