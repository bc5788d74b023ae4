import { useEffect, useRef } from 'preact/hooks';

interface ConfirmControlProps {
  /** The button's text, and the confirming button's. */
  action: string;
  /** The button's accessible name, when its text alone does not say what it acts on. */
  actionLabel?: string;
  question: string;
  busyText: string;
  cancelText: string;
  asking: boolean;
  busy: boolean;
  /** A new number moves focus back to the button (after Cancel). */
  focusBack: number | undefined;
  disabled?: boolean;
  ask: () => void;
  cancel: () => void;
  confirm: () => void;
  /** Class of the button that asks. */
  class: string;
}

/**
 * A destructive action asked in place: the button, then "question [action] [Cancel]". Focus starts on
 * Cancel: a held Enter key repeats, and must not confirm what it asked. Escape cancels.
 */
export function ConfirmControl({ action, actionLabel, question, busyText, cancelText, asking, busy, focusBack, disabled = false, ask, cancel, confirm, class: cls }: ConfirmControlProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const actionRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
  }, [asking]);
  useEffect(() => {
    if (focusBack) actionRef.current?.focus();
  }, [focusBack]);

  if (!asking) {
    return (
      <button type="button" ref={actionRef} class={cls} aria-label={actionLabel} disabled={disabled} onClick={ask}>
        {action}
      </button>
    );
  }
  return (
    <span class="op-confirm" role="group" aria-label={question} onKeyDown={(e) => e.key === 'Escape' && !busy && cancel()}>
      <span>{busy ? busyText : question}</span>{' '}
      <button type="button" class="op-danger" disabled={busy} onClick={confirm}>
        {action}
      </button>{' '}
      <button type="button" ref={cancelRef} disabled={busy} onClick={cancel}>
        {cancelText}
      </button>
    </span>
  );
}
