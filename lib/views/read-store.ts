/**
 * What the views read from a store, and a store as seen together with one analysed page that is
 * not in it (a page the reader's settings kept out): its cards and summary are built the same way
 * as a stored page's, from the same views.
 */
import type { ClaimStore } from '../store/claim-store';
import type { AnalysedPage } from './page-analysis';

export type ReadStore = Pick<
  ClaimStore,
  'getSource' | 'getSources' | 'getClaims' | 'getEntities' | 'claimsOfSource' | 'mentionsOfSource' | 'mentionsOfEntity' | 'matchesOfClaims'
>;

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

/** Records of `own` for the ids it has, the store's for the rest, in the order asked. */
async function merged<T extends { id: string }>(ids: string[], own: Map<string, T>, fromStore: (ids: string[]) => Promise<T[]>): Promise<T[]> {
  const rest = ids.filter((id) => !own.has(id));
  const stored = rest.length > 0 ? byId(await fromStore(rest)) : new Map<string, T>();
  return ids.map((id) => own.get(id) ?? stored.get(id)).filter((record): record is T => record !== undefined);
}

/**
 * The store with `page` laid over it. The page's own records answer for its source, claims and
 * mentions, its matches join the store's, and its entities answer where the store has none (a name
 * only this page mentions). Nothing is written.
 */
export function withPage(store: ReadStore, page: AnalysedPage): ReadStore {
  const claims = byId(page.claims);
  const entities = byId(page.entities);
  const sourceId = page.source.id;
  return {
    getSource: async (id) => (id === sourceId ? page.source : store.getSource(id)),
    getSources: (ids) => merged(ids, new Map([[sourceId, page.source]]), (rest) => store.getSources(rest)),
    getClaims: (ids) => merged(ids, claims, (rest) => store.getClaims(rest)),
    getEntities: async (ids) => {
      const stored = byId(await store.getEntities(ids));
      return ids.map((id) => stored.get(id) ?? entities.get(id)).filter((entity) => entity !== undefined);
    },
    claimsOfSource: async (id) => (id === sourceId ? page.claims : store.claimsOfSource(id)),
    mentionsOfSource: async (id) => (id === sourceId ? page.mentions : store.mentionsOfSource(id)),
    mentionsOfEntity: async (id) => [...(await store.mentionsOfEntity(id)), ...page.mentions.filter((m) => m.entityId === id)],
    matchesOfClaims: async (ids) => {
      const own = new Set(ids);
      const stored = await store.matchesOfClaims(ids);
      const known = new Set(stored.map((match) => match.id));
      return [...stored, ...page.matches.filter((m) => !known.has(m.id) && (own.has(m.a) || own.has(m.b)))];
    },
  };
}
