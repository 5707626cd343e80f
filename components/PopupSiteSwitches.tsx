import type { PageStateView } from '../lib/messages';
import type { SettingHandle } from '../lib/ui/setting-port';
import { siteLabel, withItem } from '../lib/ui/sites';

export interface PopupSiteSwitchesProps {
  host: string;
  disabledSites: SettingHandle<string[]>;
  hiddenSites: SettingHandle<string[]>;
  /** Called after a switch changed, with the test that tells when the page has applied it. */
  onChanged: (settled: (page: PageStateView) => boolean) => void;
}

/** Per-site switches: Crosslight on or off here, highlights shown or hidden here. */
export function PopupSiteSwitches({ host, disabledSites, hiddenSites, onChanged }: PopupSiteSwitchesProps) {
  const label = siteLabel(host);
  const enabled = !(disabledSites.value ?? []).includes(host);
  const shown = !(hiddenSites.value ?? []).includes(host);
  const flip = async (handle: SettingHandle<string[]>, listed: boolean, settled: (page: PageStateView) => boolean) => {
    await handle.set(withItem(handle.value ?? [], host, listed));
    onChanged(settled);
  };
  const error = disabledSites.error ?? hiddenSites.error;
  return (
    <fieldset class="cl-switches" disabled={disabledSites.value === undefined || hiddenSites.value === undefined}>
      <legend class="cl-visually-hidden">Settings for {label}</legend>
      <label class="cl-switch">
        <input type="checkbox" role="switch" checked={enabled} onChange={() => void flip(disabledSites, enabled, (page) => (page.status === 'disabled') === enabled)} data-testid="popup-site-switch" />
        <span>Crosslight on {label}</span>
      </label>
      <label class="cl-switch">
        <input type="checkbox" role="switch" checked={shown} disabled={!enabled} onChange={() => void flip(hiddenSites, shown, (page) => page.highlightsHidden === shown)} data-testid="popup-highlights-switch" />
        <span>Show highlights on {label}</span>
      </label>
      {error && (
        <p class="cl-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
