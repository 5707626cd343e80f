import { useRef, useState } from 'preact/hooks';
import { addArticles, summarise, type AddOutcome, type AdderDeps } from '../lib/ui/article-adder';
import type { ArticleFile } from '../lib/ui/article-files';
import { formatCount } from '../lib/ui/format';
import { FileDrop } from './FileDrop';
import { ProgressBar } from './ProgressBar';

export type AdderState =
  | { kind: 'idle' }
  | { kind: 'running'; label: string; total: number; outcomes: AddOutcome[] }
  | { kind: 'finished'; label: string; total: number; outcomes: AddOutcome[]; stopped: boolean };

export interface ArticleAdder {
  state: AdderState;
  run(label: string, files: ArticleFile[]): Promise<void>;
  stop(): void;
}

/** The adding of files, kept by the manager so that it goes on while the reader looks elsewhere. */
export function useArticleAdder(deps: Pick<AdderDeps, 'read' | 'add'>, onFinished: () => void): ArticleAdder {
  const [state, setState] = useState<AdderState>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const run = async (label: string, files: ArticleFile[]) => {
    if (controller.current) return;
    const abort = new AbortController();
    controller.current = abort;
    const outcomes: AddOutcome[] = [];
    setState({ kind: 'running', label, total: files.length, outcomes });
    try {
      await addArticles(files, {
        ...deps,
        signal: abort.signal,
        onProgress: (_done, outcome) => {
          outcomes.push(outcome);
          setState({ kind: 'running', label, total: files.length, outcomes: [...outcomes] });
        },
      });
    } finally {
      controller.current = null;
      setState({ kind: 'finished', label, total: files.length, outcomes: [...outcomes], stopped: abort.signal.aborted });
      onFinished();
    }
  };
  return { state, run, stop: () => controller.current?.abort() };
}

export interface AddArticlesProps {
  adder: ArticleAdder;
  loadSamples: () => void;
  onShowConflicts: () => void;
}

const STATUS_LABEL: Record<AddOutcome['status'], string> = { added: 'Added', duplicate: 'Already stored', failed: 'Failed' };

/** Drop saved pages or text files to analyse and add them without visiting them. */
export function AddArticles({ adder, loadSamples, onShowConflicts }: AddArticlesProps) {
  const { state } = adder;
  const running = state.kind === 'running';
  return (
    <section class="cl-panel cl-section" aria-labelledby="cl-add-heading">
      <h2 id="cl-add-heading">Add articles</h2>
      <p class="cl-muted cl-small">
        Saved web pages (.html) and plain-text files (.txt) are read here, analysed and compared with your store, as if
        you had read them in the browser. Nothing leaves this computer.
      </p>
      <FileDrop
        id="manager-add-files"
        label="Drop articles here"
        hint="HTML or text files, as many as you like."
        accept=".html,.htm,.xhtml,.txt,.text,.md,text/html,text/plain"
        multiple
        disabled={running}
        testId="manager-add-input"
        onFiles={(files) => void adder.run(formatCount(files.length, 'file'), files)}
      />
      <div class="cl-row">
        <button type="button" class="cl-button" disabled={running} data-testid="manager-load-samples" onClick={loadSamples}>
          Load the sample corpus
        </button>
        <span class="cl-muted cl-small">Three reports of one meeting that disagree on how long it lasted: a quick way to see Crosslight at work.</span>
      </div>
      <AddProgress adder={adder} onShowConflicts={onShowConflicts} />
    </section>
  );
}

/** Progress while files are added, then what became of each. */
export function AddProgress({ adder, onShowConflicts }: { adder: ArticleAdder; onShowConflicts: () => void }) {
  const { state } = adder;
  if (state.kind === 'idle') return null;
  const counts = summarise(state.outcomes);
  return (
    <div class="cl-add-progress" aria-live="polite">
      {state.kind === 'running' ? (
        <div class="cl-row">
          <ProgressBar label={`Adding ${state.label}`} done={state.outcomes.length} total={state.total} unit="files" />
          <button type="button" class="cl-button cl-button--quiet" onClick={adder.stop}>
            Stop
          </button>
        </div>
      ) : (
        <div class="cl-summary" data-testid="manager-add-summary" role="status">
          <p>
            <strong>{state.stopped ? 'Stopped. ' : 'Done. '}</strong>
            {formatCount(counts.added, 'article')} added, {formatCount(counts.duplicate, 'duplicate')}, {formatCount(counts.failed, 'failure')}.
            {counts.added > 0 && (
              <>
                {' '}
                <button type="button" class="cl-button cl-button--quiet" onClick={onShowConflicts}>
                  See the conflicts
                </button>
              </>
            )}
          </p>
        </div>
      )}
      {state.outcomes.length > 0 && (
        <ul class="cl-outcomes">
          {state.outcomes.map((outcome, index) => (
            <li key={index} class={`cl-outcome cl-outcome--${outcome.status}`} data-status={outcome.status}>
              <span class="cl-outcome__status">{STATUS_LABEL[outcome.status]}</span>
              <span class="cl-outcome__name">{outcome.name}</span>
              <span class="cl-outcome__detail">{outcome.detail}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
