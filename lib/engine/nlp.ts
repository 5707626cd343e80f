/**
 * The one place that talks to wink-nlp. Everything else works on the plain `Parsed` structure
 * below, with character offsets, so that the rest of the engine never depends on wink's API.
 */
import winkNLP, { type ItemEntity, type ItemSentence, type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { BoundedCache, memoized } from './memo';
import { SHORTENED_TITLES } from './data/people';

export interface Token {
  /** Offsets into the parsed string, end exclusive. */
  start: number;
  end: number;
  text: string;
  pos: string;
  /** wink's token type: 'word', 'number', 'punctuation', 'tabCRLF', … */
  type: string;
}

/** A numeric entity found by wink: DATE, DURATION, TIME, CARDINAL, ORDINAL, MONEY, PERCENT. */
export interface NumericSpan {
  type: string;
  start: number;
  end: number;
}

export interface Parsed {
  tokens: Token[];
  /** Sentences as inclusive token index ranges. */
  sentences: Array<{ first: number; last: number }>;
  numeric: NumericSpan[];
  lemma(index: number): string;
  stem(index: number): string;
}

// Sentiment and negation are not used; leaving them out of the pipe saves about a third of
// wink's time.
const nlp = winkNLP(model, ['sbd', 'pos', 'ner']);
const its = nlp.its;
// wink's typings declare lemma and stem with a signature its own `out` does not accept.
const lemmaOf = its.lemma as unknown as ItsFunction<string>;
const stemOf = its.stem as unknown as ItsFunction<string>;

/** A stem depends on the word alone: one stemming per distinct word of a session. */
const stems = new BoundedCache<string>();
/**
 * A lemma depends on the word and its part of speech, except in a contraction ("ca" of "can't"),
 * whose lemma wink keeps with the token: one lemmatisation per distinct tagged word of a session.
 */
const lemmas = new BoundedCache<string>();

/**
 * wink's tokenizer takes only Latin-1 letters for letters: "Erdoğan" came out as "Erdo", "ğ",
 * "an", "Łukasz" lost its "Ł", and a name written with a combining accent broke at the accent.
 * wink reads the text with every other Latin letter and combining accent standing in as a
 * Latin-1 letter of the same length (its base letter where it has one), so that words stay
 * whole and offsets stay those of the text; the tokens keep the text as written. Other scripts
 * are left as they are: the engine reads them as a language it does not know.
 */
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;
const LATIN_BEYOND_LATIN1 = /(?![\u0000-\u00ff])(?:\p{Script=Latin}|[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff])/gu;

function latin1StandIn(letter: string): string {
  const base = letter.normalize('NFD').charAt(0);
  const standIn = /^[A-Za-z\u00c0-\u00ff]$/.test(base) ? base : letter !== letter.toLowerCase() ? 'X' : 'x';
  return standIn.padEnd(letter.length, 'x');
}

/**
 * "Snopes.com", "bbc.co.uk": wink ends a sentence at a site's name, leaving "com which soon will
 * be …" to start the next. A site's name is read with letters for its dots, as one word; an e-mail
 * address or a link wink already keeps whole.
 */
const SITE_NAME = /(?<![\w@/.-])[A-Za-z\d][\w-]*(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|info|io|co|uk|de|fr|au|ca|in|ru|news|tv)(?![\w@/-]|\.\w)/g;

/**
 * "the Rev. Al Sharpton", "Maj. Gen. Ali", "Det. Insp. Ray": wink knows "Gen." and "Sen." but ends
 * a sentence after these shortened titles, so they are read with a letter for their full stop.
 */
const SHORT_TITLE = new RegExp(`\\b(?:${SHORTENED_TITLES.join('|')})\\.(?=\\s+\\p{Lu})`, 'gu');

/** "By 4.17am on Tuesday": wink ends a sentence at the clock's dot; it is read with a colon. */
const DOTTED_CLOCK = /\b(\d{1,2})\.([0-5]\d)(?=\s?[ap]\.?m\b)/gi;

/** The text as wink can tokenize it: see above. */
function tokenizable(text: string): string {
  const dotted = text.includes('.')
    ? text.replace(SITE_NAME, (name) => name.replace(/\./g, 'x')).replace(SHORT_TITLE, (title) => `${title.slice(0, -1)}x`).replace(DOTTED_CLOCK, '$1:$2')
    : text;
  return BEYOND_LATIN1.test(dotted) ? dotted.replace(LATIN_BEYOND_LATIN1, latin1StandIn) : dotted;
}

export function parse(text: string): Parsed {
  const view = tokenizable(text);
  const doc = nlp.readDoc(view);
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const pos = all.out(its.pos) as string[];
  const types = all.out(its.type) as string[];
  const contracted = all.out(its.contractionFlag) as boolean[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    cursor += (spaces[i] ?? '').length;
    // wink reproduces its input exactly, so this only guards against a future change of that.
    if (!view.startsWith(value, cursor)) {
      const found = view.indexOf(value, cursor);
      if (found >= 0) cursor = found;
    }
    const written = view === text ? value : text.slice(cursor, cursor + value.length);
    tokens.push({ start: cursor, end: cursor + value.length, text: written, pos: pos[i] ?? 'X', type: types[i] ?? 'word' });
    cursor += value.length;
  }
  const sentences: Parsed['sentences'] = [];
  doc.sentences().each((s: ItemSentence) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    sentences.push({ first, last });
  });
  const numeric: NumericSpan[] = [];
  doc.entities().each((e: ItemEntity) => {
    const [first, last] = e.out(its.span) as unknown as [number, number];
    const a = tokens[first];
    const b = tokens[last];
    if (a && b) numeric.push({ type: e.out(its.type) as string, start: a.start, end: b.end });
  });
  const lemma = (i: number) => String(all.itemAt(i).out(lemmaOf));
  return {
    tokens,
    sentences,
    numeric,
    lemma: (i) => (contracted[i] ? lemma(i) : lemmas.get(`${pos[i]} ${values[i]}`, () => lemma(i))),
    stem: (i) => stems.get(values[i] ?? '', () => String(all.itemAt(i).out(stemOf))),
  };
}

const uniqueIdOf = its.uniqueId as unknown as ItsFunction<number>;
const idOf = (word: string): number => Number(nlp.readDoc(word).tokens().itemAt(0).out(uniqueIdOf));
/**
 * wink numbers the words of its lexicon first and those it meets outside it from there on, in
 * the order it meets them: a word never seen before tells where the lexicon ends.
 */
const LEXICON_SIZE = idOf('qxzjqxzj');

/**
 * Whether a word in lower case is one of wink's English lexicon, which holds the common words
 * and few family names: "agreement", "lobby", "smith", but not "katz" or "meloni".
 */
export const inLexicon: (word: string) => boolean = memoized((word) => idOf(word.toLowerCase()) < LEXICON_SIZE);
