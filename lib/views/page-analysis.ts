/** What the content script paints on an analysed page. */
import type { Relation } from '../engine/types';
import type { Highlight, HighlightRelation, PageAnalysisView } from '../messages';
import type { ClaimRecord, EntityRecord, MatchRecord, MentionRecord, SourceRecord } from '../store/records';
import { relationRank } from './other-claims';

/** The records one analysis produced (an IngestResult, whether it was stored or not). */
export interface AnalysedPage {
  source: SourceRecord;
  claims: ClaimRecord[];
  mentions: MentionRecord[];
  /** The entities this analysis made or changed. */
  entities: EntityRecord[];
  matches: MatchRecord[];
  /** Every entity the page mentions, as ingest resolved them (not kept with an unstored page). */
  mentioned?: EntityRecord[];
}

/**
 * One highlight per claim, coloured by its strongest relation to another source (conflicts >
 * agrees > related), and one per entity mention, typed. Built from the analysis alone, so that the
 * answer never waits behind the page's own commit.
 */
export function pageAnalysisView(page: AnalysedPage & { mentioned: EntityRecord[] }, stored: boolean): PageAnalysisView {
  const strongest = new Map<string, Relation>();
  for (const match of page.matches) {
    for (const claimId of [match.a, match.b]) {
      const current = strongest.get(claimId);
      if (current === undefined || relationRank(match.relation) < relationRank(current)) strongest.set(claimId, match.relation);
    }
  }
  const entities = new Map(page.mentioned.map((e) => [e.id, e]));

  const highlights: Highlight[] = [];
  for (const claim of page.claims) {
    const relation: HighlightRelation = strongest.get(claim.id) ?? 'none';
    highlights.push({ kind: 'claim', id: claim.id, start: claim.position.start, end: claim.position.end, relation });
  }
  for (const mention of page.mentions) {
    const entity = entities.get(mention.entityId);
    if (!entity) throw new Error(`The analysis mentions an entity it did not describe (${mention.entityId}).`);
    highlights.push({ kind: 'entity', id: entity.id, entityType: entity.type, start: mention.position.start, end: mention.position.end });
  }
  highlights.sort((x, y) => x.start - y.start || y.end - x.end);

  return {
    sourceId: page.source.id,
    stored,
    highlights,
    counts: {
      claims: page.claims.length,
      entities: new Set(page.mentions.map((m) => m.entityId)).size,
      matches: page.matches.length,
      conflicts: page.matches.filter((m) => m.relation === 'conflicts').length,
    },
  };
}
