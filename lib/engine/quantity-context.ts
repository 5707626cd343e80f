/**
 * What a quantity in a claim measures, read from the words around it: the slot (a length, a
 * delay, a difference, a point in time relative to another) and the content words nearby.
 * "began 20 minutes late", "lasted two hours longer than planned" and "lasted 2 hours and 16
 * minutes" are three different slots; only the last is the length of the meeting.
 */
import { groupTollParts, isCasualty } from './casualties';
import { lookup } from './gazetteer';
import { ATTENDANCE, sense } from './synonyms';
import { isGenericTerm, isNumeric, isStopWord, lightStem, type Word } from './terms';
import type { Quantity } from './types';

export type QuantitySlot = 'length' | 'sentence' | 'delay' | 'difference' | 'offset' | 'toll' | 'magnitude' | 'attendance' | 'load' | 'capacity' | 'other';

/**
 * Slots whose cue words or unit say what is measured, so that the actors of the story can stand
 * in for a shared sentence: a meeting's length, the dead of a disaster, an earthquake's magnitude.
 */
export const TYPED_SLOTS: ReadonlySet<QuantitySlot> = new Set(['length', 'sentence', 'delay', 'difference', 'toll', 'magnitude', 'attendance']);

export interface QuantityView {
  quantity: Quantity;
  slot: QuantitySlot;
  /** Content words near the quantity (light-stemmed), outside every quantity of the claim. */
  window: Set<string>;
  /** The window's words that are not generic news vocabulary. */
  distinctiveWindow: Set<string>;
  /** The distinctive words right next to the quantity: what it is of ("revenue of $6.8 billion", "4,500 rescuers"). */
  closeWindow: Set<string>;
  /**
   * For a percentage or a measure, whether it moved by its figure or stands at it; for a count, whether it
   * counts what was done to some of a thing or how many there are; when the words beside it say.
   */
  reading?: FigureReading;
  /** For a count of what was done to some of a thing, the deed ("close" for "close 120 stores" and "shut 125 stores"). */
  act?: string;
  /** For a percentage or a measure that moved, which way, when the words beside it say (see `changeDirection`). */
  direction?: ChangeDirection;
  /** For a count, the place whose people it counts, when a demonym says so: "39 Palestinian women" (see `groupOf`). */
  group?: string;
  /** What a sum, a percentage or a measure is said to be of, right before it (see `namedOf`). */
  of?: string;
  /** For a percentage, the words of the whole it is a share of, right after it (see `shareBase`). */
  base?: Set<string>;
  /** Whether the figure is an average of many ("an average interruption of about 3 hours"), see `isMean`. */
  mean?: true;
  /** Whether the figure is one part's of a whole ("At the flagship hospital alone, 420 operations"), see `isPart`. */
  part?: true;
}

export type FigureReading = 'change' | 'level';
export type ChangeDirection = 'up' | 'down';

/** Content words taken on each side of a quantity. */
const WINDOW = 6;
/** Content words on each side that say what a quantity is of. */
const CLOSE = 2;
/** Raw words on each side read for slot cues ("for", "late", "longer than"). */
const CUE_REACH = 4;
/** Most words between two durations contrasted in one phrase ("2 h 16 min compared to 30 min planned"). */
const CONTRAST_REACH = 6;

const stems = (list: string) => new Set(list.split(/\s+/).filter(Boolean).map(lightStem));
/** A word as the cue lists write it; '' for none. */
const stemOf = (w: Word | undefined): string => (w ? lightStem(w.norm) : '');
/** "for 38 minutes, shorter than planned": what follows a comma or a dash qualifies the clause, not the figure. */
const detachedAt = (text: string, end: number): boolean => /^\s*[,;:()\u2013\u2014]/.test(text.slice(end, end + 3));
const DELAY = stems('late delay delayed delays behind overdue postponed tardy');
/** "held for 2 hours 40 minutes in Dublin before departure, a delay the airline blamed on …": the clause's figure named a delay after a comma. */
const DELAY_SET_OFF = /^[^,;.!?]*,\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?delay\b/i;
const DIFFERENCE_AFTER = stems('longer shorter more less fewer extra beyond off');
const DIFFERENCE_BEFORE = stems('extra additional another further');
/** Words right after a count that make it one added to another: "four more seats", "200 extra buses". */
const ADDED_AFTER = new Set(['more', 'fewer', 'extra', 'additional']);
const OFFSET_AFTER = stems('ago later earlier before after afterwards afterward into since');
const OFFSET_BEFORE = stems('within after since on');
/** Words before "of" that are no thing lasting: "ahead of", "instead of", "one of", "out of". */
const NOT_LASTING_BEFORE_OF = new Set(['ahead', 'instead', 'out', 'because', 'one', 'some', 'all', 'most', 'each', 'both', 'none', 'many', 'part', 'inside', 'outside', 'short']);
/** A term in prison is a length of its own: "sentenced to 12 years", not the nine years someone served as mayor. */
const SENTENCE = stems('sentence sentenced sentences sentencing prison prisons jail jailed imprisonment imprisoned custody probation');
const LENGTH = stems(
  `last lasted lasting lasts spent spend spending took take takes taking duration long length lengthy
  meeting meetings talks session sessions conversation discussion discussions hearing interview negotiations
  call flight journey trip visit speech stay lasted ran deliberation deliberations deliberating debate`,
);

/**
 * "shares jumped 37%", "closed down 5.8 per cent", "a 12% rise", "the reservoir had risen 4.6
 * metres": a percentage or a measure something moved by. "a 44 percent premium", "a premium of
 * 41%", "a 25% stake", "a 22-metre embankment": one it stands at. A change and a level are never
 * one figure, though both are percentages of one company or lengths of one dam; one whose words
 * say neither ("inflation was 3.9%", "growth ran at 11%") may be either.
 */
const CHANGE_BEFORE = stems(
  `rose rise rises rising risen fell fall falls falling fallen jumped jump jumps climbed climb climbs gained gain gains
  lost dropped drop drops slid slipped slumped surged soared plunged tumbled sank grew declined increased decreased dipped
  edged eased shed expanded contracted shrank up down by`,
);
/** Verbs of a change, among CHANGE_BEFORE, that may stand further off: "grew at an annual rate of 3%". */
const NO_VERBS = stems('up down by');
const CHANGE_VERBS = new Set([...CHANGE_BEFORE].filter((stem) => !NO_VERBS.has(stem)));
/** Nouns of how fast a change went: "a rate of", "a pace of". */
const RATE_NOUNS = stems('rate pace');
/** Words before "rate of" read for the verb of the change: "expanded at an annualized rate of". */
const RATE_VERB_REACH = 4;
/** Nouns and comparatives of a change: "a 12% rise", "a 5% pay rise", "wage growth of 11%", "18% higher", "65% smaller". */
const CHANGE_NOUNS = stems(
  `rise rises jump jumps gain gains drop drops fall falls increase increases decrease decreases decline declines surge slump
  growth cut cuts reduction hike hikes raise loss losses higher lower smaller larger bigger faster slower cheaper longer
  shorter more less fewer`,
);
const ARTICLE = stems('a an');

function figureReading(words: Word[], after: Word[], text: string, end: number): FigureReading | undefined {
  const before = withoutRangeOpening(words);
  const prev = stemOf(before[before.length - 1]);
  const detached = detachedAt(text, end);
  const next = detached ? '' : stemOf(after[0]);
  const following = detached ? '' : stemOf(after[1]);
  // "eased to 3.8%", "down from 4.4 percent": where a change ended or began, a level.
  if ((prev === 'to' || prev === 'from') && CHANGE_BEFORE.has(stemOf(before[before.length - 2]))) return 'level';
  if (CHANGE_BEFORE.has(prev) || CHANGE_NOUNS.has(next) || (ARTICLE.has(prev) && CHANGE_NOUNS.has(following))) return 'change';
  // "wage growth of 11%" and "expanded at an annualized rate of 4.2%" are changes; "a premium of
  // 41%" and "a range of 0.5% to 0.75%" levels. "ran at 11%" may be either.
  if (prev === 'of') {
    const noun = stemOf(before[before.length - 2]);
    const rateOfChange = RATE_NOUNS.has(noun) && before.slice(-2 - RATE_VERB_REACH, -2).some((w) => CHANGE_VERBS.has(stemOf(w)));
    return CHANGE_NOUNS.has(noun) || rateOfChange ? 'change' : 'level';
  }
  // "1% of your requests", "37% of the vote": a share of something, a level.
  if (next === 'of') return 'level';
  return ARTICLE.has(prev) && next !== '' ? 'level' : undefined;
}

/** "a range of between 0.5% and 0.75%": both figures of a range read as its opening's words say. */
function withoutRangeOpening(before: Word[]): Word[] {
  const at = before.length - 1;
  if (before[at]?.norm === 'between') return before.slice(0, at);
  return before[at]?.norm === 'and' && before[at - 1]?.norm === 'between' ? before.slice(0, at - 1) : before;
}

const UP = stems(
  `rose rise rises rising risen jumped jump jumps jumping climbed climb climbs climbing gained gain gains gaining surged surge
  soared soaring grew grow growing increased increase increases growth hike hikes raise up higher larger bigger more`,
);
const DOWN = stems(
  `fell fall falls falling fallen lost lose losing dropped drop drops dropping slid slipped slumped slump plunged tumbled sank
  declined decline declines decreased decrease decreases dipped shed down lower smaller fewer less cut cuts reduction loss losses`,
);

/**
 * Which way a percentage or a measure that moved went, from the verb before it or the noun after
 * it: "lost more than 80% of their value" went down, "jumped 41%", "a 12% rise" and "had risen 4.6
 * metres" up. A fall and a rise of one thing are two moves, never one told otherwise.
 */
function changeDirection(before: Word[], after: Word[], text: string, end: number): ChangeDirection | undefined {
  for (const word of [stemOf(before[before.length - 1]), detachedAt(text, end) ? '' : stemOf(after[0])]) {
    if (UP.has(word)) return 'up';
    if (DOWN.has(word)) return 'down';
  }
  return undefined;
}

/**
 * "close 120 stores", "hired 300 workers", "sold 1.2 million cars": a count of what was done to
 * some of a thing. "employs 12,500 people at 410 stores", "operates 410 stores": how many there
 * are. What was done to some is never the count of all, though both count stores of one chain.
 */
const DEEDS: readonly string[] = [
  'close closes closed closing shut shuts shutting',
  'open opens opened opening',
  'cut cuts cutting eliminate eliminates eliminated eliminating axe axes axed axing slash slashes slashed slashing shed sheds shedding fire fires fired firing',
  'add adds added adding create creates created creating',
  'build builds built building',
  'hire hires hired hiring',
  'sell sells sold selling',
  'buy buys bought buying acquire acquires acquired acquiring',
  'lose loses lost losing',
  'recall recalls recalled recalling',
  'convert converts converted converting',
];
/** Each form of each deed, as a window word writes it, to the deed's first word: "shut" and "closed" are one deed. */
const DEED_OF = new Map(DEEDS.flatMap((group) => group.split(/\s+/).map((word) => [lightStem(word), group.slice(0, group.indexOf(' '))] as const)));
const STANDING_BEFORE = stems('at across has have had operates operate operated operating runs owns owned employs employed totals totalled numbers');

/** How a count reads, from the word right before it, and the deed it counts when that word names one. */
function countView(before: Word[]): Pick<QuantityView, 'reading' | 'act'> {
  const prev = stemOf(before[before.length - 1]);
  const act = DEED_OF.get(prev);
  if (act) return { reading: 'change', act };
  return STANDING_BEFORE.has(prev) ? { reading: 'level' } : {};
}

/** How a percentage or a measure reads, and which way it moved when it did. */
function figureView(before: Word[], after: Word[], text: string, end: number): Pick<QuantityView, 'reading' | 'direction'> {
  const reading = figureReading(before, after, text, end);
  const direction = reading === 'change' ? changeDirection(before, after, text, end) : undefined;
  return direction ? { reading, direction } : { reading };
}

/** Claim-relative spans of the quantities, found by their text in order (offsets in a quantity are document-relative). */
function locate(text: string, quantities: Quantity[]): Array<{ quantity: Quantity; start: number; end: number }> {
  const located: Array<{ quantity: Quantity; start: number; end: number }> = [];
  let from = 0;
  for (const quantity of [...quantities].sort((x, y) => x.start - y.start)) {
    let at = text.indexOf(quantity.text, from);
    if (at < 0) at = text.indexOf(quantity.text);
    if (at < 0) {
      located.push({ quantity, start: -1, end: -1 });
      continue;
    }
    located.push({ quantity, start: at, end: at + quantity.text.length });
    from = at + quantity.text.length;
  }
  return located;
}

/**
 * Number words ("the two leaders") are not stop words but generic terms: they stay, weighing
 * little. Capitalised words inside the sentence are left to entity matching: a shared "Russia" next to two dates
 * says nothing about whether the dates are of one event.
 */
function isContent(word: Word, text: string, opening: boolean): boolean {
  const first = text[word.start] ?? '';
  // The sentence's first word is capitalised whatever it is ("Revenue rose 12 per cent"), unless
  // it is all capitals: a dateline ("CHICAGO (AP) -") or an acronym.
  const lower = first === first.toLowerCase() || (opening && text.slice(word.start + 1, word.end) !== text.slice(word.start + 1, word.end).toUpperCase());
  return !isStopWord(word.norm) && !isNumeric(word.norm) && lower;
}

/**
 * "will take effect in 30 days", "must respond within 90 days", "expires in six months": the time
 * left until something is due, a delay, not how long anything lasts ("take" is no length here).
 */
export const DEADLINE_BEFORE =
  /\b(?:(?:take|takes|took|taking|come|comes|came|coming|go|goes|went|going)\s+(?:into\s+)?(?:effect|force)|expires?|expiring|lapses?|(?:must|has\s+to|have\s+to|had\s+to|required\s+to|ordered\s+to)(?:\s+[a-z]+){1,3}|deadline)\s+(?:with)?in\s+(?:the\s+next\s+)?(?:(?:about|around|some|roughly|just|only)\s+)?$/i;

/**
 * "$300 billion over two years", "5% over three years": "over" right after an amount says what span
 * the amount is spread across, neither that the span is longer than the figure nor how long
 * anything lasted.
 */
export const SPREAD_OVER = /(?:\d|%|\b(?:thousand|million|billion|trillion|bn|mn|percent|cent))\s+over\s+$/i;

/** "trains were held up for 40 minutes", "kept up for an hour": a wait put on someone, not a length of anything. */
const HOLDING = stems('held hold holds holding kept keep keeps');

function heldUp(before: Word[]): boolean {
  const at = before.findLastIndex((w) => w.norm === 'up');
  return at > 0 && HOLDING.has(lightStem(before[at - 1]!.norm));
}

/**
 * "fell short by eight votes", "won by 12 seats", "beat them by 3 goals": by how much one figure
 * passed or missed another, not a figure of its own ("112 votes" of a tally).
 */
const MARGIN_BEFORE_BY = stems('short won win wins lost lose loses beat beaten defeated trailed trail trails led lead leads ahead behind missed');

function isMargin(before: Word[]): boolean {
  const n = before.length;
  return n >= 2 && before[n - 1]!.norm === 'by' && MARGIN_BEFORE_BY.has(lightStem(before[n - 2]!.norm));
}

/**
 * "was carrying about 84,000 tonnes of crude", "laden with 600,000 barrels", "a cargo of 20 tonnes":
 * what a ship, a truck or a tank held, not what spilled from it, burned or was lost ("8,000 tonnes
 * of crude escaped"). A count of people carried is who was aboard, and stays a count of them.
 */
const CARRYING = stems('carrying carried carries carry laden loaded holding');
const LOAD_OF = stems('cargo load');
const BULK_UNITS = new Set(['barrel', 'gallon', 'litre', 'liter', 'ton', 'tonne', 'container']);

function isLoad(before: Word[], quantity: Quantity): boolean {
  if (quantity.kind !== 'measure' && !(quantity.kind === 'count' && BULK_UNITS.has(quantity.unit))) return false;
  const [prev, prev2] = [stemOf(before[before.length - 1]), stemOf(before[before.length - 2])];
  return CARRYING.has(prev) || ((prev === 'of' || prev === 'with') && (LOAD_OF.has(prev2) || CARRYING.has(prev2)));
}

/**
 * "licensed to carry 100 passengers", "licensed for 120", "a capacity of 500,000 barrels", "can
 * seat 60,000", "can handle up to 1,200 megawatts": what a vessel, a hall, a tank or a substation
 * may hold, not what it held that day ("was carrying about 150 passengers", "850 MW of load"):
 * two reports of a capacity conflict, a capacity and a load do not.
 */
const PERMITTED = stems('licensed permitted allowed authorised authorized designed built certified rated approved');
const HOLD = stems('carry hold seat take accommodate handle generate produce supply power');
// A ship's deadweight is what it can carry: "a deadweight of 105,000 tonnes" is no cargo.
const ROOM = stems('capacity room space deadweight');

/**
 * Words back to a rating's verb: "rated to resist a sustained attack for up to seven minutes",
 * "built to withstand winds of 200 km/h" tell what a thing is made to bear, not what it bore.
 */
const RATED_REACH = 8;

function isCapacity(before: Word[]): boolean {
  const [prev, prev2, prev3] = [stemOf(before[before.length - 1]), stemOf(before[before.length - 2]), stemOf(before[before.length - 3])];
  if (prev === 'of' || prev === 'for') return ROOM.has(prev2) || (prev === 'for' && PERMITTED.has(prev2));
  return HOLD.has(prev) && ((prev2 === 'to' && PERMITTED.has(prev3)) || prev2 === 'can' || prev2 === 'could');
}

/** Whether a rating's verb ("rated to", "built to") stands among the words `before` a figure. */
function ratedTo(before: Word[]): boolean {
  const near = before.slice(-RATED_REACH);
  return near.some((w, i) => PERMITTED.has(stemOf(w)) && near[i + 1]?.norm === 'to');
}

/**
 * "an average interruption of about 3 hours 10 minutes", "for an average of seven years",
 * "lasted three hours on average", "a median wait of 40 minutes": a mean of many. It may agree
 * with a figure told plainly ("followed for about seven years"), but differing from the one figure
 * of the event ("the outage lasted about six hours") it is another figure, not that one told otherwise.
 */
const MEAN = stems('average averaged averaging median');
const MEAN_REACH = 3;

function isMean(before: Word[], after: Word[]): boolean {
  return before.slice(-MEAN_REACH).some((w) => MEAN.has(stemOf(w))) || (after[0]?.norm === 'on' && after[1]?.norm === 'average');
}

/** Words that stress a figure and say nothing of its slot: "inside for just four minutes". */
const STRESS = new Set(['just', 'only', 'barely', 'merely']);

/**
 * "At Puerto Montt's airport alone, 34 flights were cancelled", "In the city of Seville alone,
 * around 68,000 customers": a figure after "… alone," is one part's of a whole the story counts
 * too. It is set only against another part's.
 */
const PART_BEFORE = /\balone,[^,;]*$/;

function isPart(text: string, start: number): boolean {
  return PART_BEFORE.test(text.slice(0, start));
}

function slotOf(said: Word[], after: Word[], quantity: Quantity, text: string, start: number, end: number, rated: boolean): QuantitySlot {
  const stressed = said.length > 0 && STRESS.has(said[said.length - 1]!.norm);
  const before = stressed ? said.slice(0, -1) : said;
  if (quantity.kind === 'count' && (isCasualty(quantity.unit) || groupTollParts(quantity.unit))) return 'toll';
  if (quantity.kind === 'measure' && quantity.unit === 'magnitude') return 'magnitude';
  // A crowd is one figure of its event, however the words around it differ ("a crowd of 14,800", "some 13,000 spectators").
  if (quantity.kind === 'count' && quantity.unit === ATTENDANCE) return 'attendance';
  if ((quantity.kind === 'count' || quantity.kind === 'measure') && isCapacity(before)) return 'capacity';
  if ((quantity.kind === 'count' || quantity.kind === 'measure' || quantity.kind === 'duration') && rated) return 'capacity';
  if (isLoad(before, quantity)) return 'load';
  // "needs four more seats", "fell short by eight votes": how many beyond or short of another figure.
  if (quantity.kind === 'count' && after[0] && ADDED_AFTER.has(after[0].norm) && /^\s+$/.test(text.slice(end, after[0].start))) return 'difference';
  if (quantity.kind !== 'duration') return isMargin(before) ? 'difference' : 'other';
  // "in 2:04:37, taking 33 seconds off the record": what follows a comma qualifies the clause.
  const detached = detachedAt(text, end);
  const next = detached ? '' : stemOf(after[0]);
  const prev = stemOf(before[before.length - 1]);
  const near = [...before, ...(detached ? [] : after)].map((w) => lightStem(w.norm));
  const lead = text.slice(0, start);
  if (SPREAD_OVER.test(lead)) return 'other';
  // "after nearly five hours of talks": the length of the talks, whatever word comes before it.
  if (next === 'of' && after[1] && LENGTH.has(lightStem(after[1].norm))) return 'length';
  if (DIFFERENCE_AFTER.has(next) || DIFFERENCE_BEFORE.has(prev)) return 'difference';
  if (DELAY.has(next) || near.some((w) => DELAY.has(w)) || heldUp(before) || DEADLINE_BEFORE.test(lead) || DELAY_SET_OFF.test(text.slice(end))) return 'delay';
  if (near.some((w) => SENTENCE.has(w))) return 'sentence';
  // "spoke for 40 minutes before moving on", "held for two years after the coup".
  if (prev === 'for') return 'length';
  if (OFFSET_AFTER.has(next) || OFFSET_BEFORE.has(prev)) return 'offset';
  // "a standoff of about 11 hours", "a wait of two hours": the length of the noun before "of". Not a
  // race's time written as a clock ("a personal best of 1:05:40"), which is how fast, not how long.
  if (prev === 'of' && before.length >= 2 && !NOT_LASTING_BEFORE_OF.has(before[before.length - 2]!.norm) && !/\d:\d\d/.test(quantity.text)) return 'length';
  // "a two-and-a-half-hour meeting": the quantity is itself the modifier of a length noun.
  const compound = /-(?:hour|minute|day|week|month|year)s?$/i.test(quantity.text) && text.slice(end, end + 1) === ' ';
  if (compound || prev === 'for' || near.some((w) => LENGTH.has(w))) return 'length';
  return 'other';
}

/**
 * "spent two hours seventeen minutes instead of the originally announced 35 minutes": the second
 * duration's own words name no slot, but it is contrasted with the first, whose slot it shares.
 * Only a length or a term is contrasted so: a difference or a delay is told of another figure, not
 * beside it ("won in 2:04:37, taking 33 seconds off the record").
 */
const CONTRASTED: ReadonlySet<QuantitySlot> = new Set(['length', 'sentence']);

function inheritContrastedSlots(views: QuantityView[], spans: Array<{ start: number; end: number }>, free: Word[]): void {
  views.forEach((v, i) => {
    if (v.slot !== 'other' || v.quantity.kind !== 'duration' || (spans[i]?.start ?? -1) < 0) return;
    let best: { slot: QuantitySlot; gap: number } | undefined;
    views.forEach((w, j) => {
      const [x, y] = [spans[i]!, spans[j]!];
      if (j === i || w.quantity.kind !== 'duration' || !CONTRASTED.has(w.slot) || y.start < 0) return;
      const [from, to] = x.start < y.start ? [x.end, y.start] : [y.end, x.start];
      const gap = free.filter((word) => word.start >= from && word.end <= to).length;
      if (gap <= CONTRAST_REACH && (!best || gap < best.gap)) best = { slot: w.slot, gap };
    });
    if (best) v.slot = best.slot;
  });
}

/**
 * "13 Israeli women", "39 Palestinian prisoners", "nine Egyptian men": a count of one people, told
 * by the demonym or place name right after the figure. Two such counts of other peoples are two
 * groups, whatever noun they count.
 */
function groupOf(quantity: Quantity, after: Word[], text: string, end: number): string | undefined {
  const next = after[0];
  if (quantity.kind !== 'count' || !next || !/^\s*$/.test(text.slice(end, next.start)) || !/^\p{Lu}/u.test(text[next.start] ?? '')) return undefined;
  const hit = lookup(text.slice(next.start, next.end));
  return hit?.kind === 'place' ? hit.canonical : undefined;
}

/** Nouns that hold a figure without saying what it is of: "a total of $2.3 billion". */
const HOLDERS = stems('total amount sum figure value');

/**
 * The noun a sum, a percentage or a measure is said to be of, right before it: "debts of about
 * $2.3 billion", "assets of $1.9 billion", "growth of 1.5%". Counts name what they count after
 * the figure instead.
 */
function namedOf(before: Word[], quantity: Quantity, text: string, start: number): string | undefined {
  if (quantity.kind !== 'money' && quantity.kind !== 'percent' && quantity.kind !== 'measure') return undefined;
  const of = before[before.length - 1];
  const noun = before[before.length - 2];
  if (!of || !noun || of.norm !== 'of' || !/^\s+$/.test(text.slice(of.end, start)) || !/^\s+$/.test(text.slice(noun.end, of.start))) return undefined;
  const stem = lightStem(noun.norm);
  return isGenericTerm(stem) || HOLDERS.has(stem) ? undefined : sense(stem);
}

/** Words read of the whole a percentage is a share of. */
const BASE_WORDS = 4;

/**
 * The whole a percentage is a share of, in the words right after its "of": "87% of votes cast",
 * "about 64 per cent of the company's issued share capital". Shares of wholes that have no word in
 * common are two figures: a turnout and a vote's result.
 */
function shareBase(after: Word[], text: string, end: number, isContentWord: (w: Word) => boolean): Set<string> | undefined {
  const of = after[0];
  if (!of || of.norm !== 'of' || !/^\s+$/.test(text.slice(end, of.start))) return undefined;
  const words: Word[] = [];
  for (const word of after.slice(1, 1 + BASE_WORDS)) {
    // The whole ends where its phrase does: "of votes cast, well above…".
    if (!/^[\s'’]*$/.test(text.slice((words[words.length - 1] ?? of).end, word.start))) break;
    words.push(word);
  }
  const base = words.filter(isContentWord).map(senseOf);
  return base.length ? new Set(base) : undefined;
}

/** A window's word: one for all the words two reports use for the same thing ("income", "profit"). */
const senseOf = (w: Word): string => sense(lightStem(w.norm));
const distinct = (word: string): boolean => !isGenericTerm(word);

/** `all` is `words(text)`: callers read the words once for all they derive from them. */
export function quantityViews(text: string, quantities: Quantity[], all: Word[]): QuantityView[] {
  const located = locate(text, quantities);
  const inQuantity = (w: Word) => located.some((q) => q.start >= 0 && w.start < q.end && w.end > q.start);
  // "at 18:05 local time", "at 00:12 local time": the zone a time is told in says nothing of what happened then.
  const zoneWords = new Set(all.filter((w, i) => w.norm === 'local' && all[i + 1]?.norm === 'time'));
  const free = all.filter((w) => !inQuantity(w) && !zoneWords.has(w));
  const opening = all[0];
  const isContentWord = (w: Word) => isContent(w, text, w === opening);
  const views = located.map(({ quantity, start, end }): QuantityView => {
    if (start < 0) {
      const content = free.filter(isContentWord).map(senseOf);
      return { quantity, slot: 'other', window: new Set(content), distinctiveWindow: new Set(content.filter(distinct)), closeWindow: new Set() };
    }
    const before = free.filter((w) => w.end <= start);
    const after = free.filter((w) => w.start >= end);
    const slot = slotOf(before.slice(-CUE_REACH), after.slice(0, CUE_REACH), quantity, text, start, end, ratedTo(before));
    const group = groupOf(quantity, after, text, end);
    const of = namedOf(before, quantity, text, start);
    const base = quantity.kind === 'percent' ? shareBase(after, text, end, isContentWord) : undefined;
    const left = before.filter(isContentWord).slice(-WINDOW).map(senseOf);
    const right = after.filter(isContentWord).slice(0, WINDOW).map(senseOf);
    const near = [...left, ...right];
    return {
      quantity,
      slot,
      ...(quantity.kind === 'percent' || quantity.kind === 'measure' ? figureView(before, after, text, end) : {}),
      ...(quantity.kind === 'count' ? countView(before) : {}),
      ...(group ? { group } : {}),
      ...(of ? { of } : {}),
      ...(base ? { base } : {}),
      ...(isMean(before, after) ? { mean: true as const } : {}),
      ...(isPart(text, start) ? { part: true as const } : {}),
      window: new Set(near),
      distinctiveWindow: new Set(near.filter(distinct)),
      // The nearest words that say something: "shares of the company fell 2.1%" is of shares and a company, not of falling.
      closeWindow: new Set([...left.filter(distinct).slice(-CLOSE), ...right.filter(distinct).slice(0, CLOSE)]),
    };
  });
  inheritContrastedSlots(views, located, free);
  return views;
}
