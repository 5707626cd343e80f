import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ONE_WORD_REGIONS_FILE, oneWordRegions } from '../../../scripts/make-one-word-regions';

describe('the one-word regions the gazetteer takes', () => {
  it('are what the script writes from the installed region list, lexicon and given names, so that an upgrade cannot leave them stale', () => {
    expect(JSON.parse(readFileSync(ONE_WORD_REGIONS_FILE, 'utf8'))).toEqual(oneWordRegions());
  });

  it('hold regions no dictionary has and no word, direction or given name', () => {
    const regions = oneWordRegions();
    expect(regions).toEqual(expect.arrayContaining(['Helmand', 'Wiltshire', 'Saskatchewan']));
    for (const word of ['Central', 'Plateau', 'Delta', 'Nelson']) expect(regions, word).not.toContain(word);
  });
});
