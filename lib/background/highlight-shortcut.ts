/**
 * The keyboard shortcut that hides or shows highlights on the current tab's site, remembered per
 * site like the popup's switch. The background asks the tab's own content script for the page's
 * address: without the "tabs" permission it cannot read a tab's address itself, and a tab where
 * Crosslight does not run has no highlights to toggle.
 */
import type { Transport } from '../messaging/protocol-client';
import { request } from '../messaging/protocol-client';
import { hiddenSitesSetting } from '../settings';
import { hostnameOf, withItem } from '../ui/sites';

/** The manifest's name for the command (see wxt.config.ts). */
export const TOGGLE_HIGHLIGHTS_COMMAND = 'toggle-highlights';

/** Hides highlights on the site of `pageUrl` if they are shown, shows them if hidden; returns whether they are now hidden. */
export async function toggleHighlightsOnSite(pageUrl: string): Promise<boolean> {
  const host = hostnameOf(pageUrl);
  if (host === null) throw new Error('Highlights are shown only on web pages.');
  const sites = await hiddenSitesSetting.getValue();
  const hidden = !sites.includes(host);
  await hiddenSitesSetting.setValue(withItem(sites, host, hidden));
  return hidden;
}

/**
 * Toggles highlights for the site of the page in a tab, reached through `page` (the tab's content
 * script). Returns null when no content script answers there (a browser page, a PDF viewer).
 */
export async function toggleHighlightsInTab(page: Transport): Promise<boolean | null> {
  let answered = true;
  const reach: Transport = async (message) => {
    try {
      return await page(message);
    } catch {
      // No receiving end: Crosslight does not run in this tab, so there is nothing to toggle.
      answered = false;
      return undefined;
    }
  };
  let url: string | undefined;
  try {
    url = (await request(reach, { type: 'page.state' })).url;
  } catch (error) {
    if (!answered) return null;
    throw error;
  }
  if (!url) return null;
  return toggleHighlightsOnSite(url);
}
