/**
 * Store files for the manager's flows, generated from a seed instead of kept in the repository:
 * the bench's realistic store (claims built by the engine from real sentences, entities shared
 * across sources with Zipf-like frequencies) written in the store file format, checked by the
 * product's own reader before a browser sees it.
 */
import { generateStore } from '../../../bench/generate-store';
import { corpusTexts } from '../../../bench/texts';
import { SECTIONS, STORE_FORMAT, STORE_FORMAT_VERSION, type Section, type SectionRecord } from '../../../lib/store/export-format';
import { readStoreFile } from '../../../lib/store/import';

export type StoreFileRecords = { [S in Section]: SectionRecord<S>[] };

export interface StoreFileOptions {
  seed: number;
  claims: number;
  sources: number;
  entities: number;
}

/** The records of a generated store; the generator links no claims, so there are no matches yet. */
export function generatedRecords(options: StoreFileOptions): StoreFileRecords {
  const store = generateStore({ ...options, templates: corpusTexts() });
  return { ...store, matches: [], blockedKeys: [] };
}

/** `records` as the text of a store file of the current format version. */
export function storeFileText(records: StoreFileRecords, exportedAt = '2024-06-01T00:00:00.000Z'): string {
  return JSON.stringify({ format: STORE_FORMAT, version: STORE_FORMAT_VERSION, exportedAt, ...Object.fromEntries(SECTIONS.map((s) => [s, records[s]])) });
}

/** Fails with the reader's own problems when `text` is not a store file it accepts. */
export async function assertValidStoreFile(text: string): Promise<void> {
  const read = await readStoreFile(text);
  if (!read.ok) throw new Error(`The generated store file is not valid (${read.totalProblems} problems): ${read.problems.slice(0, 5).join(' | ')}`);
}

/**
 * The first `count` sources of `records` with everything they refer to, as articles read at other
 * addresses: a small file, valid on its own, whose sources, claims and mentions a store holding
 * `records` does not have yet. Links to copies outside it are dropped.
 */
export function otherCopiesOfFirstSources(records: StoreFileRecords, count: number): StoreFileRecords {
  const renamed = new Map(records.sources.slice(0, count).map((s) => [s.id, `${s.id}-copy`]));
  const idOf = (sourceId: string) => renamed.get(sourceId) ?? sourceId;
  const inside = (recordId: string, sourceId: string) => idOf(sourceId) + recordId.slice(sourceId.length);
  const sources = records.sources.slice(0, count).map((s) => ({ ...s, id: idOf(s.id), url: `${s.url}?copy`, urls: s.urls.map((u) => `${u}?copy`), duplicateOf: [] as string[] }));
  const claims = records.claims.filter((c) => renamed.has(c.sourceId)).map((c) => ({ ...c, id: inside(c.id, c.sourceId), sourceId: idOf(c.sourceId) }));
  const mentions = records.mentions.filter((m) => renamed.has(m.sourceId)).map((m) => ({ ...m, id: inside(m.id, m.sourceId), sourceId: idOf(m.sourceId) }));
  const entityIds = new Set([...claims.flatMap((c) => c.entityIds), ...mentions.map((m) => m.entityId), ...sources.flatMap((s) => s.leadEntityIds ?? [])]);
  const entities = records.entities.filter((e) => entityIds.has(e.id));
  return { sources, entities, claims, mentions, matches: [], blockedKeys: [] };
}

/** Every field name used at any depth in `records`. */
export function fieldNames(records: StoreFileRecords): string[] {
  const names = new Set<string>();
  const pending: object[] = Object.values(records);
  while (pending.length) {
    const value = pending.pop()!;
    if (!Array.isArray(value)) for (const key of Object.keys(value)) names.add(key);
    for (const inner of Object.values(value)) if (inner !== null && typeof inner === 'object') pending.push(inner);
  }
  return [...names];
}
