/** The part of a stored source that cards and the popup show. */
import type { SourceView } from '../messages';
import type { SourceRecord } from '../store/records';

export function toSourceView(source: SourceRecord): SourceView {
  return {
    id: source.id,
    title: source.title,
    site: source.site,
    url: source.url,
    published: source.published,
    addedAt: source.addedAt,
  };
}

/** Publication time when the article states it, else when it was read. */
export function sourceTime(source: SourceRecord): number {
  const published = Date.parse(source.published);
  return Number.isNaN(published) ? source.addedAt : published;
}
