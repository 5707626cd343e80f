/**
 * One writer at a time for changes that read the store before they write it. Ingest reads the
 * stored entities and candidate claims, then commits entities and matches computed from them; two
 * such writers interleaved (pages read in several tabs at once, an import in the manager while a
 * page is read) would each commit from a read that misses the other: an entity split in two,
 * names dropped, matches between the two never found.
 *
 * Web Locks are shared by every context of the extension's origin (background, manager, popup),
 * so the background's ingest and the manager's import wait for each other. Where there are none
 * (Node: the command line, tests), writers in the same process queue on a promise chain.
 */

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

const queues = new Map<unknown, Promise<unknown>>();

function webLocks(): LockManagerLike | undefined {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return typeof nav?.locks?.request === 'function' ? nav.locks : undefined;
}

/**
 * Runs `write` once every earlier write to the same store has finished. `store` is a database
 * name, shared across contexts, or a store object living in this process only.
 */
export function withStoreWriteLock<T>(store: string | object, write: () => Promise<T>): Promise<T> {
  const locks = webLocks();
  if (typeof store === 'string' && locks) return locks.request(`crosslight-store-write:${store}`, write);
  const previous = queues.get(store) ?? Promise.resolve();
  const run = previous.then(write, write);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(store, settled);
  // Forget a finished chain so that the map does not keep every store a process ever wrote.
  void settled.then(() => {
    if (queues.get(store) === settled) queues.delete(store);
  });
  return run;
}
