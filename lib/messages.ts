/**
 * The one message protocol between Crosslight's contexts (content script, popup, manager →
 * background; popup → content script). Every request is validated on receipt with these schemas:
 * anything unknown or malformed is refused with a clear error and never reaches a handler.
 */
import * as z from 'zod/mini';
import type { EntityType, Quantity, QuantityKind, Relation } from './engine/types';
import type { ExtractedArticle } from './extract/article';

/** Largest article text accepted from a page (characters); longer texts are cut by the sender. */
export const MAX_PAGE_TEXT = 2_000_000;

/**
 * Largest page HTML accepted from a content script (characters): forty times the largest saved
 * news page written out, and still a message the page's main thread sends in a few milliseconds.
 * Longer pages are cut by the sender.
 */
export const MAX_PAGE_HTML = 4_000_000;

/** Largest page of a manager list. */
export const MAX_PAGE_SIZE = 500;
/** Most sources deleted by one request (a whole site may hold more: use `sources.forgetSite`). */
export const MAX_DELETE_IDS = 10_000;

/**
 * The schemas are built on first use, not when this module loads, and each request's schema only
 * when a message of its type first arrives: building all of them takes tens of milliseconds of a
 * cold start, and the content script loads this module on every page it runs in but validates
 * only the few messages the popup sends it, on the page's main thread.
 */
function buildSchemas() {
  const id = z.string().check(z.minLength(1), z.maxLength(2048));
  const shortText = z.string().check(z.maxLength(4096));

  const pageInputSchema = z.strictObject({
    url: z.string().check(z.maxLength(8192)),
    canonicalUrl: z.string().check(z.maxLength(8192)),
    title: shortText,
    site: shortText,
    byline: shortText,
    published: shortText,
    language: z.string().check(z.maxLength(64)),
    text: z.string().check(z.minLength(1), z.maxLength(MAX_PAGE_TEXT)),
  });

  // ---- Store manager requests (manager page → background). Lists are paginated: the page asks for
  // one window at a time (offset, limit), so a list of 100,000 claims can be virtualised. ----
  const offset = z.int().check(z.gte(0), z.lte(10_000_000));
  const limit = z.int().check(z.gte(1), z.lte(MAX_PAGE_SIZE));
  const searchText = z.string().check(z.maxLength(500));
  const entityTypeSchema = z.enum(['person', 'place', 'organization']);
  const epochMs = z.number().check(z.gte(0), z.lte(8.64e15));

  const sourceSortSchema = z.enum(['addedAt', 'published', 'title', 'site', 'claims', 'conflicts']);

  const sourceFilterSchema = z.strictObject({
    /** Words of the title, each matched as a prefix of a title word (case and accents ignored). */
    title: z.optional(searchText),
    site: z.optional(shortText),
    /** Read (added) at or after / before, epoch milliseconds. */
    addedFrom: z.optional(epochMs),
    addedTo: z.optional(epochMs),
  });

  const managerRequests = {
    /** Entities by name (prefix of any word of the name or an alias), most mentioned first or by name. */
    'entities.list': () => z.strictObject({
      type: z.literal('entities.list'),
      query: searchText,
      entityType: z.optional(entityTypeSchema),
      sort: z.enum(['mentions', 'name']),
      offset,
      limit,
    }),
    'entity.rename': () => z.strictObject({ type: z.literal('entity.rename'), entityId: id, name: z.string().check(z.minLength(1), z.maxLength(300)) }),
    /** `otherId` is merged into `entityId`: its mentions, claims, aliases and keys move over. */
    'entity.merge': () => z.strictObject({ type: z.literal('entity.merge'), entityId: id, otherId: id }),
    /** The mentions written as `alias` become an entity of their own. */
    'entity.split': () => z.strictObject({ type: z.literal('entity.split'), entityId: id, alias: z.string().check(z.minLength(1), z.maxLength(300)) }),
    /** "Not an entity": removed with its mentions, its keys blocked so that re-analysis does not bring it back. */
    'entity.block': () => z.strictObject({ type: z.literal('entity.block'), entityId: id }),
    'entities.blocked': () => z.strictObject({ type: z.literal('entities.blocked') }),
    'entity.unblock': () => z.strictObject({ type: z.literal('entity.unblock'), key: id }),
    'sources.list': () => z.strictObject({
      type: z.literal('sources.list'),
      filter: sourceFilterSchema,
      sort: sourceSortSchema,
      direction: z.enum(['asc', 'desc']),
      offset,
      limit,
    }),
    /** Every site in the store with its number of sources, for the site filter. */
    'sources.sites': () => z.strictObject({ type: z.literal('sources.sites') }),
    /** Deletes sources with everything derived from them; the answer carries a token to undo it. */
    'sources.delete': () => z.strictObject({ type: z.literal('sources.delete'), sourceIds: z.array(id).check(z.minLength(1), z.maxLength(MAX_DELETE_IDS)) }),
    /** Deletes every source of a site (as listed by `sources.sites`), undoable like `sources.delete`. */
    'sources.forgetSite': () => z.strictObject({ type: z.literal('sources.forgetSite'), site: shortText }),
    'sources.undoDelete': () => z.strictObject({ type: z.literal('sources.undoDelete'), undoToken: id }),
    /** Every conflicting pair of claims, grouped by the entity they are about. */
    'conflicts.report': () => z.strictObject({ type: z.literal('conflicts.report'), offset, limit }),
    /** The whole conflicts report as CSV text (RFC 4180, formula-safe). */
    'conflicts.csv': () => z.strictObject({ type: z.literal('conflicts.csv') }),
    /**
     * Manager: analyse and store an article read from a file the reader dropped (or the sample
     * corpus), as if read in the browser. Always stored: adding it is the reader's explicit request.
     * An article already stored under the same address is left as it is and reported as a duplicate.
     */
    'articles.add': () => z.strictObject({ type: z.literal('articles.add'), page: pageInputSchema }),
  };

  const pageHtmlFields = {
    url: z.string().check(z.maxLength(8192)),
    html: z.string().check(z.minLength(1), z.maxLength(MAX_PAGE_HTML)),
    /** The page was cut when written out: only its beginning is read. */
    truncated: z.boolean(),
  };

  const requests = {
    /**
     * Content script → background, as it starts writing a page out: a stopped worker starts, and
     * opens the store, while the page is written, not after.
     */
    'page.wake': () => z.strictObject({ type: z.literal('page.wake') }),
    /**
     * Content script → background: read the article of the page, written out as compact HTML
     * (lib/extract/page-html.ts), so that Readability never runs on the page's main thread.
     */
    'page.read': () => z.strictObject({ type: z.literal('page.read'), ...pageHtmlFields }),
    /**
     * Background → its offscreen document (Chrome): read that same written-out page with the
     * browser's own HTML parser, which the service worker lacks.
     */
    'offscreen.read': () => z.strictObject({ type: z.literal('offscreen.read'), ...pageHtmlFields }),
    /** Content script → background: analyse this article, store it (per settings), return highlights. */
    'page.analyze': () => z.strictObject({
      type: z.literal('page.analyze'),
      page: pageInputSchema,
      /** The reader asked for this page to be added (popup button), overriding "ask" mode. */
      addRequested: z.boolean(),
      /**
       * The reader forgot this page during this visit: analyse it without storing it again, whatever
       * the add mode (forgetting removes; keeping out for good is the keep-out list's job).
       */
      forgotten: z.optional(z.boolean()),
    }),
    /** Content script → background: whether the page answered with `saving` landed in the store. */
    'page.saved': () => z.strictObject({ type: z.literal('page.saved'), sourceId: id }),
    /** Card for a claim highlight: the other sources' claims grouped by relation. */
    'card.claim': () => z.strictObject({ type: z.literal('card.claim'), claimId: id }),
    /** Card for an entity highlight: type, aliases, other sources that mention it. */
    'card.entity': () => z.strictObject({ type: z.literal('card.entity'), entityId: id, sourceId: id }),
    /** Popup: everything about one stored source. */
    'source.summary': () => z.strictObject({ type: z.literal('source.summary'), sourceId: id }),
    /**
     * Popup: the summary of the source this tab's page was last analysed as, asked at the same
     * time as the page's own state; null when the background knows of none. The page's state says
     * whether it is still that source.
     */
    'tab.summary': () => z.strictObject({ type: z.literal('tab.summary'), tabId: z.int().check(z.gte(0)) }),
    /** Popup / manager: remove a source and everything derived from it. */
    'source.forget': () => z.strictObject({ type: z.literal('source.forget'), sourceId: id }),
    /** Manager: counts of every table. */
    'store.stats': () => z.strictObject({ type: z.literal('store.stats') }),
    /** Popup (or the background, for a keyboard shortcut) → content script of a tab: what happened on this page. */
    'page.state': () => z.strictObject({ type: z.literal('page.state') }),
    /** Popup → content script of its tab: analyse again and add the page to the store. */
    'page.add': () => z.strictObject({ type: z.literal('page.add') }),
    /** Popup → content script of its tab: the page was just forgotten; do not store it again on this visit. */
    'page.forgotten': () => z.strictObject({ type: z.literal('page.forgotten') }),
    ...managerRequests,
  };
  return { pageInputSchema, sourceSortSchema, sourceFilterSchema, requests };
}

type Schemas = ReturnType<typeof buildSchemas>;
let schemas: Schemas | null = null;
const built = (): Schemas => (schemas ??= buildSchemas());

export type PageInput = z.infer<Schemas['pageInputSchema']>;
export type SourceSort = z.infer<Schemas['sourceSortSchema']>;
export type SourceFilter = z.infer<Schemas['sourceFilterSchema']>;
type RequestSchemas = Schemas['requests'];
export type Request = { [T in keyof RequestSchemas]: z.infer<ReturnType<RequestSchemas[T]>> }[keyof RequestSchemas];
export type RequestType = Request['type'];

// ---- Views: what the background answers. Plain data, derived from stored records. ----

export type HighlightRelation = Relation | 'none';

export interface ClaimHighlight {
  kind: 'claim';
  id: string;
  start: number;
  end: number;
  /** The strongest relation this claim has to another source: conflicts > agrees > related. */
  relation: HighlightRelation;
}

export interface EntityHighlight {
  kind: 'entity';
  id: string;
  entityType: EntityType;
  start: number;
  end: number;
}

export type Highlight = ClaimHighlight | EntityHighlight;

export interface RelationCounts {
  agrees: number;
  conflicts: number;
  related: number;
}

export interface PageAnalysisView {
  sourceId: string;
  /** False when settings kept the page out of the store (analysed, highlighted, not saved). */
  stored: boolean;
  /** Why the page was not saved although the settings say to save it (the store is full). */
  notSaved?: string;
  /**
   * The page is being written to the store: `stored` is what is expected, and `page.saved`
   * tells once the write is over whether it landed.
   */
  saving?: true;
  /** Offsets index into the text the content script sent. */
  highlights: Highlight[];
  counts: { claims: number; entities: number; matches: number; conflicts: number };
}

export interface SourceView {
  id: string;
  title: string;
  site: string;
  url: string;
  published: string;
  addedAt: number;
}

export interface OtherClaimView {
  claimId: string;
  text: string;
  /** Spans of `text` to mark: the values that differ (or agree). */
  marks: { start: number; end: number }[];
  relation: Relation;
  note: string;
  score: number;
  source: SourceView;
  /** Opens the source at the quote (a `#:~:text=` fragment). */
  link: string;
}

export interface ClaimCardView {
  claim: { id: string; text: string; quantities: Quantity[]; source: SourceView };
  /**
   * Conflicts first, then agreements, then related. Empty groups are omitted. A story retold by
   * many sources shows the best few claims of each relation: `total` counts all the store holds.
   */
  groups: { relation: Relation; items: OtherClaimView[]; total?: number }[];
}

export interface EntityCardView {
  entity: { id: string; name: string; type: EntityType; aliases: string[] };
  /** Other sources that mention it, newest first, each with a quote of one mention. */
  sources: { source: SourceView; mentions: number; quote: string; link: string }[];
}

export interface SourceSummaryView {
  source: SourceView & { duplicateOf: SourceView[] };
  counts: { claims: number; entities: number; matches: number; conflicts: number };
  /** Claims that have matches, conflicts first. */
  claims: { id: string; text: string; counts: RelationCounts; others: OtherClaimView[] }[];
}

export interface StoreStatsView {
  sources: number;
  claims: number;
  entities: number;
  mentions: number;
  matches: number;
}

export type PageStatus = 'loading' | 'article' | 'not-article' | 'disabled' | 'error';


export interface PageStateView {
  status: PageStatus;
  /**
   * The page's address (location.href). The popup's site switches and "keep out of the store"
   * act on it: without the "tabs" permission the popup cannot read a tab's address itself.
   */
  url?: string;
  /** Why the page is in that status, for the reader. */
  detail: string;
  sourceId: string | null;
  stored: boolean;
  /** The page is being written to the store (`stored` is what is expected). */
  saving?: boolean;
  highlightsHidden: boolean;
  counts: PageAnalysisView['counts'] | null;
  /**
   * Highlights the analysis found that could not be placed on the live page (the page changed, or
   * the text is laid out in a way the article extraction did not keep), listed rather than dropped.
   */
  unanchored?: { kind: Highlight['kind']; id: string; text: string }[];
}

// ---- Store manager views ----

export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

export interface ClaimListItem {
  id: string;
  text: string;
  /** Spans of `text` holding its quantities. */
  marks: { start: number; end: number }[];
  source: SourceView;
  quantities: { kind: QuantityKind; text: string }[];
  entities: EntityRef[];
  /** Matches with other sources' claims by relation (open `card.claim` for the claims themselves). */
  counts: RelationCounts;
  /** Opens the source at the quote. */
  link: string;
}

export interface Page<T> {
  items: T[];
  /** Everything the query matches; `items` is the window [offset, offset + limit). */
  total: number;
  offset: number;
}

export interface EntityListItem extends EntityRef {
  aliases: string[];
  mentionCount: number;
}

export interface EntityEditView {
  /** The entity as it is now (the merge target, the one split from, the renamed one). */
  entity: EntityListItem | null;
  /** The entity split off, for `entity.split`. */
  created?: EntityListItem;
  /** Claims whose entities changed and whose matches were evaluated again. */
  claimsUpdated: number;
  matchesAdded: number;
  matchesRemoved: number;
}

export interface EntityBlockView extends EntityEditView {
  mentionsRemoved: number;
  blockedKeys: string[];
}

export interface SourceListItem extends SourceView {
  byline: string;
  claimCount: number;
  conflictCount: number;
  /** Number of stored sources this one is a copy of. */
  duplicateCount: number;
}

export interface SourceDeleteView {
  deleted: number;
  /** Pass to `sources.undoDelete` before `undoExpiresAt` to restore exactly what was deleted. */
  undoToken: string;
  undoExpiresAt: number;
}

export interface ConflictSide {
  claimId: string;
  text: string;
  marks: { start: number; end: number }[];
  source: SourceView;
  link: string;
}

export interface ConflictPairView {
  matchId: string;
  note: string;
  score: number;
  a: ConflictSide;
  b: ConflictSide;
}

export interface ConflictGroupView {
  /** The entity both claims are about; null for pairs that share none. */
  entity: EntityRef | null;
  /** The entity's name, or the words the two claims share. */
  topic: string;
  pairs: ConflictPairView[];
}

export interface ConflictsReportView {
  groups: ConflictGroupView[];
  /** Groups in the whole report; `groups` is the window [offset, offset + limit). */
  totalGroups: number;
  totalPairs: number;
  offset: number;
}

export interface ArticleAddView {
  sourceId: string;
  /** `duplicate`: an article with this address was already stored; nothing was changed. */
  status: 'added' | 'duplicate';
  claims: number;
  conflicts: number;
  /** Stored articles this one is a near-copy of (a repost, a syndicated copy). */
  copies: number;
}

/** How writing an analysed page to the store ended. */
export interface PageSavedView {
  stored: boolean;
  /** Why it was not saved, for the reader. */
  notSaved?: string;
  /** The worker that was writing it was stopped first: reading the page again saves it. */
  interrupted?: true;
}

export interface ResponseMap {
  /** Null when the page is not an article. */
  'page.wake': null;
  'page.read': ExtractedArticle | null;
  'offscreen.read': ExtractedArticle | null;
  'page.analyze': PageAnalysisView;
  'page.saved': PageSavedView;
  'card.claim': ClaimCardView;
  'card.entity': EntityCardView;
  'source.summary': SourceSummaryView;
  'tab.summary': SourceSummaryView | null;
  'source.forget': { removed: boolean };
  'store.stats': StoreStatsView;
  'page.state': PageStateView;
  'page.add': PageStateView;
  'page.forgotten': PageStateView;
  'entities.list': Page<EntityListItem>;
  'entity.rename': EntityEditView;
  'entity.merge': EntityEditView;
  'entity.split': EntityEditView;
  'entity.block': EntityBlockView;
  'entities.blocked': { keys: string[] };
  'entity.unblock': { removed: boolean };
  'sources.list': Page<SourceListItem>;
  'sources.sites': { site: string; sources: number }[];
  'sources.delete': SourceDeleteView;
  'sources.forgetSite': SourceDeleteView;
  'sources.undoDelete': { restored: number };
  'conflicts.report': ConflictsReportView;
  'conflicts.csv': { csv: string; rows: number };
  'articles.add': ArticleAddView;
}

export type Response<T extends RequestType> =
  | { ok: true; data: ResponseMap[T] }
  | { ok: false; error: string };

export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** The `type` a message claims to be of, unchecked; undefined for what has none. */
export function claimedType(message: unknown): string | undefined {
  return typeof message === 'object' && message !== null && 'type' in message ? String(message.type) : undefined;
}

/** Validates an incoming message; returns a readable error instead of throwing. */
export function parseRequest(message: unknown): { ok: true; request: Request } | { ok: false; error: string } {
  const type = claimedType(message);
  const schema = type === undefined ? undefined : requestSchemaOf(type);
  const refused = (why: string) => ({ ok: false as const, error: `Refused message of type "${(type ?? '?').slice(0, 64)}": ${why.slice(0, 500)}` });
  if (!schema) return refused(type === undefined ? 'it is not an object with a type.' : 'no message has that type.');
  const result = schema.safeParse(message);
  return result.success ? { ok: true, request: result.data as Request } : refused(z.prettifyError(result.error));
}

const requestSchemas = new Map<string, z.ZodMiniType>();

/** The schema of one type of request, built the first time a message of that type arrives. */
function requestSchemaOf(type: string): z.ZodMiniType | undefined {
  const builders: Record<string, () => z.ZodMiniType> = built().requests;
  if (!Object.hasOwn(builders, type)) return undefined;
  let schema = requestSchemas.get(type);
  if (!schema) requestSchemas.set(type, (schema = builders[type]!()));
  return schema;
}
