// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { useStickyTop } from '../../../src/popup/sticky-top';

function Top() {
  const ref = useStickyTop();
  return <div ref={ref}>header</div>;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  document.documentElement.style.removeProperty('scroll-padding-top');
});

describe('useStickyTop', () => {
  test('reads the header’s height only when the ResizeObserver reports it, never during the render (a forced layout)', () => {
    const observers: { cb: () => void; disconnect: ReturnType<typeof vi.fn> }[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        disconnect = vi.fn();
        constructor(private cb: () => void) {
          observers.push(this as unknown as { cb: () => void; disconnect: ReturnType<typeof vi.fn> });
        }
        observe() {}
      },
    );
    const height = vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(52);
    const { unmount } = render(<Top />);
    expect(height).not.toHaveBeenCalled();
    expect(document.documentElement.style.getPropertyValue('scroll-padding-top')).toBe('');
    observers[0]!.cb();
    expect(document.documentElement.style.getPropertyValue('scroll-padding-top')).toBe('60px');
    unmount();
    expect(observers[0]!.disconnect).toHaveBeenCalled();
  });

  test('without ResizeObserver: once, in the next frame', async () => {
    vi.stubGlobal('ResizeObserver', undefined);
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(40);
    render(<Top />);
    expect(document.documentElement.style.getPropertyValue('scroll-padding-top')).toBe('');
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    expect(document.documentElement.style.getPropertyValue('scroll-padding-top')).toBe('48px');
  });
});
