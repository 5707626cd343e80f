/**
 * Adding dropped files to the store one after another, with progress and a per-file outcome.
 * One at a time: each article is analysed in the background, and a queue of them in parallel
 * would only make every one slower while the page waits.
 */
import type { PageInput } from '../messages';
import { request, type Transport } from '../messaging/protocol-client';
import type { ArticleFile, ReadArticle } from './article-files';
import { formatCount } from './format';
import { messageOf } from '../error-message';

export type AddStatus = 'added' | 'duplicate' | 'failed';

export interface AddOutcome {
  name: string;
  status: AddStatus;
  /** What the reader needs to know: the claims found, what it duplicates, or why it failed. */
  detail: string;
}

export interface AdderDeps {
  read: (file: ArticleFile) => Promise<ReadArticle>;
  add: (page: PageInput) => Promise<{ status: Exclude<AddStatus, 'failed'>; detail: string }>;
  onProgress: (done: number, outcome: AddOutcome) => void;
  /** Stops before the next file when aborted; files already added stay added. */
  signal?: AbortSignal;
}

export async function addArticles(files: readonly ArticleFile[], deps: AdderDeps): Promise<AddOutcome[]> {
  const outcomes: AddOutcome[] = [];
  for (const file of files) {
    if (deps.signal?.aborted) break;
    let outcome: AddOutcome;
    try {
      const read = await deps.read(file);
      if (!read.ok) outcome = { name: file.name, status: 'failed', detail: read.reason };
      else outcome = { name: file.name, ...(await deps.add(read.page)) };
    } catch (error) {
      outcome = { name: file.name, status: 'failed', detail: messageOf(error) };
    }
    outcomes.push(outcome);
    deps.onProgress(outcomes.length, outcome);
  }
  return outcomes;
}

export function summarise(outcomes: readonly AddOutcome[]): Record<AddStatus, number> {
  const counts: Record<AddStatus, number> = { added: 0, duplicate: 0, failed: 0 };
  for (const outcome of outcomes) counts[outcome.status] += 1;
  return counts;
}

/** `AdderDeps.add` through the background's `articles.add`. */
export function addThrough(background: Transport): AdderDeps['add'] {
  return async (page) => {
    const view = await request(background, { type: 'articles.add', page });
    const parts = [formatCount(view.claims, 'claim'), formatCount(view.conflicts, 'conflict')];
    if (view.copies > 0) parts.push(`a copy of ${formatCount(view.copies, 'stored article')}`);
    return { status: view.status, detail: view.status === 'duplicate' ? `already stored (${parts.join(', ')})` : parts.join(', ') };
  };
}
