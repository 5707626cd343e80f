/**
 * A document's name mentions joined into its entities: a surname alone joins the full name seen
 * anywhere in the document, transliterations of one name join, a name takes the type its
 * strongest cue gives it (or the type of the names listed with it), and untyped names are dropped.
 */
import type { EntityType, LocalEntity, LocalMention } from './types';
import { coined, isCapitals, type Cue, type NameMention } from './entities';
import { entityKeys, familyNameFirst, headFirstForm, isFullName, shortNamesOf, surnameOf } from './entity-keys';
import { isCountry, isGivenName, lookup } from './gazetteer';
import { COMPANY_DESIGNATORS, INDUSTRY_WORDS } from './data/organizations';
import { foldName, foldTransliteration, SURNAME_KEY } from './name-keys';

interface Draft {
  type: EntityType;
  canonical: string | null;
  names: string[];
  id: string;
}

/**
 * Joins the document's name mentions into entities: a surname alone joins the full name seen
 * anywhere in the document, transliterations of one name join, untyped names take the type of
 * the names listed with them or are dropped.
 */
export function resolveEntities(names: NameMention[]): { entities: LocalEntity[]; mentions: LocalMention[] } {
  untypeHeadingsLikeDatelines(names);
  placeNationalBodies(names);
  inheritListTypes(names);
  nameBodiesByFirstWord(names);
  harmonizeTypes(names);
  joinAbbreviations(names);
  namePeopleInFull(names);
  // Surname → the person it names in this document: a full name if one was seen, else the
  // surname seen with a title or a verb of speech.
  const people = new Map<string, string>();
  for (const m of names) {
    const surname = m.type === 'person' && isFullName(m.surface) ? surnameOf(m.surface) : null;
    if (surname !== null) people.set(foldTransliteration(surname), `person:${foldTransliteration(m.surface)}`);
  }
  const byGivenName = peopleByGivenName(names, people);
  for (const m of names) {
    const surname = foldTransliteration(m.surface);
    if (m.type === 'person' && !isFullName(m.surface) && !people.has(surname) && !byGivenName.has(surname)) people.set(surname, `${SURNAME_KEY}${surname}`);
  }
  const drafts = new Map<string, Draft>();
  const located: Array<{ id: string; start: number; end: number }> = [];
  for (const m of names) {
    const surname = foldTransliteration(m.surface);
    let type = m.type;
    let id: string;
    const person = people.get(surname) ?? (type === 'person' ? byGivenName.get(surname) : undefined);
    // "Lewis Hamilton … Hamilton said": a known place's or body's name that is the surname of a
    // person the article names in full is that person, and so is a name typed only by a
    // preposition or by the list it ends.
    const namesake = person?.startsWith('person:') === true && m.cue === 'gazetteer' && m.canonical === m.surface;
    if (person && (type === 'person' || type === null || WEAK_PLACE_CUES.has(m.cue!) || m.cue === 'list' || namesake) && !isFullName(m.surface)) {
      type = 'person';
      id = person;
    } else if (type === null) {
      continue;
    } else if (type === 'person') {
      id = isFullName(m.surface) ? `person:${foldTransliteration(m.surface)}` : `${SURNAME_KEY}${surname}`;
    } else {
      // "the Department of Environmental Protection … the Environmental Protection Department": one body.
      const body = type === 'organization' ? headFirstForm(m.canonical ?? m.surface) : null;
      id = body ? `${type}:${foldName(body)}` : m.canonical ? `${type}:${foldName(m.canonical)}` : `${type}:${foldTransliteration(m.surface)}`;
    }
    let draft = drafts.get(id);
    if (!draft) { draft = { type, canonical: type === 'person' ? null : m.canonical, names: [], id }; drafts.set(id, draft); }
    if (!draft.names.includes(m.surface)) draft.names.push(m.surface);
    located.push({ id, start: m.start, end: m.end });
  }
  const index = new Map<string, number>();
  const entities: LocalEntity[] = [];
  for (const d of drafts.values()) {
    index.set(d.id, entities.length);
    // "Redwater" rather than its dateline's "REDWATER".
    const name = d.canonical ?? d.names.reduce((a, b) => (displayRank(b) > displayRank(a) ? b : a));
    const fullNames = d.type === 'person' ? d.names.filter(isFullName) : d.names;
    entities.push({
      index: entities.length,
      name,
      type: d.type,
      aliases: d.names,
      keys: entityKeys(d.type, d.canonical, fullNames.length ? fullNames : d.names),
    });
  }
  const mentions = located.map((l) => ({ entity: index.get(l.id)!, start: l.start, end: l.end }));
  return { entities, mentions };
}

/**
 * "her mother, Fiona, … Fiona Parry": a person named in full may be called by the given name
 * alone, when no one else the article names in full has it and it is no one's surname. Only a
 * name a cue types as a person's: "the Bill" is a law's, not Bill Shorten's. Given name → that
 * person's id.
 */
function peopleByGivenName(names: NameMention[], people: Map<string, string>): Map<string, string> {
  const ids = new Map<string, string | null>();
  for (const m of names) {
    if (m.type !== 'person' || !isFullName(m.surface) || familyNameFirst(m.surface.split(' '))) continue;
    const given = foldTransliteration(m.surface.slice(0, m.surface.indexOf(' ')));
    const id = `person:${foldTransliteration(m.surface)}`;
    ids.set(given, ids.has(given) && ids.get(given) !== id ? null : id);
  }
  const out = new Map<string, string>();
  for (const [given, id] of ids) if (id !== null && !people.has(given)) out.set(given, id);
  return out;
}

/** The country a known organisation's canonical name begins with: "United States" of "United States Senate". */
function countryOfBody(canonical: string): string | null {
  const words = canonical.split(' ');
  for (let n = words.length - 1; n >= 1; n--) {
    const hit = lookup(words.slice(0, n).join(' '));
    if (hit?.kind === 'place' && isCountry(hit.canonical)) return hit.canonical;
  }
  return null;
}

/**
 * "the Senate", "Congress": a country's body named by its bare word is that country's only in an
 * article that names the country; in another ("the legislation goes to the Senate" in Canberra)
 * it is a body of that name, and no other country's.
 */
function placeNationalBodies(names: NameMention[]): void {
  const named = new Set<string | null>();
  for (const m of names) named.add(m.type === 'place' ? m.canonical : m.type === 'organization' ? countryOfBody(m.surface) : null);
  for (const m of names) {
    if (m.type !== 'organization' || m.canonical === null || m.cue !== 'gazetteer') continue;
    const country = countryOfBody(m.canonical);
    if (country !== null && !named.has(country)) m.canonical = null;
  }
}

/**
 * How well a name written one way shows an entity: the longest, and a dateline's capitals
 * ("PORT ARVON —") below the name as running text writes it ("Port Arvon"); of two as long, the
 * one with more capitals, as a name is written ("Evin Prison", not "Evin prison").
 */
function displayRank(name: string): number {
  const shouted = /\p{Lu}{2}/u.test(name) && isCapitals(name);
  const capitals = name.match(/\p{Lu}/gu)?.length ?? 0;
  return shouted ? 0 : name.length + capitals / (name.length + 1);
}

/**
 * "Evans Kiprotich broke the record … Kiprotich said", "… Kiprotich, who finished fourth", "The
 * club signed Jannik Oberholz … Oberholz came through its academy": a story names a person in full
 * once and by the surname after, so a name no cue types is the full name of the person its last
 * word is, and that word alone, typed by no cue either, is that person's surname.
 */
function namePeopleInFull(names: NameMention[]): void {
  const single = (m: NameMention) => !isFullName(m.surface);
  const typedAlone = (m: NameMention) => single(m) && (m.type === 'person' || (m.type === null && m.cue === 'apposition'));
  const alone = (m: NameMention) => typedAlone(m) || (single(m) && m.type === null && coined(m.surface));
  const typedSurnames = new Set(names.filter(typedAlone).map((m) => foldTransliteration(m.surface)));
  const surnames = new Set(names.filter(alone).map((m) => foldTransliteration(m.surface)));
  const named = new Set<string>();
  for (const m of names) {
    const written = m.type === null && isFullName(m.surface) ? surnameOf(m.surface) : null;
    const surname = written === null ? null : foldTransliteration(written);
    // A surname no cue types names a person only after a full name of coined words: not "Thousands
    // of Tunisians … Tunisians", nor "the Data Retention Bill … the Bill".
    if (surname === null || !(typedSurnames.has(surname) || (surnames.has(surname) && m.surface.split(' ').every(coined)))) continue;
    adopt(m, { type: 'person', cue: 'speech', canonical: null });
    named.add(surname);
  }
  for (const m of names) if (m.type === null && alone(m) && named.has(foldTransliteration(m.surface))) adopt(m, { type: 'person', cue: 'apposition', canonical: null });
}

/**
 * "Endalia Distribucion … Endalia said", "Redsur Transmision's substation … Redsur's report": a
 * story calls a person by the last word of the name and a body by the first, so a name whose
 * first word, a coined one, recurs alone is a body's, and that word its short name. Not a name a
 * surer cue types as a person's, a given name ("Fiona Parry … Fiona"), a family name written
 * first ("Xi Jinping … Xi"), a place's name ("Redwater High School … east of Redwater"), a
 * word two names begin with, or a name whose last word recurs alone too, when either is said to
 * speak or act as a person: a person called both ways ("Megyn Kelly told … Megyn … Kelly said").
 */
function nameBodiesByFirstWord(names: NameMention[]): void {
  // "Northvale Air", "Hartwell & Price", "Endalia Distribucion": not "Tarrabool Bowling Club",
  // "Islamist Muslim Brotherhood", a body named after its place or its creed.
  const firmWord = (word: string) => coined(word) || INDUSTRY_WORDS.has(word.toLowerCase()) || COMPANY_DESIGNATORS.has(word.toLowerCase().replace(/\.$/, ''));
  // A name no cue types, a body's, or one only said to speak; not a place's.
  const weak = (m: NameMention) => m.type === null || m.type === 'organization' || (m.type === 'person' && rankOf(m) >= WEAK_RANK);
  const surfaces = bySurface(names);
  const surnames = new Set<string>();
  for (const m of names) {
    const surname = m.type === 'person' && !weak(m) ? surnameOf(m.surface) : null;
    if (surname !== null) surnames.add(foldTransliteration(surname));
  }
  // First word → the one full name it begins, or null when it begins two.
  const bodies = new Map<string, string | null>();
  for (const [full, group] of surfaces) {
    const words = group[0]!.surface.split(' ');
    const first = foldTransliteration(words[0]!);
    if (words.length < 2 || !coined(words[0]!) || isGivenName(words[0]!) || familyNameFirst(words) || !surfaces.has(first) || surnames.has(first) || calledAsPerson(surfaces, group, words)) continue;
    if (words.includes('&') || words.slice(1).every(firmWord)) bodies.set(first, bodies.has(first) ? null : full);
  }
  for (const [first, full] of bodies) {
    if (full === null) continue;
    const named = surfaces.get(full)!;
    const mentions = [...named, ...surfaces.get(first)!];
    if (!mentions.every(weak)) continue;
    const canonical = named.find((m) => m.canonical !== null)?.canonical ?? named[0]!.surface;
    for (const m of mentions) adopt(m, { type: 'organization', cue: 'company', canonical });
  }
}

/**
 * Whether a name's last word recurs alone, and the name or that word is said to speak or act as a
 * person: "Megyn Kelly told … Kelly said" (see `nameBodiesByFirstWord`).
 */
function calledAsPerson(surfaces: Map<string, NameMention[]>, group: NameMention[], words: string[]): boolean {
  const byLast = surfaces.get(foldTransliteration(words[words.length - 1]!));
  const person = (m: NameMention) => m.type === 'person';
  return byLast !== undefined && (group.some(person) || byLast.some(person));
}

/** The mentions of each name, by its folded spelling. */
function bySurface(names: NameMention[]): Map<string, NameMention[]> {
  const groups = new Map<string, NameMention[]>();
  for (const m of names) {
    const key = foldTransliteration(m.surface);
    const group = groups.get(key);
    if (group) group.push(m);
    else groups.set(key, [m]);
  }
  return groups;
}

/** Most paragraphs of one story that open with a dateline: a story is filed from one place, or two. */
const MOST_DATELINES = 2;

/**
 * "CHINA CHIPS — Bloomberg: …", "HOLIDAY DISCOUNTS — …": a newsletter opens each of its items with
 * a heading set as a dateline is. Past a story's few datelines, what is written so is no place.
 */
function untypeHeadingsLikeDatelines(names: NameMention[]): void {
  const datelines = names.filter((m) => m.cue === 'dateline');
  if (datelines.length > MOST_DATELINES) for (const m of datelines) adopt(m, { type: null, cue: null, canonical: null });
}

/** How much a cue says about a name's type: lower is surer. */
const CUE_RANK: Record<Cue, number> = { gazetteer: 0, work: 0, head: 1, title: 2, role: 2, given: 2, company: 2, apposition: 2, 'place-after': 2, dateline: 2, speech: 3, 'place-before': 4, 'place-in': 4, list: 4 };
const WEAK_RANK = CUE_RANK.speech;
/** Cues that only a preposition gives: "in Redwater", "Tobruk in Libya". */
const WEAK_PLACE_CUES = new Set<Cue>(['place-before', 'place-in']);

const rankOf = (m: NameMention): number => (m.cue === null || m.type === null ? Infinity : CUE_RANK[m.cue]);

function adopt(m: NameMention, from: Pick<NameMention, 'type' | 'cue' | 'canonical'>): void {
  m.type = from.type;
  m.cue = from.cue;
  m.canonical = from.canonical;
}

/**
 * One name, one type within an article: a name typed only by a weak cue ("Yahoo said", "in
 * Yahoo") takes the type of the same name read with a surer cue, and a company's short name
 * ("Alibaba") that of its full name ("Alibaba Group"). A name of several words that is said to
 * speak and is also something one is in ("Whole Foods said", "in Whole Foods stores") is neither
 * a person nor a place: an organisation.
 */
function harmonizeTypes(names: NameMention[]): void {
  const surfaces = bySurface(names);
  const companies = new Map<string, NameMention>();
  // "Donald Trump … Trump said … Trump Media": the surname of a person named in full is that person's.
  const surnames = new Set<string>();
  for (const m of names) {
    const surname = m.type === 'person' && isFullName(m.surface) ? surnameOf(m.surface) : null;
    if (surname !== null) surnames.add(foldTransliteration(surname));
    if (m.type !== 'organization') continue;
    for (const short of shortNamesOf(m.surface)) if (!companies.has(foldTransliteration(short))) companies.set(foldTransliteration(short), m);
  }
  for (const surname of surnames) companies.delete(surname);
  // "Donald Trump … Trump's said": the "'s" after a person's surname stands for "has".
  for (const m of names) if (m.cue === 'company' && /['’]s$/.test(m.surface) && surnames.has(foldTransliteration(m.surface.slice(0, -2)))) adopt(m, { type: null, cue: null, canonical: null });
  for (const [surface, group] of surfaces) {
    // The musical the article names "Hamilton" is what it means by "Hamilton" throughout.
    if (group.some((m) => m.cue === 'work')) {
      for (const m of group) adopt(m, { type: null, cue: 'work', canonical: null });
      continue;
    }
    const surest = group.reduce((best, m) => (m.type !== null && rankOf(m) < rankOf(best) ? m : best));
    const company = companies.get(surface);
    if (company && (rankOf(surest) >= WEAK_RANK || surest.type === 'organization')) {
      // One canonical name for both forms, so that they are one entity.
      const canonical = company.canonical ?? company.surface;
      for (const m of surfaces.get(foldTransliteration(company.surface)) ?? []) m.canonical = canonical;
      for (const m of group) adopt(m, { type: 'organization', cue: 'head', canonical });
      continue;
    }
    if (surest.type === null) continue;
    // "in Wasm" once among many bare "Wasm": a preposition alone is a weak sign of a place, and
    // a name mostly written without it is something else.
    if (WEAK_PLACE_CUES.has(surest.cue!) && group.filter((m) => m.type === 'place').length * 3 < group.length) {
      for (const m of group) adopt(m, { type: null, cue: null, canonical: null });
      continue;
    }
    if (rankOf(surest) >= WEAK_RANK) {
      const types = new Set(group.map((m) => m.type).filter((t) => t !== null));
      if (types.has('person') && types.has('place') && surface.includes(' ')) {
        for (const m of group) adopt(m, { type: 'organization', cue: surest.cue, canonical: null });
        continue;
      }
    }
    for (const m of group) if (m !== surest && rankOf(m) >= WEAK_RANK && m.type !== surest.type) adopt(m, surest);
  }
}

/** "MIT", "CBD": capitals only, as an abbreviation made of initials is written. */
const ABBREVIATION = /^\p{Lu}{2,6}$/u;

/** "MIT" of "Massachusetts Institute of Technology": the initials of a name's capitalised words. */
function initialsOf(name: string): string {
  return name.split(' ').filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.charAt(0)).join('');
}

/**
 * "the Marine Stewardship Council … the MSC said", "Massachusetts Institute of Technology … at
 * MIT": an abbreviation no surer cue types is the one body or place of the article whose initials
 * it spells, and one entity with it, unless a surer cue makes it another kind of name.
 */
function joinAbbreviations(names: NameMention[]): void {
  const spelt = new Map<string, NameMention | null>();
  for (const m of names) {
    if ((m.type !== 'organization' && m.type !== 'place') || rankOf(m) >= WEAK_RANK || !m.surface.includes(' ')) continue;
    const initials = initialsOf(m.surface);
    const seen = spelt.get(initials);
    if (initials.length >= 2) spelt.set(initials, seen === undefined || (seen !== null && foldName(seen.surface) === foldName(m.surface)) ? m : null);
  }
  for (const m of names) {
    const full = ABBREVIATION.test(m.surface) && m.cue !== 'gazetteer' ? spelt.get(m.surface) : undefined;
    if (!full || (m.type !== null && m.type !== full.type && rankOf(m) < WEAK_RANK)) continue;
    // One canonical name for both forms, so that they are one entity.
    if (full.canonical === null) for (const other of names) if (other.canonical === null && other.type === full.type && foldName(other.surface) === foldName(full.surface)) other.canonical = full.surface;
    adopt(m, { type: full.type, cue: full.cue, canonical: full.canonical });
  }
}

/**
 * In "Daraa, Quneitra and As-Suwayda provinces" every listed name is a place. Only a real list
 * (one ending in "and") shares types: "Mother's Day, Besecker said" is not one. A type so shared
 * is the weakest sign of all, below what any mention of the name itself says: in "the Democratic
 * Party and Yoon's rival", Yoon is no party, and "President Yoon" elsewhere says what he is.
 */
function inheritListTypes(names: NameMention[]): void {
  for (let i = 0; i < names.length;) {
    let j = i;
    while (j + 1 < names.length && names[j + 1]!.listed) j++;
    const list = names.slice(i, j + 1);
    if (list.length > 1 && names[j]!.listed === 'and') {
      const typed = list.find((m) => m.type !== null && m.cue !== 'gazetteer');
      for (const m of list) {
        if (m.type !== null || m.cue === 'title' || !typed) continue;
        m.type = typed.type;
        m.cue = 'list';
      }
    }
    i = j + 1;
  }
}
