/**
 * Results of pure functions of a string, remembered for their last few thousand inputs: the same
 * names and words recur within a text and across the texts of a session, and folding or stemming
 * them again is a good part of an analysis. Bounded, so a long session holds no more than `max`.
 */
export class BoundedCache<T> {
  private readonly results = new Map<string, T>();

  constructor(private readonly max = 5000) {}

  /** `compute` is given the key, so that a caller needs no closure per look-up. */
  get(key: string, compute: (key: string) => T): T {
    let result = this.results.get(key);
    if (result === undefined) {
      if (this.results.size >= this.max) this.results.clear();
      result = compute(key);
      this.results.set(key, result);
    }
    return result;
  }
}

/** `compute`, remembered in a BoundedCache of its own. */
export function memoized<T>(compute: (input: string) => T): (input: string) => T {
  const cache = new BoundedCache<T>();
  return (input) => cache.get(input, compute);
}
