import type { AddMode } from '../lib/settings';
import { useSetting, type SettingPort } from '../lib/ui/setting-port';
import { hostnameOf, parseSiteInput } from '../lib/ui/sites';
import { Legend } from './Legend';
import { ManagerAddMode } from './ManagerAddMode';
import { ManagerSiteList } from './ManagerSiteList';
import { ManagerStats, type ManagerStatsProps } from './ManagerStats';

export interface ManagerSettings {
  addMode: SettingPort<AddMode>;
  disabledSites: SettingPort<string[]>;
  hiddenSites: SettingPort<string[]>;
  excludedUrls: SettingPort<string[]>;
}

export interface ManagerProps extends ManagerStatsProps {
  settings: ManagerSettings;
}

/** Only web addresses can be kept out: that is all Crosslight ever reads. */
function parseUrlInput(input: string): string | null {
  const trimmed = input.trim();
  return hostnameOf(trimmed) === null ? null : trimmed;
}

/** The store manager (the extension's options page). */
export function Manager({ background, estimateStorage, settings }: ManagerProps) {
  const addMode = useSetting(settings.addMode);
  const disabledSites = useSetting(settings.disabledSites);
  const hiddenSites = useSetting(settings.hiddenSites);
  const excludedUrls = useSetting(settings.excludedUrls);
  return (
    <main class="cl-manager">
      <header class="cl-manager__header">
        <h1>Crosslight</h1>
        <p class="cl-muted">Your store of articles, and how Crosslight reads pages.</p>
      </header>
      <ManagerStats background={background} estimateStorage={estimateStorage} />
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
      <section class="cl-panel" aria-labelledby="cl-legend-heading">
        <h2 id="cl-legend-heading">Highlight styles</h2>
        <Legend />
      </section>
    </main>
  );
}
