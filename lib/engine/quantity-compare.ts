/**
 * Whether two normalised quantities can be compared, whether their values are compatible given
 * how each is asserted (exact, about, at least, at most), and how to show them in a note.
 */
import { groupTollParts } from './casualties';
import { CLOSE_TO_TIME, DAY_MINUTES } from './clock-times';
import { measureLabel, measureText, writtenUnit } from './measures';
import { SCALES } from './number-words';
import { CELSIUS, writtenDegreesSlack } from './temperatures';
import { ATTENDANCE } from './synonyms';
import type { Quantity } from './types';

/** Relative slack of an "about" figure at most: "about 30" is compatible with 32, not with 40. */
const APPROX_SLACK = 0.15;
/**
 * Relative slack of an "about" figure at least, however many digits it is written with: two
 * estimates 8% apart ("estimated at 175 mph", "roughly 190mph") are two estimates.
 */
const APPROX_FLOOR = 0.03;
/** Absolute slack of "about" for kinds where a relative one means nothing. */
const APPROX_DAYS = 3;
const APPROX_MINUTES = 30;
const APPROX_FEW_MINUTES = 5;
/**
 * How far "shortly after" or "just before" a time reaches: a quarter of an hour. "Shortly after
 * 7.40 a.m." is not "around 8.15 a.m.", and half an hour of reach met the quarter of "around".
 */
const CLOSE_MINUTES = 15;
const APPROX_PERCENT_POINTS = 2;
/** Absolute slack of "about" a temperature: a degree either way. */
const APPROX_DEGREES = 1;
/**
 * Degrees two temperatures of one matter are at most apart. A scale's zero is arbitrary, so the
 * ratio that bounds other measures means nothing for them: 38C by day is not the 5C of a night.
 */
const TEMPERATURE_GAP = 10;

const isTemperature = (q: Quantity): boolean => q.kind === 'measure' && q.unit === CELSIUS;

/**
 * Rounding of durations written in words. A figure written in words is a round figure: it stands
 * for every value that rounds to it at the precision it is written at, which is its smallest
 * unit, or the fraction of it when it ends in one ("two and a half hours" is rounded to the half
 * hour: 2 h 16 min rounds to it, 2 h 10 min does not). A value exactly halfway belongs to
 * neither neighbour. Figures in digits are taken as written: "30 minutes planned" against "35"
 * stays a conflict, and so does "two hours seventeen minutes" against "2 hours and 16 minutes",
 * written to the minute.
 */
const UNIT_WORDS: Array<[RegExp, number]> = [
  [/\bsec(?:ond)?s?\b/i, 1],
  [/\bmin(?:ute)?s?\b/i, 60],
  [/\b(?:hours?|hrs?)\b/i, 3_600],
  [/\bdays?\b/i, 86_400],
  [/\bweeks?\b/i, 604_800],
  [/\bmonths?\b/i, 2_592_000],
  [/\byears?\b/i, 31_536_000],
];

/**
 * Durations or measures of one matter differ by a few times at most; beyond this they measure
 * different things (an epicentre 100 km away, at a depth of 4 km).
 */
const MAX_RATIO = 12;
/**
 * Counts told of one thing differ more than lengths do (a crowd by its organisers and by the
 * police, a toll that keeps rising: 1 dead, then 14), but not by more than this: "one word" is
 * no report of "a 10,000-word article".
 */
const MAX_COUNT_RATIO = 100;

interface Interval {
  lo: number;
  hi: number;
}

/** Whether the two measure the same kind of thing in units that can be compared. */
export function unitsComparable(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'count':
      // A count without its counted noun could be of anything: never compare it.
      return a.unit !== '' && a.unit === b.unit;
    case 'money':
      return a.unit.toUpperCase() === b.unit.toUpperCase();
    case 'measure':
      return a.unit === b.unit;
    case 'date':
      return dateScale(a, b) !== null;
    case 'time':
      // A time read in UTC, one in a zone of no fixed offset and one with none are not on one clock.
      return a.unit === b.unit;
    default:
      return true;
  }
}

/** Day-level scale two dates can be put on: with years when both have them, else month and day. */
function dateScale(a: Quantity, b: Quantity): 'ymd' | 'md' | 'ym' | null {
  const units = new Set([a.unit, b.unit]);
  if (units.size === 1) return a.unit === 'ymd' || a.unit === 'md' || a.unit === 'ym' ? a.unit : null;
  if (units.has('ymd') && units.has('md')) return 'md';
  if (units.has('ymd') && units.has('ym')) return 'ym';
  return null;
}

function dateOnScale(q: Quantity, scale: 'ymd' | 'md' | 'ym'): Interval {
  let year = 0;
  let month = 0;
  let day = 0;
  if (q.unit === 'ymd') {
    year = Math.floor(q.value / 10000);
    month = Math.floor(q.value / 100) % 100;
    day = q.value % 100;
  } else if (q.unit === 'md') {
    month = Math.floor(q.value / 100);
    day = q.value % 100;
  } else {
    year = Math.floor(q.value / 100);
    month = q.value % 100;
  }
  if (scale === 'ym') return point(year * 12 + month);
  // Day numbers: a month-and-day date has no year, so both sides go on a year-less calendar.
  const days = Date.UTC(scale === 'md' ? 2000 : year, month - 1, day) / 86_400_000;
  return point(days);
}

function point(value: number): Interval {
  return { lo: value, hi: value };
}

/**
 * How far "about" a figure reaches, relative to it: half a unit of its last significant digit, the
 * rounding the hedge owns to ("about 5,000" is 4,500 to 5,500, "about 4,500" to the hundred),
 * between `APPROX_FLOOR` and `APPROX_SLACK`. Two hedged figures of one thing then agree only as
 * far as their roundings reach: "about 4,500" and "about 5,200" do not. A figure in words ("about
 * two hours") keeps the widest slack, and so does a length of time, told in fives and quarters of
 * an hour whatever its digits ("about 45 minutes" may be 40).
 */
function approxReach(q: Quantity): number {
  const rounding = q.kind === 'duration' ? null : roundingOf(q);
  return rounding === null ? APPROX_SLACK : Math.min(APPROX_SLACK, Math.max(APPROX_FLOOR, rounding));
}

/** Half a unit of the figure's last significant digit, relative to it; null for a figure in words. */
function roundingOf(q: Quantity): number | null {
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(q.text)?.[0].replace(/,/g, '');
  if (!digits) return null;
  const [whole = '', decimals = ''] = digits.split('.');
  const significant = (decimals ? `${whole}${decimals}` : whole.replace(/0+$/, '')).replace(/^0+/, '');
  return significant ? 0.5 / Number(significant) : null;
}

/**
 * How many points "about" a percentage reaches: its rounding, and at least two points ("about 30%"
 * is 25% to 35%, "about 87%" 85% to 89%, "some 87.4%" no further), never more than `APPROX_SLACK`
 * of it. "Some 87.4 per cent" and "81.2 percent" of one vote are two results.
 */
function approxPoints(q: Quantity, mid: number): number {
  return Math.max(APPROX_PERCENT_POINTS, Math.abs(mid) * Math.min(APPROX_SLACK, roundingOf(q) ?? APPROX_SLACK));
}

/** The minutes a time of day is written with: "8:05", "7.52am", "0705 GMT". */
const MINUTES_WRITTEN = /\d[:.](\d{2})(?!\d)|\b[0-2]\d([0-5]\d)\b/;

/**
 * The slack of "about" before a time of day, by how it is written: "about 8 a.m." may be half an
 * hour off, "around 8:30" a quarter, "about 8:05" a few minutes.
 */
function approxMinutes(q: Quantity): number {
  const written = MINUTES_WRITTEN.exec(q.text);
  const minutes = written?.[1] ?? written?.[2];
  if (minutes === undefined || Number(minutes) === 0) return APPROX_MINUTES;
  return Number(minutes) % 15 === 0 ? APPROX_MINUTES / 2 : APPROX_FEW_MINUTES;
}

function widen(q: Quantity, value: Interval): Interval {
  const mid = (value.lo + value.hi) / 2;
  const { kind } = q;
  const slack =
    kind === 'date' ? APPROX_DAYS : kind === 'time' ? approxMinutes(q) : kind === 'percent' ? approxPoints(q, mid) : isTemperature(q) ? APPROX_DEGREES : Math.abs(mid) * approxReach(q);
  return { lo: value.lo - slack, hi: value.hi + slack };
}

/** The precision a duration written in words is rounded to, in seconds; 0 for figures in digits. */
export function roundedTo(q: Quantity): number {
  if (q.kind !== 'duration' || q.bound !== 'exact' || /\d/.test(q.text)) return 0;
  const unit = UNIT_WORDS.find(([re]) => re.test(q.text))?.[1];
  if (!unit) return 0;
  return /\bquarter\b/i.test(q.text) ? unit / 4 : /\bhalf\b/i.test(q.text) ? unit / 2 : unit;
}

/** Slack of a rounded figure: a value exactly halfway between two ($6.85 billion) rounds to neither. */
const JUST_UNDER_HALF = 0.499;
/** Most relative slack of a figure told plainly, however few its digits: less than an "about" figure's. */
const PLAIN_ROUNDING = 0.1;
const SCALED_FIGURE = /(\d+)(?:\.(\d+))?\s?(thousand|million|billion|trillion|bn|mn|tn|[kmb])\b/i;

/**
 * The precision of a figure written with a scale word: "$6.8 billion" is rounded to a tenth of
 * a billion, and agrees with $6.82 billion; "$312 million" with $311.5 million. A figure written
 * out in digits ("$400,000", "83,500 vehicles") is taken as exact: 0.
 */
export function scaledPrecision(q: Quantity): number {
  if (q.kind !== 'money' && q.kind !== 'count' && q.kind !== 'measure') return 0;
  const m = SCALED_FIGURE.exec(q.text);
  if (!m) return 0;
  return SCALES.get(m[3]!.toLowerCase())! * 10 ** -(m[2]?.length ?? 0);
}

/** Fewest significant digits a figure in plain digits is taken to keep: "38,400" is to the hundred, "400,000" to the thousand. */
const MIN_SIGNIFICANT_DIGITS = 3;
const PLAIN_DIGITS = /\d[\d,]*(?:\.(\d+))?/;

/**
 * The precision a count, sum or share was written to: a scale word's (see `scaledPrecision`), else
 * its last written digit, so that a report rounding a figure agrees with one giving it in full
 * ("54 percent" with 54.2%, "38,400 votes" with 38,412), while two figures given in full stay
 * apart ("14 counts" and "13", "$1.96" and "$1.97"). Trailing zeros count as rounding only past
 * the third significant digit: "$400,000" is to the thousand, "70 dead" exact.
 */
function writtenPrecision(q: Quantity): number {
  if (q.kind !== 'money' && q.kind !== 'count' && q.kind !== 'percent') return 0;
  const scaled = scaledPrecision(q);
  if (scaled) return scaled;
  const m = PLAIN_DIGITS.exec(q.text);
  if (!m) return 0;
  if (m[1]) return 10 ** -m[1].length;
  if (q.kind === 'percent') return 1;
  const digits = m[0].replace(/,/g, '');
  const zeros = digits.length - digits.replace(/0+$/, '').length;
  return 10 ** Math.max(0, Math.min(zeros, digits.length - MIN_SIGNIFICANT_DIGITS));
}

/** Whether two values are at most `ratio` apart in size; two temperatures, at most `TEMPERATURE_GAP` degrees. */
function valuesWithin(a: Quantity, b: Quantity, ratio: number): boolean {
  if (isTemperature(a) && isTemperature(b)) return Math.abs(a.value - b.value) <= TEMPERATURE_GAP;
  const [small, large] = a.value <= b.value ? [a.value, b.value] : [b.value, a.value];
  return small > 0 && large / small <= ratio;
}

/** Whether two durations, measures or sums are at most `ratio` apart in size; other figures always are. */
function withinRatio(a: Quantity, b: Quantity, ratio: number): boolean {
  return a.kind !== b.kind || (a.kind !== 'duration' && a.kind !== 'measure' && a.kind !== 'money') || valuesWithin(a, b, ratio);
}

/**
 * Whether two durations, measures, sums or percentages are of one order of size: a two-hour
 * meeting is not compared with a year, a company's $349 million profit with its $6.60 a share, nor
 * a debt of 97.4% of GDP with a deficit of 3.4%.
 */
export function sameMagnitude(a: Quantity, b: Quantity): boolean {
  if (a.kind === 'count' && b.kind === 'count') return valuesWithin(a, b, MAX_COUNT_RATIO);
  if (a.kind === 'percent' && b.kind === 'percent') return valuesWithin(a, b, MAX_RATIO);
  return withinRatio(a, b, MAX_RATIO);
}

/** Largest ratio between two lengths told of one thing in words that do not say which. */
const CLOSE_RATIO = 2;

/**
 * Whether two durations, measures or sums are near enough in size to be reports of one thing when
 * nothing but their story ties them: a 38-minute talk alone and a summit of four and a half hours
 * are two lengths of one day, 30 and 35 minutes two reports of one.
 */
export function closeInSize(a: Quantity, b: Quantity): boolean {
  return withinRatio(a, b, CLOSE_RATIO);
}

/** Whether two figures of any kind are within the ratio `closeInSize` allows lengths. */
export function closeInValue(a: Quantity, b: Quantity): boolean {
  return valuesWithin(a, b, CLOSE_RATIO);
}

/**
 * Hours apart beyond which two times of day in one story are two moments, not one told otherwise:
 * reports of one moment differ by minutes, an hour or two, or a zone's offset misread ("3.12 p.m."
 * New York time against "20:12 GMT"); "the last count, at 11 p.m." and "the 5:30 a.m. count" are two.
 */
const MOMENTS_APART_MINUTES = 4 * 60;

/** Whether two times of day lie so far apart, round the clock, that they are of two moments. */
export function momentsApart(a: Quantity, b: Quantity): boolean {
  if (a.kind !== 'time' || b.kind !== 'time') return false;
  const apart = Math.abs(a.value - b.value) % DAY_MINUTES;
  return Math.min(apart, DAY_MINUTES - apart) > MOMENTS_APART_MINUTES;
}

/** A measure written in another unit than the one it is compared with was converted, and rounded on the way. */
function converted(q: Quantity, other: Quantity): boolean {
  return q.kind === 'measure' && q.bound === 'exact' && writtenUnit(q.text) !== writtenUnit(other.text);
}

/** Least relative slack of a measure compared with one in another unit: conversion rounds, and news rounds again. */
const CONVERTED_FLOOR = 0.02;

/** Relative difference within which a measure converted from another unit is the figure it was converted from. */
const CONVERSION_SLACK = 0.01;

/**
 * Whether two figures give the very same value: "4,200 kg" and "the 9,260-pound satellite" do,
 * once converted, though rounding on the way leaves them a fraction apart.
 */
export function sameValue(a: Quantity, b: Quantity): boolean {
  if (a.value === b.value) return true;
  if (a.kind !== 'measure' || b.kind !== 'measure' || writtenUnit(a.text) === writtenUnit(b.text)) return false;
  if (isTemperature(a)) return Math.abs(a.value - b.value) <= writtenDegreesSlack(a.text) + writtenDegreesSlack(b.text);
  return Math.abs(a.value - b.value) <= CONVERSION_SLACK * Math.max(Math.abs(a.value), Math.abs(b.value));
}

/**
 * "nearly 3 percent", "almost five hours": just under the figure, not anything under it as "below
 * 1 percent" is; a reader takes "nearly 3%" for a figure of about 3%, never for 1%.
 */
const NEARLY = /^(?:nearly|almost|just\s+(?:under|below|short\s+of))\b/i;

/** "shortly after midnight", "just before 9 p.m.": within `CLOSE_MINUTES` of the time, not any time after or before it. */
const CLOSE_TIME_BOUND = new RegExp(`^${CLOSE_TO_TIME}\\s`, 'i');

const closeTime = (q: Quantity) => q.kind === 'time' && CLOSE_TIME_BOUND.test(q.text);

function interval(q: Quantity, other: Quantity): Interval {
  let value: Interval;
  if (q.kind === 'date') {
    const scale = dateScale(q, other);
    if (!scale) throw new Error(`dates ${q.unit} and ${other.unit} are not comparable`);
    value = dateOnScale(q, scale);
  } else {
    value = point(q.value);
  }
  // A temperature converted from another scale, within the rounding of the figure as written:
  // 100F is 37.8C, written "38C"; 104F is 40C, and conflicts with 38C.
  if (isTemperature(q) && q.bound === 'exact' && converted(q, other)) {
    const slack = writtenDegreesSlack(q.text);
    return { lo: value.lo - slack, hi: value.hi + slack };
  }
  // "175 mph" against "305 km/h": the figure the other was converted from, or to, within its own
  // rounding and a little more, not as far as an "about" figure reaches.
  if (converted(q, other)) {
    const reach = Math.abs(value.lo) * Math.max(CONVERTED_FLOOR, roundingOf(q) ?? APPROX_SLACK);
    return { lo: value.lo - reach, hi: value.hi + reach };
  }
  switch (q.bound) {
    case 'approx':
      return widen(q, value);
    case 'atLeast':
      return { lo: value.lo, hi: closeTime(q) ? value.hi + CLOSE_MINUTES : Infinity };
    case 'atMost':
      if (closeTime(q)) return { lo: value.lo - CLOSE_MINUTES, hi: value.hi };
      return { lo: NEARLY.test(q.text) ? value.lo - Math.abs(value.lo) * APPROX_SLACK : -Infinity, hi: value.hi };
    default: {
      // Just under half the precision, so that a value exactly halfway rounds to neither side; and
      // a figure of one digit told plainly is no rounding of one far off it: "2 billion pesos" is not 1.5 billion.
      const slack = Math.max(0, roundedTo(q) / 2 - 1, Math.min(writtenPrecision(q) * JUST_UNDER_HALF, Math.abs(value.lo) * PLAIN_ROUNDING));
      return { lo: value.lo - slack, hi: value.hi + slack };
    }
  }
}

/**
 * Whether the two values can both be true. Call only for quantities that `unitsComparable`
 * accepts and that measure the same thing.
 */
export function valuesCompatible(a: Quantity, b: Quantity): boolean {
  const x = interval(a, b);
  const y = interval(b, a);
  return x.lo <= y.hi && y.lo <= x.hi;
}

/** A short label for what is compared: "duration", "planned duration", "count of agents", "capacity in passengers". */
export function quantityLabel(q: Quantity, capacity = false): string {
  const counted = capacity ? `capacity in ${plural(q.unit)}` : `count of ${plural(q.unit)}`;
  const name = q.kind === 'percent' ? 'percentage' : q.kind === 'measure' ? measureLabel(q.unit) : q.kind !== 'count' || !q.unit ? q.kind : q.unit === ATTENDANCE ? 'crowd size' : counted;
  const held = capacity && q.kind === 'measure' ? `${name} capacity` : name;
  return q.role === 'planned' ? `planned ${held}` : held;
}

const IRREGULAR_PLURALS = new Map<string, string>(Object.entries({
  person: 'people', people: 'people', child: 'children', man: 'men', woman: 'women',
  // Casualty counts (casualties.ts) are named by what happened to those counted.
  dead: 'dead', injured: 'injured', 'seriously injured': 'seriously injured', hospitalised: 'hospitalised', missing: 'missing', arrested: 'arrested', evacuated: 'evacuated', protester: 'protesters',
  // A vote's sides (quantities.ts).
  'vote for': 'votes for', 'vote against': 'votes against',
}));

function plural(noun: string): string {
  // "runners that finished": the noun before its clause takes the plural.
  const clause = noun.indexOf(' that ');
  if (clause > 0) return `${plural(noun.slice(0, clause))}${noun.slice(clause)}`;
  // "miners killed": a group's toll (casualties.ts) takes the plural on its group.
  const toll = groupTollParts(noun);
  if (toll) return `${plural(toll.group)} ${toll.told}`;
  const irregular = IRREGULAR_PLURALS.get(noun);
  if (irregular) return irregular;
  return /(s|x|ch|sh)$/.test(noun) ? `${noun}es` : /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const BOUND_WORDS: Record<Quantity['bound'], string> = { exact: '', approx: 'about ', atLeast: 'over ', atMost: 'under ' };

/** The value as a reader compares it: "2 h 16 min", "9 July 2017", "12:00", "about 30%". */
export function formatQuantity(q: Quantity): string {
  return `${BOUND_WORDS[q.bound]}${formatValue(q)}`;
}

function formatValue(q: Quantity): string {
  switch (q.kind) {
    case 'duration':
      return formatSeconds(q.value);
    case 'date':
      return formatDate(q);
    case 'time':
      return `${String(Math.floor(q.value / 60)).padStart(2, '0')}:${String(q.value % 60).padStart(2, '0')}${q.unit.slice('min'.length)}`;
    case 'percent':
      return `${formatNumber(q.value)}%`;
    case 'money':
      // "USD 12.4 billion", but "2 billion pesos" of a currency named as several countries name theirs.
      return /^[A-Z]{3}$/.test(q.unit) ? `${q.unit} ${formatLarge(q.value)}` : `${formatLarge(q.value)} ${q.unit}`.trim();
    case 'count':
      return formatLarge(q.value);
    case 'measure':
      // The note's label already says "magnitude".
      return q.unit === 'magnitude' ? formatNumber(q.value) : measureText(q.value, q.unit, formatNumber);
  }
}

function formatNumber(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

const LARGE_SCALES: ReadonlyArray<[number, string]> = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

/** "12.4 billion", "411.8 million", "640,000": a large sum or count as news writes it, not in nine digits. */
function formatLarge(n: number): string {
  const scale = LARGE_SCALES.find(([size]) => Math.abs(n) >= size);
  return scale ? `${(n / scale[0]).toLocaleString('en-US', { maximumFractionDigits: 3 })} ${scale[1]}` : formatNumber(n);
}

const YEAR = 31_536_000;
const MONTH = 2_592_000;

/**
 * A duration that is a whole number of years or months ("seven years", "84 months"), or of
 * quarter years past the first ("2.5 years"), in those units, as a sentence would give it; null
 * otherwise. Years and months are read as 365 and 30 days (quantities.ts), so 84 months is not 7
 * years here: notes show both as written.
 */
export function inCalendarUnits(seconds: number): string | null {
  const total = Math.round(seconds);
  if (total <= 0) return null;
  if (total % YEAR === 0 || (total > YEAR && total % (YEAR / 4) === 0)) return counted(total / YEAR, 'year');
  if (total % MONTH === 0 && total >= 2 * MONTH) return counted(total / MONTH, 'month');
  return null;
}

function counted(n: number, unit: string): string {
  return `${n} ${n === 1 ? unit : `${unit}s`}`;
}

function formatSeconds(total: number): string {
  const calendar = inCalendarUnits(total);
  if (calendar) return calendar;
  const units: Array<[string, number]> = [['d', 86_400], ['h', 3_600], ['min', 60], ['s', 1]];
  const parts: string[] = [];
  let rest = Math.round(total);
  for (const [name, size] of units) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${n} ${name}`);
    rest -= n * size;
  }
  return parts.length ? parts.join(' ') : '0 s';
}

function formatDate(q: Quantity): string {
  if (q.unit === 'ymd') return `${q.value % 100} ${MONTH_NAMES[(Math.floor(q.value / 100) % 100) - 1] ?? '?'} ${Math.floor(q.value / 10000)}`;
  if (q.unit === 'md') return `${q.value % 100} ${MONTH_NAMES[Math.floor(q.value / 100) - 1] ?? '?'}`;
  return `${MONTH_NAMES[(q.value % 100) - 1] ?? '?'} ${Math.floor(q.value / 100)}`;
}
