/**
 * Which stored claims a new claim is compared with. The index gives, for each key, the claims
 * that hold it and so how common the key is; a candidate scores the keys it shares with the claim,
 * each weighed by its kind and its rarity (a key 5 claims hold says more than one 200 hold), and
 * only the best few candidates per claim are read and compared in full. A story retold by hundreds
 * of sources then costs what a small one costs, and the comparison reports that it was cut short.
 */
import { keyClass, type KeyClass } from './candidate-keys';
import { POSTINGS_LIMIT, type Postings } from './postings';

export interface CandidateChoice {
  /** For each claim, in its order, the ids of the candidates to compare it with, best first. */
  perClaim: string[][];
  /** Every id chosen for any claim, each once. */
  ids: string[];
  /** Candidates that shared a key with some claim but were not chosen for it, summed over claims. */
  leftOut: number;
}

/** Candidates compared in full per claim. */
export const CANDIDATES_PER_CLAIM = 12;

/** A shared comparable figure is what conflicts are made of; a shared word is the weakest tie. */
const CLASS_WEIGHT: Record<KeyClass, number> = { quantity: 2, context: 1.5, pair: 1.5, term: 1 };

function weight(key: string, postings: Postings): number {
  const cls = keyClass(key);
  if (!cls) return 0;
  const holders = postings.complete ? postings.ids.length : 2 * POSTINGS_LIMIT;
  return CLASS_WEIGHT[cls] / Math.log2(2 + holders);
}

/**
 * Ranks, for each claim (given by its keys), the candidates found under those keys; `skip` leaves
 * out ids that must never be compared (the claim's own source, its copies).
 */
export function chooseCandidates(claimKeys: string[][], postings: Map<string, Postings>, skip: (id: string) => boolean, perClaim = CANDIDATES_PER_CLAIM): CandidateChoice {
  const chosen: string[][] = [];
  const all = new Set<string>();
  let leftOut = 0;
  for (const keys of claimKeys) {
    const scores = new Map<string, number>();
    for (const key of new Set(keys)) {
      const found = postings.get(key);
      if (!found) continue;
      const w = weight(key, found);
      for (const id of found.ids) if (!skip(id)) scores.set(id, (scores.get(id) ?? 0) + w);
    }
    const best = topIds(scores, perClaim);
    leftOut += scores.size - best.length;
    for (const id of best) all.add(id);
    chosen.push(best);
  }
  return { perClaim: chosen, ids: [...all], leftOut };
}

/** The `n` best-scored ids, ties to the smaller id: a running selection, as most candidates score low. */
function topIds(scores: Map<string, number>, n: number): string[] {
  const top: Array<[string, number]> = [];
  const better = (x: [string, number], y: [string, number]) => x[1] > y[1] || (x[1] === y[1] && x[0] < y[0]);
  for (const entry of scores) {
    if (top.length === n && !better(entry, top[n - 1]!)) continue;
    let at = top.length === n ? n - 1 : top.length;
    top[at] = entry;
    while (at > 0 && better(top[at]!, top[at - 1]!)) {
      [top[at - 1], top[at]] = [top[at]!, top[at - 1]!];
      at--;
    }
  }
  return top.map(([id]) => id);
}
