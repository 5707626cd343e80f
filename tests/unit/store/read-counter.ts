/**
 * Counts the records each table hands back (reads by key, by index, by range), so tests can say
 * how much a lookup reads instead of how long it takes: timings belong to the bench.
 */
import type { DBCore, Dexie } from 'dexie';

export interface ReadCounter {
  /** Records read per table since the last reset (by key, index or range; a cursor's are not counted). */
  readonly rows: Record<string, number>;
  /** Reads asked of each table since the last reset, however many records each handed back. */
  readonly requests: Record<string, number>;
  reset(): void;
}

/** Must be called before the database is first used. */
export function countReads(db: Dexie): ReadCounter {
  const rows: Record<string, number> = {};
  const requests: Record<string, number> = {};
  const asked = (table: string) => void (requests[table] = (requests[table] ?? 0) + 1);
  const add = (table: string, n: number) => {
    rows[table] = (rows[table] ?? 0) + n;
    asked(table);
  };
  db.use({
    stack: 'dbcore',
    name: 'test-read-counter',
    create: (down: DBCore) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          get: (req) => table.get(req).then((r) => (add(name, r === undefined ? 0 : 1), r)),
          getMany: (req) => table.getMany(req).then((r) => (add(name, r.filter((x) => x !== undefined).length), r)),
          query: (req) => table.query(req).then((r) => (add(name, r.result.length), r)),
          openCursor: (req) => (asked(name), table.openCursor(req)),
        };
      },
    }),
  });
  return {
    rows,
    requests,
    reset: () => {
      for (const counts of [rows, requests]) for (const table of Object.keys(counts)) delete counts[table];
    },
  };
}
