import { useState } from 'preact/hooks';
import type { PageInput } from '../lib/messages';
import type { Transport } from '../lib/messaging/protocol-client';
import type { AddStatus } from '../lib/ui/article-adder';
import type { ArticleFile, ReadArticle } from '../lib/ui/article-files';
import { EMPTY_CLAIM_QUERY, type ClaimQuery } from '../lib/ui/claim-query';
import { formatCount } from '../lib/ui/format';
import type { ManagerTab } from '../lib/ui/manager-tabs';
import { messageOf } from '../lib/error-message';
import { AddArticles, AddProgress, useArticleAdder } from './AddArticles';
import { ClaimSearch, type ClaimSearcher } from './ClaimSearch';
import { ConflictsReport } from './ConflictsReport';
import { EntityList } from './EntityList';
import { ImportExport } from './ImportExport';
import type { StoreTransfer } from '../lib/ui/store-transfer';
import { ManagerSettingsSection, type ManagerSettings } from './ManagerSettingsSection';
import { ManagerTabs } from './ManagerTabs';
import { SourcesTable } from './SourcesTable';
import type { StoragePort } from './StoragePanel';
import { UndoSnackbar, type UndoOffer } from './UndoSnackbar';
import { request } from '../lib/messaging/protocol-client';

export type { ManagerSettings } from './ManagerSettingsSection';

export interface ManagerProps {
  background: Transport;
  /** Searches the claims; the page reads them from the extension's database itself. */
  searchClaims: ClaimSearcher;
  storage: StoragePort;
  settings: ManagerSettings;
  /** Reads a dropped or picked file into an article, or says why it is none. */
  readArticle: (file: ArticleFile) => Promise<ReadArticle>;
  /** Analyses and stores one article read from a file. */
  addArticle: (page: PageInput) => Promise<{ status: Exclude<AddStatus, 'failed'>; detail: string }>;
  /** The sample corpus bundled with the extension. */
  samples: () => Promise<ArticleFile[]>;
  transfer: StoreTransfer;
  initialTab?: ManagerTab;
  onTabChange?: (tab: ManagerTab) => void;
}

/** The store manager (the extension's options page): the reader's window onto their store. */
export function Manager({ background, searchClaims, storage, settings, readArticle, addArticle, samples, transfer, initialTab = 'sources', onTabChange }: ManagerProps) {
  const [tab, setTab] = useState<ManagerTab>(initialTab);
  const [claimQuery, setClaimQuery] = useState<ClaimQuery>(EMPTY_CLAIM_QUERY);
  const [undo, setUndo] = useState<UndoOffer | null>(null);
  /** Bumped after every change to the store, so that every section lists afresh. */
  const [revision, setRevision] = useState(0);
  const [sampleError, setSampleError] = useState<string | null>(null);
  const changed = () => setRevision((r) => r + 1);
  const adder = useArticleAdder({ read: readArticle, add: addArticle }, changed);

  const go = (next: ManagerTab) => {
    setTab(next);
    onTabChange?.(next);
  };
  const loadSamples = async () => {
    setSampleError(null);
    go('add');
    try {
      await adder.run('the sample corpus', await samples());
    } catch (error) {
      setSampleError(`Could not load the sample corpus: ${messageOf(error)}`);
    }
  };
  const showClaims = (change: Partial<ClaimQuery>) => {
    setClaimQuery({ ...EMPTY_CLAIM_QUERY, ...change });
    go('claims');
  };

  return (
    <div class="cl-manager">
      <header class="cl-manager__header">
        <div>
          <h1>Crosslight</h1>
          <p class="cl-muted cl-small">Your store of articles: what they claim, who they name, where they disagree.</p>
        </div>
        {tab !== 'add' && adder.state.kind === 'running' && <AddProgress adder={adder} onShowConflicts={() => go('conflicts')} />}
      </header>
      <ManagerTabs current={tab} onChange={go} />
      <main class="cl-manager__main">
        <div id={`manager-panel-${tab}`} role="tabpanel" aria-labelledby={`manager-tab-${tab}`} class="cl-manager__panel">
          {sampleError && (
            <p class="cl-error" role="alert">
              {sampleError}
            </p>
          )}
          {tab === 'sources' && (
            <SourcesTable
              background={background}
              refreshKey={revision}
              onDeleted={(deletion, message) => {
                changed();
                setUndo({
                  message,
                  expiresAt: deletion.undoExpiresAt,
                  undo: async () => {
                    const { restored } = await request(background, { type: 'sources.undoDelete', undoToken: deletion.undoToken });
                    changed();
                    return `Restored ${formatCount(restored, 'article')}.`;
                  },
                });
              }}
              onShowClaims={(source) => showClaims({ source })}
            />
          )}
          {tab === 'claims' && <ClaimSearch background={background} search={searchClaims} query={claimQuery} onQueryChange={setClaimQuery} refreshKey={revision} />}
          {tab === 'entities' && <EntityList background={background} refreshKey={revision} onChanged={changed} onShowClaims={(entity) => showClaims({ entity })} />}
          {tab === 'conflicts' && <ConflictsReport background={background} refreshKey={revision} />}
          {tab === 'add' && <AddArticles adder={adder} loadSamples={() => void loadSamples()} onShowConflicts={() => go('conflicts')} />}
          {tab === 'transfer' && <ImportExport transfer={transfer} onImported={changed} />}
          {tab === 'settings' && (
            <ManagerSettingsSection background={background} storage={storage} settings={settings} refreshKey={revision} loadSamples={() => void loadSamples()} samplesDisabled={adder.state.kind === 'running'} />
          )}
        </div>
      </main>
      <UndoSnackbar offer={undo} onClose={() => setUndo(null)} />
    </div>
  );
}
