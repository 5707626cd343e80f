import { describe, expect, it } from 'vitest';
import { byRelation, byStrength, strongestRelation } from '../../../lib/ui/relations';
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

describe('byStrength', () => {
  it('puts the claims with the most conflicts first, then agreements, then related ones', () => {
    const claim = (id: string, conflicts: number, agrees: number, related: number) => ({ id, counts: { conflicts, agrees, related } });
    const claims = [claim('a', 0, 0, 4), claim('b', 1, 0, 0), claim('c', 0, 2, 0), claim('d', 3, 0, 0), claim('e', 0, 2, 1), claim('f', 1, 5, 0)];
    expect(byStrength(claims).map((item) => item.id)).toEqual(['d', 'b', 'f', 'c', 'e', 'a']);
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
