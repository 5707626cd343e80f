import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface ConfirmActionProps {
  /** The button that starts the action. */
  label: string;
  /** What will happen, asked before it happens. */
  question: ComponentChildren;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  disabled?: boolean;
  testId?: string;
  danger?: boolean;
}

/**
 * A destructive action behind an inline question: the first click asks, the second acts. Inline
 * rather than a modal dialog, so the reader still sees what the question is about.
 */
export function ConfirmAction({ label, question, confirmLabel, onConfirm, disabled = false, testId, danger = true }: ConfirmActionProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmButton.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" class={`cl-button${danger ? ' cl-button--danger' : ''}`} disabled={disabled} data-testid={testId} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };
  return (
    <div class="cl-confirm" role="group" aria-label={label} onKeyDown={(event) => event.key === 'Escape' && setAsking(false)}>
      <span class="cl-confirm__question">{question}</span>
      <button ref={confirmButton} type="button" class={`cl-button${danger ? ' cl-button--danger-solid' : ' cl-button--primary'}`} disabled={busy} data-testid={testId && `${testId}-confirm`} onClick={() => void confirm()}>
        {confirmLabel}
      </button>
      <button type="button" class="cl-button cl-button--quiet" disabled={busy} onClick={() => setAsking(false)}>
        Cancel
      </button>
    </div>
  );
}
