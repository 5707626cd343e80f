/**
 * Which highlight a click or a keystroke opens the card of.
 *
 * A sentence that other sources report is what a reader clicking in it most likely wants to
 * compare, even when the click lands on a name inside it: the claim's card opens, and lists the
 * names in the claim with a button for each name's own card. A name outside such claims opens its
 * own card. Claims no other source reports are not painted and open nothing.
 */
import type { Highlight } from '../messages';

interface Target {
  highlight: Highlight;
}

/** Whether the highlight is a claim with at least one match in another source. */
export function isReportedClaim(highlight: Highlight): boolean {
  return highlight.kind === 'claim' && highlight.relation !== 'none';
}

/** From the hits under a click, most specific first: the reported claim if any, else the first hit. */
export function preferredHit<T extends Target>(hits: readonly T[]): T | undefined {
  return hits.find((hit) => isReportedClaim(hit.highlight)) ?? hits[0];
}

/**
 * What the keyboard steps through, in reading order: the claims other sources report, or the
 * names when no claim is reported yet (a first article in an empty store), so that everything a
 * mouse can open, the keyboard can too.
 */
export function keyboardTargets<T extends Target>(placed: readonly T[]): T[] {
  const claims = placed.filter((item) => isReportedClaim(item.highlight));
  const list = claims.length > 0 ? claims : placed.filter((item) => item.highlight.kind === 'entity');
  return [...list].sort((a, b) => a.highlight.start - b.highlight.start);
}

/** The next position in a list of `length` items, `step` forward or back, wrapping around; -1 starts before the first. */
export function nextIndex(current: number, length: number, step: 1 | -1): number {
  if (current < 0) return step === 1 ? 0 : length - 1;
  return (current + step + length) % length;
}
