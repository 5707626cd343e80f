/**
 * Every conflicting pair of claims in the store, grouped by what they are about: the entity both
 * claims name (the most mentioned one when they share several), else the words they share. Both
 * quotes and both sources are given side by side, and the whole report exports as CSV.
 */
import type { ConflictGroupView, ConflictPairView, ConflictSide, ConflictsReportView, EntityRef } from '../messages';
import { quantityMarks } from '../views/other-claims';
import { toSourceView } from '../views/source-view';
import { textFragmentLink } from '../views/text-fragment';
import type { CrosslightDb } from './db';
import type { ClaimRecord, EntityRecord, MatchRecord, SourceRecord } from './records';
import { uniqueIds } from './unique';
import type { PageRequest } from './search';
import { indexWords } from './text-index';

/** Words shared by two claims shown as a topic when they name no common entity. */
const TOPIC_WORDS = 4;

function side(claim: ClaimRecord, source: SourceRecord): ConflictSide {
  return {
    claimId: claim.id,
    text: claim.text,
    marks: quantityMarks(claim),
    source: toSourceView(source),
    link: textFragmentLink(source.url, claim.selector.exact || claim.text),
  };
}

function sharedWords(x: ClaimRecord, y: ClaimRecord): string {
  const other = new Set(indexWords(y.text));
  return indexWords(x.text)
    .filter((w) => other.has(w) && !/^\d/.test(w))
    .slice(0, TOPIC_WORDS)
    .join(' ');
}

/** All conflict groups, largest first. */
export async function conflictGroups(db: CrosslightDb): Promise<ConflictGroupView[]> {
  const matches = await db.matches.where('relation').equals('conflicts').toArray();
  const claims = new Map(
    (await db.claims.bulkGet(uniqueIds(matches.flatMap((m) => [m.a, m.b])))).flatMap((c) => (c ? [[c.id, c] as const] : [])),
  );
  const claimList = [...claims.values()];
  const [sourceList, entityList] = await Promise.all([
    db.sources.bulkGet(uniqueIds(claimList.map((c) => c.sourceId))),
    db.entities.bulkGet(uniqueIds(claimList.flatMap((c) => c.entityIds))),
  ]);
  const sources = new Map(sourceList.flatMap((s) => (s ? [[s.id, s] as const] : [])));
  const entities = new Map(entityList.flatMap((e) => (e ? [[e.id, e] as const] : [])));

  const groups = new Map<string, ConflictGroupView>();
  for (const match of matches) {
    const pair = pairView(match, claims, sources);
    if (!pair) continue;
    const [a, b] = [claims.get(match.a)!, claims.get(match.b)!];
    const entity = commonEntity(a, b, entities);
    const topic = entity?.name ?? (sharedWords(a, b) || match.note);
    const key = entity ? `e|${entity.id}` : `t|${topic}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { entity, topic, pairs: [] }));
    group.pairs.push(pair);
  }
  const list = [...groups.values()];
  for (const group of list) group.pairs.sort((x, y) => y.score - x.score || (x.matchId < y.matchId ? -1 : 1));
  return list.sort((x, y) => y.pairs.length - x.pairs.length || x.topic.localeCompare(y.topic));
}

function pairView(match: MatchRecord, claims: Map<string, ClaimRecord>, sources: Map<string, SourceRecord>): ConflictPairView | null {
  const [a, b] = [claims.get(match.a), claims.get(match.b)];
  const [sa, sb] = [a && sources.get(a.sourceId), b && sources.get(b.sourceId)];
  if (!a || !b || !sa || !sb) return null;
  return { matchId: match.id, note: match.note, score: match.score, a: side(a, sa), b: side(b, sb) };
}

/** The most mentioned entity both claims name. */
function commonEntity(a: ClaimRecord, b: ClaimRecord, entities: Map<string, EntityRecord>): EntityRef | null {
  const shared = a.entityIds.filter((id) => b.entityIds.includes(id)).flatMap((id) => entities.get(id) ?? []);
  const best = shared.sort((x, y) => y.mentionCount - x.mentionCount || (x.id < y.id ? -1 : 1))[0];
  return best ? { id: best.id, name: best.name, type: best.type } : null;
}

export async function conflictsReport(db: CrosslightDb, page: PageRequest): Promise<ConflictsReportView> {
  const groups = await conflictGroups(db);
  return {
    groups: groups.slice(page.offset, page.offset + page.limit),
    totalGroups: groups.length,
    totalPairs: groups.reduce((sum, g) => sum + g.pairs.length, 0),
    offset: page.offset,
  };
}

/**
 * A cell as RFC 4180 writes it, made inert for spreadsheets: a cell that starts with = + - @
 * (or a tab or carriage return) would be run as a formula when the file is opened, so it is
 * prefixed with an apostrophe, which spreadsheets show as text.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: (string | number)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export const CONFLICTS_CSV_HEADER = [
  'topic', 'entity', 'difference', 'score',
  'claim_a', 'source_a', 'site_a', 'url_a', 'published_a',
  'claim_b', 'source_b', 'site_b', 'url_b', 'published_b',
];

export function conflictsCsv(groups: ConflictGroupView[]): { csv: string; rows: number } {
  let csv = csvRow(CONFLICTS_CSV_HEADER);
  let rows = 0;
  for (const group of groups) {
    for (const pair of group.pairs) {
      const sideCells = (s: ConflictSide) => [s.text, s.source.title, s.source.site, s.link, s.source.published];
      csv += csvRow([group.topic, group.entity?.name ?? '', pair.note, pair.score, ...sideCells(pair.a), ...sideCells(pair.b)]);
      rows++;
    }
  }
  return { csv, rows };
}
