/**
 * The toolbar badge: how many conflicts the page in a tab has with the reader's other sources.
 * Takes the action API as a parameter (Chrome MV3 `action`, Firefox MV2 `browserAction`).
 */

export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
}

/** Conflict red, readable behind white badge text in both browsers' toolbars. */
const CONFLICT_COLOR = '#b3261e';

export type SetBadge = (tabId: number, conflicts: number) => Promise<void>;

/** Chromium's and Firefox's words for a tab that no longer exists. */
const TAB_GONE = /No tab with id|Invalid tab ID/i;

export function conflictBadge(api: BadgeApi): SetBadge {
  return async (tabId, conflicts) => {
    // An empty text hides the badge: no conflicts is the normal case and needs no signal.
    const text = conflicts <= 0 ? '' : conflicts > 99 ? '99+' : String(conflicts);
    try {
      await api.setBadgeText({ tabId, text });
      if (text) await api.setBadgeBackgroundColor({ tabId, color: CONFLICT_COLOR });
    } catch (error) {
      // The reader closed the tab before its analysis finished: there is no badge left to set.
      if (error instanceof Error && TAB_GONE.test(error.message)) return;
      throw error;
    }
  };
}
