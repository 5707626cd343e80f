import { describe, expect, it } from 'vitest';
import { keyboardTargets, nextIndex, preferredHit } from '../../../lib/content/card-targets';
import type { Highlight } from '../../../lib/messages';

const claim = (id: string, start: number, relation: 'conflicts' | 'agrees' | 'related' | 'none'): { highlight: Highlight } => ({
  highlight: { kind: 'claim', id, start, end: start + 50, relation },
});
const name = (id: string, start: number): { highlight: Highlight } => ({
  highlight: { kind: 'entity', id, start, end: start + 5, entityType: 'person' },
});

describe('which card a click opens', () => {
  it('opens the claim when the click lands on a name inside a claim other sources report', () => {
    const hits = [name('putin', 10), claim('c1', 0, 'conflicts')];
    expect(preferredHit(hits)?.highlight.id).toBe('c1');
  });

  it('opens the name when its claim is reported nowhere else, or when it stands outside claims', () => {
    expect(preferredHit([name('putin', 10), claim('c1', 0, 'none')])?.highlight.id).toBe('putin');
    expect(preferredHit([name('putin', 10)])?.highlight.id).toBe('putin');
  });

  it('opens nothing where nothing is under the pointer', () => {
    expect(preferredHit([])).toBeUndefined();
  });
});

describe('what the keyboard steps through', () => {
  it('steps through the claims other sources report, in reading order', () => {
    const placed = [claim('late', 300, 'agrees'), name('putin', 10), claim('unreported', 100, 'none'), claim('early', 0, 'conflicts')];
    expect(keyboardTargets(placed).map((p) => p.highlight.id)).toEqual(['early', 'late']);
  });

  it('steps through the names while no claim is reported elsewhere yet', () => {
    const placed = [claim('c1', 0, 'none'), name('trump', 40), name('putin', 10)];
    expect(keyboardTargets(placed).map((p) => p.highlight.id)).toEqual(['putin', 'trump']);
  });

  it('wraps around at both ends, starting from the first or the last', () => {
    expect(nextIndex(-1, 3, 1)).toBe(0);
    expect(nextIndex(-1, 3, -1)).toBe(2);
    expect(nextIndex(2, 3, 1)).toBe(0);
    expect(nextIndex(0, 3, -1)).toBe(2);
  });
});
