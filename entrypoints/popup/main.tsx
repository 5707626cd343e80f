import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { disabledSitesSetting, excludedUrlsSetting, hiddenSitesSetting } from '../../lib/settings';
import { parseTabParam } from '../../lib/ui/tab-param';
import '../../components/styles/popup.css';

async function main() {
  const app = document.getElementById('app')!;
  // `?tab=ID` lets the popup be opened as an ordinary page for a given tab (tests, pinned windows).
  const tabId = parseTabParam(location.search) ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) {
    app.textContent = 'Crosslight found no active tab.';
    return;
  }
  render(
    <Popup
      tabId={tabId}
      transports={{
        page: (message) => browser.tabs.sendMessage(tabId, message),
        background: (message) => browser.runtime.sendMessage(message),
      }}
      settings={{ disabledSites: disabledSitesSetting, hiddenSites: hiddenSitesSetting, excludedUrls: excludedUrlsSetting }}
      openManager={() => browser.runtime.openOptionsPage()}
    />,
    app,
  );
}

main().catch((error: unknown) => {
  document.getElementById('app')!.textContent = `Crosslight could not start: ${error instanceof Error ? error.message : String(error)}`;
});
