/**
 * The background's answers to the store manager's requests. They read and edit the whole store,
 * so they answer only Crosslight's own pages (the manager, the popup), never a content script:
 * a web page must not be able to list, search or delete what the reader stored.
 *
 * Import, export and the claims search do not come through here: the manager page runs them
 * itself on the shared database (lib/store/import.ts, export.ts, search.ts). A whole store file is
 * too large for a message, and a search read in the page spares the message's round trip and the
 * start of a stopped service worker; only writes go through the background.
 */
import type { Handlers } from '../messaging/protocol-server';
import type { ClaimStore } from '../store/claim-store';
import { conflictGroups, conflictsCsv, conflictsReport } from '../store/conflicts-report';
import type { CrosslightDb } from '../store/db';
import { DexieClaimStore } from '../store/dexie-store';
import { blockEntity, blockedKeys, listEntities, mergeEntities, renameEntity, splitAlias, unblockKey } from '../store/entity-edit';
import { deleteSources, forgetSite, listSites, listSources, undoDelete } from '../store/source-admin';
import type { MessageSender } from './router';

const EXTENSION_PAGE = /^(chrome-extension|moz-extension):\/\//;

/** Whether the message comes from one of Crosslight's own pages rather than a content script. */
export function isExtensionPage(sender: MessageSender): boolean {
  return !!sender.url && EXTENSION_PAGE.test(sender.url);
}

function fromExtensionPage(sender: MessageSender): void {
  if (!isExtensionPage(sender)) throw new Error('The store manager’s requests are answered only for Crosslight’s own pages.');
}

/** Handlers for every manager request, on the database behind `store`. */
export function managerHandlers(store: ClaimStore): Handlers<MessageSender> {
  /** Runs `work` on the database once the sender is known to be one of Crosslight's pages; refusals reject. */
  const on = async <R>(sender: MessageSender, work: (db: CrosslightDb) => Promise<R>): Promise<R> => {
    fromExtensionPage(sender);
    if (!(store instanceof DexieClaimStore)) throw new Error('The store manager needs the browser’s database.');
    return work(store.db);
  };
  return {
    'entities.list': ({ query, entityType, sort, offset, limit }, sender) =>
      on(sender, (db) => listEntities(db, { query, sort, ...(entityType ? { entityType } : {}) }, { offset, limit })),
    'entity.rename': ({ entityId, name }, sender) => on(sender, (db) => renameEntity(db, entityId, name)),
    'entity.merge': ({ entityId, otherId }, sender) => on(sender, (db) => mergeEntities(db, entityId, otherId)),
    'entity.split': ({ entityId, alias }, sender) => on(sender, (db) => splitAlias(db, entityId, alias)),
    'entity.block': ({ entityId }, sender) => on(sender, (db) => blockEntity(db, entityId)),
    'entities.blocked': async (_request, sender) => ({ keys: await on(sender, blockedKeys) }),
    'entity.unblock': async ({ key }, sender) => ({ removed: await on(sender, (db) => unblockKey(db, key)) }),
    'sources.list': ({ filter, sort, direction, offset, limit }, sender) => on(sender, (db) => listSources(db, filter, sort, direction, { offset, limit })),
    'sources.sites': (_request, sender) => on(sender, listSites),
    'sources.delete': ({ sourceIds }, sender) => on(sender, (db) => deleteSources(db, sourceIds)),
    'sources.forgetSite': ({ site }, sender) => on(sender, (db) => forgetSite(db, site)),
    'sources.undoDelete': ({ undoToken }, sender) => on(sender, (db) => undoDelete(db, undoToken)),
    'conflicts.report': ({ offset, limit }, sender) => on(sender, (db) => conflictsReport(db, { offset, limit })),
    'conflicts.csv': async (_request, sender) => conflictsCsv(await on(sender, conflictGroups)),
  };
}
