import type { HighlightChoice } from '../lib/highlight/painter';
import type { AddMode } from '../lib/settings';
import { useSetting, type SettingPort } from '../lib/ui/setting-port';
import { hostnameOf, parseSiteInput } from '../lib/ui/sites';
import { Legend } from './Legend';
import { ManagerAddMode } from './ManagerAddMode';
import { ManagerHighlightChoice } from './ManagerHighlightChoice';
import { ManagerSiteList } from './ManagerSiteList';
import { ManagerStats } from './ManagerStats';
import { StoragePanel, type StoragePort } from './StoragePanel';
import type { Transport } from '../lib/messaging/protocol-client';

export interface ManagerSettings {
  addMode: SettingPort<AddMode>;
  disabledSites: SettingPort<string[]>;
  hiddenSites: SettingPort<string[]>;
  excludedUrls: SettingPort<string[]>;
  highlightChoice: SettingPort<HighlightChoice>;
}

/** Only web addresses can be kept out: that is all Crosslight ever reads. */
function parseUrlInput(input: string): string | null {
  const trimmed = input.trim();
  return hostnameOf(trimmed) === null ? null : trimmed;
}

export interface ManagerSettingsSectionProps {
  background: Transport;
  storage: StoragePort;
  settings: ManagerSettings;
  refreshKey: number;
  loadSamples: () => void;
  samplesDisabled: boolean;
}

/** What the store holds and takes, and how Crosslight reads pages. */
export function ManagerSettingsSection({ background, storage, settings, refreshKey, loadSamples, samplesDisabled }: ManagerSettingsSectionProps) {
  const addMode = useSetting(settings.addMode);
  const disabledSites = useSetting(settings.disabledSites);
  const hiddenSites = useSetting(settings.hiddenSites);
  const excludedUrls = useSetting(settings.excludedUrls);
  const highlightChoice = useSetting(settings.highlightChoice);
  return (
    <div class="cl-columns">
      <div class="cl-column">
        <ManagerStats background={background} refreshKey={refreshKey} />
        <StoragePanel storage={storage} refreshKey={refreshKey} />
        <section class="cl-panel" aria-labelledby="cl-samples-heading">
          <h2 id="cl-samples-heading">Sample corpus</h2>
          <p class="cl-muted cl-small">
            Three reports of the first Trump–Putin meeting (Hamburg, 2017) that disagree on how long it lasted and was
            planned to last. Adding them shows claims, entities and conflicts at once.
          </p>
          <div>
            <button type="button" class="cl-button cl-button--primary" data-testid="manager-settings-load-samples" disabled={samplesDisabled} onClick={loadSamples}>
              Load the sample corpus
            </button>
          </div>
        </section>
        <section class="cl-panel" aria-labelledby="cl-legend-heading">
          <h2 id="cl-legend-heading">Highlight styles</h2>
          <ManagerHighlightChoice choice={highlightChoice} />
          <Legend />
        </section>
      </div>
      <div class="cl-column">
        <ManagerAddMode addMode={addMode} />
        <ManagerSiteList
          id="manager-disabled-sites"
          title="Sites where Crosslight is off"
          description="Crosslight does not read, highlight or store pages on these sites."
          list={disabledSites}
          parse={parseSiteInput}
          placeholder="example.org"
          invalidMessage="That is not a site name. Type something like example.org."
          emptyMessage="None: Crosslight reads articles on every site."
        />
        <ManagerSiteList
          id="manager-hidden-sites"
          title="Sites without highlights"
          description="Pages on these sites are still read and compared; the toolbar button shows what other sources say."
          list={hiddenSites}
          parse={parseSiteInput}
          placeholder="example.org"
          invalidMessage="That is not a site name. Type something like example.org."
          emptyMessage="None: highlights show on every site."
        />
        <ManagerSiteList
          id="manager-excluded-urls"
          title="Pages kept out of the store"
          description="These pages are never added, whatever the setting above says."
          list={excludedUrls}
          parse={parseUrlInput}
          placeholder="https://example.org/article"
          invalidMessage="That is not a web address. Paste the full address, starting with https://."
          emptyMessage="None."
        />
      </div>
    </div>
  );
}
