import { useState } from 'preact/hooks';
import { browserSaveTarget, datedFilename, saveFile, type SaveTarget } from '../lib/ui/csv-download';
import { formatBytes, formatCount } from '../lib/ui/format';
import { messageOf } from '../lib/error-message';
import type { ImportCounts, ImportProgress, ImportResult } from '../lib/store/import';
import type { StoreTransfer } from '../lib/ui/store-transfer';
import { FileDrop } from './FileDrop';
import { ProgressBar } from './ProgressBar';

interface Progress {
  phase: string;
  done: number;
  total: number | null;
  unit: string;
}

function progressOf({ phase, done, total }: ImportProgress): Progress {
  return phase === 'reading'
    ? { phase: 'Reading and checking every record', done: Math.round(done / 1000), total: Math.round(total / 1000), unit: 'kB' }
    : { phase: 'Writing to the store', done, total, unit: 'records' };
}

type Run<T> = { kind: 'idle' } | { kind: 'running'; progress: Progress } | { kind: 'done'; result: T } | { kind: 'failed'; message: string };

const COUNT_NOUNS: [keyof ImportCounts, string, string][] = [
  ['sources', 'article', 'articles'],
  ['claims', 'claim', 'claims'],
  ['entities', 'entity', 'entities'],
  ['mentions', 'mention', 'mentions'],
  ['matches', 'link', 'links'],
  ['blockedKeys', 'name marked “not an entity”', 'names marked “not an entity”'],
];

function describeCounts(counts: ImportCounts): string {
  return COUNT_NOUNS.filter(([key]) => key !== 'blockedKeys' || counts[key] !== 0)
    .map(([key, one, many]) => formatCount(counts[key], one, many))
    .join(', ');
}

/** "claims[12].text: Invalid input" → the place and the message, to show the place apart. */
function splitProblem(problem: string): { place: string | null; message: string } {
  const match = /^([A-Za-z]+(?:\[\d+\]|\.[A-Za-z_$][\w$]*)*): (.*)$/s.exec(problem);
  return match ? { place: match[1]!, message: match[2]! } : { place: null, message: problem };
}

export function ImportExport({ transfer, onImported, saveTarget = browserSaveTarget, now = () => new Date() }: { transfer: StoreTransfer; onImported: () => void; saveTarget?: () => SaveTarget; now?: () => Date }) {
  const [exporting, setExporting] = useState<Run<{ records: number; bytes: number }>>({ kind: 'idle' });
  const [importing, setImporting] = useState<Run<ImportResult>>({ kind: 'idle' });
  const busy = exporting.kind === 'running' || importing.kind === 'running';

  const exportStore = async () => {
    setExporting({ kind: 'running', progress: { phase: 'Preparing', done: 0, total: null, unit: '' } });
    try {
      const { file, records } = await transfer.exportStore(({ done, total }) =>
        setExporting({ kind: 'running', progress: { phase: 'Exporting records', done, total, unit: 'records' } }),
      );
      saveFile(saveTarget(), datedFilename('crosslight-store', 'json', now()), [file], 'application/json');
      setExporting({ kind: 'done', result: { records, bytes: file.size } });
    } catch (error) {
      setExporting({ kind: 'failed', message: messageOf(error) });
    }
  };

  const importFile = async (file: File) => {
    setImporting({ kind: 'running', progress: progressOf({ phase: 'reading', done: 0, total: file.size }) });
    try {
      const result = await transfer.importStore(file, (progress) => setImporting({ kind: 'running', progress: progressOf(progress) }));
      setImporting({ kind: 'done', result });
      if (result.ok) onImported();
    } catch (error) {
      setImporting({ kind: 'failed', message: messageOf(error) });
    }
  };

  return (
    <div class="cl-columns">
      <section class="cl-panel cl-column" aria-labelledby="cl-export-heading">
        <h2 id="cl-export-heading">Export</h2>
        <p class="cl-muted cl-small">
          The whole store as one JSON file: every article, claim, entity and link between sources. Keep it as a backup,
          or import it in another browser.
        </p>
        <div>
          <button type="button" class="cl-button cl-button--primary" data-testid="manager-export" disabled={busy} onClick={() => void exportStore()}>
            Export the store
          </button>
        </div>
        {exporting.kind === 'running' && <ProgressBar label={exporting.progress.phase} done={exporting.progress.done} total={exporting.progress.total} unit={exporting.progress.unit} />}
        {exporting.kind === 'done' && (
          <p class="cl-small" role="status" data-testid="manager-export-summary">
            Saved {formatCount(exporting.result.records, 'record')} ({formatBytes(exporting.result.bytes)}) as one JSON file.
          </p>
        )}
        {exporting.kind === 'failed' && (
          <p class="cl-error" role="alert">
            Could not export: {exporting.message}
          </p>
        )}
      </section>
      <section class="cl-panel cl-column" aria-labelledby="cl-import-heading">
        <h2 id="cl-import-heading">Import</h2>
        <p class="cl-muted cl-small">
          A file exported by Crosslight (this version or an older one). Every record is checked before anything is
          written; a file with any problem changes nothing. What is already stored is not added twice.
        </p>
        <FileDrop id="manager-import-file" label="Drop an export file here" hint="A .json file exported by Crosslight." accept=".json,application/json" multiple={false} disabled={busy} testId="manager-import-input" onFiles={(files) => void importFile(files[0]!)} />
        {importing.kind === 'running' && <ProgressBar label={importing.progress.phase} done={importing.progress.done} total={importing.progress.total} unit={importing.progress.unit} />}
        {importing.kind === 'failed' && (
          <p class="cl-error" role="alert">
            Nothing was imported: {importing.message}
          </p>
        )}
        {importing.kind === 'done' && <ImportOutcome result={importing.result} />}
      </section>
    </div>
  );
}

function ImportOutcome({ result }: { result: ImportResult }) {
  if (result.ok) {
    return (
      <div class="cl-summary" role="status" data-testid="manager-import-summary">
        <p>
          <strong>Imported</strong> (file format version {result.version}). Added {describeCounts(result.added)}.
        </p>
        <p class="cl-muted cl-small">
          Already in the store and left as they were: {formatCount(result.keptSources, 'article')}. Joined with stored
          entities of the same name: {formatCount(result.mergedEntities, 'entity', 'entities')}.
        </p>
      </div>
    );
  }
  const hidden = result.totalProblems - result.problems.length;
  return (
    <div class="cl-summary cl-summary--failed" role="alert" data-testid="manager-import-problems">
      <p>
        <strong>Nothing was imported; the store is unchanged.</strong>{' '}
        {result.totalProblems === 1 ? 'The file has one problem:' : `The file has ${formatCount(result.totalProblems, 'problem')}:`}
      </p>
      <ol class="cl-problems">
        {result.problems.map((problem, index) => {
          const { place, message } = splitProblem(problem);
          return (
            <li key={index}>
              {place && <code class="cl-problems__place">{place}</code>} {message}
            </li>
          );
        })}
      </ol>
      {hidden > 0 && <p class="cl-muted cl-small">…and {formatCount(hidden, 'more problem')}.</p>}
    </div>
  );
}
