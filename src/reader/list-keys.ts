/**
 * Arrow keys through a list of links (the search results): where focus goes from position `at`
 * (-1: from outside the list, e.g. the search box). `'before'` means past the top: back to the search box.
 */
export function nextInList(count: number, at: number, key: string): number | 'before' | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return at < 0 ? 0 : Math.min(count - 1, at + 1);
    case 'ArrowUp':
      return at <= 0 ? 'before' : at - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/** Whether a key press is typing (in a field), where single-key shortcuts such as `/` must not fire. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as Element | null;
  if (!el || typeof el.closest !== 'function') return false;
  return !!el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
}
