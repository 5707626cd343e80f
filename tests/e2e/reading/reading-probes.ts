/**
 * Functions run inside the pages under test. Each is serialised on its own: no imports, no outer
 * variables, no named inner functions (see scripts/harness/probes.ts).
 */

export interface PaintedStyle {
  ranges: number;
  /** The `::highlight()` rule that paints it, as the page can read it. */
  rule: string;
  texts: string[];
}

/** Every registered highlight with the rule that paints it and the texts it covers. */
export function paintedStyles(): PaintedStyle[] {
  const rules = document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
  const styles: PaintedStyle[] = [];
  for (const [name, highlight] of CSS.highlights) {
    const rule = rules.find((text) => text.includes(`::highlight(${name})`)) ?? '';
    const texts: string[] = [];
    for (const range of highlight) if (range instanceof Range) texts.push(range.toString());
    styles.push({ ranges: highlight.size, rule, texts });
  }
  return styles;
}

/**
 * A point on a name that lies inside the claim painted with `claimRule` (a claim other sources
 * report), scrolled into view; null when there is none.
 */
export function pointOnNameInClaim(claimMarker: string): { x: number; y: number; name: string; claim: string } | null {
  const rules = document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
  const claims: Range[] = [];
  const names: Range[] = [];
  for (const [name, highlight] of CSS.highlights) {
    const rule = rules.find((text) => text.includes(`::highlight(${name})`)) ?? '';
    for (const range of highlight) {
      if (!(range instanceof Range)) continue;
      if (rule.includes(claimMarker)) claims.push(range);
      else if (rule.includes('dotted')) names.push(range);
    }
  }
  for (const claim of claims) {
    for (const name of names) {
      if (claim.compareBoundaryPoints(Range.START_TO_START, name) > 0 || claim.compareBoundaryPoints(Range.END_TO_END, name) < 0) continue;
      name.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = name.getClientRects()[0];
      if (!rect || rect.width < 2) continue;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, name: name.toString(), claim: claim.toString() };
    }
  }
  return null;
}

/** The card's host element as the page sees it: Crosslight's own element under <html>. */
export function cardHost(): { focused: boolean; colorScheme: string } | null {
  for (const element of document.documentElement.children) {
    if (element === document.head || element === document.body) continue;
    return { focused: document.activeElement === element, colorScheme: getComputedStyle(element).colorScheme };
  }
  return null;
}

/** Counts the page's own clicks from now on (a listener of the page, in its own world). */
export function countPageClicks(): void {
  const counter = window as unknown as { pageClicks: number };
  counter.pageClicks = 0;
  document.querySelector('article')?.addEventListener('click', () => (counter.pageClicks += 1));
}

export function pageClicks(): number {
  return (window as unknown as { pageClicks?: number }).pageClicks ?? -1;
}

/** Presses a key on the page as a keyboard would deliver it to the focused element. */
export function pressOnPage(key: { code: string; key: string; altKey?: boolean; shiftKey?: boolean }): boolean {
  const target = document.activeElement ?? document.body;
  return target.dispatchEvent(new KeyboardEvent('keydown', { ...key, bubbles: true, cancelable: true, composed: true }));
}

/**
 * Navigates as a single-page app does: a new address through history.pushState, then the new
 * article rendered in place of the old one (taken from `sourceUrl`).
 */
export async function navigateInPage(target: { path: string; sourceUrl: string }): Promise<void> {
  const html = await (await fetch(target.sourceUrl)).text();
  const fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('article');
  history.pushState({}, '', target.path);
  await new Promise((resolve) => setTimeout(resolve, 50));
  document.querySelector('article')!.replaceWith(document.importNode(fresh!, true));
  document.title = fresh!.querySelector('h1')?.textContent ?? document.title;
}

/** Elements the page did not write that could run code or load something. */
export function injectedElements(): string[] {
  return [...document.querySelectorAll('img, script[src], iframe:not([title^="frame"]), object, embed, svg')].map((element) => element.outerHTML.slice(0, 120));
}

/** The popup's counts for its tab. */
export function popupCounts(): { claims: number; matches: number; conflicts: number } {
  const data = (document.querySelector('[data-testid="popup-counts"]') as HTMLElement | null)?.dataset ?? {};
  return { claims: Number(data.claims), matches: Number(data.matches), conflicts: Number(data.conflicts) };
}
