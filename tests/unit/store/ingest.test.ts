import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClaimStore } from '../../../lib/store/claim-store';
import { findMatches, ingestDocument, sourceIdFor, type DocumentInput } from '../../../lib/store/ingest';
import { MemoryClaimStore } from '../../../lib/store/memory-store';

const fixtures = join(__dirname, '../../fixtures');
const read = (path: string) => readFileSync(join(fixtures, path), 'utf8');

function input(name: string, text: string, over: Partial<DocumentInput> = {}): DocumentInput {
  return { url: `https://${name}.example/story`, title: name, site: `${name}.example`, byline: '', published: '', text, addedAt: 1, ...over };
}

const analysis000 = input('analysis', read('corpus/000.txt'));
const summary001 = input('summary', read('corpus/001.txt'));
const wire002 = input('wire', read('corpus/002.txt'));
const repost = input('blog', read('reposted/002-reposted.txt'));

describe('ingesting a document', () => {
  it('stores the source, its claims located by quote and position, its mentions and entities', async () => {
    const store = new MemoryClaimStore();
    const result = await ingestDocument(store, analysis000, { persist: true });
    const text = result.source.text;
    expect(result.source.id).toBe(sourceIdFor(analysis000.url));
    expect(result.claims.length).toBeGreaterThan(5);
    for (const claim of result.claims) {
      expect(claim.selector.exact).toBe(text.slice(claim.position.start, claim.position.end));
      expect(claim.selector.prefix).toBe(text.slice(Math.max(0, claim.position.start - 32), claim.position.start));
      expect(claim.selector.suffix).toBe(text.slice(claim.position.end, claim.position.end + 32));
      expect(claim.keys.length).toBeGreaterThan(0);
    }
    expect(await store.counts()).toEqual({
      sources: 1,
      claims: result.claims.length,
      entities: result.entities.length,
      mentions: result.mentions.length,
      matches: 0,
    });
    const mentioned = new Set(result.mentions.map((m) => m.entityId));
    expect(result.entities.map((e) => e.id).sort()).toEqual([...mentioned].sort());
  });

  it('matches a second source’s claims and counts the conflicts on both sources', async () => {
    const store = new MemoryClaimStore();
    const first = await ingestDocument(store, analysis000, { persist: true });
    const second = await ingestDocument(store, summary001, { persist: true });
    const conflicts = second.matches.filter((m) => m.relation === 'conflicts');
    expect(conflicts.length).toBeGreaterThan(0);
    for (const m of second.matches) {
      expect(m.id).toBe(`${m.a}|${m.b}`);
      expect([m.sourceA, m.sourceB].sort()).toEqual([first.source.id, second.source.id].sort());
    }
    expect((await store.getSource(first.source.id))?.conflictCount).toBe(conflicts.length);
    expect((await store.getSource(second.source.id))?.conflictCount).toBe(conflicts.length);
  });

  it('finds a stored claim without names or figures the same statement in other words, its article being of the same matter', async () => {
    const store = new MemoryClaimStore();
    await ingestDocument(store, analysis000, { persist: true });
    const second = await ingestDocument(store, summary001, { persist: true });
    const texts = new Map([...second.claims, ...(await store.claimsOfSource(sourceIdFor(analysis000.url)))].map((c) => [c.id, c.text]));
    const ambassadors = second.matches.filter((m) => [m.a, m.b].every((id) => /appointing new ambassadors/.test(texts.get(id) ?? '')));
    expect(ambassadors.map((m) => m.relation)).toEqual(['agrees']);
  });

  it('replaces the earlier version when the same URL is read again, without doubling anything', async () => {
    const store = new MemoryClaimStore();
    const first = await ingestDocument(store, analysis000, { persist: true });
    await ingestDocument(store, summary001, { persist: true });
    const before = await store.counts();
    const again = await ingestDocument(store, { ...summary001, url: `${summary001.url}?utm_source=feed#top` }, { persist: true });
    expect(await store.counts()).toEqual(before);
    const conflicts = again.matches.filter((m) => m.relation === 'conflicts').length;
    expect((await store.getSource(first.source.id))?.conflictCount).toBe(conflicts);
    expect((await store.getSource(again.source.id))?.urls).toEqual(expect.arrayContaining([summary001.url]));
  });

  it('reports matches without writing anything when asked not to persist', async () => {
    const store = new MemoryClaimStore();
    await ingestDocument(store, analysis000, { persist: true });
    const before = await store.counts();
    const result = await ingestDocument(store, summary001, { persist: false });
    expect(result.matches.some((m) => m.relation === 'conflicts')).toBe(true);
    expect(await store.counts()).toEqual(before);
  });

  it('links a reposted copy to its original both ways and does not match a copy with its original', async () => {
    const store = new MemoryClaimStore();
    const original = await ingestDocument(store, wire002, { persist: true });
    const copy = await ingestDocument(store, repost, { persist: true });
    expect(copy.source.duplicateOf).toEqual([original.source.id]);
    expect((await store.getSource(original.source.id))?.duplicateOf).toEqual([copy.source.id]);
    expect(copy.matches).toEqual([]);
    const other = await ingestDocument(store, summary001, { persist: true });
    expect(other.source.duplicateOf).toEqual([]);
  });

  it('joins a surname written alone in one source to the full name another source gave, when the two name someone or somewhere in common', async () => {
    const store = new MemoryClaimStore();
    await ingestDocument(store, input('full', 'Secretary of State Rex Tillerson met the Jordanian foreign minister in Amman on Monday to discuss the ceasefire.'), { persist: true });
    const later = await ingestDocument(store, input('short', 'Tillerson said in Amman on Tuesday that the ceasefire in southern Syria was holding after 48 hours.'), { persist: true });
    const tillerson = later.entities.find((e) => e.aliases.includes('Tillerson'));
    expect(tillerson?.name).toBe('Rex Tillerson');
    expect((await store.getEntities([tillerson!.id]))[0]?.mentionCount).toBe(2);
  });

  it('keeps a surname written alone apart from a full name whose sources share nothing with its own but a country', async () => {
    const store = new MemoryClaimStore();
    await ingestDocument(store, input('adviser', 'Justin Bassi, an adviser to Prime Minister Malcolm Turnbull, said in Canberra that the United States had been told.'), { persist: true });
    const later = await ingestDocument(store, input('fisherman', 'Bassi said his crew left Seattle for Alaska the day after Easter to fish for halibut for the United States market.'), { persist: true });
    const bassi = later.entities.find((e) => e.aliases.includes('Bassi'));
    expect(bassi?.name).toBe('Bassi');
    expect(bassi?.aliases).not.toContain('Justin Bassi');
  });

  /** The entity a later text names `alias` as, once `first` is stored. */
  async function namedAfter(first: string, text: string, alias: string) {
    const store = new MemoryClaimStore();
    await ingestDocument(store, input('first', first), { persist: true });
    const later = await ingestDocument(store, input('later', text), { persist: true });
    return later.entities.find((e) => e.aliases.includes(alias));
  }

  it('joins a full name spelt one letter otherwise to a stored person only when the two sources name someone or somewhere in common', async () => {
    const chief = 'Battalion chief Dana Whitcomb said the fire near Redwater had burned 42,000 acres by Sunday.';
    const whitcombe = async (text: string) => (await namedAfter(chief, text, 'Dana Whitcombe'))?.aliases;
    expect(await whitcombe('Dana Whitcombe told reporters in Redwater that crews had contained 20% of the fire.')).toContain('Dana Whitcomb');
    expect(await whitcombe('Dana Whitcombe said she won the county chess title in Fairbanks on Saturday after five rounds.')).not.toContain('Dana Whitcomb');
  });

  it('joins a company named by its short name alone to the stored full name only when the two sources name someone or somewhere in common', async () => {
    const full = 'Halvorsen Motor Co said the Harbour Safety Board had ordered the recall of 4,000 vans in Tromvik.';
    const short = async (text: string) => (await namedAfter(full, text, 'Halvorsen'))?.name;
    expect(await short('The carmaker Halvorsen told the Harbour Safety Board that the vans would be fixed within a month.')).toBe('Halvorsen Motor Co');
    expect(await short('The shipping firm Halvorsen said its ferries to Bergen would run again on Sunday.')).toBe('Halvorsen');
  });

  it('joins a surname written alone to the full name of a person many sources name', async () => {
    const store = new MemoryClaimStore();
    const towns = ['Hamburg', 'Helsinki', 'Singapore'];
    for (const town of towns) await ingestDocument(store, input(town, `President Donald Trump arrived in ${town} on Friday for talks with other leaders.`), { persist: true });
    const later = await ingestDocument(store, input('rally', 'Trump told a rally in Ohio on Saturday that the talks had gone well.'), { persist: true });
    expect(later.entities.find((e) => e.aliases.includes('Trump'))?.name).toBe('Donald Trump');
  });

  it('reads the postings of its claims while its entities are still being looked up, in one request when their names are the store\'s own', async () => {
    const store = new MemoryClaimStore();
    await ingestDocument(store, summary001, { persist: true });
    const events: string[] = [];
    const watched = new Proxy(store, {
      get(target, name, receiver) {
        const value = Reflect.get(target, name, receiver) as unknown;
        if (name !== 'findEntitiesByKeys' && name !== 'findClaimIdsByKeys') return value;
        return async (...args: unknown[]) => {
          events.push(`asked ${String(name)}`);
          const answer = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          events.push(`answered ${String(name)}`);
          return answer;
        };
      },
    }) as ClaimStore;
    const result = await ingestDocument(watched, wire002, { persist: false });
    expect(result.matches.length).toBeGreaterThan(0);
    expect(events.filter((e) => e === 'asked findClaimIdsByKeys')).toHaveLength(1);
    expect(events.indexOf('asked findClaimIdsByKeys')).toBeLessThan(events.indexOf('answered findEntitiesByKeys'));
  });

  it('reads afterwards the postings of keys that the store\'s entities changed, and matches as if it had read them all at once', async () => {
    const store = new MemoryClaimStore();
    await ingestDocument(store, input('full', 'Secretary of State Rex Tillerson said in Geneva on Tuesday that the ceasefire in southern Syria had held for 48 hours.'), { persist: true });
    const asked: string[][] = [];
    const watched = new Proxy(store, {
      get(target, name, receiver) {
        const value = Reflect.get(target, name, receiver) as unknown;
        if (name !== 'findClaimIdsByKeys') return value;
        return (keys: string[]) => (asked.push(keys), store.findClaimIdsByKeys(keys));
      },
    }) as ClaimStore;
    const later = await ingestDocument(watched, input('short', 'Tillerson said in Geneva on Tuesday that the ceasefire in southern Syria had held for 36 hours.'), { persist: false });
    const tillerson = later.entities.find((e) => e.name === 'Rex Tillerson')!;
    expect(asked).toHaveLength(2);
    expect(asked[0]!.some((key) => key.includes(tillerson.id))).toBe(false);
    expect(asked[1]!.some((key) => key.includes(tillerson.id))).toBe(true);
    expect(later.matches.map((m) => m.relation)).toContain('conflicts');
    expect(await findMatches(store, later.source.id, later.claims, later.source, new Set())).toEqual(later.matches);
  });

  it('reaches other sources only through index lookups, never by listing the store', async () => {
    const store = new MemoryClaimStore();
    await ingestDocument(store, analysis000, { persist: true });
    await ingestDocument(store, wire002, { persist: true });
    const called = new Set<string>();
    const watched = new Proxy(store, {
      get(target, name, receiver) {
        const value = Reflect.get(target, name, receiver) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          called.add(String(name));
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    }) as ClaimStore;
    await ingestDocument(watched, summary001, { persist: true });
    expect([...called].sort()).toEqual(['commitDocument', 'findBlockedEntityKeys', 'findClaimIdsByKeys', 'findEntitiesByKeys', 'findSketchesBySketchKeys', 'getClaims', 'getSource']);
  });
});

describe('source ids', () => {
  it('are the same for one article reached through tracking links, fragments, host case or scheme', () => {
    const id = sourceIdFor('https://news.example/world/story-1');
    expect(sourceIdFor('http://NEWS.example/world/story-1/?utm_source=x&utm_medium=y#comments')).toBe(id);
    expect(sourceIdFor('https://news.example/world/story-1?fbclid=abc')).toBe(id);
  });

  it('differ for different articles, and keep query parameters that select the page', () => {
    expect(sourceIdFor('https://news.example/world/story-2')).not.toBe(sourceIdFor('https://news.example/world/story-1'));
    expect(sourceIdFor('https://news.example/article?id=1')).not.toBe(sourceIdFor('https://news.example/article?id=2'));
    expect(sourceIdFor('https://news.example/a?b=2&a=1')).toBe(sourceIdFor('https://news.example/a?a=1&b=2'));
  });
});
