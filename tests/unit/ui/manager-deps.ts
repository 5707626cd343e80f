/** What the manager needs besides its settings, as the manager tests give it. */
import { parseHTML } from 'linkedom';
import type { ManagerProps } from '../../../components/Manager';
import type { Transport } from '../../../lib/messaging/protocol-client';
import { addThrough } from '../../../lib/ui/article-adder';
import { readArticleFile } from '../../../lib/ui/article-files';

export function managerDeps(background: Transport, fields: Partial<ManagerProps> = {}): Omit<ManagerProps, 'settings'> {
  return {
    background,
    searchClaims: async (_query, _filter, page) => ({ items: [], total: 0, offset: page.offset }),
    storage: { estimate: async () => ({ usage: 12_300_000, quota: 84_000_000_000 }), persisted: async () => false, persist: async () => true },
    readArticle: (file) => readArticleFile(file, (html) => parseHTML(html).document as unknown as Document),
    addArticle: addThrough(background),
    samples: async () => [],
    transfer: {
      exportStore: async () => ({ file: new Blob(['{}']), records: 0 }),
      importStore: async () => ({ ok: false, problems: ['The file is empty.'], totalProblems: 1 }),
    },
    ...fields,
  };
}
