/** The card a reader opens from an entity highlight: who or what it is, and who else wrote about it. */
import type { EntityCardView } from '../messages';
import type { ReadStore } from './read-store';
import type { MentionRecord } from '../store/records';
import { sentenceAround } from './quote';
import { sourceTime, toSourceView } from './source-view';
import { textFragmentLink } from './text-fragment';

/** `fromSourceId` is the page the card opens on: it is not listed among the other sources. */
export async function entityCardView(store: ReadStore, entityId: string, fromSourceId: string): Promise<EntityCardView> {
  const [entity] = await store.getEntities([entityId]);
  if (!entity) throw new Error(`This name is not in the store yet (${entityId}): add the page to compare it with other sources.`);
  const bySource = new Map<string, MentionRecord[]>();
  for (const mention of await store.mentionsOfEntity(entityId)) {
    if (mention.sourceId === fromSourceId) continue;
    bySource.set(mention.sourceId, [...(bySource.get(mention.sourceId) ?? []), mention]);
  }
  const sources = await store.getSources([...bySource.keys()]);
  sources.sort((x, y) => sourceTime(y) - sourceTime(x));
  return {
    entity: { id: entity.id, name: entity.name, type: entity.type, aliases: entity.aliases },
    sources: sources.map((source) => {
      const mentions = bySource.get(source.id) ?? [];
      const first = mentions.reduce((x, y) => (y.position.start < x.position.start ? y : x));
      const quote = sentenceAround(source.text, first.position.start, first.position.end) || first.selector.exact;
      return { source: toSourceView(source), mentions: mentions.length, quote, link: textFragmentLink(source.url, quote) };
    }),
  };
}
