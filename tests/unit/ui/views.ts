/** Views as the background and content script answer them, for the interface tests. */
import type { OtherClaimView, PageStateView, SourceSummaryView, SourceView } from '../../../lib/messages';
import type { Handlers } from '../../../lib/messaging/protocol-server';
import { handleMessage } from '../../../lib/messaging/protocol-server';
import type { Transport } from '../../../lib/messaging/protocol-client';

export function sourceView(n: number, fields: Partial<SourceView> = {}): SourceView {
  return {
    id: `source-${n}`,
    title: `Article ${n}`,
    site: `Outlet ${n}`,
    url: `https://outlet${n}.example/article`,
    published: '2017-07-07',
    addedAt: Date.UTC(2017, 6, 7 + n),
    ...fields,
  };
}

export function pageState(fields: Partial<PageStateView> = {}): PageStateView {
  return {
    status: 'article',
    detail: 'Read 900 words.',
    url: 'https://www.outlet0.example/article',
    sourceId: 'source-0',
    stored: true,
    highlightsHidden: false,
    counts: { claims: 12, entities: 7, matches: 3, conflicts: 1 },
    ...fields,
  };
}

export function otherClaim(n: number, relation: OtherClaimView['relation'], fields: Partial<OtherClaimView> = {}): OtherClaimView {
  return {
    claimId: `source-${n}#c${n}`,
    text: 'The talks lasted two hours seventeen minutes.',
    marks: [{ start: 17, end: 44 }],
    relation,
    note: 'duration 2 h 16 min vs 2 h 17 min',
    score: 0.9,
    source: sourceView(n),
    link: `https://outlet${n}.example/article#:~:text=two%20hours`,
    ...fields,
  };
}

export function summary(fields: Partial<SourceSummaryView> = {}): SourceSummaryView {
  return {
    source: { ...sourceView(0, { url: 'https://www.outlet0.example/article' }), duplicateOf: [] },
    counts: { claims: 12, entities: 7, matches: 3, conflicts: 1 },
    claims: [
      { id: 'source-0#c2', text: 'Leaders agreed a ceasefire from 9 July.', counts: { agrees: 1, conflicts: 0, related: 0 }, others: [otherClaim(2, 'agrees', { text: 'A ceasefire starts on 9 July.', marks: [{ start: 21, end: 27 }] })] },
      { id: 'source-0#c1', text: 'The meeting lasted 2 hours and 16 minutes.', counts: { agrees: 0, conflicts: 1, related: 1 }, others: [otherClaim(3, 'related', { text: 'They met for over two hours.', marks: [] }), otherClaim(1, 'conflicts')] },
    ],
    ...fields,
  };
}

/**
 * A transport that goes through the real receiving side of the protocol (validation included)
 * to the given handlers, and records every request it carried.
 */
export function transportTo<Context>(handlers: Handlers<Context>, context: Context): Transport & { sent: string[] } {
  const sent: string[] = [];
  const transport = async (message: unknown) => {
    sent.push((message as { type: string }).type);
    return handleMessage(handlers, message, context, () => {});
  };
  return Object.assign(transport, { sent });
}
