/**
 * A realistic Crosslight store, generated: thousands of articles from many sites, grouped into
 * news events that several sources cover (so claims recur with other numbers and other words,
 * as in real coverage), entities shared across articles with Zipf-like frequencies, and a few
 * reposts of one article under other boilerplate.
 *
 * Every claim sentence is a real claim of a real article (the corpus and the saved pages) with
 * its names, numbers and some of its words replaced. The records are then built by the engine
 * itself: quantities and terms come from parsing the new sentence, entity keys and ids from the
 * engine's key functions, index keys from `candidateKeys` and sketch bands from `sketchBandKeys`,
 * so that lookups in the generated store behave as in the product.
 */
import { analyzeText } from '../lib/engine/analyze';
import { claimTerms } from '../lib/engine/claims';
import { sketchBandKeys, sketchText } from '../lib/engine/duplicates';
import { entityKeys } from '../lib/engine/entity-keys';
import { resolveEntities } from '../lib/engine/entity-resolution';
import { lookup } from '../lib/engine/gazetteer';
import { candidateKeys } from '../lib/engine/matching';
import { parse } from '../lib/engine/nlp';
import { quantitiesIn } from '../lib/engine/quantities';
import { topicPlaces, topicTerms } from '../lib/engine/topic';
import type { EntityType, LocalEntity, QuantityKind } from '../lib/engine/types';
import type { ClaimRecord, EntityRecord, MentionRecord, SourceRecord, TextQuoteSelector } from '../lib/store/records';
import { sourceIdFor } from '../lib/store/source-id';
import { seededRandom, zipfSampler, type Random } from './random';
import { formOf, lexicon, type Lexicon } from './vocabulary';

export interface GenerateOptions {
  seed: number;
  claims: number;
  sources: number;
  /** Distinct entities to draw from (real ones from the template texts come on top). */
  entities: number;
  /** Real article texts whose claims serve as sentence templates. */
  templates: { text: string; language?: string }[];
}

export interface GeneratedStore {
  sources: SourceRecord[];
  claims: ClaimRecord[];
  entities: EntityRecord[];
  mentions: MentionRecord[];
}

/** Sources covering one event on average: wire stories and big events are covered widely. */
const SOURCES_PER_EVENT = 6;
const FACTS_PER_EVENT = 40;
/** Share of an article's claims about its event; the rest is background and other matters. */
const EVENT_SHARE = 0.65;
/** How often a source reports an event's number differently, or in other words. */
const OTHER_NUMBER = 0.25;
const OTHER_WORDS = 0.3;
const WORD_REPLACEMENT = 0.35;
const REPOST_SHARE = 0.02;
const SITES = 120;
const SELECTOR_CONTEXT = 32;
const TYPE_SHARE: Record<EntityType, number> = { person: 0.45, place: 0.3, organization: 0.25 };
const ORG_HEADS = ['Ministry', 'Party', 'Council', 'Group', 'Bank', 'Agency', 'Foundation', 'University', 'Institute', 'Union', 'Commission', 'Corporation'];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'seventeen', 'twenty', 'thirty', 'forty', 'fifty'];
const NUMBER_WORD = new RegExp(`\\b(?:${NUMBER_WORDS.join('|')}|one|thirteen|fourteen|sixteen|eighteen|nineteen|sixty|seventy|eighty|ninety)\\b`, 'gi');
const DIGITS = /\d[\d,]*(?:\.\d+)?/g;
const BOILERPLATE = ['Share this article', 'Listen Live', 'Sign up for our newsletter', 'Related coverage', 'Comments are closed.', 'Photo: agency handout'];

interface Entity {
  id: string;
  name: string;
  type: EntityType;
  keys: string[];
}

interface Span {
  start: number;
  end: number;
}

/** A real claim sentence with what may be replaced in it. */
interface Template {
  text: string;
  mentions: (Span & { local: number; type: EntityType })[];
  numbers: (Span & { kind: QuantityKind })[];
  words: (Span & { form: NonNullable<ReturnType<typeof formOf>> })[];
}

/** One fact of an event, as a first source reported it. */
interface Fact {
  template: Template;
  entities: Map<number, Entity>;
  numbers: string[];
  words: Map<number, string>;
}

interface Event {
  actors: Entity[];
  place: Entity;
  facts: Fact[];
}

interface Rendered {
  text: string;
  mentions: (Span & { entity: Entity })[];
}

function overlaps(a: Span, spans: Span[]): boolean {
  return spans.some((b) => a.start < b.end && b.start < a.end);
}

function templatesOf(texts: GenerateOptions['templates']): { templates: Template[]; fillers: string[]; entities: Entity[] } {
  const templates: Template[] = [];
  const fillers: string[] = [];
  const entities: Entity[] = [];
  for (const { text, language } of texts) {
    const analysis = analyzeText(text, { language });
    if (!analysis.language.startsWith('en') && analysis.language !== 'und') continue;
    for (const e of analysis.entities) entities.push(asStored(e));
    let previousEnd = 0;
    for (const claim of analysis.claims) {
      for (const s of text.slice(previousEnd, claim.start).split(/(?<=[.!?])\s+/)) {
        const sentence = s.replace(/\s+/g, ' ').trim();
        if (sentence.length >= 40 && sentence.length <= 300 && /^[A-Z"“]/.test(sentence) && /[.!?"”]$/.test(sentence)) fillers.push(sentence);
      }
      previousEnd = claim.end;
      if (/\n/.test(claim.text)) continue;
      const mentions = analysis.mentions
        .filter((m) => m.start >= claim.start && m.end <= claim.end)
        .map((m) => ({ start: m.start - claim.start, end: m.end - claim.start, local: m.entity, type: analysis.entities[m.entity]!.type }));
      const numbers: Template['numbers'] = [];
      for (const q of claim.quantities) {
        const base = q.start - claim.start;
        for (const pattern of [DIGITS, NUMBER_WORD]) {
          for (const m of q.text.matchAll(pattern)) numbers.push({ start: base + m.index, end: base + m.index + m[0].length, kind: q.kind });
        }
      }
      numbers.sort((a, b) => a.start - b.start);
      const parsed = parse(claim.text);
      const taken = [...mentions, ...numbers];
      const words: Template['words'] = [];
      for (const t of parsed.tokens) {
        const form = formOf(t.pos, t.text);
        if (form && !overlaps(t, taken)) words.push({ start: t.start, end: t.end, form });
      }
      templates.push({ text: claim.text, mentions, numbers, words });
    }
  }
  if (templates.length === 0) throw new Error('The template texts yielded no claims to build a store from.');
  return { templates, fillers, entities };
}

/** The record the engine would create for this entity in an empty store: its id and stored keys. */
function asStored(local: LocalEntity): Entity {
  const [record] = resolveEntities([{ ...local, index: 0 }], []).records;
  if (!record) throw new Error(`The engine made no record for the entity ${local.name}.`);
  return { id: record.id, name: record.name, type: record.type, keys: record.keys };
}

function entity(type: EntityType, name: string): Entity {
  const hit = lookup(name);
  const keys = entityKeys(type, hit && hit.kind === type ? hit.canonical : null, [name]);
  return asStored({ index: 0, name, type, aliases: [name], keys });
}

function syntheticName(type: EntityType, words: Lexicon, random: Random): string {
  if (type === 'person') return `${random.pick(words.givenNames)} ${random.pick(words.surnames)}`;
  if (type === 'place') return random.pick(words.places);
  return random.chance(0.3) ? random.pick(words.organizations) : `${random.pick(words.surnames)} ${random.pick(ORG_HEADS)}`;
}

/**
 * Entities of each type in Zipf order. Real names from the template articles take random ranks
 * like any other: ranking them first would fill the store with retellings of the template
 * articles' own stories, which no reader's store is made of.
 */
function entityPools(count: number, real: Entity[], words: Lexicon, random: Random): Record<EntityType, Entity[]> {
  const pools = {} as Record<EntityType, Entity[]>;
  for (const type of Object.keys(TYPE_SHARE) as EntityType[]) {
    const seen = new Set<string>();
    const synthetic: Entity[] = [];
    const target = Math.round(count * TYPE_SHARE[type]);
    for (let attempts = 0; synthetic.length < target && attempts < target * 20; attempts++) {
      const e = entity(type, syntheticName(type, words, random));
      if (seen.has(e.id)) continue;
      synthetic.push(e);
      seen.add(e.id);
    }
    const pool = random.shuffle(synthetic);
    for (const e of real.filter((r) => r.type === type)) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      pool.splice(random.int(0, pool.length), 0, e);
    }
    pools[type] = pool;
  }
  return pools;
}

/** Another number of the same kind and of a similar size, written the same way. */
function otherNumber(original: string, kind: QuantityKind, random: Random): string {
  if (/^[a-z]/i.test(original)) return random.pick(NUMBER_WORDS);
  const grouped = original.includes(',');
  const decimals = original.split('.')[1]?.length ?? 0;
  const value = Number(original.replace(/,/g, ''));
  if (kind === 'time') {
    if (/^\d{3,4}$/.test(original)) return `${String(random.int(0, 23)).padStart(2, '0')}${random.pick(['00', '15', '30', '45'])}`;
    return String(random.int(1, 12));
  }
  if (kind === 'date') {
    if (value >= 1800 && value <= 2100) return String(random.int(2000, 2025));
    return String(random.int(1, 28));
  }
  const next = Math.max(decimals ? 0.1 : 1, value * (0.3 + random.next() * 1.7));
  const text = decimals ? next.toFixed(decimals) : String(Math.round(next));
  return grouped ? Number(text).toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }) : text;
}

function wordsFor(template: Template, words: Lexicon, random: Random): Map<number, string> {
  const chosen = new Map<number, string>();
  template.words.forEach((w, i) => {
    if (random.chance(WORD_REPLACEMENT)) chosen.set(i, random.pick(words.words[w.form]));
  });
  return chosen;
}

function surface(e: Entity, original: string): string {
  // A surname alone stays a surname alone: "Tillerson" after "Rex Tillerson".
  if (e.type === 'person' && !/\s/.test(original.trim())) return e.name.split(' ').pop() ?? e.name;
  return e.name;
}

function render(fact: Fact): Rendered {
  const { template } = fact;
  const replacements: (Span & { text: string; entity?: Entity })[] = [];
  for (const m of template.mentions) {
    const e = fact.entities.get(m.local)!;
    replacements.push({ start: m.start, end: m.end, text: surface(e, template.text.slice(m.start, m.end)), entity: e });
  }
  template.numbers.forEach((n, i) => {
    if (!overlaps(n, replacements)) replacements.push({ start: n.start, end: n.end, text: fact.numbers[i]! });
  });
  template.words.forEach((w, i) => {
    const word = fact.words.get(i);
    if (word && !overlaps(w, replacements)) replacements.push({ start: w.start, end: w.end, text: word });
  });
  replacements.sort((a, b) => a.start - b.start);
  let text = '';
  let at = 0;
  const mentions: Rendered['mentions'] = [];
  for (const r of replacements) {
    text += template.text.slice(at, r.start);
    if (r.entity) mentions.push({ start: text.length, end: text.length + r.text.length, entity: r.entity });
    text += r.text;
    at = r.end;
  }
  return { text: text + template.text.slice(at), mentions };
}

function selectorAt(text: string, start: number, end: number): TextQuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - SELECTOR_CONTEXT), start),
    suffix: text.slice(end, end + SELECTOR_CONTEXT),
  };
}

/** Claims per source: varied, summing exactly to the requested total. */
function claimCounts(total: number, sources: number, random: Random): number[] {
  const weights = Array.from({ length: sources }, () => 0.4 + random.next() * 1.2);
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts: number[] = [];
  let cumulative = 0;
  let assigned = 0;
  for (const w of weights) {
    cumulative += w;
    const upTo = Math.round((total * cumulative) / sum);
    counts.push(upTo - assigned);
    assigned = upTo;
  }
  return counts;
}

export function generateStore(options: GenerateOptions): GeneratedStore {
  const random = seededRandom(options.seed);
  const words = lexicon();
  const { templates, fillers, entities: real } = templatesOf(options.templates);
  const pools = entityPools(options.entities, real, words, random);
  const draw = Object.fromEntries(
    (Object.keys(pools) as EntityType[]).map((type) => [type, zipfSampler(pools[type], random)]),
  ) as Record<EntityType, () => Entity>;
  const sites = Array.from({ length: SITES }, (_, i) => `${words.surnames[(i * 7919) % words.surnames.length]!.toLowerCase()}-news${i}.example`);
  const drawSite = zipfSampler(sites, random, 0.8);

  const newFact = (event: Event | null): Fact => {
    const template = random.pick(templates);
    const byType = { person: event?.actors.filter((a) => a.type === 'person') ?? [], organization: event?.actors.filter((a) => a.type === 'organization') ?? [], place: event ? [event.place] : [] };
    const entities = new Map<number, Entity>();
    for (const m of template.mentions) {
      if (entities.has(m.local)) continue;
      const preferred = byType[m.type].shift();
      entities.set(m.local, preferred ?? draw[m.type]());
    }
    return { template, entities, numbers: template.numbers.map((n) => otherNumber(template.text.slice(n.start, n.end), n.kind, random)), words: wordsFor(template, words, random) };
  };
  const retold = (fact: Fact): Fact => ({
    ...fact,
    numbers: random.chance(OTHER_NUMBER) && fact.numbers.length
      ? fact.numbers.map((n, i) => (i === random.int(0, fact.numbers.length - 1) ? otherNumber(n, fact.template.numbers[i]!.kind, random) : n))
      : fact.numbers,
    words: random.chance(OTHER_WORDS) ? wordsFor(fact.template, words, random) : fact.words,
  });

  const events: Event[] = Array.from({ length: Math.max(1, Math.round(options.sources / SOURCES_PER_EVENT)) }, () => {
    const actors = [draw.person(), draw.person(), random.chance(0.5) ? draw.organization() : draw.person()];
    const event: Event = { actors: [...new Map(actors.map((a) => [a.id, a])).values()], place: draw.place(), facts: [] };
    for (let i = 0; i < FACTS_PER_EVENT; i++) event.facts.push(newFact(event));
    return event;
  });

  const store: GeneratedStore = { sources: [], claims: [], entities: [], mentions: [] };
  const mentionCounts = new Map<string, { entity: Entity; count: number }>();
  const started = Date.UTC(2024, 0, 1);
  const counts = claimCounts(options.claims, options.sources, random);
  let previousArticle: Rendered[] | null = null;

  counts.forEach((count, index) => {
    const event = random.pick(events);
    const repost = previousArticle !== null && random.chance(REPOST_SHARE);
    // A repost carries the story it copies; a longer slot is filled with sentences of its own.
    const sentences: Rendered[] = repost ? previousArticle!.slice(0, count) : [];
    while (sentences.length < count) sentences.push(render(random.chance(EVENT_SHARE) ? retold(random.pick(event.facts)) : newFact(null)));
    const site = drawSite();
    const url = `https://${site}/${2024 + Math.floor(index / (options.sources / 2 + 1))}/story-${index}`;
    const sourceId = sourceIdFor(url);

    // The article: claims with other sentences between them, in paragraphs.
    let text = repost ? `${random.pick(BOILERPLATE)}\n\n` : '';
    const placed: { sentence: Rendered; at: number }[] = [];
    sentences.forEach((sentence, i) => {
      if (i > 0) text += random.chance(0.35) ? '\n\n' : ' ';
      placed.push({ sentence, at: text.length });
      text += sentence.text;
      if (fillers.length && random.chance(0.5)) text += ` ${random.pick(fillers)}`;
    });
    if (repost) text += `\n\n${random.pick(BOILERPLATE)}\n\n${random.pick(BOILERPLATE)}`;

    const mentions: MentionRecord[] = [];
    const perArticle = new Map<string, number>();
    for (const { sentence, at } of placed) {
      for (const m of sentence.mentions) {
        const start = at + m.start;
        const end = at + m.end;
        mentions.push({ id: `${sourceId}#m${mentions.length}`, sourceId, entityId: m.entity.id, selector: selectorAt(text, start, end), position: { start, end } });
        perArticle.set(m.entity.id, (perArticle.get(m.entity.id) ?? 0) + 1);
        const seen = mentionCounts.get(m.entity.id);
        if (seen) seen.count++;
        else mentionCounts.set(m.entity.id, { entity: m.entity, count: 1 });
      }
    }
    const leadEntityIds = event.actors.filter((a) => (perArticle.get(a.id) ?? 0) >= 2).map((a) => a.id).slice(0, 3);
    const named = placed.flatMap(({ sentence }) => sentence.mentions.map((m) => m.entity));
    const parsedSentences = placed.map(({ sentence }) => ({ text: sentence.text, parsed: parse(sentence.text) }));
    const topic = {
      places: topicPlaces(named),
      terms: topicTerms(parsedSentences.map(({ text, parsed }) => ({ text, terms: claimTerms(parsed, 0, parsed.tokens.length - 1) })), named.map((e) => e.name)),
    };

    const claims: ClaimRecord[] = placed.map(({ sentence, at }, i) => {
      const { parsed } = parsedSentences[i]!;
      const record: ClaimRecord = {
        id: `${sourceId}#c${i}`,
        sourceId,
        index: i,
        text: sentence.text,
        selector: selectorAt(text, at, at + sentence.text.length),
        position: { start: at, end: at + sentence.text.length },
        quantities: quantitiesIn(sentence.text, sentence.text, 0, sentence.text.length, at, parsed),
        entityIds: [...new Set(sentence.mentions.map((m) => m.entity.id))],
        terms: claimTerms(parsed, 0, parsed.tokens.length - 1),
        keys: [],
      };
      record.keys = candidateKeys({ ...record, contextEntityIds: leadEntityIds, topic });
      return record;
    });

    const sketch = sketchText(text);
    const copyOf = repost ? store.sources[store.sources.length - 1]! : null;
    const source: SourceRecord = {
      id: sourceId,
      url,
      urls: [url],
      title: sentences[0]?.text.slice(0, 90) ?? site,
      site,
      byline: `${random.pick(words.givenNames)} ${random.pick(words.surnames)}`,
      published: new Date(started + index * 3_600_000 * 5).toISOString(),
      addedAt: started + index * 3_600_000 * 5 + 600_000,
      language: 'en',
      wordCount: (text.match(/[\p{L}\p{N}]+/gu) ?? []).length,
      text,
      sketchKeys: sketchBandKeys(sketch),
      sketch,
      duplicateOf: copyOf ? [copyOf.id] : [],
      claimCount: claims.length,
      conflictCount: 0,
      leadEntityIds,
      topic,
    };
    if (copyOf) copyOf.duplicateOf = [...copyOf.duplicateOf, sourceId].sort();
    store.sources.push(source);
    store.claims.push(...claims);
    store.mentions.push(...mentions);
    previousArticle = repost ? null : sentences;
  });

  for (const { entity: e, count } of mentionCounts.values()) {
    store.entities.push({ id: e.id, name: e.name, type: e.type, aliases: [e.name], keys: e.keys, mentionCount: count });
  }
  return store;
}
