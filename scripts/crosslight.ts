/**
 * Command line: `crosslight analyze [--json] FILE…` analyses plain-text or HTML files as one
 * store and prints what they share: claims that agree or conflict, and which file copies which.
 * The JSON output is a contract read by other tools (see the engine issue).
 */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { duplicateSimilarity } from '../lib/engine/duplicates';
import { headlineOf } from '../lib/engine/text';
import type { DocumentInput } from '../lib/store/ingest';
import { MemoryClaimStore } from '../lib/store/memory-store';
import type { ClaimRecord, MatchRecord, SourceRecord } from '../lib/store/records';

const USAGE = 'usage: crosslight analyze [--json] FILE…';

class InputError extends Error {}

/** How many leading bytes are checked for NUL bytes, the mark of a binary file. */
const BINARY_SNIFF = 8192;

function looksLikeHtml(path: string, text: string): boolean {
  return /\.x?html?$/i.test(path) || /^\s*(?:<!doctype html|<html[\s>])/i.test(text.slice(0, 1024));
}

async function readInput(path: string): Promise<DocumentInput> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String((error as Error).message);
    throw new InputError(reason);
  }
  if (bytes.length === 0) throw new InputError('empty file');
  if (bytes.subarray(0, BINARY_SNIFF).includes(0)) throw new InputError('binary file, not text or HTML');
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('not UTF-8 text (binary or another encoding)');
  }
  if (!raw.trim()) throw new InputError('empty file (whitespace only)');
  const url = pathToFileURL(resolve(path)).href;
  if (!looksLikeHtml(path, raw)) return { url, title: headlineOf(raw) || basename(path), site: '', byline: '', published: '', text: raw };
  const [{ extractArticleFromHtml }, { parseWithLinkedom }] = await Promise.all([import('../lib/extract/html-article'), import('../lib/extract/linkedom-parser')]);
  const article = extractArticleFromHtml(raw, url, parseWithLinkedom);
  if (!article) throw new InputError('HTML page without a readable article');
  const { page } = article;
  return { url, title: page.title || basename(path), site: page.site, byline: page.byline, published: page.published, language: page.language || undefined, text: page.text };
}

interface Analysed {
  path: string;
  source: SourceRecord;
  claims: ClaimRecord[];
}

async function analyse(paths: string[]): Promise<{ store: MemoryClaimStore; documents: Analysed[]; failed: boolean }> {
  // The language model takes seconds to load: only once the arguments are known to be usable.
  const { ingestDocument } = await import('../lib/store/ingest');
  const store = new MemoryClaimStore();
  const byId = new Map<string, Analysed>();
  let failed = false;
  for (const path of paths) {
    try {
      const input = await readInput(path);
      const result = await ingestDocument(store, input, { persist: true });
      byId.set(result.source.id, { path, source: result.source, claims: result.claims });
    } catch (error) {
      failed = true;
      const reason = error instanceof InputError ? error.message : `analysis failed: ${(error as Error).stack ?? String(error)}`;
      process.stderr.write(`crosslight: ${path}: ${reason}\n`);
    }
  }
  return { store, documents: [...byId.values()], failed };
}

async function report(store: MemoryClaimStore, documents: Analysed[]) {
  const sources = await store.getSources(documents.map((d) => d.source.id));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const claimIds = documents.flatMap((d) => d.claims.map((c) => c.id));
  const [matches, mentionLists] = await Promise.all([
    store.matchesOfClaims(claimIds),
    Promise.all(documents.map((d) => store.mentionsOfSource(d.source.id))),
  ]);
  const entities = await store.getEntities([...new Set(mentionLists.flat().map((m) => m.entityId))]);
  const duplicates: Array<{ a: string; b: string; similarity: number }> = [];
  for (const source of sources) {
    for (const other of source.duplicateOf) {
      const copy = sourceById.get(other);
      if (!copy || source.id > other) continue;
      duplicates.push({ a: source.id, b: other, similarity: round(duplicateSimilarity(source.sketch, copy.sketch) ?? 0) });
    }
  }
  return {
    documents: documents.map((d, i) => ({
      id: d.source.id,
      path: d.path,
      title: d.source.title,
      text: d.source.text,
      claims: d.claims.map((c) => ({
        id: c.id,
        start: c.position.start,
        end: c.position.end,
        text: c.text,
        quantities: c.quantities.map(({ kind, value, unit, text, bound, role }) => ({ kind, value, unit, text, bound, role })),
      })),
      mentions: (mentionLists[i] ?? []).sort((x, y) => x.position.start - y.position.start).map((m) => ({ entity: m.entityId, start: m.position.start, end: m.position.end })),
    })),
    entities: entities.sort((x, y) => y.mentionCount - x.mentionCount || x.name.localeCompare(y.name)).map(({ id, name, type, aliases }) => ({ id, name, type, aliases })),
    matches: sortMatches(matches).map(({ a, b, relation, score, note }) => ({ a, b, relation, score, note })),
    duplicates,
  };
}

const RELATION_ORDER = { conflicts: 0, agrees: 1, related: 2 } as const;

function sortMatches(matches: MatchRecord[]): MatchRecord[] {
  return [...matches].sort((x, y) => RELATION_ORDER[x.relation] - RELATION_ORDER[y.relation] || y.score - x.score || (x.id < y.id ? -1 : 1));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

type Report = Awaited<ReturnType<typeof report>>;

function readable(result: Report): string {
  const pathOf = new Map(result.documents.map((d) => [d.id, d.path]));
  const claimOf = new Map(result.documents.flatMap((d) => d.claims.map((c) => [c.id, { path: d.path, text: c.text.replace(/\s+/g, ' ') }] as const)));
  const lines: string[] = [];
  const section = (relation: keyof typeof RELATION_ORDER, heading: string) => {
    const found = result.matches.filter((m) => m.relation === relation);
    lines.push(`${heading} (${found.length})`);
    for (const m of found) {
      lines.push(`  ${m.note}  [score ${m.score}]`);
      for (const id of [m.a, m.b]) {
        const claim = claimOf.get(id);
        lines.push(`    ${claim?.path ?? id}: ${clip(claim?.text ?? '', 160)}`);
      }
    }
    lines.push('');
  };
  section('conflicts', 'Conflicts');
  section('agrees', 'Agreements');
  section('related', 'Related');
  lines.push(`Copies (${result.duplicates.length})`);
  for (const d of result.duplicates) lines.push(`  ${pathOf.get(d.a)} and ${pathOf.get(d.b)} (similarity ${d.similarity})`);
  lines.push('', 'Documents');
  for (const d of result.documents) lines.push(`  ${d.path}: ${d.claims.length} claims, ${new Set(d.mentions.map((m) => m.entity)).size} entities`);
  return `${lines.join('\n')}\n`;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const json = rest.includes('--json');
  const paths = rest.filter((a) => a !== '--json');
  const unknown = paths.filter((a) => a.startsWith('--'));
  if (command !== 'analyze' || paths.length === 0 || unknown.length) {
    process.stderr.write(`${unknown.length ? `crosslight: unknown option ${unknown.join(', ')}\n` : ''}${USAGE}\n`);
    return 2;
  }
  const { store, documents, failed } = await analyse(paths);
  const result = await report(store, documents);
  process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : readable(result));
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`crosslight: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
