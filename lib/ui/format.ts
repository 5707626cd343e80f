/**
 * Turning stored values into words a reader scans at a glance. Pure functions: the locale is a
 * parameter so that output is the same in every test environment.
 */
import { measureText } from '../engine/measures';
import { inCalendarUnits } from '../engine/quantity-compare';
import type { Quantity } from '../engine/types';

/** The interface is written in English; day-month-year dates read unambiguously everywhere. */
const DEFAULT_LOCALE = 'en-GB';

/** "2 h 16 min", "45 min", "3 days 4 h", "30 s", "7 years". Seconds are dropped once minutes are shown. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const total = Math.round(seconds);
  if (total < 60) return `${total} s`;
  const calendar = inCalendarUnits(total);
  if (calendar) return calendar;
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3_600);
  const minutes = Math.floor((total % 3_600) / 60);
  const parts: string[] = [];
  if (days > 0) parts.push(`${days} ${days === 1 ? 'day' : 'days'}`);
  if (hours > 0) parts.push(`${hours} h`);
  // Minutes say little next to whole days; keep them up to a day, as news reports do.
  if (minutes > 0 && days === 0) parts.push(`${minutes} min`);
  return parts.join(' ');
}

export function formatNumber(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale ?? DEFAULT_LOCALE, { maximumFractionDigits: 2 }).format(value);
}

/** A count of things, with the noun in the plural when the count is not one: "1 claim", "3 claims". */
export function formatCount(count: number, noun: string, plural = `${noun}s`, locale?: string): string {
  return `${formatNumber(count, locale)} ${count === 1 ? noun : plural}`;
}

function formatCalendarDate(year: number | null, month: number, day: number, locale?: string): string {
  if (month < 1 || month > 12 || day < 1 || day > 31) return '?';
  const date = new Date(Date.UTC(year ?? 2000, month - 1, day));
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', timeZone: 'UTC' };
  if (year !== null) options.year = 'numeric';
  return new Intl.DateTimeFormat(locale ?? DEFAULT_LOCALE, options).format(date);
}

const BOUND_PREFIX: Record<Quantity['bound'], string> = { exact: '', approx: '≈ ', atLeast: '≥ ', atMost: '≤ ' };

/** One normalised quantity as a short label, e.g. "≈ 2 h", "7 Jul 2017", "12:00", "30 people". */
export function formatQuantity(quantity: Quantity, locale?: string): string {
  const prefix = BOUND_PREFIX[quantity.bound];
  const suffix = quantity.role === 'planned' ? ' (planned)' : '';
  return `${prefix}${formatQuantityValue(quantity, locale)}${suffix}`;
}

function formatQuantityValue({ kind, value, unit }: Quantity, locale?: string): string {
  switch (kind) {
    case 'duration':
      return formatDuration(value);
    case 'date':
      return unit === 'ymd'
        ? formatCalendarDate(Math.floor(value / 10_000), Math.floor(value / 100) % 100, value % 100, locale)
        : formatCalendarDate(null, Math.floor(value / 100) % 100, value % 100, locale);
    case 'time': {
      const hours = Math.floor(value / 60) % 24;
      const minutes = Math.round(value % 60);
      return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
    }
    case 'percent':
      return `${formatNumber(value, locale)} %`;
    case 'money':
      return /^[A-Z]{3}$/.test(unit)
        ? new Intl.NumberFormat(locale ?? DEFAULT_LOCALE, {
            style: 'currency',
            currency: unit,
            minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
            maximumFractionDigits: 2,
          }).format(value)
        : `${formatNumber(value, locale)} ${unit}`.trim();
    case 'count':
      return `${formatNumber(value, locale)} ${unit}`.trim();
    case 'measure':
      return measureText(value, unit, (n) => formatNumber(n, locale));
  }
}

/**
 * A source's own publication date ("2017-07-07", "2017-07-07T18:00:00Z") as "7 Jul 2017".
 * Returns '' for what cannot be read, so the caller simply shows nothing.
 */
export function formatPublished(published: string, locale?: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  if (!match) return '';
  return formatCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]), locale);
}

/** When a source was read, in the reader's local days: "today", "yesterday", "5 days ago", else a date. */
export function formatAddedAt(addedAt: number, now: number, locale?: string): string {
  const startOfToday = new Date(now).setHours(0, 0, 0, 0);
  if (addedAt >= startOfToday) return 'today';
  const startOfThatDay = new Date(addedAt).setHours(0, 0, 0, 0);
  const daysAgo = Math.round((startOfToday - startOfThatDay) / 86_400_000);
  if (daysAgo === 1) return 'yesterday';
  if (daysAgo < 7) return `${daysAgo} days ago`;
  const date = new Date(addedAt);
  return formatCalendarDate(date.getFullYear(), date.getMonth() + 1, date.getDate(), locale);
}

/** Bytes as "1.2 MB". */
export function formatBytes(bytes: number, locale?: string): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(locale ?? DEFAULT_LOCALE, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
