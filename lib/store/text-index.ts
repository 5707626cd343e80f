/**
 * The words under which records are found by the manager's searches (claims by their text,
 * entities by name and aliases, sources by title). Stored as multiEntry indexes, so a search is a
 * few index lookups instead of a scan of every record.
 *
 * Words are folded like the engine folds them (lower case, no diacritics, no inner hyphens or
 * apostrophes). Function words and single letters are left out: they would add an index entry to
 * nearly every claim and narrow no search.
 */
import { isStopWord, words } from '../engine/terms';

/** Longest word kept; a longer one is indexed by its start, which prefix search still finds. */
export const MAX_INDEX_WORD = 24;

function indexable(norm: string): boolean {
  return norm.length >= 2 && !isStopWord(norm);
}

/** The distinct words of `texts` to index. */
export function indexWords(...texts: string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const word of words(text)) if (indexable(word.norm)) found.add(word.norm.slice(0, MAX_INDEX_WORD));
  }
  return [...found];
}

/**
 * A query split into words that must all occur, the last one as a prefix while the reader is
 * still typing it. Words that are never indexed are dropped; a query of only such words is empty.
 */
export function queryWords(query: string): { exact: string[]; prefix: string | null } {
  const all = words(query).map((w) => w.norm.slice(0, MAX_INDEX_WORD));
  const typing = !/[\s.,;:!?]$/.test(query) && all.length > 0;
  const last = typing ? all[all.length - 1]! : null;
  const exact = [...new Set((typing ? all.slice(0, -1) : all).filter(indexable))];
  // A prefix of one letter would match a large part of the store; it waits for a second letter.
  const prefix = last !== null && last.length >= 2 ? last : null;
  return { exact: prefix ? exact.filter((w) => w !== prefix) : exact, prefix };
}
