/** Numbers written in digits or English words, as news text writes them. */

// Maps, not object literals: a word of the text such as "constructor" must not find Object's own properties.
const UNITS = new Map(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
}));
const TENS = new Map(Object.entries({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));
export const SCALES: ReadonlyMap<string, number> = new Map(Object.entries({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9, tn: 1e12,
}));

const VULGAR_FRACTIONS = new Map(Object.entries({ '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅛': 1 / 8 }));
/** "2½", "6 ½", "½": a whole number (or none) and a fraction written as one character. */
export const VULGAR_FRACTION = '[½⅓⅔¼¾⅕⅛]';
const VULGAR_FRACTION_END = new RegExp(`\\s*(${VULGAR_FRACTION})\\s*$`);

/** Words that can be part of a number phrase; used by the patterns that find quantities. */
export const NUMBER_WORD_PATTERN =
  '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|quarter)';

/**
 * "four point two", "three point five": a decimal read aloud, as in a broadcast's transcript. The
 * digits after "point" are single number words.
 */
export const SPOKEN_DECIMAL_PATTERN = '(?:\\s+point(?:\\s+(?:zero|one|two|three|four|five|six|seven|eight|nine))+)';

export function isNumberWord(word: string): boolean {
  const w = word.toLowerCase();
  return UNITS.has(w) || TENS.has(w) || SCALES.has(w) || w === 'dozen' || w === 'half' || w === 'quarter';
}

function parseDigits(word: string): number | null {
  if (!/^\d[\d,]*(\.\d+)?$/.test(word)) return null;
  // A comma followed by exactly three digits groups thousands; anything else is not a number here.
  if (word.includes(',') && !/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(word)) return null;
  return Number(word.replace(/,/g, ''));
}

/**
 * Parses the integer part of a phrase: digits, or words with "hundred", "million", "dozen". Two
 * numbers side by side ("two three", "2 3"; "two and three" once "and" is dropped) are two
 * numbers, not their sum; only a unit after a ten adds ("twenty five").
 */
function parseWhole(words: string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let previous: 'digits' | 'unit' | 'ten' | 'scale' | null = null;
  for (const w of words) {
    const digits = parseDigits(w);
    if (digits !== null) {
      if (previous === 'digits' || previous === 'unit' || previous === 'ten') return null;
      current += digits;
      previous = 'digits';
      seen = true;
      continue;
    }
    const unit = UNITS.get(w);
    const ten = TENS.get(w);
    const scale = SCALES.get(w);
    if (unit !== undefined) {
      if (previous === 'digits' || previous === 'unit' || (previous === 'ten' && unit >= 10)) return null;
      current += unit;
      previous = 'unit';
    } else if (ten !== undefined) {
      if (previous === 'digits' || previous === 'unit' || previous === 'ten') return null;
      current += ten;
      previous = 'ten';
    } else if (w === 'dozen') { current = (current || 1) * 12; previous = 'scale'; }
    else if (scale !== undefined) {
      if (scale === 100) current = (current || 1) * 100;
      else { total += (current || (seen ? 0 : 1)) * scale; current = 0; }
      previous = 'scale';
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}

/** Parts of a scale a number phrase may open with: "half a million", "a third of a billion". */
const PARTS = new Map(Object.entries({ half: 1 / 2, quarter: 1 / 4, third: 1 / 3 }));

/** Significant digits a number written in news text is given back with. */
const PRECISION = 12;

/** "four point two million": the whole before "point", one digit a word after it, then the scale. */
function spokenDecimal(whole: string[], after: string[]): number | null {
  const digits: number[] = [];
  for (const w of after) {
    const digit = UNITS.get(w);
    if (digit === undefined || digit > 9) break;
    digits.push(digit);
  }
  const scaleWords = after.slice(digits.length);
  const integer = parseWhole(whole);
  const scale = scaleWords.length ? parseWhole(scaleWords) : 1;
  if (!digits.length || integer === null || scale === null || !scaleWords.every((w) => SCALES.has(w))) return null;
  return Number(((integer + Number(`0.${digits.join('')}`)) * scale).toPrecision(PRECISION));
}

/**
 * Parses a number phrase: "17", "1,200", "3.5 million", "twenty-five", "two and a half",
 * "two-and-a-half", "half", "a half", "half a million", "a dozen", "one hundred and twenty".
 * Returns null when the phrase is not entirely a number.
 */
export function parseNumber(phrase: string): number | null {
  // "98-2" is a score or a range, never one number.
  if (/\d\s*-\s*\d/.test(phrase)) return null;
  const vulgar = VULGAR_FRACTION_END.exec(phrase);
  if (vulgar) {
    const rest = phrase.slice(0, vulgar.index);
    const whole = rest.trim() ? parseNumber(rest) : 0;
    return whole === null ? null : whole + VULGAR_FRACTIONS.get(vulgar[1]!)!;
  }
  // "3.5m", "2bn": the scale glued to the digits.
  let words = phrase.toLowerCase().replace(/(\d)(bn|mn|tn|m|b|k)\b/g, '$1 $2').split(/[\s\u00a0-]+/).filter((w) => w.length > 0 && w !== 'and');
  let fraction = 0;
  const last = words[words.length - 1];
  if ((last === 'half' || last === 'quarter') && words.length >= 2 && words[words.length - 2] === 'a') {
    fraction = last === 'half' ? 0.5 : 0.25;
    words = words.slice(0, -2);
  }
  let multiplier = 1;
  // "a quarter of a million", "a third of a billion": a part of a scale, as "half a million" is.
  if (words.length >= 4 && words[2] === 'of' && /^(?:a|one)$/.test(words[0]!) && PARTS.has(words[1]!)) {
    multiplier = PARTS.get(words[1]!)!;
    words = words.slice(3);
  } else if (words[0] === 'half' || words[0] === 'quarter') {
    multiplier = PARTS.get(words[0])!;
    words = words.slice(1);
  }
  if (words[0] === 'a' || words[0] === 'an') words = words.slice(1);
  const point = words.indexOf('point');
  if (point > 0) return spokenDecimal(words.slice(0, point), words.slice(point + 1));
  if (words.length === 0) {
    if (fraction) return fraction;
    return multiplier !== 1 || /^(an?|half|quarter)\b/.test(phrase.trim().toLowerCase()) ? multiplier : null;
  }
  const whole = parseWhole(words);
  if (whole === null) return null;
  // 4.1 × 1e9 is 4099999999.9999995 in binary floating point: a figure written in decimals has
  // far fewer significant digits than a double, and is given back as written.
  return Number((whole * multiplier + fraction).toPrecision(PRECISION));
}
