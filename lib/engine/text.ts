/**
 * Text as it comes off a page or a PDF: a `view` of the same length for the parser (offsets stay
 * valid in the original), hard-wrapped lines joined, and paragraphs told apart from site chrome.
 */

export type BlockKind = 'prose' | 'heading' | 'boilerplate';

export interface Block {
  start: number;
  end: number;
  kind: BlockKind;
}

export interface PreparedText {
  /** Same length as the input: every substitution is one code unit for one code unit. */
  view: string;
  blocks: Block[];
}

interface Line {
  start: number;
  end: number;
  text: string;
}

const TERMINAL = /[.!?…]["'”’)\]]*$/;
const WORD = /[\p{L}\p{N}]+/gu;

/** Same-length substitutions that make the parser see ordinary spaces and quotes. */
function substitute(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f\t\r\f\v\u2028\u2029]/g, ' ')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"');
}

function splitLines(view: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  for (const raw of view.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) lines.push({ start: pos + lead, end: pos + lead + text.length, text });
    pos += raw.length + 1;
  }
  return lines;
}

/**
 * The width a hard-wrapped text was wrapped at, or 0 when lines are paragraphs. Copies of PDFs
 * have most lines of about the same length, well below a paragraph's.
 */
function wrapWidth(lines: Line[]): number {
  if (lines.length < 8) return 0;
  const lengths = lines.map((l) => l.text.length).sort((a, b) => a - b);
  const p90 = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  const full = lengths.filter((n) => n >= p90 * 0.6).length;
  const open = lines.filter((l) => !TERMINAL.test(l.text)).length;
  return p90 >= 40 && p90 <= 140 && full >= lines.length * 0.5 && open >= lines.length * 0.4 ? p90 : 0;
}

// A line that ends on one of these words has its sentence go on in the next line.
const FUNCTION_WORD_END = /\b(?:the|a|an|of|in|on|at|to|for|from|with|by|and|or|but|that|as|is|was|were|are|his|her|its|their)$/i;

/** Share of the wrap width a line fills when its sentence goes on in the next line. */
const FULL_LINE = 0.6;
const FULL_LINE_BEFORE_CAPITAL = 0.85;

/** "Related: …", "Read more: …": a link to another story, which goes on in no line after it. */
const LINK_LEAD = /^(?:related|read more|read also|also read|see also|more|watch|listen|recommended)\s*:/i;

/**
 * A byline: "By Mathilde Roux | Lyon Evening Post | Tue 18 Mar 2025", "By Jane Doe, Reuters", "By
 * Jane Doe". It names the writer, not anyone in the story, and is no headline. A name of one word
 * is no byline ("By Friday, …"), nor is a sentence ("By Christmas Day the fund had raised $2m.").
 */
const BYLINE = /^By\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*(?:$|[|•,–—-]\s*)/u;

/** How far past the wrap width a wrapped line may reach: a line longer still was never wrapped. */
const OVER_WIDTH = 1.05;

function continues(prev: Line, next: Line, width: number, gap: string, paragraph: string): boolean {
  if (TERMINAL.test(prev.text) || LINK_LEAD.test(paragraph)) return false;
  const blankLine = /\n\s*\n/.test(gap);
  // A headline kept on one line above a wrapped story is longer than its lines, and ends there.
  if (width > 0 && prev.text.length > width * OVER_WIDTH && blankLine) return false;
  // A byline is a block of its own, whatever stands above it, and goes on past no blank line.
  if (BYLINE.test(next.text) || (BYLINE.test(paragraph) && blankLine)) return false;
  // Two or more blank lines are a deliberate break even in a wrapped copy.
  if ((gap.match(/\n/g)?.length ?? 0) > 2) return false;
  // A line that is one long token (a URL) stands alone.
  if (/^\S{30,}$/.test(prev.text) || /^\S{30,}$/.test(next.text)) return false;
  if (/[,\-–—(]$/.test(prev.text) || FUNCTION_WORD_END.test(prev.text)) return true;
  // "would save roughly / $650m a year": a sum wrapped onto the next line goes on the sentence.
  const startsText = /^[\p{L}\d\p{Sc}"'(/]/u.test(next.text);
  // In a wrapped copy only a full-width line goes on; a short one ends its paragraph. Across a
  // blank line before a capital the line must be nearly full: a copy may double-space every line,
  // but a headline in sentence case ("Brightwater beats forecasts as heatwave drives record power
  // use") is shorter than the story's lines, and the story starts below it.
  const full = blankLine && /^\p{Lu}/u.test(next.text) ? FULL_LINE_BEFORE_CAPITAL : FULL_LINE;
  if (width > 0 && prev.text.length >= width * full && startsText) return true;
  // Running text broken by a single line end (a copy from an e-mail or a narrow column).
  return !blankLine && isSentenceLike(paragraph) && startsText;
}

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A letter or a digit of any script: what `WORD` is made of. */
export function isWordChar(codePoint: number): boolean {
  if (codePoint < 0x80) {
    const lower = codePoint | 0x20;
    return (codePoint >= 0x30 && codePoint <= 0x39) || (lower >= 0x61 && lower <= 0x7a);
  }
  return WORD_CHAR.test(String.fromCodePoint(codePoint));
}

/** How many words `WORD` finds in the text, counted without making a string of each. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.codePointAt(i)!;
    if (codePoint > 0xffff) i++;
    const word = isWordChar(codePoint);
    if (word && !inWord) count++;
    inWord = word;
  }
  return count;
}

/** Mostly lower-case running text, as opposed to a headline or a list of names. */
function isSentenceLike(text: string): boolean {
  const ws = words(text);
  return ws.length >= 8 && ws.filter((w) => /^\p{Lu}/u.test(w)).length < ws.length * 0.45;
}

// Words of site chrome: a short line made mostly of these is navigation, not news.
const UI_WORDS = new Set([
  'share', 'shares', 'comment', 'comments', 'login', 'log', 'sign', 'signup', 'subscribe', 'listen',
  'live', 'read', 'more', 'related', 'tags', 'tag', 'print', 'email', 'e', 'mail', 'url', 'link',
  'links', 'follow', 'copy', 'advertisement', 'ad', 'newsletter', 'cookie', 'cookies', 'reply',
  'menu', 'home', 'next', 'previous', 'video', 'photo', 'image', 'credit', 'credits', 'getty',
  'images', 'reuters', 'ap', 'afp', 'short', 'get', 'via', 'facebook', 'twitter', 'whatsapp',
  'telegram', 'reddit', 'linkedin', 'plain', 'text', 'html', 'filtered', 'allowed', 'leave', 'a',
  'post', 'posted', 'view', 'watch', 'click', 'here', 'community', 'standards', 'discussion',
  'also', 'see', 'top', 'stories', 'story', 'latest', 'news', 'most', 'popular', 'trending',
  'loading', 'download', 'app', 'print', 'save', 'saved', 'rss', 'feed', 'updated', 'published',
  'gmt', 'utc', 'am', 'pm', 'min', 'mins', 'ago', 'by', 'and', 'the', 'on', 'to', 'of', 'in', 'your',
]);

/**
 * How a photo's caption ends: its credit, "(Ellen M. Banner / The Seattle Times)", "(AP
 * Photo/Evan Vucci)", "Credit Ashraf Shazly/Agence France-Presse — Getty Images", "Photograph: Seth
 * Wenig/AP". A caption describes a picture, and its credit names the photographer, not anyone in
 * the story.
 */
const CAPTION_CREDIT = /(?:\([^()]+\s\/\s[^()]+\)|\([^()]*\b(?:photo|image|picture|credit)s?\b[^()]*\)|(?:^|[.!?]["')\]]*\s+)(?:credit:?|(?:photograph|photo|image|picture)s?:|photo by)\s+[^.!?]+|\bgetty images)$/i;
/** An author's name opening their note, and what it says they are: "Jane Doe is a senior correspondent". */
const AUTHOR_NAME = "(?:\\p{Lu}[\\p{L}'.-]*\\s+){1,3}";
const IS_A_WRITER = '(?:is an? (?:[\\p{L}-]+\\s+){0,3}(?:reporter|correspondent|writer|editor|columnist|journalist|contributor)\\b)';
/**
 * The author's note after a story: "Follow him on Twitter @… or email him at …", "Jane Doe is a
 * senior correspondent at Politico.", "Daniel Brown contributed reporting from London."
 */
const AUTHOR_NOTE = new RegExp(`\\bfollow (?:him|her|them|me|us) on\\b|[\\w.+-]+@[\\w-]+\\.[\\w.]+|^${AUTHOR_NAME}(?:${IS_A_WRITER}|contributed (?:reporting|research)\\b)[^.!?]*\\.?$`, 'iu');
/** "Subscribe to our newsletter", "Donate $5 today": a sentence that asks the reader to sign up or to pay. */
const APPEAL = /(?:^|[.!?]\s+)(?:subscribe|donate|sign up|support (?:us|our|independent)|join us|become a (?:member|subscriber|supporter))\b/i;
/**
 * "2:58 p.m.: This article was updated to add …", "An earlier version of this story misstated …",
 * "Editor's note: …": a note on the article itself, not news, when it is all its paragraph says.
 */
const EDITORS_NOTE = /^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*:\s*)?(?:this (?:article|story|post|report|piece) (?:was|has been|had been) (?:updated|corrected|amended|edited)\b|(?:correction:\s*)?an earlier version of this (?:article|story|post|report)\b|editor['’]s note:)/i;
const SECOND_SENTENCE = /[.!?]["')\]]?\s+\p{Lu}/u;
/** "We use cookies to improve your experience", "By continuing you agree to our privacy policy": the site's notice, not news. */
const SITE_NOTICE = /\b(?:we|this (?:site|website))\s+uses?\s+cookies\b|\bcookie (?:policy|settings|preferences)\b|\bour (?:privacy policy|terms of (?:use|service))\b/i;
/**
 * "Jane Doe is a senior correspondent based in London. She has covered weather for 15 years.": an
 * author's note may go on for a sentence or two after it says who the author is.
 */
const AUTHOR_INTRO = new RegExp(`^${AUTHOR_NAME}${IS_A_WRITER}[^.!?]*[.!?]\\s+\\p{Lu}`, 'u');
/** Most words of an author's note that goes on after its first sentence. */
const AUTHOR_NOTE_WORDS = 40;

function isChrome(text: string, ws: string[]): boolean {
  if (/^(?:©|\(c\)|copyright\b|photo:|image:|credit:|source:)/i.test(text) || LINK_LEAD.test(text)) return true;
  if (CAPTION_CREDIT.test(text) || AUTHOR_NOTE.test(text) || APPEAL.test(text) || SITE_NOTICE.test(text) || (EDITORS_NOTE.test(text) && !SECOND_SENTENCE.test(text))) return true;
  if (AUTHOR_INTRO.test(text) && ws.length <= AUTHOR_NOTE_WORDS) return true;
  if (BYLINE.test(text) && !TERMINAL.test(text)) return true;
  if (/^https?:\S+$/.test(text)) return true;
  // Clock and dateline strips: "07:47 GMT +3 07 December 2019", "Updated 12:30 PM".
  if (/^(?:updated\s+|published\s+)?\d{1,2}[:.]\d{2}\b/i.test(text) && ws.length <= 10) return true;
  if (ws.length <= 12 && ws.filter((w) => UI_WORDS.has(w.toLowerCase())).length >= Math.max(2, ws.length * 0.6)) return true;
  // A list of tags: many short comma-separated items and no sentence.
  const items = text.split(/[,|•·]/);
  if (items.length >= 4 && !TERMINAL.test(text) && ws.length / items.length <= 3) return true;
  return /<[a-z]+>/i.test(text) && !TERMINAL.test(text.replace(/<[^>]*>/g, '').trim());
}

function classify(text: string): { kind: BlockKind; strong: boolean } {
  const ws = words(text);
  if (ws.length === 0 || isChrome(text, ws)) return { kind: 'boilerplate', strong: false };
  const terminal = TERMINAL.test(text) || /[.!?]["')\]]?\s+[A-Z]/.test(text);
  if (!terminal) {
    if (ws.length < 4) return { kind: 'boilerplate', strong: false };
    // Headlines are capitalised and unpunctuated; wrapped-off sentence tails are neither.
    if (!isSentenceLike(text) || ws.length <= 20) return { kind: 'heading', strong: false };
    return { kind: 'prose', strong: ws.length >= 15 };
  }
  if (ws.length < 4) return { kind: 'boilerplate', strong: false };
  const bullet = /^[•·▪◦‣*]/.test(text);
  return { kind: 'prose', strong: ws.length >= 15 && !bullet };
}

/** "Reporting by …; Editing by …", "This story was first published by …": credits, not news. */
const CREDIT = /^(?:\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|produced)\s+by\b)|\b(?:originally|first)\s+(?:published|appeared)\b/i;
/** Words a closing paragraph of the story has at least: shorter sentences after it are asides. */
const CLOSING_MIN_WORDS = 6;

function isClosingParagraph(p: { kind: BlockKind; text: string }): boolean {
  return p.kind === 'prose' && !CREDIT.test(p.text) && words(p.text).length >= CLOSING_MIN_WORDS;
}

export function prepareText(text: string): PreparedText {
  const substituted = substitute(text);
  const lines = splitLines(substituted);
  const width = wrapWidth(lines);
  const paragraphs: Array<Line & { tail: Line }> = [];
  // The view is the substituted text with the line ends inside joined paragraphs made spaces.
  const pieces: string[] = [];
  let copied = 0;
  for (const line of lines) {
    const prev = paragraphs[paragraphs.length - 1];
    const gap = prev ? substituted.slice(prev.end, line.start) : '';
    if (prev && continues(prev.tail, line, width, gap, prev.text)) {
      pieces.push(substituted.slice(copied, prev.end), gap.replace(/\n/g, ' '));
      copied = line.start;
      prev.end = line.end;
      prev.text = `${prev.text} ${line.text}`;
      prev.tail = line;
    } else {
      paragraphs.push({ ...line, tail: line });
    }
  }
  const classified = paragraphs.map((p) => ({ ...p, ...classify(p.text) }));
  // Chrome before the story's first full paragraph or after its last one (comment forms,
  // related links) is dropped even when it is made of sentences.
  const first = classified.findIndex((p) => p.strong);
  let last = -1;
  classified.forEach((p, i) => { if (p.strong) last = i; });
  // A story often ends on a short paragraph ("Eight officers were injured, a spokesman said."):
  // sentences right after its last full paragraph stay, up to the first heading, chrome or credit
  // line, which begins what follows the story.
  while (last >= 0 && last + 1 < classified.length && isClosingParagraph(classified[last + 1]!)) last++;
  const blocks = classified.map((p, i): Block => {
    const outside = first >= 0 && (i < first || i > last);
    const kind = p.kind === 'prose' && outside && !p.strong ? 'boilerplate' : p.kind;
    return { start: p.start, end: p.end, kind };
  });
  pieces.push(substituted.slice(copied));
  return { view: pieces.join(''), blocks };
}

/**
 * The headline of a plain text, as a copy of a story starts: the longest heading before its first
 * paragraph of prose (a section name, a "Live updates" line or a byline may stand beside it); ''
 * when there is none.
 */
export function headlineOf(text: string): string {
  const { blocks } = prepareText(text);
  let headline = '';
  for (const block of blocks) {
    if (block.kind === 'prose') break;
    const line = text.slice(block.start, block.end).replace(/\s+/g, ' ').trim();
    if (block.kind === 'heading' && words(line).length > words(headline).length) headline = line;
  }
  return headline;
}

const STOPWORDS: Record<string, Set<string>> = {
  en: new Set(['the', 'of', 'and', 'to', 'in', 'is', 'was', 'that', 'for', 'on', 'with', 'as', 'by', 'at', 'from', 'it', 'he', 'have', 'has', 'are', 'were', 'not', 'this', 'which']),
  fr: new Set(['le', 'la', 'les', 'des', 'et', 'est', 'une', 'un', 'du', 'dans', 'pour', 'que', 'qui', 'sur', 'pas', 'au', 'aux', 'avec', 'ce', 'sont', 'il', 'elle', 'par', 'se']),
  de: new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'mit', 'den', 'dem', 'zu', 'von', 'auf', 'für', 'sich', 'auch', 'es', 'im', 'wird', 'sind', 'wie', 'bei', 'des']),
  es: new Set(['el', 'los', 'las', 'y', 'es', 'una', 'por', 'con', 'para', 'del', 'que', 'se', 'lo', 'como', 'pero', 'sus', 'fue', 'son', 'al', 'este']),
  it: new Set(['il', 'di', 'che', 'è', 'per', 'una', 'con', 'non', 'sono', 'della', 'nel', 'gli', 'anche', 'alla', 'come', 'più', 'delle', 'questo']),
};

/**
 * The language of the text's running prose, by its commonest function words; 'und' when too
 * little is written to tell.
 */
export function detectLanguage(text: string): string {
  const ws = text.toLowerCase().match(WORD) ?? [];
  if (ws.length < 5) return 'und';
  let best = 'und';
  let bestCount = 0;
  for (const [lang, stop] of Object.entries(STOPWORDS)) {
    let count = 0;
    for (const w of ws) if (stop.has(w)) count++;
    if (count > bestCount) { best = lang; bestCount = count; }
  }
  return bestCount >= Math.max(2, ws.length * 0.05) ? best : 'und';
}

/**
 * A dateline opening a sentence: a place in capitals, perhaps its region, the day it was filed and
 * its agency, then a dash ("LAGOS, Dec 28 (AfriWire) - ", "MUMBAI, 14 October (GlobalPress) — ").
 */
export const DATELINE = /^\s*\p{Lu}[\p{Lu}'’. -]*\p{Lu}(?:,\s*[\p{L}.]+(?:\s[\p{L}.]+)?)?(?:,\s*(?:[\p{L}.]+\s\d{1,2}|\d{1,2}\s[\p{L}.]+))?\s*(?:\([^()]{1,40}\))?\s*(?:[—–]|--?)\s/u;
