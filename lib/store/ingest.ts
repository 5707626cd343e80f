/**
 * The ingest pipeline: one new document is analysed, its entities joined with the store's, its
 * claims matched against other sources' claims found through the index, its copies found through
 * sketch bands, and everything written in one commit. Only the new document is analysed, so the
 * cost does not grow with the store.
 */
import { analyzeText } from '../engine/analyze';
import { duplicateSimilarity, sketchBandKeys } from '../engine/duplicates';
import { entityTypeOfId, lookupKeys, guessedJoins, resolveEntities, type ResolvedEntities } from '../engine/entity-resolution';
import { chooseCandidates } from '../engine/candidates';
import type { Postings } from '../engine/postings';
import { contextFromKeys, keyBasis, topicFromKeys, type KeyBasis } from '../engine/candidate-keys';
import { isCountry } from '../engine/gazetteer';
import { NO_TOPIC } from '../engine/topic';
import { candidateKeys, matchClaim } from '../engine/matching';
import type { ArticleTopic, DocumentAnalysis, LocalClaim, LocalMention, MatchableClaim } from '../engine/types';
import type { ClaimStore } from './claim-store';
import type { ClaimRecord, EntityRecord, MatchRecord, MentionRecord, SourceRecord, TextQuoteSelector } from './records';
import { withoutBlockedEntities } from './entity-blocklist';
import { sourceIdFor } from './source-id';
import { withStoreWriteLock } from './write-lock';

export { canonicalUrl, sourceIdFor } from './source-id';

export interface DocumentInput {
  url: string;
  /** Other URLs the article was seen under (as loaded, after redirects). */
  urls?: string[];
  title: string;
  site: string;
  byline: string;
  published: string;
  language?: string;
  text: string;
  addedAt?: number;
}

export interface IngestResult {
  source: SourceRecord;
  claims: ClaimRecord[];
  mentions: MentionRecord[];
  /** The entities this document mentions, resolved against the store. */
  entities: EntityRecord[];
  matches: MatchRecord[];
  analysis: DocumentAnalysis;
  /** Every entity the document mentions, as the commit leaves it: what its highlights are typed by. */
  mentioned: EntityRecord[];
}

export interface IngestOptions {
  persist: boolean;
  /**
   * Called once the commit's one transaction has started (all of the document or nothing), with
   * everything the page's highlights need: a caller may answer before the disk is done.
   */
  onCommitStarted?: (result: IngestResult) => void;
}

/** Characters of context kept on each side of a quote, enough to re-anchor it in a changed page. */
const SELECTOR_CONTEXT = 32;
/** Principal actors kept per article: enough to tell one event's coverage from another's. */
const LEAD_ENTITIES = 3;

function selectorAt(text: string, start: number, end: number): TextQuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - SELECTOR_CONTEXT), start),
    suffix: text.slice(end, end + SELECTOR_CONTEXT),
  };
}

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** The most mentioned people and organisations, mentioned at least twice, first mention breaking ties. */
function leadEntities(mentions: LocalMention[], entityIds: string[]): string[] {
  const counts = new Map<string, { count: number; first: number }>();
  mentions.forEach((m, order) => {
    const id = entityIds[m.entity];
    if (!id || entityTypeOfId(id) === 'place') return;
    const seen = counts.get(id);
    if (seen) seen.count++;
    else counts.set(id, { count: 1, first: order });
  });
  const ranked = [...counts].sort(([, x], [, y]) => y.count - x.count || x.first - y.first);
  // A short report may name each actor once: its first ones are then its principal actors.
  const repeated = ranked.filter(([, c]) => c.count >= 2);
  return (repeated.length ? repeated : ranked).slice(0, LEAD_ENTITIES).map(([id]) => id);
}

function matchable(claim: ClaimRecord, contextEntityIds: string[], topic: ArticleTopic): MatchableClaim {
  const { id, sourceId, text, quantities, entityIds, terms } = claim;
  return { id, sourceId, text, quantities, entityIds, terms, contextEntityIds, topic };
}

function matchRecord(match: ReturnType<typeof matchClaim>[number], sourceOf: Map<string, string>): MatchRecord {
  const sourceA = sourceOf.get(match.a);
  const sourceB = sourceOf.get(match.b);
  if (!sourceA || !sourceB) throw new Error(`A match names a claim the pipeline does not know (${match.a} | ${match.b}).`);
  return { ...match, id: `${match.a}|${match.b}`, sourceA, sourceB };
}

export async function ingestDocument(store: ClaimStore, input: DocumentInput, options: IngestOptions): Promise<IngestResult> {
  const analysis = analyzeText(input.text, { title: input.title, language: input.language });
  // What is committed is computed from what was read: no other writer may come in between.
  const ingest = () => ingestAnalysis(store, input, analysis, options);
  return options.persist ? withStoreWriteLock(store.writeLockName ?? store, ingest) : ingest();
}

async function ingestAnalysis(
  store: ClaimStore,
  input: DocumentInput,
  fresh: DocumentAnalysis,
  options: IngestOptions,
): Promise<IngestResult> {
  const sourceId = sourceIdFor(input.url);
  // IndexedDB's cost is per round trip: what does not depend on another read starts at once. The
  // sketch does not depend on entities, so copies are looked for meanwhile; so are the claims'
  // postings under the keys they are expected to have.
  const found = Promise.all([entitiesOfAnalysis(store, fresh), store.getSource(sourceId), findCopies(store, sourceId, fresh.sketch)]);
  const bases = new Map(fresh.claims.map((claim) => [claim.index, keyBasis(claim)]));
  const basisOf = (claim: LocalClaim) => bases.get(claim.index) ?? keyBasis(claim);
  const early = store.findClaimIdsByKeys(presumedKeys(fresh, basisOf));
  // Its failure reaches findMatches, which awaits it; when a read above fails first, that one is reported.
  early.catch(() => undefined);
  const [{ analysis, stored }, previous, copies] = await found;
  const { text } = analysis;

  const resolved = await resolveWithStore(store, analysis, stored);
  const entityIdOf = (index: number): string => {
    const id = resolved.ids[index];
    if (id === undefined) throw new Error(`The analysis refers to entity ${index}, which it did not describe.`);
    return id;
  };
  const leadEntityIds = leadEntities(analysis.mentions, resolved.ids);
  const { topic } = analysis;

  const claims: ClaimRecord[] = analysis.claims.map((claim) => {
    const record: ClaimRecord = {
      id: `${sourceId}#c${claim.index}`,
      sourceId,
      index: claim.index,
      text: claim.text,
      selector: selectorAt(text, claim.start, claim.end),
      position: { start: claim.start, end: claim.end },
      quantities: claim.quantities,
      entityIds: unique(claim.entities.map(entityIdOf)),
      terms: claim.terms,
      keys: [],
    };
    record.keys = candidateKeys({ ...record, contextEntityIds: leadEntityIds, topic }, basisOf(claim));
    return record;
  });
  const mentions: MentionRecord[] = analysis.mentions.map((m, index) => ({
    id: `${sourceId}#m${index}`,
    sourceId,
    entityId: entityIdOf(m.entity),
    selector: selectorAt(text, m.start, m.end),
    position: { start: m.start, end: m.end },
  }));

  const copyIds = new Set(copies.map((c) => c.id));
  const matches = await findMatches(store, sourceId, claims, { leadEntityIds, topic }, copyIds, early);

  const source: SourceRecord = {
    id: sourceId,
    url: input.url,
    urls: unique([input.url, ...(input.urls ?? []), ...(previous?.urls ?? [])]),
    title: input.title,
    site: input.site,
    byline: input.byline,
    published: input.published,
    addedAt: input.addedAt ?? Date.now(),
    language: analysis.language,
    wordCount: analysis.wordCount,
    text,
    sketchKeys: sketchBandKeys(analysis.sketch),
    sketch: analysis.sketch,
    duplicateOf: [...copyIds].sort(),
    claimCount: claims.length,
    conflictCount: matches.filter((m) => m.relation === 'conflicts').length,
    leadEntityIds,
    topic,
  };
  // Copy links are symmetric: the earlier page learns of its new copy in the same commit.
  const touchedSources = copies.map((c) => ({ ...c, duplicateOf: unique([...c.duplicateOf, sourceId]).sort() }));

  const mentionedIds = new Set(mentions.map((m) => m.entityId));
  const mentioned = [...new Map([...stored, ...resolved.records].filter((e) => mentionedIds.has(e.id)).map((e) => [e.id, e])).values()];
  const result = { source, claims, mentions, entities: resolved.records, matches, analysis, mentioned };
  if (options.persist) {
    const committing = store.commitDocument({ source, claims, mentions, entities: resolved.records, matches, touchedSources });
    options.onCommitStarted?.(result);
    await committing;
  }
  return result;
}

/**
 * The analysis without blocked entities, and the stored entities sharing a lookup key with it.
 * Both are read at once: a blocked key is rare, so the entities looked up under all the keys are
 * nearly always the answer; when some entity was dropped, they are looked up again under the keys
 * of those kept, so that the resolution never sees an entity only a blocked one would have found.
 */
async function entitiesOfAnalysis(store: ClaimStore, fresh: DocumentAnalysis): Promise<{ analysis: DocumentAnalysis; stored: EntityRecord[] }> {
  const lookup = (analysis: DocumentAnalysis) => (analysis.entities.length ? store.findEntitiesByKeys(lookupKeys(analysis.entities)) : Promise.resolve([]));
  const [analysis, storedForAll] = await Promise.all([withoutBlockedEntities(store, fresh), lookup(fresh)]);
  return { analysis, stored: analysis === fresh ? storedForAll : await lookup(analysis) };
}

/**
 * A person named in this many stored sources is known by their surname alone, as a president is;
 * one named in fewer must be recognised by the company they keep.
 */
const WELL_KNOWN_SOURCES = 3;
/** Mentions past which a person is well known without counting their sources. */
const WELL_KNOWN_MENTIONS = 50;

/**
 * The document's entities joined with the store's. A surname alone joins the one stored full name
 * it can be ("Tillerson", "Rex Tillerson") when that person is well known, or when the two are seen
 * in the same company: the document names a person, an organisation or a place below a country
 * that a stored source naming the full name also names. A fisherman called Bassi in a story on
 * Seattle's fish counters is not the Australian adviser Justin Bassi of another story. A full name
 * spelt one letter otherwise ("Dana Whitcombe", "Dana Whitcomb") joins only in such company, however
 * well known the stored person. Only such joins cost reads, and only of the stored person's
 * mentions and sources.
 */
async function resolveWithStore(store: ClaimStore, analysis: DocumentAnalysis, stored: EntityRecord[]): Promise<ResolvedEntities> {
  const resolved = resolveEntities(analysis.entities, stored);
  const joins = guessedJoins(analysis.entities, resolved.ids, stored);
  if (!joins.length) return resolved;
  const joined = new Set(joins.map((j) => j.index));
  // A shared country says nothing of who someone is; a shared town, person or organisation does.
  const companions = new Set(resolved.ids.filter((id, index) => !joined.has(index) && !isCountry(analysis.entities[index]?.name ?? '')));
  const mentionCount = new Map(stored.map((r) => [r.id, r.mentionCount]));
  const unconfirmed = new Set<string>();
  for (const { id, by } of joins) {
    // Fame vouches for a surname or a company's short name alone, not for a name spelt otherwise: a famous name has more namesakes.
    const famous = by !== 'spelling';
    if (famous && (mentionCount.get(id) ?? 0) >= WELL_KNOWN_MENTIONS) continue;
    if (!(await recognised(store, id, companions, famous))) unconfirmed.add(id);
  }
  return unconfirmed.size ? resolveEntities(analysis.entities, stored.filter((r) => !unconfirmed.has(r.id))) : resolved;
}

/** Whether the stored person `entityId` is well known (when `fame` counts), or named in a stored source beside one of `companions`. */
async function recognised(store: ClaimStore, entityId: string, companions: ReadonlySet<string>, fame: boolean): Promise<boolean> {
  const sources = unique((await store.mentionsOfEntity(entityId)).map((m) => m.sourceId));
  if (fame && sources.length >= WELL_KNOWN_SOURCES) return true;
  if (!companions.size) return false;
  const mentions = await Promise.all(sources.map((sourceId) => store.mentionsOfSource(sourceId)));
  return mentions.some((list) => list.some((m) => companions.has(m.entityId)));
}

/**
 * The claims' keys as they are when each entity of the document is new to the store or stored
 * under the id its own name gives, as nearly all are: their postings can then be read while the
 * entities are looked up. Keys the lookup changes (a surname joining a full name stored before)
 * are read afterwards.
 */
function presumedKeys(analysis: DocumentAnalysis, basisOf: (claim: LocalClaim) => KeyBasis): string[] {
  const { ids } = resolveEntities(analysis.entities, []);
  const leads = leadEntities(analysis.mentions, ids);
  const { topic } = analysis;
  return unique(
    analysis.claims.flatMap((claim) => {
      const entityIds = unique(claim.entities.flatMap((index) => ids[index] ?? []));
      return candidateKeys({ text: claim.text, quantities: claim.quantities, terms: claim.terms, entityIds, contextEntityIds: leads, topic }, basisOf(claim));
    }),
  );
}

/** The postings of `keys`: those read ahead of time, and the rest now. */
async function postingsOf(store: ClaimStore, keys: string[], early?: Promise<Map<string, Postings>>): Promise<Map<string, Postings>> {
  const postings = new Map(early ? await early : []);
  const missing = keys.filter((key) => !postings.has(key));
  if (missing.length) for (const [key, found] of await store.findClaimIdsByKeys(missing)) postings.set(key, found);
  return postings;
}

/** Stored sources this document is a near-duplicate of, found through shared sketch bands: only those are read whole. */
async function findCopies(store: ClaimStore, sourceId: string, sketch: number[]): Promise<SourceRecord[]> {
  const bands = sketchBandKeys(sketch);
  if (!bands.length) return [];
  const similar = await store.findSketchesBySketchKeys(bands);
  const copies = similar.filter((s) => s.id !== sourceId && duplicateSimilarity(sketch, s.sketch) !== null);
  return copies.length ? store.getSources(copies.map((s) => s.id)) : [];
}

/** The source of a claim id (`${sourceId}#c${index}`, as made above): read before the claim itself. */
function sourceOfClaimId(id: string): string {
  return id.slice(0, id.lastIndexOf('#'));
}

/**
 * The principal actors and topic of each candidate's article, as the keys of all its candidates
 * tell them: only a claim with a figure is keyed under them, and a claim without one, of the same
 * article, is of the same matter.
 */
function articlesOfKeys(claims: ClaimRecord[]): Map<string, { context: string[]; topic: ArticleTopic }> {
  const keysOf = new Map<string, string[]>();
  for (const claim of claims) {
    const keys = keysOf.get(claim.sourceId);
    if (keys) keys.push(...claim.keys);
    else keysOf.set(claim.sourceId, [...claim.keys]);
  }
  return new Map([...keysOf].map(([sourceId, keys]) => [sourceId, { context: contextFromKeys(keys), topic: topicFromKeys(keys) }]));
}

/**
 * Matches of the new claims with other sources' claims that share index keys: the index says how
 * common each key is, the best-sharing candidates of each claim are read and compared (see
 * engine/candidates.ts). Copies of this document are left out: a repost agreeing with itself
 * tells the reader nothing. `early` holds postings read ahead, under keys the claims may have.
 */
export async function findMatches(
  store: ClaimStore,
  sourceId: string,
  claims: ClaimRecord[],
  article: Pick<SourceRecord, 'leadEntityIds' | 'topic'>,
  copyIds: Set<string>,
  early?: Promise<Map<string, Postings>>,
): Promise<MatchRecord[]> {
  const keys = unique(claims.flatMap((c) => c.keys));
  const postings = await postingsOf(store, keys, early);
  if (!keys.length) return [];
  const excluded = (id: string) => id === sourceId || copyIds.has(id);
  const choice = chooseCandidates(claims.map((c) => c.keys), postings, (id) => excluded(sourceOfClaimId(id)));
  if (!choice.ids.length) return [];
  const found = (await store.getClaims(choice.ids)).filter((c) => !excluded(c.sourceId));
  const articles = articlesOfKeys(found);
  const byId = new Map(
    found.map((c) => {
      const { context, topic } = articles.get(c.sourceId) ?? { context: [], topic: NO_TOPIC };
      return [c.id, matchable(c, context, topic)];
    }),
  );
  const sourceOf = new Map([...claims, ...found].map((c) => [c.id, c.sourceId]));
  const matches = new Map<string, MatchRecord>();
  const own = claims.map((claim) => matchable(claim, article.leadEntityIds ?? [], article.topic ?? NO_TOPIC));
  own.forEach((claim, i) => {
    const candidates = (choice.perClaim[i] ?? []).flatMap((id) => byId.get(id) ?? []);
    for (const match of matchClaim(claim, candidates, own)) {
      const record = matchRecord(match, sourceOf);
      matches.set(record.id, record);
    }
  });
  return [...matches.values()];
}
