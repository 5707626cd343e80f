/**
 * Property-based tests of the engine on hostile and broken text: whatever a page contains, the
 * analysis must not throw, and every offset it returns must point inside the text, on a code point
 * boundary, at exactly the text it claims to describe. Highlights and stored quotes are built from
 * these offsets, so one bad offset is a wrong highlight or a quote cut in the middle of an emoji.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/engine/analyze';
import { candidateKeys, matchClaim } from '../../../lib/engine/matching';
import type { DocumentAnalysis, MatchableClaim, Quantity } from '../../../lib/engine/types';
import { ingestDocument, sourceIdFor } from '../../../lib/store/ingest';
import { MemoryClaimStore } from '../../../lib/store/memory-store';

/** Words that name what every JavaScript object has: a word of the text must never find these. */
const OBJECT_WORDS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'prototype'];

/** Pieces of news prose that reach the engine's name, number, date and duration paths. */
const NEWS_PIECES = [
  'Angela Merkel', 'Vladimir Putin', 'Donald Trump', 'the G20 summit', 'in Hamburg', 'Sergei Lavrov', 'The United Nations',
  'said', 'told reporters', 'met', 'for', 'lasted', 'was planned to last', 'about', 'more than', 'on Friday',
  '2 hours and 16 minutes', 'two hours seventeen minutes', '30 minutes', '35 minutes', '$4.5 million', '€12bn', '12%',
  'on 7 July 2017', 'July 8', '3:30 p.m.', '1,200 protesters', 'twenty-one', '1990s', '2017–2018', 'Dr.', 'U.S.',
  '.', ',', '"', '“', '”', '(', ')', ':', ';', '?', '!', '-', '—',
  ...OBJECT_WORDS,
];

/** Characters that break naive text code: invisible, direction-changing, combining, astral, unpaired. */
const TRICKY = [
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u00a0', '\u2009', '\u202e', '\u202d', '\u2066', '\u2069',
  '\u0301', '\u0308', '\u0336', '\u20dd', '😀', '👩‍👩‍👧', '🇩🇪', '𝟐𝟎', '𝐀𝐧𝐠𝐞𝐥𝐚', '\ud800', '\udfff', '\u0000', '\r\n', '\n\n', '\t',
  'ﬁ', 'İ', 'ß', 'ǅ', '٣', '۲۰', '五', 'Ⅻ', '½', '²', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '&amp;', '\u2028',
];

const lone = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** One piece of text: news prose, a tricky character, or arbitrary Unicode (lone surrogates too). */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NEWS_PIECES) },
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), lone), maxLength: 8 }) },
);
const separator = fc.constantFrom(' ', ' ', ' ', '', '\n', '\n\n', '\u200b', '\u00a0', '\u0301 ');

/** News-like text with hostile characters mixed in: reaches deep into the engine, unlike pure noise. */
const hostileText = fc
  .array(fc.tuple(piece, separator), { maxLength: 160 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Whether `offset` would cut a surrogate pair of `text` in two. */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function expectSpan(text: string, span: { start: number; end: number }, what: string): void {
  const ok =
    Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length;
  expect(ok, `${what} [${span.start}, ${span.end}) out of [0, ${text.length}]`).toBe(true);
  expect(splitsPair(text, span.start) || splitsPair(text, span.end), `${what} [${span.start}, ${span.end}) splits a surrogate pair`).toBe(false);
}

function expectQuantity(text: string, q: Quantity, within: { start: number; end: number }): void {
  expectSpan(text, q, `quantity "${q.text}"`);
  expect(q.start >= within.start && q.end <= within.end, `quantity "${q.text}" outside its claim`).toBe(true);
  expect(Number.isFinite(q.value), `quantity "${q.text}" has value ${q.value}`).toBe(true);
  expect(q.unit === undefined || typeof q.unit === 'string', `quantity "${q.text}" has unit ${String(q.unit)}`).toBe(true);
}

/** Every invariant the rest of Crosslight relies on. */
function expectSoundAnalysis(text: string, analysis: DocumentAnalysis): void {
  expect(analysis.text).toBe(text);
  expect(Number.isInteger(analysis.wordCount) && analysis.wordCount >= 0).toBe(true);
  analysis.entities.forEach((entity, index) => {
    expect(entity.index).toBe(index);
    expect(entity.keys.length, `entity "${entity.name}" has no lookup key`).toBeGreaterThan(0);
  });
  for (const mention of analysis.mentions) {
    expectSpan(text, mention, 'mention');
    expect(mention.end).toBeGreaterThan(mention.start);
    expect(analysis.entities[mention.entity], `mention of unknown entity ${mention.entity}`).toBeDefined();
  }
  analysis.claims.forEach((claim, index) => {
    expect(claim.index).toBe(index);
    expectSpan(text, claim, `claim ${index}`);
    expect(claim.end).toBeGreaterThan(claim.start);
    expect(claim.text).toBe(text.slice(claim.start, claim.end));
    for (const q of claim.quantities) expectQuantity(text, q, claim);
    for (const e of claim.entities) expect(analysis.entities[e], `claim ${index} names unknown entity ${e}`).toBeDefined();
  });
}

/** A claim of `analysis` as the matcher sees it, entities named by their first key. */
function matchableClaims(analysis: DocumentAnalysis, sourceId: string): MatchableClaim[] {
  return analysis.claims.map((claim) => ({
    id: `${sourceId}#c${claim.index}`,
    sourceId,
    text: claim.text,
    quantities: claim.quantities,
    entityIds: claim.entities.map((e) => `x.${analysis.entities[e]!.keys[0]!}`),
    terms: claim.terms,
  }));
}

describe('the engine on hostile text', () => {
  it('never throws and keeps every offset in bounds, on a code point boundary and equal to its slice', () => {
    fc.assert(
      fc.property(hostileText, (text) => expectSoundAnalysis(text, analyzeText(text))),
      { numRuns: 300 },
    );
  });

  it('holds the same invariants on arbitrary Unicode, lone surrogates included, with any declared language', () => {
    const anyText = fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), lone), maxLength: 400 });
    const language = fc.constantFrom(undefined, '', 'en', 'en-GB', 'de', 'ar', 'zh-Hans', 'xx-invalid-💥');
    fc.assert(
      fc.property(anyText, language, (text, lang) => expectSoundAnalysis(text, analyzeText(text, { language: lang }))),
      { numRuns: 300 },
    );
  });

  it('holds them when every gap between words is a zero-width or direction-changing character', () => {
    const invisible = fc.constantFrom('\u200b', '\u200d', '\u2060', '\ufeff', '\u202e', '\u2066', '\u00ad');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...NEWS_PIECES), invisible), { minLength: 1, maxLength: 120 }), (parts) => {
        const text = parts.map(([word, gap]) => word + gap).join('');
        expectSoundAnalysis(text, analyzeText(text));
      }),
      { numRuns: 100 },
    );
  });

  it('analyses a 500,000-character article of news prose and noise in time linear in its length', () => {
    const paragraph =
      'Angela Merkel said on 7 July 2017 that the meeting in Hamburg lasted 2 hours and 16 minutes 😀\u200b, while 1,200 protesters marched.\u0301 ';
    const text = paragraph.repeat(Math.ceil(500_000 / paragraph.length)).slice(0, 500_000);
    const started = performance.now();
    const analysis = analyzeText(text);
    const elapsed = performance.now() - started;
    expectSoundAnalysis(text, analysis);
    expect(analysis.claims.length).toBeGreaterThan(0);
    // About 6 s here: a quadratic step would take minutes.
    expect(elapsed).toBeLessThan(40_000);
  }, 90_000);

  it('reads the names of an object\'s own properties as words, in every place a figure, unit, month or zone is looked up', () => {
    const text = OBJECT_WORDS.map(
      (word) =>
        `It has a two ${word} design, ${word} 12 and 4 ${word} at 3:30 ${word.toUpperCase()}, cost 5 ${word}, lasted 2 ${word}, and ${word} ${word} 9 killed.`,
    ).join(' ');
    const analysis = analyzeText(text);
    expectSoundAnalysis(text, analysis);
    for (const claim of matchableClaims(analysis, 'a')) expect(() => candidateKeys({ ...claim, contextEntityIds: [] })).not.toThrow();
  });

  it('analyses one 200,000-character line without spaces or sentence ends', () => {
    const text = 'Ab1😀\u0301\u200b'.repeat(200_000 / 7);
    expectSoundAnalysis(text, analyzeText(text));
  }, 60_000);
});

describe('matching and ingest on hostile analyses', () => {
  it('matchClaim never throws and only relates claims of other sources that it was given', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (a, b) => {
        const left = matchableClaims(analyzeText(a), 'a');
        const right = matchableClaims(analyzeText(b), 'b');
        for (const claim of left) {
          const ids = new Set(right.map((c) => c.id));
          for (const match of matchClaim(claim, [...right, claim])) {
            expect(match.a === claim.id || match.b === claim.id).toBe(true);
            expect(ids.has(match.a === claim.id ? match.b : match.a)).toBe(true);
            expect(['agrees', 'conflicts', 'related']).toContain(match.relation);
            expect(Number.isFinite(match.score)).toBe(true);
          }
          expect(candidateKeys({ ...claim, contextEntityIds: [] }).every((key) => typeof key === 'string')).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('matchClaim never throws on arbitrary quantities, including huge, negative and tiny values', () => {
    const quantity = fc.record({
      kind: fc.constantFrom('duration', 'date', 'time', 'count', 'money', 'percent' as const),
      value: fc.double({ noNaN: true, noDefaultInfinity: true }),
      unit: fc.constantFrom('s', 'ymd', 'md', 'ym', 'min', '', 'USD', 'EUR', '%', 'protester', '\u200b'),
      text: fc.string({ maxLength: 10 }),
      start: fc.constant(0),
      end: fc.constant(0),
      bound: fc.constantFrom('exact', 'approx', 'atLeast', 'atMost' as const),
      role: fc.constantFrom('actual', 'planned' as const),
    });
    const claim = (sourceId: string) =>
      fc.record({
        id: fc.uuid().map((u) => `${sourceId}#${u}`),
        sourceId: fc.constant(sourceId),
        text: fc.string({ maxLength: 60 }),
        quantities: fc.array(quantity, { maxLength: 4 }),
        entityIds: fc.array(fc.constantFrom('p.merkel', 'l.hamburg', 'o.un', 'p.x'), { maxLength: 3 }),
        terms: fc.array(fc.constantFrom('meet', 'last', 'hour', 'summit', 'protest', ''), { maxLength: 6 }),
        contextEntityIds: fc.option(fc.array(fc.constantFrom('p.merkel', 'p.putin'), { maxLength: 2 }), { nil: undefined }),
      });
    fc.assert(
      fc.property(claim('a'), fc.array(claim('b'), { maxLength: 8 }), (one, others) => {
        for (const match of matchClaim(one, others)) expect(Number.isFinite(match.score)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('ingest into the in-memory store never throws and keeps the store consistent', async () => {
    const urlOf = (i: number) => `https://site${i % 2}.example/story/${i}`;
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText, { minLength: 1, maxLength: 4 }), async (texts) => {
        const store = new MemoryClaimStore();
        for (const [i, text] of texts.entries()) {
          if (!text) continue;
          const result = await ingestDocument(
            store,
            { url: urlOf(i), title: text.slice(0, 40), site: `site${i % 2}.example`, byline: '', published: '', text },
            { persist: true },
          );
          for (const claim of result.claims) expect(claim.selector.exact).toBe(text.slice(claim.position.start, claim.position.end));
        }
        const counts = await store.counts();
        const stored = texts.filter((t) => t.length > 0).length;
        expect(counts.sources).toBe(stored);
        for (const [i, text] of texts.entries()) {
          if (text) expect((await store.getSource(sourceIdFor(urlOf(i))))?.text).toBe(text);
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
