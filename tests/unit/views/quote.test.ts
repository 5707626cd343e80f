import { describe, expect, it } from 'vitest';
import { MAX_QUOTE_CHARS, sentenceAround } from '../../../lib/views/quote';

describe('quotes around a mention', () => {
  const text = 'First sentence here. Lavrov met Wang in Bali on Friday. Third one follows!\nA new paragraph.';

  it('give the whole sentence that contains the span', () => {
    const at = text.indexOf('Lavrov');
    expect(sentenceAround(text, at, at + 6)).toBe('Lavrov met Wang in Bali on Friday.');
  });

  it('stop at a paragraph break as at a full stop', () => {
    const at = text.indexOf('paragraph');
    expect(sentenceAround(text, at, at + 9)).toBe('A new paragraph.');
    const third = text.indexOf('Third');
    expect(sentenceAround(text, third, third + 5)).toBe('Third one follows!');
  });

  it('shorten a very long sentence at word boundaries and keep the span inside', () => {
    const words = Array.from({ length: 200 }, (_, i) => `word${i}`);
    words[120] = 'Lavrov';
    const long = `${words.join(' ')}.`;
    const at = long.indexOf('Lavrov');
    const quote = sentenceAround(long, at, at + 6);
    expect(quote.length).toBeLessThanOrEqual(MAX_QUOTE_CHARS);
    expect(quote).toContain('Lavrov');
    expect(quote).toMatch(/^word\d+ .* word\d+$/);
  });
});
