import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markRuns } from '../../../lib/ui/marks';

describe('markRuns', () => {
  it('cuts a quote into plain and marked runs in order', () => {
    expect(markRuns('lasted two hours, not 30 minutes', [{ start: 7, end: 16 }, { start: 22, end: 32 }])).toEqual([
      { text: 'lasted ', marked: false },
      { text: 'two hours', marked: true },
      { text: ', not ', marked: false },
      { text: '30 minutes', marked: true },
    ]);
  });

  it('sorts, merges overlapping and touching spans and clamps spans past the end', () => {
    expect(markRuns('abcdefgh', [{ start: 5, end: 99 }, { start: 1, end: 3 }, { start: 2, end: 4 }, { start: 4, end: 5 }])).toEqual([
      { text: 'a', marked: false },
      { text: 'bcdefgh', marked: true },
    ]);
  });

  it('ignores empty and reversed spans', () => {
    expect(markRuns('abc', [{ start: 2, end: 2 }, { start: 3, end: 1 }])).toEqual([{ text: 'abc', marked: false }]);
  });

  it('always gives back exactly the original text, whatever the spans', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.record({ start: fc.integer({ min: -5, max: 60 }), end: fc.integer({ min: -5, max: 60 }) })), (text, marks) => {
        const runs = markRuns(text, marks);
        expect(runs.map((run) => run.text).join('')).toBe(text);
        expect(runs.every((run) => run.text.length > 0)).toBe(true);
        for (let i = 1; i < runs.length; i++) expect(runs[i]!.marked && runs[i - 1]!.marked).toBe(false);
      }),
    );
  });
});
