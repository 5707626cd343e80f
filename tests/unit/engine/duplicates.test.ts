import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/engine/analyze';
import { duplicateSimilarity, sketchBandKeys, sketchSimilarity, sketchText } from '../../../lib/engine/duplicates';

const fixtures = join(__dirname, '../../fixtures');
const corpus = ['000', '001', '002'].map((name) => readFileSync(join(fixtures, 'corpus', `${name}.txt`), 'utf8'));
const reposted = readFileSync(join(fixtures, 'reposted', '002-reposted.txt'), 'utf8');

describe('near-duplicate sketches', () => {
  it('come with every analysis, so that no caller has to compute them again', () => {
    const analysis = analyzeText(reposted);
    expect(analysis.sketch).toEqual(sketchText(reposted));
    expect(duplicateSimilarity(analysis.sketch, sketchText(corpus[2]!))).toBeGreaterThan(0.8);
  });

  it('find an article reposted inside other boilerplate to be a copy sharing a sketch band', () => {
    const [original, copy] = [sketchText(corpus[2]!), sketchText(reposted)];
    expect(duplicateSimilarity(original, copy)).toBeGreaterThan(0.8);
    const bands = new Set(sketchBandKeys(original));
    expect(sketchBandKeys(copy).some((k) => bands.has(k))).toBe(true);
  });

  it('tell different articles on the same event apart', () => {
    const sketches = [...corpus, reposted].map(sketchText);
    for (let i = 0; i < 3; i++) {
      for (let j = i + 1; j < 4; j++) {
        if (i === 2 && j === 3) continue;
        expect(duplicateSimilarity(sketches[i]!, sketches[j]!)).toBeNull();
        expect(sketchSimilarity(sketches[i]!, sketches[j]!).containment).toBeLessThan(0.2);
      }
    }
  });

  it('ignore case, accents, line breaks and non-breaking spaces', () => {
    const text = corpus[0]!;
    const reflowed = text.replace(/\s+/g, '\u00a0').toUpperCase();
    expect(sketchSimilarity(sketchText(text), sketchText(reflowed)).jaccard).toBe(1);
  });

  it('call no short text a copy and give it no bands', () => {
    const short = sketchText('Putin and Trump met in Hamburg for two hours.');
    expect(sketchBandKeys(short)).toEqual([]);
    expect(duplicateSimilarity(short, short)).toBeNull();
    expect(sketchText('')).toEqual([0]);
  });

  it('do not call a short quotation a copy of the long article quoting it', () => {
    const article = corpus[0]!;
    const quote = article.slice(0, 400);
    expect(duplicateSimilarity(sketchText(quote), sketchText(article))).toBeNull();
  });
});
