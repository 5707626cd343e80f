import { describe, expect, it } from 'vitest';
import { parseRequest, type RequestType } from '../../../lib/messages';

/** One valid message of every request type (the type checker sees that none is missing). */
const VALID: { [T in RequestType]: object } = {
  'page.wake': {},
  'page.read': { url: 'https://example.org/', html: '<p>x</p>', truncated: false },
  'offscreen.read': { url: 'https://example.org/', html: '<p>x</p>', truncated: true },
  'page.analyze': {
    page: { url: 'https://example.org/', canonicalUrl: '', title: 'T', site: 'S', byline: '', published: '', language: 'en', text: 'Text.' },
    addRequested: false,
  },
  'page.saved': { sourceId: 's' },
  'card.claim': { claimId: 'c' },
  'card.entity': { entityId: 'e', sourceId: 's' },
  'source.summary': { sourceId: 's' },
  'tab.summary': { tabId: 3 },
  'source.forget': { sourceId: 's' },
  'store.stats': {},
  'page.state': {},
  'page.add': {},
  'page.forgotten': {},
  'entities.list': { query: '', sort: 'mentions', offset: 0, limit: 50 },
  'entity.rename': { entityId: 'e', name: 'New name' },
  'entity.merge': { entityId: 'e', otherId: 'f' },
  'entity.split': { entityId: 'e', alias: 'Alias' },
  'entity.block': { entityId: 'e' },
  'entities.blocked': {},
  'entity.unblock': { key: 'k' },
  'sources.list': { filter: {}, sort: 'addedAt', direction: 'desc', offset: 0, limit: 50 },
  'sources.sites': {},
  'sources.delete': { sourceIds: ['s'] },
  'sources.forgetSite': { site: 'example.org' },
  'sources.undoDelete': { undoToken: 'u' },
  'conflicts.report': { offset: 0, limit: 50 },
  'conflicts.csv': {},
  'articles.add': {
    page: { url: 'https://example.org/', canonicalUrl: '', title: 'T', site: 'S', byline: '', published: '', language: 'en', text: 'Text.' },
  },
};

describe('parseRequest', () => {
  it('accepts a valid message of every type the protocol answers', () => {
    for (const [type, fields] of Object.entries(VALID)) {
      expect(parseRequest({ type, ...fields }), type).toEqual({ ok: true, request: { type, ...fields } });
    }
  });

  it("refuses a message whose type is another type's schema, or a name every object has", () => {
    expect(parseRequest({ type: 'page.state', sourceId: 's' })).toMatchObject({ ok: false, error: expect.stringContaining('Refused message of type "page.state"') });
    for (const type of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'store.drop', '']) {
      expect(parseRequest({ type }), type).toEqual({ ok: false, error: `Refused message of type "${type}": no message has that type.` });
    }
  });

  it('refuses what is not an object with a type, saying so', () => {
    for (const message of [null, undefined, 'page.state', 42, [], {}]) {
      expect(parseRequest(message)).toEqual({ ok: false, error: 'Refused message of type "?": it is not an object with a type.' });
    }
  });

  it('refuses a type given as something other than a string', () => {
    expect(parseRequest({ type: ['page.state'] })).toMatchObject({ ok: false, error: expect.stringMatching(/^Refused message of type "page.state": /) });
  });
});
