/** Amounts of money with their ISO 4217 currency. */
import { parseNumber } from './number-words';

const SYMBOLS: Array<[string, string]> = [
  ['US$', 'USD'], ['A$', 'AUD'], ['C$', 'CAD'], ['NZ$', 'NZD'], ['HK$', 'HKD'], ['S$', 'SGD'], ['NT$', 'TWD'], ['R$', 'BRL'], ['$', 'USD'],
  ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'],
];
const WORDS = new Map<string, string>(Object.entries({
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP',
  sterling: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', ruble: 'RUB', rubles: 'RUB',
  rouble: 'RUB', roubles: 'RUB', rupee: 'INR', rupees: 'INR', franc: 'CHF', francs: 'CHF',
  usd: 'USD', eur: 'EUR', gbp: 'GBP', jpy: 'JPY', cny: 'CNY', rub: 'RUB', chf: 'CHF',
}));

const SCALE = '(?:million|billion|trillion|bn|mn|tn|m|b|k)';
// Commas group thousands; one after the figure ends the clause ("a fine of $400,000, the maximum").
const AMOUNT = `(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:\\s?${SCALE}\\b)?`;
export const MONEY_PATTERN = new RegExp(
  `(?:US\\$|A\\$|C\\$|NZ\\$|HK\\$|S\\$|NT\\$|R\\$|\\$|€|£|¥|₹|₽)\\s?${AMOUNT}|\\b${AMOUNT}\\s(?:(?:US|U\\.S\\.)\\s)?(?:dollars|euros|pounds(?:\\s+sterling)?|yen|yuan|rubles|roubles|rupees|francs)\\b|\\b(?:USD|EUR|GBP|JPY|CNY|RUB|CHF)\\s?${AMOUNT}`,
  'g',
);

/**
 * "500 pounds of halibut": without "£" or "sterling", "pounds" is read as a weight, the common
 * sense in English-language news (British papers write money in pounds as "£").
 */
export function isPoundsOfWeight(text: string): boolean {
  return /\bpounds?\b/i.test(text) && !/£|sterling|gbp/i.test(text);
}

/** Dollars other than the US dollar, named after the sum: "$100 Australian", "$5 million Canadian". */
const DOLLARS_AFTER: Array<[RegExp, string]> = [
  [/^\s+Australian\b/, 'AUD'], [/^\s+Canadian\b/, 'CAD'], [/^\s+New\s+Zealand\b/, 'NZD'],
  [/^\s+Hong\s+Kong\b/, 'HKD'], [/^\s+Singapore(?:an)?\b/, 'SGD'], [/^\s+Taiwan(?:ese)?\b/, 'TWD'],
];

/** The dollar a country's name after a sum in "$" says it is in ("$100 Australian" → AUD); null when none follows. */
export function dollarNamedAfter(after: string): string | null {
  return DOLLARS_AFTER.find(([re]) => re.test(after))?.[1] ?? null;
}

/** "$3.5 million" → 3,500,000 USD; "20 euros" → 20 EUR. Null without a currency or a number. */
export function parseMoney(text: string): { value: number; unit: string } | null {
  let rest = text.trim();
  let unit = '';
  for (const [symbol, code] of SYMBOLS) {
    if (rest.startsWith(symbol)) { unit = code; rest = rest.slice(symbol.length); break; }
  }
  const words = rest.split(/\s+/).filter(Boolean);
  const amount: string[] = [];
  for (const w of words) {
    const code = WORDS.get(w.toLowerCase().replace(/\./g, ''));
    if (code) { if (!unit) unit = code; continue; }
    if (/^(us|u\.s\.)$/i.test(w)) continue;
    amount.push(w);
  }
  // "3.5m", "$22.9b" glue the scale to the digits.
  const joined = amount.join(' ').replace(/(\d)(bn|mn|tn|m|b|k)\b/i, '$1 $2');
  const value = parseNumber(joined);
  if (!unit || value === null) return null;
  return { value, unit };
}
