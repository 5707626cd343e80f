/**
 * The store manager in Chromium, as a reader uses it on a store of 10,000 claims: import a file,
 * search, merge two entities, delete an article and undo, refuse broken files, export, bring the
 * export into a browser profile of its own, and add articles from files. Everything is done
 * through the page (clicks, typing, file pickers, the download) and checked against the
 * extension's IndexedDB.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBKeyRange } from 'fake-indexeddb';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DB_NAME, openCrosslightDb, SCHEMA_V1 } from '../../../lib/store/db';
import { indexWords, queryWords } from '../../../lib/store/text-index';
import { formatCount, formatNumber } from '../../../lib/ui/format';
import { launchChromium, type ChromiumSession } from '../../../scripts/harness/chromium';
import { storedCounts } from '../../../scripts/harness/probes';
import { assertValidStoreFile, fieldNames, otherCopiesOfFirstSources, generatedRecords, storeFileText, type StoreFileRecords } from './store-file';
import { versionOneDatabase, versionOneFixture } from '../../unit/store/version-one-database';
import { startProgressSampling, stopProgressSampling, storedClaimKeys, storeDigest, writeVersionOneDatabase, type StoreDigest } from './store-probes';

const CLAIMS = 10_000;
const RECORD_TABLES = ['sources', 'entities', 'claims', 'mentions', 'matches', 'blockedKeys'] as const;
/** Writing 10,000 claims with their indexes on a busy two-core machine. */
const IMPORT_TIMEOUT_MS = 60_000;

/** Four articles analysed and stored in the background of a busy two-core machine. */
const ADD_TIMEOUT_MS = 60_000;
/** A real news page as saved from the browser. */
const SAVED_PAGE = join(__dirname, '../../fixtures/pages/seattletimes-1/source.html');

/** Web assertions, polled: the page answers after its own requests to the background. */
const POLL = { timeout: 20_000, interval: 100 };
const textOf = (locator: Locator) => locator.allTextContents().then((texts) => texts.join(' ').replace(/\s+/g, ' ').trim());

type Counts = Record<(typeof RECORD_TABLES)[number], number>;

interface ManagerBrowser {
  session: ChromiumSession;
  errors: string[];
  open(tab: string): Promise<Page>;
}

async function startManagerBrowser(): Promise<ManagerBrowser> {
  const session = await launchChromium({ headless: true });
  const origin = `chrome-extension://${session.extensionId}`;
  const errors: string[] = [];
  session.context.on('weberror', (error) => errors.push(`uncaught: ${error.error().stack ?? error.error().message}`));
  session.context.on('console', (message) => {
    if (message.type() === 'error' && (message.page()?.url() ?? message.location().url).startsWith(origin)) errors.push(`console: ${message.text()}`);
  });
  let page: Page | null = null;
  return {
    session,
    errors,
    // One manager page, opened afresh at a section: every flow starts from what a reader would see.
    async open(tab) {
      page ??= await session.context.newPage();
      // Leaving first makes even a visit to the same address a fresh load, not a jump to an anchor.
      await page.goto('about:blank');
      await page.goto(`${origin}/manager.html#${tab}`);
      return page;
    },
  };
}

async function recordCounts(page: Page): Promise<Counts> {
  const counts = (await page.evaluate(storedCounts, DEFAULT_DB_NAME)) ?? {};
  return Object.fromEntries(RECORD_TABLES.map((table) => [table, counts[table] ?? 0])) as Counts;
}

const countsOf = (records: StoreFileRecords): Counts => Object.fromEntries(RECORD_TABLES.map((table) => [table, records[table].length])) as Counts;

/** Records that differ between two digests, by table and key: empty when the stores are equal. */
function differences(expected: StoreDigest, actual: StoreDigest): string[] {
  const found: string[] = [];
  for (const table of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    const want = new Map(expected[table] ?? []);
    const got = new Map(actual[table] ?? []);
    for (const [key, hash] of want) if (got.get(key) !== hash) found.push(`${table}/${key}: ${got.has(key) ? 'differs' : 'missing'}`);
    for (const key of got.keys()) if (!want.has(key)) found.push(`${table}/${key}: not expected`);
  }
  return found.slice(0, 20);
}

/** Picks a file in the import section and waits for its outcome: a summary or a list of problems. */
async function importThroughPage(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.getByTestId('manager-import-input').setInputFiles(file);
  await page.getByTestId('manager-import-summary').or(page.getByTestId('manager-import-problems')).waitFor({ timeout: IMPORT_TIMEOUT_MS });
}

/** Most results a search case may have: all of them fit on screen in the virtualised list. */
const MOST_RESULTS = 5;

type Entity = StoreFileRecords['entities'][number];

/**
 * A claim and a query of its three rarest words, with every claim the manager must find for it:
 * the first claim from the middle of the store whose query finds no more than a screenful.
 */
function searchCase(records: StoreFileRecords): { claimId: string; text: string; query: string; expected: Set<string> } {
  const wordsOf = new Map(records.claims.map((c) => [c.id, indexWords(c.text)]));
  const frequency = new Map<string, number>();
  for (const words of wordsOf.values()) for (const w of words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  for (const claim of records.claims.slice(Math.floor(records.claims.length / 2))) {
    const own = wordsOf.get(claim.id)!;
    if (own.length < 4) continue;
    // Typed as a reader types: the last word may still be the start of longer ones.
    const query = [...own].sort((a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : 1)).slice(0, 3).join(' ');
    const { exact, prefix } = queryWords(query);
    const expected = new Set(
      records.claims
        .filter((c) => {
          const words = wordsOf.get(c.id)!;
          return exact.every((w) => words.includes(w)) && (prefix === null || words.some((w) => w.startsWith(prefix)));
        })
        .map((c) => c.id),
    );
    if (expected.size <= MOST_RESULTS) return { claimId: claim.id, text: claim.text, query, expected };
  }
  throw new Error('No claim of the generated store can be found by a query with few results.');
}

/** Two people, each the only entity of that name in the store, sharing no word of their names. */
function mergeCase(records: StoreFileRecords): { kept: Entity; merged: Entity } {
  const byName = new Map<string, number>();
  for (const e of records.entities) byName.set(e.name.toLowerCase(), (byName.get(e.name.toLowerCase()) ?? 0) + 1);
  const candidates = records.entities
    .filter((e) => e.type === 'person' && e.mentionCount >= 3 && e.mentionCount <= 60 && byName.get(e.name.toLowerCase()) === 1 && indexWords(e.name).length >= 2)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const kept = candidates[0];
  const merged = kept && candidates.find((e) => !indexWords(e.name).some((w) => indexWords(kept.name).includes(w)));
  if (!kept || !merged) throw new Error('The generated store has no two people to merge.');
  return { kept, merged };
}

describe('The store manager in Chromium', () => {
  let records: StoreFileRecords;
  let fields: string[];
  let workDir: string;
  let storeFile: string;
  let browser: ManagerBrowser;
  let exportedFile: string;
  let beforeExport: StoreDigest;

  beforeAll(async () => {
    records = generatedRecords({ seed: 61, claims: CLAIMS, sources: 300, entities: 800 });
    fields = fieldNames(records);
    const text = storeFileText(records);
    await assertValidStoreFile(text);
    workDir = await mkdtemp(join(tmpdir(), 'crosslight-manager-'));
    storeFile = join(workDir, 'generated-store.json');
    exportedFile = join(workDir, 'exported-store.json');
    await writeFile(storeFile, text);
    browser = await startManagerBrowser();
  });

  afterAll(async () => {
    await browser?.session.close();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it('imports a generated file of 10,000 claims, its progress bar moving through values in between', async () => {
    const page = await browser.open('transfer');
    await page.evaluate(startProgressSampling, undefined);
    await importThroughPage(page, storeFile);
    const samples = await page.evaluate(stopProgressSampling, undefined);

    await expect.poll(() => textOf(page.getByTestId('manager-import-summary')), POLL).toContain(formatCount(CLAIMS, 'claim'));
    expect(await recordCounts(page)).toEqual(countsOf(records));
    // Each phase (reading and checking the file, then writing it) is seen on its way, not only at its ends.
    const between = samples.filter((s) => s.total !== null && s.done > 0 && s.done < s.total);
    const phases = new Set(samples.map((s) => s.label));
    const seen = `painted progress: ${[...new Set(samples.map((s) => `${s.label} ${s.done}/${s.total}`))].join(', ')}`;
    expect(phases.size, seen).toBeGreaterThanOrEqual(2);
    for (const phase of phases) expect(new Set(between.filter((s) => s.label === phase).map((s) => s.done)).size, seen).toBeGreaterThanOrEqual(2);
  });

  it('finds a claim by words of its text as the reader types them, and no claim without them', async () => {
    const { claimId, text, query, expected } = searchCase(records);
    const page = await browser.open('claims');
    await page.getByTestId('manager-search').pressSequentially(query, { delay: 20 });

    const row = page.locator(`[data-testid="manager-claim-row"][data-claim-id="${claimId}"]`);
    await expect.poll(() => textOf(row), POLL).toContain(text.replace(/\s+/g, ' ').trim());
    await expect.poll(() => textOf(page.getByTestId('manager-claim-total')), POLL).toContain(formatCount(expected.size, 'claim'));
    const shown = await page.getByTestId('manager-claim-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-claim-id')));
    expect(new Set(shown)).toEqual(expected);
  });

  it('merges two entities into one that holds the mentions of both and answers to both names; the other is gone', async () => {
    const { kept, merged } = mergeCase(records);
    const page = await browser.open('entities');
    const search = page.getByTestId('manager-entity-search');
    const rowOf = (id: string) => page.locator(`[data-testid="manager-entity-row"][data-entity-id="${id}"]`);

    await search.fill(kept.name);
    await expect.poll(() => textOf(rowOf(kept.id)), POLL).toContain(formatNumber(kept.mentionCount));
    await rowOf(kept.id).click();
    const detail = page.getByTestId('manager-entity-detail');
    await expect.poll(() => textOf(detail), POLL).toContain(kept.name);
    await detail.getByRole('combobox').fill(merged.name);
    await detail.getByRole('option').filter({ has: page.getByText(merged.name, { exact: true }) }).click();
    await page.getByTestId('manager-entity-merge').click();
    await page.getByTestId('manager-entity-merge-confirm').click();
    await expect.poll(() => textOf(detail), POLL).toContain(`Merged “${merged.name}” into “${kept.name}”`);
    await expect.poll(() => textOf(rowOf(kept.id)), POLL).toContain(formatNumber(kept.mentionCount + merged.mentionCount));

    await search.fill(merged.name);
    await expect.poll(() => textOf(rowOf(kept.id)), POLL).toContain(formatNumber(kept.mentionCount + merged.mentionCount));
    await expect.poll(() => rowOf(merged.id).count(), POLL).toBe(0);
    const counts = await recordCounts(page);
    expect(counts.entities).toBe(records.entities.length - 1);
    expect(counts.mentions).toBe(records.mentions.length);
  });

  it('deletes a selected source and, on undo, puts back exactly what it removed', async () => {
    const page = await browser.open('sources');
    const before = await recordCounts(page);
    const digest = await page.evaluate(storeDigest, { name: DEFAULT_DB_NAME, fields });
    const first = page.getByTestId('manager-source-row').first();
    const sourceId = (await first.getAttribute('data-source-id'))!;
    const claimCount = records.claims.filter((c) => c.sourceId === sourceId).length;
    const mentionCount = records.mentions.filter((m) => m.sourceId === sourceId).length;
    const row = page.locator(`[data-testid="manager-source-row"][data-source-id="${sourceId}"]`);

    await row.getByRole('checkbox').check();
    await page.getByTestId('manager-delete-selected').click();
    await page.getByTestId('manager-delete-selected-confirm').click();
    await expect.poll(() => row.count(), POLL).toBe(0);
    await expect.poll(() => textOf(page.getByTestId('manager-snackbar')), POLL).toContain('Deleted 1 article');
    const deleted = await recordCounts(page);
    expect(deleted.sources).toBe(before.sources - 1);
    expect(deleted.claims).toBe(before.claims - claimCount);
    expect(deleted.mentions).toBe(before.mentions - mentionCount);

    await page.getByTestId('manager-undo').click();
    await expect.poll(() => textOf(page.getByTestId('manager-snackbar')), POLL).toContain('Restored 1 article');
    await expect.poll(() => row.count(), POLL).toBe(1);
    expect(await recordCounts(page)).toEqual(before);
    expect(differences(digest, await page.evaluate(storeDigest, { name: DEFAULT_DB_NAME, fields }))).toEqual([]);
  });

  it('refuses a file cut off in the middle of a claim, naming that claim, and leaves the store as it was', async () => {
    const small = otherCopiesOfFirstSources(records, 3);
    const text = storeFileText(small);
    await assertValidStoreFile(text);
    const broken = 4;
    const at = text.indexOf(JSON.stringify(small.claims[broken]));
    const page = await browser.open('transfer');
    const before = await recordCounts(page);

    await importThroughPage(page, { name: 'cut-off.json', mimeType: 'application/json', buffer: Buffer.from(text.slice(0, at + 40)) });
    const problems = page.getByTestId('manager-import-problems');
    await expect.poll(() => textOf(problems), POLL).toContain('Nothing was imported');
    await expect.poll(() => problems.getByRole('listitem').count(), POLL).toBe(1);
    await expect.poll(() => textOf(problems.getByRole('listitem')), POLL).toContain(`ends too early, in claims[${broken}]`);
    expect(await recordCounts(page)).toEqual(before);
  });

  it('refuses a file whose claim refers to a source not in it, pointing at that field, and leaves the store as it was', async () => {
    const small = otherCopiesOfFirstSources(records, 3);
    await assertValidStoreFile(storeFileText(small));
    const broken = 2;
    small.claims[broken] = { ...small.claims[broken]!, sourceId: 'no-such-source' };
    const page = await browser.open('transfer');
    const before = await recordCounts(page);

    await importThroughPage(page, { name: 'dangling.json', mimeType: 'application/json', buffer: Buffer.from(storeFileText(small)) });
    const problem = page.getByTestId('manager-import-problems').getByRole('listitem');
    await expect.poll(() => problem.count(), POLL).toBe(1);
    await expect.poll(() => textOf(problem.locator('code')), POLL).toBe(`claims[${broken}].sourceId`);
    await expect.poll(() => textOf(problem), POLL).toContain('"no-such-source", which is not in the file');
    expect(await recordCounts(page)).toEqual(before);
  });

  it('adds the same small file, unbroken, as new articles whose entities join the stored ones', async () => {
    const small = otherCopiesOfFirstSources(records, 3);
    const page = await browser.open('transfer');
    const before = await recordCounts(page);

    await importThroughPage(page, { name: 'intact.json', mimeType: 'application/json', buffer: Buffer.from(storeFileText(small)) });
    await expect.poll(() => textOf(page.getByTestId('manager-import-summary')), POLL).toContain(`Added ${formatCount(3, 'article')}, ${formatCount(small.claims.length, 'claim')}, 0 entities`);
    expect(await recordCounts(page)).toEqual({ ...before, sources: before.sources + 3, claims: before.claims + small.claims.length, mentions: before.mentions + small.mentions.length });
  });

  it('exports the whole store as a file the browser downloads', async () => {
    const page = await browser.open('transfer');
    beforeExport = await page.evaluate(storeDigest, { name: DEFAULT_DB_NAME, fields });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('manager-export').click()]);
    await download.saveAs(exportedFile);
    expect(download.suggestedFilename()).toMatch(/^crosslight-store-\d{4}-\d\d-\d\d\.json$/);
    const total = Object.values(beforeExport).reduce((sum, table) => sum + table.length, 0);
    await expect.poll(() => textOf(page.getByTestId('manager-export-summary')), POLL).toContain(formatCount(total, 'record'));
  });

  it('brings the export into an empty browser profile as a store equal to the original', async () => {
    const other = await startManagerBrowser();
    try {
      const page = await other.open('transfer');
      expect(await recordCounts(page)).toEqual(Object.fromEntries(RECORD_TABLES.map((t) => [t, 0])));
      await importThroughPage(page, exportedFile);
      await expect.poll(() => textOf(page.getByTestId('manager-import-summary')), POLL).toContain(formatCount(beforeExport.claims!.length, 'claim'));
      expect(differences(beforeExport, await page.evaluate(storeDigest, { name: DEFAULT_DB_NAME, fields }))).toEqual([]);
      expect(other.errors).toEqual([]);
    } finally {
      await other.session.close();
    }
  });

  it('adds the sample corpus and a saved page picked from disk, each read, analysed and stored as an article', async () => {
    const page = await browser.open('add');
    const before = await recordCounts(page);
    const summary = () => textOf(page.getByTestId('manager-add-summary'));
    await page.getByTestId('manager-load-samples').click();
    await expect.poll(summary, { ...POLL, timeout: ADD_TIMEOUT_MS }).toContain(`${formatCount(3, 'article')} added, 0 duplicates, 0 failures`);
    await page.getByTestId('manager-add-input').setInputFiles({ name: 'seattletimes.html', mimeType: 'text/html', buffer: readFileSync(SAVED_PAGE) });
    await expect.poll(summary, { ...POLL, timeout: ADD_TIMEOUT_MS }).toContain(`${formatCount(1, 'article')} added, 0 duplicates, 0 failures`);
    expect((await recordCounts(page)).sources).toBe(before.sources + 4);
  });

  it('raises no errors in the manager page or the background', () => {
    expect(browser.errors).toEqual([]);
  });
});

describe('The store manager in Chromium on a database left by version 1', () => {
  let browser: ManagerBrowser;

  beforeAll(async () => {
    browser = await startManagerBrowser();
  });

  afterAll(async () => {
    await browser?.session.close();
  });

  /** The version and claim keys the same upgrade leaves in Node, on the same records. */
  async function upgradedInNode(): Promise<{ version: number; keys: Record<string, string[]> }> {
    const db = openCrosslightDb(DEFAULT_DB_NAME, { indexedDB: await versionOneDatabase(), IDBKeyRange });
    try {
      const claims = await db.claims.toArray();
      return { version: db.verno * 10, keys: Object.fromEntries(claims.map((claim) => [claim.id, claim.keys])) };
    } finally {
      db.close();
    }
  }

  it('upgrades it when the manager opens, keying every claim as matching looks keys up now, and lists its claims', async () => {
    const page = await browser.open('claims');
    await page.evaluate(writeVersionOneDatabase, { name: DEFAULT_DB_NAME, schema: SCHEMA_V1, tables: versionOneFixture.tables });
    await page.reload();
    await expect.poll(() => page.locator('[data-testid="manager-claim-row"][data-claim-id]').count(), POLL).toBeGreaterThan(0);
    const upgraded = await page.evaluate(storedClaimKeys, DEFAULT_DB_NAME);
    expect(Object.keys(upgraded.keys)).toHaveLength(versionOneFixture.tables.claims.length);
    expect(upgraded).toEqual(await upgradedInNode());
    expect(browser.errors).toEqual([]);
  });
});
