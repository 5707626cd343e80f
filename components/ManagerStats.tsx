import { useEffect, useState } from 'preact/hooks';
import type { StoreStatsView } from '../lib/messages';
import { request, type Transport } from '../lib/messaging/protocol-client';
import { formatNumber } from '../lib/ui/format';
import { messageOf } from '../lib/error-message';

export interface ManagerStatsProps {
  background: Transport;
  /** Changes whenever the store changed, to count again. */
  refreshKey: number;
}

const ROWS: { key: keyof StoreStatsView; label: string }[] = [
  { key: 'sources', label: 'Articles' },
  { key: 'claims', label: 'Claims' },
  { key: 'entities', label: 'People, places, organisations' },
  { key: 'mentions', label: 'Mentions' },
  { key: 'matches', label: 'Links between sources' },
];

type Loaded<T> = { kind: 'loading' } | { kind: 'ready'; value: T } | { kind: 'failed'; message: string };

/** What the store holds. */
export function ManagerStats({ background, refreshKey }: ManagerStatsProps) {
  const [stats, setStats] = useState<Loaded<StoreStatsView>>({ kind: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    request(background, { type: 'store.stats' }).then(
      (value) => live && setStats({ kind: 'ready', value }),
      (error: unknown) => live && setStats({ kind: 'failed', message: messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [background, refreshKey, round]);

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
      </dl>
      <p class="cl-muted cl-small">Everything stays in this browser. Crosslight makes no network requests.</p>
    </section>
  );
}
