/** Ids in first-seen order, each once. */
export function uniqueIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)];
}
