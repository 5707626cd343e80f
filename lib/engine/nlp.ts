/**
 * The one place that talks to wink-nlp. Everything else works on the plain `Parsed` structure
 * below, with character offsets, so that the rest of the engine never depends on wink's API.
 */
import winkNLP, { type ItemEntity, type ItemSentence, type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { BoundedCache } from './memo';

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

export function parse(text: string): Parsed {
  const doc = nlp.readDoc(text);
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
    if (!text.startsWith(value, cursor)) {
      const found = text.indexOf(value, cursor);
      if (found >= 0) cursor = found;
    }
    tokens.push({ start: cursor, end: cursor + value.length, text: value, pos: pos[i] ?? 'X', type: types[i] ?? 'word' });
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
