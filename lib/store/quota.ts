/**
 * A full disk, told apart from every other store failure. Browsers report it as a
 * `QuotaExceededError` DOMException (older Firefox: `NS_ERROR_DOM_QUOTA_REACHED`), and Dexie
 * hands it on wrapped: as its own `QuotaExceededError`, as the `inner` error of an `AbortError`
 * when the transaction was aborted for it, or among the `failures` of a `BulkError`.
 *
 * A full store must never stop reading: the page is still analysed and highlighted, only not
 * saved, and the reader is told why in words rather than with an exception name.
 */

export const STORE_FULL_MESSAGE =
  'Not saved: the browser has no room left for Crosslight’s store (the storage quota is used up). ' +
  'Highlights still work and nothing already stored was changed. Free some space, for example by ' +
  'deleting sources you no longer need in the store manager, to save new articles again.';

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
/** The legacy DOMException code of QUOTA_EXCEEDED_ERR. */
const QUOTA_CODE = 22;

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
}

/** Whether `error`, or any error it wraps, says the storage quota is used up. */
export function isQuotaExceeded(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    const e = current as ErrorLike;
    if (typeof e.name === 'string' && QUOTA_NAMES.has(e.name)) return true;
    if (e.code === QUOTA_CODE && e.name !== undefined && String(e.name).endsWith('Error')) return true;
    pending.push(e.inner, e.cause);
    if (Array.isArray(e.failures)) pending.push(...(e.failures as unknown[]));
  }
  return false;
}

/** Thrown in place of a quota error so that every context shows the same clear message. */
export class StoreFullError extends Error {
  override name = 'StoreFullError';
  constructor(options?: { cause?: unknown }) {
    super(STORE_FULL_MESSAGE, options);
  }
}

/** `error` itself, or a StoreFullError when it is a quota error in any of its wrappings. */
export function explainStoreError(error: unknown): unknown {
  return isQuotaExceeded(error) && !(error instanceof StoreFullError) ? new StoreFullError({ cause: error }) : error;
}

/**
 * Runs `work` storing its result when `persist` is set; when the store is full, runs it again
 * without storing, so that the caller still gets its answer, and says the store was full.
 */
export async function storingIfRoom<T>(persist: boolean, work: (persist: boolean) => Promise<T>): Promise<{ result: T; storeFull: boolean }> {
  try {
    return { result: await work(persist), storeFull: false };
  } catch (error) {
    if (!persist || !isQuotaExceeded(error)) throw error;
    return { result: await work(false), storeFull: true };
  }
}
