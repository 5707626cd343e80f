/**
 * Temperatures: "38C", "-5°C", "100 degrees Fahrenheit", "minus five degrees Celsius". Each is put
 * in degrees Celsius, so that a heatwave of 38C in one report and of 100F in another can be
 * compared. A temperature's scale has no true zero: it is compared by degrees, never by ratio.
 */
import { parseNumber } from './number-words';

/** The measure unit of a temperature: degrees Celsius. */
export const CELSIUS = '°C';

/**
 * What finds temperatures, given the pattern of a number. A minus sign is read only where a number
 * may start ("-5C", "(−5C)"): in "20-25C" the dash joins a span. A figure glued to a letter
 * before it is a name's ("W3C"). The scale is a letter glued to
 * the figure or after a degree sign ("38C", "38 °C"), or a word after "degrees"; "degrees" alone
 * says no scale, and an angle ("a 180-degree turn") is written so too.
 */
export function temperaturePattern(number: string): RegExp {
  return new RegExp(
    `(?:(?:(?<=^|[\\s(])[-−])|\\bminus\\s+)?(?<![\\p{L}\\d.,])(?:${number})(?:\\s?°\\s?[CF]|[CF]|(?:\\s?°|\\s+degrees?)\\s+(?:Celsius|centigrade|Fahrenheit))(?![\\p{L}\\d])`,
    'giu',
  );
}

/** "38C" → 38; "100 degrees Fahrenheit" → 37.8; null for a phrase that is no temperature. */
export function parseTemperature(phrase: string): number | null {
  const text = phrase.trim();
  // The pattern is read without case for the number words; the scale's letter is a capital.
  const scale = /(?:°\s?|\d)([CF])$/.exec(text)?.[1] ?? (/fahrenheit$/i.test(text) ? 'F' : /(?:celsius|centigrade)$/i.test(text) ? 'C' : null);
  if (scale === null) return null;
  const figure = text.replace(/^(?:[-−]|minus\s+)/i, '').replace(/\s*(?:°\s?[CF]|[CF]|(?:°|\s+degrees?)\s+\p{L}+)$/u, '');
  const n = parseNumber(figure);
  if (n === null) return null;
  const signed = figure.length < text.length && /^(?:[-−]|minus\s)/i.test(text) ? -n : n;
  // Tenths of a degree keep every figure as written and drop what the conversion adds.
  return Number((scale === 'F' ? ((signed - 32) * 5) / 9 : signed).toFixed(2));
}

/** The scale a temperature was written in ("100 degrees Fahrenheit" → "°F"), '' when it is none. */
export function temperatureScale(text: string): string {
  if (/(?:°\s?|\d)F$|fahrenheit$/i.test(text.trim())) return '°F';
  return /(?:°\s?|\d)C$|(?:celsius|centigrade)$/i.test(text.trim()) ? CELSIUS : '';
}

/**
 * How far a temperature may be from what was measured, in degrees Celsius: half the last digit it
 * is written to, in its own scale ("117.7F" within 0.03 °C, "38C" within half a degree). Two
 * temperatures written in two scales are one reading when they are within both slacks: "100F" is
 * "38C", but "117.7F" (47.61 °C) is not "46.8C".
 */
export function writtenDegreesSlack(text: string): number {
  const decimals = /\d[.,](\d+)/.exec(text)?.[1]?.length ?? 0;
  const half = 10 ** -decimals / 2;
  return temperatureScale(text) === '°F' ? (half * 5) / 9 : half;
}
