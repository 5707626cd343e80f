/**
 * Entities the reader marked as "not an entity" stay gone when pages are analysed again: their
 * keys are kept in the store, and ingest drops every entity found under a blocked key before it
 * is joined with the store's entities.
 */
import { foldName, ORG_SHORT_KEY, PERSON_SKELETON_KEY, SURNAME_KEY } from '../engine/name-keys';
import type { DocumentAnalysis, EntityType } from '../engine/types';
import type { ClaimStore } from './claim-store';

/**
 * The keys that name an entity. A surname key is left out when the entity has a full name: marking
 * "Jordan Smith" as not an entity must not make every Smith disappear; nor is a full name's
 * consonant skeleton a key of it, since "Jordan Smyth" may have it too, nor a company's short name.
 */
export function blockingKeys(entity: { type: EntityType; keys: string[] }): string[] {
  const strong = entity.keys.filter((k) => !k.startsWith(SURNAME_KEY) && !k.startsWith(PERSON_SKELETON_KEY) && !k.startsWith(ORG_SHORT_KEY));
  return strong.length ? strong : entity.keys;
}

/** The analysis without the entities the reader blocked, their mentions and their places in claims and in the topic. */
export function dropBlockedEntities(analysis: DocumentAnalysis, blocked: ReadonlySet<string>): DocumentAnalysis {
  if (!blocked.size) return analysis;
  const newIndex = new Map<number, number>();
  const entities = analysis.entities.flatMap((entity, i) => {
    if (blockingKeys(entity).some((k) => blocked.has(k))) return [];
    newIndex.set(i, newIndex.size);
    return [{ ...entity, index: newIndex.size - 1 }];
  });
  if (entities.length === analysis.entities.length) return analysis;
  const kept = (i: number) => newIndex.get(i);
  return {
    ...analysis,
    entities,
    mentions: analysis.mentions.flatMap((m) => {
      const entity = kept(m.entity);
      return entity === undefined ? [] : [{ ...m, entity }];
    }),
    claims: analysis.claims.map((c) => ({ ...c, entities: c.entities.flatMap((e) => kept(e) ?? []) })),
    topic: { ...analysis.topic, places: analysis.topic.places.filter((place) => entities.some((e) => e.type === 'place' && foldName(e.name) === place)) },
  };
}

/** `analysis` with the entities blocked in `store` dropped. */
export async function withoutBlockedEntities(store: ClaimStore, analysis: DocumentAnalysis): Promise<DocumentAnalysis> {
  const keys = [...new Set(analysis.entities.flatMap(blockingKeys))];
  if (!keys.length) return analysis;
  return dropBlockedEntities(analysis, new Set(await store.findBlockedEntityKeys(keys)));
}
