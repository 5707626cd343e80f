/**
 * Writes lib/engine/data/one-word-regions.json: the one-word regions of country-region-data that
 * the gazetteer takes (see `regionsWithCountries` in lib/engine/gazetteer.ts), those no English
 * dictionary (wink's lexicon) and no list of given names holds: "Helmand", "Wiltshire", not "Cat",
 * "Central" or "Nelson". Asking the lexicon about every region costs the background's start a few
 * hundred milliseconds, so the list is made here. Run when country-region-data, wink's model or
 * the given names change:
 *
 *   npx tsx scripts/make-one-word-regions.ts
 *
 * A unit test checks that the file is what this script writes from the installed packages.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import REGIONS_BY_COUNTRY from 'country-region-data/data.json';
import { GIVEN_NAMES } from '../lib/engine/data/people';
import MORE_GIVEN_NAMES from '../lib/engine/data/given-names.json';
import { foldName } from '../lib/engine/name-keys';
import { inLexicon } from '../lib/engine/nlp';

/** A one-word name of letters, capitalised, of four letters or more. */
const ONE_WORD = /^\p{Lu}[\p{Ll}\p{M}-]{3,}$/u;

/** The one-word region names no dictionary or list of given names holds, sorted, each once. */
export function oneWordRegions(): string[] {
  const givenNames = new Set([...GIVEN_NAMES, ...MORE_GIVEN_NAMES].map(foldName));
  const names = REGIONS_BY_COUNTRY.flatMap(({ regions }) => regions.map((region) => region.name));
  return [...new Set(names.filter((name) => ONE_WORD.test(name) && !givenNames.has(foldName(name)) && !inLexicon(name)))].sort();
}

export const ONE_WORD_REGIONS_FILE = fileURLToPath(new URL('../lib/engine/data/one-word-regions.json', import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(ONE_WORD_REGIONS_FILE, `${JSON.stringify(oneWordRegions())}\n`);
}
