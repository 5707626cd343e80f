/**
 * Functions run inside the manager page by its flow tests. Like scripts/harness/probes.ts, each
 * is serialised on its own: no imports, no outer variables, no named inner functions.
 */

/** One record per table: its primary key and a hash of its fields. */
export type StoreDigest = Record<string, [key: string, hash: string][]>;

/**
 * Every record of the store's tables, except the undo trash, as key and hash: two stores holding
 * the same records give the same digest whatever order they were written in. `fields` lists every
 * field name a record may have (at any depth), and JSON is written with the fields in that order,
 * so the order a writer happened to give them does not count; fields the database derives from a
 * record (its search words) are left out. A top-level field not in `fields` still counts: it is
 * hashed apart (deeper ones cannot be: the store file's schemas allow no others).
 * The hash is two 32-bit FNV-1a lanes: enough to tell records apart, fast enough for 50,000 of them.
 */
export async function storeDigest({ name, fields }: { name: string; fields: string[] }): Promise<StoreDigest> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`cannot open ${name}`));
  });
  try {
    // The word, postings, key and sketch tables are indexes derived from the records (regrouped on
    // every write, or cut for a common key): the records compared are the reader's own; the
    // indexes over them are checked by their own tests.
    const derived = new Set(['trash', 'claimWords', 'claimPostings', 'sketchBands', 'entityKeys', 'sourceSketches']);
    const tables = [...db.objectStoreNames].filter((table) => !derived.has(table));
    const transaction = db.transaction(tables, 'readonly');
    const contents = await Promise.all(
      tables.map(
        (table) =>
          new Promise<{ keys: IDBValidKey[]; values: Record<string, unknown>[] }>((resolve, reject) => {
            const store = transaction.objectStore(table);
            const keys = store.getAllKeys();
            const values = store.getAll();
            values.onsuccess = () => resolve({ keys: keys.result, values: values.result });
            values.onerror = () => reject(values.error ?? new Error(`cannot read ${table}`));
          }),
      ),
    );
    const known = new Set([...fields, 'words', 'titleWords', 'quantityKinds', 'wordGroup']);
    const order = [...fields].sort();
    const digest: Record<string, [string, string][]> = {};
    for (const [i, table] of tables.entries()) {
      const { keys, values } = contents[i]!;
      digest[table] = values.map((value, j) => {
        const unknown = Object.keys(value).filter((field) => !known.has(field));
        const text = JSON.stringify(value, order) + (unknown.length ? JSON.stringify(unknown.map((field) => [field, value[field]])) : '');
        let a = 0x811c9dc5;
        let b = 0x9747b28c;
        for (let at = 0; at < text.length; at++) {
          const code = text.charCodeAt(at);
          a = Math.imul(a ^ code, 0x01000193);
          b = Math.imul(b ^ code, 0x5bd1e995);
        }
        return [String(keys[j]), (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0')];
      });
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
  const state = window as unknown as { progressSamples: ProgressSample[]; progressSampling: boolean; sampleProgress: () => void };
  state.progressSamples = [];
  state.progressSampling = true;
  state.sampleProgress = () => {
    for (const bar of document.querySelectorAll('[data-testid="manager-progress"] [role="progressbar"]')) {
      const total = bar.getAttribute('aria-valuemax');
      state.progressSamples.push({ label: bar.getAttribute('aria-label') ?? '', done: Number(bar.getAttribute('aria-valuenow') ?? 'NaN'), total: total === null ? null : Number(total) });
    }
    if (state.progressSampling) requestAnimationFrame(state.sampleProgress);
  };
  requestAnimationFrame(state.sampleProgress);
}

export function stopProgressSampling(): ProgressSample[] {
  const state = window as unknown as { progressSamples: ProgressSample[]; progressSampling: boolean };
  state.progressSampling = false;
  return state.progressSamples;
}

export interface VersionOneStore {
  name: string;
  /** Dexie's store specs of schema version 1: primary key first, `*` for a multiEntry index. */
  schema: Record<string, string>;
  tables: Record<string, unknown[]>;
}

/**
 * Replaces the database with one as the version-1 code left it: the stores and indexes of that
 * schema (Dexie numbers IndexedDB versions ten to one of its own) holding the given records. The
 * extension's open connections close when the old database is deleted, as Dexie does on a
 * version change.
 */
export async function writeVersionOneDatabase({ name, schema, tables }: VersionOneStore): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`cannot delete ${name}`));
    request.onblocked = () => reject(new Error(`deleting ${name} is blocked by an open connection`));
  });
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 10);
    request.onupgradeneeded = () => {
      for (const [store, spec] of Object.entries(schema)) {
        const [primary, ...indexes] = spec.split(',').map((part) => part.trim());
        const created = request.result.createObjectStore(store, { keyPath: primary });
        for (const index of indexes) {
          const field = index.replace(/^\*/, '');
          created.createIndex(field, field, { multiEntry: index.startsWith('*') });
        }
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`cannot create ${name}`));
  });
  try {
    const transaction = db.transaction(Object.keys(tables), 'readwrite');
    for (const [store, records] of Object.entries(tables)) for (const record of records) transaction.objectStore(store).add(record);
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error(`cannot write ${name}`));
    });
  } finally {
    db.close();
  }
}

/** The database's IndexedDB version and each stored claim's candidate keys, by claim id. */
export async function storedClaimKeys(name: string): Promise<{ version: number; keys: Record<string, string[]> }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`cannot open ${name}`));
  });
  try {
    const claims = await new Promise<{ id: string; keys: string[] }[]>((resolve, reject) => {
      const request = db.transaction('claims', 'readonly').objectStore('claims').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('cannot read the claims'));
    });
    return { version: db.version, keys: Object.fromEntries(claims.map((claim) => [claim.id, claim.keys])) };
  } finally {
    db.close();
  }
}
