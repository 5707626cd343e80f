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

export function conflictBadge(api: BadgeApi): SetBadge {
  return async (tabId, conflicts) => {
    // An empty text hides the badge: no conflicts is the normal case and needs no signal.
    const text = conflicts <= 0 ? '' : conflicts > 99 ? '99+' : String(conflicts);
    await api.setBadgeText({ tabId, text });
    if (text) await api.setBadgeBackgroundColor({ tabId, color: CONFLICT_COLOR });
  };
}
