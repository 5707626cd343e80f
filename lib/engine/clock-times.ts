/**
 * Clock times as news writes them ("14:32 GMT", "10:32 a.m. EDT", "1200 Damascus time", "noon"),
 * and the race or record times written like a clock ("2:04:37"), which are how long, not when.
 */
import type { Quantity } from './types';

export const NAMED_TIME_RE = /\b(?:noon|midday|midnight)\b/gi;
/** A time zone written after a clock time, in capitals: "14:32 GMT", "10:32 a.m. EDT". */
const ZONE = '(?:\\s+(?:GMT|UTC|BST|CES?T|EES?T|MSK|[ECMP][DS]T|[ECMP]T|JST|AE[DS]T)\\b)?';
/** "p.m." keeps its last stop; in "at 3pm." the stop ends the sentence. */
const MERIDIEM = '(?:[ap]\\.m\\.|[ap]\\.?m\\b)';
/** Clock times: like dates and sums of money, written with digits. */
export const CLOCK_RES = [
  // Not the head of a longer code: "revision 6:540b".
  new RegExp(`\\b(?:[01]?\\d|2[0-3]):[0-5]\\d(?!\\w)(?:\\s*${MERIDIEM})?${ZONE}`, 'gi'),
  new RegExp(`\\b(?:1[0-2]|0?[1-9])(?:\\.[0-5]\\d)?\\s*${MERIDIEM}${ZONE}`, 'gi'),
  // Military style needs a time word after it; a bare "1200" is a count.
  /\b(?:[01]\d|2[0-3])[0-5]\d\s+(?:hours|hrs|GMT|UTC|(?:local|[A-Z][a-z]+)\s+time)\b/g,
  /\b(?:1[0-2]|[1-9])\s+o'?clock\b/gi,
];

/**
 * "won in 2:04:37", "reached halfway in 62:10": a clock with seconds, or minutes past any hour of
 * a day, is a race's or a record's time, how long something took. Not after "at" ("at 14:32:05"),
 * nor before a time zone or "a.m.", which say it is a time of day.
 */
export const ELAPSED_RE = /(?<!\bat\s)\b(?:\d{1,2}:[0-5]\d:[0-5]\d|(?:2[4-9]|[3-9]\d):[0-5]\d)(?![:\d]|\s*(?:[ap]\.?m\b|GMT|UTC|local\b))/gi;

/** Words of length before hours and minutes written as a clock, with their hedge. */
const LENGTH_LEAD = '\\b(?:for|lasted|lasting|lasts|took|taking|takes)\\s+(?:(?:just|only|nearly|almost|over|about|some)\\s+)?';
const LENGTH_LEAD_BEFORE = new RegExp(`${LENGTH_LEAD}$`, 'i');

/**
 * "a victory that ran for 3:12", "the final lasted 2:58": hours and minutes after a word of length
 * are how long, though they read as a time of day.
 */
export const ELAPSED_AFTER_LENGTH_RE = new RegExp(`(?<=${LENGTH_LEAD})\\d{1,2}:[0-5]\\d(?![:\\d]|\\s*(?:[ap]\\.?m\\b|GMT|UTC|local\\b|[ECMP][DS]?T\\b))`, 'gi');

/** Hours ahead of UTC of the zones a clock time names; a zone that is summer or winter time by season ("ET") has none. */
const ZONE_OFFSETS = new Map<string, number>(Object.entries({
  GMT: 0, UTC: 0, BST: 1, CET: 1, CEST: 2, EET: 2, EEST: 3, MSK: 3, JST: 9, AEST: 10, AEDT: 11,
  EDT: -4, EST: -5, CDT: -5, CST: -6, MDT: -6, MST: -7, PDT: -7, PST: -8,
}));
/** A zone's letters end the phrase; "AM" and "PM" written in capitals are no zone ("8 AM"). */
const ZONE_AFTER = /\b(?![AP]M$)([A-Z]{2,4})$/;
export const DAY_MINUTES = 1440;

/**
 * Words before "after" or "before" a time of day that keep the bound close to it: "shortly after
 * midnight", "just before 9 p.m." are within a quarter of an hour of the time (see quantity-compare.ts).
 */
export const CLOSE_TO_TIME = '(?:shortly|just|soon|moments|minutes)';

/** A place's time named after a clock time: "3.47pm Irish time", "1200 Damascus time", "3.12 p.m. New York time". */
const PLACE_TIME_IN = /\s((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)\s+time$/u;
const PLACE_TIME_AFTER = /^,?\s+((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)\s+time\b/u;

/**
 * "All times below are UTC unless otherwise stated", "Times are GMT": a report that gives its
 * times in one zone says so once, and its zone's letters must be ones of known offset.
 */
const STATED_ZONE = /(?:^|\ball\s+)times\b(?:\s+(?:below|given|shown|quoted|here|in|this|the|report|article|story|are))*\s+(?:in\s+)?([A-Z]{2,4})\b/i;

/** The zone a sentence says the report's times are told in ("All times below are UTC"), if any. */
export function statedZone(sentence: string): string | undefined {
  const zone = STATED_ZONE.exec(sentence)?.[1]?.toUpperCase();
  return zone !== undefined && ZONE_OFFSETS.has(zone) ? zone : undefined;
}

/** "(23:40 local time)": a time the report says is local, whatever zone it states for the others. */
const LOCAL_AFTER = /^\s*local\b/i;

/**
 * A time with no zone of its own in a report that states one ("21:40" below "All times are UTC")
 * is told in that zone; one said to be local ("00:12 local time") stays local. `after` is the
 * text after the time.
 */
export function inStatedZone(q: Quantity, zone: string, after: string): Quantity {
  const offset = ZONE_OFFSETS.get(zone);
  if (q.kind !== 'time' || q.unit !== 'min' || offset === undefined || LOCAL_AFTER.test(after)) return q;
  return { ...q, value: utcMinutes(q.value, offset), unit: 'min UTC' };
}

/** Minutes past midnight UTC of a time of day told in a zone `offset` hours ahead of UTC. */
function utcMinutes(minutes: number, offset: number): number {
  return (((minutes - offset * 60) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
}

/**
 * "14:32 GMT" and "10:32 a.m. EDT" are one moment: a time in a zone of known offset is read in
 * UTC, and compared only with another so read. A time in a zone of no fixed offset ("ET"), or in
 * a place's time ("3.47pm Irish time" in a report of a landing in Spain), is compared only with
 * one in that zone, and a time with no zone only with another without, which is the commonest
 * case: two reports of a local event give its local time. `after` is the text after the phrase.
 */
export function inZone(phrase: string, minutes: number | null, after = ''): { value: number | null; unit: string } {
  const zone = ZONE_AFTER.exec(phrase)?.[1] ?? PLACE_TIME_IN.exec(phrase)?.[1] ?? PLACE_TIME_AFTER.exec(after)?.[1];
  if (zone === undefined || minutes === null) return { value: minutes, unit: 'min' };
  const offset = ZONE_OFFSETS.get(zone);
  if (offset === undefined) return { value: minutes, unit: `min ${zone}` };
  return { value: utcMinutes(minutes, offset), unit: 'min UTC' };
}

/**
 * Seconds in an elapsed time written as a clock: "2:04:37", "62:10" (minutes and seconds), and
 * after a word of length (`before`) hours and minutes: "lasted 3:12".
 */
export function elapsedSeconds(text: string, before = ''): number | null {
  if (!/^\d+(?::\d\d){1,2}$/.test(text)) return null;
  const seconds = text.split(':').reduce((total, part) => total * 60 + Number(part), 0);
  return /^\d+:\d\d$/.test(text) && LENGTH_LEAD_BEFORE.test(before) ? seconds * 60 : seconds;
}
