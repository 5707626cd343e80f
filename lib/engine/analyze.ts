/**
 * Text in, entities, mentions, claims and quantities out. Every offset indexes the text exactly
 * as given: the parser reads a same-length view of it (see text.ts).
 */
import type { DocumentAnalysis, LocalClaim, LocalEntity, LocalMention, Quantity } from './types';
import { parse, type Parsed } from './nlp';
import { countWords, DATELINE, detectLanguage, prepareText, type Block } from './text';
import { inStatedZone, statedZone } from './clock-times';
import { quantitiesIn } from './quantities';
import { findNames, type NameMention } from './entities';
import { resolveEntities } from './document-entities';
import { lookup } from './gazetteer';
import { foldName } from './name-keys';
import { claimTerms, isClaim } from './claims';
import { sketchText } from './duplicates';
import { topicPlaces, topicTerms, type TopicPlace, type TopicSentence } from './topic';

export interface AnalyzeOptions {
  title?: string;
  /** BCP 47 language of the page when known; otherwise it is detected from the text. */
  language?: string;
}

interface Sentence {
  start: number;
  end: number;
  parsed: Parsed;
  first: number;
  last: number;
  /** Where the parsed block starts in the document: token offsets are relative to it. */
  base: number;
  quantities: Quantity[];
}

/** A headline states what happened: its words count as two sentences' towards the article's topic. */
const HEADLINE_WEIGHT = 2;

// Outside English only what needs no English grammar is kept: numbers with a unit sign.
const NEUTRAL = /[%€$£¥₹₽]/;

function sentencesOf(block: Block, view: string, text: string, english: boolean, names: NameMention[], out: Sentence[]): void {
  const blockView = view.slice(block.start, block.end);
  const blockText = text.slice(block.start, block.end);
  const parsed = parse(blockView);
  const firstIndex = out.length;
  for (const s of parsed.sentences) {
    let first = s.first;
    let last = s.last;
    while (first <= last && parsed.tokens[first]!.type === 'tabCRLF') first++;
    while (last >= first && parsed.tokens[last]!.type === 'tabCRLF') last--;
    if (first > last) continue;
    const from = parsed.tokens[first]!.start;
    const to = parsed.tokens[last]!.end;
    let quantities = quantitiesIn(blockView, blockText, from, to, block.start, parsed);
    if (!english) quantities = quantities.filter((q) => NEUTRAL.test(q.text) && (q.kind === 'money' || q.kind === 'percent'));
    out.push({ start: block.start + from, end: block.start + to, parsed, first, last, base: block.start, quantities });
  }
  const sentenceIndex = (token: number) => {
    const i = parsed.sentences.findIndex((s) => token >= s.first && token <= s.last);
    return firstIndex + Math.max(0, i);
  };
  names.push(...findNames(parsed, blockView, block.start, sentenceIndex, !english));
}

/**
 * Distinct countries named by nationality in a sentence ("Russian military police", "the
 * Jordanians"), outside the names already found in it: parties to what it reports.
 */
function nationalitiesIn(s: Sentence, named: LocalMention[]): number {
  const { parsed, first, last, base } = s;
  const countries = new Set<string>();
  for (let i = first; i <= last; i++) {
    const token = parsed.tokens[i]!;
    if (token.pos !== 'PROPN' && token.pos !== 'ADJ') continue;
    if (named.some((m) => m.start < base + token.end && base + token.start < m.end)) continue;
    const hit = /^\p{Lu}/u.test(token.text) ? lookup(token.text) : undefined;
    if (hit?.kind === 'place' && hit.canonical !== token.text) countries.add(hit.canonical);
  }
  return countries.size;
}

/** The article's topic words (see topic.ts), from every sentence and the headline, which says it twice. */
function topicTermsOf(sentences: Sentence[], termsOf: string[][], text: string, headline: Parsed | undefined, title: string, entities: LocalEntity[]): string[] {
  const said: TopicSentence[] = sentences.map((s, i) => ({ text: text.slice(s.start, s.end), terms: termsOf[i]! }));
  if (headline) said.unshift({ text: title, terms: headline.sentences.flatMap((s) => claimTerms(headline, s.first, s.last)), weight: HEADLINE_WEIGHT });
  return topicTerms(said, entities.flatMap((e) => e.aliases));
}

/**
 * The article's topic places (see topic.ts): its places below a country by mentions, and the
 * places its headline names that the story then leaves unsaid, as one mention each ("Lyon jewel
 * museum reopens" over a story that says only "the museum"). Of the headline, whose capitals say
 * little, only the places the gazetteer knows.
 */
function topicPlacesOf(mentioned: TopicPlace[], headline: Parsed | undefined, title: string, english: boolean): string[] {
  const said = new Set(mentioned.map((m) => foldName(m.name)));
  const named = headline ? findNames(headline, title, 0, () => 0, !english).filter((m) => m.type === 'place' && m.cue === 'gazetteer') : [];
  const unsaid = named.map((m) => m.canonical ?? m.surface).filter((name) => !said.has(foldName(name)));
  return topicPlaces([...unsaid.map((name) => ({ name, type: 'place' as const })), ...mentioned]);
}

export function analyzeText(text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const { view, blocks } = prepareText(text);
  const prose = blocks.filter((b) => b.kind === 'prose');
  const language = options.language?.toLowerCase() || detectLanguage(prose.map((b) => view.slice(b.start, b.end)).join(' '));
  const english = language.startsWith('en') || language === 'und';
  const names: NameMention[] = [];
  const sentences: Sentence[] = [];
  for (const block of prose) sentencesOf(block, view, text, english, names, sentences);
  // "All times below are UTC": the report's times told without a zone after it are in that zone.
  let zone: string | undefined;
  for (const s of sentences) {
    const stated = zone;
    if (stated !== undefined) s.quantities = s.quantities.map((q) => inStatedZone(q, stated, text.slice(q.end, s.end)));
    zone = statedZone(text.slice(s.start, s.end)) ?? zone;
  }
  const { entities, mentions } = resolveEntities(names);
  const claims: LocalClaim[] = [];
  const title = options.title ?? '';
  const headline = title.trim() ? parse(title) : undefined;
  // Every sentence's terms count towards the topic; a claim's are its own.
  const termsOf = sentences.map((s) => claimTerms(s.parsed, s.first, s.last));
  // "JAKARTA (Asia Desk Wire) —": where the report was filed is often the scene, but not what its
  // first sentence's figures are of: "more than 200,000 businesses" are not New York's.
  const filedFrom = sentences.map((s) => s.start + (DATELINE.exec(text.slice(s.start, s.end))?.[0].length ?? 0));
  // The agency in a dateline's brackets is no place of the story ("Asia Desk Wire").
  const agencies = sentences.flatMap((s, i) => {
    const at = filedFrom[i]! > s.start ? text.lastIndexOf('(', filedFrom[i]!) : -1;
    return at >= s.start ? [{ start: at, end: filedFrom[i]! }] : [];
  });
  const inAgency = (m: LocalMention) => agencies.some((d) => m.start >= d.start && m.end <= d.end);
  for (const [i, s] of sentences.entries()) {
    const named = mentions.filter((m) => m.start >= filedFrom[i]! && m.end <= s.end);
    const inside = new Set(named.map((m) => m.entity));
    const evidence = { quantities: s.quantities.length, entities: inside.size, nationalities: nationalitiesIn(s, named) };
    if (!isClaim(s.parsed, s.first, s.last, evidence)) continue;
    if (!english && s.quantities.length === 0) continue;
    claims.push({
      index: claims.length,
      start: s.start,
      end: s.end,
      text: text.slice(s.start, s.end),
      quantities: s.quantities,
      entities: [...inside].sort((a, b) => a - b),
      terms: termsOf[i]!,
    });
  }
  return {
    text,
    language,
    wordCount: countWords(text),
    entities,
    mentions,
    claims,
    sketch: sketchText(text),
    topic: {
      places: topicPlacesOf(mentions.flatMap((m) => (inAgency(m) ? [] : (entities[m.entity] ?? []))), headline, title, english),
      terms: english ? topicTermsOf(sentences, termsOf, text, headline, title, entities) : [],
    },
  };
}
