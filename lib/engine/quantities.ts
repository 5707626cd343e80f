/**
 * Quantities in a sentence, normalised (see types.ts). wink's numeric entities find most of
 * them; a few patterns add the forms it splits or misses ("two-and-a-half-hour", "1200 Damascus
 * time"); each candidate is then read into a value, a bound and a role.
 */
import type { Quantity, QuantityBound, QuantityKind } from './types';
import { parse, type Parsed } from './nlp';
import { NUMBER_WORD_PATTERN as NW, parseNumber, SPOKEN_DECIMAL_PATTERN as SD, VULGAR_FRACTION as VF } from './number-words';
import { MONTH_PATTERN as MONTH, parseDate, parseTime } from './dates';
import { CURRENCY_WORD, dollarNamedAfter, isMoneyNoun, isPoundsOfWeight, MONEY_IN_WORDS_PATTERN, MONEY_PATTERN, parseMoney } from './money';
import { measurePattern, parseMeasure } from './measures';
import { CELSIUS, parseTemperature, temperaturePattern, temperatureScale } from './temperatures';
import { casualtyOf, groupTollOf, isCasualty } from './casualties';
import { ATTENDANCE, countedSense } from './synonyms';
import { lookup } from './gazetteer';
import { OLDEST_AGE } from './data/people';
import { CLOCK_RES, CLOSE_TO_TIME, ELAPSED_AFTER_LENGTH_RE, ELAPSED_RE, elapsedSeconds, inZone, NAMED_TIME_RE } from './clock-times';
import { scoresIn, tallyOf } from './vote-tallies';
import { CLAUSE_REACH, GAPPED_CLAUSE, roleOf } from './quantity-roles';
import { DEADLINE_BEFORE, SPREAD_OVER } from './quantity-context';
import { DATELINE } from './text';

interface Candidate {
  kind: QuantityKind | 'cardinal' | 'vague';
  start: number;
  end: number;
}

// "and" joins number words after a scale ("one hundred and twenty") and before "a half"; elsewhere
// ("two and three hours") it joins two numbers.
const NUMBER_AND = '(?:(?<=(?:hundred|thousand|million|billion)[\\s-]+)and[\\s-]+|(?=and[\\s-]+a[\\s-]+(?:half|quarter))and[\\s-]+)';
const NUM = `(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:\\s?${VF})?|${NW}(?:[\\s-]+${NUMBER_AND}?(?:a[\\s-]+)?${NW})*(?:${SD}(?:\\s+${NW})?)?)`;
const UNIT = '(?:hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?|months?|years?|decades?)';
/** "three more years", "one full calendar year", "two long weeks": words between a number and its unit that leave it a span of time. */
const SPAN_WORD_LIST = 'more|extra|additional|further|full|long|whole|straight|consecutive|calendar';
const SPAN_WORDS = `(?:(?:${SPAN_WORD_LIST})[\\s-]+){0,2}`;
const ONE_DURATION = `(?:(?:${NUM}|an?|half[\\s-]+an?)[\\s-]+${SPAN_WORDS}${UNIT}(?:[\\s-]+and[\\s-]+a[\\s-]+half)?)`;
const DURATION_RE = new RegExp(`\\b${ONE_DURATION}(?:,?\\s+(?:and\\s+)?${ONE_DURATION})*\\b`, 'gi');

/** One number: digits (with a fraction), or a number word, or two joined by a hyphen ("twenty-five"). */
const ONE_NUMBER = `(?:\\d[\\d,]*(?:\\.\\d+)?(?:\\s?${VF})?|${NW}(?:-${NW})?)`;
/**
 * "between 400 and 600 breaks", "30 to 35 minutes", "two or three hours", "400-600 people",
 * "20-25C": a span of two numbers, the first written without the unit of the second, which may be
 * a temperature's scale glued to it. Not after a currency sign or a digit (money and figures such
 * as "1.5-2" are read as a whole elsewhere).
 */
const RANGE_RE = new RegExp(`(?<![$€£¥\\d.,])\\b(?:(between)\\s+)?(${ONE_NUMBER})\\s*(?:(to|or|and)\\s+|[-–]\\s*)(?=(${ONE_NUMBER})(?:\\b|[CF]\\b))`, 'gi');

/** A span of two numbers: where its first number is, and where the second starts. */
interface Range {
  lowStart: number;
  lowEnd: number;
  low: number;
  high: number;
  highStart: number;
  highEnd: number;
}

/** The spans of the sentence `view.slice(from, to)` whose second number is the larger. */
function rangesIn(view: string, from: number, to: number): Range[] {
  const ranges: Range[] = [];
  const sentence = view.slice(from, to);
  RANGE_RE.lastIndex = 0;
  for (let m = RANGE_RE.exec(sentence); m; m = RANGE_RE.exec(sentence)) {
    const [whole, between, lowText, joiner, highText] = m;
    // "two and three" is a span only after "between": elsewhere "and" joins two things counted.
    if (joiner?.toLowerCase() === 'and' && !between) continue;
    // A span is written with a dash in digits ("400-600"); words so joined make a compound ("a one-two punch").
    if (!joiner && !(/\d/.test(lowText!) && /\d/.test(highText!))) continue;
    const low = parseNumber(lowText!);
    const high = parseNumber(highText!);
    if (low === null || high === null || !(low < high)) continue;
    const lowStart = from + m.index + (between ? between.length + whole.slice(between.length).search(/\S/) : 0);
    const highStart = from + m.index + whole.length;
    ranges.push({ lowStart, lowEnd: lowStart + lowText!.length, low, high, highStart, highEnd: highStart + highText!.length });
  }
  return ranges;
}

/** Kinds whose unit a span's first number shares with its second. */
const SPANNED: ReadonlySet<Candidate['kind']> = new Set(['duration', 'count', 'cardinal', 'percent', 'measure']);

/**
 * A candidate reaching over a span's first number is cut to start at the second ("two and three
 * hours" would read as five); a candidate that is only the first number goes (it is read with the
 * second's unit, see `withRangeLows`).
 */
function cutAtRanges(found: Candidate[], ranges: Range[]): Candidate[] {
  if (!ranges.length) return found;
  return found.filter((c) => {
    if (!SPANNED.has(c.kind)) return true;
    for (const r of ranges) {
      if (c.start >= r.lowStart && c.end <= r.lowEnd) return false;
      if (c.start <= r.lowStart && c.end > r.highStart) c.start = r.highStart;
    }
    return true;
  });
}

/** The quantities with each span's first number added before its second, as "at least" and "at most". */
function withRangeLows(out: Quantity[], ranges: Range[], original: string, base: number): Quantity[] {
  for (const r of ranges) {
    const at = out.findIndex((q) => q.start === base + r.highStart);
    const high = out[at];
    if (!high || !SPANNED.has(high.kind)) continue;
    const scale = high.value / r.high;
    // A temperature's scales are not multiples of one another: "68-77F" starts at 20C.
    const low = high.kind === 'measure' && high.unit === CELSIUS ? parseTemperature(`${r.low}${temperatureScale(high.text)}`) : r.low * scale;
    if (low === null) continue;
    out.splice(at, 1, {
      ...high,
      value: low,
      text: original.slice(r.lowStart, r.lowEnd),
      start: base + r.lowStart,
      end: base + r.lowEnd,
      bound: 'atLeast',
    }, { ...high, bound: high.bound === 'exact' ? 'atMost' : high.bound });
  }
  return out;
}

/** "7-8 July 2017", "from 7 to 8 July", "July 7-8": the days a thing ran over, in one month. */
const DAY_SPAN = '\\d{1,2}(?:st|nd|rd|th)?\\s*(?:[-–]|\\s(?:to|and)\\s)\\s*\\d{1,2}(?:st|nd|rd|th)?';
const DATE_RES = [
  new RegExp(`\\b${DAY_SPAN}(?:\\s+of)?\\s+${MONTH}(?:,?\\s+\\d{4})?(?![\\w])`, 'g'),
  new RegExp(`\\b${MONTH}\\s+\\d{1,2}\\s*[-–]\\s*\\d{1,2}\\b(?:,?\\s+\\d{4}\\b)?`, 'g'),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH}(?:,?\\s+\\d{4})?(?![\\w])`, 'g'),
  new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4}\\b)?`, 'g'),
  new RegExp(`\\b${MONTH}\\s+\\d{4}\\b`, 'g'),
];

// "half a mile", "half a percentage point", as "half an hour" is a duration.
const MEASURE_RE = measurePattern(`(?:${NUM}|half[\\s-]+an?)`);
const TEMPERATURE_RE = temperaturePattern(NUM);

/**
 * "thousands of protesters", "tens of thousands of people", "dozens injured": a count told by its
 * order of size, read as at least two of that order (2,000; 20,000; 24), which agrees with any
 * figure above it and conflicts with one below.
 */
const VAGUE_RE = /\b(?:(tens|hundreds)\s+of\s+)?(dozens|scores|hundreds|thousands|millions)(?=\s+of\s)/gi;
const VAGUE_ORDER = new Map<string, number>(Object.entries({ tens: 10, dozens: 12, scores: 20, hundreds: 100, thousands: 1000, millions: 1_000_000 }));

/**
 * "1m people", "2.5bn users", "300k signatures": a count's scale abbreviated as a sum's is. Only
 * before a plural noun, and "m" only after a figure below 100 or with a decimal: "a 5m wall",
 * "the 100m sprint" and "two 400m races" are in metres.
 */
const SCALED_COUNT_RE = /\b(?:\d+(?:\.\d+)?(?:mn|bn|k)|(?:\d{1,2}|\d+\.\d+)m)\b(?=\s+(?:[a-z-]+\s+){0,2}?(?:[A-Za-z]+[^\Ws]s|people|children|men|women)\b)/g;

/** "a quarter of a million people", "a third of a billion users": a part of a scale, counted whole. */
const PART_OF_SCALE_RE = /\b(?:a|one)\s+(?:half|quarter|third)\s+of\s+an?\s+(?:million|billion|trillion)\b/gi;

/** Whether a count is told only by its order of size ("Thousands", "tens of thousands"). */
export function toldBySize(q: Quantity): boolean {
  return q.kind === 'count' && vagueCount(q.text) !== null;
}

function vagueCount(phrase: string): number | null {
  const m = /^(?:(\w+)\s+of\s+)?(\w+)$/.exec(phrase.toLowerCase());
  const order = m ? VAGUE_ORDER.get(m[2]!) : undefined;
  if (!m || order === undefined) return null;
  return 2 * (m[1] ? VAGUE_ORDER.get(m[1]) ?? 1 : 1) * order;
}

const PERCENT_RE = new RegExp(`(?:\\b\\d+(?:\\.\\d+)?|\\b${NUM})\\s?(?:%|per\\s?cent\\b|percent\\b)`, 'gi');

const UNIT_SECONDS = new Map<string, number>(Object.entries({
  h: 3600, hr: 3600, hrs: 3600, hour: 3600, hours: 3600,
  min: 60, mins: 60, minute: 60, minutes: 60,
  sec: 1, secs: 1, second: 1, seconds: 1,
  day: 86400, days: 86400, week: 604800, weeks: 604800,
  month: 2592000, months: 2592000, year: 31536000, years: 31536000,
  decade: 315360000, decades: 315360000,
}));

const SPAN_WORD = new RegExp(`^(?:${SPAN_WORD_LIST})$`);

/** Seconds in a duration phrase: "2 hours and 16 minutes", "two-and-a-half-hour", "an hour and a half". */
export function parseDuration(text: string): number | null {
  // A comma separates "2 hours, 16 minutes" but groups the thousands of "1,000 hours".
  const words = text.toLowerCase().replace(/,(?!\d{3}\b)/g, ' ').split(/[\s\u00a0-]+/).filter(Boolean);
  let total = 0;
  let lastUnit = 0;
  let buffer: string[] = [];
  for (const w of words) {
    const unit = UNIT_SECONDS.get(w);
    if (unit !== undefined) {
      const n = buffer.length > 0 ? parseNumber(buffer.join(' ')) : null;
      if (n === null) return null;
      total += n * unit;
      lastUnit = unit;
      buffer = [];
      continue;
    }
    if ((w === 'and' && buffer.length === 0) || SPAN_WORD.test(w)) continue;
    buffer.push(w);
  }
  if (buffer.length > 0) {
    // A trailing "and a half" belongs to the last unit ("an hour and a half").
    const rest = parseNumber(buffer.join(' '));
    if (rest !== null && rest < 1 && lastUnit) total += rest * lastUnit;
  }
  return lastUnit ? Math.round(total) : null;
}

const ONE_DURATION_RE = new RegExp(ONE_DURATION, 'gi');
const UNIT_RE = new RegExp(`${UNIT}(?![a-z])`, 'i');

/**
 * The durations of a sentence. Units joined into one duration must run from larger to smaller
 * ("2 hours, 16 minutes"): "2 hours and 16 minutes, and 30 minutes" is two durations.
 */
function collectDurations(sentence: string, from: number, out: Candidate[]): void {
  DURATION_RE.lastIndex = 0;
  for (let m = DURATION_RE.exec(sentence); m; m = DURATION_RE.exec(sentence)) {
    let start = -1;
    let end = -1;
    let lastUnit = Infinity;
    ONE_DURATION_RE.lastIndex = 0;
    for (let part = ONE_DURATION_RE.exec(m[0]); part; part = ONE_DURATION_RE.exec(m[0])) {
      const unit = UNIT_SECONDS.get(UNIT_RE.exec(part[0])?.[0].toLowerCase() ?? '') ?? 0;
      if (start >= 0 && unit >= lastUnit) {
        out.push({ kind: 'duration', start: from + m.index + start, end: from + m.index + end });
        start = -1;
      }
      if (start < 0) start = part.index;
      end = part.index + part[0].length;
      lastUnit = unit;
    }
    if (start >= 0) out.push({ kind: 'duration', start: from + m.index + start, end: from + m.index + end });
  }
}

/** Matches of `re` in `sentence`, which starts at `from`. */
function collect(re: RegExp, sentence: string, from: number, kind: Candidate['kind'], out: Candidate[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    out.push({ kind, start: from + m.index, end: from + m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
}

const WINK_KINDS = new Map<string, Candidate['kind']>(Object.entries({
  DATE: 'date', DURATION: 'duration', TIME: 'time', MONEY: 'money', PERCENT: 'percent', CARDINAL: 'cardinal',
}));
// When two readings overlap, the more specific one wins; a bare cardinal is the last resort.
const PRIORITY: Record<Candidate['kind'], number> = {
  time: 0, duration: 1, date: 2, money: 3, measure: 4, percent: 5, count: 6, vague: 6, cardinal: 7,
};
/** Units a measure written in words can have ("five miles"): without one, no measure pattern can match. */
const MEASURE_WORD = /metre|meter|mile|feet|foot|yard|inch|acre|hectare|ton|kilo|gram|pound|ounce|knot|point|byte|degree/i;

/** "$119-a-year", "twice a week", "120 nights a year": "a year" after an amount is what the amount is counted per, not a duration. */
const RATE_PER = /^(?:an?|per)[\s-]/i;
// "$650m a year", "$3 billion a year": a figure's scale word ends it as a digit would; "120 nights
// a year", "120 days in a year": so does the noun it counts.
const RATE_BEFORE = new RegExp(`(?:[\\d%]|\\d\\s?(?:k|m|mn|bn|tn|thousand|million|billion|trillion)|\\b(?:once|twice|thrice|times|dollars?|euros?|pounds?|cents?)|(?:\\d|\\b${NW})\\s+[a-z]+(?:\\s+in)?)[\\s-]+$`, 'i');

const LEADING_HEDGE = /^(?:(?:about|around|approximately|roughly|some|over|under|nearly|almost|(?:more|less|fewer)\s+than|up\s+to|at\s+(?:least|most))\s+)+/i;

/**
 * Whose whole it is, before the whole's number: "parliament's", "the unicameral legislature's"
 * (a possessor of up to three words).
 */
const WHOLE_OWNER = `(?:(?:[\\p{L}-]+\\s+){0,2}\\p{L}+['’]s\\s+)?`;
/** "72 of the 150 seats", "72 of parliament's 150 seats": a part counts what the whole it is of counts. */
const OF_TOTAL = new RegExp(`^\\s+of\\s+(?:(?:the|its|their|his|her|our)\\s+)?${WHOLE_OWNER}(?:\\d[\\d,]*|${NW})(?=\\s)`, 'iu');
/**
 * "11 of the country's 18 districts", "72 of parliament's 150 seats": the whole a part is told of,
 * which says how many there are, not what happened; as "the 150 seats" is. But "one of four
 * zones" tells the whole alone.
 */
const WHOLE_AFTER_PART = new RegExp(`(?:\\d|\\b(?!one\\b)${NW})\\s+of\\s+(?:the\\s+|its\\s+|their\\s+)?${WHOLE_OWNER}$`, 'iu');

/** "two dozen fires": wink reads "two" and "dozen" as two numbers; they are one, 24. */
function joinedDozens(found: Candidate[], view: string): Candidate[] {
  const dozens = found.filter((c) => c.kind === 'cardinal' && /^dozen$/i.test(view.slice(c.start, c.end)));
  if (!dozens.length) return found;
  const joined = new Set<Candidate>();
  for (const dozen of dozens) {
    const count = found.find((c) => c.kind === 'cardinal' && c !== dozen && c.end <= dozen.start && /^\s+$/.test(view.slice(c.end, dozen.start)));
    if (!count) continue;
    count.end = dozen.end;
    joined.add(dozen);
  }
  return found.filter((c) => !joined.has(c));
}

function candidates(view: string, from: number, to: number, parsed: Parsed, ranges: Range[]): Candidate[] {
  let found: Candidate[] = [];
  const sentence = view.slice(from, to);
  // Most sentences have no digit, and then none of the patterns that need one can match.
  const digits = /\d/.test(sentence);
  collect(NAMED_TIME_RE, sentence, from, 'time', found);
  if (digits) for (const re of CLOCK_RES) collect(re, sentence, from, 'time', found);
  collectDurations(sentence, from, found);
  if (digits) collect(ELAPSED_RE, sentence, from, 'duration', found);
  const elapsed: Candidate[] = [];
  if (digits) collect(ELAPSED_AFTER_LENGTH_RE, sentence, from, 'duration', elapsed);
  if (digits) {
    for (const re of DATE_RES) collect(re, sentence, from, 'date', found);
    collect(MONEY_PATTERN, sentence, from, 'money', found);
  }
  if (CURRENCY_WORD.test(sentence)) collect(MONEY_IN_WORDS_PATTERN, sentence, from, 'money', found);
  collect(PERCENT_RE, sentence, from, 'percent', found);
  collect(VAGUE_RE, sentence, from, 'vague', found);
  collect(PART_OF_SCALE_RE, sentence, from, 'cardinal', found);
  if (digits || MEASURE_WORD.test(sentence)) {
    collect(MEASURE_RE, sentence, from, 'measure', found);
    collect(TEMPERATURE_RE, sentence, from, 'measure', found);
  }
  if (digits) collect(SCALED_COUNT_RE, sentence, from, 'cardinal', found);
  for (const span of parsed.numeric) {
    const kind = WINK_KINDS.get(span.type);
    if (!kind || span.start < from || span.end > to) continue;
    // wink calls "40 minutes before" a time: it is a duration, read by the duration pattern, whose
    // rules tell a length ("spoke for 40 minutes before moving on") from an offset.
    if (kind === 'time' && UNIT_RE.test(view.slice(span.start, span.end))) continue;
    // wink calls "between 8 AM and 9 PM" a duration: with no unit of time it is none, and would
    // hide the two clock times inside it.
    if (kind === 'duration' && !UNIT_RE.test(view.slice(span.start, span.end))) continue;
    // wink sometimes takes the hedge into the entity; the hedge is read separately as the bound.
    const hedge = LEADING_HEDGE.exec(view.slice(span.start, span.end));
    // wink takes the full stop after "3pm" into the time; it ends the sentence (see MERIDIEM in clock-times.ts).
    const stop = kind === 'time' && /[^.]m\.$/i.test(view.slice(span.start, span.end)) ? 1 : 0;
    found.push({ kind, start: span.start + (hedge ? hedge[0].length : 0), end: span.end - stop });
  }
  // "400-600 people": wink takes a span written with a dash for one token and finds no number in
  // it; its second number is read here, its first by `withRangeLows`.
  for (const r of ranges) {
    if (!found.some((c) => c.start < r.highEnd && r.highStart < c.end)) found.push({ kind: 'cardinal', start: r.highStart, end: r.highEnd });
  }
  // The clock patterns and wink read those as times of day, which would win the tie.
  if (elapsed.length) found = [...found.filter((c) => c.kind !== 'time' || !elapsed.some((e) => e.start === c.start)), ...elapsed];
  found = cutAtRanges(joinedDozens(found, view), ranges);
  for (const c of found) {
    // A weight in pounds is a count of pounds: the number alone, the unit read after it.
    const phrase = view.slice(c.start, c.end);
    if (c.kind === 'money' && isPoundsOfWeight(phrase)) {
      c.kind = 'cardinal';
      c.end = c.start + phrase.search(/[\s-]*\bpounds?\b/i);
    }
  }
  found.sort((a, b) => (b.end - b.start) - (a.end - a.start) || PRIORITY[a.kind] - PRIORITY[b.kind]);
  const kept: Candidate[] = [];
  for (const c of found) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

// Hedges written before a number, longest first so "no more than" wins over "more than".
const BOUND_BEFORE: Array<[RegExp, QuantityBound]> = [
  [/\b(?:no|not)\s+(?:more|longer)\s+than\s*$/i, 'atMost'],
  [/\b(?:no|not)\s+(?:fewer|less)\s+than\s*$/i, 'atLeast'],
  [/\b(?:more|longer|greater)\s+than\s*$/i, 'atLeast'],
  [/\b(?:at\s+least|over|above|upwards\s+of|in\s+excess\s+of|exceeding|well\s+over|just\s+over|an?\s+minimum\s+of)\s*$/i, 'atLeast'],
  [/\b(?:fewer|less|shorter)\s+than\s*$/i, 'atMost'],
  [/\b(?:at\s+most|up\s+to|under|below|nearly|almost|just\s+under|as\s+(?:many|much)\s+as|an?\s+maximum\s+of)\s*$/i, 'atMost'],
  [/(?:\b(?:about|around|approximately|roughly|some|circa|an\s+estimated|estimated\s+at|close\s+to|nearly\s+about)|~)\s*$/i, 'approx'],
];
const BOUND_AFTER: Array<[RegExp, QuantityBound]> = [
  [/^\s*(?:or\s+more|or\s+longer|plus)\b/i, 'atLeast'],
  [/^\s*or\s+(?:less|fewer)\b/i, 'atMost'],
  [/^\s*or\s+so\b/i, 'approx'],
];

// A duration that measures an offset ("20 minutes late", "two hours longer", "a year ago") is
// not how long something lasted; comparing it with a duration would give false conflicts. Nor
// is the span a record is told over ("a 40-year high", "a two-decade low"), nor an age ("two
// years old", "11 months of age").
const RELATIVE_AFTER = /^[\s-]*(?:late|later|earlier|early|longer|shorter|ago|before|after|behind|ahead|old|of\s+age|from\s+now|beforehand|highs?|lows?|peaks?|records?)\b/i;
/**
 * "the yield on the 10-year Treasury note", "a 30-year mortgage", "two-year bonds": the term a
 * mortgage or a bond is named by, which tells nothing of how long what is reported lasted.
 */
const BOND_TERM_AFTER = /^\s+(?:(?:Treasury|government|fixed-rate|fixed|home)\s+)?(?:notes?|bonds?|yields?|Treasur(?:y|ies)|gilts?|mortgages?)\b/i;
/** "his daughter Kaiarahi (10 months)": a span alone in brackets after a name is the person's age. */
const AGE_IN_BRACKETS_BEFORE = /\p{Lu}\p{Ll}+\s+\($/u;
/**
 * "the lowest in 50 years", "the first time in a decade", "the deadliest in a decade", "the
 * deadliest attack on the capital in more than 20 years": the span a record is told over. "In" may come a few words
 * after the superlative; "for" only next to it, as "the first person jailed for 20 years" serves
 * a sentence. A superlative in "-iest" is read by its ending ("deadliest", "costliest"), not "priest".
 */
const SUPERLATIVE = '(?:highest|lowest|biggest|largest|smallest|worst|best|first|fastest|slowest|strongest|weakest|hottest|coldest|warmest|wettest|longest|shortest|greatest|[a-z]*[^\\Wr]iest|most\\s+[a-z]+)';
const RELATIVE_BEFORE = new RegExp(`\\b(?:after|within|in\\s+the\\s+last|in\\s+the\\s+past|${SUPERLATIVE}\\s+(?:(?:[a-z]+\\s+){0,6}in|(?:[a-z]+\\s+)?(?:for|since))\\s+(?:(?:more|less)\\s+than\\s+|nearly\\s+|almost\\s+|over\\s+|about\\s+)?)\\s*$`, 'i');
/** "lasted one day", "in a second", "only one day": words after which "one day" or "a second" is a span, not a day some time or an ordinal. */
const SPAN_LEAD = /\b(?:for|in|within|than|only|just|over|about|nearly|almost|last|lasts|lasted|took|take|takes|spent|spend|spends)\s+$/i;
/** "spoke for around 40 minutes before moving on": after "for", a length, though "before" or "after" follows. */
const THEN_AFTER = /^\s*(?:before|after)\b/i;
const LENGTH_BEFORE = /\bfor\s+(?:(?:about|around|nearly|almost|some|roughly|approximately|just|only|over|under|more\s+than|less\s+than|another)\s+)*$/i;

/** "a million", "a hundred and forty": a figure led by a scale word, whose article is part of it. */
const SCALE_ALONE = /^(?:hundred|thousand|million|billion|trillion|dozen)\b/i;

function boundOf(before: string, after: string, phrase: string): { bound: QuantityBound; hedge: number; trail: number } {
  if (SPREAD_OVER.test(before)) return { bound: 'exact', hedge: 0, trail: 0 };
  // "well over a million": the hedge comes before the article.
  const article = SCALE_ALONE.test(phrase) ? (/\ban?\s+$/i.exec(before)?.[0].length ?? 0) : 0;
  const lead = before.slice(0, before.length - article);
  for (const [re, bound] of BOUND_BEFORE) {
    const m = re.exec(lead);
    if (m) return { bound, hedge: m[0].length + article, trail: 0 };
  }
  for (const [re, bound] of BOUND_AFTER) {
    const m = re.exec(after);
    if (m) return { bound, hedge: article, trail: m[0].length };
  }
  return { bound: 'exact', hedge: article, trail: 0 };
}

/** "$6.40 to $6.60", "between 30 and 35": the second figure of a range is what the first is, planned or actual. */
const RANGE_JOIN = /^\s*(?:to|and|or|-|–|—)\s*$/i;

/**
 * "$30m to $40m", "between $140 million and $160 million": two sums that bound one, each written
 * whole with its currency (`rangesIn` reads spans whose first figure lacks its unit). Not "from
 * $30m to $40m", a sum that changed, nor "$5m and $8m" without "between", two sums.
 */
function spansSums(low: Quantity, high: Quantity, joiner: string, beforeLow: string): boolean {
  if (low.kind !== 'money' || high.kind !== 'money' || low.unit !== high.unit || low.bound !== 'exact' || high.bound !== 'exact' || !(low.value < high.value)) return false;
  if (!RANGE_JOIN.test(joiner) || /\bfrom\s*$/i.test(beforeLow)) return false;
  return !/^\s*and\s*$/i.test(joiner) || /\bbetween\s*$/i.test(beforeLow);
}

/** What a number glued to a letter before it follows: "MH17", "H.264", "F-16". */
const GLUED_BEFORE = /(?:\p{L}|\p{L}\.|\p{Lu}-)$/u;
/** "a one-two punch", "a two-three zone": a number word glued to another makes a compound, not a count. */
const NUMBER_WORD_BEFORE = new RegExp(`\\b${NW}-$`, 'i');
/** "one structure over another", "from one country to another", "one way or the other": a contrast, not one of something. */
const ONE_AGAINST_ANOTHER = /^\s+[\p{L}-]+\s+(?:over|to|or|than|versus|vs\.?|into|after)\s+(?:another|the\s+other)\b/iu;
/** Hedges after which "one" is a number: "at least one", "only one", "more than one". */
const ONE_HEDGED = /\b(?:only|just|exactly|least|most|than|nearly|almost|about|around|over|under)\s+$/i;

/**
 * "One idea holds", "on one Facebook page", "the middle one", "whether one needs": the word "one"
 * is mostly an article or a pronoun. It counts after a verb ("sold one car", "has one child"), a
 * hedge ("at least one") or inside a compound ("one-to-one talks"); one person whom something
 * happened to is counted by its caller.
 */
function countsOne(parsed: Parsed, start: number, before: string): boolean {
  const prev = parsed.tokens[parsed.tokens.findIndex((t) => t.start >= start) - 1];
  return prev?.pos === 'VERB' || prev?.pos === 'AUX' || ONE_HEDGED.test(before) || before.endsWith('-');
}
/**
 * "the suspect, 28, was arrested", "two passengers, 19 and 20, were hurt", "He was 45 when he
 * died", "Roof, who was 21 at the time, was arrested": a person's age, not a count of what
 * happened to them.
 */
const AGE_SET_OFF_BEFORE = /(\p{L}+)\s*,\s*(?:\d{1,3}\s+(?:and|or)\s+)?$/u;
const AGE_SET_OFF_AFTER = /^\s*(?:,|(?:and|or)\s+\d{1,3}\s*,)/;
const AGE_AFTER_BE = /\b(?:he|she|who)\s+(?:was|is|turned|turns)\s+$/i;
/** "one in five adults", "nine in 10 voters", "two out of three people": a share, not a count of five adults. */
const SHARE_BEFORE = new RegExp(`\\b(?:\\d+|${NW})\\s+(?:in|out\\s+of)\\s+$`, 'i');
/** "two thirds", "one half": a share, not a count of thirds. */
const FRACTION_NOUNS = new Set(['half', 'halve', 'third', 'quarter', 'fourth', 'fifth', 'sixth', 'tenth', 'hundredth', 'thousandth']);

/** "a Category 4 storm", "Article 5", "Flight 370": a number that names what it follows is a label, not a count. */
const LABEL_BEFORE = /\b(?:category|model|level|grade|phase|stage|no\.|number|chapter|article|section|clause|round|act|part|volume|vol\.|page|class|type|route|highway|interstate|flight|platform|gate|terminal|room|seat|district|ward|precinct|channel|version|season|episode|game|week|day|age|aged)\s+$/i;

/**
 * "the ATR 72 aircraft", "a Boeing 737", "Apollo 11", "Windows 10", "the iPhone 7": a number
 * right after a word with a capital inside a sentence is part of a name. A sentence's first word
 * names so only when it is a noun or a name ("Xbox 360 owners", "Office 365 users"), not a hedge
 * ("Some 30,000 fled", "Nearly 300"). Not after a weekday, a month or a place ("on Monday 20
 * people", "In Paris 300 people marched"), nor in a headline written in title case, where every
 * word is capitalised.
 */
const NAME_BEFORE = /\S\s+([a-z]*[A-Z][A-Za-z-]*) $/;
const FIRST_NAME_BEFORE = /^\s*["'“‘(]?([a-z]*[A-Z][A-Za-z-]*) $/;
const WEEKDAY_OR_MONTH = new RegExp(`^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|${MONTH})$`);

function namedByWordBefore(view: string, from: number, at: number, to: number, parsed: Parsed): boolean {
  const first = FIRST_NAME_BEFORE.exec(view.slice(from, at));
  const pos = first ? parsed.tokens.find((t) => t.start === at - 1 - first[1]!.length)?.pos : undefined;
  const word = NAME_BEFORE.exec(view.slice(from, at))?.[1] ?? (pos === 'PROPN' || pos === 'NOUN' ? first![1] : undefined);
  if (word === undefined || WEEKDAY_OR_MONTH.test(word) || lookup(word)?.kind === 'place') return false;
  const long = view.slice(from, to).match(/\b[A-Za-z]{4,}\b/g) ?? [];
  return long.filter((w) => w[0]! >= 'A' && w[0]! <= 'Z').length * 2 < long.length;
}

/** A place's own name ("Philippines"), not the name of its people ("Filipinos"), which the gazetteer leads to it. */
function isPlaceName(word: string): boolean {
  const hit = lookup(word);
  return hit?.kind === 'place' && hit.canonical === word;
}

/**
 * "the 12 members of the council", "its 40 stores": a figure referred to, told elsewhere, unless
 * the sentence tells what befell those counted ("all 23 sailors died", "the 21 crew were airlifted
 * to safety"). "The first 10 survivors" and "the other 20" are some of them, never their count.
 */
const REFERENTIAL = new Set(['the', 'these', 'those', 'all', 'both', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'each', 'every']);
const SOME_OF_THEM_BEFORE = new Set(['first', 'last', 'other']);

/** The counted noun after a number ("35 Russian agents" → "agent"), or null when there is none. */
function countedNoun(parsed: Parsed, end: number, to: number): string | null {
  let i = parsed.tokens.findIndex((t) => t.start >= end);
  if (i < 0) return null;
  let head = -1;
  const glued = (x: number) => parsed.tokens[x]?.text === '-' && parsed.tokens[x - 1]?.end === parsed.tokens[x]!.start && parsed.tokens[x + 1]?.start === parsed.tokens[x]!.end;
  for (let steps = 0; i < parsed.tokens.length && steps < 5; i++, steps++) {
    const t = parsed.tokens[i]!;
    if (t.start >= to) break;
    // "four century-old schooners", "thousands of bikini-clad tourists": a noun glued to the word
    // after it by a hyphen describes the noun that follows, which is the one counted.
    const hyphen = parsed.tokens[i + 1];
    if (t.pos === 'NOUN' && hyphen?.text === '-' && hyphen.start === t.end && parsed.tokens[i + 2]?.start === hyphen.end) {
      i += 2;
      head = parsed.tokens[i]!.pos === 'NOUN' ? i : -1;
      continue;
    }
    // "seven active-duty military officers": a compound is one word of the phrase, and its last
    // part, with more of the phrase after it, describes what is counted.
    if (glued(i)) steps--;
    if (t.pos === 'NOUN' && glued(i - 1) && NOUN_PHRASE.has(parsed.tokens[i + 1]?.pos ?? '')) continue;
    if (t.pos === 'NOUN') { head = i; continue; }
    // "17 aces", "12 hits": after a number of many, a verb's "-s" form is a plural noun.
    if (head < 0 && t.pos === 'VERB' && /^\p{Ll}+[^s]s$/u.test(t.text) && parsed.tokens[i - 1]?.type === 'number' && !/^(?:1|one)$/i.test(parsed.tokens[i - 1]!.text)) { head = i; continue; }
    // "2.5 million iPhone 7 units", "300 Boeing 737 jets": a name's own number is part of the name.
    if (head < 0 && t.type === 'number' && parsed.tokens[i - 1]?.pos === 'PROPN' && parsed.tokens[i - 1]!.end < t.start) continue;
    // "11 automated Go convenience stores", "40 trained staff": a participle before a noun describes it.
    if (head < 0 && t.pos === 'VERB' && /ed$/i.test(t.text) && NOUN_PHRASE.has(parsed.tokens[i + 1]?.pos ?? '')) continue;
    // "1.16 million SUVs", "40 NGOs": an abbreviation's plural is a noun, whatever its tag.
    if (head < 0 && /^\p{Lu}{2,}s$/u.test(t.text)) return t.text.slice(0, -1).toLowerCase();
    // "1,161,402 Stratus and Corvo SUVs": names joined by "and" before the noun say which of it.
    if (head < 0 && t.pos === 'PROPN' && /^(?:and|or)$/i.test(parsed.tokens[i + 1]?.text ?? '') && parsed.tokens[i + 2]?.pos === 'PROPN') {
      i++;
      steps--;
      continue;
    }
    // "21 Christians", "thousands of Tunisians": a people named by a capitalised plural that ends
    // its phrase is what is counted.
    if (head < 0 && t.pos === 'PROPN' && /^\p{Lu}\p{Ll}+[^s]s$/u.test(t.text) && !NOUN_PHRASE.has(parsed.tokens[i + 1]?.pos ?? '') && !isPlaceName(t.text)) return t.text.slice(0, -1).toLowerCase();
    // "9.4 million current and former customers": adjectives joined by a conjunction still lead to the noun.
    if (head < 0 && /^(?:and|or)$/i.test(t.text) && parsed.tokens[i - 1]?.pos === 'ADJ' && parsed.tokens[i + 1]?.pos === 'ADJ') continue;
    if (t.pos === 'ADJ' || t.pos === 'PROPN' || (t.text === '-' && head < 0)) { if (head >= 0) break; continue; }
    break;
  }
  if (head < 0) return null;
  const noun = singular(parsed.lemma(head).toLowerCase(), parsed.tokens[head]!.text.toLowerCase());
  return /^[a-z][a-z-]*$/.test(noun) && !NEVER_COUNTED.has(noun) ? noun : null;
}

/**
 * Nouns after a figure that are not what it counts: "three others may have escaped" (what the
 * others are is told elsewhere, if at all), "a city of about 140,000 west of Toronto" (where it is).
 */
const NEVER_COUNTED = new Set(['other', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);

/**
 * "a six-member crew", "a 600-word article", "a 64-bit version": a number glued by a hyphen to a
 * noun counts that noun (six members, 600 words), not the noun the compound describes (one crew,
 * one article); null when no noun is glued ("a three-pronged approach").
 */
function gluedNoun(parsed: Parsed, hyphen: number): string | null {
  const t = parsed.tokens.find((token) => token.start === hyphen + 1);
  if (!t || t.pos !== 'NOUN') return null;
  const i = parsed.tokens.indexOf(t);
  const noun = singular(parsed.lemma(i).toLowerCase(), t.text.toLowerCase());
  return /^[a-z][a-z-]*$/.test(noun) ? noun : null;
}

/** Plurals that are not one of many: "news", "series", "headquarters". */
const NOT_PLURAL = /(?:ss|us|is|news|series|species|means|quarters|whereabouts|politics|economics|physics|mathematics)$/;

/**
 * The lemmatiser knows common nouns only: "12 airstrikes", "10 sublists" and "3 smartphones" come
 * back as written, and a count of them would not meet one of "an airstrike".
 */
function singular(lemma: string, written: string): string {
  if (lemma !== written || !/[a-z]s$/.test(lemma) || NOT_PLURAL.test(lemma)) return lemma;
  return /[^aeiou]ies$/.test(lemma) ? `${lemma.slice(0, -3)}y` : lemma.slice(0, -1);
}

/** Nouns a workforce is counted in: "2,000 workers", "30,000 employees", "1,800 jobs", "1,500 roles", "9,800 people". */
const WORKFORCE_NOUNS = new Set(['job', 'role', 'position', 'post', 'employee', 'worker', 'staffer', 'staff', 'people', 'person']);
/** Nouns that are themselves jobs lost: "1,800 job cuts", "2,000 layoffs". */
const CUT_NOUNS = new Set(['cut', 'layoff', 'redundancy']);
const COUNT_HEDGE = '(?:(?:about|around|some|roughly|nearly|almost|more\\s+than|over|under|fewer\\s+than|less\\s+than|at\\s+least|another|a\\s+further)\\s+)?';
/** "employs about 9,800 people", "a workforce of 30,000 people": people counted as a workforce. */
const EMPLOYING = new RegExp(`\\b(?:employ|employs|employed|employing|hire[sd]?|hiring|workforce\\s+of|staff\\s+of)\\s+${COUNT_HEDGE}$`, 'i');
/** "will cut about 1,800 jobs", "is laying off roughly 2,000 employees": jobs lost, not the workforce. */
const CUTTING = new RegExp(`\\b(?:cut|cuts|cutting|lay(?:s|ing)?\\s+off|laid\\s+off|eliminat(?:e|es|ed|ing)|slash(?:es|ed|ing)?|shed(?:s|ding)?|ax(?:e|es|ed|ing))\\s+${COUNT_HEDGE}$`, 'i');

/** "4,000 jobs will be lost", "300 workers were laid off", "1,500 roles could be eliminated": jobs lost, told after the figure. */
const LOST_AFTER = /^\s+[a-z]+\s+(?:(?:will|would|could|may|might|are\s+to|is\s+to|were|was|are|is|have|has|had)\s+)?(?:(?:be|been|being)\s+)?(?:lost|cut|eliminated|axed|shed|slashed|laid\s+off|made\s+redundant)\b/i;
const JOBS_GO_AFTER = /^\s+jobs?\s+(?:(?:will|would|are\s+to|could|may)\s+)?go\b/i;

/**
 * A count's unit: its noun, the one of its group when reports count the thing in several ("house"
 * is "home"), or what a count of a workforce counts, whatever its noun: "job cut"
 * for the jobs it loses, "employee" for the people a company employs. A company's 30,000
 * employees and the 2,000 it lays off are two figures, not one told otherwise; two workers killed
 * in a fire stay workers.
 */
function workforceOf(noun: string, before: string, after: string): string {
  if (CUT_NOUNS.has(noun)) return 'job cut';
  if (!WORKFORCE_NOUNS.has(noun)) return countedSense(noun);
  if (CUTTING.test(before) || LOST_AFTER.test(after) || JOBS_GO_AFTER.test(after)) return 'job cut';
  return EMPLOYING.test(before) ? 'employee' : noun;
}

/** "a crowd of 75,000", "an attendance of 75,024", "in front of 15,000 fans": how many were there, whatever they are called. */
const GATHERING = new RegExp(`\\b(?:(?:crowd|crowds|attendance|audience|gathering)\\s+of|in\\s+front\\s+of)\\s+${COUNT_HEDGE}$`, 'i');

/**
 * The unit of a figure that counts a crowd ("a crowd of 75,000", "a crowd of 14,800 fans"), whatever
 * follows it: in "a crowd of 14,800 rose to its feet" the tagger takes "rose" for a noun. Null otherwise.
 */
function gatheringOf(before: string): string | null {
  return GATHERING.test(before) ? ATTENDANCE : null;
}

/** What a count of people counts: what happened to them, or that they were there; null otherwise. */
function peopleCounted(noun: string | null, figure: number, before: string, after: string): string | null {
  return casualtyOf(noun, before, after) ?? gatheringOf(before) ?? groupTollOf(noun, figure, before, after);
}

/** Parts of speech of the words between a figure and the verb its noun goes on to: "38,000 runners started". */
const NOUN_PHRASE = new Set(['NOUN', 'ADJ', 'PROPN']);

/**
 * The verb a figure's clause goes on with, as written, past its counted noun when `throughNoun`
 * ("38,000 runners started"), past "who" or "that" ("38,000 who started"); null when another word
 * comes first.
 */
function verbAfter(parsed: Parsed, end: number, to: number, throughNoun: boolean): string | null {
  let i = parsed.tokens.findIndex((t) => t.start >= end);
  if (i < 0) return null;
  while (throughNoun && parsed.tokens[i] && NOUN_PHRASE.has(parsed.tokens[i]!.pos)) i++;
  if (/^(?:who|that)$/i.test(parsed.tokens[i]?.text ?? '')) i++;
  const t = parsed.tokens[i];
  return t && t.start < to && t.pos === 'VERB' ? t.text.toLowerCase() : null;
}

/**
 * "About 38,000 runners started the race, and 36,412 finished": a figure with no noun, whose verb
 * follows it, counts what the sentence's last count counted; and the verbs then tell the two
 * apart, as "runners that started" and "runners that finished", lest one report's starters be set
 * against the other's finishers. Null when no count before it names a thing of its own.
 */
function elidedUnit(out: Quantity[], verbs: Map<Quantity, string>, verb: string): string | null {
  const last = out.findLast((q) => q.kind === 'count');
  const noun = last?.unit.split(' that ')[0] ?? '';
  if (!last || !/^[a-z-]+$/.test(noun) || isCasualty(noun)) return null;
  const told = verbs.get(last);
  if (told && last.unit === noun) last.unit = `${noun} that ${told}`;
  return `${noun} that ${verb}`;
}

function isAge(phrase: string, before: string, after: string): boolean {
  if (!/^\d{1,3}$/.test(phrase) || Number(phrase) > OLDEST_AGE) return false;
  // Not after a day or a place that opens the sentence: "On Sunday, 12, including a child, died."
  const person = AGE_SET_OFF_BEFORE.exec(before)?.[1];
  if (person !== undefined && AGE_SET_OFF_AFTER.test(after)) return !WEEKDAY_OR_MONTH.test(person) && lookup(person)?.kind !== 'place';
  return AGE_AFTER_BE.test(before) && !/^\s+\p{L}+s\b/u.test(after);
}

function precedingWord(view: string, start: number, from: number): string {
  const m = /([A-Za-z]+)\W*$/.exec(view.slice(Math.max(from, start - 20), start));
  return m ? (m[1] as string).toLowerCase() : '';
}

/** "1:30 Tuesday afternoon", "at 7.15 in the evening": a time told with its part of the day after it. */
const LATER_PART_OF_DAY = /^\s*(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:in\s+the\s+)?(?:afternoon|evening|night)\b/i;
const MINUTES_IN_HALF_DAY = 720;

/** Minutes to add to a time written without "a.m." or "p.m." that a later part of the day follows. */
function afternoonShift(phrase: string, minutes: number, after: string): number {
  const morningClock = minutes >= 60 && minutes < MINUTES_IN_HALF_DAY && !/[ap]\.?\s?m\b|\d{4}|noon|midnight/i.test(phrase);
  return morningClock && LATER_PART_OF_DAY.test(after) ? MINUTES_IN_HALF_DAY : 0;
}

/** "shortly after", "just before": a bound close to its time, kept in the figure's text (see `CLOSE_TO_TIME`). */
const CLOSE_TIME_BOUND = new RegExp(`\\b${CLOSE_TO_TIME}\\s+(?:after|before)\\s+$`, 'i');

/**
 * "conceded after 11 p.m.", "just before 9:30": a time of day that bounds when something
 * happened; `hedge` is the length of a "shortly after" or "just before" the figure keeps.
 */
function timeBound(before: string): { bound: Quantity['bound']; hedge: number } {
  const bound = /\bafter\s+$/i.test(before) ? 'atLeast' : /\bbefore\s+$/i.test(before) ? 'atMost' : 'exact';
  return { bound, hedge: bound === 'exact' ? 0 : (CLOSE_TIME_BOUND.exec(before)?.[0].length ?? 0) };
}

/** "$1.4bn (about €1.2bn)", "1,250 dollars (about £940)": a sum in brackets right after one in another currency is that sum converted, no figure of its own. */
const CONVERTED_BETWEEN = /^\s*\(\s*(?:(?:about|around|roughly|approximately|some|nearly|almost|or|equivalent\s+to)\s*)?$/i;

/**
 * Quantities of the sentence `view.slice(from, to)`. `view` is the text the parse was made on;
 * `original` has the same length and supplies the text as written; `base` is added to every
 * offset so they index the whole document.
 */
export function quantitiesIn(view: string, original: string, from: number, to: number, base: number, parsed: Parsed): Quantity[] {
  const out: Quantity[] = [];
  let previousEnd = from;
  let previous: Quantity | undefined;
  const verbs = new Map<Quantity, string>();
  const ranges = rangesIn(view, from, to);
  const scores = /\d/.test(view.slice(from, to)) ? scoresIn(view, original, from, to, base) : [];
  for (const c of candidates(view, from, to, parsed, ranges)) {
    if (scores.some((q) => c.start < q.end - base && q.start - base < c.end)) continue;
    let verbOf: string | null = null;
    let spanLast = false;
    const phrase = view.slice(c.start, c.end);
    const before = view.slice(Math.max(from, c.start - 40), c.start);
    const after = view.slice(c.end, Math.min(to, c.end + 40));
    // Read where it is asked: a span of days moves its figure's start before the figure is pushed.
    const roleHere = () => roleOf(view.slice(previousEnd, c.start), after, view.slice(c.end, Math.min(to, c.end + CLAUSE_REACH)));
    let kind: QuantityKind;
    let value: number | null = null;
    let unit = '';
    switch (c.kind) {
      case 'duration':
        // "must respond within 90 days" is kept: a deadline is a figure of its own (a delay).
        if ((RELATIVE_AFTER.test(after) && !(THEN_AFTER.test(after) && LENGTH_BEFORE.test(before))) || (RELATIVE_BEFORE.test(view.slice(Math.max(from, c.start - 100), c.start)) && !DEADLINE_BEFORE.test(before))) continue;
        if (RATE_PER.test(phrase) && RATE_BEFORE.test(before)) continue;
        // "a second reading", "wrote a second, more detailed book": an ordinal, not one second,
        // unless a word of time leads to it and no noun follows ("in a second", "for a second or two").
        if (/^an?\s+second$/i.test(phrase) && (!SPAN_LEAD.test(before) || /^\s+\p{L}/u.test(after))) continue;
        if (AGE_IN_BRACKETS_BEFORE.test(before) && /^\)/.test(after)) continue;
        // "an hours-long dogpile": an article counts no plural.
        if (/^an?[\s-]+\p{L}+s$/iu.test(phrase)) continue;
        // "the Showtime 30-Minute Movie", "12 Days of Christmas": a unit with a capital is a title's word.
        if (/[\s-]\p{Lu}\p{Ll}+$/u.test(phrase)) continue;
        // "And then one day it did something strange": when, not for how long.
        if (/^one\s+day$/i.test(phrase) && !SPAN_LEAD.test(before)) continue;
        // "declared Thursday a day of national mourning", "a day of reckoning": a day named for what
        // it holds, not how long anything lasted; "spent a day of talks" has a word of time before it.
        if (/^(?:a|one)\s+day$/i.test(phrase) && /^\s+of\s/i.test(after) && !SPAN_LEAD.test(before)) continue;
        if (/-\p{L}+$/u.test(phrase) && BOND_TERM_AFTER.test(after)) continue;
        // "the best films of 2017, a year that overflowed with them": a year named again, not a span.
        if (/^an?\s+year$/i.test(phrase) && /\b\d{4},\s*$/.test(before) && /^\s+(?:that|when|which|in\s+which|of)\b/i.test(after)) continue;
        kind = 'duration'; unit = 's'; value = elapsedSeconds(phrase, before) ?? parseDuration(phrase);
        break;
      case 'time': {
        kind = 'time';
        const zoned = inZone(phrase, parseTime(phrase), after);
        value = zoned.value === null ? null : zoned.value + afternoonShift(phrase, zoned.value, after);
        unit = zoned.unit;
        break;
      }
      case 'date': {
        // "Feb. 23, 2015 -- Peanut allergies …", "LAGOS, Dec 28 (AfriWire) - Eleven people were killed
        // … late on Saturday": a dateline says when the report was filed, not what it reports.
        if (!view.slice(from, c.start).trim() && /^\s*(?:--|—|–)/.test(after)) continue;
        if (c.end <= from + (DATELINE.exec(view.slice(from, to))?.[0].length ?? 0)) continue;
        kind = 'date';
        const days = /(\d{1,2})(?:st|nd|rd|th)?\s*(?:[-–]|\s(?:to|and)\s)\s*(\d{1,2})(?!\d)/.exec(phrase);
        const d = parseDate(days ? phrase.replace(days[0], days[2]!) : phrase);
        if (d) { value = d.value; unit = d.unit; }
        const firstDay = days ? Number(days[1]) : 0;
        if (d && days && d.unit !== 'ym' && firstDay >= 1 && firstDay < Number(days[2])) {
          // The span's first day, then its last: each bounds the other, as a range's figures do.
          const at = c.start + days.index;
          out.push({ kind, value: d.value - Number(days[2]) + firstDay, unit: d.unit, text: original.slice(at, at + days[1]!.length), start: base + at, end: base + at + days[1]!.length, bound: 'atLeast', role: roleHere() });
          spanLast = true;
          // "8 July 2017" stands alone as the last day; "July 7-8" leaves its month before the first.
          if (days.index === 0) c.start += days[0].length - days[2]!.length;
        }
        break;
      }
      case 'money': {
        // "Z$100 billion": a dollar no known prefix names is not the US dollar (wink reads it as one).
        if (phrase.startsWith('$') && /\p{L}$/u.test(before)) continue;
        kind = 'money';
        const m = parseMoney(phrase);
        if (m) { value = m.value; unit = phrase.startsWith('$') ? dollarNamedAfter(after) ?? m.unit : m.unit; }
        if (previous?.kind === 'money' && previous.unit !== unit && CONVERTED_BETWEEN.test(view.slice(previousEnd, c.start))) continue;
        break;
      }
      case 'measure': {
        // "Section 5C", "Class 4F": a label, as "Category 4" is.
        if (LABEL_BEFORE.test(view.slice(Math.max(from, c.start - 12), c.start))) continue;
        // "Ninety Mile Beach", "Eight Mile Road": prose writes a unit in lower case, a name with a capital.
        if (/^\p{Lu}\p{Ll}+[\s-]+\p{Lu}\p{Ll}/u.test(phrase)) continue;
        kind = 'measure';
        const m = parseMeasure(phrase);
        if (m) { value = m.value; unit = m.unit; }
        break;
      }
      case 'percent':
        kind = 'percent'; unit = '%'; value = parseNumber(phrase.replace(/%|per\s?cent|percent/gi, ''));
        break;
      case 'vague': {
        kind = 'count';
        const of = view.indexOf('of', c.end) + 2;
        const noun = countedNoun(parsed, of, to);
        // "hundreds of millions of dollars" is a sum no one can set against another.
        if (noun !== null && isMoneyNoun(noun)) continue;
        const counted = peopleCounted(noun, vagueCount(phrase) ?? 0, view.slice(from, c.start), view.slice(of, to));
        if (noun === null && counted === null) continue;
        value = vagueCount(phrase);
        unit = counted ?? workforceOf(noun!, view.slice(from, c.start), view.slice(of, to));
        break;
      }
      default: {
        kind = 'count';
        if (/^\d{4}$/.test(phrase) && Number(phrase) >= 1800 && Number(phrase) <= 2100) continue;
        // "4K", "3D", "H.264", "F-16", "MH17": a number glued to a letter is part of a name, not a count.
        if (/^\p{L}/u.test(view.charAt(c.end)) || GLUED_BEFORE.test(view.slice(Math.max(from, c.start - 2), c.start)) || NUMBER_WORD_BEFORE.test(before)) continue;
        const wordBefore = precedingWord(view, c.start, from);
        if (SOME_OF_THEM_BEFORE.has(wordBefore) || WHOLE_AFTER_PART.test(before) || LABEL_BEFORE.test(view.slice(Math.max(from, c.start - 12), c.start))) continue;
        if (namedByWordBefore(view, from, c.start, to, parsed)) continue;
        if (/^one$/i.test(phrase) && ONE_AGAINST_ANOTHER.test(after)) continue;
        // "a billion-dollar deal", "a million-euro fine": a sum's size describes the noun, no count of it.
        if (isMoneyNoun(/^-([a-z]+)/i.exec(after)?.[1]?.toLowerCase() ?? '')) continue;
        if (isAge(phrase, before, after) || SHARE_BEFORE.test(before)) continue;
        // "one of four zones": the one is no count of zones; the four is.
        const ofTotal = /^one$/i.test(phrase) ? null : OF_TOTAL.exec(after);
        const noun = view.charAt(c.end) === '-' ? gluedNoun(parsed, c.end) : (countedNoun(parsed, c.end, to) ?? (ofTotal ? countedNoun(parsed, c.end + ofTotal[0].length, to) : null));
        if (noun === 'time' || (noun !== null && FRACTION_NOUNS.has(noun))) continue;
        const counted = tallyOf(noun, view.slice(c.end, to), view.slice(from, to)) ?? peopleCounted(noun, parseNumber(phrase) ?? 0, view.slice(from, c.start), view.slice(c.end, to));
        if (REFERENTIAL.has(wordBefore) && counted === null) continue;
        if (/^one$/i.test(phrase) && counted === null && !countsOne(parsed, c.start, before)) continue;
        const verb = counted === null ? verbAfter(parsed, c.end, to, noun !== null) : null;
        const elided = noun === null && verb !== null ? elidedUnit(out, verbs, verb) : null;
        if (noun === null && counted === null && elided === null) continue;
        value = parseNumber(phrase);
        unit = counted ?? elided ?? workforceOf(noun!, view.slice(from, c.start), view.slice(c.end, to));
        if (noun !== null && verb !== null) verbOf = verb;
      }
    }
    if (value === null || !Number.isFinite(value)) continue;
    const told = boundOf(before, after, phrase);
    const { bound, hedge } = kind === 'time' && told.bound === 'exact' ? timeBound(before) : told;
    const { trail } = told;
    const start = c.start - hedge;
    const end = c.end + trail;
    const between = view.slice(previousEnd, c.start);
    out.push({
      kind, value, unit,
      text: original.slice(start, end),
      start: base + start,
      end: base + end,
      bound: c.kind === 'vague' ? 'atLeast' : spanLast ? 'atMost' : bound,
      role: previous && (RANGE_JOIN.test(between) || GAPPED_CLAUSE.test(between)) ? previous.role : roleHere(),
    });
    const current = out[out.length - 1]!;
    if (previous && spansSums(previous, current, between, view.slice(from, previous.start - base))) {
      previous.bound = 'atLeast';
      current.bound = 'atMost';
    }
    previous = current;
    if (verbOf !== null) verbs.set(previous, verbOf);
    previousEnd = c.end;
  }
  if (scores.length) {
    out.push(...scores);
    out.sort((a, b) => a.start - b.start);
  }
  return ranges.length ? withRangeLows(out, ranges, original, base) : out;
}

/** Quantities of one sentence given on its own; `offset` is where it starts in its document. */
export function extractQuantities(sentence: string, offset: number): Quantity[] {
  return quantitiesIn(sentence, sentence, 0, sentence.length, offset, parse(sentence));
}
