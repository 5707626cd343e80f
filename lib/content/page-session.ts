/**
 * Everything Crosslight does in one page, as a small state machine:
 * loading → article | not-article | disabled | error.
 *
 * It reads the article, asks the background for its analysis, places the highlights on the live
 * page and paints them, opens cards on click or from the keyboard, answers the popup, and reads
 * the article again when the page changes it (late-loading content, single-page navigation).
 * Extension APIs come in through `PageSessionDeps`, so this module runs under tests.
 */
import { h } from 'preact';
import { ClaimCard } from '../../components/ClaimCard';
import { EntityCard } from '../../components/EntityCard';
import { placeArticle, type AnchoredHighlight } from '../anchoring/anchor-article';
import { buildDomTextMap } from '../anchoring/dom-text-map';
import { extractArticle, type ExtractedArticle } from '../extract/article';
import { createCardHost, type CardHost } from '../highlight/card-host';
import { buildHitIndex, hitTest, type HitIndex } from '../highlight/hit-test';
import { createPainter, isOnDarkBackground, styleOf, type HighlightStyle, type Painter } from '../highlight/painter';
import type { Highlight, PageAnalysisView, PageStateView, PageStatus } from '../messages';
import { request, type Transport } from '../messaging/protocol-client';

export interface PageSessionDeps {
  doc: Document;
  /** The page's current address (single-page apps change it without reloading). */
  location: () => string;
  transport: Transport;
  onError: (error: unknown, context: string) => void;
}

/** Highlights placed per slice: keeps each main-thread task well under 50 ms on long articles. */
const SLICE_BUDGET_MS = 25;
/** Quiet time after the page's last change before the article is read again. */
const SETTLE_MS = 1200;
/** Least time between two readings of a changing page; doubles while the article stays the same. */
const MIN_RECHECK_MS = 3000;
const MAX_RECHECK_MS = 60_000;
/** Enough unplaced highlights for the reader to see what is missing, without flooding the popup. */
const MAX_UNANCHORED_LISTED = 50;

const INTERACTIVE = 'a[href], button, input, select, textarea, label, summary, [contenteditable=""], [contenteditable="true"]';

type Placed = AnchoredHighlight & { style: HighlightStyle };

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class PageSession {
  private status: PageStatus = 'loading';
  private detail = 'Reading the page…';
  private analysis: PageAnalysisView | null = null;
  private article: ExtractedArticle | null = null;
  private analysedUrl = '';
  private placed: Placed[] = [];
  private unanchored: NonNullable<PageStateView['unanchored']> = [];
  private hitIndex: HitIndex<Placed> | null = null;
  private painter: Painter | null = null;
  private readonly cards: CardHost;
  private disabled = false;
  private hidden = false;
  /** Bumped by every run: an answer for an older run is thrown away. */
  private generation = 0;
  private observer: MutationObserver | null = null;
  private settleTimer: ReturnType<typeof setTimeout> | null = null;
  private lastCheck = 0;
  private recheckInterval = MIN_RECHECK_MS;
  private keyboardCursor = -1;

  constructor(private readonly deps: PageSessionDeps) {
    this.cards = createCardHost(deps.doc);
  }

  /** Starts with the site's settings as they are now. */
  async start(settings: { disabled: boolean; hidden: boolean }): Promise<void> {
    this.disabled = settings.disabled;
    this.hidden = settings.hidden;
    const { doc } = this.deps;
    doc.addEventListener('click', this.onClick, true);
    doc.addEventListener('keydown', this.onKeyDown, true);
    const view = doc.defaultView;
    if (view && doc.body) {
      this.observer = new view.MutationObserver(this.onMutations);
      this.observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
    }
    await this.run(false);
  }

  state(): PageStateView {
    return {
      status: this.status,
      url: this.deps.location(),
      detail: this.detail,
      sourceId: this.analysis?.sourceId ?? null,
      stored: this.analysis?.stored ?? false,
      highlightsHidden: this.hidden,
      counts: this.analysis?.counts ?? null,
      unanchored: this.unanchored,
    };
  }

  /** The reader asked (from the popup) to add this page to the store. */
  async add(): Promise<PageStateView> {
    if (this.disabled) throw new Error('Crosslight is turned off for this site.');
    await this.run(true);
    if (this.status === 'not-article') throw new Error('This page does not look like an article.');
    return this.state();
  }

  async setDisabled(disabled: boolean): Promise<void> {
    if (disabled === this.disabled) return;
    this.disabled = disabled;
    await this.run(false);
  }

  setHidden(hidden: boolean): void {
    this.hidden = hidden;
    this.painter?.setHidden(hidden);
    if (hidden) this.cards.close({ restoreFocus: false });
  }

  dispose(): void {
    this.generation++;
    const { doc } = this.deps;
    doc.removeEventListener('click', this.onClick, true);
    doc.removeEventListener('keydown', this.onKeyDown, true);
    this.observer?.disconnect();
    if (this.settleTimer !== null) clearTimeout(this.settleTimer);
    this.cards.dispose();
    this.painter?.dispose();
    this.painter = null;
  }

  private setStatus(status: PageStatus, detail: string): void {
    this.status = status;
    this.detail = detail;
  }

  private clear(): void {
    this.cards.close({ restoreFocus: false });
    this.painter?.clear();
    this.placed = [];
    this.unanchored = [];
    this.hitIndex = null;
    this.analysis = null;
    this.keyboardCursor = -1;
  }

  /** Reads the page (or takes an already read article), analyses it and paints the result. */
  private async run(addRequested: boolean, extracted?: ExtractedArticle | null): Promise<void> {
    const generation = ++this.generation;
    const url = this.deps.location();
    if (this.disabled) {
      this.clear();
      this.article = null;
      this.setStatus('disabled', 'Crosslight is turned off for this site.');
      return;
    }
    this.setStatus('loading', 'Reading the page…');
    try {
      const article = extracted === undefined ? extractArticle(this.deps.doc, url) : extracted;
      this.article = article;
      this.analysedUrl = url;
      if (!article) {
        this.clear();
        this.setStatus('not-article', 'This page does not look like an article: nothing to highlight.');
        return;
      }
      const analysis = await request(this.deps.transport, { type: 'page.analyze', page: article.page, addRequested });
      if (generation !== this.generation) return;
      this.clear();
      this.analysis = analysis;
      await this.paint(article, analysis, generation);
    } catch (error) {
      if (generation !== this.generation) return;
      this.clear();
      this.deps.onError(error, 'page');
      this.setStatus('error', `Could not analyse this page: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Places the analysis's highlights on the live page, in slices, then paints them at once. */
  private async paint(article: ExtractedArticle, analysis: PageAnalysisView, generation: number): Promise<void> {
    const { doc } = this.deps;
    const map = buildDomTextMap(doc.body, this.cards.element);
    const placement = placeArticle(article, map);
    const placed: Placed[] = [];
    const missed: Highlight[] = [];
    const pending = [...analysis.highlights];
    while (pending.length > 0) {
      const started = performance.now();
      while (pending.length > 0 && performance.now() - started < SLICE_BUDGET_MS) {
        const result = placement.place(pending.splice(0, 20));
        for (const anchored of result.anchored) placed.push({ ...anchored, style: styleOf(anchored.highlight) });
        missed.push(...result.missed);
      }
      if (pending.length > 0) {
        await yieldToPage();
        if (generation !== this.generation) return;
      }
    }
    if (!this.painter && placed.length > 0) {
      this.painter = createPainter(doc, { dark: isOnDarkBackground(placed[0]!.ranges[0]!.startContainer.parentElement) });
      this.painter.setHidden(this.hidden);
    }
    this.painter?.paint(placed);
    this.placed = placed;
    this.hitIndex = buildHitIndex([
      placed.filter((p) => p.highlight.kind === 'entity').flatMap((item) => item.ranges.map((range) => ({ range, item }))),
      placed.filter((p) => p.highlight.kind === 'claim').flatMap((item) => item.ranges.map((range) => ({ range, item }))),
    ]);
    this.unanchored = missed.slice(0, MAX_UNANCHORED_LISTED).map((highlight) => ({
      kind: highlight.kind,
      id: highlight.id,
      text: article.page.text.slice(highlight.start, highlight.end).slice(0, 300),
    }));
    this.setStatus('article', this.describe(analysis, placed.length, missed.length, placement.blocks.missed));
  }

  private describe(analysis: PageAnalysisView, placed: number, missed: number, missedBlocks: number): string {
    const { claims, entities } = analysis.counts;
    const parts = [`${claims} ${claims === 1 ? 'claim' : 'claims'} and ${entities} ${entities === 1 ? 'name' : 'names'} found.`];
    if (this.painter && !this.painter.supported) parts.push('This browser cannot highlight text in pages; the popup lists everything.');
    if (missed > 0) {
      parts.push(`${missed} of ${placed + missed} highlights could not be placed on the page` + (missedBlocks > 0 ? ` (${missedBlocks} paragraphs not found).` : '.'));
    }
    if (analysis.notSaved) parts.push(analysis.notSaved);
    else if (!analysis.stored) parts.push('Not saved: add it from the popup to compare it with other sources.');
    return parts.join(' ');
  }

  private openCard(item: Placed): void {
    const { highlight } = item;
    const article = this.article;
    const analysis = this.analysis;
    if (!article || !analysis) return;
    const text = article.page.text.slice(highlight.start, highlight.end);
    const anchor = item.ranges[0]!;
    const { transport } = this.deps;
    if (highlight.kind === 'claim') {
      const load = () => request(transport, { type: 'card.claim', claimId: highlight.id });
      this.cards.open(anchor, (close) => h(ClaimCard, { quote: text, load, onClose: close }));
    } else {
      const load = () => request(transport, { type: 'card.entity', entityId: highlight.id, sourceId: analysis.sourceId });
      this.cards.open(anchor, (close) => h(EntityCard, { name: text, type: highlight.entityType, load, onClose: close }));
    }
  }

  private readonly onClick = (event: MouseEvent) => {
    if (!this.hitIndex || this.hidden || event.button !== 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const host = this.cards.element;
    if (host && event.composedPath().includes(host)) return;
    const target = event.target as Element | null;
    // Links, buttons and fields keep working as the page meant them to.
    if (target && typeof target.closest === 'function' && target.closest(INTERACTIVE)) return;
    // A click that ends a text selection is the reader selecting, not asking for a card.
    const selection = this.deps.doc.getSelection();
    if (selection && !selection.isCollapsed) return;
    const [item] = hitTest(this.deps.doc, this.hitIndex, event.clientX, event.clientY);
    if (item) this.openCard(item);
  };

  /**
   * Alt+Shift+N / Alt+Shift+P: next / previous claim that other sources report (every claim when
   * none is reported elsewhere), scrolled into view with its card open.
   */
  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    if (event.code !== 'KeyN' && event.code !== 'KeyP') return;
    if (this.hidden || this.placed.length === 0) return;
    const claims = this.placed.filter((p) => p.highlight.kind === 'claim');
    const reported = claims.filter((p) => p.highlight.kind === 'claim' && p.highlight.relation !== 'none');
    const list = reported.length > 0 ? reported : claims;
    if (list.length === 0) return;
    event.preventDefault();
    event.stopPropagation();
    const step = event.code === 'KeyN' ? 1 : -1;
    this.keyboardCursor = (this.keyboardCursor + step + list.length) % list.length;
    const item = list[this.keyboardCursor]!;
    item.ranges[0]!.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    this.openCard(item);
  };

  private readonly onMutations = (records: MutationRecord[]) => {
    const host = this.cards.element;
    const relevant = records.some((record) => {
      if (host && host.contains(record.target)) return false;
      if (record.type === 'characterData') return true;
      const changed = [...record.addedNodes, ...record.removedNodes];
      return changed.some((node) => node.nodeType === 3 || (node.nodeType === 1 && (node.textContent ?? '').trim().length > 0));
    });
    if (!relevant) return;
    if (this.settleTimer !== null) clearTimeout(this.settleTimer);
    const wait = Math.max(SETTLE_MS, this.lastCheck + this.recheckInterval - Date.now());
    this.settleTimer = setTimeout(() => {
      this.settleTimer = null;
      this.recheck().catch((error: unknown) => this.deps.onError(error, 'recheck'));
    }, wait);
  };

  /** After the page changed: analyse again if the article did, re-place highlights if only the DOM did. */
  private async recheck(): Promise<void> {
    if (this.disabled || this.status === 'loading') return;
    this.lastCheck = Date.now();
    const url = this.deps.location();
    const article = extractArticle(this.deps.doc, url);
    const sameText = (article?.page.text ?? null) === (this.article?.page.text ?? null);
    if (url !== this.analysedUrl || !sameText) {
      this.recheckInterval = MIN_RECHECK_MS;
      await this.run(false, article);
      return;
    }
    // Same article: back off, so a page that keeps changing around it costs less and less.
    this.recheckInterval = Math.min(this.recheckInterval * 2, MAX_RECHECK_MS);
    const broken = this.placed.some((p) => p.ranges.some((range) => range.collapsed || !range.startContainer.isConnected));
    if (broken && this.article && this.analysis) {
      const generation = ++this.generation;
      this.cards.close({ restoreFocus: false });
      await this.paint(this.article, this.analysis, generation);
    }
  }
}
