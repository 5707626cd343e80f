/**
 * Writes lib/engine/data/given-names.json: the given names of compromise's lexicon (its male and
 * female first names, about 3,000 from many languages), which widen the engine's own short list
 * (data/people.ts). compromise itself is too large and too slow to load in the background for a
 * list of words, so the list is taken from it here. Run when compromise is upgraded:
 *
 *   npx tsx scripts/make-given-names.ts
 *
 * A unit test checks that the file is what this script writes from the installed compromise.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

const NAME_TAGS = new Set(['MaleName', 'FemaleName']);

/** compromise's first names, lower case, one word each, sorted. */
export function compromiseGivenNames(): string[] {
  const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }).world().model.one.lexicon;
  return Object.entries(lexicon)
    .filter(([word, tags]) => /^[\p{Ll}'-]+$/u.test(word) && (Array.isArray(tags) ? tags : [tags]).some((tag) => NAME_TAGS.has(tag)))
    .map(([word]) => word)
    .sort();
}

export const GIVEN_NAMES_FILE = fileURLToPath(new URL('../lib/engine/data/given-names.json', import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(GIVEN_NAMES_FILE, `${JSON.stringify(compromiseGivenNames())}\n`);
}
