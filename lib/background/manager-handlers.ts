/**
 * The background's answers to the store manager's requests. They read and edit the whole store,
 * so they answer only Crosslight's own pages (the manager, the popup), never a content script:
 * a web page must not be able to list, search or delete what the reader stored.
 *
 * Import and export do not come through here: the manager page runs them itself on the shared
 * database (lib/store/import.ts, export.ts), because a whole store file is too large for a message.
 */
import type { Handlers } from '../messaging/protocol-server';
import type { ClaimStore } from '../store/claim-store';
import { conflictGroups, conflictsCsv, conflictsReport } from '../store/conflicts-report';
import type { CrosslightDb } from '../store/db';
import { DexieClaimStore } from '../store/dexie-store';
import { blockEntity, blockedKeys, listEntities, mergeEntities, renameEntity, splitAlias, unblockKey } from '../store/entity-edit';
import { searchClaims } from '../store/search';
import { deleteSources, forgetSite, listSites, listSources, undoDelete } from '../store/source-admin';
import type { MessageSender } from './router';

const EXTENSION_PAGE = /^(chrome-extension|moz-extension):\/\//;

function fromExtensionPage(sender: MessageSender): void {
  if (!sender.url || !EXTENSION_PAGE.test(sender.url)) throw new Error('The store manager’s requests are answered only for Crosslight’s own pages.');
}

/** Handlers for every manager request, on the database behind `store`. */
export function managerHandlers(store: ClaimStore): Handlers<MessageSender> {
  const database = (sender: MessageSender): CrosslightDb => {
    fromExtensionPage(sender);
    if (!(store instanceof DexieClaimStore)) throw new Error('The store manager needs the browser’s database.');
    return store.db;
  };
  return {
    'claims.search': ({ query, filter, offset, limit }, sender) => searchClaims(database(sender), query, filter, { offset, limit }),
    'entities.list': ({ query, entityType, sort, offset, limit }, sender) =>
      listEntities(database(sender), { query, sort, ...(entityType ? { entityType } : {}) }, { offset, limit }),
    'entity.rename': ({ entityId, name }, sender) => renameEntity(database(sender), entityId, name),
    'entity.merge': ({ entityId, otherId }, sender) => mergeEntities(database(sender), entityId, otherId),
    'entity.split': ({ entityId, alias }, sender) => splitAlias(database(sender), entityId, alias),
    'entity.block': ({ entityId }, sender) => blockEntity(database(sender), entityId),
    'entities.blocked': async (_request, sender) => ({ keys: await blockedKeys(database(sender)) }),
    'entity.unblock': async ({ key }, sender) => ({ removed: await unblockKey(database(sender), key) }),
    'sources.list': ({ filter, sort, direction, offset, limit }, sender) => listSources(database(sender), filter, sort, direction, { offset, limit }),
    'sources.sites': (_request, sender) => listSites(database(sender)),
    'sources.delete': ({ sourceIds }, sender) => deleteSources(database(sender), sourceIds),
    'sources.forgetSite': ({ site }, sender) => forgetSite(database(sender), site),
    'sources.undoDelete': ({ undoToken }, sender) => undoDelete(database(sender), undoToken),
    'conflicts.report': ({ offset, limit }, sender) => conflictsReport(database(sender), { offset, limit }),
    'conflicts.csv': async (_request, sender) => conflictsCsv(await conflictGroups(database(sender))),
  };
}
