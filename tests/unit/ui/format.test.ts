import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../../lib/engine/types';
import { formatAddedAt, formatBytes, formatCount, formatDuration, formatPublished, formatQuantity } from '../../../lib/ui/format';

const quantity = (fields: Partial<Quantity> & Pick<Quantity, 'kind' | 'value' | 'unit'>): Quantity => ({
  text: '',
  start: 0,
  end: 0,
  bound: 'exact',
  role: 'actual',
  ...fields,
});

describe('formatDuration', () => {
  it('writes hours and minutes the way a reader compares them', () => {
    expect(formatDuration(2 * 3600 + 16 * 60)).toBe('2 h 16 min');
    expect(formatDuration(35 * 60)).toBe('35 min');
    expect(formatDuration(3 * 3600)).toBe('3 h');
    expect(formatDuration(7 * 365 * 86_400)).toBe('7 years');
    expect(formatDuration(84 * 30 * 86_400)).toBe('84 months');
  });

  it('keeps seconds only below a minute and drops minutes once days are counted', () => {
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(90)).toBe('1 min');
    expect(formatDuration(86_400 + 4 * 3600 + 59 * 60)).toBe('1 day 4 h');
    expect(formatDuration(3 * 86_400)).toBe('3 days');
  });

  it('says it does not know rather than printing a negative or infinite duration', () => {
    expect(formatDuration(-5)).toBe('?');
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe('?');
  });
});

describe('formatQuantity', () => {
  it('shows hedges as signs and planned values as planned', () => {
    expect(formatQuantity(quantity({ kind: 'duration', value: 7200, unit: 's', bound: 'atLeast' }))).toBe('≥ 2 h');
    expect(formatQuantity(quantity({ kind: 'duration', value: 1800, unit: 's', role: 'planned' }))).toBe('30 min (planned)');
    expect(formatQuantity(quantity({ kind: 'count', value: 1200, unit: 'soldier', bound: 'approx' }))).toBe('≈ 1,200 soldier');
  });

  it('writes full and partial dates, times, money and percentages', () => {
    expect(formatQuantity(quantity({ kind: 'date', value: 20170707, unit: 'ymd' }))).toBe('7 Jul 2017');
    expect(formatQuantity(quantity({ kind: 'date', value: 709, unit: 'md' }))).toBe('9 Jul');
    expect(formatQuantity(quantity({ kind: 'time', value: 12 * 60 + 5, unit: 'min' }))).toBe('12:05');
    expect(formatQuantity(quantity({ kind: 'money', value: 1500000, unit: 'USD' }))).toBe('US$1,500,000');
    expect(formatQuantity(quantity({ kind: 'money', value: 2.5, unit: 'EUR' }))).toBe('€2.50');
    expect(formatQuantity(quantity({ kind: 'money', value: 40, unit: 'roubles' }))).toBe('40 roubles');
    expect(formatQuantity(quantity({ kind: 'percent', value: 12.5, unit: '%' }))).toBe('12.5 %');
  });

  it('writes a measure in the unit that reads at a glance, and a magnitude as one', () => {
    expect(formatQuantity(quantity({ kind: 'measure', value: 136_794.24, unit: 'm' }))).toBe('136.79 km');
    expect(formatQuantity(quantity({ kind: 'measure', value: 30, unit: 'm' }))).toBe('30 m');
    expect(formatQuantity(quantity({ kind: 'measure', value: 226.8, unit: 'kg' }))).toBe('226.8 kg');
    expect(formatQuantity(quantity({ kind: 'measure', value: 3_000, unit: 'kg' }))).toBe('3 t');
    expect(formatQuantity(quantity({ kind: 'measure', value: 4e7, unit: 'm2' }))).toBe('40 km²');
    expect(formatQuantity(quantity({ kind: 'measure', value: 6.2, unit: 'magnitude' }))).toBe('magnitude 6.2');
  });

  it('refuses impossible calendar dates instead of rolling them over', () => {
    expect(formatQuantity(quantity({ kind: 'date', value: 20171345, unit: 'ymd' }))).toBe('?');
  });
});

describe('formatPublished', () => {
  it('reads the date part of ISO dates and timestamps', () => {
    expect(formatPublished('2017-07-07')).toBe('7 Jul 2017');
    expect(formatPublished('2017-07-07T23:30:00-05:00')).toBe('7 Jul 2017');
  });

  it('gives nothing for an unknown or unreadable date', () => {
    expect(formatPublished('')).toBe('');
    expect(formatPublished('last Friday')).toBe('');
  });
});

describe('formatAddedAt', () => {
  const now = new Date(2024, 2, 15, 10, 0).getTime();

  it('speaks of recent days relative to the reader’s local day', () => {
    expect(formatAddedAt(new Date(2024, 2, 15, 0, 5).getTime(), now)).toBe('today');
    expect(formatAddedAt(new Date(2024, 2, 14, 23, 55).getTime(), now)).toBe('yesterday');
    expect(formatAddedAt(new Date(2024, 2, 10, 12, 0).getTime(), now)).toBe('5 days ago');
  });

  it('gives the date for anything older than a week', () => {
    expect(formatAddedAt(new Date(2024, 0, 2, 12, 0).getTime(), now)).toBe('2 Jan 2024');
  });
});

describe('formatCount and formatBytes', () => {
  it('uses the singular only for one', () => {
    expect(formatCount(1, 'claim')).toBe('1 claim');
    expect(formatCount(0, 'claim')).toBe('0 claims');
    expect(formatCount(100_000, 'entity', 'entities')).toBe('100,000 entities');
  });

  it('rounds sizes to a readable unit', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1_234_567)).toBe('1.2 MB');
    expect(formatBytes(250_000_000)).toBe('250 MB');
  });
});
