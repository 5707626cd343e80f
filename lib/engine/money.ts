/** Amounts of money with their ISO 4217 currency. */
import { NUMBER_WORD_PATTERN as NW, parseNumber, SPOKEN_DECIMAL_PATTERN } from './number-words';

const SYMBOLS: Array<[string, string]> = [
  ['US$', 'USD'], ['A$', 'AUD'], ['C$', 'CAD'], ['NZ$', 'NZD'], ['HK$', 'HKD'], ['S$', 'SGD'], ['NT$', 'TWD'], ['R$', 'BRL'], ['$', 'USD'],
  ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'],
];
/**
 * Currencies named in words, singular and plural, with their ISO 4217 code. A name several
 * countries give their currency stands for itself: which of them is meant is not said.
 */
const CURRENCY_NAMES = new Map<string, string>(Object.entries({
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP',
  sterling: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', ruble: 'RUB', rubles: 'RUB',
  rouble: 'RUB', roubles: 'RUB', rupee: 'INR', rupees: 'INR', franc: 'CHF', francs: 'CHF',
  rupiah: 'IDR', rand: 'ZAR', naira: 'NGN', shekel: 'ILS', shekels: 'ILS', zloty: 'PLN', zlotys: 'PLN', ringgit: 'MYR',
  baht: 'THB', hryvnia: 'UAH', hryvnias: 'UAH', reais: 'BRL', taka: 'BDT', cedi: 'GHS', cedis: 'GHS', birr: 'ETB', forint: 'HUF',
  forints: 'HUF', koruna: 'CZK',
  peso: 'pesos', pesos: 'pesos', shilling: 'shillings', shillings: 'shillings', dinar: 'dinars', dinars: 'dinars',
  dirham: 'dirhams', dirhams: 'dirhams', riyal: 'riyals', riyals: 'riyals', rial: 'rials', rials: 'rials',
  krona: 'kronor', kronor: 'kronor', krone: 'kroner', kroner: 'kroner',
}));
/** The codes a sum may be written with, in words' place: "USD 5m", "5m usd". */
const CODES = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RUB', 'CHF'];
const CODE_OF = new Map<string, string>([...CURRENCY_NAMES, ...CODES.map((code): [string, string] => [code.toLowerCase(), code])]);
/** Currencies named in words after a sum, longest first so that "rubles" is not read as "ruble". "Sterling" follows "pounds" only. */
const NAMES_AFTER_SUM = [...CURRENCY_NAMES.keys()].filter((name) => name !== 'sterling').sort((x, y) => y.length - x.length).join('|');

/** Whether a noun names money: a currency, or its hundredth ("a million-cent …"). */
export function isMoneyNoun(word: string): boolean {
  return CURRENCY_NAMES.has(word) || word === 'cent' || word === 'cents';
}

const SCALE = '(?:million|billion|trillion|bn|mn|tn|m|b|k)';
// Commas group thousands; one after the figure ends the clause ("a fine of $400,000, the maximum").
// Spaces group them too, as much of Europe writes a sum: "EUR 12 500", "€1 200 000".
const AMOUNT = `(?:\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?!\\d|,\\d)|\\d+)(?:\\.\\d+)?(?:\\s?${SCALE}\\b)?`;
/** "ten million", "a million", "four point two million": an amount in words, read aloud. */
const AMOUNT_IN_WORDS = `(?:(?:a|half\\s+a)\\s+)?${NW}(?:[\\s-]+(?:and\\s+)?${NW})*(?:${SPOKEN_DECIMAL_PATTERN}(?:\\s+${NW})?)?`;

/** Dollars other than the US dollar, by the country named with them: "A$100" is "$100 Australian" and "100 Australian dollars". */
const DOLLAR_COUNTRIES: Array<[string, string]> = [
  ['Australian', 'AUD'], ['Canadian', 'CAD'], ['New\\s+Zealand', 'NZD'], ['Hong\\s+Kong', 'HKD'], ['Singapore(?:an)?', 'SGD'], ['Taiwan(?:ese)?', 'TWD'],
];
/** Countries named before their currency: "US dollars", "Canadian dollars", "Swiss francs". */
const CURRENCY_COUNTRY = `(?:US|U\\.S\\.|Swiss|${DOLLAR_COUNTRIES.map(([name]) => name).join('|')})`;
/** Currencies named after the sum; "pounds" alone is a weight (see `isPoundsOfWeight`). */
const CURRENCY_AFTER = `(?:${CURRENCY_COUNTRY}\\s)?(?:pounds\\s+sterling|${NAMES_AFTER_SUM})\\b`;
export const MONEY_PATTERN = new RegExp(
  `(?:US\\$|A\\$|C\\$|NZ\\$|HK\\$|S\\$|NT\\$|R\\$|\\$|€|£|¥|₹|₽)\\s?${AMOUNT}|\\b${AMOUNT}\\s${CURRENCY_AFTER}|\\b(?:${CODES.join('|')})\\s?${AMOUNT}`,
  'g',
);
/** A sum written in words: "ten million dollars", "four point two million Australian dollars". Not "pounds", a weight without "sterling". */
export const MONEY_IN_WORDS_PATTERN = new RegExp(`\\b${AMOUNT_IN_WORDS}\\s(?!pounds?\\b)${CURRENCY_AFTER}`, 'gi');
/** Whether a sentence names a currency in words: only then can a sum in words be in it. */
export const CURRENCY_WORD = new RegExp(`\\b(?:${NAMES_AFTER_SUM})\\b`, 'i');

/**
 * "500 pounds of halibut": without "£" or "sterling", "pounds" is read as a weight, the common
 * sense in English-language news (British papers write money in pounds as "£").
 */
export function isPoundsOfWeight(text: string): boolean {
  return /\bpounds?\b/i.test(text) && !/£|sterling|gbp/i.test(text);
}

const DOLLARS_AFTER: Array<[RegExp, string]> = DOLLAR_COUNTRIES.map(([name, code]) => [new RegExp(`^\\s+${name}\\b`), code]);
/** "100 Australian dollars": the country before "dollars" names the currency. */
const DOLLARS_OF: Array<[RegExp, string]> = DOLLAR_COUNTRIES.map(([name, code]) => [new RegExp(`\\b${name}\\s+dollars?\\b`, 'i'), code]);

/** The dollar a country's name after a sum in "$" says it is in ("$100 Australian" → AUD); null when none follows. */
export function dollarNamedAfter(after: string): string | null {
  return DOLLARS_AFTER.find(([re]) => re.test(after))?.[1] ?? null;
}

/** "$3.5 million" → 3,500,000 USD; "20 euros" → 20 EUR. Null without a currency or a number. */
export function parseMoney(text: string): { value: number; unit: string } | null {
  let rest = text.trim().replace(/(\d)[ \u00a0\u202f](?=\d{3}(?!\d))/g, '$1');
  let unit = '';
  const named = DOLLARS_OF.find(([re]) => re.test(rest));
  if (named) {
    unit = named[1];
    rest = rest.replace(named[0], '');
  }
  for (const [symbol, code] of SYMBOLS) {
    if (rest.startsWith(symbol)) { unit = code; rest = rest.slice(symbol.length); break; }
  }
  const words = rest.split(/\s+/).filter(Boolean);
  const amount: string[] = [];
  for (const w of words) {
    const code = CODE_OF.get(w.toLowerCase().replace(/\./g, ''));
    if (code) { if (!unit) unit = code; continue; }
    if (/^(?:us|u\.s\.|swiss)$/i.test(w)) continue;
    amount.push(w);
  }
  // "3.5m", "$22.9b" glue the scale to the digits.
  const joined = amount.join(' ').replace(/(\d)(bn|mn|tn|m|b|k)\b/i, '$1 $2');
  const value = parseNumber(joined);
  if (!unit || value === null) return null;
  return { value, unit };
}
