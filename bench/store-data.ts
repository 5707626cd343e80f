/**
 * The generated store the browser benches load, kept on disk between runs: generating 100,000
 * claims parses every sentence with the engine and takes a minute. The cache key covers the
 * options, the template texts and the source of the engine, the store records and the generator,
 * so any change to what the records would be generates them again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { generateStore, type GeneratedStore, type GenerateOptions } from './generate-store';

const ROOT = resolve(import.meta.dirname, '..');
const CACHE = join(ROOT, 'node_modules/.cache/crosslight-bench');
const INPUTS = ['lib/engine', 'lib/store/records.ts', 'lib/store/source-id.ts', 'bench/generate-store.ts', 'bench/random.ts', 'bench/vocabulary.ts'];

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => filesUnder(join(path, name)));
}

function cacheKey(options: GenerateOptions): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ ...options, templates: options.templates.map((t) => [t.text, t.language]) }));
  for (const input of INPUTS) for (const file of filesUnder(join(ROOT, input))) hash.update(relative(ROOT, file)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

export function loadStore(options: GenerateOptions): { store: GeneratedStore; cached: boolean; ms: number } {
  const started = performance.now();
  const file = join(CACHE, `store-${cacheKey(options)}.json`);
  if (existsSync(file)) {
    return { store: JSON.parse(readFileSync(file, 'utf8')) as GeneratedStore, cached: true, ms: performance.now() - started };
  }
  const store = generateStore(options);
  mkdirSync(CACHE, { recursive: true });
  // Older stores are stale once their inputs changed.
  for (const old of readdirSync(CACHE)) if (old.startsWith('store-')) rmSync(join(CACHE, old));
  writeFileSync(file, JSON.stringify(store));
  return { store, cached: false, ms: performance.now() - started };
}
