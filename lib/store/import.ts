/**
 * Imports a store file (see export-format.ts). Every record is checked before anything is
 * written, and every problem is reported with its place in the file. Then everything is written
 * in one transaction: all or nothing, also when the disk quota runs out half-way.
 *
 * Importing merges with what is there: a source already in the store is kept as it is (so
 * importing the same file twice adds nothing), and an entity of the file joins the stored entity
 * that shares one of its name keys, the way ingest joins a page's entities with the store's.
 */
import { candidateKeys } from '../engine/matching';
import type { CrosslightDb } from './db';
import { DexieClaimStore } from './dexie-store';
import { blockingKeys } from './entity-blocklist';
import {
  ENGLISH_ERRORS,
  MAX_IMPORT_BYTES,
  SECTIONS,
  STORE_FORMAT,
  VERSION_SECTIONS,
  headerSchema,
  placeOf,
  recordProblems,
  type Section,
  type SectionRecord,
} from './export-format';
import type { ClaimRecord, EntityRecord, MatchRecord, MentionRecord, SourceRecord } from './records';
import { uniqueIds } from './rematch';
import { StoreFileReader } from './store-file-reader';
import { withStoreWriteLock } from './write-lock';

/** Problems listed in full; more are only counted. */
export const MAX_LISTED_PROBLEMS = 100;
/** Records per write request: large enough to amortise, small enough to report progress. */
const WRITE_CHUNK = 2000;
/** Characters per piece when the file is given as a string. */
const TEXT_CHUNK = 1 << 20;
/**
 * Longest stretch reading holds the thread. A file's stream hands over buffered pieces without
 * ever leaving the current task, so without a pause the page could not paint its progress bar
 * (or answer the reader) until the whole file was read and checked.
 */
const READ_SLICE_MS = 30;

export const QUOTA_MESSAGE =
  'The browser has no room left to store this import (the storage quota is used up). Nothing was imported and the store is unchanged. Free some space (delete sources you no longer need) and import again.';

export interface ImportProgress {
  phase: 'reading' | 'writing';
  done: number;
  total: number;
}

export type ImportCounts = Record<Section, number>;

export type ImportResult =
  | { ok: true; version: number; added: ImportCounts; mergedEntities: number; keptSources: number }
  | { ok: false; problems: string[]; totalProblems: number };

type Records = { [S in Section]: SectionRecord<S>[] };

/** Collects the checked records and every problem found on the way. */
class Collector {
  readonly records: Records = { sources: [], entities: [], claims: [], mentions: [], matches: [], blockedKeys: [] };
  readonly header = new Map<string, unknown>();
  readonly sectionSeen = new Set<Section>();
  readonly problems: string[] = [];
  totalProblems = 0;
  private readonly ids: { [S in Section]: Set<string> } = {
    sources: new Set(), entities: new Set(), claims: new Set(), mentions: new Set(), matches: new Set(), blockedKeys: new Set(),
  };

  problem(message: string): void {
    this.totalProblems++;
    if (this.problems.length < MAX_LISTED_PROBLEMS) this.problems.push(message);
  }

  headerField(key: string, value: unknown): void {
    if (key in headerSchema.shape) this.header.set(key, value);
    else this.problem(`"${key.slice(0, 40)}": not a part of a Crosslight store file.`);
  }

  record(section: Section, index: number, value: unknown): void {
    const problems = recordProblems(section, index, value);
    for (const p of problems) this.problem(p);
    if (problems.length) return;
    const record = value as SectionRecord<Section>;
    const id = 'id' in record ? record.id : record.key;
    if (this.ids[section].has(id)) return this.problem(`${placeOf(section, index)}: the id "${id.slice(0, 80)}" appears twice.`);
    this.ids[section].add(id);
    (this.records[section] as unknown[]).push(record);
  }

  /** Header, sections of the file's version, and references between records. */
  finish(): number {
    const header = headerSchema.safeParse(Object.fromEntries(this.header), ENGLISH_ERRORS);
    if (!header.success) {
      if (this.header.get('format') !== STORE_FORMAT) this.problem(`format: this is not a Crosslight store file (expected "format": "${STORE_FORMAT}").`);
      for (const issue of header.error.issues) this.problem(`${placeOf(String(issue.path[0] ?? 'header'), null, issue.path.slice(1))}: ${issue.message}`);
      return 0;
    }
    const { version } = header.data;
    const expected = VERSION_SECTIONS[version] ?? SECTIONS;
    for (const section of SECTIONS) {
      const present = this.sectionSeen.has(section);
      if (!expected.includes(section) && this.records[section].length) this.problem(`${section}: version ${version} files have no ${section}.`);
      if (expected.includes(section) && !present) this.problem(`${section}: missing.`);
    }
    this.checkReferences();
    return version;
  }

  private checkReferences(): void {
    const { ids, records } = this;
    const textLength = new Map(records.sources.map((s) => [s.id, s.text.length]));
    const claimSource = new Map(records.claims.map((c) => [c.id, c.sourceId]));
    const refs = (place: string, wanted: string, known: Set<string>, what: string) => {
      if (!known.has(wanted)) this.problem(`${place}: refers to ${what} "${wanted.slice(0, 80)}", which is not in the file.`);
    };
    const inText = (place: string, sourceId: string, end: number) => {
      const length = textLength.get(sourceId);
      if (length !== undefined && end > length) this.problem(`${place}: beyond the end of its source's text (${length} characters).`);
    };
    records.sources.forEach((s, i) => {
      s.duplicateOf.forEach((d, j) => refs(placeOf('sources', i, ['duplicateOf', j]), d, ids.sources, 'the source'));
      (s.leadEntityIds ?? []).forEach((e, j) => refs(placeOf('sources', i, ['leadEntityIds', j]), e, ids.entities, 'the entity'));
    });
    records.claims.forEach((c, i) => {
      refs(placeOf('claims', i, ['sourceId']), c.sourceId, ids.sources, 'the source');
      c.entityIds.forEach((e, j) => refs(placeOf('claims', i, ['entityIds', j]), e, ids.entities, 'the entity'));
      inText(placeOf('claims', i, ['position', 'end']), c.sourceId, c.position.end);
    });
    records.mentions.forEach((m, i) => {
      refs(placeOf('mentions', i, ['sourceId']), m.sourceId, ids.sources, 'the source');
      refs(placeOf('mentions', i, ['entityId']), m.entityId, ids.entities, 'the entity');
      inText(placeOf('mentions', i, ['position', 'end']), m.sourceId, m.position.end);
    });
    records.matches.forEach((m, i) => {
      refs(placeOf('matches', i, ['a']), m.a, ids.claims, 'the claim');
      refs(placeOf('matches', i, ['b']), m.b, ids.claims, 'the claim');
      if (m.id !== `${m.a}|${m.b}`) this.problem(`${placeOf('matches', i, ['id'])}: must be "a|b" (the ids of its two claims).`);
      if (claimSource.has(m.a) && claimSource.get(m.a) !== m.sourceA) this.problem(`${placeOf('matches', i, ['sourceA'])}: is not the source of claim a.`);
      if (claimSource.has(m.b) && claimSource.get(m.b) !== m.sourceB) this.problem(`${placeOf('matches', i, ['sourceB'])}: is not the source of claim b.`);
    });
  }
}

/** The file's text in pieces, with the share read so far. */
async function* pieces(input: Blob | string): AsyncGenerator<{ text: string; done: number }> {
  if (typeof input === 'string') {
    for (let at = 0; at < input.length; at += TEXT_CHUNK) yield { text: input.slice(at, at + TEXT_CHUNK), done: Math.min(input.length, at + TEXT_CHUNK) };
    return;
  }
  const reader = input.stream().getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let done = 0;
  for (;;) {
    const next = await reader.read();
    if (next.done) break;
    done += next.value.byteLength;
    yield { text: decoder.decode(next.value, { stream: true }), done };
  }
  yield { text: decoder.decode(), done };
}

/** Reads and checks a whole file; nothing is written. */
export async function readStoreFile(
  input: Blob | string,
  onProgress?: (progress: ImportProgress) => void,
): Promise<{ ok: true; version: number; records: Records } | { ok: false; problems: string[]; totalProblems: number }> {
  const size = typeof input === 'string' ? input.length : input.size;
  if (size > MAX_IMPORT_BYTES) {
    const mb = (n: number) => Math.round(n / 1024 / 1024);
    return { ok: false, problems: [`The file is too large to import (${mb(size)} MB; the limit is ${mb(MAX_IMPORT_BYTES)} MB).`], totalProblems: 1 };
  }
  const collector = new Collector();
  const reader = new StoreFileReader({
    header: (key, value) => collector.headerField(key, value),
    section: (section) => collector.sectionSeen.add(section),
    record: (section, index, value) => collector.record(section, index, value),
    problem: (message) => collector.problem(message),
  });
  try {
    let sliceStart = performance.now();
    for await (const piece of pieces(input)) {
      reader.feed(piece.text);
      onProgress?.({ phase: 'reading', done: piece.done, total: size });
      if (reader.failed) break;
      if (performance.now() - sliceStart > READ_SLICE_MS) {
        await new Promise((resume) => setTimeout(resume, 0));
        sliceStart = performance.now();
      }
    }
  } catch (error) {
    collector.problem(`The file could not be read as UTF-8 text: ${error instanceof Error ? error.message : String(error)}`);
  }
  reader.end();
  const version = reader.failed ? 0 : collector.finish();
  if (collector.totalProblems) return { ok: false, problems: collector.problems, totalProblems: collector.totalProblems };
  return { ok: true, version, records: collector.records };
}

export function isQuotaError(error: unknown): boolean {
  for (let e = error as { name?: string; inner?: unknown; cause?: unknown } | undefined; e; e = (e.inner ?? e.cause) as typeof e) {
    if (e.name === 'QuotaExceededError') return true;
  }
  return false;
}

export async function importStore(
  db: CrosslightDb,
  input: Blob | string,
  options: { onProgress?: (progress: ImportProgress) => void } = {},
): Promise<ImportResult> {
  const read = await readStoreFile(input, options.onProgress);
  if (!read.ok) return read;
  try {
    // The same lock as ingest: a page read while the file is written sees all of it or none.
    return { ok: true, version: read.version, ...(await withStoreWriteLock(db.name, () => write(db, read.records, options.onProgress))) };
  } catch (error) {
    if (isQuotaError(error)) return { ok: false, problems: [QUOTA_MESSAGE], totalProblems: 1 };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [`The import failed and nothing was written: ${message}`], totalProblems: 1 };
  }
}

/** The stored entity each file entity is: same id, else one of the same type sharing a name key. */
async function resolveEntities(db: CrosslightDb, entities: EntityRecord[]): Promise<{ idOf: Map<string, string>; records: EntityRecord[] }> {
  const byId = new Map((await db.entities.bulkGet(entities.map((e) => e.id))).flatMap((e) => (e ? [[e.id, e] as const] : [])));
  const keys = uniqueIds(entities.filter((e) => !byId.has(e.id)).flatMap(blockingKeys));
  // One sorted cursor walk over the keys index: these are many keys, looked up once per import.
  const byKey = new Map<string, EntityRecord>();
  if (keys.length) for (const stored of await db.entities.where('keys').anyOf(keys).toArray()) for (const k of stored.keys) byKey.set(`${stored.type}|${k}`, stored);
  const idOf = new Map<string, string>();
  const records = new Map<string, EntityRecord>();
  for (const entity of entities) {
    const stored = byId.get(entity.id) ?? blockingKeys(entity).map((k) => byKey.get(`${entity.type}|${k}`)).find((e) => e !== undefined);
    const base = records.get(stored?.id ?? '') ?? stored;
    idOf.set(entity.id, base?.id ?? entity.id);
    records.set(
      base?.id ?? entity.id,
      base ? { ...base, aliases: uniqueIds([...base.aliases, ...entity.aliases]), keys: uniqueIds([...base.keys, ...entity.keys]) } : entity,
    );
  }
  return { idOf, records: [...records.values()] };
}

async function write(db: CrosslightDb, file: Records, onProgress?: (progress: ImportProgress) => void) {
  const store = new DexieClaimStore(db);
  return db.transaction('rw', [db.sources, db.claims, db.entities, db.mentions, db.matches, db.blockedKeys], async () => {
    const kept = new Set((await db.sources.bulkGet(file.sources.map((s) => s.id))).flatMap((s) => (s ? [s.id] : [])));
    const { idOf, records: entities } = await resolveEntities(db, file.entities);
    const remap = (ids: string[]) => uniqueIds(ids.map((id) => idOf.get(id) ?? id));
    const sources: SourceRecord[] = file.sources
      .filter((s) => !kept.has(s.id))
      .map((s) => (s.leadEntityIds ? { ...s, leadEntityIds: remap(s.leadEntityIds) } : s));
    const leadOf = new Map(sources.map((s) => [s.id, s.leadEntityIds ?? []]));
    const leadJoined = new Set(file.sources.filter((s) => (s.leadEntityIds ?? []).some((id) => idOf.get(id) !== id)).map((s) => s.id));
    const claims: ClaimRecord[] = file.claims.flatMap((c) => {
      if (kept.has(c.sourceId)) return [];
      const entityIds = remap(c.entityIds);
      // Keys name entities: a claim whose entities joined stored ones is keyed under the stored ids.
      const joined = leadJoined.has(c.sourceId) || entityIds.length !== c.entityIds.length || entityIds.some((id, i) => id !== c.entityIds[i]);
      return [joined ? { ...c, entityIds, keys: candidateKeys({ ...c, entityIds, contextEntityIds: leadOf.get(c.sourceId) ?? [] }) } : c];
    });
    const mentions: MentionRecord[] = file.mentions.filter((m) => !kept.has(m.sourceId)).map((m) => ({ ...m, entityId: idOf.get(m.entityId) ?? m.entityId }));
    const added = new Set(claims.map((c) => c.id));
    const stored = new Set(
      (await db.claims.bulkGet(uniqueIds(file.matches.flatMap((m) => [m.a, m.b]).filter((id) => !added.has(id))))).flatMap((c) => (c ? [c.id] : [])),
    );
    // A match between two kept sources is the store's own business; a match with a new claim is added.
    const matches: MatchRecord[] = file.matches.filter(
      (m) => (added.has(m.a) || added.has(m.b)) && (added.has(m.a) || stored.has(m.a)) && (added.has(m.b) || stored.has(m.b)),
    );
    const existingBlocked = new Set((await db.blockedKeys.bulkGet(file.blockedKeys.map((b) => b.key))).flatMap((b) => (b ? [b.key] : [])));
    const newBlocked = file.blockedKeys.filter((b) => !existingBlocked.has(b.key));
    const newEntities = (await db.entities.bulkGet(entities.map((e) => e.id))).filter((e) => e === undefined).length;

    const total = sources.length + entities.length + claims.length + mentions.length + matches.length + newBlocked.length;
    let done = 0;
    const put = async <T>(table: { bulkPut(items: readonly T[]): Promise<unknown> }, items: T[]) => {
      for (let at = 0; at < items.length; at += WRITE_CHUNK) {
        const chunk = items.slice(at, at + WRITE_CHUNK);
        await table.bulkPut(chunk);
        done += chunk.length;
        onProgress?.({ phase: 'writing', done, total });
      }
    };
    await put(db.sources, sources);
    await put(db.entities, entities);
    await put(db.claims, claims);
    await put(db.mentions, mentions);
    await put(db.matches, matches);
    await put(db.blockedKeys, newBlocked);
    await store.recountSources(new Set([...sources.map((s) => s.id), ...matches.flatMap((m) => [m.sourceA, m.sourceB])]));
    await store.recountEntities(new Set(entities.map((e) => e.id)));
    const addedCounts: ImportCounts = {
      sources: sources.length,
      entities: newEntities,
      claims: claims.length,
      mentions: mentions.length,
      matches: matches.length,
      blockedKeys: newBlocked.length,
    };
    return { added: addedCounts, mergedEntities: entities.length - newEntities, keptSources: kept.size };
  });
}
