/**
 * Highlighting on every saved real page in headless Chromium: the product's anchoring and
 * Highlight API painter with the highlights the real engine gives the page's article, against
 * mark.js `markRegExp` with one combined pattern of the same texts. Each run is on a fresh load.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import type { Highlight } from '../lib/messages';
import { ingestDocument } from '../lib/store/ingest';
import { MemoryClaimStore } from '../lib/store/memory-store';
import { pageAnalysisView } from '../lib/views/page-analysis';
import { blockRemote } from './browser';
import { bundle } from './bundle';
import type { HighlightBenchApi, HighlightRun } from './page/highlight-page';
import type { BenchServer } from './server';
import { median, p95 } from './stats';
import type { BenchPage } from './texts';
import { documentInput } from './store';

const RUNS_PER_PAGE = 3;

export interface HighlightFigures {
  oursP95: number;
  prepareP95: number;
  /** Prepare and paint together: what is compared with mark.js, which has no work to do ahead. */
  totalP95: number;
  markjsP95: number;
  oursMedian: number;
  markjsMedian: number;
  layoutShiftPx: number;
  markjsShiftPx: number;
  samples: number;
  perPage: { page: string; prepareMs: number; highlights: number; placed: number; missed: number; oursMs: number; markjsMs: number; markjsMarks: number }[];
}

async function highlightsOf(page: BenchPage): Promise<Highlight[]> {
  const store = new MemoryClaimStore();
  const analysed = await ingestDocument(store, documentInput(page), { persist: false });
  return pageAnalysisView(analysed, false).highlights;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One alternation of every highlighted text, longest first, any run of spaces matching any other. */
export function combinedPattern(text: string, highlights: Highlight[]): string {
  const texts = [...new Set(highlights.map((h) => text.slice(h.start, h.end).trim()).filter(Boolean))];
  return texts.sort((a, b) => b.length - a.length).map((t) => escape(t).replace(/\s+/g, '\\s+')).join('|');
}

type Method = keyof HighlightBenchApi;

async function run<M extends Method>(page: Page, url: string, scripts: string[], method: M, args: Parameters<HighlightBenchApi[M]>): Promise<HighlightRun> {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  for (const content of scripts) await page.addScriptTag({ content });
  return page.evaluate(
    ([m, a]) => {
      const api = (window as unknown as { crosslightHighlightBench: Record<string, (...x: unknown[]) => HighlightRun | Promise<HighlightRun>> }).crosslightHighlightBench;
      return api[m]!(...(a as unknown[]));
    },
    [method, args] as const,
  );
}

export async function measureHighlighting(browser: Browser, server: BenchServer, pages: BenchPage[], log: (m: string) => void): Promise<HighlightFigures> {
  const script = await bundle('page/highlight-page.ts');
  const markjs = readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  await blockRemote(context);
  const ours: number[] = [];
  const prepared: number[] = [];
  const totals: number[] = [];
  const theirs: number[] = [];
  let shiftPx = 0;
  let markjsShiftPx = 0;
  const perPage: HighlightFigures['perPage'] = [];
  try {
    for (const p of pages) {
      const highlights = await highlightsOf(p);
      const pattern = combinedPattern(p.text, highlights);
      server.set(`/pages/${p.page}/`, { type: 'text/html; charset=utf-8', body: p.html });
      const url = `${server.origin}/pages/${p.page}/`;
      log(`highlighting ${p.page} (${highlights.length} highlights)…`);
      const tab = await context.newPage();
      const mine: HighlightRun[] = [];
      const peer: HighlightRun[] = [];
      for (let i = 0; i < RUNS_PER_PAGE; i++) {
        mine.push(await run(tab, url, [script], 'ours', [p.article, highlights]));
        if (pattern) peer.push(await run(tab, url, [markjs, script], 'markjs', [pattern]));
      }
      await tab.close();
      ours.push(...mine.map((r) => r.ms));
      prepared.push(...mine.map((r) => r.prepareMs ?? 0));
      totals.push(...mine.map((r) => r.ms + (r.prepareMs ?? 0)));
      theirs.push(...peer.map((r) => r.ms));
      shiftPx = Math.max(shiftPx, ...mine.map((r) => r.shiftPx));
      markjsShiftPx = Math.max(markjsShiftPx, ...peer.map((r) => r.shiftPx));
      perPage.push({
        page: p.page,
        prepareMs: median(mine.map((r) => r.prepareMs ?? 0)),
        highlights: highlights.length,
        placed: mine[0]!.placed,
        missed: mine[0]!.missed,
        oursMs: median(mine.map((r) => r.ms)),
        markjsMs: peer.length ? median(peer.map((r) => r.ms)) : 0,
        markjsMarks: peer[0]?.placed ?? 0,
      });
    }
  } finally {
    await context.close();
  }
  return {
    oursP95: p95(ours),
    prepareP95: p95(prepared),
    totalP95: p95(totals),
    markjsP95: p95(theirs),
    oursMedian: median(ours),
    markjsMedian: median(theirs),
    layoutShiftPx: shiftPx,
    markjsShiftPx,
    samples: ours.length,
    perPage,
  };
}
