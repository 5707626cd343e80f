/**
 * The generated store as a store file (lib/store/export-format.ts), as a reader's export of it
 * would be: the import figures are taken by importing it through the product's own import.
 */
import { STORE_FORMAT, STORE_FORMAT_VERSION } from '../lib/store/export-format';
import type { GeneratedStore } from './generate-store';

export function storeFileText(store: GeneratedStore): string {
  return JSON.stringify({
    format: STORE_FORMAT,
    version: STORE_FORMAT_VERSION,
    exportedAt: new Date(0).toISOString(),
    sources: store.sources,
    entities: store.entities,
    claims: store.claims,
    mentions: store.mentions,
    matches: [],
    blockedKeys: [],
  });
}
