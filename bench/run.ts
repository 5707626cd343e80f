/**
 * `npm run bench`: every benchmark in one run. Prints a table, then the figures as one JSON object
 * on the last line. Real texts, real pages, real IndexedDB in headless Chromium; peers measured in
 * the same run.
 *
 * `npm run bench -- --only store,manager` runs some parts only (engine, highlight, store,
 * extension, manager, session): on a busy machine, a part measured again on its own.
 */
import { launchBrowser } from './browser';
import { measureEngine } from './engine';
import { measureMemoryStore } from './engine-memory';
import { buildExtension } from './build';
import { contentScriptKbGz, measureExtension, pageScriptsKbGz } from './extension';
import { measureHighlighting } from './highlight';
import { Report } from './report';
import { startBenchServer } from './server';
import { median, p95, round } from './stats';
import type { GeneratedStore } from './generate-store';
import { searchQueries } from './manager';
import { measureReadingSession } from './session';
import type { BenchServer } from './server';
import { documentInput, measureStore } from './store';
import { EXPORT_CHUNK } from '../lib/store/export';
import { loadStore } from './store-data';
import { corpusPages, corpusTexts, pageTexts, type BenchPage, type BenchText } from './texts';

const ISSUE_4 = 'issue 4';
const ISSUE_5 = 'issue 5';
const ISSUE_6 = 'issue 6';
const ISSUE_7 = 'issue 7';
const EXTENSION_FIGURES: [string, string][] = [
  ['content_script_kb_gz', 'content script, gzipped'],
  ['ready_ms_p95', 'page ready to highlights painted'],
  ['ready_cold_ms_p95', 'page ready to highlights, worker stopped before'],
  ['popup_ms_p95', 'popup opened to page state shown'],
];
const MANAGER_FIGURES: [string, string][] = [
  ['manager_list_ms', 'manager claims list opened'],
  ['manager_search_ms_p95', 'manager search to first results painted'],
];
const STORE = { seed: 20170707, claims: 100_000, sources: 3_000, entities: 4_000 };
/** The article matched against the store: the corpus text nearest to 1,000 words. */
const nearest1k = (texts: BenchText[]) => [...texts].sort((a, b) => Math.abs(a.words - 1000) - Math.abs(b.words - 1000))[0]!;

const PARTS = ['engine', 'highlight', 'store', 'extension', 'manager', 'session'] as const;
/** Pages read in one profile for the long-session figure. */
const SESSION_PAGES = 300;
type Part = (typeof PARTS)[number];

function partsToRun(argv: string[]): Set<Part> {
  const at = argv.indexOf('--only');
  if (at < 0) return new Set(PARTS);
  const asked = (argv[at + 1] ?? '').split(',').filter(Boolean);
  const unknown = asked.filter((p) => !(PARTS as readonly string[]).includes(p));
  if (!asked.length || unknown.length) throw new Error(`--only takes a comma-separated list of ${PARTS.join(', ')}${unknown.length ? `; not known: ${unknown.join(', ')}` : ''}.`);
  return new Set(asked as Part[]);
}

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

async function main(): Promise<void> {
  const parts = partsToRun(process.argv.slice(2));
  const report = new Report();
  const corpus = corpusTexts();
  const { pages, refused } = pageTexts();
  if (refused.length) report.detail('pages the extractor refused', refused.join(', '));

  if (parts.has('engine')) measureAnalysis(report, [...corpus, ...pages]);

  const texts = [...corpus, ...pages];
  // The matched article is new to the store: no generated sentence is built from it.
  const matched = nearest1k(corpus);
  const needsStore = parts.has('engine') || parts.has('store') || parts.has('extension') || parts.has('manager');
  const store = needsStore ? generatedStore(report, texts.filter((t) => t !== matched)) : null;
  if (store && parts.has('engine')) await measureCommandLineStore(report, store, matched);

  // The saved real pages and the corpus served as simple article pages, as the extension meets them.
  const shownPages = [...pages, ...corpusPages()];
  const server = await startBenchServer();
  try {
    if (parts.has('highlight')) await measureHighlightingPart(report, server, shownPages);
    if (store && parts.has('store')) await measureStorePart(report, server, store, texts, matched);
    if (store && (parts.has('extension') || parts.has('manager'))) await measureExtensionPart(report, server, store, shownPages, parts);
  } finally {
    await server.close();
  }

  if (parts.has('session')) await measureSession(report);

  process.stdout.write(`${report.render()}\n`);
  process.stdout.write(`${JSON.stringify(report.json())}\n`);
}

async function measureSession(report: Report): Promise<void> {
  log(`a long reading session: ${SESSION_PAGES} pages in one profile…`);
  try {
    const r = await measureReadingSession({ pages: SESSION_PAGES, onPage: (done, total) => done % 50 === 0 && log(`session: ${done}/${total} pages`) });
    const restarts = r.workerRestarts ? `; the service worker restarted ${r.workerRestarts} times, which resets its heap` : '';
    report.add({ key: 'session_heap_growth_mb', label: 'long-session heap growth', unit: 'MB', value: r.heapGrowthMb, budget: { max: 20, source: ISSUE_7 }, note: `background heap after GC, ${r.pages} pages read (${round(r.msPerPage)} ms each), ${round(r.heapBeforeMb)} → ${round(r.heapAfterMb)} MB; store ${round(r.storeBeforeMb)} → ${round(r.storeAfterMb)} MB${restarts}${r.errors.length ? `; errors: ${r.errors.slice(0, 3).join('; ')}` : ''}` });
  } catch (error) {
    report.miss('session_heap_growth_mb', 'long-session heap growth', `the session run failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function measureAnalysis(report: Report, texts: BenchText[]): void {
  log('analysis speed (engine and peer, Node)…');
  const engine = measureEngine(texts);
  report.add({
    key: 'analysis_ms_per_1k_words',
    label: 'analysis per 1,000 words',
    unit: 'ms',
    value: engine.analysisMsPer1kWords,
    budget: { max: 10, source: ISSUE_4 },
    note: `median of ${engine.perText.length} texts, each warmed up on itself`,
  });
  report.add({
    key: 'analysis_first_ms_per_1k_words',
    label: 'analysis per 1,000 words, first reading',
    unit: 'ms',
    value: engine.firstReadingMsPer1kWords,
    note: 'median of the same texts read once each, in turn, without the names and stems remembered from reading them before',
  });
  report.add({
    key: 'peer_ms_per_1k_words',
    label: 'compromise per 1,000 words',
    unit: 'ms',
    value: engine.peerMsPer1kWords,
    note: `compromise parse + people/places/organizations/numbers; engine is ${round(engine.peerMsPer1kWords / engine.analysisMsPer1kWords, 1)}× faster`,
  });
  report.detail(
    'analysis per text (engine / compromise, ms per 1,000 words)',
    engine.perText.map((t) => `${t.name} ${round(t.engineMs)}/${round(t.peerMs)}`).join(', '),
  );
}

function generatedStore(report: Report, templates: BenchText[]): GeneratedStore {
  log('generated store (cached between runs)…');
  const generated = loadStore({ ...STORE, templates });
  const { store } = generated;
  report.detail(
    'generated store',
    `${store.claims.length} claims, ${store.sources.length} sources, ${store.entities.length} entities, ${store.mentions.length} mentions, seed ${STORE.seed}; ${generated.cached ? 'read from cache' : 'generated'} in ${round(generated.ms / 1000)} s`,
  );
  return store;
}

async function measureCommandLineStore(report: Report, store: GeneratedStore, matched: BenchText): Promise<void> {
  log('the command line\'s in-memory store at 100,000 claims (Node)…');
  const memory = await measureMemoryStore(store, documentInput(matched));
  report.add({ key: 'cli_store_heap_mb_100k', label: 'in-memory store heap (command line)', unit: 'MB', value: memory.heapMb, budget: { max: 150, source: ISSUE_4 }, note: `records and inverted indexes after GC, ${memory.claims} claims, loaded in ${round(memory.loadMs / 1000)} s` });
  report.add({ key: 'cli_match_ms_100k', label: 'match in the in-memory store', unit: 'ms', value: memory.matchMs, note: `median of 5, analysis included; ${memory.matches} matches; add ${round(memory.addMs)} ms` });
}

async function measureHighlightingPart(report: Report, server: BenchServer, shownPages: BenchPage[]): Promise<void> {
  const browser = await launchBrowser();
  try {
    log('highlighting on the real pages (Chromium)…');
    const h = await measureHighlighting(browser, server, shownPages, log);
    const samples = `p95 of ${h.samples} fresh loads over ${shownPages.length} pages`;
    report.add({ key: 'highlight_ms_p95', label: 'place and paint highlights', unit: 'ms', value: h.oursP95, budget: { max: 16, source: ISSUE_5 }, note: `${samples}; median ${round(h.oursMedian)} ms; ranges + Highlight API + forced layout, once the analysis arrives` });
    report.add({ key: 'highlight_total_ms_p95', label: 'prepare and paint together', unit: 'ms', value: h.totalP95, note: `${samples}; what mark.js is compared with` });
    report.add({ key: 'highlight_prepare_ms_p95', label: 'match the article to the page, ready the painter', unit: 'ms', value: h.prepareP95, note: `${samples}; done while the background analyses; includes the page restyle the painter's sheet causes` });
    report.add({ key: 'markjs_ms_p95', label: 'mark.js markRegExp, same texts', unit: 'ms', value: h.markjsP95, budget: { above: { value: h.totalP95, name: 'highlight_total_ms_p95' }, source: ISSUE_5 }, note: `${samples}; median ${round(h.markjsMedian)} ms; one combined pattern, acrossElements, forced layout` });
    report.add({ key: 'layout_shift', label: 'layout change from highlighting', unit: 'px', value: h.layoutShiftPx, budget: { equals: 0, source: ISSUE_5 }, note: `sum of every element box's change, worst page; mark.js moves ${round(h.markjsShiftPx)} px` });
    report.detail(
      'highlighting per page (highlights placed/total, ours prepare+paint ms, mark.js ms)',
      h.perPage.map((p) => `${p.page} ${p.placed}/${p.highlights} ${round(p.prepareMs)}+${round(p.oursMs)}/${round(p.markjsMs)}`).join(', '),
    );
  } finally {
    await browser.close();
  }
}

async function measureStorePart(report: Report, server: BenchServer, store: GeneratedStore, texts: BenchText[], matched: BenchText): Promise<void> {
  const s = await measureStore(server, store, texts, matched, log);
  const at = `${Math.round(s.claims / 1000)}k claims, ${s.matchedName} (${s.matched.claims} claims, ${s.matched.matches} matches, ${s.matched.conflicts} conflicts)`;
  report.add({ key: 'match_ms_warm_100k', label: 'match, warm', unit: 'ms', value: s.matchWarmMs, budget: { max: 30, source: ISSUE_4 }, note: `median of ${s.warmSamples} runs; ${at}` });
  report.add({ key: 'match_ms_cold_100k', label: 'match, fresh database', unit: 'ms', value: s.matchColdMs, budget: { max: 150, source: ISSUE_4 }, note: `median of ${s.coldSamples.length} browser restarts (${s.coldSamples.map((x) => round(x)).join(', ')} ms)` });
  report.add({ key: 'idb_empty_open_ms', label: 'IndexedDB itself, an empty database opened cold', unit: 'ms', value: s.emptyOpenMs, note: `the floor under any cold match on this machine: a new, empty database of the same origin opened right after a browser start on the store's profile, median of ${s.emptyOpenSamples.length} restarts (${s.emptyOpenSamples.map((x) => round(x)).join(', ')} ms); the browser opens the origin's storage before any database` });
  report.add({ key: 'store_add_ms', label: 'add an article', unit: 'ms', value: s.addMs, note: `median of ${s.addSamples} real articles added to the 100k store; analysis excluded (see analysis_ms_per_1k_words)` });
  report.add({ key: 'heap_mb_100k', label: 'heap held for the store', unit: 'MB', value: s.heapHeldMb, budget: { max: 150, source: ISSUE_4 }, note: `JS heap after GC, after the cold and warm matches minus before opening the database; whole page heap ${round(s.heapTotalMb)} MB` });
  report.add({ key: 'import_claims_per_s', label: 'import of a store file', unit: 'claims/s', value: s.importClaimsPerS, budget: { min: 20_000, source: ISSUE_6 }, note: `the product's import of a ${Math.round(s.claims / 1000)}k-claim file from a Blob, read and checked in ${round(s.importReadMs / 1000)} s, all ${round(s.importMs / 1000)} s` });
  report.add({ key: 'idb_bare_puts_per_s', label: 'IndexedDB itself, claims put', unit: 'records/s', value: s.bareIdbPutsPerS, note: `the floor under any import on this machine: ${Math.round(s.claims / 1000)}k copies of real claims put in one transaction into a bare table with one index, no Dexie, no other table; the import writes each claim with its word and key rows, and the file's mentions and sources besides` });
  report.add({ key: 'import_peak_heap_mb', label: 'import peak heap', unit: 'MB', value: s.importPeakHeapMb, budget: { max: 200, source: ISSUE_6 }, note: `the page's JS heap sampled every 50 ms during that import` });
  report.add({ key: 'export_claims_per_s', label: 'export of the store', unit: 'claims/s', value: s.exportClaimsPerS, budget: { min: 20_000, source: ISSUE_6 }, note: `the manager's streamed export into a file, ${round(s.exportMb)} MB` });
  report.add({ key: 'idb_bare_reads_claims_per_s', label: 'IndexedDB itself, the records an export reads', unit: 'claims/s', value: s.bareIdbReadsClaimsPerS, note: `the floor under any export on this machine: every record of the exported tables read in key order, ${EXPORT_CHUNK} a request, through IndexedDB itself, nothing done with them, right after the export` });
}

async function measureExtensionPart(report: Report, server: BenchServer, store: GeneratedStore, shownPages: BenchPage[], parts: Set<Part>): Promise<void> {
  const reading = parts.has('extension');
  const figures: [string, string][] = [...(reading ? EXTENSION_FIGURES : []), ...(parts.has('manager') ? MANAGER_FIGURES : [])];
  log('building the extension…');
  const built = buildExtension();
  if (!built.ok) {
    for (const [key, label] of figures) report.miss(key, label, `the extension did not build: ${built.error}`);
    return;
  }
  if (reading) {
    const size = contentScriptKbGz();
    report.add({ key: 'content_script_kb_gz', label: 'content script, gzipped', unit: 'KB', value: size.kb, budget: { max: 60, source: ISSUE_5 }, note: size.files.join(', ') });
  }
  if (parts.has('manager')) {
    const size = pageScriptsKbGz('manager.html');
    report.add({ key: 'manager_kb_gz', label: 'manager scripts loaded on opening, gzipped', unit: 'KB', value: size.kb, note: `${size.files.join(', ')}; import and the key upgrades load when used` });
  }
  try {
    const x = await measureExtension(server, store, shownPages, { reading, manager: parts.has('manager') ? searchQueries(store) : null }, log);
    if (reading) {
      const unpainted = x.unpainted.length ? `; no highlights within 30 s on ${x.unpainted.join(', ')}` : '';
      report.add({ key: 'ready_ms_p95', label: 'page ready to highlights painted', unit: 'ms', value: x.readyP95, budget: { max: 200, source: ISSUE_5 }, note: `p95 of ${x.readySamples} loads, from document_idle (the load event's end, or DOMContentLoaded + 200 ms if sooner), ${x.storedClaims} claims stored${unpainted}` });
      report.add({ key: 'ready_cold_ms_p95', label: 'page ready to highlights, worker stopped before', unit: 'ms', value: x.readyColdP95, note: `p95 of ${x.readyColdSamples.length} loads (${x.readyColdSamples.map((ms) => round(ms)).join(', ')} ms), each after the service worker was stopped (as the browser stops it after 30 idle seconds), ${x.storedClaims} claims stored` });
      report.add({ key: 'popup_ms_p95', label: 'popup opened to page state shown', unit: 'ms', value: x.popupP95, budget: { max: 100, source: ISSUE_5 }, note: `p95 of ${x.popupSamples} openings of popup.html?tab=ID, from navigation start to the page's state and what other sources say shown, pages saved` });
      report.add({ key: 'popup_parsed_ms_p95', label: 'popup opened to its HTML parsed', unit: 'ms', value: x.popupParsedP95, note: `the same openings, from navigation start to the popup's document parsed (domInteractive), before any of its scripts runs: the browser's own share of popup_ms_p95` });
    }
    if (x.manager) {
      const m = x.manager;
      report.add({ key: 'manager_list_ms', label: 'manager claims list opened', unit: 'ms', value: median(m.listMs), budget: { max: 150, source: ISSUE_6 }, note: `median of ${m.listMs.length} openings of manager.html#claims, navigation start to first rows painted (${m.listMs.map((v) => round(v)).join(', ')} ms), ${x.storedClaims} claims` });
      report.add({ key: 'manager_parsed_ms', label: 'manager opened to its HTML parsed', unit: 'ms', value: median(m.listParsedMs), note: `the same openings, from navigation start to the manager's document parsed (domInteractive), before any of its scripts runs: the browser's own share of manager_list_ms (${m.listParsedMs.map((v) => round(v)).join(', ')} ms)` });
      report.add({ key: 'manager_search_ms_p95', label: 'manager search to first results painted', unit: 'ms', value: p95(m.searchMs), budget: { max: 50, source: ISSUE_6 }, note: `p95 of ${m.searchMs.length} searches (median ${round(median(m.searchMs))} ms), request sent to first rows painted, typing pause excluded; queries ${m.queries.map((q) => JSON.stringify(q)).join(', ')}` });
    }
  } catch (error) {
    const why = `the extension run failed: ${error instanceof Error ? error.message : String(error)}`;
    for (const [key, label] of figures.filter(([key]) => key !== 'content_script_kb_gz')) report.miss(key, label, why);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
