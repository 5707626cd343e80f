/**
 * The command line run as a child process on the sample corpus, with a reposted copy of 002.
 * The corpus README lists what the three articles report differently; each fact is a test here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatQuantity } from '../../lib/engine/quantity-compare';
import type { Quantity } from '../../lib/engine/types';

const root = join(__dirname, '../..');
/** Each run starts a Node process that loads the language model: seconds, more on a busy machine. */
const RUN_TIMEOUT = 60_000;
const corpus = ['000', '001', '002'].map((n) => `tests/fixtures/corpus/${n}.txt`);
const repost = 'tests/fixtures/reposted/002-reposted.txt';

interface Output {
  documents: Array<{
    id: string;
    path: string;
    title: string;
    text: string;
    claims: Array<{ id: string; start: number; end: number; text: string; quantities: Array<Omit<Quantity, 'start' | 'end'>> }>;
    mentions: Array<{ entity: string; start: number; end: number }>;
  }>;
  entities: Array<{ id: string; name: string; type: string; aliases: string[] }>;
  matches: Array<{ a: string; b: string; relation: 'agrees' | 'conflicts' | 'related'; score: number; note: string }>;
  duplicates: Array<{ a: string; b: string; similarity: number }>;
}

function run(...args: string[]) {
  const result = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/crosslight.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let out: Output;
const doc = (path: string) => out.documents.find((d) => d.path === path)!;
/** The claim of `path` whose text contains `words`. */
const claim = (path: string, words: string) => {
  const found = doc(path).claims.find((c) => c.text.replace(/\s+/g, ' ').includes(words));
  if (!found) throw new Error(`no claim of ${path} contains "${words}"`);
  return found;
};
const between = (x: { id: string }, y: { id: string }) => out.matches.find((m) => (m.a === x.id && m.b === y.id) || (m.a === y.id && m.b === x.id));
const claimById = (id: string) => out.documents.flatMap((d) => d.claims).find((c) => c.id === id)!;

beforeAll(() => {
  const result = run('analyze', '--json', ...corpus, repost);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  out = JSON.parse(result.stdout) as Output;
}, 2 * RUN_TIMEOUT);

describe('crosslight analyze --json on the corpus', () => {
  it('reports the meeting’s length as a conflict: 2 hours and 16 minutes against two hours seventeen minutes', () => {
    const match = between(claim(corpus[0]!, '2 hours and 16 minutes'), claim(corpus[1]!, 'two hours seventeen minutes'));
    expect(match?.relation).toBe('conflicts');
    expect(match?.note).toMatch(/duration 2 h 1[67] min vs 2 h 1[67] min/);
  });

  it('reports the planned length as a conflict: 30 minutes (000, 002) against 35 minutes (001)', () => {
    const announced35 = claim(corpus[1]!, 'originally announced 35 minutes');
    for (const planned30 of [claim(corpus[0]!, '30 minutes planned'), claim(corpus[2]!, 'intended to take 30 minutes')]) {
      const match = between(planned30, announced35);
      expect(match?.relation).toBe('conflicts');
      expect(match?.note).toMatch(/planned duration (30 min vs 35 min|35 min vs 30 min)/);
    }
  });

  it('finds "over two hours" compatible with 2 hours and 16 minutes, and 30 minutes planned in both', () => {
    const match = between(claim(corpus[0]!, '2 hours and 16 minutes'), claim(corpus[2]!, 'over two hours'));
    expect(match?.relation).toBe('agrees');
    expect(match?.note).toContain('planned duration 30 min in both');
  });

  it('reads the two-and-a-half-hour meeting as a round figure that the exact lengths round to', () => {
    const halfPast = claim(corpus[2]!, 'two-and-a-half-hour meeting');
    for (const exact of [claim(corpus[0]!, '2 hours and 16 minutes'), claim(corpus[1]!, 'two hours seventeen minutes')]) {
      const match = between(halfPast, exact);
      expect(match?.relation).toBe('agrees');
      expect(match?.note).toMatch(/duration .*2 h 30 min \(rounded\)/);
    }
  });

  it('agrees on the ceasefire from 9 July at noon Damascus time across all three articles', () => {
    const ceasefires = [claim(corpus[0]!, 'came into force on 9 July'), claim(corpus[1]!, 'went into effect as of July 9'), claim(corpus[2]!, 'from midday, Damascus time')];
    for (const [x, y] of [[0, 1], [0, 2], [1, 2]] as const) {
      const match = between(ceasefires[x]!, ceasefires[y]!);
      expect(match?.relation).toBe('agrees');
      expect(match?.note).toContain('date 9 July in both');
    }
    expect(between(ceasefires[0]!, ceasefires[2]!)?.note).toContain('time 12:00 Damascus in both');
  });

  it('agrees on the Russian military police securing the zone with the US and Jordan across all three articles', () => {
    const police = corpus.map((path) => claim(path, 'military police in coordination with'));
    for (const [x, y] of [[0, 1], [0, 2], [1, 2]] as const) {
      const match = between(police[x]!, police[y]!);
      expect(match?.relation).toBe('agrees');
      expect(match?.note).toMatch(/^same statement: .*(military|police)/);
    }
  });

  it('agrees on the faster appointment of ambassadors (000, 001)', () => {
    const match = between(claim(corpus[0]!, 'procedures for appointing new ambassadors'), claim(corpus[1]!, 'procedures necessary for appointing new ambassadors'));
    expect(match?.relation).toBe('agrees');
    expect(match?.note).toContain('ambassadors');
  });

  it('compares only figures of the same role and slot in every conflict (no planned against actual, no delay)', () => {
    const conflicts = out.matches.filter((m) => m.relation === 'conflicts');
    expect(conflicts.length).toBeGreaterThan(0);
    for (const m of conflicts) {
      for (const part of m.note.split('; ')) {
        const parsed = /^(planned )?(\w+(?: of \w+)?) (.+?) vs (.+)$/.exec(part);
        if (!parsed) continue;
        const role = parsed[1] ? 'planned' : 'actual';
        const shown = (id: string) => claimById(id).quantities.filter((q) => q.role === role).map((q) => formatQuantity({ ...q, start: 0, end: 0 }));
        expect(shown(m.a)).toContain(parsed[3]);
        expect(shown(m.b)).toContain(parsed[4]);
      }
    }
    const late = claim(corpus[1]!, '20 minutes late');
    expect(out.matches.filter((m) => (m.a === late.id || m.b === late.id) && m.relation === 'conflicts')).toEqual([]);
  });

  it('pairs claims of different documents only, and every offset indexes the document text', () => {
    const sourceOf = new Map(out.documents.flatMap((d) => d.claims.map((c) => [c.id, d.id])));
    for (const m of out.matches) {
      expect(sourceOf.get(m.a)).toBeDefined();
      expect(sourceOf.get(m.a)).not.toBe(sourceOf.get(m.b));
      expect(m.a < m.b).toBe(true);
    }
    const entityIds = new Set(out.entities.map((e) => e.id));
    for (const d of out.documents) {
      for (const c of d.claims) expect(d.text.slice(c.start, c.end)).toBe(c.text);
      for (const mention of d.mentions) {
        expect(entityIds.has(mention.entity)).toBe(true);
        expect(mention.start).toBeGreaterThanOrEqual(0);
        expect(mention.end).toBeLessThanOrEqual(d.text.length);
        expect(d.text.slice(mention.start, mention.end).trim().length).toBeGreaterThan(1);
      }
    }
  });

  it('reports the reposted copy of 002 as its duplicate and the three different articles as none', () => {
    expect(out.duplicates).toHaveLength(1);
    const [pair] = out.duplicates;
    expect([pair!.a, pair!.b].sort()).toEqual([doc(corpus[2]!).id, doc(repost).id].sort());
    expect(pair!.similarity).toBeGreaterThan(0.8);
  });

  it('resolves names written differently to one entity across the store', () => {
    const withAlias = (alias: string) => out.entities.filter((e) => e.aliases.includes(alias));
    const lavrov = withAlias('Sergey Lavrov');
    expect(lavrov).toHaveLength(1);
    expect(lavrov[0]?.aliases).toContain('Sergei Lavrov');
    expect(withAlias('As-Suwayda')[0]?.aliases).toContain('Souweida');
    const us = withAlias('United States')[0];
    expect(us?.aliases).toEqual(expect.arrayContaining(['US', 'U.S.', 'USA']));
    expect(out.entities.filter((e) => e.name === 'Tillerson' || e.name === 'Lavrov')).toEqual([]);
  });

  it('prints a readable report with conflicts first', () => {
    const result = run('analyze', corpus[0]!, corpus[1]!);
    expect(result.status).toBe(0);
    expect(result.stdout.indexOf('Conflicts')).toBeLessThan(result.stdout.indexOf('Agreements'));
    // A pair's note reads in claim-id order, and ids derive from where the files are: either order.
    expect(result.stdout).toMatch(/duration 2 h 16 min vs 2 h 17 min|duration 2 h 17 min vs 2 h 16 min/);
  }, RUN_TIMEOUT);
});

describe('crosslight analyze on bad input', () => {
  it('names each missing, empty or binary file on stderr, exits non-zero, and still analyses the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crosslight-cli-'));
    const empty = join(dir, 'empty.txt');
    const binary = join(dir, 'photo.jpg');
    writeFileSync(empty, ' \n\t\n');
    writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]));
    const result = run('analyze', '--json', 'tests/fixtures/no-such-file.txt', 'tests/fixtures', empty, binary, corpus[1]!);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('tests/fixtures/no-such-file.txt: no such file');
    expect(result.stderr).toContain('tests/fixtures: is a directory');
    expect(result.stderr).toContain(`${empty}: empty file`);
    expect(result.stderr).toContain(`${binary}: binary file`);
    const analysed = JSON.parse(result.stdout) as Output;
    expect(analysed.documents.map((d) => d.path)).toEqual([corpus[1]]);
  }, RUN_TIMEOUT);

  it('refuses an unknown command with its usage', () => {
    const result = run('summarise', corpus[0]!);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: crosslight analyze');
  }, RUN_TIMEOUT);
});
