/**
 * Functions run inside the manager page by its flow tests. Like scripts/harness/probes.ts, each
 * is serialised on its own: no imports, no outer variables, no named inner functions.
 */

/** One record per table: its primary key and a SHA-256 of its fields in a canonical order. */
export type StoreDigest = Record<string, [key: string, hash: string][]>;

/**
 * Every record of the store's tables, except the undo trash, as key and hash. Fields the
 * database derives from a record (its search words) are left out, and object keys are sorted,
 * so two stores holding the same records give the same digest whatever order they were written in.
 */
export async function storeDigest(name: string): Promise<StoreDigest> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`cannot open ${name}`));
  });
  try {
    const tables = [...db.objectStoreNames].filter((table) => table !== 'trash');
    const transaction = db.transaction(tables, 'readonly');
    const contents = await Promise.all(
      tables.map(
        (table) =>
          new Promise<{ keys: IDBValidKey[]; values: unknown[] }>((resolve, reject) => {
            const store = transaction.objectStore(table);
            const keys = store.getAllKeys();
            const values = store.getAll();
            values.onsuccess = () => resolve({ keys: keys.result, values: values.result });
            values.onerror = () => reject(values.error ?? new Error(`cannot read ${table}`));
          }),
      ),
    );
    const derived = new Set(['words', 'titleWords', 'quantityKinds']);
    const encoder = new TextEncoder();
    const digest: Record<string, [string, string][]> = {};
    for (const [i, table] of tables.entries()) {
      const { keys, values } = contents[i]!;
      const hashes = await Promise.all(
        values.map(async (value) => {
          const canonical = JSON.stringify(value, (key, field: unknown) => {
            if (field === null || typeof field !== 'object' || Array.isArray(field)) return field;
            return Object.fromEntries(Object.entries(field).filter(([k]) => key !== '' || !derived.has(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
          });
          const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(canonical)));
          return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
        }),
      );
      digest[table] = keys.map((key, j) => [String(key), hashes[j]!] as [string, string]);
    }
    return digest;
  } finally {
    db.close();
  }
}

export interface ProgressSample {
  label: string;
  done: number;
  total: number | null;
}

/**
 * Records, once per painted frame, what the manager's progress bar shows, until
 * `stopProgressSampling` returns the samples: what a reader watching the bar would have seen.
 */
export function startProgressSampling(): void {
  const state = window as unknown as { progressSamples: ProgressSample[]; progressSampling: boolean };
  state.progressSamples = [];
  state.progressSampling = true;
  const sample = () => {
    for (const bar of document.querySelectorAll('[data-testid="manager-progress"] [role="progressbar"]')) {
      const total = bar.getAttribute('aria-valuemax');
      state.progressSamples.push({ label: bar.getAttribute('aria-label') ?? '', done: Number(bar.getAttribute('aria-valuenow') ?? 'NaN'), total: total === null ? null : Number(total) });
    }
    if (state.progressSampling) requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
}

export function stopProgressSampling(): ProgressSample[] {
  const state = window as unknown as { progressSamples: ProgressSample[]; progressSampling: boolean };
  state.progressSampling = false;
  return state.progressSamples;
}
