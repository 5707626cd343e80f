import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactText, findQuote, findQuoteCompact } from '../../../lib/anchoring/text-quote';

const slice = (text: string, span: { start: number; end: number } | null) => (span ? text.slice(span.start, span.end) : null);

describe('findQuote', () => {
  it('finds a quote whose whitespace differs from the text', () => {
    const text = 'The meeting lasted\n   2\u00a0hours and\t16 minutes, officials said.';
    expect(slice(text, findQuote(text, { exact: '2 hours and 16 minutes' }))).toBe('2\u00a0hours and\t16 minutes');
  });

  it('ignores soft hyphens and zero-width spaces inside words', () => {
    const text = 'A cease\u00adfire in south\u200bwest Syria.';
    expect(slice(text, findQuote(text, { exact: 'ceasefire in southwest Syria' }))).toBe('cease\u00adfire in south\u200bwest Syria');
  });

  it('returns null when the quote is not in the text', () => {
    expect(findQuote('Putin and Trump met in Hamburg.', { exact: 'Trump met in Berlin' })).toBeNull();
  });

  it('never anchors a quote inside a longer word', () => {
    expect(findQuote('The machines were running.', { exact: 'chines' })).toBeNull();
    expect(findQuote('Linuses everywhere.', { exact: 'Linus' })).toBeNull();
    expect(findQuote('Linus said so.', { exact: 'Linus' })).toEqual({ start: 0, end: 5 });
  });

  it('picks the occurrence whose context matches', () => {
    const text = 'Lavrov spoke first. Then Tillerson spoke. Lavrov spoke again later.';
    const span = findQuote(text, { exact: 'Lavrov spoke', prefix: 'Tillerson spoke.', suffix: ' again' });
    expect(span?.start).toBe(text.lastIndexOf('Lavrov'));
  });

  it('uses the position hint when the context does not decide', () => {
    const text = 'yes. yes. yes.';
    expect(findQuote(text, { exact: 'yes' }, { hint: 9 })?.start).toBe(10);
    expect(findQuote(text, { exact: 'yes' }, { hint: 0 })?.start).toBe(0);
  });

  it('refuses to guess between identical occurrences with nothing to tell them apart', () => {
    expect(findQuote('one two. one two.', { exact: 'one two' })).toBeNull();
  });

  it('only considers occurrences within the given bounds', () => {
    const compact = compactText('alpha beta alpha beta');
    expect(findQuoteCompact(compact, { exact: 'alpha' }, { within: { start: 1, end: 18 } })).toEqual({ start: 9, end: 14 });
    expect(findQuoteCompact(compact, { exact: 'alpha' }, { within: { start: 1, end: 12 } })).toBeNull();
  });

  it('anchors any run of words back to where it was taken from, whatever the spacing', () => {
    const word = fc.stringMatching(/^[a-z]{1,8}$/);
    const space = fc.constantFrom(' ', '\n', '\u00a0', ' \t ');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, space), { minLength: 3, maxLength: 40 }), fc.nat(), fc.nat(), (words, a, b) => {
        const text = words.map(([w, s]) => w + s).join('');
        const from = a % words.length;
        const to = from + 1 + (b % (words.length - from));
        const quote = words.slice(from, to).map(([w]) => w).join(' ');
        const start = words.slice(0, from).reduce((n, [w, s]) => n + w.length + s.length, 0);
        const span = findQuote(text, { exact: quote }, { hint: start });
        return span !== null && span.start === start && text.slice(span.start, span.end).replace(/\s+/g, ' ') === quote;
      }),
    );
  });
});
