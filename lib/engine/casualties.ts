/**
 * Counts of people killed, injured (gravely or not), missing, arrested, evacuated, out
 * protesting or infected in an outbreak, whatever the count is written with: "killing at least
 * 250 people", "the death toll rose to 267", "267 dead", "267 deaths" and "killed 267" all count
 * the dead, "80,000 people marched" and "87,000 marchers" the protesters, "infected 1,240" and
 * "1,312 cases" the infected, "410 people have been admitted to hospital" and "410 patients needed
 * hospital treatment" the hospitalised, and one source's figure can be set against another's.
 */

export type Casualty = 'dead' | 'injured' | 'seriously injured' | 'hospitalised' | 'missing' | 'survivor' | 'arrested' | 'evacuated' | 'protester' | 'case';

const CASUALTIES: ReadonlySet<string> = new Set<Casualty>(['dead', 'injured', 'seriously injured', 'hospitalised', 'missing', 'survivor', 'arrested', 'evacuated', 'protester', 'case']);

/** Whether a count's unit is one of these. */
export function isCasualty(unit: string): boolean {
  return CASUALTIES.has(unit);
}

/**
 * Nouns that say no more than "people": a count of them takes what happened to them as its unit.
 * A count of a group ("12 civilians", "three soldiers") keeps its noun: a part of the dead is not
 * a rival figure for all of them.
 */
const GENERIC_PEOPLE = new Set(['people', 'person', 'other', 'others', 'individual', 'victim', 'life', 'body']);
/** Nouns that are themselves what happened. */
const CASUALTY_NOUNS = new Map<string, Casualty>(Object.entries({
  death: 'dead', fatality: 'dead', dead: 'dead', injury: 'injured', injured: 'injured', wounded: 'injured', missing: 'missing', survivor: 'survivor', arrest: 'arrested',
  protester: 'protester', protestor: 'protester', demonstrator: 'protester', marcher: 'protester',
  // An outbreak's "1,312 cases" are the people it "infected".
  case: 'case', infection: 'case',
}));
/** Words between a verb and its figure that do not part them: "killing at least 250". */
const HEDGE_WORDS = new Set(['at', 'least', 'most', 'more', 'than', 'nearly', 'about', 'around', 'some', 'over', 'up', 'to', 'almost', 'approximately', 'roughly', 'an', 'estimated', 'another', 'further', 'additional', 'a']);

const CUES: Array<[RegExp, Casualty]> = [
  [/^(?:kill|killed|killing|kills|dead|die|died|dies|dying|death|deaths|perished|fatalities|fatally|lives)$/, 'dead'],
  [/^(?:hospitali[sz]ed|hospitali[sz]ations?)$/, 'hospitalised'],
  // "20 were taken to hospital" after a crash: the injured, carried there.
  [/^(?:injure|injured|injuring|injures|injuries|wounded|wounding|wounds|hurt|hospital|treated)$/, 'injured'],
  [/^(?:missing|unaccounted)$/, 'missing'],
  // "pulled 104 survivors from the water", "104 people were rescued", "only 104 survived", "pulled
  // 12 alive from the rubble": those a disaster left alive are one count, however told.
  [/^(?:rescued|rescuing|rescues|survived|survivors|saved|alive)$/, 'survivor'],
  [/^(?:infected|infecting|infects|infections|sickened|sickening|cases)$/, 'case'],
  [/^(?:arrest|arrested|arresting|arrests|detained|detaining|detains)$/, 'arrested'],
  [/^(?:evacuated|evacuating|evacuate|displaced|displacing|displace|displaces|homeless|fled|fleeing|flee)$/, 'evacuated'],
  [/^(?:marched|marching|march|protested|protesting|protest|demonstrated|demonstrating|rallied|rallying|rally)$/, 'protester'],
];
/**
 * "Three people died and 20 were taken to hospital": a figure that opens a clause of its own, after
 * a conjunction and before its own verb, is told by that clause alone, not by the clause before.
 */
const CONJUNCTIONS = new Set(['and', 'but', 'while', 'whereas']);
/** "and three others may have escaped": a modal opens a clause of its own as "were" does. */
const AUXILIARIES = new Set(['were', 'was', 'are', 'is', 'had', 'have', 'has', 'remain', 'remained', 'may', 'might', 'could', 'would', 'will', 'can', 'should', 'must', 'did']);
/** Words on each side of the number read for a cue. */
const REACH = 5;
/** "The death toll … rose to 267", "the toll stood at 267": a toll's verb, then its figure. */
const TOLL = /\btoll\b(?:(?!\d)[^;])*?\b(?:to|at|of|reached|hit|passed|topped|exceeded|is|was|now)\s*$/i;
/**
 * "The number of people killed when the plane crashed … rose to 70", "the number of people
 * confirmed dead … rose to 79": what the number counts, a word or two into its phrase, then its figure.
 */
const NUMBER_OF = /\bnumber\s+of\s+(?:(?:people|persons|those)\s+)?((?:[a-z]+\s+){0,2}[a-z]+)\b(?:(?!\d)[^;])*?\b(?:to|at|reached|hit|passed|topped|exceeded|is|was|now)\s*$/i;
/** "died aged 85", "died at 85", "children under five": an age, not a count. */
const AGE_BEFORE = /\b(?:aged|age\s+of|at|(?:children|kids|babies|infants|adults|people)\s+(?:under|over|below|above))\s*$/i;

/**
 * "Eighteen of the injured", "three of those killed": a part of a count told elsewhere, not all of
 * it; but "seven of the passengers were killed" counts the dead.
 */
const PART_OF = /^\s*of\s+(?:the|its|their|those|these)\s+([A-Za-z]+)/i;
/**
 * "14 patients were in serious condition", "Eighteen of the injured were in critical condition",
 * "nine people seriously hurt": the gravely hurt, a part of the injured that reports count apart.
 */
const SERIOUS_AFTER = /^\s*(?:of\s+(?:the|its|their|those|these|them)(?:\s+[a-z]+)?\s+|[a-z]+\s+)?(?:(?:were|was|are|is|remain|remains|remained)\s+)?(?:in\s+(?:a\s+)?(?:serious|critical|grave)\s+condition|(?:seriously|critically|gravely)\s+(?:hurt|injured|wounded))\b/i;
/**
 * Those who live in a place: all of them are who leave it, so a count of them that is ordered out
 * is one of the evacuated; but a part of the dead or the injured, beside firefighters or visitors.
 */
const RESIDENTS = new Set(['resident', 'inhabitant', 'villager', 'household']);
/** "have been ordered to leave their homes", "were ordered off the island", "were forced from their homes", anywhere later in the figure's sentence. */
const ORDERED_OUT = /^[^;]*?\b(?:(?:ordered|told|forced|urged)\s+to\s+(?:leave|evacuate|flee)|ordered\s+(?:off|out\s+of|away\s+from)|forced\s+(?:from|out\s+of)\s+(?:their\s+)?homes?)\b/i;
/** A hedge between the words that lead to a figure and the figure: "the evacuation of some 1,200". */
const LEAD_HEDGE = String.raw`(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|at\s+least|an\s+estimated)\s+)?`;
/** "the evacuation of some 1,200 residents", "the deaths of 14 people", "the rescue of 23 crew": those it befell. */
const BEFALLEN = new Map<string, Casualty>(Object.entries({ evacuation: 'evacuated', death: 'dead', killing: 'dead', rescue: 'survivor', arrest: 'arrested', detention: 'arrested' }));
const BEFALLEN_OF = new RegExp(String.raw`\b(${[...BEFALLEN.keys()].join('|')})s?\s+of\s+${LEAD_HEDGE}$`, 'i');

function befallenOf(before: string): Casualty | null {
  const noun = BEFALLEN_OF.exec(before)?.[1];
  return noun ? (BEFALLEN.get(noun.toLowerCase()) ?? null) : null;
}
/** "forcing about 4,500 from their homes", "forced 36,000 from their homes": the figure is whom the verb drove out. */
const FORCING = /^forc(?:e|es|ed|ing)$/i;
const FROM_HOMES = /^\s*(?:[a-z]+\s+)?(?:from|out\s+of)\s+(?:their\s+)?homes?\b/i;
/** Nouns a count of the gravely hurt is told in, beside those that say no more than "people". */
const PATIENTS = new Set(['patient', 'casualty']);
/**
 * "410 people have been admitted to hospital", "410 patients have so far needed hospital
 * treatment", "30 remain in hospital": those in a hospital's care, ill or hurt, whom an outbreak
 * counts apart from its cases. Not "taken to hospital", which after a crash counts the injured.
 */
const HOSPITALISED_AFTER = /^\s*(?:(?:have|has|had|were|was|are|is|remain|remains|remained)\s+)?(?:(?:been|so\s+far|now|since|still)\s+)*(?:admitted\s+to|needed|needing|required|requiring|in)\s+(?:a\s+|the\s+)?hospital\b/i;

/** "Hospitals have admitted about 1,200 people": those a hospital took in, told before the figure. */
const HOSPITALS_ADMITTED_BEFORE = new RegExp(String.raw`\bhospitals?\s+(?:(?:have|has|had)\s+)?(?:(?:so\s+far|now|since)\s+)?admitted\s+${LEAD_HEDGE}$`, 'i');

function cueOf(word: string): Casualty | null {
  // "in March" is a month.
  if (word === 'March') return null;
  const lower = word.toLowerCase();
  return CUES.find(([re]) => re.test(lower))?.[1] ?? null;
}

/**
 * "Over 300 people, including 40 children, were evacuated": a part of the count set off after
 * it stands between the count and what happened to all of it.
 */
const PART_SET_OFF = /^([^,;]*?),\s*(?:including|among\s+them|most\s+of\s+them|many\s+of\s+them|mostly)\b[^,;]*,/i;

/** Up to REACH words of `text`, nearest first, stopping at another figure or a clause's end. */
function nearWords(text: string, fromEnd: boolean): string[] {
  const parts = fromEnd ? text.split(/\d|;/).pop()! : text.split(/\d|;/)[0]!;
  const found = parts.match(/[A-Za-z'-]+/g) ?? [];
  return (fromEnd ? found.reverse() : found).slice(0, REACH);
}

/**
 * The words after a figure without its noun, which may come after a word that describes it:
 * "12 injured people" are injured.
 */
function withoutNoun(words: string[], noun: string): string[] {
  const stem = noun.slice(0, Math.max(3, noun.length - 1));
  const at = words.findIndex((w) => w.toLowerCase().startsWith(stem));
  return at < 0 ? words.slice(1) : [...words.slice(0, at), ...words.slice(at + 1)];
}

function dropLeading(words: string[], drop: (word: string) => boolean): string[] {
  let i = 0;
  while (i < words.length && drop(words[i]!)) i++;
  return words.slice(i);
}

/**
 * What a count of people counts, read from its noun (`null` when it has none) and the words of
 * its sentence before and after it; null when it is no casualty count.
 */
export function casualtyOf(noun: string | null, before: string, told: string): Casualty | null {
  const after = told.replace(PART_SET_OFF, '$1');
  // A noun that says no more than who they are leaves what happened to them to the words after it.
  const plain = noun === null || GENERIC_PEOPLE.has(noun) || PATIENTS.has(noun);
  if (plain && SERIOUS_AFTER.test(after)) return 'seriously injured';
  const whole = noun === null ? PART_OF.exec(after)?.[1] : undefined;
  if (whole !== undefined && cueOf(whole) !== null) return null;
  const named = noun === null ? undefined : CASUALTY_NOUNS.get(noun);
  if (named !== undefined) return named;
  // Read past the noun, if any: "Two died in hospital" are dead.
  if (plain && (HOSPITALISED_AFTER.test(noun === null ? after : after.replace(/^\s*[A-Za-z-]+/, '')) || HOSPITALS_ADMITTED_BEFORE.test(before))) return 'hospitalised';
  if (noun !== null && RESIDENTS.has(noun)) {
    // Residents still missing are the missing: no firefighter or visitor is counted among them apart.
    const told = casualtyOf(null, before, after);
    return told === 'evacuated' || told === 'missing' ? told : null;
  }
  if (noun !== null && !GENERIC_PEOPLE.has(noun)) return null;
  return toldAround(noun, before, after);
}

/** "two others have not been accounted for", "12 have yet to be accounted for": the missing. */
const NOT_ACCOUNTED_FOR_AFTER = /^\s*(?:[a-z]+\s+){0,2}?(?:(?:have|has|had|were|was|are|is)\s+)?(?:not|yet\s+to)\s+(?:been\s+|be\s+)?accounted\s+for\b/i;

/** What the words around a count of people say happened to them. */
function toldAround(noun: string | null, before: string, after: string): Casualty | null {
  if (TOLL.test(before)) return 'dead';
  const befallen = befallenOf(before);
  if (befallen) return befallen;
  if (SURVIVED_AFTER.test(after)) return 'survivor';
  if (NOT_ACCOUNTED_FOR_AFTER.test(after)) return 'missing';
  const counted = NUMBER_OF.exec(before)?.[1]?.split(/\s+/).map(cueOf).find((cue) => cue !== null);
  if (counted) return counted;
  if (AGE_BEFORE.test(before)) return null;
  // Distances are counted from the verb's side of the figure: past its hedge, past its noun.
  const left = dropLeading(nearWords(before, true), (w) => HEDGE_WORDS.has(w.toLowerCase()));
  const right = noun === null ? nearWords(after, false) : withoutNoun(nearWords(after, false), noun);
  if (FORCING.test(left[0] ?? '') && FROM_HOMES.test(after)) return 'evacuated';
  const ownClause = CONJUNCTIONS.has(left[0]?.toLowerCase() ?? '') && AUXILIARIES.has(right[0]?.toLowerCase() ?? '');
  // "killing at least 14 people, injuring more than 120": the verb right before a figure tells of
  // it when a comma parts the figure from the words after it.
  const leftCue = !ownClause && left[0] ? cueOf(left[0]) : null;
  if (leftCue && /^\s*(?:[A-Za-z-]+\s*)?,/.test(after)) return leftCue;
  for (let distance = 0; distance < REACH; distance++) {
    // After the number first: "250 people were injured and 12 killed". Before it, only the word
    // next to it (hedges aside): in "treated using two or more" or "died before he was two" the
    // verb tells of something else than the figure.
    const cue = (right[distance] && cueOf(right[distance]!)) || (distance === 0 && leftCue);
    if (cue) return cue;
  }
  return ORDERED_OUT.test(after) ? 'evacuated' : null;
}

/** What happened to a group, as its unit reads: "miner killed", "soldier injured". */
const GROUP_TOLLS: Partial<Record<Casualty, string>> = {
  dead: 'killed', injured: 'injured', 'seriously injured': 'seriously injured', hospitalised: 'hospitalised',
  missing: 'missing', survivor: 'rescued', arrested: 'arrested', evacuated: 'evacuated',
};
/**
 * Verbs before a group's figure that tell what was done to people: "killed 17 workers", "arrested
 * 3 Britons". Not "saved 300 jobs" nor "hurt 300 firms", said of things as often as of people.
 */
const DONE_TO_PEOPLE: ReadonlyArray<[RegExp, Casualty]> = [
  [/^kill(?:s|ed|ing)?$/, 'dead'],
  [/^(?:injur(?:e|es|ed|ing)|wound(?:s|ed|ing)?)$/, 'injured'],
  [/^(?:arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?)$/, 'arrested'],
  [/^evacuat(?:e|es|ed|ing)$/, 'evacuated'],
  [/^rescu(?:e|es|ed|ing)$/, 'survivor'],
];

function doneTo(before: string): Casualty | null {
  const verb = dropLeading(nearWords(before, true), (w) => HEDGE_WORDS.has(w.toLowerCase()))[0]?.toLowerCase() ?? '';
  return DONE_TO_PEOPLE.find(([re]) => re.test(verb))?.[1] ?? befallenOf(before);
}

/** "58 passengers survived", "12 miners were rescued", "21 crew were airlifted to safety": a group left alive, as no thing is said to be. */
const SURVIVED_AFTER = /^\s*(?:[a-z-]+\s+){0,2}?(?:(?:were|was|have\s+been|had\s+been|been)\s+(?:rescued|(?:airlifted|brought|taken|pulled|winched|led|carried|helped)\s+to\s+safety)|survived)\b/i;

const GROUP_CLAUSE_END = /[,;:]|\b(?:and|or|but|while|whereas)\b/i;
const GROUP_TOLL = new RegExp(`^([a-z-]+) (${Object.values(GROUP_TOLLS).join('|')})$`);

/**
 * "Three miners were confirmed dead", "killed 17 workers": a count of a group told with what
 * happened to it, as one unit ("miner killed"). The group keeps its noun, a part of the dead as
 * it is (see GENERIC_PEOPLE), and what happened keeps it from the group's other counts: the three
 * miners dead are not a rival figure for the 31 miners trapped. Null for a count of no group, or
 * when nothing is told to have happened to it.
 */
export function groupTollOf(noun: string | null, figure: number, before: string, told: string): string | null {
  // "was killed one cloudless afternoon": one of a group is seldom counted as such.
  if (noun === null || figure === 1 || GENERIC_PEOPLE.has(noun) || PATIENTS.has(noun) || RESIDENTS.has(noun) || CASUALTY_NOUNS.has(noun)) return null;
  // "24 fires and four minor injuries": what happened to the group is told in its own clause.
  const after = told.replace(PART_SET_OFF, '$1').split(GROUP_CLAUSE_END)[0]!;
  const toldAfter = SERIOUS_AFTER.test(after) ? 'seriously injured' : toldAround(noun, '', after);
  // "6 petabytes of data saved", "two versions alive": things are kept as often as people survive.
  const casualty = toldAfter === 'survivor' && !SURVIVED_AFTER.test(after) ? null : (toldAfter ?? doneTo(before));
  const participle = casualty === null ? undefined : GROUP_TOLLS[casualty];
  return participle === undefined ? null : `${noun} ${participle}`;
}

/** The group and what happened to it, of a unit `groupTollOf` made; null for any other unit. */
export function groupTollParts(unit: string): { group: string; told: string } | null {
  const m = isCasualty(unit) ? null : GROUP_TOLL.exec(unit);
  return m ? { group: m[1]!, told: m[2]! } : null;
}
