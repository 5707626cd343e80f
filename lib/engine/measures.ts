/**
 * Physical measures written with their unit (lengths, areas, weights, speeds, sizes of data,
 * power and energy, temperatures), earthquake magnitudes and changes of a rate in points, each put in one unit so
 * that "85 miles" and "140 km", "500 pounds" and "227 kg", "38C" and "100F", or "50 basis points"
 * and "half a percentage point" can be compared.
 */
import { parseNumber } from './number-words';
import { CELSIUS, parseTemperature, temperatureScale } from './temperatures';

export type MeasureUnit = 'm' | 'm2' | 'kg' | 'km/h' | 'B' | 'Wh' | 'W' | 'bp' | 'magnitude' | typeof CELSIUS;

interface UnitWord {
  /** The unit as written, whatever its spelling. */
  name: string;
  /** Its spellings, a regular-expression source matching them whole. */
  pattern: string;
  unit: MeasureUnit;
  /** How many of `unit` one of it is. */
  factor: number;
}

// Longer spellings first, so that "square miles" is not read as "miles", nor "km/h" as "km". A
// lone "m" or "g" is left out: "10m" is ten million in British news, "5G" a network.
const UNIT_WORDS: UnitWord[] = [
  { name: 'km²', pattern: 'square\\s+(?:kilometres?|kilometers?|km)|sq\\.?\\s*km|km2|km²', unit: 'm2', factor: 1e6 },
  { name: 'mi²', pattern: 'square\\s+miles?|sq\\.?\\s*mi(?:les?)?', unit: 'm2', factor: 2_589_988.11 },
  { name: 'm²', pattern: 'square\\s+(?:metres?|meters?)|m²', unit: 'm2', factor: 1 },
  { name: 'ft²', pattern: 'square\\s+(?:feet|foot)|sq\\.?\\s*ft', unit: 'm2', factor: 0.092_903 },
  { name: 'ha', pattern: 'hectares?', unit: 'm2', factor: 1e4 },
  { name: 'acre', pattern: 'acres?', unit: 'm2', factor: 4_046.856 },
  { name: 'km/h', pattern: '(?:kilometres?|kilometers?)\\s+(?:per|an)\\s+hour|km/h|kph|kmh', unit: 'km/h', factor: 1 },
  { name: 'mph', pattern: 'miles?\\s+(?:per|an)\\s+hour|mph', unit: 'km/h', factor: 1.609_344 },
  { name: 'knot', pattern: 'knots?', unit: 'km/h', factor: 1.852 },
  { name: 'nmi', pattern: 'nautical\\s+miles?', unit: 'm', factor: 1_852 },
  { name: 'km', pattern: 'kilometres?|kilometers?|kms?', unit: 'm', factor: 1_000 },
  { name: 'mi', pattern: 'miles?', unit: 'm', factor: 1_609.344 },
  { name: 'cm', pattern: 'centimetres?|centimeters?|cm', unit: 'm', factor: 0.01 },
  { name: 'mm', pattern: 'millimetres?|millimeters?|mm', unit: 'm', factor: 0.001 },
  { name: 'm', pattern: 'metres?|meters?', unit: 'm', factor: 1 },
  { name: 'ft', pattern: 'feet|foot|ft', unit: 'm', factor: 0.3048 },
  { name: 'yd', pattern: 'yards?', unit: 'm', factor: 0.9144 },
  { name: 'in', pattern: 'inches|inch', unit: 'm', factor: 0.0254 },
  { name: 't', pattern: 'metric\\s+tons?|tonnes?', unit: 'kg', factor: 1_000 },
  { name: 'ton', pattern: 'tons?', unit: 'kg', factor: 907.184_74 },
  { name: 'kg', pattern: 'kilogrammes?|kilograms?|kilos?|kg', unit: 'kg', factor: 1 },
  { name: 'g', pattern: 'grams?|grammes?', unit: 'kg', factor: 0.001 },
  { name: 'lb', pattern: 'pounds?|lbs?', unit: 'kg', factor: 0.453_592_37 },
  { name: 'oz', pattern: 'ounces?|oz', unit: 'kg', factor: 0.028_349_5 },
  // A file, a disk or a download: "a 2GB update", "500 MB", "27 megs". In powers of ten, as
  // makers of disks and news write them; "gigs" is left out, a band's concerts are gigs too.
  { name: 'TB', pattern: 'terabytes?|TB', unit: 'B', factor: 1e12 },
  { name: 'GB', pattern: 'gigabytes?|GB', unit: 'B', factor: 1e9 },
  { name: 'MB', pattern: 'megabytes?|megs|MB', unit: 'B', factor: 1e6 },
  { name: 'KB', pattern: 'kilobytes?|KB', unit: 'B', factor: 1e3 },
  // A plant's power and what it makes or uses in a year: "a 1.2-gigawatt plant", "1,200 MW", "40
  // terawatt-hours". Energy first: "megawatt-hours" is no "megawatt". A lone "W" is left out.
  { name: 'TWh', pattern: 'terawatt[\\s-]+hours?|TWh', unit: 'Wh', factor: 1e12 },
  { name: 'GWh', pattern: 'gigawatt[\\s-]+hours?|GWh', unit: 'Wh', factor: 1e9 },
  { name: 'MWh', pattern: 'megawatt[\\s-]+hours?|MWh', unit: 'Wh', factor: 1e6 },
  { name: 'kWh', pattern: 'kilowatt[\\s-]+hours?|kWh', unit: 'Wh', factor: 1e3 },
  { name: 'GW', pattern: 'gigawatts?|GW', unit: 'W', factor: 1e9 },
  { name: 'MW', pattern: 'megawatts?|MW', unit: 'W', factor: 1e6 },
  { name: 'kW', pattern: 'kilowatts?|kW', unit: 'W', factor: 1e3 },
  { name: 'W', pattern: 'watts?', unit: 'W', factor: 1 },
  // A rate cut "by 50 basis points" is one "by half a percentage point". Points alone are left
  // out: an index, a game and a scale count in points too.
  { name: 'bp', pattern: 'basis\\s+points?', unit: 'bp', factor: 1 },
  { name: 'pp', pattern: 'percentage\\s+points?', unit: 'bp', factor: 100 },
];

// The unit ends the phrase, after the number: a digit, a space or a hyphen before it.
const UNIT_RES = UNIT_WORDS.map((u) => ({ ...u, re: new RegExp(`(?:^|(?<=[\\d\\s-]))(?:${u.pattern})$`, 'i') }));
const MAGNITUDE = /magnitude|richter|quake|tremor|aftershock/i;
/** "a 7.6 tremor", "the 6.4 quake": a figure with a decimal right before a quake is its magnitude. */
const QUAKE_AFTER = '\\d\\.\\d+[\\s-]+(?:earthquake|quake|tremor|aftershock)';
const DIGITS = '\\d+(?:\\.\\d+)?';
/**
 * "6ft 4in", "6 feet 4 inches", "a 6-foot-4 forward": a height in feet goes on in inches, which
 * belong to it; read alone, "6ft" would be four inches short. "in" alone only right after feet.
 */
const INCHES_AFTER = '(?:\\s*,?\\s*\\d{1,2}(?:\\.\\d+)?\\s?(?:inches|inch|in)\\b|-\\d{1,2}\\b(?!\\s*(?:[-–]|to\\b)))';
const FEET_AND_INCHES = /^(.+?)[\s-]*(?:feet|foot|ft)[\s,-]*(\d{1,2}(?:\.\d+)?)(?:\s?(?:inches|inch|in))?$/i;

/**
 * What finds measures, given the pattern of a number: a number and a unit, joined by a space, a
 * hyphen ("a 30-metre wall") or nothing ("10km"); a magnitude before or after its figure. Not the
 * tail of a number ("1,500", "2 500", "3/4 inch"), but a figure listed after a comma ("2.3GHz, 12GB of RAM").
 */
export function measurePattern(number: string): RegExp {
  const units = UNIT_WORDS.map((u) => u.name === 'ft' ? `(?:${u.pattern})(?:${INCHES_AFTER})?` : u.pattern).join('|');
  return new RegExp(
    `\\b(?:magnitude[\\s-]+(?:of\\s+)?${DIGITS}|${DIGITS}[\\s-]+magnitude|${QUAKE_AFTER}|${DIGITS}\\s+on\\s+the\\s+Richter\\s+scale|(?<![\\d.]\\s?|[,/])(?:${number})(?:\\s+(?:thousand|million|billion))?(?:[\\s-]|(?<=\\d))(?:${units}))(?![A-Za-z0-9²])`,
    'gi',
  );
}

/** A measure's value in its metric unit. */
export interface Measure {
  value: number;
  unit: MeasureUnit;
}

/** "85 miles" → 136,794 m; "magnitude 6.2" → 6.2; null for a phrase that is no measure. */
export function parseMeasure(phrase: string): Measure | null {
  if (MAGNITUDE.test(phrase)) {
    const figure = /\d+(?:\.\d+)?/.exec(phrase);
    return figure ? { value: Number(figure[0]), unit: 'magnitude' } : null;
  }
  const text = phrase.trim();
  const celsius = parseTemperature(text);
  if (celsius !== null) return { value: celsius, unit: CELSIUS };
  const height = FEET_AND_INCHES.exec(text);
  const feet = height ? parseNumber(height[1]!) : null;
  if (height && feet !== null) return { value: Number((feet * 0.3048 + Number(height[2]) * 0.0254).toPrecision(9)), unit: 'm' };
  for (const u of UNIT_RES) {
    const at = u.re.exec(text)?.index ?? -1;
    if (at < 0) continue;
    const number = parseNumber(text.slice(0, at).replace(/-\s*$/, '').trim());
    if (number === null) continue;
    // Nine digits keep every figure as written and drop what the factor adds (1.8288000000000002).
    return { value: Number((number * u.factor).toPrecision(9)), unit: u.unit };
  }
  return null;
}

const UNIT_ANYWHERE = UNIT_WORDS.map((u) => ({ ...u, re: new RegExp(`(?<=[\\d\\s-])(?:${u.pattern})(?![A-Za-z])`, 'i') }));

/** The unit a measure's text was written in ("about 100 kilometres" → "km"), '' when none: a figure converted from another unit is a rounded one. */
export function writtenUnit(text: string): string {
  if (MAGNITUDE.test(text)) return 'magnitude';
  return temperatureScale(text) || (UNIT_ANYWHERE.find((u) => u.re.test(text))?.name ?? '');
}

const SCALED: Record<Exclude<MeasureUnit, 'magnitude'>, Array<[number, string]>> = {
  // Rain and snow are told in millimetres: "200 mm", not "0.2 m".
  m: [[1_000, 'km'], [1, 'm'], [0.001, 'mm']],
  m2: [[1e6, 'km²'], [1, 'm²']],
  kg: [[1_000, 't'], [1, 'kg']],
  'km/h': [[1, 'km/h']],
  B: [[1e12, 'TB'], [1e9, 'GB'], [1e6, 'MB'], [1e3, 'KB'], [1, 'B']],
  Wh: [[1e12, 'TWh'], [1e9, 'GWh'], [1e6, 'MWh'], [1e3, 'kWh'], [1, 'Wh']],
  W: [[1e9, 'GW'], [1e6, 'MW'], [1e3, 'kW'], [1, 'W']],
  bp: [[1, 'bp']],
  [CELSIUS]: [[1, CELSIUS]],
};

/**
 * A measure in the unit a reader takes in at a glance ("136.79 km" rather than 136,794 m),
 * its number written by `format`.
 */
export function measureText(value: number, unit: string, format: (n: number) => string): string {
  if (unit === 'magnitude') return `magnitude ${format(value)}`;
  const scales = SCALED[unit as keyof typeof SCALED] ?? [[1, unit]];
  const [size, name] = scales.find(([s]) => Math.abs(value) >= s) ?? scales[scales.length - 1]!;
  return `${format(value / size)} ${name}`;
}

const LABELS: Record<MeasureUnit, string> = { m: 'length', m2: 'area', kg: 'weight', 'km/h': 'speed', B: 'data size', Wh: 'energy', W: 'power', bp: 'change in points', magnitude: 'magnitude', [CELSIUS]: 'temperature' };

/** What a measure measures, as a note names it. */
export function measureLabel(unit: string): string {
  return LABELS[unit as MeasureUnit] ?? 'measure';
}
