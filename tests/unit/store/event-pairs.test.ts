/**
 * Two reports of one event through the whole pipeline, as the command line and the extension run
 * it: what the second report agrees and conflicts with, and that nothing else is set against it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../../lib/store/ingest';
import { MemoryClaimStore } from '../../../lib/store/memory-store';

const read = (name: string) => readFileSync(join(__dirname, '../../fixtures/event-pairs', name), 'utf8');

async function pair(first: string, second: string) {
  const store = new MemoryClaimStore();
  const input = (name: string) => ({ url: `https://${name.replace('.txt', '')}.example/story`, title: name, site: name, byline: '', published: '', text: read(name) });
  await ingestDocument(store, input(first), { persist: true });
  const later = await ingestDocument(store, input(second), { persist: true });
  const notes = (relation: string) => later.matches.filter((m) => m.relation === relation).map((m) => m.note).sort();
  return { later, conflicts: notes('conflicts'), agreements: notes('agrees') };
}

describe('two reports of one summit', () => {
  it('agree on the talk alone and on the whole summit, and set neither length against the other', async () => {
    const { later, conflicts, agreements } = await pair('summit-a.txt', 'summit-b.txt');
    expect(agreements).toEqual(expect.arrayContaining([expect.stringMatching(/^duration about (38|40) min and about (38|40) min agree$/), expect.stringMatching(/^duration .*4 h 30 min.* agree$/)]));
    expect(conflicts).toEqual([]);
    expect(later.mentioned.filter((e) => e.type === 'person').map((e) => e.name)).toContain('Kim Jong Un');
  });

  it('compare Singapore dollars with Singapore dollars only', async () => {
    const { later } = await pair('summit-a.txt', 'summit-b.txt');
    const money = later.matches.filter((m) => m.note.includes('USD'));
    expect(money).toEqual([]);
  });
});

describe('two reports of one earthquake', () => {
  it('conflict on the magnitudes, each quake with its own, and on the dead and injured in one country', async () => {
    const { later, conflicts } = await pair('quake-a.txt', 'quake-b.txt');
    const all = conflicts.join('; ');
    // A note reads in the order of the stored pair, whichever report that puts first.
    const told = (label: string, x: string, y: string) => new RegExp(`${label} (?:${x} vs ${y}|${y} vs ${x})`);
    expect(all).toMatch(told('magnitude', '7\\.7', '7\\.8'));
    expect(all).toMatch(told('magnitude', '7\\.6', '7\\.5'));
    expect(all).toMatch(told('count of dead', '2,379', '1,651'));
    expect(all).not.toMatch(told('magnitude', '7\\.6', '7\\.8'));
    expect(all).not.toMatch(told('magnitude', '7\\.7', '7\\.5'));
    expect(later.mentioned.filter((e) => e.type === 'person')).toHaveLength(1);
  });
});
