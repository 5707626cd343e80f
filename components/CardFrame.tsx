import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface CardFrameProps {
  /** What the dialog is, for assistive technology ("Claim: what other sources say"). */
  label: string;
  heading: ComponentChildren;
  /** A word above the heading saying what kind of highlight this is. */
  kind: string;
  onClose: () => void;
  children: ComponentChildren;
}

/** The shell every in-page card shares: a labelled dialog with a heading and a close button. */
export function CardFrame({ label, heading, kind, onClose, children }: CardFrameProps) {
  return (
    // Modal for assistive technology: focus stays in the card until it is closed.
    <div class="cl-card" role="dialog" aria-modal="true" aria-label={label} tabIndex={-1}>
      <div class="cl-card__header">
        <h2 class="cl-card__title">
          <span class="cl-card__kind">{kind}</span>
          {heading}
        </h2>
        <button type="button" class="cl-card__close" aria-label="Close" title="Close (Esc)" onClick={onClose}>
          ×
        </button>
      </div>
      {children}
    </div>
  );
}

export type LoadState<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; message: string };

/** Loads a card's data once, keeping its state for rendering. */
export function useCardData<T>(load: () => Promise<T>): LoadState<T> {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setState({ status: 'ready', data }),
      (error: unknown) => live && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return state;
}

/** What a card shows while its data is loading or when loading failed. */
export function CardStatus({ state }: { state: LoadState<unknown> }) {
  if (state.status === 'loading') return <p class="cl-card__status" role="status">Looking through your saved sources…</p>;
  if (state.status === 'error') {
    return (
      <p class="cl-card__status cl-card__status--error" role="alert">
        Could not load this card: {state.message}
      </p>
    );
  }
  return null;
}
