/**
 * Known names: countries (from countries-list) with their aliases and demonyms, capitals, the
 * countries' regions (from country-region-data), major cities and regions, international
 * organisations, personal titles and given names.
 */
import { countries } from 'countries-list';
import REGIONS_BY_COUNTRY from 'country-region-data/data.json';
import type { EntityType } from './types';
import { CITIES, DEMONYMS, REGIONS } from './data/places';
import { ORGANIZATIONS } from './data/organizations';
import { FAMILY_NAMES_FIRST, GIVEN_NAMES, TITLES } from './data/people';
import MORE_GIVEN_NAMES from './data/given-names.json';
import ONE_WORD_REGIONS from './data/one-word-regions.json';
import { foldName } from './name-keys';

export interface GazetteerHit {
  kind: EntityType | 'title';
  /** The canonical name all aliases share, e.g. "United States" for "U.S.". */
  canonical: string;
}

interface Entry extends GazetteerHit {
  /** Short abbreviations must match case too: "US" is a country, "us" and "Us" are not. */
  exactCase?: string;
}

const entries = new Map<string, Entry>();

/** What must match letter for letter in a short name: "U.S." and "US", "G-20" and "G20". */
function caseForm(surface: string): string {
  return surface.replace(/[.\-\s]/g, '');
}
let longest = 1;

function add(surface: string, hit: GazetteerHit): void {
  const key = foldName(surface);
  if (!key || entries.has(key)) return;
  const bare = caseForm(surface);
  entries.set(key, bare.length <= 3 ? { ...hit, exactCase: bare } : hit);
  longest = Math.max(longest, key.split(' ').length);
}

// Order matters where names collide: the first meaning added wins.
// "President-elect Mike Pence", "Defence Secretary-designate …": an office not yet taken is still a title.
for (const title of TITLES) for (const form of [title, `${title}-elect`, `${title}-designate`]) add(form, { kind: 'title', canonical: form });
for (const [canonical, ...aliases] of DEMONYMS) {
  for (const name of [canonical as string, ...aliases]) add(name, { kind: 'place', canonical: canonical as string });
}
for (const country of Object.values(countries)) {
  for (const name of [country.name, ...(country.alias ?? [])]) add(name, { kind: 'place', canonical: country.name });
  if (country.capital) {
    // "Washington D.C." is also written "Washington".
    const capital = country.capital.replace(/\s+D\.C\.$/, '');
    add(capital, { kind: 'place', canonical: capital });
    add(country.capital, { kind: 'place', canonical: capital });
  }
}
for (const [canonical, ...aliases] of ORGANIZATIONS) {
  for (const name of [canonical as string, ...aliases]) add(name, { kind: 'organization', canonical: canonical as string });
}
for (const place of [...REGIONS, ...CITIES]) {
  const [canonical, ...aliases] = typeof place === 'string' ? [place] : place;
  for (const name of [canonical!, ...aliases]) add(name, { kind: 'place', canonical: canonical! });
}

/** Words that make no region's name on their own: "North West", "Upper East". */
const DIRECTION = /^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|Middle)$/;
/**
 * A landform or a town that ends a region's name ("Long Island" of the Bahamas, "George Town" of
 * the Cayman Islands): one of that name is found in many countries, and the city's own name
 * ("Nairobi", not "Nairobi City") is the one news writes.
 */
const COMMON_PLACE_END = /^(?:Island|Islands|Bay|Harbour|Town|River|Port|City|Parish|Coast)$/;
/**
 * A region whose name is a saint's or an article's in Spanish ("San Juan", "Santa Rosa", "La Paz")
 * names towns in many countries of the Americas: it is a place, but not known to lie in one country.
 */
const NAMED_IN_MANY = /^(?:San|Santa|Santo|Los|Las|La)$/;
/** A saint's name, or the Arabic article a romanised name opens with ("Al Anbar", "Ash Sharqiyah", "El Oued"). */
const SAINT_OR_ARTICLE = /^(?:Saint|St\.?|Sainte|Sveti|Sveta|Al|El|Ad|Ar|As|Ash|At|Az|An|Aş|Aţ)$/;

/** The one-word regions that are no word and no given name (scripts/make-one-word-regions.ts): "Helmand", not "Cat" or "Nelson". */
const namedRegions = new Set(ONE_WORD_REGIONS);
/** The one-word regions taken from the countries' list, by folded name. */
const oneWordRegions = new Set<string>();

/**
 * Every country's first-level regions (states, provinces, oblasts), from country-region-data, with
 * the country each lies in: names of several words ("New South Wales", "Uttar Pradesh", "British
 * Columbia"), and of one word that no dictionary or list of given names holds ("Tirol",
 * "Helmand"): a one-word region is otherwise as often a word or a person's name ("Cat", "Van",
 * "Kent", "Nelson"). A parish named after a saint is as often a church. A name romanised from
 * Arabic is spelt many ways ("As Suwayda'", "As-Suwayda", "Souweida"): the name keys join its
 * spellings (entity-keys.ts), which one fixed spelling would keep apart.
 */
function regionsWithCountries(): Map<string, string> {
  const regions = new Map<string, string>();
  const countriesOf = new Map<string, Set<string>>();
  for (const { countryName, regions: list } of REGIONS_BY_COUNTRY) {
    const country = entries.get(foldName(countryName));
    if (country?.kind !== 'place') continue;
    for (const { name } of list) {
      const words = name.split(/\s+/);
      const oneWord = words.length === 1 && namedRegions.has(name);
      if ((words.length < 2 && !oneWord) || /[,()/]/.test(name) || words.every((w) => DIRECTION.test(w)) || SAINT_OR_ARTICLE.test(words[0]!) || COMMON_PLACE_END.test(words[words.length - 1]!) || /['’ʿʾ]/.test(name)) continue;
      if (oneWord && !entries.has(foldName(name))) oneWordRegions.add(foldName(name));
      add(name, { kind: 'place', canonical: name });
      if (entries.get(foldName(name))?.canonical === name && !NAMED_IN_MANY.test(words[0]!)) countriesOf.set(name, (countriesOf.get(name) ?? new Set()).add(country.canonical));
    }
  }
  // A name several countries give a region of theirs lies in none of them for sure.
  for (const [name, countries] of countriesOf) if (countries.size === 1) regions.set(name, [...countries][0]!);
  return regions;
}
const regionCountries = regionsWithCountries();

const CALENDAR_WORDS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
// compromise's names (scripts/make-given-names.ts) widen the short list; months and weekdays
// ("April", "June") and the gazetteer's places and bodies stay what they are.
const givenNames = new Set([...GIVEN_NAMES, ...MORE_GIVEN_NAMES.filter((name) => !entries.has(foldName(name)) && !CALENDAR_WORDS.test(name))]);
// As the gazetteer names them: a demonym's country comes first ("Turkey", which countries-list calls "Türkiye").
const countryNames = new Set(Object.values(countries).flatMap((country) => [country.name, entries.get(foldName(country.name))?.canonical ?? country.name]));

/** Whether a canonical place name is a country's ("Nepal", "United States"), not a town's or a region's. */
export function isCountry(canonical: string): boolean {
  return countryNames.has(canonical);
}

const placeCountries = new Map([
  ...Object.values(countries).flatMap((country) => (country.capital ? [[country.capital.replace(/\s+D\.C\.$/, ''), entries.get(foldName(country.name))?.canonical ?? country.name] as const] : [])),
  ...regionCountries,
]);

/**
 * Each capital's and region's canonical name with its country's ("Kabul", "Afghanistan"; "New South
 * Wales", "Australia"), as `isCountry` names them: the places known to lie in one country.
 */
export function placesWithCountries(): ReadonlyMap<string, string> {
  return placeCountries;
}

/** Every country's canonical name, as `isCountry` knows them. */
export function countryCanonicalNames(): ReadonlySet<string> {
  return countryNames;
}

/** The most words a gazetteer name has, to bound longest-match scans. */
export function longestName(): number {
  return longest;
}

export function lookup(surface: string): GazetteerHit | undefined {
  const entry = entries.get(foldName(surface));
  if (!entry) return undefined;
  if (entry.exactCase && caseForm(surface) !== entry.exactCase) return undefined;
  return { kind: entry.kind, canonical: entry.canonical };
}

const familyNamesFirst = new Set(FAMILY_NAMES_FIRST);

/** Whether a word is a family name that its people's names put first ("Xi" of "Xi Jinping"). */
export function isFamilyNameFirst(word: string): boolean {
  return familyNamesFirst.has(foldName(word));
}

/**
 * Whether a word is known only as a one-word region of the countries' list, which may also be a
 * given name no list holds: "Kent" of "Kent Nelson".
 */
export function isListedRegionOnly(word: string): boolean {
  return oneWordRegions.has(foldName(word));
}

export function isGivenName(word: string): boolean {
  return givenNames.has(foldName(word));
}
