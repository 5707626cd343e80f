import { formatNumber } from '../lib/ui/format';

export interface ProgressBarProps {
  label: string;
  done: number;
  /** Unknown totals show a moving bar without a percentage. */
  total: number | null;
  /** Words after the counts, e.g. "claims". */
  unit?: string;
}

/** A labelled progress bar that screen readers announce as it moves. */
export function ProgressBar({ label, done, total, unit = '' }: ProgressBarProps) {
  const fraction = total && total > 0 ? Math.min(1, done / total) : null;
  const counts = total === null ? `${formatNumber(done)} ${unit}` : `${formatNumber(done)} of ${formatNumber(total)} ${unit}`;
  return (
    <div class="cl-progress" data-testid="manager-progress" data-done={done} data-total={total ?? ''}>
      <div class="cl-progress__label">
        <span>{label}</span>
        <span class="cl-muted">{counts.trim()}</span>
      </div>
      <div
        class={`cl-progress__track${fraction === null ? ' cl-progress__track--unknown' : ''}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total ?? undefined}
        aria-valuenow={total === null ? undefined : done}
        aria-valuetext={counts.trim()}
      >
        <div class="cl-progress__fill" style={{ width: fraction === null ? '30%' : `${(fraction * 100).toFixed(1)}%` }} />
      </div>
    </div>
  );
}
