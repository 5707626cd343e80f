/**
 * Exports the whole store as a store file (see export-format.ts), as a stream of text pieces with
 * progress, so the manager page can write them to a file without ever building one huge string
 * and without freezing: each piece is one read of a few thousand records.
 *
 * Pages may be read and stored while an export runs. The export stays consistent anyway: entities
 * and sources are each read at once, and a later record that refers to one not exported (a claim
 * of a source stored after the sources were read) is left out, so the file always imports.
 */
import type { Table } from 'dexie';
import { withoutDerived, type CrosslightDb } from './db';
import { STORE_FORMAT, STORE_FORMAT_VERSION, type Section } from './export-format';
import type { ClaimRecord, MatchRecord, MentionRecord } from './records';

export const EXPORT_CHUNK = 5000;

export interface ExportPiece {
  text: string;
  /** Records written so far out of those in the store when the export began. */
  done: number;
  total: number;
  section: Section | null;
}

/**
 * Reads a table in primary key order, one page at a time, each page its own short transaction.
 * The next page is asked for before the current one is handed on: the browser reads it from disk
 * while this page turns it into text.
 */
async function* pages<T, I>(table: Table<T, string, I>, size: number): AsyncGenerator<T[]> {
  const keyPath = String(table.schema.primKey.keyPath);
  const read = (after: string | null): Promise<T[]> => (after === null ? table.orderBy(':id').limit(size) : table.where(':id').above(after).limit(size)).toArray();
  let next = read(null);
  for (;;) {
    const page = await next;
    if (!page.length) return;
    const full = page.length === size;
    if (full) next = read((page[page.length - 1] as Record<string, string>)[keyPath]!);
    yield page;
    if (!full) return;
  }
}

export async function* exportStore(db: CrosslightDb, options: { chunk?: number; now?: Date } = {}): AsyncGenerator<ExportPiece> {
  const size = options.chunk ?? EXPORT_CHUNK;
  const counts = await Promise.all([db.entities, db.sources, db.claims, db.mentions, db.matches, db.blockedKeys].map((t) => t.count()));
  const total = counts.reduce((x, y) => x + y, 0);
  let done = 0;
  const header = { format: STORE_FORMAT, version: STORE_FORMAT_VERSION, exportedAt: (options.now ?? new Date()).toISOString() };
  yield { text: JSON.stringify(header).slice(0, -1), done, total, section: null };

  const section = function* (name: Section, records: unknown[], first: boolean, last: boolean): Generator<ExportPiece> {
    done += records.length;
    // One stringify of the whole page, its brackets cut: thousands of calls and a join cost more.
    const body = records.length ? JSON.stringify(records.map((r) => withoutDerived(r as object))).slice(1, -1) : '';
    const open = first ? `,${JSON.stringify(name)}:[` : '';
    const sep = !first && body ? ',' : '';
    yield { text: `${open}${sep}${body}${last ? ']' : ''}`, done, total, section: name };
  };

  const entities = await db.entities.toArray();
  const entityIds = new Set(entities.map((e) => e.id));
  yield* section('entities', entities, true, true);

  const sources = (await db.sources.toArray()).map((s) => (s.leadEntityIds ? { ...s, leadEntityIds: s.leadEntityIds.filter((id) => entityIds.has(id)) } : s));
  const sourceIds = new Set(sources.map((s) => s.id));
  yield* section('sources', sources, true, true);

  const claimIds = new Set<string>();
  yield* paged('claims', db.claims, (c: ClaimRecord) => {
    if (!sourceIds.has(c.sourceId)) return null;
    claimIds.add(c.id);
    return c.entityIds.every((id) => entityIds.has(id)) ? c : { ...c, entityIds: c.entityIds.filter((id) => entityIds.has(id)) };
  });
  yield* paged('mentions', db.mentions, (m: MentionRecord) => (sourceIds.has(m.sourceId) && entityIds.has(m.entityId) ? m : null));
  yield* paged('matches', db.matches, (m: MatchRecord) => (claimIds.has(m.a) && claimIds.has(m.b) ? m : null));
  yield* paged('blockedKeys', db.blockedKeys, (b) => b);
  yield { text: '}', done, total, section: null };

  async function* paged<T, I>(name: Section, table: Table<T, string, I>, keep: (record: T) => T | null): AsyncGenerator<ExportPiece> {
    let first = true;
    for await (const page of pages(table, size)) {
      const kept = page.flatMap((r) => keep(r) ?? []);
      done += page.length - kept.length;
      yield* section(name, kept, first, false);
      first = false;
    }
    yield first ? { text: `,${JSON.stringify(name)}:[]`, done, total, section: name } : { text: ']', done, total, section: name };
  }
}

/** The whole export as one string: for tests and small stores; the manager streams the pieces. */
export async function exportStoreText(db: CrosslightDb, options: { chunk?: number; now?: Date } = {}): Promise<string> {
  let text = '';
  for await (const piece of exportStore(db, options)) text += piece.text;
  return text;
}
