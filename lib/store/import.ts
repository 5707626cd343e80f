/**
 * Imports a store file (see export-format.ts). Every record is checked before anything is
 * written, and every problem is reported with its place in the file. Then everything is written
 * in one transaction: all or nothing, also when the disk quota runs out half-way.
 *
 * The file is read twice, so that it is never held in memory: the first reading checks every
 * record and keeps only what the checks and the merge need (ids and references); the second,
 * inside the write transaction, streams the records into the store (import-write.ts).
 */
import type { CrosslightDb } from './db';
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
import { writeStoreFile, type FilePlan } from './import-write';
import type { EntityRecord } from './records';
import type { ArticleTopic } from '../engine/types';
import { pieces, StoreFileReader } from './store-file-reader';
import { withStoreWriteLock } from './write-lock';

/** Problems listed in full; more are only counted. */
export const MAX_LISTED_PROBLEMS = 100;
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

/** Of each checked record, what the merge needs; whole records only for the small sections. */
interface Refs {
  sources: { id: string; textLength: number; duplicateOf: string[]; leadEntityIds?: string[]; topic?: ArticleTopic; conflictCount: number }[];
  entities: EntityRecord[];
  claims: { id: string; sourceId: string }[];
  matches: { id: string; a: string; b: string; sourceA: string; sourceB: string }[];
  blockedKeys: SectionRecord<'blockedKeys'>[];
}

/** What a claim or a mention refers to: its source, its entities, and where in the source's text it ends. */
interface Reference {
  section: 'claims' | 'mentions';
  index: number;
  sourceId: string;
  entityIds: string[];
  end: number;
}

/** The sections a claim's or a mention's references point into. */
const REFERRED: Section[] = ['sources', 'entities'];

/**
 * Collects what is kept of the checked records and every problem found on the way. A file lists
 * its sources and entities before its claims and mentions (as an export writes it), so their
 * references are checked as they come and nothing more is kept of a mention than its count: a
 * file of 100,000 claims has twice as many mentions. References to a later section wait for it.
 */
class Collector {
  readonly records: Refs = { sources: [], entities: [], claims: [], matches: [], blockedKeys: [] };
  readonly mentionsPerSource = new Map<string, number>();
  readonly header = new Map<string, unknown>();
  readonly sectionSeen = new Set<Section>();
  readonly problems: string[] = [];
  totalProblems = 0;
  private readonly ids: { [S in Section]: Set<string> } = {
    sources: new Set(), entities: new Set(), claims: new Set(), mentions: new Set(), matches: new Set(), blockedKeys: new Set(),
  };
  private readonly textLength = new Map<string, number>();
  private readonly waiting: Reference[] = [];

  problem(message: string): void {
    this.totalProblems++;
    if (this.problems.length < MAX_LISTED_PROBLEMS) this.problems.push(message);
  }

  headerField(key: string, value: unknown): void {
    if (key in headerSchema.shape) this.header.set(key, value);
    else this.problem(`"${key.slice(0, 40)}": not a part of a Crosslight store file.`);
  }

  section(section: Section): void {
    this.sectionSeen.add(section);
  }

  record(section: Section, index: number, value: unknown): void {
    const problems = recordProblems(section, index, value);
    for (const p of problems) this.problem(p);
    if (problems.length) return;
    const record = value as SectionRecord<Section>;
    const id = 'id' in record ? record.id : record.key;
    if (this.ids[section].has(id)) return this.problem(`${placeOf(section, index)}: the id "${id.slice(0, 80)}" appears twice.`);
    this.ids[section].add(id);
    switch (section) {
      case 'sources': {
        const s = record as SectionRecord<'sources'>;
        this.textLength.set(s.id, s.text.length);
        this.records.sources.push({ id: s.id, textLength: s.text.length, duplicateOf: s.duplicateOf, conflictCount: s.conflictCount, ...(s.leadEntityIds ? { leadEntityIds: s.leadEntityIds } : {}), ...(s.topic ? { topic: s.topic } : {}) });
        return;
      }
      case 'claims': {
        const c = record as SectionRecord<'claims'>;
        this.records.claims.push({ id: c.id, sourceId: c.sourceId });
        return this.refer({ section, index, sourceId: c.sourceId, entityIds: c.entityIds, end: c.position.end });
      }
      case 'mentions': {
        const m = record as SectionRecord<'mentions'>;
        this.mentionsPerSource.set(m.sourceId, (this.mentionsPerSource.get(m.sourceId) ?? 0) + 1);
        return this.refer({ section, index, sourceId: m.sourceId, entityIds: [m.entityId], end: m.position.end });
      }
      case 'matches': {
        const m = record as SectionRecord<'matches'>;
        this.records.matches.push({ id: m.id, a: m.a, b: m.b, sourceA: m.sourceA, sourceB: m.sourceB });
        return;
      }
      default:
        (this.records[section] as unknown[]).push(record);
    }
  }

  /** Checks a reference now when what it points into has been read whole, else once the file has been. */
  private refer(reference: Reference): void {
    if (REFERRED.every((section) => this.sectionSeen.has(section))) this.checkReference(reference);
    else this.waiting.push(reference);
  }

  private checkReference({ section, index, sourceId, entityIds, end }: Reference): void {
    if (!this.ids.sources.has(sourceId)) this.problem(`${placeOf(section, index, ['sourceId'])}: refers to the source "${sourceId.slice(0, 80)}", which is not in the file.`);
    entityIds.forEach((entityId, j) => {
      const path = section === 'claims' ? ['entityIds', j] : ['entityId'];
      if (!this.ids.entities.has(entityId)) this.problem(`${placeOf(section, index, path)}: refers to the entity "${entityId.slice(0, 80)}", which is not in the file.`);
    });
    const length = this.textLength.get(sourceId);
    if (length !== undefined && end > length) this.problem(`${placeOf(section, index, ['position', 'end'])}: beyond the end of its source's text (${length} characters).`);
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
      if (!expected.includes(section) && this.ids[section].size) this.problem(`${section}: version ${version} files have no ${section}.`);
      if (expected.includes(section) && !present) this.problem(`${section}: missing.`);
    }
    this.checkReferences();
    return version;
  }

  private checkReferences(): void {
    const { ids, records } = this;
    for (const reference of this.waiting) this.checkReference(reference);
    const claimSource = new Map(records.claims.map((c) => [c.id, c.sourceId]));
    const refs = (place: string, wanted: string, known: Set<string>, what: string) => {
      if (!known.has(wanted)) this.problem(`${place}: refers to ${what} "${wanted.slice(0, 80)}", which is not in the file.`);
    };
    records.sources.forEach((s, i) => {
      s.duplicateOf.forEach((d, j) => refs(placeOf('sources', i, ['duplicateOf', j]), d, ids.sources, 'the source'));
      (s.leadEntityIds ?? []).forEach((e, j) => refs(placeOf('sources', i, ['leadEntityIds', j]), e, ids.entities, 'the entity'));
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

/** Reads and checks a whole file; nothing is written. On success, what the writing needs to know of it. */
export async function readStoreFile(
  input: Blob | string,
  onProgress?: (progress: ImportProgress) => void,
): Promise<{ ok: true; version: number; plan: FilePlan } | { ok: false; problems: string[]; totalProblems: number }> {
  const size = typeof input === 'string' ? input.length : input.size;
  if (size > MAX_IMPORT_BYTES) {
    const mb = (n: number) => Math.round(n / 1024 / 1024);
    return { ok: false, problems: [`The file is too large to import (${mb(size)} MB; the limit is ${mb(MAX_IMPORT_BYTES)} MB).`], totalProblems: 1 };
  }
  const collector = new Collector();
  const reader = new StoreFileReader({
    header: (key, value) => collector.headerField(key, value),
    section: (section) => collector.section(section),
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
  const { sources, entities, claims, matches, blockedKeys } = collector.records;
  return { ok: true, version, plan: { sources, entities, claims, mentionsPerSource: collector.mentionsPerSource, matches, blockedKeys } };
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
    const written = await withStoreWriteLock(db.name, () => writeStoreFile(db, input, read.plan, options.onProgress));
    return { ok: true, version: read.version, ...written };
  } catch (error) {
    if (isQuotaError(error)) return { ok: false, problems: [QUOTA_MESSAGE], totalProblems: 1 };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [`The import failed and nothing was written: ${message}`], totalProblems: 1 };
  }
}
