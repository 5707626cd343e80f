/**
 * What a page holding the database open does when an update of Crosslight changes the schema.
 *
 * The updated background opens the database at a higher version; IndexedDB first asks every other
 * open connection to let go ("versionchange"), and holds the upgrade ("blocked") until they do.
 * Dexie's own answer is to close and silently reopen on the next query: an old manager tab would
 * then go on reading and writing a store whose format its code no longer knows. Here the old page
 * closes for good and tells the reader to reload it; the upgrade goes on and keeps every record.
 */
import type { Dexie } from 'dexie';

export const STORE_UPGRADED_MESSAGE =
  'Crosslight was updated and its store changed format. Reload this page to go on: nothing was lost.';
export const STORE_DELETED_MESSAGE = 'Crosslight’s store was removed by another page. Reload this page.';
export const STORE_BLOCKED_MESSAGE =
  'Crosslight is upgrading its store and waits for its other open pages (such as the store manager) to close or reload.';

export interface DbLifecycleHandlers {
  /** This page's connection was closed for a newer version or a deletion: it must reload. */
  onStale(message: string): void;
  /** This page's own upgrade waits for an older page to let go of the database. */
  onBlocked?(message: string): void;
}

/** Watches `db` for upgrades by other contexts; returns a function that stops watching. */
export function watchDbLifecycle(db: Dexie, handlers: DbLifecycleHandlers): () => void {
  const onVersionChange = (event: IDBVersionChangeEvent): boolean => {
    // No reopening: this page's code knows only the schema it was built with.
    db.close({ disableAutoOpen: true });
    handlers.onStale(event.newVersion ? STORE_UPGRADED_MESSAGE : STORE_DELETED_MESSAGE);
    // Stops Dexie's own handler, which would close with automatic reopening.
    return false;
  };
  const onBlocked = () => handlers.onBlocked?.(STORE_BLOCKED_MESSAGE);
  db.on('versionchange', onVersionChange);
  db.on('blocked', onBlocked);
  return () => {
    db.on('versionchange').unsubscribe(onVersionChange);
    db.on('blocked').unsubscribe(onBlocked);
  };
}

export const STORE_OPENING_MESSAGE =
  'Opening Crosslight’s store. After an update a large store is brought up to date first, which can take a minute; nothing is lost.';

/** How long an opening may take before the page says why it waits. */
export const SLOW_OPENING_MS = 1_500;

/**
 * Opens `db`, and tells the reader why the page waits when that takes longer than `slowMs`: the
 * opening runs an upgrade of the whole store, or waits for another page's (the pages share one
 * database, and the first to open it after an update upgrades it). `notice(null)` takes the
 * message away once the opening is over, whether it succeeded or failed.
 */
export async function openWithNotice(db: Dexie, notice: (message: string | null) => void, slowMs = SLOW_OPENING_MS): Promise<void> {
  let shown = false;
  const timer = setTimeout(() => {
    shown = true;
    notice(STORE_OPENING_MESSAGE);
  }, slowMs);
  try {
    await db.open();
  } finally {
    clearTimeout(timer);
    if (shown) notice(null);
  }
}
