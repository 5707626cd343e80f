/**
 * The near-duplicate sketch bands as a table of their own: one row per band key holding the ids of
 * the sources that have it. Looking for an article's copies reads its 48 bands in ONE request,
 * where a multiEntry index on the sources took a request per band, each answering whole sources
 * with their text; then only the sources found are read.
 *
 * A DBCore middleware keeps the rows in step with every write of a source, whoever writes: it
 * widens every read-write transaction on `sources` to this table, reads the sources a write
 * replaces and changes only the rows of the bands they lose or gain (a source whose text did not
 * change touches none).
 */
import { Dexie, type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTransaction, type Middleware } from 'dexie';
import { mutationQueue, replacedRecords } from './record-mutation';
import type { SourceRecord } from './records';

export const SKETCH_BANDS = 'sketchBands';
export const SKETCH_BANDS_SCHEMA = 'band';

export interface SketchBandRow {
  band: string;
  ids: string[];
}

type Banded = Pick<SourceRecord, 'id' | 'sketchKeys'>;

/** For each band whose holders change, the ids it loses and gains (a source both losing and gaining a band changes nothing). */
export function bandChanges(before: Banded[], after: Banded[]): Map<string, { lost: Set<string>; gained: Set<string> }> {
  const changes = new Map<string, { lost: Set<string>; gained: Set<string> }>();
  const of = (band: string) => {
    let change = changes.get(band);
    if (!change) changes.set(band, (change = { lost: new Set(), gained: new Set() }));
    return change;
  };
  const held = new Set(after.flatMap((s) => (s.sketchKeys ?? []).map((band) => `${band} ${s.id}`)));
  const had = new Set(before.flatMap((s) => (s.sketchKeys ?? []).map((band) => `${band} ${s.id}`)));
  for (const s of before) for (const band of s.sketchKeys ?? []) if (!held.has(`${band} ${s.id}`)) of(band).lost.add(s.id);
  for (const s of after) for (const band of s.sketchKeys ?? []) if (!had.has(`${band} ${s.id}`)) of(band).gained.add(s.id);
  return changes;
}

/** The rows of `changes` applied to the stored rows of those bands, in their order. */
export function nextBandRows(bands: string[], stored: (SketchBandRow | undefined)[], changes: ReturnType<typeof bandChanges>): { put: SketchBandRow[]; gone: string[] } {
  const put: SketchBandRow[] = [];
  const gone: string[] = [];
  bands.forEach((band, i) => {
    const change = changes.get(band)!;
    const ids = [...new Set([...(stored[i]?.ids ?? []).filter((id) => !change.lost.has(id)), ...change.gained])];
    if (ids.length) put.push({ band, ids });
    else if (stored[i]) gone.push(band);
  });
  return { put, gone };
}

function hasBandTable(trans: DBCoreTransaction): boolean {
  return (trans as unknown as IDBTransaction).objectStoreNames.contains(SKETCH_BANDS);
}

const inOrder = mutationQueue();

/**
 * Writes the sources, then the rows of the bands they lose and gain. Promise chains, not async
 * functions: Dexie's middlewares below need its transaction zone (see claim-words.ts).
 */
function mutateWithBands(down: DBCore, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  const sources = down.table('sources');
  const rows = down.table(SKETCH_BANDS);
  const { trans } = req;
  return replacedRecords<SourceRecord>(sources, req).then((old) =>
    sources.mutate(req).then((response) => {
      if (response.numFailures) return response;
      const changes = bandChanges(old, req.type === 'add' || req.type === 'put' ? (req.values as SourceRecord[]) : []);
      const bands = [...changes.keys()];
      if (!bands.length) return response;
      return rows.getMany({ trans, keys: bands }).then((stored: (SketchBandRow | undefined)[]) => {
        const { put, gone } = nextBandRows(bands, stored, changes);
        const writes: Promise<DBCoreMutateResponse>[] = [];
        if (put.length) writes.push(rows.mutate({ trans, type: 'put', values: put }));
        if (gone.length) writes.push(rows.mutate({ trans, type: 'delete', keys: gone }));
        return Dexie.Promise.all(writes).then((written: DBCoreMutateResponse[]) => {
          for (const w of written) if (w.numFailures) throw Object.values(w.failures)[0] ?? new Error('The sketch bands could not be written.');
          return response;
        });
      });
    }),
  );
}

export const sketchBandIndexing: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'crosslight-sketch-bands',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) =>
      down.transaction(mode === 'readwrite' && stores.includes('sources') && !stores.includes(SKETCH_BANDS) ? [...stores, SKETCH_BANDS] : stores, mode, options),
    table: (name) => {
      const table = down.table(name);
      if (name !== 'sources') return table;
      return {
        ...table,
        mutate: (req: DBCoreMutateRequest) => {
          // Upgrades to versions before the table existed write sources without it.
          if (!hasBandTable(req.trans)) return table.mutate(req);
          return inOrder(req.trans, () => mutateWithBands(down, req));
        },
      };
    },
  }),
};

/** The ids of the sources holding any of `bands`, each once. */
export async function sourceIdsWithBands(db: Dexie, bands: string[]): Promise<string[]> {
  const rows = await db.table<SketchBandRow, string>(SKETCH_BANDS).bulkGet([...new Set(bands)]);
  return [...new Set(rows.flatMap((row) => row?.ids ?? []))];
}
