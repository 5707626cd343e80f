/**
 * Writes of analysed pages still under way in this worker. A page gets its highlights as soon as
 * they are known and its write goes on in its one transaction; the page then asks how the write
 * ended. The browser may stop the worker at any time: then nothing is known here any more, and the
 * store itself says whether the page landed, whole or not at all.
 */
import type { PageSavedView } from '../messages';
import type { ClaimStore } from '../store/claim-store';

export const INTERRUPTED_MESSAGE =
  'Not saved: Crosslight was stopped before it finished writing this page. Reload the page to save it.';

/** Outcomes kept after their write ended, for a page that asks late; the oldest go first. */
const MAX_KEPT = 32;

export interface PageSaves {
  track(sourceId: string, outcome: Promise<PageSavedView>): void;
  outcome(sourceId: string): Promise<PageSavedView>;
}

export function createPageSaves(store: Pick<ClaimStore, 'getSource'>): PageSaves {
  const saves = new Map<string, Promise<PageSavedView>>();
  return {
    track(sourceId, outcome) {
      saves.delete(sourceId);
      saves.set(sourceId, outcome);
      for (const oldest of saves.keys()) {
        if (saves.size <= MAX_KEPT) break;
        saves.delete(oldest);
      }
    },
    async outcome(sourceId) {
      const pending = saves.get(sourceId);
      if (pending) return pending;
      return (await store.getSource(sourceId)) !== undefined ? { stored: true } : { stored: false, notSaved: INTERRUPTED_MESSAGE, interrupted: true };
    },
  };
}
