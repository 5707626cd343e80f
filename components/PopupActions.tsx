import { useState } from 'preact/hooks';

export interface PopupActionsProps {
  stored: boolean;
  /** The page is on the reader's keep-out list. */
  excluded: boolean;
  /** The page was read as an article, so it can be added. */
  addable: boolean;
  busy: boolean;
  onAdd: () => void;
  onForget: (keepOut: boolean) => void;
  onKeepOut: (keepOut: boolean) => void;
}

/** Adding the page to the store, forgetting it, keeping it out. */
export function PopupActions({ stored, excluded, addable, busy, onAdd, onForget, onKeepOut }: PopupActionsProps) {
  const [keepOut, setKeepOut] = useState(false);
  if (stored) {
    return (
      <div class="cl-actions">
        <button type="button" class="cl-button" disabled={busy} onClick={() => onForget(keepOut)} data-testid="popup-forget">
          Forget this page
        </button>
        <label class="cl-check">
          <input type="checkbox" checked={keepOut} onChange={(event) => setKeepOut(event.currentTarget.checked)} />
          <span>and keep it out of the store</span>
        </label>
      </div>
    );
  }
  return (
    <div class="cl-actions">
      {addable && (
        <button type="button" class="cl-button cl-button--primary" disabled={busy} onClick={onAdd} data-testid="popup-add">
          Add this page
        </button>
      )}
      <button type="button" class="cl-button" disabled={busy} onClick={() => onKeepOut(!excluded)} data-testid="popup-keep-out">
        {excluded ? 'Allow in store again' : 'Keep out of store'}
      </button>
    </div>
  );
}
