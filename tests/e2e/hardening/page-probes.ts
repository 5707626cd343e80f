/**
 * Functions the hardening tests run in pages. Like scripts/harness/probes.ts, each is serialised
 * on its own: no imports, no outer variables, no named inner functions.
 */

/** The border box of the first 4,000 elements of the page's body, rounded to the pixel. */
export function layoutBoxes(): number[][] {
  const boxes: number[][] = [];
  const elements = document.body ? document.body.querySelectorAll('*') : [];
  for (let i = 0; i < elements.length && i < 4000; i++) {
    const rect = elements[i]!.getBoundingClientRect();
    boxes.push([Math.round(rect.left + scrollX), Math.round(rect.top + scrollY), Math.round(rect.width), Math.round(rect.height)]);
  }
  return boxes;
}

export interface PerfRecord {
  layoutShift: number;
  observed: string[];
}

/** Starts adding up layout shifts from now on. */
export function startPerfRecord(): void {
  const record: PerfRecord = { layoutShift: 0, observed: [] };
  (window as unknown as { __perfRecord: PerfRecord }).__perfRecord = record;
  const supported = (PerformanceObserver as unknown as { supportedEntryTypes?: string[] }).supportedEntryTypes ?? [];
  if (supported.includes('layout-shift')) {
    record.observed.push('layout-shift');
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) record.layoutShift += entry.value;
    }).observe({ type: 'layout-shift' });
  }
}

export function readPerfRecord(): PerfRecord | null {
  return (window as unknown as { __perfRecord?: PerfRecord }).__perfRecord ?? null;
}

export interface WatchReport {
  pwned: unknown;
  /** Globals that appeared on the page's window since its first script ran. */
  newGlobals: string[];
  mutations: { type: string; target: string; attribute: string | null; added: string[]; removed: string[] }[];
  messages: string[];
  spoofAnswers: unknown[];
  /** What the page saw of the event WXT dispatches on the document when a content script starts. */
  startedEvents: { detail: string }[];
}

/** What tests/fixtures/hostile/watch.js saw, from the page's own world. */
export function watchReport(): WatchReport | null {
  const page = window as unknown as {
    __pwned: unknown;
    __watch?: Omit<WatchReport, 'pwned' | 'newGlobals'> & { baselineGlobals: string[] };
  };
  const watch = page.__watch;
  if (!watch) return null;
  // The page's own scripts define these; anything else is new.
  const own = new Set([...watch.baselineGlobals, '__watch', '__pwned', '__pwn', '__postFromPage', 'chrome', 'browser', '__perfRecord']);
  return {
    pwned: page.__pwned,
    newGlobals: Object.getOwnPropertyNames(window).filter((name) => !own.has(name)),
    mutations: watch.mutations,
    messages: watch.messages,
    spoofAnswers: watch.spoofAnswers,
    startedEvents: watch.startedEvents,
  };
}

/**
 * The one change Crosslight makes to a page's tree: the card's host element, a DIV directly under
 * <html>, added while a card is open (and placed through its style attribute), removed when it closes.
 */
export function isCardHostChange(mutation: WatchReport['mutations'][number]): boolean {
  if (mutation.type === 'attributes') return mutation.target === 'DIV<HTML>' && mutation.attribute === 'style';
  const nodes = [...mutation.added, ...mutation.removed];
  return mutation.type === 'childList' && mutation.target === 'HTML<#document>' && nodes.length > 0 && nodes.every((node) => node.startsWith('DIV<'));
}

/** Names in the page's highlight registry, and how many ranges each holds. */
export function highlightRegistry(): { name: string; ranges: number }[] {
  return [...CSS.highlights.entries()].map(([name, highlight]) => ({ name, ranges: highlight.size }));
}

/** Elements directly under <html> other than head and body, with their attributes. */
export function strayRootElements(): { tag: string; attributes: string[] }[] {
  return [...document.documentElement.children]
    .filter((element) => element !== document.head && element !== document.body)
    .map((element) => ({ tag: element.tagName, attributes: element.getAttributeNames() }));
}

/** Scripts, images, frames and javascript: links in an extension page (popup, manager) and its open shadow roots. */
export function dangerousElements(): string[] {
  const found: string[] = [];
  const roots: (Document | ShadowRoot)[] = [document];
  for (let root = roots.pop(); root; root = roots.pop()) {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) roots.push(element.shadowRoot);
      const tag = element.tagName.toLowerCase();
      if (['img', 'iframe', 'object', 'embed'].includes(tag)) found.push(tag);
      if (tag === 'script' && !(element as HTMLScriptElement).src) found.push('inline script');
      for (const name of element.getAttributeNames()) {
        if (name.startsWith('on')) found.push(`${tag}[${name}]`);
        if (/^\s*javascript:/i.test(element.getAttribute(name) ?? '')) found.push(`${tag}[${name}=javascript:]`);
      }
    }
  }
  return found;
}

export interface StoreIntegrity {
  counts: Record<string, number>;
  /** Records that point at what is not there, or counters that disagree with what is. */
  problems: string[];
}

/**
 * Whether the stored records hold together, read from an extension page: no claim, mention or
 * match without its source or claims, every source's claim count equal to its stored claims.
 * A half-written article shows up here.
 */
export async function storeIntegrity(name: string): Promise<StoreIntegrity> {
  // Opening a database that does not exist would create it: an empty store has nothing to check.
  if (!(await indexedDB.databases()).some((known) => known.name === name)) return { counts: {}, problems: [] };
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`cannot open ${name}`));
  });
  try {
    const tables = ['sources', 'claims', 'mentions', 'matches', 'entities'].filter((t) => db.objectStoreNames.contains(t));
    const transaction = db.transaction(tables, 'readonly');
    const all = await Promise.all(
      tables.map(
        (table) =>
          new Promise<Record<string, unknown>[]>((resolve, reject) => {
            const request = transaction.objectStore(table).getAll();
            request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
            request.onerror = () => reject(request.error ?? new Error(`cannot read ${table}`));
          }),
      ),
    );
    const byTable = Object.fromEntries(tables.map((t, i) => [t, all[i]!]));
    const ids = (table: string) => new Set((byTable[table] ?? []).map((r) => r.id as string));
    const sources = ids('sources');
    const claims = ids('claims');
    const entities = ids('entities');
    const problems: string[] = [];
    const claimsPerSource = new Map<string, number>();
    for (const claim of byTable.claims ?? []) {
      const source = claim.sourceId as string;
      claimsPerSource.set(source, (claimsPerSource.get(source) ?? 0) + 1);
      if (!sources.has(source)) problems.push(`claim ${claim.id} of missing source ${source}`);
    }
    for (const mention of byTable.mentions ?? []) {
      if (!sources.has(mention.sourceId as string)) problems.push(`mention ${mention.id} of missing source`);
      if (!entities.has(mention.entityId as string)) problems.push(`mention ${mention.id} of missing entity`);
    }
    for (const match of byTable.matches ?? []) {
      if (!claims.has(match.a as string) || !claims.has(match.b as string)) problems.push(`match ${match.id} of a missing claim`);
    }
    for (const source of byTable.sources ?? []) {
      const stored = claimsPerSource.get(source.id as string) ?? 0;
      if (stored !== source.claimCount) problems.push(`source ${source.id} counts ${source.claimCount} claims, holds ${stored}`);
    }
    return { counts: Object.fromEntries(tables.map((t) => [t, byTable[t]!.length])), problems };
  } finally {
    db.close();
  }
}
