import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compromiseGivenNames, GIVEN_NAMES_FILE } from '../../../scripts/make-given-names';

describe('the given names taken from compromise', () => {
  it('are what the script writes from the compromise installed, so that an upgrade cannot leave them stale', () => {
    expect(JSON.parse(readFileSync(GIVEN_NAMES_FILE, 'utf8'))).toEqual(compromiseGivenNames());
  });

  it('hold names of many languages and no common word in lower case', () => {
    const names = compromiseGivenNames();
    expect(names).toEqual(expect.arrayContaining(['luka', 'henrik', 'jelena', 'ignacio']));
    expect(names).not.toEqual(expect.arrayContaining(['court']));
    expect(names.length).toBeGreaterThan(2_000);
  });
});
