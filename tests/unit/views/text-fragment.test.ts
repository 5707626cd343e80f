import { describe, expect, it } from 'vitest';
import { escapeDirectiveText, textFragmentLink } from '../../../lib/views/text-fragment';

describe('text fragment links', () => {
  it('quote a short claim whole', () => {
    expect(textFragmentLink('https://news.example/a', 'The flight took 2 hours.')).toBe(
      'https://news.example/a#:~:text=The%20flight%20took%202%20hours.',
    );
  });

  it('escape the characters the directive reserves: dash, comma and ampersand', () => {
    expect(escapeDirectiveText('well-known, Q&A')).toBe('well%2Dknown%2C%20Q%26A');
    const link = textFragmentLink('https://news.example/a', 'a 30-minute delay, said Smith & Co');
    expect(link.split(':~:text=')[1]).not.toMatch(/[-,&]/);
    expect(decodeURIComponent(link.split(':~:text=')[1]!)).toBe('a 30-minute delay, said Smith & Co');
  });

  it('give a long quote as its first and last words so the link stays short', () => {
    const quote = 'one two three four five six seven eight nine ten eleven twelve';
    expect(textFragmentLink('https://n.example/', quote)).toBe(
      'https://n.example/#:~:text=one%20two%20three%20four%20five,eight%20nine%20ten%20eleven%20twelve',
    );
  });

  it('collapse line breaks and runs of spaces as the rendered page shows them', () => {
    expect(textFragmentLink('https://n.example/', '  two\n hours ')).toBe('https://n.example/#:~:text=two%20hours');
  });

  it('keep an existing fragment and replace an earlier text directive', () => {
    expect(textFragmentLink('https://n.example/#section', 'quote')).toBe('https://n.example/#section:~:text=quote');
    expect(textFragmentLink('https://n.example/#:~:text=old', 'new')).toBe('https://n.example/#:~:text=new');
  });

  it('leave the address alone when there is nothing to quote', () => {
    expect(textFragmentLink('https://n.example/a', '   ')).toBe('https://n.example/a');
  });
});
