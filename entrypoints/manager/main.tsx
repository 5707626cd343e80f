import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Manager } from '../../components/Manager';
import { addModeSetting, disabledSitesSetting, excludedUrlsSetting, hiddenSitesSetting } from '../../lib/settings';
import '../../components/styles/manager.css';

render(
  <Manager
    background={(message) => browser.runtime.sendMessage(message)}
    estimateStorage={() => navigator.storage.estimate()}
    settings={{ addMode: addModeSetting, disabledSites: disabledSitesSetting, hiddenSites: hiddenSitesSetting, excludedUrls: excludedUrlsSetting }}
  />,
  document.getElementById('app')!,
);
