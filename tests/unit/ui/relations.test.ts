import { describe, expect, it } from 'vitest';
import { byRelation, strongestRelation } from '../../../lib/ui/relations';
import { parseTabParam } from '../../../lib/ui/tab-param';

describe('strongestRelation', () => {
  it('ranks conflicts above agreements above related claims', () => {
    expect(strongestRelation({ agrees: 3, conflicts: 1, related: 5 })).toBe('conflicts');
    expect(strongestRelation({ agrees: 1, conflicts: 0, related: 5 })).toBe('agrees');
    expect(strongestRelation({ agrees: 0, conflicts: 0, related: 1 })).toBe('related');
    expect(strongestRelation({ agrees: 0, conflicts: 0, related: 0 })).toBeNull();
  });
});

describe('byRelation', () => {
  it('puts conflicts first and keeps the given order within each relation', () => {
    const items = [
      { id: 1, relation: 'related' as const },
      { id: 2, relation: 'agrees' as const },
      { id: 3, relation: 'conflicts' as const },
      { id: 4, relation: 'agrees' as const },
      { id: 5, relation: null },
    ];
    expect(byRelation(items, (item) => item.relation).map((item) => item.id)).toEqual([3, 2, 4, 1, 5]);
  });
});

describe('parseTabParam', () => {
  it('reads a numeric tab id and refuses anything else', () => {
    expect(parseTabParam('?tab=42')).toBe(42);
    expect(parseTabParam('?x=1&tab=7')).toBe(7);
    expect(parseTabParam('')).toBeNull();
    expect(parseTabParam('?tab=')).toBeNull();
    expect(parseTabParam('?tab=-1')).toBeNull();
    expect(parseTabParam('?tab=1e3')).toBeNull();
  });
});
