/** Small conversions the manager's forms and lists need. Pure, so tests need no page around them. */

/** `<input type="date">` value ("2024-05-01") as the start of that local day in epoch ms, or undefined. */
export function dayStart(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const time = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
  return Number.isFinite(time) ? time : undefined;
}

/** The start of the local day after `value`, so that a "to" date includes the whole day. */
export function dayEnd(value: string): number | undefined {
  const start = dayStart(value);
  if (start === undefined) return undefined;
  const next = new Date(start);
  next.setDate(next.getDate() + 1);
  return next.getTime();
}

/** "Showing 51–100 of 1,234" style bounds of a page window (1-based, inclusive). */
export function windowBounds(offset: number, shown: number, total: number): { first: number; last: number } {
  if (total === 0 || shown === 0) return { first: 0, last: 0 };
  return { first: offset + 1, last: Math.min(total, offset + shown) };
}
