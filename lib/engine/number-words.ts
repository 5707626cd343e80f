/** Numbers written in digits or English words, as news text writes them. */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, tn: 1e12,
};

/** Words that can be part of a number phrase; used by the patterns that find quantities. */
export const NUMBER_WORD_PATTERN =
  '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|quarter)';

export function isNumberWord(word: string): boolean {
  const w = word.toLowerCase();
  return w in UNITS || w in TENS || w in SCALES || w === 'dozen' || w === 'half' || w === 'quarter';
}

function parseDigits(word: string): number | null {
  if (!/^\d[\d,]*(\.\d+)?$/.test(word)) return null;
  // A comma followed by exactly three digits groups thousands; anything else is not a number here.
  if (word.includes(',') && !/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(word)) return null;
  return Number(word.replace(/,/g, ''));
}

/** Parses the integer part of a phrase: digits, or words with "hundred", "million", "dozen". */
function parseWhole(words: string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    const digits = parseDigits(w);
    if (digits !== null) { current += digits; }
    else if (w in UNITS) { current += UNITS[w] as number; }
    else if (w in TENS) { current += TENS[w] as number; }
    else if (w === 'dozen') { current = (current || 1) * 12; }
    else if (w in SCALES) {
      const scale = SCALES[w] as number;
      if (scale === 100) current = (current || 1) * 100;
      else { total += (current || (seen ? 0 : 1)) * scale; current = 0; }
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}

/**
 * Parses a number phrase: "17", "1,200", "3.5 million", "twenty-five", "two and a half",
 * "two-and-a-half", "half", "a half", "half a million", "a dozen", "one hundred and twenty".
 * Returns null when the phrase is not entirely a number.
 */
export function parseNumber(phrase: string): number | null {
  // "98-2" is a score or a range, never one number.
  if (/\d\s*-\s*\d/.test(phrase)) return null;
  let words = phrase.toLowerCase().split(/[\s\u00a0-]+/).filter((w) => w.length > 0 && w !== 'and');
  let fraction = 0;
  const last = words[words.length - 1];
  if ((last === 'half' || last === 'quarter') && words.length >= 2 && words[words.length - 2] === 'a') {
    fraction = last === 'half' ? 0.5 : 0.25;
    words = words.slice(0, -2);
  }
  let multiplier = 1;
  if (words[0] === 'half' || words[0] === 'quarter') {
    multiplier = words[0] === 'half' ? 0.5 : 0.25;
    words = words.slice(1);
  }
  if (words[0] === 'a' || words[0] === 'an') words = words.slice(1);
  if (words.length === 0) {
    if (fraction) return fraction;
    return multiplier !== 1 || /^(an?|half|quarter)\b/.test(phrase.trim().toLowerCase()) ? multiplier : null;
  }
  const whole = parseWhole(words);
  if (whole === null) return null;
  return whole * multiplier + fraction;
}
