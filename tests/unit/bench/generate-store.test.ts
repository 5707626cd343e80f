import { beforeAll, describe, expect, it } from 'vitest';
import { generateStore, type GeneratedStore, type GenerateOptions } from '../../../bench/generate-store';
import { corpusTexts, pageTexts } from '../../../bench/texts';
import { sketchBandKeys } from '../../../lib/engine/duplicates';
import { candidateKeys } from '../../../lib/engine/matching';
import type { QuantityKind } from '../../../lib/engine/types';

const options: GenerateOptions = { seed: 7, claims: 3000, sources: 90, entities: 600, templates: [...corpusTexts(), ...pageTexts().pages] };

describe('generateStore', () => {
  let store: GeneratedStore;
  beforeAll(() => {
    store = generateStore(options);
  }, 120_000);

  it('writes exactly the requested number of claims over the requested number of sources', () => {
    expect(store.claims).toHaveLength(3000);
    expect(store.sources).toHaveLength(90);
    expect(new Set(store.claims.map((c) => c.id)).size).toBe(3000);
    const perSource = store.sources.map((s) => s.claimCount);
    expect(Math.min(...perSource)).toBeLessThan(Math.max(...perSource));
    expect(perSource.reduce((a, b) => a + b, 0)).toBe(3000);
  });

  it('places every claim and mention at its offsets in its source text', () => {
    const sources = new Map(store.sources.map((s) => [s.id, s]));
    for (const claim of store.claims) {
      expect(sources.get(claim.sourceId)!.text.slice(claim.position.start, claim.position.end)).toBe(claim.text);
      for (const q of claim.quantities) expect(sources.get(claim.sourceId)!.text.slice(q.start, q.end)).toBe(q.text);
    }
    for (const mention of store.mentions) {
      expect(sources.get(mention.sourceId)!.text.slice(mention.position.start, mention.position.end)).toBe(mention.selector.exact);
    }
  });

  it('shares entities across many sources, a few often and most rarely', () => {
    const sourcesOf = new Map<string, Set<string>>();
    for (const m of store.mentions) {
      const set = sourcesOf.get(m.entityId) ?? new Set<string>();
      set.add(m.sourceId);
      sourcesOf.set(m.entityId, set);
    }
    const spread = [...sourcesOf.values()].map((s) => s.size).sort((a, b) => b - a);
    expect(store.entities.length).toBeGreaterThan(200);
    expect(spread[0]).toBeGreaterThan(20);
    expect(spread[Math.floor(spread.length / 2)]).toBeLessThanOrEqual(3);
    for (const type of ['person', 'place', 'organization']) expect(store.entities.some((e) => e.type === type)).toBe(true);
  });

  it('carries quantities of every kind, as the engine reads them from the sentences', () => {
    const kinds = new Set<QuantityKind>(store.claims.flatMap((c) => c.quantities.map((q) => q.kind)));
    expect([...kinds].sort()).toEqual(['count', 'date', 'duration', 'measure', 'money', 'percent', 'time']);
  });

  it('stores the index keys the engine computes for each claim and source', () => {
    const sourceOf = new Map(store.sources.map((s) => [s.id, s]));
    for (const claim of store.claims.slice(0, 300)) {
      const source = sourceOf.get(claim.sourceId)!;
      expect(claim.keys).toEqual(candidateKeys({ ...claim, contextEntityIds: source.leadEntityIds ?? [], topic: source.topic }));
    }
    expect(store.sources.filter((s) => s.topic?.places.length && s.topic.terms.length).length).toBeGreaterThan(store.sources.length / 4);
    for (const source of store.sources) expect(source.sketchKeys).toEqual(sketchBandKeys(source.sketch));
    expect(store.claims.filter((c) => c.keys.length > 0).length).toBeGreaterThan(2700);
  });

  it('reports one event in several sources, with the same fact retold', () => {
    const texts = new Map<string, Set<string>>();
    for (const claim of store.claims) {
      const set = texts.get(claim.text) ?? new Set<string>();
      set.add(claim.sourceId);
      texts.set(claim.text, set);
    }
    expect([...texts.values()].some((sources) => sources.size >= 2)).toBe(true);
    // Mostly different sentences: retold facts change numbers and words.
    expect(texts.size).toBeGreaterThan(store.claims.length * 0.6);
  });

  it('links reposts and their originals both ways', () => {
    const byId = new Map(store.sources.map((s) => [s.id, s]));
    for (const source of store.sources) {
      for (const other of source.duplicateOf) expect(byId.get(other)!.duplicateOf).toContain(source.id);
    }
  });

  it('gives the same store for the same seed and another for another seed', () => {
    const again = generateStore({ ...options, claims: 400, sources: 12 });
    const same = generateStore({ ...options, claims: 400, sources: 12 });
    const other = generateStore({ ...options, claims: 400, sources: 12, seed: 8 });
    expect(same.claims).toEqual(again.claims);
    expect(same.sources.map((s) => s.text)).toEqual(again.sources.map((s) => s.text));
    expect(other.claims.map((c) => c.text)).not.toEqual(again.claims.map((c) => c.text));
  }, 120_000);
});
