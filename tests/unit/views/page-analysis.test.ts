import { describe, expect, it } from 'vitest';
import type { ClaimRecord } from '../../../lib/store/records';
import { pageAnalysisView } from '../../../lib/views/page-analysis';
import { article, entity, match, mention } from '../store/make-records';
import { threeSources } from './scenario';

describe('the page analysis view', () => {
  it('colours each claim by its strongest relation: conflicts over agrees over related', async () => {
    const { a, b0, c0, c1 } = await threeSources();
    const [a0, a1, a2] = a.claims as [ClaimRecord, ClaimRecord, ClaimRecord];
    const view = pageAnalysisView(
      { ...a, mentions: [], entities: [], mentioned: [], matches: [match(a0, c0, 'agrees'), match(a0, b0, 'conflicts'), match(a1, c1, 'related')] },
      true,
    );
    const relation = (id: string) => view.highlights.find((h) => h.kind === 'claim' && h.id === id);
    expect(relation(a0.id)).toMatchObject({ relation: 'conflicts', start: 0, end: a0.text.length });
    expect(relation(a1.id)).toMatchObject({ relation: 'related' });
    expect(relation(a2.id)).toMatchObject({ relation: 'none' });
    expect(view.counts).toEqual({ claims: 3, entities: 0, matches: 3, conflicts: 1 });
  });

  it('gives each mention the type of the entity ingest resolved it to', async () => {
    const { a } = await threeSources();
    const view = pageAnalysisView(
      { ...a, entities: [], mentioned: [entity('p.lavrov', 'Lavrov'), entity('g.bali', 'Bali', 'place')], mentions: [mention('a', 0, 'p.lavrov', 0, 'Lavrov'), mention('a', 1, 'g.bali', a.source.text.indexOf('Bali'), 'Bali')], matches: [] },
      false,
    );
    const entities = view.highlights.filter((h) => h.kind === 'entity');
    expect(entities.map((h) => [h.id, h.kind === 'entity' && h.entityType, a.source.text.slice(h.start, h.end)])).toEqual([
      ['p.lavrov', 'person', 'Lavrov'],
      ['g.bali', 'place', 'Bali'],
    ]);
    expect(view.stored).toBe(false);
    expect(view.sourceId).toBe('a');
  });

  it('orders highlights by position, an enclosing claim before the names inside it', () => {
    const page = article('p', ['Lavrov spoke.', 'Wang answered.']);
    const view = pageAnalysisView(
      { ...page, entities: [], mentioned: [entity('p.lavrov', 'Lavrov')], mentions: [mention('p', 0, 'p.lavrov', 0, 'Lavrov')], matches: [] },
      true,
    );
    expect(view.highlights.map((h) => `${h.kind}@${h.start}`)).toEqual(['claim@0', 'entity@0', 'claim@14']);
  });

  it('refuses an analysis whose mention points at an entity nobody describes', () => {
    const page = article('p', ['Lavrov spoke.']);
    expect(() => pageAnalysisView({ ...page, entities: [], mentioned: [], mentions: [mention('p', 0, 'p.ghost', 0, 'Lavrov')], matches: [] }, true)).toThrow(/did not describe/);
  });
});
