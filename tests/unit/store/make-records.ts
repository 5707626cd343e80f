/**
 * Small builders for stored records, so that store and view tests state only what they test.
 * Offsets are consistent: a claim's position indexes into its source's text, quantity offsets
 * index into the same text.
 */
import type { DocumentWrite } from '../../../lib/store/claim-store';
import type { ClaimRecord, EntityRecord, MatchRecord, MentionRecord, SourceRecord } from '../../../lib/store/records';
import type { EntityType, Quantity, Relation } from '../../../lib/engine/types';

export function source(id: string, over: Partial<SourceRecord> = {}): SourceRecord {
  return {
    id,
    url: `https://${id}.example/article`,
    urls: [`https://${id}.example/article`],
    title: `Title of ${id}`,
    site: `${id}.example`,
    byline: '',
    published: '',
    addedAt: 1_700_000_000_000,
    language: 'en',
    wordCount: 0,
    text: '',
    sketchKeys: [],
    sketch: [],
    duplicateOf: [],
    claimCount: 0,
    conflictCount: 0,
    ...over,
  };
}

/** A claim at `start` in its source text; quantities are located by their text inside the claim. */
export function claim(
  sourceId: string,
  index: number,
  text: string,
  options: { start?: number; keys?: string[]; quantities?: { text: string; kind?: Quantity['kind']; value: number; unit?: string }[]; entityIds?: string[] } = {},
): ClaimRecord {
  const start = options.start ?? 0;
  const quantities: Quantity[] = (options.quantities ?? []).map((q) => {
    const at = text.indexOf(q.text);
    if (at < 0) throw new Error(`"${q.text}" is not in "${text}"`);
    return {
      kind: q.kind ?? 'count',
      value: q.value,
      unit: q.unit ?? '',
      text: q.text,
      start: start + at,
      end: start + at + q.text.length,
      bound: 'exact',
      role: 'actual',
    };
  });
  return {
    id: `${sourceId}#c${index}`,
    sourceId,
    index,
    text,
    selector: { exact: text, prefix: '', suffix: '' },
    position: { start, end: start + text.length },
    quantities,
    entityIds: options.entityIds ?? [],
    terms: [],
    keys: options.keys ?? [],
  };
}

export function entity(id: string, name: string, type: EntityType = 'person', over: Partial<EntityRecord> = {}): EntityRecord {
  return { id, name, type, aliases: [name], keys: [name.toLowerCase()], mentionCount: 0, ...over };
}

export function mention(sourceId: string, index: number, entityId: string, start: number, exact: string): MentionRecord {
  return {
    id: `${sourceId}#m${index}`,
    sourceId,
    entityId,
    selector: { exact, prefix: '', suffix: '' },
    position: { start, end: start + exact.length },
  };
}

export function match(x: ClaimRecord, y: ClaimRecord, relation: Relation, score = 0.8, note = ''): MatchRecord {
  const [a, b] = x.id < y.id ? [x, y] : [y, x];
  return { id: `${a.id}|${b.id}`, a: a.id, b: b.id, sourceA: a.sourceId, sourceB: b.sourceId, relation, score, note };
}

/** A source whose text is its claims joined by spaces, with claims positioned accordingly. */
export function article(
  id: string,
  sentences: (string | { text: string; keys?: string[]; quantities?: { text: string; kind?: Quantity['kind']; value: number; unit?: string }[] })[],
  over: Partial<SourceRecord> = {},
): { source: SourceRecord; claims: ClaimRecord[] } {
  let offset = 0;
  const claims = sentences.map((sentence, index) => {
    const spec = typeof sentence === 'string' ? { text: sentence } : sentence;
    const record = claim(id, index, spec.text, { ...spec, start: offset });
    offset += spec.text.length + 1;
    return record;
  });
  const text = claims.map((c) => c.text).join(' ');
  return { source: source(id, { text, claimCount: claims.length, ...over }), claims };
}

export function write(parts: Partial<DocumentWrite> & { source: SourceRecord }): DocumentWrite {
  return { claims: [], mentions: [], entities: [], matches: [], touchedSources: [], ...parts };
}
