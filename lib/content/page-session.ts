/**
 * Everything Crosslight does in one page, as a small state machine:
 * loading → article | not-article | disabled | error.
 *
 * It writes the page out for the background to read its article from, asks for its analysis,
 * places the highlights on the live page and paints them, opens cards on click or from the
 * keyboard, answers the popup, and reads the article again when the page changes it
 * (late-loading content, single-page navigation).
 * Every step on the main thread is a short slice: the page never waits long behind Crosslight.
 * Extension APIs come in through `PageSessionDeps`, so this module runs under tests.
 */
import { h } from 'preact';
import { ClaimCard, type ClaimName } from '../../components/ClaimCard';
import { EntityCard } from '../../components/EntityCard';
import { placementSteps, type AnchoredHighlight, type ArticlePlacement } from '../anchoring/anchor-article';
import { domTextMapSteps } from '../anchoring/dom-text-map';
import { runStepsInSlices } from '../anchoring/steps';
import type { ExtractedArticle } from '../extract/article';
import { pageHtmlSteps } from '../extract/page-html';
import { createCardHost, type CardHost } from '../highlight/card-host';
import { buildHitIndex, hitTest, type HitIndex } from '../highlight/hit-test';
import { createPainter, DEFAULT_HIGHLIGHT_CHOICE, isOnDarkBackground, styleOf, type HighlightChoice, type HighlightStyle, type Painter } from '../highlight/painter';
import { MAX_PAGE_HTML, type EntityHighlight, type Highlight, type PageAnalysisView, type PageSavedView, type PageStateView, type PageStatus } from '../messages';
import { request, type Transport } from '../messaging/protocol-client';
import { keyboardTargets, nextIndex, preferredHit } from './card-targets';
import { NAVIGATION_SETTLE_MS, PageChanges, pageAddress } from './page-changes';
import { pauseForPage } from './pause';
import { messageOf } from '../error-message';

export interface PageSessionDeps {
  doc: Document;
  /** The page's current address (single-page apps change it without reloading). */
  location: () => string;
  transport: Transport;
  onError: (error: unknown, context: string) => void;
}

/** Longest run of Crosslight's work on the main thread before the page gets it back. */
const SLICE_BUDGET_MS = 12;
/**
 * Most page text read (about 15,000 words, longer than nearly any news article). Reading the
 * article cannot be sliced (Readability runs in one go, in the background) and its cost grows
 * faster than the page: past this, only the beginning is sent.
 */
export const MAX_TEXT_CHARS = 100_000;
/** Enough unplaced highlights for the reader to see what is missing, without flooding the popup. */
const MAX_UNANCHORED_LISTED = 50;
/** Readings of a new address that may still show the previous page before it is read as it is. */
const MAX_STALE_READINGS = 3;

const INTERACTIVE = 'a[href], button, input, select, textarea, label, summary, [contenteditable=""], [contenteditable="true"]';
const EDITABLE = 'input, select, textarea, [contenteditable=""], [contenteditable="true"]';

type Placed = AnchoredHighlight & { style: HighlightStyle | null };

/** What a click can open: the painted highlights, names and claims in layers of their own. */
function hitIndexOf(painted: Placed[]): HitIndex<Placed> {
  return buildHitIndex([
    painted.filter((p) => p.highlight.kind === 'entity').flatMap((item) => item.ranges.map((range) => ({ range, item }))),
    painted.filter((p) => p.highlight.kind === 'claim').flatMap((item) => item.ranges.map((range) => ({ range, item }))),
  ]);
}

/** "1 claim", "3 claims": plain digits; the popup formats numbers for the reader's locale. */
function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

export class PageSession {
  private status: PageStatus = 'loading';
  private detail = 'Reading the page…';
  private analysis: PageAnalysisView | null = null;
  private article: ExtractedArticle | null = null;
  private analysedUrl = '';
  private placed: Placed[] = [];
  private unanchored: NonNullable<PageStateView['unanchored']> = [];
  /** Highlights and paragraphs of the article that could not be placed on the page. */
  private misses = { highlights: 0, blocks: 0 };
  private hitIndex: HitIndex<Placed> | null = null;
  private painter: Painter | null = null;
  private dark = false;
  private readonly cards: CardHost;
  private readonly changes: PageChanges;
  private disabled = false;
  private hidden = false;
  private choice: HighlightChoice = DEFAULT_HIGHLIGHT_CHOICE;
  /** The reader forgot this page on this visit: it is analysed, never stored again, until added. */
  private forgotten = false;
  /** Bumped by every run: an answer for an older run is thrown away. */
  private generation = 0;
  private running = false;
  private staleReadings = 0;
  private keyboardCursor = -1;

  constructor(private readonly deps: PageSessionDeps) {
    this.cards = createCardHost(deps.doc);
    this.changes = new PageChanges({
      doc: deps.doc,
      location: deps.location,
      own: () => this.cards.element,
      onNavigate: () => this.onNavigate(),
      onSettled: () => {
        this.recheck().catch((error: unknown) => this.deps.onError(error, 'recheck'));
      },
    });
  }

  /** Starts with the site's settings as they are now. */
  async start(settings: { disabled: boolean; hidden: boolean; choice?: HighlightChoice }): Promise<void> {
    this.disabled = settings.disabled;
    this.hidden = settings.hidden;
    this.choice = settings.choice ?? DEFAULT_HIGHLIGHT_CHOICE;
    const { doc } = this.deps;
    doc.addEventListener('click', this.onClick, true);
    doc.addEventListener('keydown', this.onKeyDown, true);
    this.changes.start();
    await this.run(false);
  }

  state(): PageStateView {
    return {
      status: this.status,
      url: this.deps.location(),
      detail: this.detail,
      sourceId: this.analysis?.sourceId ?? null,
      stored: this.analysis?.stored ?? false,
      ...(this.analysis?.saving ? { saving: true } : {}),
      highlightsHidden: this.hidden,
      counts: this.analysis?.counts ?? null,
      unanchored: this.unanchored,
    };
  }

  /** The reader asked (from the popup) to add this page to the store. */
  async add(): Promise<PageStateView> {
    if (this.disabled) throw new Error('Crosslight is turned off for this site.');
    this.forgotten = false;
    await this.run(true);
    if (this.status === 'not-article') throw new Error('This page does not look like an article.');
    return this.state();
  }

  /**
   * The reader forgot this page (from the popup). It is analysed again unstored, so that its cards
   * keep working, and it is not stored again on this visit, whatever the add mode.
   */
  async forget(): Promise<PageStateView> {
    this.forgotten = true;
    if (!this.disabled) await this.run(false);
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

  /** The reader changed what is painted: the placed highlights are painted again, not placed again. */
  setHighlightChoice(choice: HighlightChoice): void {
    this.choice = choice;
    if (this.hitIndex) this.hitIndex = hitIndexOf(this.paintPlaced());
  }

  dispose(): void {
    this.generation++;
    const { doc } = this.deps;
    doc.removeEventListener('click', this.onClick, true);
    doc.removeEventListener('keydown', this.onKeyDown, true);
    this.changes.dispose();
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
    this.misses = { highlights: 0, blocks: 0 };
    this.hitIndex = null;
    this.analysis = null;
    this.keyboardCursor = -1;
  }

  /** Reads the page (or takes an already read article), analyses it and paints the result. */
  private async run(addRequested: boolean, extracted?: ExtractedArticle | null, retry = true): Promise<void> {
    const generation = ++this.generation;
    const url = this.deps.location();
    if (this.disabled) {
      this.clear();
      this.article = null;
      this.setStatus('disabled', 'Crosslight is turned off for this site.');
      return;
    }
    this.running = true;
    this.setStatus('loading', 'Reading the page…');
    try {
      const article = extracted === undefined ? await this.extract(url, generation) : extracted;
      if (generation !== this.generation) return;
      this.article = article;
      this.analysedUrl = url;
      if (!article) {
        this.clear();
        this.setStatus('not-article', 'This page does not look like an article: nothing to highlight.');
        return;
      }
      // The article is matched to the page while the background analyses it: once the answer
      // arrives, only the highlights' own ranges are left to build.
      const [analysis, placement] = await Promise.all([
        request(this.deps.transport, {
          type: 'page.analyze',
          page: article.page,
          addRequested,
          ...(this.forgotten ? { forgotten: true } : {}),
        }),
        this.prepare(article, generation),
      ]);
      if (generation !== this.generation || !placement) return;
      this.clear();
      this.analysis = analysis;
      // The page is painted while its write ends; how it ended is asked for meanwhile.
      const saved = analysis.saving ? this.savedOutcome(analysis.sourceId) : null;
      await this.paint(article, placement, analysis, generation);
      if (!saved) return;
      const outcome = await saved;
      if (generation !== this.generation || this.analysis !== analysis) return;
      // The browser stopped the worker in the middle of the write, which left nothing: once, the
      // page is read again, as the reader would reload it.
      if (outcome.interrupted && retry) {
        await this.run(addRequested, article, false);
        return;
      }
      const { saving: _saving, ...settled } = analysis;
      this.analysis = { ...settled, stored: outcome.stored, ...(outcome.notSaved ? { notSaved: outcome.notSaved } : {}) };
      if (this.status === 'article') this.setStatus('article', this.describe(article, this.analysis));
    } catch (error) {
      if (generation !== this.generation) return;
      this.clear();
      this.deps.onError(error, 'page');
      this.setStatus('error', `Could not analyse this page: ${messageOf(error)}`);
    } finally {
      if (generation === this.generation) this.running = false;
    }
  }

  /**
   * Writes the page out in slices and has the background read its article; null when it is not
   * an article or when a newer run took over.
   */
  private async extract(url: string, generation: number): Promise<ExtractedArticle | null> {
    const limits = { maxTextChars: MAX_TEXT_CHARS, maxHtmlChars: MAX_PAGE_HTML };
    // Not awaited: a stopped worker starts while the page is written out.
    request(this.deps.transport, { type: 'page.wake' }).catch((error: unknown) => this.deps.onError(error, 'page.wake'));
    const written = await runStepsInSlices(pageHtmlSteps(this.deps.doc, limits), this.slices(generation));
    if (!written || generation !== this.generation) return null;
    const read = () => request(this.deps.transport, { type: 'page.read', url, html: written.html, truncated: written.truncated });
    // The browser may stop the worker while it reads, and its answer is lost with it; reading
    // changes nothing, so it is asked once more, of the worker's successor.
    return read().catch(read);
  }

  private slices(generation: number) {
    return { budgetMs: SLICE_BUDGET_MS, pause: pauseForPage, cancelled: () => generation !== this.generation };
  }

  /**
   * Matches the article to the live page in slices and readies the painter; null when a newer run
   * took over. The painter's style sheet makes the browser restyle the whole page once: done here,
   * that happens while the background works, not between its answer and the highlights.
   */
  private async prepare(article: ExtractedArticle, generation: number): Promise<ArticlePlacement | null> {
    const sliced = this.slices(generation);
    await pauseForPage();
    if (sliced.cancelled()) return null;
    const map = await runStepsInSlices(domTextMapSteps(this.deps.doc.body, this.cards.element), sliced);
    if (!map) return null;
    await pauseForPage();
    if (sliced.cancelled()) return null;
    const placement = await runStepsInSlices(placementSteps(article, map), sliced);
    if (!placement) return null;
    if (!this.painter && placement.firstElement) {
      this.dark = isOnDarkBackground(placement.firstElement);
      this.painter = createPainter(this.deps.doc, { dark: this.dark });
      this.painter.setHidden(this.hidden);
    }
    return placement;
  }

  /** Places the analysis's highlights on the matched page in slices, then paints them at once. */
  private async paint(article: ExtractedArticle, placement: ArticlePlacement, analysis: PageAnalysisView, generation: number): Promise<void> {
    const sliced = this.slices(generation);
    const placed: Placed[] = [];
    const missed: Highlight[] = [];
    const pending = analysis.highlights;
    let next = 0;
    const placing = function* () {
      while (next < pending.length) {
        const result = placement.place(pending.slice(next, next + 20));
        next += 20;
        for (const anchored of result.anchored) placed.push({ ...anchored, style: null });
        missed.push(...result.missed);
        yield;
      }
    };
    if ((await runStepsInSlices(placing(), sliced)) === null) return;
    this.placed = placed;
    const painted = this.paintPlaced();
    await pauseForPage();
    if (sliced.cancelled()) return;
    this.hitIndex = hitIndexOf(painted);
    this.unanchored = missed.slice(0, MAX_UNANCHORED_LISTED).map((highlight) => ({
      kind: highlight.kind,
      id: highlight.id,
      text: article.page.text.slice(highlight.start, highlight.end).slice(0, 300),
    }));
    this.misses = { highlights: missed.length, blocks: placement.blocks.missed };
    this.setStatus('article', this.describe(article, analysis));
  }

  /** Paints the placed highlights that the reader's choice shows; returns them. */
  private paintPlaced(): Placed[] {
    for (const item of this.placed) item.style = styleOf(item.highlight, this.choice);
    const painted = this.placed.filter((p) => p.style !== null);
    this.painter?.paint(painted);
    return painted;
  }

  /**
   * How the page's write ended. A worker stopped while it wrote drops this request too: asked
   * again, its successor answers from the store. Failing twice, the reader is told it is unknown.
   */
  private async savedOutcome(sourceId: string): Promise<PageSavedView> {
    const ask = () => request(this.deps.transport, { type: 'page.saved', sourceId });
    try {
      return await ask().catch(ask);
    } catch (error) {
      this.deps.onError(error, 'page.saved');
      return { stored: false, notSaved: `Not known whether this page was saved: ${messageOf(error)}` };
    }
  }

  private describe(article: ExtractedArticle, analysis: PageAnalysisView): string {
    const placed = this.placed.length;
    const { highlights: missed, blocks: missedBlocks } = this.misses;
    const { claims, entities, matches } = analysis.counts;
    const parts = [`${count(claims, 'claim')} and ${count(entities, 'name')} found; ${count(matches, 'match', 'matches')} with other sources.`];
    if (article.truncated) {
      parts.push(`This page is very long: only its first ${count(article.page.text.split(/\s+/).length, 'word')} were read, to keep it responsive.`);
    }
    if (this.painter && !this.painter.supported) {
      parts.push('This browser cannot highlight text in pages: Alt+Shift+N and Alt+Shift+P select the claims and open their cards, and the popup lists everything.');
    }
    if (missed > 0) {
      parts.push(`${missed} of ${placed + missed} highlights could not be placed on the page` + (missedBlocks > 0 ? ` (${missedBlocks} paragraphs not found).` : '.'));
    }
    if (analysis.notSaved) parts.push(analysis.notSaved);
    else if (!analysis.stored) {
      parts.push(this.forgotten ? 'Forgotten: it will not be saved again on this visit unless you add it.' : 'Not saved: add it from the popup to compare it with other sources.');
    }
    return parts.join(' ');
  }

  /** Names placed inside a claim, once each, in reading order. */
  private namesIn(claim: Placed): ClaimName[] {
    const text = this.article?.page.text ?? '';
    const seen = new Map<string, ClaimName>();
    for (const item of this.placed) {
      const { highlight } = item;
      if (highlight.kind !== 'entity' || highlight.start < claim.highlight.start || highlight.end > claim.highlight.end) continue;
      if (!seen.has(highlight.id)) seen.set(highlight.id, { id: highlight.id, name: text.slice(highlight.start, highlight.end), type: highlight.entityType });
    }
    return [...seen.values()];
  }

  private openCard(item: Placed): void {
    const { highlight } = item;
    const article = this.article;
    const analysis = this.analysis;
    if (!article || !analysis) return;
    const text = article.page.text.slice(highlight.start, highlight.end);
    const anchor = item.ranges[0]!;
    const { transport } = this.deps;
    const options = { scheme: this.dark ? ('dark' as const) : ('light' as const) };
    const openEntity = (entity: Pick<EntityHighlight, 'id' | 'entityType'>, name: string) => {
      const load = () => request(transport, { type: 'card.entity', entityId: entity.id, sourceId: analysis.sourceId });
      this.cards.open(anchor, (close) => h(EntityCard, { name, type: entity.entityType, load, onClose: close }), options);
    };
    if (highlight.kind === 'claim') {
      const load = () => request(transport, { type: 'card.claim', claimId: highlight.id });
      const names = this.namesIn(item);
      const onOpenName = (name: ClaimName) => openEntity({ id: name.id, entityType: name.type }, name.name);
      this.cards.open(anchor, (close) => h(ClaimCard, { quote: text, load, onClose: close, names, onOpenName }), options);
    } else {
      openEntity(highlight, text);
    }
  }

  private readonly onClick = (event: MouseEvent) => {
    if (!this.hitIndex || this.hidden || event.button !== 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    // Nothing is painted without the Highlight API: a click on plain text must not open a card.
    if (!this.painter?.supported) return;
    const host = this.cards.element;
    if (host && event.composedPath().includes(host)) return;
    const target = event.target as Element | null;
    // Links, buttons and fields keep working as the page meant them to.
    if (target && typeof target.closest === 'function' && target.closest(INTERACTIVE)) return;
    // A click that ends a text selection is the reader selecting, not asking for a card.
    const selection = this.deps.doc.getSelection();
    if (selection && !selection.isCollapsed) return;
    const item = preferredHit(hitTest(this.deps.doc, this.hitIndex, event.clientX, event.clientY));
    if (item) this.openCard(item);
  };

  /**
   * Alt+Shift+N / Alt+Shift+P: next / previous claim that other sources report (the names when
   * none is), scrolled into view with its card open. Without the Highlight API the claim is also
   * selected, so the reader sees which text the card is about.
   */
  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    if (event.code !== 'KeyN' && event.code !== 'KeyP') return;
    const target = event.target as Element | null;
    if (target && typeof target.closest === 'function' && target.closest(EDITABLE)) return;
    if (this.hidden) return;
    // What the reader chose not to see painted is not stepped through either.
    const list = keyboardTargets(this.placed.filter((item) => item.style !== null));
    if (list.length === 0) return;
    event.preventDefault();
    event.stopPropagation();
    this.keyboardCursor = nextIndex(this.keyboardCursor, list.length, event.code === 'KeyN' ? 1 : -1);
    const item = list[this.keyboardCursor]!;
    item.ranges[0]!.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    if (!this.painter?.supported) {
      const selection = this.deps.doc.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(item.ranges[0]!.cloneRange());
    }
    this.openCard(item);
  };

  /** A new address: the old page's highlights and card no longer apply. */
  private onNavigate(): void {
    this.generation++;
    this.running = false;
    this.forgotten = false;
    this.staleReadings = 0;
    this.clear();
    this.setStatus('loading', 'Reading the new page…');
  }

  /** After the page changed: analyse again if the article did, re-place highlights if only the DOM did. */
  private async recheck(): Promise<void> {
    if (this.disabled) return;
    if (this.running) {
      this.changes.again();
      return;
    }
    const url = this.deps.location();
    const generation = this.generation;
    this.running = true;
    let article: ExtractedArticle | null;
    try {
      article = await this.extract(url, generation);
    } finally {
      if (generation === this.generation) this.running = false;
    }
    // The page navigated or was re-run while it was being read: that run decides.
    if (generation !== this.generation) return;
    const text = article?.page.text ?? null;
    const sameText = text === (this.article?.page.text ?? null);
    const newAddress = pageAddress(url) !== pageAddress(this.analysedUrl);
    // A single-page app changes the address before it renders the new article.
    if (newAddress && sameText && text !== null && this.staleReadings < MAX_STALE_READINGS) {
      this.staleReadings++;
      this.changes.again(NAVIGATION_SETTLE_MS * 2 ** this.staleReadings);
      return;
    }
    this.changes.checked(sameText && !newAddress);
    if (newAddress || !sameText) {
      await this.run(false, article);
      return;
    }
    const broken = this.placed.some((p) => p.ranges.some((range) => range.collapsed || !range.startContainer.isConnected));
    if (broken && this.article && this.analysis) {
      const generation = ++this.generation;
      this.cards.close({ restoreFocus: false });
      this.running = true;
      try {
        const { article, analysis } = this;
        const placement = await this.prepare(article, generation);
        if (placement) await this.paint(article, placement, analysis, generation);
      } finally {
        if (generation === this.generation) this.running = false;
      }
    }
  }
}
