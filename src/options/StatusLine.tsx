import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** A ref that takes keyboard focus each time `seq` changes to a new number (0 or undefined: never). */
export function useFocusOn<T extends HTMLElement>(seq: number | undefined) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (seq) ref.current?.focus();
  }, [seq]);
  return ref;
}

/**
 * What an action did, next to where it was started. Focus moves here after the action, so a keyboard
 * or screen-reader user hears the outcome without looking for it.
 */
export function StatusLine({ kind, focusSeq, detail, children }: { kind: 'ok' | 'error'; focusSeq?: number; detail?: string; children: ComponentChildren }) {
  const ref = useFocusOn<HTMLDivElement>(focusSeq);
  return (
    <div ref={ref} tabIndex={-1} class={`op-status op-status-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <p>{children}</p>
      {/* Messages from the background are English whatever the page's language. */}
      {detail && <p class="op-detail" lang="en">{detail}</p>}
    </div>
  );
}
