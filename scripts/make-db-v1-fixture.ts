/**
 * Writes tests/fixtures/db-v1/store.json: a database made with schema version 1 (the schema
 * before the store manager), filled by the real ingest pipeline with the three corpus articles,
 * then dumped table by table. The migration test loads it into a version-1 database and opens it
 * with the current code. Run once when the fixture must be made again:
 *
 *   npx tsx scripts/make-db-v1-fixture.ts
 *
 * The fixture is committed: it stands for what readers' browsers hold, and must not change with
 * later code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { SCHEMA_V1, type CrosslightDb } from '../lib/store/db';
import { DexieClaimStore } from '../lib/store/dexie-store';
import { ingestDocument } from '../lib/store/ingest';

const root = new URL('..', import.meta.url);
const corpus = (name: string) => readFileSync(new URL(`tests/fixtures/corpus/${name}`, root), 'utf8');

const db = new Dexie('crosslight', { indexedDB: new IDBFactory(), IDBKeyRange });
db.version(1).stores(SCHEMA_V1);
/** The store on version-1 tables only: version 1 had no list of blocked entity keys. */
class VersionOneStore extends DexieClaimStore {
  override async findBlockedEntityKeys(): Promise<string[]> {
    return [];
  }
}
const store = new VersionOneStore(db as CrosslightDb);

const articles = ['000.txt', '001.txt', '002.txt'];
for (const [i, name] of articles.entries()) {
  await ingestDocument(
    store,
    {
      url: `https://corpus-${i}.example/article-${i}`,
      title: `Corpus article ${i}`,
      site: `corpus-${i}.example`,
      byline: '',
      published: `2017-0${i + 7}-01`,
      addedAt: Date.UTC(2024, 0, i + 1),
      text: corpus(name),
    },
    { persist: true },
  );
}

const dumpTable = (name: keyof typeof SCHEMA_V1) => db.table(name).orderBy(':id').toArray();
const tables = Object.fromEntries(await Promise.all(Object.keys(SCHEMA_V1).map(async (name) => [name, await dumpTable(name as keyof typeof SCHEMA_V1)])));
const out = fileURLToPath(new URL('tests/fixtures/db-v1/store.json', root));
writeFileSync(out, `${JSON.stringify({ schemaVersion: db.verno, tables }, null, 1)}\n`);
console.log(`Wrote ${out}: ${Object.entries(tables).map(([name, records]) => `${(records as unknown[]).length} ${name}`).join(', ')}`);
