/**
 * Candidate search at scale: a store where one person is named by 10,000 claims of 2,000 sources
 * (the story everyone covers). Matching a new claim about that person must read a bounded number
 * of stored claims, counted here through the store's calls, and still find the one claim that
 * reports the same figure differently.
 */
import { describe, expect, it } from 'vitest';
import { entityIdFor } from '../../../lib/engine/entity-resolution';
import { CANDIDATES_PER_CLAIM } from '../../../lib/engine/candidates';
import { candidateKeys } from '../../../lib/engine/matching';
import { isStopWord, lightStem, words } from '../../../lib/engine/terms';
import type { Quantity } from '../../../lib/engine/types';
import type { ClaimStore } from '../../../lib/store/claim-store';
import { findMatches } from '../../../lib/store/ingest';
import { MemoryClaimStore } from '../../../lib/store/memory-store';
import type { ClaimRecord } from '../../../lib/store/records';
import { source } from './make-records';

/** Building ten thousand records in fake-indexeddb takes seconds on a busy two-core machine: not a timing check. */
const SCALE_TIMEOUT_MS = 60_000;

const person = (name: string) => entityIdFor('person', `person:${name.toLowerCase()}`);
const place = (name: string) => entityIdFor('place', `place:${name.toLowerCase()}`);
const PUTIN = person('Vladimir Putin');
const CROWD_SOURCES = 2_000;
const CLAIMS_PER_SOURCE = 5;
const GUESTS = ['Angela Merkel', 'Emmanuel Macron', 'Narendra Modi', 'Xi Jinping', 'Recep Erdogan', 'Justin Trudeau', 'Theresa May', 'Moon Jae-in'];
const CITIES = ['Hamburg', 'Berlin', 'Paris', 'Beijing', 'Ankara', 'Ottawa', 'London', 'Seoul', 'Osaka', 'Vienna'];
const TOPICS = ['trade tariffs', 'gas pipelines', 'missile treaties', 'grain exports', 'refugee quotas', 'climate targets'];

function record(sourceId: string, index: number, text: string, entityIds: string[], lead: string[], durations: Array<[string, number]> = []): ClaimRecord {
  const quantities: Quantity[] = durations.map(([written, value]) => {
    const at = text.indexOf(written);
    return { kind: 'duration', value, unit: 's', text: written, start: at, end: at + written.length, bound: 'exact', role: 'actual' };
  });
  const terms = [...new Set(words(text).map((w) => w.norm).filter((w) => !isStopWord(w)).map(lightStem))];
  const claim: ClaimRecord = {
    id: `${sourceId}#c${index}`,
    sourceId,
    index,
    text,
    selector: { exact: text, prefix: '', suffix: '' },
    position: { start: 0, end: text.length },
    quantities,
    entityIds,
    terms,
    keys: [],
  };
  claim.keys = candidateKeys({ ...claim, contextEntityIds: lead });
  return claim;
}

async function crowdedStore(): Promise<MemoryClaimStore> {
  const store = new MemoryClaimStore();
  for (let s = 0; s < CROWD_SOURCES; s++) {
    const sourceId = `s.crowd${s}`;
    const guest = GUESTS[s % GUESTS.length]!;
    const lead = [PUTIN, person(guest)];
    const claims = Array.from({ length: CLAIMS_PER_SOURCE }, (_, i) => {
      const city = CITIES[(s + i) % CITIES.length]!;
      const topic = TOPICS[(s * 7 + i) % TOPICS.length]!;
      const minutes = 20 + ((s * 13 + i * 7) % 150);
      const text = `Vladimir Putin met ${guest} in ${city} to discuss ${topic}, and the talks lasted ${minutes} minutes.`;
      return record(sourceId, i, text, [PUTIN, person(guest), place(city)], lead, [[`${minutes} minutes`, minutes * 60]]);
    });
    await store.commitDocument({ source: source(sourceId, { leadEntityIds: lead }), claims, mentions: [], entities: [], matches: [], touchedSources: [] });
  }
  const abe = person('Shinzo Abe');
  const rival = record('s.rival', 0, 'Vladimir Putin and Shinzo Abe held talks on the Kuril islands that lasted 95 minutes.', [PUTIN, abe], [PUTIN, abe], [['95 minutes', 5700]]);
  await store.commitDocument({ source: source('s.rival', { leadEntityIds: [PUTIN, abe] }), claims: [rival], mentions: [], entities: [], matches: [], touchedSources: [] });
  return store;
}

const isClaimRecord = (x: unknown): x is ClaimRecord => typeof x === 'object' && x !== null && 'quantities' in x && 'keys' in x;

/** The store, with every stored claim it hands out and every claim-index lookup counted. */
function counting(store: ClaimStore): { store: ClaimStore; claimsRead: string[]; lookups: number } {
  const seen = { store, claimsRead: [] as string[], lookups: 0 };
  seen.store = new Proxy(store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        if (name === 'findClaimIdsByKeys') seen.lookups++;
        const result = await (value as (...a: unknown[]) => unknown).apply(target, args);
        if (Array.isArray(result)) seen.claimsRead.push(...result.filter(isClaimRecord).map((c) => c.id));
        return result;
      };
    },
  }) as ClaimStore;
  return seen;
}

describe('matching against a store where one person is named by 10,000 claims', () => {
  it('reads a bounded number of stored claims in one index lookup, and still finds the conflicting figure', { timeout: SCALE_TIMEOUT_MS }, async () => {
    const store = await crowdedStore();
    const abe = person('Shinzo Abe');
    const lead = [PUTIN, abe];
    const texts = [
      'Vladimir Putin and Shinzo Abe discussed the Kuril islands in talks that lasted 80 minutes.',
      'Vladimir Putin told Shinzo Abe that a peace treaty was possible.',
      'Vladimir Putin later met Angela Merkel in Hamburg.',
    ];
    const claims = [
      record('s.new', 0, texts[0]!, [PUTIN, abe], lead, [['80 minutes', 4800]]),
      record('s.new', 1, texts[1]!, [PUTIN, abe], lead),
      record('s.new', 2, texts[2]!, [PUTIN, person('Angela Merkel'), place('Hamburg')], lead),
    ];
    const watched = counting(store);
    const matches = await findMatches(watched.store, 's.new', claims, { leadEntityIds: lead }, new Set());
    expect(watched.lookups).toBe(1);
    expect(new Set(watched.claimsRead).size).toBeLessThanOrEqual(claims.length * CANDIDATES_PER_CLAIM);
    const conflict = matches.find((m) => m.relation === 'conflicts' && m.sourceA === 's.new' && m.sourceB === 's.rival');
    expect(conflict?.note).toBe('duration 1 h 20 min vs 1 h 35 min');
    for (const relation of ['conflicts', 'agrees', 'related'] as const) {
      for (const claim of claims) {
        expect(matches.filter((m) => m.relation === relation && (m.a === claim.id || m.b === claim.id)).length).toBeLessThanOrEqual(8);
      }
    }
  });
});
