import { describe, expect, it } from 'vitest';
import { BoundedCache, memoized } from '../../../lib/engine/memo';

describe('remembered results', () => {
  it('computes a result once per input and gives it back after', () => {
    const computed: string[] = [];
    const upper = memoized((word) => {
      computed.push(word);
      return word.toUpperCase();
    });
    expect([upper('putin'), upper('trump'), upper('putin')]).toEqual(['PUTIN', 'TRUMP', 'PUTIN']);
    expect(computed).toEqual(['putin', 'trump']);
  });

  it('holds no more than its bound, forgetting what it held once full', () => {
    const cache = new BoundedCache<number>(2);
    let computed = 0;
    const get = (key: string) => cache.get(key, () => ++computed);
    get('a');
    get('b');
    expect(get('a')).toBe(1);
    get('c');
    expect(computed).toBe(3);
    // Full at "c": everything before it was forgotten, so "a" is computed again.
    expect(get('a')).toBe(4);
    expect(get('c')).toBe(3);
  });
});
