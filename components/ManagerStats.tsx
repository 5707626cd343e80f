import { useEffect, useState } from 'preact/hooks';
import type { StoreStatsView } from '../lib/messages';
import { request, type Transport } from '../lib/messaging/protocol-client';
import { formatBytes, formatNumber } from '../lib/ui/format';

export interface StorageEstimateView {
  usage?: number;
  quota?: number;
}

export interface ManagerStatsProps {
  background: Transport;
  estimateStorage: () => Promise<StorageEstimateView>;
}

const ROWS: { key: keyof StoreStatsView; label: string }[] = [
  { key: 'sources', label: 'Articles' },
  { key: 'claims', label: 'Claims' },
  { key: 'entities', label: 'People, places, organisations' },
  { key: 'mentions', label: 'Mentions' },
  { key: 'matches', label: 'Links between sources' },
];

type Loaded<T> = { kind: 'loading' } | { kind: 'ready'; value: T } | { kind: 'failed'; message: string };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What the store holds and how much room it takes. */
export function ManagerStats({ background, estimateStorage }: ManagerStatsProps) {
  const [stats, setStats] = useState<Loaded<StoreStatsView>>({ kind: 'loading' });
  const [estimate, setEstimate] = useState<Loaded<StorageEstimateView>>({ kind: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    request(background, { type: 'store.stats' }).then(
      (value) => live && setStats({ kind: 'ready', value }),
      (error: unknown) => live && setStats({ kind: 'failed', message: messageOf(error) }),
    );
    estimateStorage().then(
      (value) => live && setEstimate({ kind: 'ready', value }),
      (error: unknown) => live && setEstimate({ kind: 'failed', message: messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [background, estimateStorage, round]);

  return (
    <section class="cl-panel" aria-labelledby="cl-stats-heading" aria-busy={stats.kind === 'loading'}>
      <div class="cl-panel__head">
        <h2 id="cl-stats-heading">Your store</h2>
        <button type="button" class="cl-button cl-button--quiet" onClick={() => setRound(round + 1)}>
          Refresh
        </button>
      </div>
      {stats.kind === 'failed' && (
        <p class="cl-error" role="alert">
          Could not count the store: {stats.message}
        </p>
      )}
      <dl class="cl-stats" data-testid="manager-stats">
        {ROWS.map(({ key, label }) => (
          <div key={key} class="cl-stats__row">
            <dt>{label}</dt>
            <dd data-stat={key}>{stats.kind === 'ready' ? formatNumber(stats.value[key]) : '…'}</dd>
          </div>
        ))}
        <div class="cl-stats__row">
          <dt>Space used</dt>
          <dd data-stat="usage">
            {describeUsage(estimate)}
            {estimate.kind === 'ready' && estimate.value.usage !== undefined && estimate.value.quota !== undefined && (
              <span class="cl-stats__note"> of {formatBytes(estimate.value.quota)}</span>
            )}
          </dd>
        </div>
      </dl>
      <p class="cl-muted cl-small">Everything stays in this browser. Crosslight makes no network requests.</p>
    </section>
  );
}

function describeUsage(estimate: Loaded<StorageEstimateView>): string {
  if (estimate.kind === 'loading') return '…';
  if (estimate.kind === 'failed') return `unknown (${estimate.message})`;
  return estimate.value.usage === undefined ? 'unknown' : formatBytes(estimate.value.usage);
}
