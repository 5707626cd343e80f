import type { PageAnalysisView } from '../lib/messages';
import { formatNumber } from '../lib/ui/format';

type Counts = PageAnalysisView['counts'];

const CELLS: { key: keyof Counts; label: string }[] = [
  { key: 'claims', label: 'claims' },
  { key: 'entities', label: 'names' },
  { key: 'matches', label: 'in other sources' },
  { key: 'conflicts', label: 'conflicts' },
];

export function PopupCounts({ counts }: { counts: Counts }) {
  return (
    <dl
      class="cl-counts"
      data-testid="popup-counts"
      data-claims={counts.claims}
      data-entities={counts.entities}
      data-matches={counts.matches}
      data-conflicts={counts.conflicts}
    >
      {CELLS.map(({ key, label }) => (
        <div key={key} class={`cl-counts__cell cl-counts__cell--${key}${key === 'conflicts' && counts.conflicts > 0 ? ' cl-counts__cell--alert' : ''}`}>
          <dt>{label}</dt>
          <dd>{formatNumber(counts[key])}</dd>
        </div>
      ))}
    </dl>
  );
}
