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
  'debt debts liabilities owed owes owing',
];

/** Each word of each group, as `normal` writes it, to its group's first word. */
function headsOf(groups: readonly string[], normal: (word: string) => string): Map<string, string> {
  const heads = new Map<string, string>();
  for (const group of groups) {
    const [head, ...others] = group.split(' ').map(normal);
    for (const word of others) heads.set(word!, head!);
  }
  return heads;
}

const SENSE = headsOf(GROUPS, (word) => lightStem(foldWord(word)));

/** The word standing for `stem`'s group, or `stem` itself; `stem` is a folded, light-stemmed word. */
export function sense(stem: string): string {
  return SENSE.get(stem) ?? stem;
}

/** What a count of those at an event is told in, whatever they are called. */
export const ATTENDANCE = 'attendance';

/**
 * Nouns two reports count one thing in: "214 structures" and "at least 200 buildings", "97 homes"
 * and "97 houses", "13,000 spectators" and "a crowd of 14,800" (see `gatheringOf`, quantities.ts).
 * Only for counts, whose noun is the thing counted: beside a figure, "house" may be a chamber and
 * "structure" a company's form, which a count of them is not.
 */
const COUNTED_GROUPS: readonly string[] = ['building structure', 'home house', `${ATTENDANCE} spectator attendee`];

const COUNTED = headsOf(COUNTED_GROUPS, (noun) => noun);

/** The noun a count of `noun` (singular, lower case) is told in, one for all the nouns of its group. */
export function countedSense(noun: string): string {
  return COUNTED.get(noun) ?? noun;
}
