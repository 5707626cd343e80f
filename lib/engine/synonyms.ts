/**
 * Words two outlets use for one thing next to a figure: one writes "net income", the other "net
 * profit"; one "shares fell", the other "the stock dipped". The words around a figure say what it
 * is of (see quantity-context.ts), and two reports of one figure must be seen to say the same.
 * Only words that mean the same thing in any news story are grouped; a word with a second common
 * sense ("gas", "cut") is left alone, and so are the names of an event's own kind ("quake",
 * "tremor"), which tell its parts apart: "a second quake of magnitude 7.5" is not "a magnitude 7.7
 * earthquake", and would look like it if the two words were one.
 */
import { foldWord, lightStem } from './terms';

/** Each group's first word stands for all of them. */
const GROUPS: readonly string[] = [
  'profit profits earnings income',
  'revenue revenues sales turnover',
  'share shares stock stocks',
  'gasoline petrol',
  'death deaths dead killed killing died fatalities',
  'injured injuries wounded',
  'employee employees worker workers staff staffers workforce',
  'prison jail imprisonment',
  'lawyer lawyers attorney attorneys',
  'ballot ballots vote votes',
];

const SENSE = new Map<string, string>();
for (const group of GROUPS) {
  const [head, ...others] = group.split(' ').map((word) => lightStem(foldWord(word)));
  for (const word of others) SENSE.set(word!, head!);
}

/** The word standing for `stem`'s group, or `stem` itself; `stem` is a folded, light-stemmed word. */
export function sense(stem: string): string {
  return SENSE.get(stem) ?? stem;
}

/**
 * Nouns two reports count one thing in: "214 structures" and "at least 200 buildings", "97 homes"
 * and "97 houses". Only for counts, whose noun is the thing counted: beside a figure, "house" may
 * be a chamber and "structure" a company's form, which a count of them is not.
 */
const COUNTED_GROUPS: readonly string[] = ['building structure', 'home house'];

const COUNTED = new Map<string, string>();
for (const group of COUNTED_GROUPS) {
  const [head, ...others] = group.split(' ');
  for (const noun of others) COUNTED.set(noun!, head!);
}

/** The noun a count of `noun` (singular, lower case) is told in, one for all the nouns of its group. */
export function countedSense(noun: string): string {
  return COUNTED.get(noun) ?? noun;
}
