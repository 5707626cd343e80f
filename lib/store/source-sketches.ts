/**
 * Each source's near-duplicate sketch and copy links in a table of their own, a few hundred bytes
 * a row. Finding a page's copies compares its sketch with that of every source sharing a band
 * with it, and a story many sites carry shares bands with hundreds: read whole, those sources
 * would bring their texts along. Only the copies found are then read whole.
 *
 * A DBCore middleware writes a source's row with every write of the source, whoever writes, and
 * deletes it with the source. The rows' keys are the sources' ids, so a range of sources deleted
 * is the same range of rows.
 */
import type { DBCoreMutateRequest, DBCoreMutateResponse, Transaction } from 'dexie';
import { rowsFollowing, writeRows } from './record-mutation';
import { sketchOf, type SourceRecord, type SourceSketch } from './records';

export const SOURCE_SKETCHES = 'sourceSketches';
export const SOURCE_SKETCHES_SCHEMA = 'id';

export const sourceSketchesIndexing = rowsFollowing('crosslight-source-sketches', 'sources', SOURCE_SKETCHES, (down, sources, req: DBCoreMutateRequest) => {
  const rows = down.table(SOURCE_SKETCHES);
  const { trans } = req;
  return sources.mutate(req).then((response: DBCoreMutateResponse) => {
    if (response.numFailures) return response;
    if (req.type === 'deleteRange') return rows.mutate({ trans, type: 'deleteRange', range: req.range }).then(() => response);
    const [put, gone] = req.type === 'delete' ? [[], req.keys] : [(req.values as SourceRecord[]).map(sketchOf), []];
    return writeRows(rows, trans, put, gone, 'The source sketches table').then(() => response);
  });
});

/** The rows of every stored source, for a database whose rows' table is new (an upgrade). */
export async function buildSourceSketches(tx: Transaction): Promise<void> {
  const rows: SourceSketch[] = [];
  // A cursor, not one array: the sources carry their texts.
  await tx.table<SourceRecord, string>('sources').each((source) => void rows.push(sketchOf(source)));
  await tx.table(SOURCE_SKETCHES).bulkPut(rows);
}
