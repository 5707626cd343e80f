import { useEffect, useState } from 'preact/hooks';
import type { ConflictGroupView, ConflictSide } from '../lib/messages';
import { request, type Transport } from '../lib/messaging/protocol-client';
import { browserSaveTarget, datedFilename, saveFile, type SaveTarget } from '../lib/ui/csv-download';
import { formatCount, formatPublished } from '../lib/ui/format';
import { messageOf } from '../lib/error-message';
import { markRuns } from '../lib/ui/marks';
import { safeHref, siteLabel } from '../lib/ui/sites';
import { ENTITY_TYPE_LABEL } from './EntityList';

const GROUPS_PER_PAGE = 20;

export interface ConflictsReportProps {
  background: Transport;
  refreshKey: number;
  saveTarget?: () => SaveTarget;
  now?: () => Date;
}

type Report = { groups: ConflictGroupView[]; totalGroups: number; totalPairs: number };

/** Every pair of claims that disagree, grouped by what they are about, quotes side by side. */
export function ConflictsReport({ background, refreshKey, saveTarget = browserSaveTarget, now = () => new Date() }: ConflictsReportProps) {
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [csv, setCsv] = useState<{ kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; rows: number } | { kind: 'failed'; message: string }>({ kind: 'idle' });

  useEffect(() => {
    let live = true;
    setError(null);
    request(background, { type: 'conflicts.report', offset: 0, limit: GROUPS_PER_PAGE }).then(
      (view) => live && setReport({ groups: view.groups, totalGroups: view.totalGroups, totalPairs: view.totalPairs }),
      (failure: unknown) => live && setError(messageOf(failure)),
    );
    return () => {
      live = false;
    };
  }, [background, refreshKey]);

  const more = async () => {
    if (!report) return;
    setLoadingMore(true);
    try {
      const view = await request(background, { type: 'conflicts.report', offset: report.groups.length, limit: GROUPS_PER_PAGE });
      setReport({ groups: [...report.groups, ...view.groups], totalGroups: view.totalGroups, totalPairs: view.totalPairs });
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setLoadingMore(false);
    }
  };

  const exportCsv = async () => {
    setCsv({ kind: 'busy' });
    try {
      const answer = await request(background, { type: 'conflicts.csv' });
      saveFile(saveTarget(), datedFilename('crosslight-conflicts', 'csv', now()), [answer.csv], 'text/csv;charset=utf-8');
      setCsv({ kind: 'done', rows: answer.rows });
    } catch (failure) {
      setCsv({ kind: 'failed', message: messageOf(failure) });
    }
  };

  return (
    <section class="cl-panel cl-section" aria-labelledby="cl-conflicts-heading">
      <div class="cl-panel__head">
        <h2 id="cl-conflicts-heading">Conflicts</h2>
        <button type="button" class="cl-button" data-testid="manager-conflicts-csv" disabled={!report || report.totalPairs === 0 || csv.kind === 'busy'} onClick={() => void exportCsv()}>
          {csv.kind === 'busy' ? 'Preparing CSV…' : 'Export CSV'}
        </button>
      </div>
      <p class="cl-muted cl-small" aria-live="polite">
        {report
          ? report.totalPairs === 0
            ? 'No stored sources contradict each other yet.'
            : `${formatCount(report.totalPairs, 'pair')} of claims that disagree, about ${formatCount(report.totalGroups, 'topic')}. Read both quotes before judging: a difference can be a mistake, a rounding, or two different things.`
          : error
            ? ''
            : 'Loading the report…'}
      </p>
      {csv.kind === 'done' && (
        <p class="cl-small" role="status">
          Saved {formatCount(csv.rows, 'row')} as CSV.
        </p>
      )}
      {csv.kind === 'failed' && (
        <p class="cl-error" role="alert">
          Could not export the CSV: {csv.message}
        </p>
      )}
      {error && (
        <p class="cl-error" role="alert">
          Could not load the conflicts report: {error}
        </p>
      )}
      {report?.groups.map((group, index) => <ConflictGroup key={`${group.entity?.id ?? group.topic}-${index}`} group={group} />)}
      {report && report.groups.length < report.totalGroups && (
        <button type="button" class="cl-button" disabled={loadingMore} onClick={() => void more()}>
          {loadingMore ? 'Loading…' : `Show more topics (${formatCount(report.totalGroups - report.groups.length, 'more')})`}
        </button>
      )}
    </section>
  );
}

function ConflictGroup({ group }: { group: ConflictGroupView }) {
  return (
    <section class="cl-conflict-group" aria-label={group.topic} data-testid="manager-conflict-group">
      <h3 class="cl-conflict-group__title">
        {group.topic}
        {group.entity && <span class={`cl-type cl-type--${group.entity.type}`}>{ENTITY_TYPE_LABEL[group.entity.type]}</span>}
        <span class="cl-muted cl-small">{formatCount(group.pairs.length, 'conflict')}</span>
      </h3>
      <ul class="cl-conflict-pairs">
        {group.pairs.map((pair) => (
          <li key={pair.matchId} class="cl-conflict-pair" data-testid="manager-conflict-pair">
            <ConflictQuote side={pair.a} />
            <div class="cl-conflict-pair__vs" aria-hidden="true">
              ≠
            </div>
            <ConflictQuote side={pair.b} />
            {pair.note && <p class="cl-conflict-pair__note">{pair.note}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ConflictQuote({ side }: { side: ConflictSide }) {
  const href = safeHref(side.link) ?? safeHref(side.source.url);
  const title = side.source.title.trim() || siteLabel(side.source.url);
  const published = formatPublished(side.source.published);
  return (
    <figure class="cl-conflict-quote">
      <blockquote>{markRuns(side.text, side.marks).map((run, index) => (run.marked ? <mark key={index}>{run.text}</mark> : run.text))}</blockquote>
      <figcaption>
        <span class="cl-other__site">{side.source.site || siteLabel(side.source.url)}</span>
        {published && <span class="cl-muted"> · {published}</span>}
        <br />
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer" aria-label={`Open “${title}” at this quote, in a new tab`}>
            {title}
          </a>
        ) : (
          <span>{title}</span>
        )}
      </figcaption>
    </figure>
  );
}
