// @vitest-environment happy-dom
import { render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup } from '@testing-library/preact';
import type { Bullet } from '../../../src/digest/schema';
import { bulletParts, bulletText, isSafeLink } from '../../../src/model/bullet-parts';
import { Bullets } from '../../../src/pages/Bullets';
import { bulletList } from '../../../src/panel/summary-nodes';

// Segments as a damaged or hostile data file could carry them: only http(s) may become a link.
const hostile: Bullet = ['see ', { url: 'javascript:alert(1)' }, ' or ', { url: 'data:text/html,<b>x</b>' }, ' or ', { url: 'https://ok.example/a?b=1' }, '.'];

afterEach(() => cleanup());

describe('the safe-link rule, one definition for both renderers', () => {
  test('only http(s) URLs are links', () => {
    expect(['https://a.b', 'http://a.b', 'HTTPS://A.B'].every(isSafeLink)).toBe(true);
    expect(['javascript:alert(1)', 'data:text/html,x', 'ftp://a.b', '//a.b', ' https://a.b'].some(isSafeLink)).toBe(false);
    expect(bulletParts(hostile).filter((p) => p.kind === 'link')).toEqual([{ kind: 'link', text: 'https://ok.example/a?b=1', href: 'https://ok.example/a?b=1' }]);
    expect(bulletText(hostile)).toBe('see javascript:alert(1) or data:text/html,<b>x</b> or https://ok.example/a?b=1.');
  });

  const renderers = {
    'panel (plain DOM)': () => {
      const ul = bulletList([hostile], 'en');
      document.body.append(ul);
      return ul;
    },
    'pages (Preact)': () => render(<Bullets bullets={[hostile]} lang="en" />).container,
  };

  test.each(Object.entries(renderers))('%s: one link, the rest as text, no markup parsed', (_name, draw) => {
    const root = draw();
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://ok.example/a?b=1']);
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('li')!.textContent).toBe(bulletText(hostile));
    root.remove();
  });
});
