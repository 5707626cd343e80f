/**
 * Reader settings, as WXT storage items (extension storage, shared by every context and watched
 * live by content scripts).
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_HIGHLIGHT_CHOICE, type HighlightChoice } from './highlight/painter';

/** Whether articles the reader opens are added to the store: always, on request, or never. */
export type AddMode = 'auto' | 'ask' | 'off';

export const addModeSetting = storage.defineItem<AddMode>('local:addMode', { fallback: 'auto' });

/** Sites (hostnames) where Crosslight does nothing at all. */
export const disabledSitesSetting = storage.defineItem<string[]>('local:disabledSites', { fallback: [] });

/** Sites where highlights are hidden (the page is still read; the popup still works). */
export const hiddenSitesSetting = storage.defineItem<string[]>('local:hiddenSites', { fallback: [] });

/** Pages the reader chose to keep out of the store (by URL). */
export const excludedUrlsSetting = storage.defineItem<string[]>('local:excludedUrls', { fallback: [] });

/** What is painted on pages: names or not, every claim other sources report or only conflicts. */
export const highlightChoiceSetting = storage.defineItem<HighlightChoice>('local:highlightChoice', { fallback: DEFAULT_HIGHLIGHT_CHOICE });

/** The settings the manager page shows and changes. */
export const managerSettings = {
  addMode: addModeSetting,
  disabledSites: disabledSitesSetting,
  hiddenSites: hiddenSitesSetting,
  excludedUrls: excludedUrlsSetting,
  highlightChoice: highlightChoiceSetting,
};
