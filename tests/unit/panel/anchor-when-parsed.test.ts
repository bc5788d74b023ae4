// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { ABS_PAGE } from '../../../src/panel/abs-page';
import { anchorWhenParsed, domReady } from '../../../src/panel/anchor-when-parsed';

/** A document that says it is still being parsed until `finish()`, like a page at document_start. */
function parsingDocument() {
  let state: DocumentReadyState = 'loading';
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => state });
  document.body.replaceChildren();
  return {
    append(html: string) {
      const el = document.createElement('div');
      el.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
      document.body.append(...el.childNodes);
    },
    finish() {
      state = 'interactive';
      document.dispatchEvent(new Event('DOMContentLoaded'));
    },
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  delete (document as unknown as { readyState?: unknown }).readyState;
});

describe('the panel anchor while the page is still parsing', () => {
  test('blockquote.abstract is taken the moment it is parsed, before the rest of the page', async () => {
    const page = parsingDocument();
    page.append('<div id="abs"><h1 class="title">T</h1></div>');
    let anchor: Awaited<ReturnType<typeof anchorWhenParsed>> | 'pending' = 'pending';
    void anchorWhenParsed(ABS_PAGE).then((a) => (anchor = a));
    await tick();
    // #abs exists, but while parsing only the first link of the chain may be used: its abstract may still come.
    expect(anchor).toBe('pending');
    document.getElementById('abs')!.append(Object.assign(document.createElement('blockquote'), { className: 'abstract' }));
    await tick();
    expect(anchor).not.toBe('pending');
    expect(anchor).toMatchObject({ rule: expect.stringContaining('blockquote.abstract'), append: 'after' });
    page.finish();
  });

  test('without an abstract, the fallbacks are used once the DOM is complete', async () => {
    const page = parsingDocument();
    page.append('<div id="abs"><h1 class="title">T</h1></div>');
    const anchor = anchorWhenParsed(ABS_PAGE);
    await tick();
    page.append('<div class="extra"></div>');
    page.finish();
    expect(await anchor).toMatchObject({ rule: '#abs', append: 'last' });
  });

  test('nothing to anchor to: undefined, after the DOM is complete', async () => {
    const page = parsingDocument();
    const anchor = anchorWhenParsed(ABS_PAGE);
    page.finish();
    expect(await anchor).toBeUndefined();
  });

  test('domReady waits for DOMContentLoaded only while parsing', async () => {
    const page = parsingDocument();
    let ready = false;
    void domReady().then(() => (ready = true));
    await tick();
    expect(ready).toBe(false);
    page.finish();
    await tick();
    expect(ready).toBe(true);
  });
});
