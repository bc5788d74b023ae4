/**
 * Two reference extensions measured in the same rounds as the real builds, to show what part of the
 * page-cost figures any extension of this kind pays on this machine:
 *
 * - `ref-api`: a document_start content script that sends one runtime message to its service worker (the
 *   lookup every variant of this product needs) and does nothing else. Its `popup.html` is the floor for
 *   the popup row: an extension page whose 1 KB module script appends one `li.pp-item`, no API call.
 *   Its `ask.html` appends the same item only after one runtime message to the worker is answered: the
 *   floor of any popup that asks its background anything (the first message of a fresh page).
 * - `ref-panel`: the same message, then the real panel's DOM (captured from the `9` build, Korean text
 *   included) built with plain createElement calls into a shadow root with the real stylesheet, after
 *   `blockquote.abstract` as soon as it is parsed. No framework, no preferences, no listeners: a floor
 *   for "a Korean summary panel under the abstract before the load event".
 *
 * They are written as plain MV3 extensions into bench/tmp/references/ on every run. A third, `ref-wxt`
 * (reference-stack.ts), does the same work with WXT and Preact: the floor of the decided stack.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Session } from './browser';
import { ABS_URL } from './measure-page';
import { PANEL_REFERENCE, POPUP_REFERENCE } from './results';

/** [tag, attributes, children] or a text node. */
export type DomTree = string | [string, Record<string, string>, DomTree[]];

export interface CapturedPanel {
  css: string;
  children: DomTree[];
}

/** The popup as rendered: its inline stylesheets, `<html lang>` and the children of `#app`. */
export interface CapturedPopup {
  css: string;
  lang: string;
  children: DomTree[];
}

/**
 * Serialises a subtree as DomTree (elements and text nodes only); an input's value, a property the page
 * set, as its attribute. A string: tsx would wrap a function.
 */
const SERIALISE = `const attrs = (n) => Object.fromEntries([...n.attributes].map((a) => [a.name, a.value]).concat(n.localName === 'input' && n.value ? [['value', n.value]] : []));
const ser = (n) => n.nodeType === 3 ? n.textContent
  : [n.localName, attrs(n), [...n.childNodes].filter((c) => c.nodeType === 1 || c.nodeType === 3).map(ser)];`;
const TWO_FRAMES = `new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))`;

/**
 * Loads the abs page in `s` (the `9` build) and captures its panel's shadow DOM as rendered: every
 * element, attribute and text node (title, authors, meta line, bullets, teaser, credit line …), once the
 * bullets are in and two frames have passed, so anything the panel adds right after mounting is there.
 */
export async function capturePanel(s: Session): Promise<CapturedPanel> {
  const page = await s.context.newPage();
  try {
    await page.goto(ABS_URL);
    await page.waitForFunction(`!!document.querySelector('daily-papers-panel')?.shadowRoot?.querySelector('.dp-bullets li')`);
    await page.evaluate(TWO_FRAMES);
    // A string, not a function: tsx would wrap named inner functions in helpers the page lacks.
    return (await page.evaluate(`(() => {
      ${SERIALISE}
      const root = document.querySelector('daily-papers-panel').shadowRoot;
      const style = root.querySelector('style');
      return { css: style ? style.textContent : '', children: [...root.children].filter((e) => e !== style).map(ser) };
    })()`)) as CapturedPanel;
  } finally {
    await page.close();
  }
}

/**
 * Opens the popup of `s` (the `9` build) about the abs tab `tabId` and captures what it shows once its first
 * paper is in and two frames have passed: the day's list, the toolbar, the styles.
 */
export async function capturePopup(s: Session, tabId: number): Promise<CapturedPopup> {
  const page = await s.context.newPage();
  try {
    await page.goto(`chrome-extension://${s.extensionId}/popup.html?tabId=${tabId}`);
    // A locator, not a string predicate: Playwright evaluates a string predicate as JavaScript in the page,
    // and the extension page's CSP (script-src 'self') refused it (EvalError) once main's popup changed.
    await page.locator('li.pp-item').first().waitFor({ state: 'attached' });
    await page.evaluate(TWO_FRAMES);
    return (await page.evaluate(`(() => {
      ${SERIALISE}
      const app = document.getElementById('app');
      return {
        css: [...document.querySelectorAll('style')].map((e) => e.textContent).join('\\n'),
        lang: document.documentElement.lang,
        children: [...app.childNodes].filter((c) => c.nodeType === 1 || c.nodeType === 3).map(ser),
      };
    })()`)) as CapturedPopup;
  } finally {
    await page.close();
  }
}

const BACKGROUND = `chrome.runtime.onMessage.addListener((m, sender, reply) => { reply({ ok: true }); });\n`;
const ASK = `chrome.runtime.sendMessage({ type: 'lookup', id: location.pathname.split('/').pop() })`;

export function panelScript(panel: CapturedPanel): string {
  return `const TREE = ${JSON.stringify(panel.children)};
const CSS = ${JSON.stringify(panel.css)};
const build = (t) => {
  if (typeof t === 'string') return document.createTextNode(t);
  const el = document.createElement(t[0]);
  for (const k in t[1]) el.setAttribute(k, t[1][k]);
  for (const c of t[2]) el.append(build(c));
  if (el.localName === 'button') el.addEventListener('click', () => {});
  return el;
};
const abstract = () => new Promise((resolve) => {
  const find = () => document.querySelector('blockquote.abstract');
  if (find()) return resolve(find());
  const mo = new MutationObserver(() => { const b = find(); if (b) { mo.disconnect(); resolve(b); } });
  mo.observe(document, { childList: true, subtree: true });
});
${ASK}.then(abstract).then((anchor) => {
  const host = document.createElement('daily-papers-panel');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CSS;
  root.append(style, ...TREE.map(build));
  anchor.after(host);
});
`;
}

const POPUP_HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>reference popup</title><script type="module" src="/popup.js"></script></head>
  <body><main id="app"></main></body>
</html>
`;
const APPEND_ITEM = `const li = document.createElement('li');
  li.className = 'pp-item';
  li.textContent = 'GAIA: a benchmark for General AI Assistants';
  const ul = document.createElement('ul');
  ul.append(li);
  document.getElementById('app').append(ul);`;
const POPUP_JS = `{\n  ${APPEND_ITEM}\n}\n`;
const ASK_JS = `chrome.runtime.sendMessage({ type: 'start' }).then(() => {\n  ${APPEND_ITEM}\n});\n`;

async function writeExtension(dir: string, name: string, contentScript: string, popup = false): Promise<string> {
  await mkdir(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name,
    version: '1.0',
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['https://arxiv.org/abs/*'], run_at: 'document_start', js: ['content.js'] }],
  };
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await writeFile(path.join(dir, 'background.js'), BACKGROUND);
  await writeFile(path.join(dir, 'content.js'), contentScript);
  if (popup) {
    await writeFile(path.join(dir, 'popup.html'), POPUP_HTML);
    await writeFile(path.join(dir, 'popup.js'), POPUP_JS);
    await writeFile(path.join(dir, REFERENCE_ASK_PAGE), POPUP_HTML.replace('/popup.js', '/ask.js'));
    await writeFile(path.join(dir, 'ask.js'), ASK_JS);
  }
  return dir;
}

/** ref-api's popup page that waits for one message before its item (the popup task `popup-ask`). */
export const REFERENCE_ASK_PAGE = 'ask.html';

export const REFERENCES = [POPUP_REFERENCE, PANEL_REFERENCE] as const;

export async function writeReferences(tmp: string, panel: CapturedPanel): Promise<Record<(typeof REFERENCES)[number], string>> {
  const root = path.join(tmp, 'references');
  return {
    'ref-api': await writeExtension(path.join(root, 'api'), 'reference: one message', `${ASK};\n`, true),
    'ref-panel': await writeExtension(path.join(root, 'panel'), 'reference: bare panel', panelScript(panel)),
  };
}
