import { useEffect, useState } from 'preact/hooks';

export interface UndoOffer {
  message: string;
  /** Epoch ms after which undo is no longer possible (the background has discarded what it kept). */
  expiresAt: number;
  undo: () => Promise<string>;
}

/**
 * "Deleted 3 articles. Undo" at the bottom of the page until undo runs out. Polite live region:
 * screen readers hear it without losing their place.
 */
export function UndoSnackbar({ offer, onClose, now = Date.now }: { offer: UndoOffer | null; onClose: () => void; now?: () => number }) {
  const [state, setState] = useState<{ kind: 'offer' } | { kind: 'undoing' } | { kind: 'done'; message: string } | { kind: 'failed'; message: string }>({ kind: 'offer' });
  useEffect(() => {
    setState({ kind: 'offer' });
    if (!offer) return;
    const timer = setTimeout(onClose, Math.max(0, offer.expiresAt - now()));
    return () => clearTimeout(timer);
  }, [offer]);
  useEffect(() => {
    if (state.kind !== 'done') return;
    const timer = setTimeout(onClose, 4000);
    return () => clearTimeout(timer);
  }, [state]);
  const undo = async () => {
    if (!offer) return;
    setState({ kind: 'undoing' });
    try {
      setState({ kind: 'done', message: await offer.undo() });
    } catch (error) {
      setState({ kind: 'failed', message: `Could not undo: ${error instanceof Error ? error.message : String(error)}` });
    }
  };
  return (
    <div class="cl-snackbar-region" role="status" aria-live="polite">
      {offer && (
        <div class="cl-snackbar" data-testid="manager-snackbar">
          <span>{state.kind === 'done' || state.kind === 'failed' ? state.message : offer.message}</span>
          {(state.kind === 'offer' || state.kind === 'undoing') && (
            <button type="button" class="cl-button cl-button--inverse" data-testid="manager-undo" disabled={state.kind === 'undoing'} onClick={() => void undo()}>
              Undo
            </button>
          )}
          <button type="button" class="cl-button cl-button--inverse-quiet" aria-label="Dismiss" onClick={onClose}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
