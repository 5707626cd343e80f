import { useEffect, useState } from 'preact/hooks';
import { formatBytes } from '../lib/ui/format';
import { messageOf } from '../lib/error-message';

export interface StorageEstimateView {
  usage?: number;
  quota?: number;
}

/** `navigator.storage`, as far as the manager uses it; a parameter so the panel renders in tests. */
export interface StoragePort {
  estimate(): Promise<StorageEstimateView>;
  persisted(): Promise<boolean>;
  persist(): Promise<boolean>;
}

type Loaded<T> = { kind: 'loading' } | { kind: 'ready'; value: T } | { kind: 'failed'; message: string };

/** Space used and left, and whether the browser may clear the store when the disk runs short. */
export function StoragePanel({ storage, refreshKey }: { storage: StoragePort; refreshKey: number }) {
  const [estimate, setEstimate] = useState<Loaded<StorageEstimateView>>({ kind: 'loading' });
  const [persisted, setPersisted] = useState<Loaded<boolean>>({ kind: 'loading' });
  const [asked, setAsked] = useState<Loaded<boolean> | null>(null);

  useEffect(() => {
    let live = true;
    storage.estimate().then(
      (value) => live && setEstimate({ kind: 'ready', value }),
      (error: unknown) => live && setEstimate({ kind: 'failed', message: messageOf(error) }),
    );
    storage.persisted().then(
      (value) => live && setPersisted({ kind: 'ready', value }),
      (error: unknown) => live && setPersisted({ kind: 'failed', message: messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [storage, refreshKey]);

  const requestPersistence = async () => {
    setAsked({ kind: 'loading' });
    try {
      const granted = await storage.persist();
      setAsked({ kind: 'ready', value: granted });
      setPersisted({ kind: 'ready', value: granted });
    } catch (error) {
      setAsked({ kind: 'failed', message: messageOf(error) });
    }
  };

  const usage = estimate.kind === 'ready' ? estimate.value.usage : undefined;
  const quota = estimate.kind === 'ready' ? estimate.value.quota : undefined;
  const fraction = usage !== undefined && quota ? Math.min(1, usage / quota) : null;

  return (
    <section class="cl-panel" aria-labelledby="cl-storage-heading" data-testid="manager-storage">
      <h2 id="cl-storage-heading">Storage</h2>
      {estimate.kind === 'failed' && (
        <p class="cl-error" role="alert">
          The browser did not say how much space is used: {estimate.message}
        </p>
      )}
      <p data-stat="usage">
        {estimate.kind === 'loading' ? 'Measuring…' : usage === undefined ? 'Space used: unknown' : `${formatBytes(usage)} used`}
        {quota !== undefined && <span class="cl-muted"> of {formatBytes(quota)} the browser allows</span>}
      </p>
      {fraction !== null && (
        <div class="cl-meter" role="meter" aria-label="Space used" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(fraction * 100)}>
          <div class="cl-meter__fill" style={{ width: `${Math.max(0.5, fraction * 100).toFixed(1)}%` }} />
        </div>
      )}
      <p class="cl-muted cl-small">
        Crosslight asks the browser for unlimited storage, so your store is not cleared to make room. If the disk itself
        fills up, adding or importing stops with a message and nothing half-written is kept.
      </p>
      <div class="cl-row">
        <span data-testid="manager-persisted">
          {persisted.kind === 'loading'
            ? 'Checking whether storage is persistent…'
            : persisted.kind === 'failed'
              ? `Could not check persistence: ${persisted.message}`
              : persisted.value
                ? 'Storage is persistent: the browser keeps it under storage pressure.'
                : 'Storage is not marked persistent.'}
        </span>
        {!(persisted.kind === 'ready' && persisted.value) && (
          <button type="button" class="cl-button" onClick={() => void requestPersistence()} disabled={asked?.kind === 'loading'}>
            Ask for persistent storage
          </button>
        )}
      </div>
      {asked?.kind === 'ready' && !asked.value && (
        <p class="cl-muted cl-small" role="status">
          The browser said no. Extensions are often refused; the unlimited-storage permission still protects the store.
        </p>
      )}
      {asked?.kind === 'ready' && asked.value && (
        <p class="cl-small" role="status">
          The browser granted persistent storage.
        </p>
      )}
      {asked?.kind === 'failed' && (
        <p class="cl-error" role="alert">
          Could not ask: {asked.message}
        </p>
      )}
    </section>
  );
}
