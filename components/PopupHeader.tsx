import { siteLabel } from '../lib/ui/sites';

export function PopupHeader({ host, onOpenManager }: { host: string | null; onOpenManager: () => void }) {
  return (
    <header class="cl-popup__header">
      <h1 class="cl-popup__title">Crosslight</h1>
      {host && <span class="cl-popup__host">{siteLabel(host)}</span>}
      <button type="button" class="cl-button cl-button--quiet" onClick={onOpenManager} aria-label="Open the store manager">
        Manager
      </button>
    </header>
  );
}
