import { describe, expect, it } from 'vitest';
import { CANDIDATES_PER_CLAIM, chooseCandidates } from '../../../../lib/engine/candidates';
import { POSTINGS_LIMIT, type Postings } from '../../../../lib/engine/postings';

const complete = (...ids: string[]): Postings => ({ ids, complete: true });
const many = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(5, '0')}#c0`);
const none = () => false;

describe('choosing the candidates a claim is compared with', () => {
  it('ranks a candidate sharing a rare key above candidates sharing only a common one', () => {
    const crowd = many('s.crowd', 150);
    const postings = new Map([
      ['p:p.putin|p.trump', complete(...crowd, 's.rare#c3')],
      ['q:duration:length:actual|p.lavrov', complete('s.rare#c3', 's.other#c1')],
    ]);
    const { perClaim } = chooseCandidates([['p:p.putin|p.trump', 'q:duration:length:actual|p.lavrov']], postings, none);
    expect(perClaim[0]![0]).toBe('s.rare#c3');
    expect(perClaim[0]![1]).toBe('s.other#c1');
  });

  it('weighs a shared figure above a shared word of the same rarity', () => {
    const postings = new Map([
      ['t:ceasefir', complete('s.word#c0')],
      ['q:date:other:actual|p.lavrov', complete('s.figure#c0')],
    ]);
    const { perClaim } = chooseCandidates([['t:ceasefir', 'q:date:other:actual|p.lavrov']], postings, none);
    expect(perClaim[0]).toEqual(['s.figure#c0', 's.word#c0']);
  });

  it('compares each claim with a bounded number of candidates and counts the ones left out', () => {
    const crowd = many('s.crowd', POSTINGS_LIMIT);
    const postings = new Map([['p:p.putin|p.trump', { ids: crowd, complete: false }]]);
    const choice = chooseCandidates([['p:p.putin|p.trump'], ['p:p.putin|p.trump']], postings, none);
    expect(choice.perClaim.map((ids) => ids.length)).toEqual([CANDIDATES_PER_CLAIM, CANDIDATES_PER_CLAIM]);
    expect(choice.ids).toHaveLength(CANDIDATES_PER_CLAIM);
    expect(choice.leftOut).toBe(2 * (POSTINGS_LIMIT - CANDIDATES_PER_CLAIM));
  });

  it('never chooses what the caller excludes, such as the claim’s own source', () => {
    const postings = new Map([['t:memorandum', complete('s.own#c1', 's.other#c2')]]);
    const { ids } = chooseCandidates([['t:memorandum']], postings, (id) => id.startsWith('s.own#'));
    expect(ids).toEqual(['s.other#c2']);
  });

  it('ignores keys the index did not answer for', () => {
    expect(chooseCandidates([['t:unknown'], []], new Map(), none)).toEqual({ perClaim: [[], []], ids: [], leftOut: 0 });
  });
});
