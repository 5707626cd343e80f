/**
 * Export and import of the whole store, run in the manager page itself on the extension's
 * database (extension pages share it with the background): a file is read as a stream and written
 * in one transaction, which a message channel to the background could not carry.
 */
import type { CrosslightDb } from '../store/db';
import { exportStore } from '../store/export';
import type { ImportProgress, ImportResult } from '../store/import';
import { TextBlobWriter } from './text-blob';

export interface StoreTransfer {
  exportStore(onProgress: (progress: { done: number; total: number }) => void): Promise<{ file: Blob; records: number }>;
  importStore(file: Blob, onProgress: (progress: ImportProgress) => void): Promise<ImportResult>;
}

/** Lets the page paint the progress bar between pieces, so a long export never freezes it. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function storeTransferOn(db: CrosslightDb): StoreTransfer {
  return {
    async exportStore(onProgress) {
      // Each piece becomes bytes as it comes, while IndexedDB reads the next pages, instead of the
      // whole file at the end in one long task.
      const file = new TextBlobWriter();
      let records = 0;
      for await (const piece of exportStore(db)) {
        file.write(piece.text);
        records = piece.done;
        onProgress({ done: piece.done, total: piece.total });
        await nextFrame();
      }
      return { file: file.blob('application/json'), records };
    },
    // An import re-keys claims with the engine, which the page loads only when a file is imported.
    importStore: async (file, onProgress) => (await import('../store/import')).importStore(db, file, { onProgress }),
  };
}
