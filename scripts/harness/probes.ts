/**
 * Functions run inside pages by the end-to-end tests. Each is serialised on its own, so each must
 * be self-contained: no imports, no outer variables, no helpers outside its body, and no named
 * inner functions either (tsx wraps those in a name-keeping helper the page does not have).
 */

export interface HighlightSummary {
  /** Entries in the page's highlight registry. */
  highlights: number;
  ranges: number;
  /** Ranges that start or end outside the article element. */
  outside: number;
}

/** The page's CSS highlights and whether all of them stay inside `articleSelector`. */
export function highlightSummary(articleSelector: string): HighlightSummary {
  const article = document.querySelector(articleSelector);
  let ranges = 0;
  let outside = 0;
  for (const highlight of CSS.highlights.values()) {
    for (const range of highlight) {
      ranges += 1;
      if (!article || !article.contains(range.startContainer) || !article.contains(range.endContainer)) outside += 1;
    }
  }
  return { highlights: CSS.highlights.size, ranges, outside };
}

/** Scrolls the first visible highlighted range into view and returns a point on its first line. */
export function pointOnFirstHighlight(): { x: number; y: number; text: string } | null {
  for (const highlight of CSS.highlights.values()) {
    for (const abstractRange of highlight) {
      if (!(abstractRange instanceof Range)) continue;
      const range = abstractRange;
      const host = range.startContainer.parentElement;
      if (!host) continue;
      host.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      if (!rect || rect.width < 2 || rect.height < 2) continue;
      return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2, text: range.toString() };
    }
  }
  return null;
}

/** Counts of every object store of the database `name`, read from an extension page. */
export async function storedCounts(name: string): Promise<Record<string, number> | null> {
  const known = await indexedDB.databases();
  if (!known.some((db) => db.name === name)) return null;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`cannot open ${name}`));
  });
  try {
    const stores = [...db.objectStoreNames];
    const transaction = db.transaction(stores, 'readonly');
    const counts = await Promise.all(
      stores.map(
        (store) =>
          new Promise<number>((resolve, reject) => {
            const request = transaction.objectStore(store).count();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error ?? new Error(`cannot count ${store}`));
          }),
      ),
    );
    return Object.fromEntries(stores.map((store, i) => [store, counts[i] ?? 0]));
  } finally {
    db.close();
  }
}

export interface FoundElement {
  text: string;
  relation: string | null;
  status: string | null;
}

/** Elements matching `selector` in the document and in every open shadow root. */
export function findElements(selector: string): FoundElement[] {
  const found: FoundElement[] = [];
  const roots: (Document | ShadowRoot)[] = [document];
  for (let root = roots.pop(); root; root = roots.pop()) {
    for (const element of root.querySelectorAll(selector)) {
      found.push({
        text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
        relation: element.getAttribute('data-relation'),
        status: element.getAttribute('data-status'),
      });
    }
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
  }
  return found;
}

/**
 * The in-page card as a page can see it: Crosslight mounts it in a closed shadow root on an
 * element of its own directly under <html>, outside the page's body, and moves focus into it.
 */
export function openCard(): { width: number; height: number; focused: boolean } | null {
  for (const element of document.documentElement.children) {
    if (element === document.head || element === document.body) continue;
    const rect = element.getBoundingClientRect();
    if (rect.width > 40 && rect.height > 40) {
      return { width: rect.width, height: rect.height, focused: document.activeElement === element };
    }
  }
  return null;
}

/** The text of every highlighted range. */
export function highlightedTexts(): string[] {
  const texts: string[] = [];
  for (const highlight of CSS.highlights.values()) for (const range of highlight) if (range instanceof Range) texts.push(range.toString());
  return texts;
}
