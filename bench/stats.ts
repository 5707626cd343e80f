/** Summary statistics of timing samples. */

export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) throw new Error('No samples to summarise.');
  const sorted = [...samples].sort((a, b) => a - b);
  // Nearest rank: a reported p95 is always one of the measured values.
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}

export const median = (samples: readonly number[]): number => quantile(samples, 0.5);
export const p95 = (samples: readonly number[]): number => quantile(samples, 0.95);

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
