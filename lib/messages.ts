/**
 * The one message protocol between Crosslight's contexts (content script, popup, manager →
 * background; popup → content script). Every request is validated on receipt with these schemas:
 * anything unknown or malformed is refused with a clear error and never reaches a handler.
 */
import * as z from 'zod/mini';
import type { EntityType, Quantity, Relation } from './engine/types';

/** Largest article text accepted from a page (characters); longer texts are cut by the sender. */
export const MAX_PAGE_TEXT = 2_000_000;

const id = z.string().check(z.minLength(1), z.maxLength(2048));
const shortText = z.string().check(z.maxLength(4096));

export const pageInputSchema = z.strictObject({
  url: z.string().check(z.maxLength(8192)),
  canonicalUrl: z.string().check(z.maxLength(8192)),
  title: shortText,
  site: shortText,
  byline: shortText,
  published: shortText,
  language: z.string().check(z.maxLength(64)),
  text: z.string().check(z.minLength(1), z.maxLength(MAX_PAGE_TEXT)),
});
export type PageInput = z.infer<typeof pageInputSchema>;

export const requestSchema = z.discriminatedUnion('type', [
  /** Content script → background: analyse this article, store it (per settings), return highlights. */
  z.strictObject({
    type: z.literal('page.analyze'),
    page: pageInputSchema,
    /** The reader asked for this page to be added (popup button), overriding "ask" mode. */
    addRequested: z.boolean(),
  }),
  /** Card for a claim highlight: the other sources' claims grouped by relation. */
  z.strictObject({ type: z.literal('card.claim'), claimId: id }),
  /** Card for an entity highlight: type, aliases, other sources that mention it. */
  z.strictObject({ type: z.literal('card.entity'), entityId: id, sourceId: id }),
  /** Popup: everything about one stored source. */
  z.strictObject({ type: z.literal('source.summary'), sourceId: id }),
  /** Popup / manager: remove a source and everything derived from it. */
  z.strictObject({ type: z.literal('source.forget'), sourceId: id }),
  /** Manager: counts of every table. */
  z.strictObject({ type: z.literal('store.stats') }),
  /** Popup → content script of its tab: what happened on this page. */
  z.strictObject({ type: z.literal('page.state') }),
  /** Popup → content script of its tab: analyse again and add the page to the store. */
  z.strictObject({ type: z.literal('page.add') }),
]);
export type Request = z.infer<typeof requestSchema>;
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
  /** Conflicts first, then agreements, then related. Empty groups are omitted. */
  groups: { relation: Relation; items: OtherClaimView[] }[];
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
  highlightsHidden: boolean;
  counts: PageAnalysisView['counts'] | null;
  /**
   * Highlights the analysis found that could not be placed on the live page (the page changed, or
   * the text is laid out in a way the article extraction did not keep), listed rather than dropped.
   */
  unanchored?: { kind: Highlight['kind']; id: string; text: string }[];
}

export interface ResponseMap {
  'page.analyze': PageAnalysisView;
  'card.claim': ClaimCardView;
  'card.entity': EntityCardView;
  'source.summary': SourceSummaryView;
  'source.forget': { removed: boolean };
  'store.stats': StoreStatsView;
  'page.state': PageStateView;
  'page.add': PageStateView;
}

export type Response<T extends RequestType> =
  | { ok: true; data: ResponseMap[T] }
  | { ok: false; error: string };

export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** Validates an incoming message; returns a readable error instead of throwing. */
export function parseRequest(message: unknown): { ok: true; request: Request } | { ok: false; error: string } {
  const result = requestSchema.safeParse(message);
  if (result.success) return { ok: true, request: result.data };
  const type =
    typeof message === 'object' && message !== null && 'type' in message ? String((message as { type: unknown }).type) : '?';
  return { ok: false, error: `Refused message of type "${type.slice(0, 64)}": ${z.prettifyError(result.error).slice(0, 500)}` };
}
