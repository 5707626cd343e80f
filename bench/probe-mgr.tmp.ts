import { existsSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { launchChromium } from '../scripts/harness/chromium';
import { bundle } from './bundle';
import type { StoreBenchApi } from './page/store-page';
import { startBenchServer } from './server';
import { serveStoreFile } from './store';
import { loadStore } from './store-data';
import { corpusTexts, pageTexts } from './texts';
const EXTENSION_DB = 'crosslight';

const PROFILE = '/tmp/mgr-profile';
const nearest1k = (texts: any[]) => [...texts].sort((a, b) => Math.abs(a.words - 1000) - Math.abs(b.words - 1000))[0]!;

const WATCH = `(() => {
  const log = []; window.__log = log;
  const t = () => performance.now().toFixed(1);
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...a) { log.push(t() + ' open ' + a[0]); const r = open.apply(this, a); r.addEventListener('success', () => log.push(t() + ' opened')); r.addEventListener('upgradeneeded', () => log.push(t() + ' upgradeneeded')); return r; };
  const tr = IDBDatabase.prototype.transaction;
  let n = 0;
  IDBDatabase.prototype.transaction = function (...a) { const id = ++n; const names = [].concat(a[0]).join(','); log.push(t() + ' tx' + id + ' ' + names + ' ' + (a[1]||'r')); const x = tr.apply(this, a); x.addEventListener('complete', () => log.push(t() + ' tx' + id + ' done')); return x; };
  document.addEventListener('DOMContentLoaded', () => log.push(t() + ' DOMContentLoaded'));
  new MutationObserver(() => { if (!window.__shown && document.querySelector('[data-testid="manager-claim-row"][data-claim-id]')) { window.__shown = 1; log.push(t() + ' rows shown'); } }).observe(document, { subtree: true, childList: true, attributes: true });
})();`;
async function main() {
  const fresh = !existsSync(PROFILE);
  const session = await launchChromium({ headless: true, profileDir: PROFILE });
  const origin = `chrome-extension://${session.extensionId}`;
  const { context } = session;
  if (fresh) {
    const corpus = corpusTexts();
    const { pages } = pageTexts();
    const texts = [...corpus, ...pages];
    const matched = nearest1k(corpus);
    const { store } = loadStore({ seed: 20170707, claims: 100_000, sources: 3_000, entities: 4_000, templates: texts.filter((t) => t !== matched) });
    const server = await startBenchServer();
    const seeder = await context.newPage();
    await seeder.goto(`${origin}/manager.html`);
    await seeder.evaluate(await bundle('page/store-page.ts', { memoiseIngestAnalysis: true }));
    const seeded = await seeder.evaluate(([file, name]) => (window as any).crosslightBench.importFile(file, name), [serveStoreFile(server, store), EXTENSION_DB] as const);
    console.log('seeded', seeded.problems.length);
    await seeder.close();
    await server.close();
  }
  const mode = process.argv[2] ?? 'list';
  for (let i = 0; i < Number(process.env.N ?? 3); i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    if (process.env.PROF) await cdp.send('Profiler.start');
    await page.addInitScript({ content: WATCH });
    await page.goto(`${origin}/manager.html#claims`);
    await page.waitForSelector('[data-testid="manager-claim-row"][data-claim-id]');
    if (mode === 'list') console.log((await page.evaluate(() => (window as any).__log)).join('\n'));
    console.log(await page.evaluate(() => JSON.stringify([performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource').map((e: any) => ({ n: e.name.split('/').pop(), s: e.startTime.toFixed(1), fe: e.fetchStart.toFixed(1), re: e.responseEnd.toFixed(1) }))], null, 0)));
    const t = await page.evaluate(() => performance.now());
    if (mode === 'raw') for (const q of (process.argv[3] ?? 'said').split(',')) console.log(q, JSON.stringify(await page.evaluate(`${RAW}(${JSON.stringify(q)})`)));
    if (mode === 'search') {
      for (const q of (process.argv[3] ?? 'said').split(',')) {
        const prev = await page.locator('[data-testid="manager-claim-total"]').textContent();
        const t0 = await page.evaluate(() => { (window as any).__log.length = 0; return performance.now(); });
        await page.fill('[data-testid="manager-search"]', q);
        await page.waitForFunction((prev) => { const t = document.querySelector('[data-testid="manager-claim-total"]')?.textContent ?? ''; return t !== prev && t.includes('ms'); }, prev);
        const total = await page.locator('[data-testid="manager-claim-total"]').textContent();
        console.log(q, total, '\n' + (await page.evaluate(() => (window as any).__log)).map((l: string) => l.replace(/^([0-9.]+)/, (m) => (Number(m) - t0).toFixed(1))).join('\n'));
        await page.fill('[data-testid="manager-search"]', '');
        await page.waitForTimeout(600);
      }
    }
    const { profile } = process.env.PROF ? await cdp.send('Profiler.stop') : { profile: {} };
    writeFileSync(`/tmp/mgr-${mode}-${i}.cpuprofile`, JSON.stringify(profile));
    console.log('list shown at', t.toFixed(1));
    await page.close();
  }
  await session.close();
}
main().catch((e) => { console.error(e); process.exit(1); });
export const RAW = `(async (term) => {
  const db = await new Promise((ok, fail) => { const r = indexedDB.open('crosslight'); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
  const out = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const rows = await new Promise((ok, fail) => { const r = db.transaction('claimWords').objectStore('claimWords').getAll(IDBKeyRange.bound([term, ''], [term, '\\uffff'])); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
    const t1 = performance.now();
    const ids = rows.flatMap((r) => r.ids);
    const sorted = ids.slice().sort();
    const t2 = performance.now();
    out.push({ rows: rows.length, ids: ids.length, readMs: (t1 - t0).toFixed(1), sortMs: (t2 - t1).toFixed(1), sizes: rows.map((r) => r.ids.length).slice(0, 10) });
  }
  db.close();
  return out;
})`;
