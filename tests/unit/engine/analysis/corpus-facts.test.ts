import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../lib/engine/analyze';
import type { Quantity } from '../../../../lib/engine/types';
import { corpusText } from './fixtures';

const analyses = Object.fromEntries(['000', '001', '002'].map((n) => [n, analyzeText(corpusText(`${n}.txt`))]));

function quantities(file: string): Quantity[] {
  return analyses[file]!.claims.flatMap((c) => c.quantities);
}

function has(file: string, expected: Partial<Quantity>): void {
  expect(quantities(file)).toContainEqual(expect.objectContaining(expected));
}

describe('the G20 corpus facts are found as normalised quantities', () => {
  it('finds the meeting lengths each outlet reports', () => {
    has('000', { kind: 'duration', value: 2 * 3600 + 16 * 60, role: 'actual', bound: 'exact' });
    has('001', { kind: 'duration', value: 2 * 3600 + 17 * 60, role: 'actual', bound: 'exact' });
    has('002', { kind: 'duration', value: 7200, role: 'actual', bound: 'atLeast' });
    has('002', { kind: 'duration', value: 9000, role: 'actual', bound: 'exact' });
  });

  it('finds the planned lengths, 30 minutes against 35, as planned', () => {
    has('000', { kind: 'duration', value: 1800, role: 'planned' });
    has('002', { kind: 'duration', value: 1800, role: 'planned' });
    has('001', { kind: 'duration', value: 2100, role: 'planned' });
  });

  it('never reads a planned length as what happened, nor the delay as a length', () => {
    for (const file of ['000', '001', '002']) {
      for (const q of quantities(file).filter((x) => x.kind === 'duration' && x.value <= 2100)) {
        expect(q.role, `${file}: ${q.text}`).toBe('planned');
      }
    }
  });

  it('finds the ceasefire start: 9 July at noon Damascus time', () => {
    has('000', { kind: 'date', value: 709, unit: 'md' });
    has('000', { kind: 'time', value: 720 });
    has('001', { kind: 'date', value: 709, unit: 'md' });
    has('002', { kind: 'date', value: 709, unit: 'md' });
    has('002', { kind: 'time', value: 720 });
  });

  it('finds the meeting date with its year in 001', () => {
    has('001', { kind: 'date', value: 20170707, unit: 'ymd' });
  });
});

describe('the G20 corpus names join across outlets', () => {
  function keys(file: string, alias: string): string[] {
    const e = analyses[file]!.entities.find((x) => x.aliases.includes(alias));
    expect(e, `${file}: ${alias}`).toBeDefined();
    return e!.keys;
  }
  const shared = (a: string[], b: string[]) => a.some((k) => b.includes(k));

  it('joins Souweida (000) and As-Suwayda (002)', () => {
    expect(shared(keys('000', 'Souweida'), keys('002', 'As-Suwayda'))).toBe(true);
  });

  it('joins Sergey Lavrov (001) and Sergei Lavrov (002), and the surname alone (000)', () => {
    expect(shared(keys('001', 'Sergey Lavrov'), keys('002', 'Sergei Lavrov'))).toBe(true);
    expect(keys('002', 'Sergei Lavrov')).toContain('surname:lavrov');
  });

  it('joins US (000), U.S. (001) and USA (002) as one place', () => {
    const k = 'place:united states';
    expect(keys('000', 'US')).toContain(k);
    expect(keys('001', 'U.S.')).toContain(k);
    expect(keys('002', 'USA')).toContain(k);
  });

  it('joins the two foreign ministers and the envoy in every outlet', () => {
    for (const file of ['000', '001', '002']) {
      expect(keys(file, 'Rex Tillerson')).toContain('surname:tilerson');
      expect(keys(file, 'Kurt Volker')).toContain('person:kurt volker');
    }
  });
});
