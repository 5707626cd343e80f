/**
 * What the key index gives for one key, shared by the engine's candidate choice and every store
 * that keeps the index. Kept apart from the choice so that a store's index can be written by a
 * page that never loads the engine.
 */

/** The claims found under one key: all of them, or the first `limit` when `complete` is false. */
export interface Postings {
  ids: string[];
  complete: boolean;
}

/**
 * Claim ids read per key: enough to see that a key is common, little enough to stay fast. Reading
 * an index costs by the id returned, not by the lookup, so a common key must not return them all.
 */
export const POSTINGS_LIMIT = 48;
