/**
 * Analyses of pages the reader's settings kept out of the store (ask or off mode, a kept-out or
 * forgotten page), so that their cards and popup still show what the stored sources say. They
 * live in the browser's session storage, not in the background's memory, which the browser
 * clears whenever it stops an idle service worker; the browser empties it when it closes.
 */
import { storage } from 'wxt/utils/storage';
import type { AnalysedPage } from '../views/page-analysis';

/** Enough for the tabs a reader switches between; the oldest goes first. */
export const MAX_UNSTORED_PAGES = 6;
/** Characters of serialised records kept in all: well inside the session area's 10 MB. */
export const MAX_UNSTORED_CHARS = 4_000_000;

const unstoredPagesItem = storage.defineItem<AnalysedPage[]>('session:unstoredPages', { fallback: [] });

/** The records a card needs; the article text is not among them and would fill the session area. */
function slim(page: AnalysedPage): AnalysedPage {
  return { source: { ...page.source, text: '' }, claims: page.claims, mentions: page.mentions, entities: page.entities, matches: page.matches };
}

/** Keeps an unstored page's analysis, newest first, within the count and size limits. */
export async function rememberUnstoredPage(page: AnalysedPage): Promise<void> {
  const kept = slim(page);
  const pages = [kept, ...(await unstoredPagesItem.getValue()).filter((p) => p.source.id !== page.source.id)].slice(0, MAX_UNSTORED_PAGES);
  let total = 0;
  const fitting = pages.filter((p) => {
    total += JSON.stringify(p).length;
    return total <= MAX_UNSTORED_CHARS;
  });
  await unstoredPagesItem.setValue(fitting);
}

/** Drops a page's unstored analysis (it was stored, or forgotten with everything else about it). */
export async function dropUnstoredPage(sourceId: string): Promise<void> {
  const pages = await unstoredPagesItem.getValue();
  if (pages.some((p) => p.source.id === sourceId)) await unstoredPagesItem.setValue(pages.filter((p) => p.source.id !== sourceId));
}

export async function unstoredPage(sourceId: string): Promise<AnalysedPage | undefined> {
  return (await unstoredPagesItem.getValue()).find((p) => p.source.id === sourceId);
}

/** The unstored page a claim belongs to (claim ids start with their source's id). */
export async function unstoredPageOfClaim(claimId: string): Promise<AnalysedPage | undefined> {
  return (await unstoredPagesItem.getValue()).find((p) => claimId.startsWith(`${p.source.id}#`) && p.claims.some((c) => c.id === claimId));
}
