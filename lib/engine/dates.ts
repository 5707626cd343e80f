/** Calendar dates and clock times, normalised as types.ts specifies. */

const MONTHS = new Map<string, number>(Object.entries({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
}));

export const MONTH_PATTERN =
  // Only a short form takes a full stop: in "on 12 June." the stop ends the sentence.
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';

export interface ParsedDate {
  value: number;
  unit: 'ymd' | 'md' | 'ym';
}

/**
 * Reads a date written in any common order: "9 July", "July 9", "July 9, 2017", "9th of July
 * 2017", "December 2016". A bare year or weekday is not a date a reader can check, so null.
 */
export function parseDate(text: string): ParsedDate | null {
  const words = text.replace(/[,.]/g, ' ').split(/\s+/).filter(Boolean);
  let month = 0;
  let day = 0;
  let year = 0;
  for (const word of words) {
    const lower = word.toLowerCase();
    const m = MONTHS.get(lower);
    // "May" is also a verb: only the capitalised form is a month.
    if (m !== undefined && (lower !== 'may' || word[0] === 'M')) { if (!month) month = m; continue; }
    const num = /^(\d{1,4})(?:st|nd|rd|th)?(?:-\d{1,2})?$/.exec(lower);
    if (!num) continue;
    const n = Number(num[1]);
    if (num[1]!.length === 4 && n >= 1000 && n <= 2999) { if (!year) year = n; }
    else if (n >= 1 && n <= 31 && !day) day = n;
  }
  if (!month) return null;
  if (day) return year ? { value: year * 10000 + month * 100 + day, unit: 'ymd' } : { value: month * 100 + day, unit: 'md' };
  if (year) return { value: year * 100 + month, unit: 'ym' };
  return null;
}

const NAMED_TIMES = new Map<string, number>(Object.entries({ noon: 720, midday: 720, midnight: 0 }));

/**
 * Reads a clock time as minutes after midnight: "noon", "midday", "1200 Damascus time",
 * "14:30", "3 p.m.", "3.30pm", "10 o'clock".
 */
export function parseTime(text: string): number | null {
  const lower = text.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const [name, minutes] of NAMED_TIMES) {
    if (new RegExp(`\\b${name}\\b`).test(lower)) return minutes;
  }
  const meridiem = /\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?/.exec(lower);
  if (meridiem) {
    const h = Number(meridiem[1]);
    const min = Number(meridiem[2] ?? 0);
    if (h < 1 || h > 12 || min > 59) return null;
    return ((h % 12) + (meridiem[3] === 'p' ? 12 : 0)) * 60 + min;
  }
  const colon = /\b([01]?\d|2[0-3])[:h]([0-5]\d)\b/.exec(lower);
  if (colon) return Number(colon[1]) * 60 + Number(colon[2]);
  // Four-digit military style ("1200 Damascus time", "0600 hours").
  const military = /\b([01]\d|2[0-3])([0-5]\d)\b/.exec(lower);
  if (military) return Number(military[1]) * 60 + Number(military[2]);
  const oclock = /\b(\d{1,2}) o'?clock\b/.exec(lower);
  if (oclock && Number(oclock[1]) <= 12) return Number(oclock[1]) * 60;
  return null;
}
